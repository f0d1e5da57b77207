/* CoProDesk: the room's and a person's own page. It follows {link}/events (Server-Sent
   Events; {link}/state.json when the browser has none) and posts a hand or a stance as
   JSON. No inline script anywhere: the server's content security policy forbids it. */
"use strict";

(function () {
  var WORDS = window.COPRODESK_WORDS || {};
  var lang = "en";
  var base = location.pathname.replace(/[^/]*$/, "");
  var state = null;
  var receivedAt = 0;
  var floorKey = null;
  var roundId = null;
  var source = null;
  var ended = false;

  function t(text) {
    var own = WORDS[lang];
    return (own && own[text]) || text;
  }

  function fill(text, values) {
    return t(text).replace(/\{(\w+)\}/g, function (_m, name) {
      return values[name] === undefined ? "" : String(values[name]);
    });
  }

  function $(id) { return document.getElementById(id); }

  function setText(id, text) {
    var el = $(id);
    if (el.textContent !== text) { el.textContent = text; }
  }

  function clock(seconds) {
    seconds = Math.max(0, Math.round(seconds));
    var h = Math.floor(seconds / 3600);
    var m = Math.floor((seconds % 3600) / 60);
    var s = seconds % 60;
    var mm = h ? String(m).padStart(2, "0") : String(m);
    return (h ? h + ":" : "") + mm + ":" + String(s).padStart(2, "0");
  }

  function percent(x) { return Math.round(x * 100) + "\u00a0%"; }

  function kindWords(kind) {
    if (kind === "clarification") { return t("clarification"); }
    if (kind === "point-of-order") { return t("point of order"); }
    return "";
  }

  function translatePage() {
    document.documentElement.lang = lang;
    var marked = document.querySelectorAll("[data-t]");
    for (var i = 0; i < marked.length; i++) {
      marked[i].textContent = t(marked[i].getAttribute("data-t"));
    }
  }

  function since() { return (Date.now() - receivedAt) / 1000; }

  function tick() {
    if (!state) { return; }
    var item = state.item;
    if (item) {
      var used = item.elapsed_s + since();
      setText("item-time", item.planned_s
        ? fill("{used} of {planned} minutes", {used: clock(used), planned: Math.round(item.planned_s / 60)})
        : clock(used));
    } else {
      setText("item-time", "");
    }
    setText("turn-time", state.floor && state.floor.since_s !== undefined && !state.meeting.groups_only
      ? fill("for {time}", {time: clock(state.floor.since_s + since())}) : "");
  }

  function statusWords(s) {
    if (s.meeting.status === "planned") { return t("The meeting has not started yet."); }
    return "";
  }

  function renderNow(s) {
    setText("title", s.meeting.title);
    setText("status", statusWords(s));
    setText("item", s.item ? fill("Item {n} of {of}: {title}", {n: s.item.position, of: s.item.of, title: s.item.title})
      : t("No agenda item is running."));
    var key = s.floor ? s.floor.who + "|" + (s.floor.group || "") : "";
    if (key !== floorKey) {  // the live region speaks only when the floor changes hands
      floorKey = key;
      setText("floor", s.floor
        ? (s.meeting.groups_only ? fill("Speaking now: the {group} group", {group: s.floor.who})
                                 : fill("Speaking now: {who}", {who: s.floor.who}))
        : t("Nobody has the floor."));
    }
    if (!s.queue.length) {
      setText("queue", t("No hands up."));
    } else {
      var next = s.queue.slice(0, 5).map(function (h) {
        var why = kindWords(h.kind);
        return why ? fill("{who} ({why})", {who: h.who, why: why}) : h.who;
      }).join(", ");
      var more = s.queue.length - 5;
      setText("queue", more > 0 ? fill("Next: {names} and {n} more", {names: next, n: more})
                                : fill("Next: {names}", {names: next}));
    }
  }

  function bar(list, rows, label) {
    var ul = $(list);
    while (ul.children.length > rows.length) { ul.removeChild(ul.lastChild); }
    rows.forEach(function (row, n) {
      var li = ul.children[n];
      if (!li) {
        li = document.createElement("li");
        var text = document.createElement("p");
        var who = document.createElement("span");
        who.className = "who";
        var figures = document.createElement("span");
        text.appendChild(who);
        text.appendChild(document.createTextNode(": "));
        text.appendChild(figures);
        var box = document.createElement("div");
        box.className = "bar";
        box.setAttribute("aria-hidden", "true");
        var fillEl = document.createElement("div");
        fillEl.className = "fill";
        var fair = document.createElement("div");
        fair.className = "fair";
        box.appendChild(fillEl);
        box.appendChild(fair);
        li.appendChild(text);
        li.appendChild(box);
        ul.appendChild(li);
      }
      var scale = Math.max(0.0001, Math.max.apply(null, rows.map(function (r) {
        return Math.max(r.share, r.fair_share);
      })) * 1.1);
      li.className = row.speaking ? "speaking" : "";
      li.querySelector(".who").textContent = label(row);
      li.querySelector(".who + span").textContent =
        fill("{share}, fair share {fair}", {share: percent(row.share), fair: percent(row.fair_share)});
      var f = li.querySelector(".fill");
      f.style.width = (100 * row.share / scale).toFixed(1) + "%";
      f.style.backgroundColor = row.colour || "var(--accent)";
      li.querySelector(".fair").style.left = (100 * row.fair_share / scale).toFixed(1) + "%";
    });
  }

  function renderBalance(s) {
    setText("balance", s.balance.spoken ? fill("So far: {words}", {words: t(s.balance.in_words)})
                                        : t("Nobody has spoken yet."));
    bar("groups", s.groups, function (g) { return g.name; });
    var colours = {};
    s.groups.forEach(function (g) { colours[g.name] = g.colour; });
    $("people-part").hidden = s.meeting.groups_only || !s.people.length;
    bar("people", s.people.map(function (p) {
      return {name: p.name, group: p.group, share: p.share, fair_share: p.fair_share,
              speaking: p.speaking, colour: colours[p.group]};
    }), function (p) { return fill("{name} ({group})", {name: p.name, group: p.group}); });
  }

  function renderMe(s) {
    var me = s.me;
    $("me").hidden = !me;
    if (!me) { return; }
    setText("kind", me.name ? fill("{name}'s own page", {name: me.name}) : t("Your own page"));
    setText("my-time", fill("You have spoken for {time}: {share} of the time, fair share {fair}.",
      {time: clock(me.floor_s), share: percent(me.share), fair: percent(me.fair_share)}));
    var hand = me.hand;
    var why = kindWords(hand.kind);
    setText("my-hand", hand.up
      ? (why ? fill("Your hand is up ({why}): number {place} in the queue.", {why: why, place: hand.place})
             : fill("Your hand is up: number {place} in the queue.", {place: hand.place}))
      : t("Your hand is down."));
    var button = $("hand-button");
    setText("hand-button", hand.up ? t("Lower my hand") : t("Raise my hand"));
    button.setAttribute("data-t", hand.up ? "Lower my hand" : "Raise my hand");
    button.className = hand.up ? "up" : "";
    $("hand-kind").hidden = hand.up;
  }

  function renderRound(s) {
    var r = s.round;
    $("round").hidden = !r;
    if (!r) { roundId = null; return; }
    setText("proposal", r.proposal);
    setText("answered", fill("{n} of {of} have given their stance.", {n: r.answered, of: r.of}));
    var form = $("stance-form");
    form.hidden = !(s.me && s.me.may_answer);
    if (form.hidden) { return; }
    if (r.id !== roundId) {  // a new round: its options, once (a choice being made stays)
      roundId = r.id;
      var box = $("options");
      box.textContent = "";
      r.options.concat([{key: "", label: t("Not given"), meaning: t("I do not give a stance.")}])
        .forEach(function (o) {
          var label = document.createElement("label");
          var input = document.createElement("input");
          input.type = "radio";
          input.name = "option";
          input.value = o.key;
          label.appendChild(input);
          label.appendChild(document.createTextNode(" " + o.label));
          var meaning = document.createElement("span");
          meaning.className = "meaning";
          meaning.textContent = o.meaning;
          label.appendChild(meaning);
          box.appendChild(label);
        });
      var mine = s.me.stance;
      if (mine) {
        var chosen = box.querySelector("input[value=\"" + (mine.option || "") + "\"]");
        if (chosen) { chosen.checked = true; }
        $("reason").value = mine.reason;
      }
    }
  }

  function render(s) {
    state = s;
    receivedAt = Date.now();
    if (s.language && s.language !== lang) {
      lang = s.language;
      floorKey = null;
      roundId = null;
      translatePage();
    }
    renderNow(s);
    renderMe(s);
    renderRound(s);
    renderBalance(s);
    tick();
    setText("connection", "");
  }

  function gone() {
    ended = true;
    if (source) { source.close(); }
    setText("connection", t("This link no longer works: sharing has stopped, the meeting has ended or the links were renewed."));
  }

  function poll() {
    if (ended) { return; }
    fetch(base + "state.json", {cache: "no-store", credentials: "omit"}).then(function (r) {
      if (r.status === 404) { gone(); return null; }
      return r.ok ? r.json() : null;
    }).then(function (s) { if (s) { render(s); } }).catch(function () {
      setText("connection", t("Connection lost; trying again."));
    });
  }

  function follow() {
    if (!window.EventSource) {
      poll();
      setInterval(poll, 2000);
      return;
    }
    source = new EventSource(base + "events");
    source.onmessage = function (e) { render(JSON.parse(e.data)); };
    source.onerror = function () {
      setText("connection", t("Connection lost; trying again."));
      poll();  // a 404 there means the link is gone; otherwise the stream comes back
    };
  }

  function post(what, body) {
    return fetch(base + what, {
      method: "POST", cache: "no-store", credentials: "omit",
      headers: {"Content-Type": "application/json"}, body: JSON.stringify(body)
    }).then(function (r) {
      if (r.status === 404) { gone(); return null; }
      return r.json().then(function (j) {
        if (!r.ok) { throw new Error(j.error || String(r.status)); }
        render(j);
        return j;
      });
    });
  }

  function chosenKind() {
    var checked = document.querySelector("input[name=kind]:checked");
    return checked ? checked.value : "speak";
  }

  function start() {
    translatePage();
    $("hand-button").addEventListener("click", function () {
      if (!state || !state.me) { return; }
      post("hand", {up: !state.me.hand.up, kind: chosenKind()}).catch(function (e) {
        setText("my-hand", fill("Not done: {why}", {why: e.message}));
      });
    });
    $("stance-form").addEventListener("submit", function (event) {
      event.preventDefault();
      var checked = document.querySelector("input[name=option]:checked");
      if (!checked) {
        setText("stance-said", t("Choose a stance first."));
        return;
      }
      post("stance", {option: checked.value || null, reason: $("reason").value})
        .then(function (s) {
          if (s) { setText("stance-said", t("Your stance is saved. Nobody sees it until the facilitator reveals the round.")); }
        })
        .catch(function (e) { setText("stance-said", fill("Not saved: {why}", {why: e.message})); });
    });
    setInterval(tick, 1000);
    follow();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
