// The human-responder path end to end in Debian chromium: a person in the web widget says a crisis phrase and asks
// for a person; a responder (account made with the CLI) signs in at /responder, sees the ticket first in the queue
// with the crisis badge, claims it; they talk both ways (typing shown both ways), the responder ends it and the bot
// answers the person's next message again. Screenshots of console and widget go to tests/e2e/artifacts/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startHost } from './host.mjs';
import { launch, watchActivities, contentIds, waitUntil, axe, artifacts } from './browser.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const cliDll = process.env.RB_CLI_DLL || join(repo, 'src/RecoveryBot.Cli/bin/Release/net10.0/recoverybot.dll');
const RESPONDER = { name: 'alex.rivera', display: 'Alex Rivera', password: 'correct horse battery staple 42' };

let host, browser, dataDir;
before(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'rb-e2e-handoff-'));
  const storage = `Data Source=${join(dataDir, 'rb.db')}`;
  // The account is created exactly as an operator would: the CLI, same storage settings, password on stdin.
  const add = spawnSync('dotnet', [cliDll, 'responders', 'add', '--name', RESPONDER.name, '--display-name', RESPONDER.display,
    '--password-stdin', '--role', 'responder'], { input: RESPONDER.password + '\n', env: { ...process.env, Storage__ConnectionString: storage }, encoding: 'utf8' });
  assert.equal(add.status, 0, `responders add failed: ${add.stdout}\n${add.stderr}`);
  host = await startHost({ Storage__ConnectionString: storage, Handoff__CrisisClaimSeconds: '600' });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await host?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const sendBox = page => page.locator('[data-id="webchat-sendbox-input"]');
const idsOf = activities => contentIds(activities);
const has = (activities, id) => idsOf(activities).includes(id);

async function newContext(width, height) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const errors = [];
  page.on('console', m => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', e => errors.push(String(e)));
  return { context, page, errors };
}

async function seriousAxe(page) {
  return (await axe(page)).filter(v => v.impact === 'serious' || v.impact === 'critical');
}

test('Handoff_PersonAsksResponderClaimsTalksEndsAndBotTakesOver', async () => {
  // The person: crisis phrase, then "Talk to a person".
  const person = await newContext(480, 800);
  const personActivities = await watchActivities(person.page);
  await person.page.goto(`${host.baseUrl}/`);
  await waitUntil(() => idsOf(personActivities).some(id => id.startsWith('welcome/')), 20000, 'greeting');
  await sendBox(person.page).fill('I want to kill myself');
  await sendBox(person.page).press('Enter');
  await waitUntil(() => idsOf(personActivities).some(id => id.startsWith('crisis')), 20000, 'crisis reply');
  await person.page.getByRole('button', { name: 'Talk to a person' }).last().click();
  await waitUntil(() => has(personActivities, 'messages/handoff-queued'), 20000, 'queued notice');
  await person.page.getByText(/number 1 in line/).first().waitFor({ timeout: 20000 });
  await person.page.screenshot({ path: join(artifacts, 'handoff-1-widget-queued.png') });

  // The responder: sign in, the ticket is first in the queue with the crisis badge.
  const responder = await newContext(1280, 900);
  await responder.page.goto(`${host.baseUrl}/responder`);
  await responder.page.waitForURL(/\/responder\/sign-in/);
  assert.deepEqual(await seriousAxe(responder.page), [], 'axe: sign-in');
  await responder.page.screenshot({ path: join(artifacts, 'handoff-2-console-sign-in.png') });
  await responder.page.getByLabel('Name').fill(RESPONDER.name);
  await responder.page.getByLabel('Password').fill(RESPONDER.password);
  await responder.page.getByRole('button', { name: 'Sign in' }).click();
  await responder.page.getByRole('heading', { name: 'Queue' }).waitFor();
  const firstRow = responder.page.locator('table.queue tbody tr').first();
  await firstRow.waitFor({ timeout: 20000 });
  assert.equal((await firstRow.locator('.badge').textContent()).trim(), 'Crisis');
  const ticketId = await firstRow.getAttribute('data-ticket');
  assert.match(ticketId, /^hf-/);
  assert.deepEqual(await seriousAxe(responder.page), [], 'axe: queue');
  await responder.page.screenshot({ path: join(artifacts, 'handoff-3-console-queue.png'), fullPage: true });

  // Claim: the conversation page opens; the person is told the responder's name.
  await firstRow.getByRole('button', { name: /Claim/ }).click();
  await responder.page.waitForURL(new RegExp(`/responder/tickets/${ticketId}$`));
  await waitUntil(() => has(personActivities, 'messages/handoff-responder-joined'), 20000, 'joined notice');
  await person.page.getByText(`${RESPONDER.display} from our team has joined`).first().waitFor({ timeout: 20000 });

  // Responder → person, with the typing indicator first.
  const message = responder.page.getByLabel('Message to the person');
  await message.waitFor();
  await responder.page.locator('body[data-live="on"]').waitFor({ timeout: 10000 });
  await message.pressSequentially('Hi, I am ');
  await waitUntil(() => personActivities.some(a => a.type === 'typing' && a.from?.name === RESPONDER.display), 10000, 'responder typing at the person');
  await message.fill('Hi, I am Alex. I am here with you. Are you safe right now?');
  await responder.page.getByRole('button', { name: 'Send' }).click();
  await waitUntil(() => personActivities.some(a => a.type === 'message' && a.text?.startsWith('Hi, I am Alex')), 20000, 'responder message at the person');
  const fromResponder = personActivities.find(a => a.type === 'message' && a.text?.startsWith('Hi, I am Alex'));
  assert.equal(fromResponder.from.name, RESPONDER.display, 'the message carries the responder display name');
  await person.page.getByText('Hi, I am Alex.').first().waitFor({ timeout: 20000 });
  await responder.page.locator('#transcript li.from-responder').filter({ hasText: 'Are you safe right now?' }).waitFor({ timeout: 20000 });

  // Person → responder: typing shows in the console, then the message arrives live (no reload), no bot reply.
  const botRepliesBefore = idsOf(personActivities).length;
  await sendBox(person.page).pressSequentially('I am at home, ');
  await responder.page.locator('#typing').waitFor({ state: 'visible', timeout: 10000 });
  await sendBox(person.page).fill('I am at home, thank you for being here');
  await sendBox(person.page).press('Enter');
  await responder.page.locator('#transcript li.from-person').filter({ hasText: 'thank you for being here' }).waitFor({ timeout: 20000 });
  assert.equal(idsOf(personActivities).length, botRepliesBefore, 'the bot stays quiet while a responder holds the chat');
  await responder.page.screenshot({ path: join(artifacts, 'handoff-4-console-conversation.png'), fullPage: true });
  await person.page.screenshot({ path: join(artifacts, 'handoff-5-widget-with-responder.png') });
  assert.deepEqual(await seriousAxe(responder.page), [], 'axe: conversation');

  // The responder ends it; the person is told and the bot answers again.
  await responder.page.getByRole('button', { name: 'End and hand back to the bot' }).click();
  await responder.page.waitForURL(`${host.baseUrl}/responder`);
  await waitUntil(() => has(personActivities, 'messages/handoff-ended'), 20000, 'ended notice');
  // The bot answers the next message itself (a turn reply: replyToId set, with a content id). Which content
  // depends on the conversation's risk memory after a crisis (SAFETY-NOTES §7 rule 8), so any is accepted.
  const before = personActivities.length;
  await sendBox(person.page).fill('menu');
  await sendBox(person.page).press('Enter');
  await waitUntil(() => personActivities.slice(before).some(a => a.type === 'message' && a.from?.role === 'bot' && a.replyToId
    && (a.entities || []).some(e => e.type === 'recoverybot.content' && e.contentId)), 20000, 'bot reply after the handoff');
  await person.page.screenshot({ path: join(artifacts, 'handoff-6-widget-bot-again.png') });
  await responder.page.screenshot({ path: join(artifacts, 'handoff-7-console-after-end.png'), fullPage: true });
  assert.equal(await responder.page.locator(`table.queue tr[data-ticket="${ticketId}"]`).count(), 0, 'the ended ticket left the queue');

  assert.deepEqual(responder.errors, [], 'no console errors in the responder console');
  assert.deepEqual(person.errors.filter(e => /Content Security Policy|Refused/.test(e)), [], 'no CSP violations in the widget');
  await person.context.close();
  await responder.context.close();
});
