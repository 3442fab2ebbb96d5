// The real Teams client test (issue #2): Microsoft 365 Agents Playground, Microsoft's own Teams emulator, talks to
// our host over /api/messages and receives our replies on its Connector endpoint.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import WebSocket from 'ws';
import { startHost, startPlayground, waitFor } from './processes.mjs';
import { englishText, englishMessage, normalise } from './content.mjs';

let host, playground, config, socket;
const events = [];

before(async () => {
  host = await startHost();
  playground = await startPlayground(host.url);
  ({ config } = await (await fetch(`${playground.url}/_internal/v1/config`)).json());
  socket = new WebSocket(`ws://127.0.0.1:${playground.port}/_ws_conversation/v1/conversations/stream`);
  socket.on('message', data => events.push(JSON.parse(String(data))));
  await new Promise((ok, fail) => { socket.once('open', ok); socket.once('error', fail); });
});

after(async () => {
  socket?.close();
  await playground?.stop();
  await host?.stop();
});

async function post(path, body) {
  const response = await fetch(`${playground.url}${path}`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
  });
  assert.equal(response.status, 200, `${path} → ${response.status}`);
  return response.json().catch(() => ({}));
}

/** Every text the bot has shown in a conversation since `from` (plain text or inside an Adaptive Card). */
function botTexts(conversationId, from = 0) {
  return events.slice(from)
    .filter(e => e.action === 'createMessage' && e.actionConversationId === conversationId)
    .flatMap(e => [e.message.text, ...(e.message.attachments ?? []).flatMap(a => cardTexts(a.content))])
    .filter(Boolean).map(normalise);
}

function cardTexts(content) {
  if (!content || typeof content !== 'object') return [];
  return [content.text, ...(content.body ?? []).flatMap(cardTexts)].filter(t => typeof t === 'string');
}

test('Install_WelcomeArrivesOnce', async () => {
  const conversation = config.personalChat.id;
  const mark = events.length;
  await post(`/_debug/conversation/${conversation}/installation`, {});
  const welcome = englishText('welcome', 'intro');
  await waitFor(() => botTexts(conversation, mark).some(t => t.includes(welcome)), { what: 'welcome in Teams', timeoutMs: 15000 });
  // installationUpdate and conversationUpdate both arrive; the person is greeted once.
  await new Promise(r => setTimeout(r, 500));
  assert.equal(botTexts(conversation, mark).filter(t => t.includes(welcome)).length, 1);
});

test('Message_ExpectedReplyArrives', async () => {
  const conversation = config.personalChat.id;
  const mark = events.length;
  await post(`/_conversation/v1/conversations/${conversation}/messages`, { from: { id: config.currentUser.id }, text: 'I want to kill myself', textFormat: 'plain' });
  await waitFor(() => botTexts(conversation, mark).some(t => t.includes('988')), { what: 'crisis resources in Teams', timeoutMs: 15000 });
});

test('ChannelMention_IsStrippedAndBotAnswersPrivatelyOnly', async () => {
  const team = config.teams[0];
  const channel = team.channels[0];
  const mark = events.length;
  const botId = config.bot?.id ?? config.botId;
  await post(`/_conversation/v1/conversations/${channel.id}/messages`, {
    from: { id: config.currentUser.id }, text: `<at>${config.bot?.name ?? 'Test Bot'}</at> menu`, textFormat: 'plain',
    mentions: [{ mentioned: { id: botId }, text: `<at>${config.bot?.name ?? 'Test Bot'}</at>` }],
  });
  const privately = englishMessage('teams-group-scope');
  await waitFor(() => events.slice(mark).some(e => e.action === 'createMessage' && botTexts(e.actionConversationId, mark).some(t => t.includes(privately))),
    { what: 'private-only reply in the channel', timeoutMs: 15000 });
});
