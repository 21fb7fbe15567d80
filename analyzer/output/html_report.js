(function () {
  "use strict";
  var root = document.documentElement;
  var origError = console.error;
  console.error = function () {
    root.setAttribute("data-console-error", Array.prototype.join.call(arguments, " "));
    return origError.apply(console, arguments);
  };
  function all(sel, ctx) { return Array.prototype.slice.call((ctx || document).querySelectorAll(sel)); }
  var rank = { note: 1, warning: 2, error: 3 }, cls = ["", "n", "w", "e"];
  var cards = {}, order = [], total = 0;
  all(".card").forEach(function (c) { cards[c.getAttribute("data-f")] = c; order.push(c.getAttribute("data-f")); total++; });
  var levelOn = { error: true, warning: true, note: true }, rule = "", current = null;
  var panel = document.getElementById("panel"), body = document.getElementById("panel-body");
  var shown = document.getElementById("shown"), select = document.getElementById("rule-filter");

  function visible(n) {
    var c = cards[n];
    return !!c && levelOn[c.getAttribute("data-level")] && (!rule || c.getAttribute("data-rule") === rule);
  }
  // apply shows the findings the filters let through and recolours the
  // marks by the highest level among their visible findings.
  function apply() {
    order = [];
    Object.keys(cards).forEach(function (n) {
      var on = visible(n);
      cards[n].classList.toggle("hide", !on);
      if (on) order.push(n);
    });
    order.sort(function (a, b) { return a - b; });
    all(".note, .inote, a.ref").forEach(function (el) { el.classList.toggle("hide", !visible(el.getAttribute("data-f"))); });
    all("mark.hl").forEach(function (m) {
      var top = 0, k = 0;
      m.getAttribute("data-f").split(" ").forEach(function (n) {
        if (visible(n)) { k++; top = Math.max(top, rank[cards[n].getAttribute("data-level")] || 1); }
      });
      m.className = k ? "hl lv-" + cls[top] : "hl off";
      if (k) m.setAttribute("data-n", Math.min(k, 4)); else m.removeAttribute("data-n");
    });
    all(".findings").forEach(function (s) {
      s.classList.toggle("filtered", !s.querySelector(".card:not(.hide)"));
    });
    if (current && !visible(current)) close();
    count();
  }
  function count() { if (shown) shown.textContent = order.length + " / " + total; }

  function unfocus() { all(".focus").forEach(function (el) { el.classList.remove("focus"); }); }
  // show puts finding n in focus: its marks outlined, scrolled to, and its
  // card shown in the side panel.
  function show(n, scroll) {
    if (!cards[n]) return;
    unfocus();
    current = n;
    all('mark.hl[data-f~="' + n + '"], .note[data-f="' + n + '"], .inote[data-f="' + n + '"], a.ref[data-f="' + n + '"]').forEach(function (el) { el.classList.add("focus"); });
    var c = cards[n].cloneNode(true);
    c.removeAttribute("id");
    c.classList.remove("hide");
    body.textContent = "";
    body.appendChild(c);
    panel.hidden = false;
    document.body.classList.add("has-panel");
    var target = document.getElementById("m-" + n);
    if (scroll && target) target.scrollIntoView({ block: "center" });
    var ref = document.querySelector('.text a.ref[data-f="' + n + '"]');
    if (ref) ref.focus({ preventScroll: true });
  }
  function close() {
    panel.hidden = true;
    body.textContent = "";
    document.body.classList.remove("has-panel");
    unfocus();
    current = null;
  }
  function step(d) {
    if (!order.length) return;
    var i = current === null ? -1 : order.indexOf(current);
    if (i < 0) {
      i = d > 0 ? 0 : order.length - 1;
      if (current !== null) {
        for (var j = 0; j < order.length; j++) if (+order[j] > +current) { i = d > 0 ? j : j - 1; break; }
        if (i < 0) i = order.length - 1;
      }
    } else {
      i = (i + d + order.length) % order.length;
    }
    show(order[i], true);
  }

  document.addEventListener("click", function (ev) {
    var t = ev.target;
    var ref = t.closest && t.closest(".text a.ref");
    if (ref) { ev.preventDefault(); show(ref.getAttribute("data-f"), false); return; }
    var m = t.closest && t.closest("mark.hl:not(.off)");
    if (m) {
      var ids = m.getAttribute("data-f").split(" ").filter(visible);
      var i = ids.indexOf(current);
      if (ids.length) show(ids[(i + 1) % ids.length], false);
      return;
    }
    var rf = t.closest && t.closest("button.rule-filter");
    if (rf) {
      rule = rule === rf.getAttribute("data-rule") ? "" : rf.getAttribute("data-rule");
      if (select) select.value = rule;
      apply();
      if (rule) step(1);
    }
  });
  all(".level-filter").forEach(function (cb) {
    cb.addEventListener("change", function () { levelOn[cb.value] = cb.checked; apply(); });
  });
  if (select) select.addEventListener("change", function () { rule = select.value; apply(); });
  document.getElementById("next").addEventListener("click", function () { step(1); });
  document.getElementById("prev").addEventListener("click", function () { step(-1); });
  document.getElementById("panel-close").addEventListener("click", close);
  document.addEventListener("keydown", function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    var tag = (ev.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "select" || tag === "textarea") return;
    if (ev.key === "j" || ev.key === "n") { step(1); ev.preventDefault(); }
    else if (ev.key === "k" || ev.key === "p") { step(-1); ev.preventDefault(); }
    else if (ev.key === "Escape" && current !== null) { close(); }
  });
  window.addEventListener("hashchange", function () {
    var h = location.hash.match(/^#m-(\d+)$/);
    if (h) { unfocus(); all('mark.hl[data-f~="' + h[1] + '"], .note[data-f="' + h[1] + '"]').forEach(function (el) { el.classList.add("focus"); }); }
  });
  // selftest drives the page the way a reader would (next finding, level
  // filter off and on) and records the outcome and the paint timings on
  // <html>, for the browser check in CI (.ci/browser-check).
  function selftest() {
    var bad = [];
    try {
      step(1);
      if (panel.hidden || current === null || !body.querySelector(".card")) bad.push("panel");
      var cb = document.querySelector('.level-filter[value="' + (cards[current] && cards[current].getAttribute("data-level")) + '"]');
      if (cb) {
        var t0 = performance.now();
        cb.click();
        console.log("pplint-timing filter " + Math.round(performance.now() - t0) + " ms");
        if (document.querySelector("main .card.lv-" + cls[rank[cb.value]] + ":not(.hide)")) bad.push("filter");
        cb.click();
      }
      if (document.querySelector("main .card.hide")) bad.push("unfilter");
      close();
    } catch (e) {
      bad.push("error " + e.message);
    }
    root.setAttribute("data-selftest", bad.length ? bad.join(",") : "ok");
  }
  function paints() {
    var p = performance.getEntriesByType("paint");
    if (!p.length) { setTimeout(paints, 20); return; }
    p.forEach(function (e) {
      root.setAttribute("data-" + e.name, Math.round(e.startTime));
      console.log("pplint-timing " + e.name + " " + Math.round(e.startTime) + " ms");
    });
  }
  count();
  if (location.hash === "#pplint-selftest") {
    if (total) selftest(); else root.setAttribute("data-selftest", "ok");
  }
  // scrollTest scrolls the whole page a screen at a time and logs how
  // long each step takes to lay out and hit-test the new screen
  // (#pplint-scroll, for measuring large reports in headless browsers).
  function scrollTest() {
    var times = [], h = window.innerHeight;
    for (var y = h; y < document.documentElement.scrollHeight; y += h) {
      var t0 = performance.now();
      window.scrollTo(0, y);
      document.elementFromPoint(window.innerWidth / 2, h / 2);
      times.push(performance.now() - t0);
    }
    window.scrollTo(0, 0);
    if (!times.length) return;
    times.sort(function (a, b) { return a - b; });
    var sum = times.reduce(function (a, b) { return a + b; }, 0);
    console.log("pplint-timing scroll " + times.length + " screens, mean " + (sum / times.length).toFixed(1) +
      " ms, p95 " + times[Math.floor(times.length * 0.95)].toFixed(1) + " ms, max " + Math.round(times[times.length - 1]) + " ms");
  }
  if (location.hash === "#pplint-scroll") scrollTest();
  if (location.hash.indexOf("#pplint-") === 0) {
    console.log("pplint-timing script-ready " + Math.round(performance.now()) + " ms");
    paints();
  }
  root.setAttribute("data-ready", String(total));
})();
