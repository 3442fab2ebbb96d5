// The hosted widget in Debian chromium: greeting, suggested action, typed answer, reload keeps history, Quick exit,
// axe-core, embed.js. Bot content is asserted by content id (welcome/…); screenshots go to tests/e2e/artifacts/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startHost } from './host.mjs';
import { launch, watchActivities, contentIds, waitUntil, axe, artifacts } from './browser.mjs';

let host, browser;
before(async () => {
  host = await startHost({ WebChat__AllowedOrigins__0: 'http://localhost:9', WebChat__QuickExitUrl: 'https://neutral.test/' });
  browser = await launch();
});
after(async () => { await browser?.close(); await host?.stop(); });

const sendBox = page => page.locator('[data-id="webchat-sendbox-input"]');
const botMessages = activities => activities.filter(a => a.type === 'message' && a.from?.role === 'bot');

async function newPage(width = 480, height = 760) {
  const context = await browser.newContext({ viewport: { width, height } });
  // The neutral site is not reachable here: answer it locally so Quick exit can be observed.
  await context.route('https://neutral.test/**', r => r.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title><p>neutral</p>' }));
  const page = await context.newPage();
  const errors = [];
  page.on('console', m => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', e => errors.push(String(e)));
  return { context, page, errors };
}

test('Widget_GreetsAnswersKeepsHistoryAndQuickExitClearsIt', async () => {
  const { context, page, errors } = await newPage();
  const activities = await watchActivities(page);
  await page.goto(`${host.baseUrl}/`);
  assert.equal(await page.title(), 'Chat');
  await waitUntil(() => contentIds(activities).some(id => id.startsWith('welcome/')), 20000, 'greeting');
  const greeting = botMessages(activities)[0];
  // Web Chat's Markdown turns straight quotes into typographic ones, so probe with a quote-free run of words.
  const probe = greeting.text.replace(/[*_]/g, '').match(/[A-Za-z][A-Za-z ,.]{12,}/)[0].slice(0, 20);
  await page.getByRole('paragraph').filter({ hasText: probe }).first().waitFor({ timeout: 20000 });
  await page.screenshot({ path: join(artifacts, '1-greeting.png') });

  // Click the first suggested action of the latest bot message that has one.
  const withActions = botMessages(activities).filter(a => a.suggestedActions?.actions?.length);
  assert.ok(withActions.length > 0, 'the greeting offers suggested actions');
  const action = withActions.at(-1).suggestedActions.actions[0];
  const before = botMessages(activities).length;
  await page.getByRole('button', { name: action.title }).first().click();
  await waitUntil(() => botMessages(activities).length > before, 20000, 'reply to the suggested action');
  await page.screenshot({ path: join(artifacts, '2-suggested-action.png') });

  const beforeTyped = botMessages(activities).length;
  await sendBox(page).fill('Sometimes');
  await sendBox(page).press('Enter');
  await waitUntil(() => botMessages(activities).length > beforeTyped, 20000, 'reply to a typed answer');
  await page.getByRole('paragraph').filter({ hasText: 'Sometimes' }).first().waitFor();
  await page.screenshot({ path: join(artifacts, '3-typed-answer.png') });

  // Reload: same conversation, history replayed from the start.
  const stored = await page.evaluate(() => JSON.parse(sessionStorage.getItem('rb.chat.session')));
  assert.ok(stored.conversationId && stored.token && stored.userId.startsWith('dl_'));
  const afterReload = await watchActivities(page);
  await page.reload();
  await page.getByRole('paragraph').filter({ hasText: 'Sometimes' }).first().waitFor({ timeout: 20000 });
  await waitUntil(() => contentIds(afterReload).some(id => id.startsWith('welcome/')), 20000, 'history replay');
  const firstGreetingId = contentIds(activities).find(id => id.startsWith('welcome/'));
  assert.equal(contentIds(afterReload).filter(id => id === firstGreetingId).length, 1, 'no second greeting after reload');
  const again = await page.evaluate(() => JSON.parse(sessionStorage.getItem('rb.chat.session')));
  assert.equal(again.conversationId, stored.conversationId);
  await page.screenshot({ path: join(artifacts, '4-after-reload.png') });

  // Quick exit: one click leaves for the neutral site and nothing is left in sessionStorage.
  await page.getByRole('button', { name: 'Quick exit' }).click();
  await page.waitForURL('https://neutral.test/');
  await page.screenshot({ path: join(artifacts, '5-quick-exit.png') });
  await page.goto(`${host.baseUrl}/`);
  const afterExit = await page.evaluate(() => sessionStorage.getItem('rb.chat.session'));
  assert.ok(afterExit === null || JSON.parse(afterExit).conversationId !== stored.conversationId, 'a new visit starts a new conversation');
  assert.deepEqual(errors.filter(e => /Content Security Policy|Refused/.test(e)), [], 'no CSP violations');
  await context.close();
});

test('Widget_EscapeTwiceIsQuickExit', async () => {
  const { context, page } = await newPage();
  await page.goto(`${host.baseUrl}/chat?lang=es`);
  await page.getByRole('button', { name: 'Salida rápida' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.waitForURL('https://neutral.test/');
  await context.close();
});

test('Widget_QuickExitBeforeConfigAnswers_GoesToTheConfiguredSite', async () => {
  // A person may press Quick exit the moment the page appears: the page itself must know where to go.
  const { context, page } = await newPage();
  await context.route(`${host.baseUrl}/api/webchat/config`, () => { /* never answered */ });
  await page.goto(`${host.baseUrl}/`);
  await page.getByRole('button', { name: 'Quick exit' }).click();
  await page.waitForURL('https://neutral.test/');
  await context.close();
});

test('Widget_PassesAxeWithoutSeriousOrCriticalViolations', async () => {
  for (const [width, height, name] of [[390, 844, 'phone'], [1280, 800, 'desktop']]) {
    const { context, page } = await newPage(width, height);
    const activities = await watchActivities(page);
    await page.goto(`${host.baseUrl}/`);
    await waitUntil(() => contentIds(activities).some(id => id.startsWith('welcome/')), 20000, 'greeting');
    await sendBox(page).waitFor();
    await page.screenshot({ path: join(artifacts, `6-axe-${name}.png`) });
    const serious = (await axe(page)).filter(v => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(serious, [], `axe (${name})`);
    await context.close();
  }
});

test('Embed_FloatingButtonOpensChatFrameOnAnotherSite', async () => {
  const { context, page } = await newPage(1024, 800);
  await context.route('http://localhost:9/**', r => r.fulfill({
    status: 200, contentType: 'text/html',
    body: `<!doctype html><html lang="en"><head><title>Site</title></head><body><main><h1>Our site</h1></main>
      <script src="${host.baseUrl}/embed.js" data-title="Chat with us" data-accent="#005a9e" data-lang="en" async></script></body></html>`,
  }));
  const activities = await watchActivities(page);
  await page.goto('http://localhost:9/');
  const button = page.getByRole('button', { name: 'Chat with us' });
  await button.click();
  assert.equal(await button.getAttribute('aria-expanded'), 'true');
  const frame = page.frameLocator('iframe[title="Chat with us"]');
  await frame.locator('[data-id="webchat-sendbox-input"]').waitFor({ timeout: 20000 });
  await waitUntil(() => contentIds(activities).some(id => id.startsWith('welcome/')), 20000, 'greeting in the frame');
  await page.screenshot({ path: join(artifacts, '7-embed.png') });
  const serious = (await axe(page)).filter(v => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(serious, [], 'axe (host page with embed)');
  await frame.getByRole('button', { name: 'Quick exit' }).click();
  await page.waitForURL('https://neutral.test/');
  await context.close();
});
