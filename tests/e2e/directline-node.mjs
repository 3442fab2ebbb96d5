// DirectLineJS (the client Web Chat bundles) in node 20: a fetch-based `ajax` (node has no XMLHttpRequest) and the
// `ws` WebSocket (node 20 has no global WebSocket). Both are DirectLineJS constructor options ("services").
import { createRequire } from 'node:module';
import WebSocket from 'ws';

// DirectLineJS decides "socket or polling" by looking for a *global* WebSocket, so node 20 needs one.
globalThis.WebSocket ??= WebSocket;
const require = createRequire(import.meta.url);
const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');
const { Observable } = require('rxjs/Observable');

function fetchAjax(request) {
  return Observable.create(subscriber => {
    const controller = new AbortController();
    const body = request.body === undefined || typeof request.body === 'string' || request.body instanceof FormData
      ? request.body : JSON.stringify(request.body);
    fetch(request.url, { method: request.method || 'GET', headers: request.headers, body, signal: controller.signal })
      .then(async r => {
        const text = await r.text();
        let response = null;
        try { response = text ? JSON.parse(text) : null; } catch { response = text; }
        const result = { status: r.status, response, xhr: { getResponseHeader: h => r.headers.get(h) } };
        if (r.ok) { subscriber.next(result); subscriber.complete(); } else subscriber.error(result);
      })
      .catch(err => subscriber.error({ status: 0, message: String(err), xhr: { getResponseHeader: () => null } }));
    return () => controller.abort();
  });
}

export function createDirectLine(options) {
  return new DirectLine({ ajax: fetchAjax, WebSocket, ...options });
}

export { ConnectionStatus };

/** Resolves with the first activities for which `done(list)` holds, from `activity$`. */
export function collect(directLine, done, timeoutMs = 15000) {
  return new Promise((resolve, reject) => {
    const seen = [];
    const timer = setTimeout(() => { sub.unsubscribe(); reject(new Error(`timeout; saw ${JSON.stringify(seen.map(a => a.text ?? a.type))}`)); }, timeoutMs);
    const sub = directLine.activity$.subscribe(a => {
      seen.push(a);
      if (done(seen)) { clearTimeout(timer); sub.unsubscribe(); resolve(seen); }
    }, reject);
  });
}

export function post(directLine, activity) {
  return new Promise((resolve, reject) => directLine.postActivity(activity).subscribe(resolve, reject));
}

/** One subscription for a whole test (re-subscribing to activity$ restarts DirectLineJS's connection). */
export function record(directLine) {
  const seen = [];
  const waiters = new Set();
  const sub = directLine.activity$.subscribe(a => { seen.push(a); for (const w of waiters) w(); }, () => {});
  return {
    seen,
    stop: () => sub.unsubscribe(),
    waitFor(done, timeoutMs = 15000) {
      return new Promise((resolve, reject) => {
        const check = () => { if (done(seen)) { waiters.delete(check); clearTimeout(timer); resolve(seen); } };
        const timer = setTimeout(() => { waiters.delete(check); reject(new Error(`timeout; saw ${JSON.stringify(seen.map(a => a.text ?? a.type))}`)); }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
  };
}
