// Responder console live client: Server-Sent Events from /responder/events, forms sent with fetch (antiforgery
// token travels in the form data), typing both ways. Text is inserted with textContent only, never as HTML.
(function () {
  "use strict";
  var FETCH = { "X-RB-Fetch": "1" };
  var status = document.getElementById("live-status");
  var conversation = document.querySelector("section.conversation");
  var ticketId = conversation ? conversation.getAttribute("data-ticket") : null;
  var queue = document.getElementById("queue");

  function say(text) { if (status) { status.textContent = text; } }

  function refreshQueue() {
    if (!queue) { return; }
    fetch(queue.getAttribute("data-refresh"), { headers: FETCH, credentials: "same-origin" })
      .then(function (r) { if (r.status === 401) { location.href = "/responder/sign-in"; } return r.ok ? r.text() : null; })
      .then(function (html) { if (html !== null && html !== undefined) { queue.innerHTML = html; } }); // server-encoded markup
  }

  function addLine(line) {
    var list = document.getElementById("transcript");
    if (!list || list.querySelector('[data-seq="' + line.seq + '"]')) { return; }
    var li = document.createElement("li");
    li.className = line.author === "person" ? "from-person" : "from-responder";
    li.setAttribute("data-seq", String(line.seq));
    var who = document.createElement("span");
    who.className = "who";
    who.textContent = (line.author === "person" ? "Person" : (line.name || "Responder")) + " · " + new Date(line.at).toISOString().slice(11, 16);
    li.appendChild(who);
    if (line.crisis) { var b = document.createElement("span"); b.className = "badge badge-crisis"; b.textContent = "Crisis"; li.appendChild(b); }
    var p = document.createElement("p");
    p.textContent = line.text;
    li.appendChild(p);
    list.appendChild(li);
    list.scrollTop = list.scrollHeight;
    if (line.author === "person") { hideTyping(); } // their message arrived: they are no longer typing
  }

  var typingTimer = null;
  function hideTyping() { var t = document.getElementById("typing"); if (t) { t.hidden = true; } clearTimeout(typingTimer); }
  function showTyping() {
    var t = document.getElementById("typing");
    if (!t) { return; }
    t.hidden = false;
    clearTimeout(typingTimer);
    typingTimer = setTimeout(function () { t.hidden = true; }, 4000);
  }

  function mine(data) { return ticketId && data.ticketId === ticketId; }

  var source = new EventSource("/responder/events");
  // Marks the page live (tests wait for it; CSS could show it). Lost connections retry on their own.
  source.addEventListener("open", function () { document.body.setAttribute("data-live", "on"); });
  source.addEventListener("error", function () { document.body.setAttribute("data-live", "off"); });
  ["queued", "claimed", "released", "cancelled", "timedOut", "closed", "transferred", "waitNoticeSent"].forEach(function (name) {
    source.addEventListener(name, function (ev) {
      var data = JSON.parse(ev.data);
      refreshQueue();
      if (mine(data) && (name === "closed" || name === "cancelled" || name === "released" || name === "transferred")) {
        say("This conversation changed: " + name + ". Reloading.");
        setTimeout(function () { location.reload(); }, 1500);
      }
      if (name === "queued") { say("A new request is waiting."); }
    });
  });
  ["personMessage", "responderMessage"].forEach(function (name) {
    source.addEventListener(name, function (ev) {
      var data = JSON.parse(ev.data);
      if (mine(data) && data.line) { addLine(data.line); if (name === "personMessage") { say("New message from the person."); } }
    });
  });
  source.addEventListener("personTyping", function (ev) { if (mine(JSON.parse(ev.data))) { showTyping(); } });
  source.addEventListener("crisisAlert", function (ev) {
    var data = JSON.parse(ev.data);
    if (mine(data)) { var a = document.getElementById("crisis-alert"); if (a) { a.hidden = false; } }
    say("Crisis alert on " + data.ticketId + ".");
  });

  // Forms: send with fetch so the page (and the live stream) stay; plain POST still works without JS.
  document.addEventListener("submit", function (ev) {
    var form = ev.target;
    var kind = form.getAttribute("data-form");
    if (kind !== "chat" && kind !== "note") { return; }
    ev.preventDefault();
    fetch(form.action, { method: "POST", body: new FormData(form), headers: FETCH, credentials: "same-origin" })
      .then(function (r) {
        if (r.ok) {
          if (kind === "note") { location.reload(); return; }
          form.reset(); form.querySelector("textarea").focus(); say("Sent.");
        } else { say("Not sent (" + r.status + "). Reload the page and try again."); }
      });
  });

  // Typing towards the person: at most one ping every 3 seconds while the responder types.
  var message = document.getElementById("message");
  var lastPing = 0;
  if (message) {
    message.addEventListener("input", function () {
      var now = Date.now();
      if (now - lastPing < 3000) { return; }
      lastPing = now;
      var form = message.form;
      var body = new FormData();
      var token = form.querySelector('input[type="hidden"]');
      body.append(token.name, token.value);
      fetch("/responder/tickets/" + encodeURIComponent(ticketId) + "/typing", { method: "POST", body: body, headers: FETCH, credentials: "same-origin" });
    });
  }
})();
