// Debian chromium driven by playwright-core (never a browser download), plus helpers for Web Chat pages.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const artifacts = join(here, 'artifacts');
mkdirSync(artifacts, { recursive: true });

export function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
      // The embed test's "other site" is a routed page; Chrome's Local Network Access would treat it as public and
      // block its script from the loopback host. On the internet both sides are public, so the check does not apply.
      '--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests,PrivateNetworkAccessSendPreflights'],
  });
}

/** Content ids of the bot messages Web Chat received (entity recoverybot.content), read from its Redux store is not
 * public, so the page's Direct Line traffic is observed instead: every activity set the socket delivers. */
export async function watchActivities(page) {
  const activities = [];
  page.on('websocket', ws => ws.on('framereceived', frame => {
    if (!frame.payload) return;
    try { activities.push(...JSON.parse(frame.payload).activities); } catch { /* heartbeat */ }
  }));
  return activities;
}

export const contentIds = activities => activities.flatMap(a => (a.entities || []).filter(e => e.type === 'recoverybot.content').map(e => e.contentId));

export async function waitUntil(predicate, timeoutMs = 20000, what = 'condition') {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise(r => setTimeout(r, 100));
  }
}

export async function axe(page) {
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) }));
  });
}
