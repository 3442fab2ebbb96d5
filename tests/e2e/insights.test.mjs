// Programme dashboard (issue 8) in Debian chromium: a database seeded through the CLI (`recoverybot insights import`
// writes the daily counters and the handoff audit; `responders add` makes the accounts), then the supervisor signs
// in through the form and sees charts drawn from the right numbers, small counts suppressed, axe-core clean; a
// plain responder gets 403. Screenshot: tests/e2e/artifacts/insights.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startHost } from './host.mjs';
import { launch, axe, artifacts } from './browser.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const hostDll = process.env.RB_HOST_DLL || join(repo, 'src/RecoveryBot.Host/bin/Release/net10.0/RecoveryBot.Host.dll');
const cliDll = process.env.RB_CLI_DLL || hostDll.replace(/RecoveryBot\.Host([\\/]bin[\\/].*[\\/])RecoveryBot\.Host\.dll$/, 'RecoveryBot.Cli$1recoverybot.dll');
const password = 'correct horse battery staple';
const range = 'from=2026-03-01&to=2026-03-07';

// Day 1: 9 English web chats + 3 Spanish Teams chats; day 2: 4 more web chats (a small count).
const seed = {
  counters: [
    { day: '2026-03-02', counts: {
      'conversation|webchat|en': 9, 'conversation|msteams|es': 3,
      'flow.started|mental-health-check-in': 11, 'flow.ended|mental-health-check-in': 7,
      'flow.started|substance-use-check-in': 6, 'flow.ended|substance-use-check-in': 2,
      'score|PHQ-2|low': 6, 'score|PHQ-9|moderate': 5, 'score|GAD-7|severe': 1,
      'crisis|crisis|suicide': 8, 'crisis|concern|overdose': 2, 'crisis|crisis|overdose': 5,
    } },
    { day: '2026-03-03', counts: { 'conversation|webchat|en': 4 } },
  ],
  // 6 requests: 5 claimed (waits 30 s, 2, 3, 4 and 20 min), 1 timed out.
  handoffs: [
    { ticket: 't1', requestedAt: '2026-03-02T10:00:00Z', claimedAt: '2026-03-02T10:00:30Z' },
    { ticket: 't2', requestedAt: '2026-03-02T11:00:00Z', claimedAt: '2026-03-02T11:02:00Z' },
    { ticket: 't3', requestedAt: '2026-03-02T12:00:00Z', claimedAt: '2026-03-02T12:03:00Z' },
    { ticket: 't4', requestedAt: '2026-03-03T09:00:00Z', claimedAt: '2026-03-03T09:04:00Z' },
    { ticket: 't5', requestedAt: '2026-03-03T13:00:00Z', claimedAt: '2026-03-03T13:20:00Z' },
    { ticket: 't6', requestedAt: '2026-03-04T08:00:00Z', timedOutAt: '2026-03-04T08:15:00Z' },
  ],
};

let host, browser, work;
before(async () => {
  work = mkdtempSync(join(tmpdir(), 'rb-insights-'));
  const env = { ...process.env, Storage__ConnectionString: `Data Source=${join(work, 'rb.db')}` };
  host = await startHost({ Storage__ConnectionString: env.Storage__ConnectionString });
  const cli = (args, input) => execFileSync('dotnet', [cliDll, ...args], { cwd: repo, env, input, encoding: 'utf8' });
  cli(['responders', 'add', '--name', 'sam.supervisor', '--password-stdin', '--role', 'supervisor'], `${password}\n`);
  cli(['responders', 'add', '--name', 'rory.responder', '--password-stdin', '--role', 'responder'], `${password}\n`);
  writeFileSync(join(work, 'seed.json'), JSON.stringify(seed));
  assert.match(cli(['insights', 'import', '--file', join(work, 'seed.json')]), /imported 2 days of counters and 12 handoff events/);
  browser = await launch();
});
after(async () => { await browser?.close(); await host?.stop(); if (work) rmSync(work, { recursive: true, force: true }); });

async function signedIn(name) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('console', m => { if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text()); });
  page.on('pageerror', e => errors.push(String(e)));
  // The browser's own favicon probe is not ours to serve; any other failed request is an error.
  page.on('response', r => { if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) errors.push(`${r.status()} ${r.url()}`); });
  await page.goto(`${host.baseUrl}/responder/sign-in`);
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Password').fill(password);
  await Promise.all([page.waitForURL(u => !u.pathname.endsWith('/sign-in')), page.getByRole('button', { name: 'Sign in' }).click()]);
  return { context, page, errors };
}

// The row's cells as shown, and what the chart was given for it (null = suppressed, not drawn).
async function row(page, table, label) {
  return page.evaluate(([table, label]) => {
    const tr = document.querySelector(`#t-${table} tr[data-label="${label}"]`);
    const index = Array.from(tr.parentElement.children).indexOf(tr);
    const chart = window.Chart.getChart(document.getElementById(`c-${table}`));
    return {
      cells: Array.from(tr.querySelectorAll('td')).map(td => td.textContent),
      chart: chart.data.datasets.map(d => d.data[index]),
      label: chart.data.labels[index],
    };
  }, [table, label]);
}

test('Insights_SupervisorSeesChartsWithTheSeededNumbers', async () => {
  const { context, page, errors } = await signedIn('sam.supervisor');
  const response = await page.goto(`${host.baseUrl}/responder/insights?${range}`);
  assert.equal(response.status(), 200);
  await page.locator('body[data-charts-ready="true"]').waitFor({ timeout: 20000 });
  assert.equal(await page.locator('canvas[data-rendered="true"]').count(), 8);

  assert.deepEqual(await row(page, 'conversations-per-day', '2026-03-02'), { cells: ['12'], chart: [12], label: '2026-03-02' });
  assert.deepEqual(await row(page, 'conversations-per-day', '2026-03-03'), { cells: ['<5'], chart: [null], label: '2026-03-03' });
  assert.deepEqual((await row(page, 'conversations-per-day', '2026-03-05')).chart, [0]);
  assert.deepEqual((await row(page, 'flows', 'mental-health-check-in')).chart, [11, 7]);
  assert.deepEqual((await row(page, 'flows', 'substance-use-check-in')).cells, ['6', '<5']);
  assert.deepEqual((await row(page, 'score-bands', 'PHQ-2 low')).chart, [6]);
  assert.deepEqual((await row(page, 'score-bands', 'PHQ-9 moderate')).chart, [5]);
  assert.deepEqual((await row(page, 'score-bands', 'GAD-7 severe')).cells, ['<5']);
  assert.deepEqual((await row(page, 'crisis', 'suicide')).chart, [8, 0]);
  assert.deepEqual((await row(page, 'crisis', 'overdose')).cells, ['5', '<5']);
  assert.deepEqual((await row(page, 'handoffs', 'Requested')).chart, [6]);
  assert.deepEqual((await row(page, 'handoffs', 'Claimed by a responder')).chart, [5]);
  assert.deepEqual((await row(page, 'handoffs', 'Timed out')).cells, ['<5']);
  assert.deepEqual((await row(page, 'time-to-claim', '1 to 5 min')).cells, ['<5']);
  assert.deepEqual((await row(page, 'channels', 'webchat')).chart, [13]);
  assert.deepEqual((await row(page, 'channels', 'msteams')).cells, ['<5']);
  assert.deepEqual((await row(page, 'languages', 'en')).chart, [13]);
  // No number from 1 to 4 anywhere on the page's tables.
  const shown = await page.locator('table[data-chart] td').allTextContents();
  assert.ok(shown.every(v => !/^[1-4]$/.test(v)), shown.join(','));

  await page.screenshot({ path: join(artifacts, 'insights.png'), fullPage: true });
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(errors, []); // no CSP violation, no script error

  // CSV export with the same cookie and the same suppression.
  const csv = await page.request.get(`${host.baseUrl}/responder/insights/export.csv?${range}`);
  assert.equal(csv.status(), 200);
  const lines = (await csv.text()).split('\r\n');
  assert.ok(lines.includes('2026-03-01,2026-03-07,conversations-per-day,2026-03-02,Conversations,12'));
  assert.ok(lines.includes('2026-03-01,2026-03-07,handoffs,Timed out,Handoffs,<5'));
  await context.close();
});

test('Insights_ResponderWithoutSupervisorRoleGets403', async () => {
  const { context, page, errors } = await signedIn('rory.responder');
  errors.length = 0;
  // Chromium shows its own error page for an empty 403, so the request is made with the page's cookies instead.
  const response = await page.request.get(`${host.baseUrl}/responder/insights?${range}`);
  assert.equal(response.status(), 403);
  const csv = await page.request.get(`${host.baseUrl}/responder/insights/export.csv?${range}`);
  assert.equal(csv.status(), 403);
  assert.equal(await page.getByRole('link', { name: 'Insights' }).count(), 0); // not offered in the navigation either
  await context.close();
});
