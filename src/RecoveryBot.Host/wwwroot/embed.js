// Embeds the RecoveryBot chat on any site:
//   <script src="https://bot.example.org/embed.js" data-title="Chat with us" data-accent="#0063B1" data-lang="es" async></script>
// Adds a floating button that opens /chat?embed=1 in an iframe. Styles are set through the CSSOM, which a
// host page's CSP allows (no inline style attributes, no inline script).
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || window.__recoveryBotEmbed) return;
  window.__recoveryBotEmbed = true;
  var origin = new URL(script.src, window.location.href).origin;
  var title = script.getAttribute('data-title') || 'Chat with us';
  var accent = /^#[0-9a-fA-F]{3,8}$/.test(script.getAttribute('data-accent') || '') ? script.getAttribute('data-accent') : '#0063B1';
  var lang = script.getAttribute('data-lang') || '';

  function css(element, styles) { Object.keys(styles).forEach(function (k) { element.style[k] = styles[k]; }); }

  var button = document.createElement('button');
  button.type = 'button';
  button.textContent = title;
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', 'recoverybot-chat-panel');
  css(button, {
    position: 'fixed', right: '16px', bottom: '16px', zIndex: '2147483000', minHeight: '48px', padding: '12px 20px',
    border: '0', borderRadius: '24px', background: accent, color: '#ffffff', font: '600 16px system-ui, sans-serif',
    boxShadow: '0 2px 8px rgba(0,0,0,.3)', cursor: 'pointer'
  });

  var panel = document.createElement('div');
  panel.id = 'recoverybot-chat-panel';
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', title);
  panel.hidden = true;
  css(panel, {
    position: 'fixed', right: '16px', bottom: '76px', zIndex: '2147483000', width: 'min(400px, calc(100vw - 32px))',
    height: 'min(600px, calc(100vh - 96px))', background: '#ffffff', borderRadius: '8px', overflow: 'hidden',
    boxShadow: '0 4px 16px rgba(0,0,0,.35)'
  });
  var query = '?embed=1' + (lang ? '&lang=' + encodeURIComponent(lang) : '') + '&accent=' + encodeURIComponent(accent);
  var frame = null;

  function open() {
    if (!frame) {
      frame = document.createElement('iframe');
      frame.src = origin + '/chat' + query;
      frame.title = title;
      css(frame, { width: '100%', height: '100%', border: '0' });
      panel.appendChild(frame);
    }
    panel.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    frame.focus();
  }

  function close() {
    panel.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    button.focus();
  }

  button.addEventListener('click', function () { if (panel.hidden) open(); else close(); });
  window.addEventListener('message', function (event) {
    if (event.origin !== origin || !event.data || event.data.type !== 'recoverybot:quick-exit') return;
    panel.remove();
    button.remove();
    var url = String(event.data.url || '');
    if (/^https:\/\//.test(url)) window.location.replace(url);
  });

  function attach() { document.body.appendChild(panel); document.body.appendChild(button); }
  if (document.body) attach(); else document.addEventListener('DOMContentLoaded', attach);
})();
