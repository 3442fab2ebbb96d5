// DirectLineJS 0.15.8 in node against the real host: polling and WebSocket, echo + clientActivityID,
// reconnect with watermark after a dropped socket, and conversation isolation (PROTOCOL §4).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import WebSocket from 'ws';
import { startHost, widgetToken } from './host.mjs';
import { createDirectLine, collect, record, post, ConnectionStatus } from './directline-node.mjs';

let host;
before(async () => { host = await startHost(); });
after(async () => { await host?.stop(); });

const message = (text, clientActivityID) => ({ type: 'message', text, from: { id: 'spoofed-user' }, channelData: { clientActivityID } });

async function roundTrip(webSocket) {
  const t = await widgetToken(host);
  const sockets = [];
  class TrackedWebSocket extends WebSocket {
    constructor(...args) { super(...args); sockets.push(this); }
  }
  const dl = createDirectLine({ token: t.token, domain: host.domain, webSocket, pollingInterval: 200, WebSocket: TrackedWebSocket });
  try {
    const cid = `cid-${webSocket ? 'ws' : 'poll'}-${Date.now()}`;
    const arriving = collect(dl, seen => {
      const echo = seen.find(a => a.channelData?.clientActivityID === cid);
      return echo && seen.some(a => a.replyToId === echo.id);
    });
    const id = await post(dl, message('hello there', cid));
    if (webSocket) assert.ok(sockets.length > 0, 'DirectLineJS used the WebSocket');
    const seen = await arriving;
    const echo = seen.find(a => a.channelData?.clientActivityID === cid);
    assert.equal(echo.id, id, 'the echo carries the id the POST returned');
    assert.match(id, new RegExp(`^${t.conversationId}\\|\\d{7}$`));
    assert.equal(echo.from.id, t.userId, 'from.id is overwritten from the token');
    assert.ok(echo.timestamp.endsWith('Z'));
    const reply = seen.find(a => a.replyToId === echo.id);
    assert.equal(reply.from.role, 'bot');
    assert.ok(seen.every(a => a.type !== 'conversationUpdate'));
  } finally {
    dl.end();
  }
}

test('Polling_PostEchoesWithClientActivityIdAndBotReplies', () => roundTrip(false));

test('WebSocket_PostEchoesWithClientActivityIdAndBotReplies', () => roundTrip(true));

test('DroppedSocket_ReconnectsWithWatermarkAndLosesNothing', async () => {
  const t = await widgetToken(host);
  const sockets = [];
  class TrackedWebSocket extends WebSocket {
    constructor(...args) { super(...args); sockets.push(this); }
  }
  // random() = 0 → DirectLineJS waits its minimum 3 s before reconnecting.
  const dl = createDirectLine({ token: t.token, domain: host.domain, WebSocket: TrackedWebSocket, random: () => 0 });
  try {
    const log = record(dl);
    await post(dl, message('before the drop', 'before-drop'));
    await log.waitFor(seen => seen.some(a => a.channelData?.clientActivityID === 'before-drop'));
    const before = log.seen.length;
    sockets[0].terminate(); // the network drops

    // While the client is away, two more messages are posted with the same token (e.g. from another tab).
    const ids = [];
    for (const cid of ['while-away-1', 'while-away-2']) {
      const r = await fetch(`${host.domain}/conversations/${t.conversationId}/activities`, {
        method: 'POST', headers: { Authorization: `Bearer ${t.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(message(cid, cid)),
      });
      assert.equal(r.status, 200);
      ids.push((await r.json()).id);
    }
    await log.waitFor(seen => ids.every(id => seen.some(a => a.id === id)) && seen.filter(a => ids.includes(a.replyToId)).length >= 2, 30000);
    const replayed = log.seen.slice(before);
    log.stop();
    assert.ok(sockets.length >= 2, 'a new socket was opened');
    const order = replayed.map(a => a.id);
    assert.ok(order.indexOf(ids[0]) < order.indexOf(ids[1]), 'order is preserved');
    assert.equal(replayed.filter(a => a.channelData?.clientActivityID === 'before-drop').length, 0, 'nothing before the watermark is replayed');
  } finally {
    dl.end();
  }
});

test('TokenForConversationA_CannotReadConversationB', async () => {
  const a = await widgetToken(host);
  const b = await widgetToken(host);
  const start = await fetch(`${host.domain}/conversations`, { method: 'POST', headers: { Authorization: `Bearer ${b.token}` } });
  assert.equal(start.status, 201);
  const read = await fetch(`${host.domain}/conversations/${b.conversationId}/activities?watermark=`, { headers: { Authorization: `Bearer ${a.token}` } });
  assert.equal(read.status, 403);
  const dl = createDirectLine({ token: a.token, domain: host.domain, conversationId: b.conversationId, webSocket: false });
  try {
    const status = await new Promise(resolve => {
      const sub = dl.connectionStatus$.subscribe(s => {
        if (s === ConnectionStatus.ExpiredToken || s === ConnectionStatus.FailedToConnect) { setImmediate(() => sub.unsubscribe()); resolve(s); }
      });
      dl.activity$.subscribe({ error: () => {} });
    });
    assert.ok(status === ConnectionStatus.ExpiredToken || status === ConnectionStatus.FailedToConnect);
  } finally {
    dl.end();
  }
});
