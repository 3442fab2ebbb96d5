// Needs the real turn pipeline (integrator): a crisis phrase typed into the hosted widget brings the crisis
// resources (content id "crisis…", text containing 988). Against the temporary echo bot this test fails, by design.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startHost } from './host.mjs';
import { launch, watchActivities, contentIds, waitUntil, artifacts } from './browser.mjs';

let host, browser;
before(async () => { host = await startHost(); browser = await launch(); });
after(async () => { await browser?.close(); await host?.stop(); });

test('Widget_CrisisPhraseShowsCrisisResources', async () => {
  const context = await browser.newContext({ viewport: { width: 480, height: 760 } });
  const page = await context.newPage();
  const activities = await watchActivities(page);
  await page.goto(`${host.baseUrl}/`);
  await waitUntil(() => contentIds(activities).some(id => id.startsWith('welcome/')), 20000, 'greeting');
  const input = page.locator('[data-id="webchat-sendbox-input"]');
  await input.fill('I want to kill myself');
  await input.press('Enter');
  await waitUntil(() => contentIds(activities).some(id => id.startsWith('crisis')), 20000, 'crisis reply');
  const crisis = activities.filter(a => (a.entities || []).some(e => e.type === 'recoverybot.content' && String(e.contentId).startsWith('crisis')));
  assert.ok(crisis.some(a => JSON.stringify(a).includes('988')), 'the crisis reply names 988');
  await page.getByText('988').first().waitFor({ timeout: 20000 });
  await page.screenshot({ path: join(artifacts, '8-crisis.png') });
  await context.close();
});
