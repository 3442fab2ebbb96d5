// RecoveryBot chat page: Web Chat on our Direct Line, conversation kept in sessionStorage, Quick exit.
(function () {
  'use strict';

  var STORAGE_KEY = 'rb.chat.session';
  var params = new URLSearchParams(window.location.search);
  var embedded = params.get('embed') === '1';
  var language = pickLanguage(params.get('lang') || navigator.language || 'en');
  // Words of the page frame only; everything the bot says comes from dialogs/.
  var LABELS = {
    en: { title: 'Chat', exit: 'Quick exit', hint: 'Leaves this page at once and clears this chat. Shortcut: press Escape twice.', failed: 'The chat could not start. Please reload the page.' },
    es: { title: 'Chat', exit: 'Salida rápida', hint: 'Sale de esta página de inmediato y borra este chat. Atajo: pulse Escape dos veces.', failed: 'No se pudo iniciar el chat. Vuelva a cargar la página.' }
  };
  var labels = LABELS[language.slice(0, 2)] || LABELS.en;
  // The server writes the configured target into the page, so Quick exit works before any request returns.
  var quickExitMeta = document.querySelector('meta[name="rb-quick-exit"]');
  var quickExitUrl = quickExitMeta && /^https?:\/\//.test(quickExitMeta.content) ? quickExitMeta.content : 'https://www.google.com/search?q=weather';
  var directLine = null;
  var lastEscape = 0;

  function pickLanguage(value) {
    var clean = String(value).trim();
    return /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(clean) ? clean : 'en';
  }

  function readSession() {
    try {
      var s = JSON.parse(sessionStorage.getItem(STORAGE_KEY) || 'null');
      return s && s.token && s.conversationId && s.expiresAt > Date.now() + 60000 ? s : null;
    } catch (e) {
      return null;
    }
  }

  function saveSession(s) {
    try { sessionStorage.setItem(STORAGE_KEY, JSON.stringify(s)); } catch (e) { /* private mode: no resume */ }
  }

  function tokenExpiry(token) {
    try {
      var payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
      return payload.exp * 1000;
    } catch (e) {
      return Date.now();
    }
  }

  function getJson(url, method) {
    return fetch(url, { method: method, credentials: 'same-origin', headers: { Accept: 'application/json' } }).then(function (r) {
      if (!r.ok) throw new Error('HTTP ' + r.status);
      return r.json();
    });
  }

  function quickExit() {
    try { sessionStorage.clear(); } catch (e) { /* ignore */ }
    try { if (directLine) directLine.end(); } catch (e) { /* ignore */ }
    var chat = document.getElementById('webchat');
    if (chat) chat.replaceChildren();
    document.title = 'Chat';
    document.body.replaceChildren();
    if (embedded && window.parent !== window) {
      // embed.js on the host page removes the frame and leaves the site.
      window.parent.postMessage({ type: 'recoverybot:quick-exit', url: quickExitUrl }, '*');
    }
    window.location.replace(quickExitUrl);
  }

  function wireQuickExit() {
    var button = document.getElementById('quick-exit');
    button.textContent = labels.exit;
    document.getElementById('quick-exit-hint').textContent = labels.hint;
    button.addEventListener('click', quickExit);
    document.addEventListener('keydown', function (event) {
      if (event.key !== 'Escape') return;
      var now = Date.now();
      if (now - lastEscape < 800) quickExit();
      lastEscape = now;
    }, true);
  }

  function createStore(session) {
    return window.WebChat.createStore({}, function (api) {
      return function (next) {
        return function (action) {
          if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED' && !session.joined) {
            // Direct Line clients never see conversationUpdate: this event is the bot's cue to greet (PROTOCOL §7.4).
            api.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'webchat/join', value: { language: language } } });
            session.joined = true;
            saveSession(session);
          }
          return next(action);
        };
      };
    });
  }

  function render(config, session, resumed) {
    var domain = config.directLineDomain || window.location.origin + '/v3/directline';
    var options = { token: session.token, domain: domain };
    // Resuming: reconnect to the same conversation; no watermark, so the whole history is replayed on screen.
    if (resumed) options.conversationId = session.conversationId;
    directLine = window.WebChat.createDirectLine(options);
    var accent = params.get('accent');
    var styleOptions = { hideUploadButton: true, sendBoxButtonAlignment: 'center' };
    if (accent && /^#[0-9a-fA-F]{3,8}$/.test(accent)) styleOptions.accent = accent;
    window.WebChat.renderWebChat({
      directLine: directLine,
      store: createStore(session),
      userID: session.userId,
      locale: language,
      styleOptions: styleOptions,
      // A responder from the team sees "typing…" in the console while the person writes during a handoff.
      sendTypingIndicator: true
    }, document.getElementById('webchat'));
    // DirectLineJS refreshes its token every 15 minutes; keep the stored copy current so a reload can resume.
    window.setInterval(function () {
      if (directLine && directLine.token && directLine.token !== session.token) {
        session.token = directLine.token;
        session.expiresAt = tokenExpiry(directLine.token);
        saveSession(session);
      }
    }, 60000);
  }

  function start() {
    document.documentElement.lang = language;
    document.title = labels.title;
    if (embedded) document.body.classList.add('embedded');
    wireQuickExit();
    getJson('/api/webchat/config', 'GET').then(function (config) {
      quickExitUrl = config.quickExitUrl || quickExitUrl;
      var session = readSession();
      if (session) return render(config, session, true);
      return getJson(config.tokenUrl || '/api/webchat/token', 'POST').then(function (t) {
        var fresh = { token: t.token, conversationId: t.conversationId, userId: t.userId, expiresAt: tokenExpiry(t.token), joined: false };
        saveSession(fresh);
        render(config, fresh, false);
      });
    }).catch(function () {
      document.getElementById('status').textContent = labels.failed;
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
