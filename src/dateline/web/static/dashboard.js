/* Page behaviour: draw charts from their embedded JSON, link chart selections to tables, and highlight
 * an event's marks in the article text when its row is selected. Works on server-rendered HTML; without
 * JavaScript every table and link still works. */
(function () {
  "use strict";
  function data(el) {
    var src = document.getElementById(el.getAttribute("data-source"));
    return src ? JSON.parse(src.textContent) : null;
  }

  function charts() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-chart]"), function (el) {
      var d = data(el), kind = el.getAttribute("data-chart");
      if (!d) return;
      if (kind === "quad-bars") {
        window.DL.quadBars(el, d);
        var table = document.getElementById(el.getAttribute("data-table") || "");
        if (table) {
          el.addEventListener("dl:period", function (ev) { filterRows(table, ev.detail.period); });
          var all = document.getElementById("show-all");
          if (all) all.addEventListener("click", function (ev) { ev.preventDefault(); filterRows(table, null); });
        }
      } else if (kind === "network") {
        window.DL.network(el, d);
      }
    });
  }

  function filterRows(container, period) {
    Array.prototype.forEach.call(container.querySelectorAll("tr[data-period]"), function (tr) {
      tr.classList.toggle("hidden", period !== null && tr.getAttribute("data-period") !== period);
    });
  }

  function select(ann, scroll) {
    var text = document.getElementById("article-text");
    if (!text) return;
    Array.prototype.forEach.call(document.querySelectorAll("mark.hl.active, tr.active, .sent.evidence"), function (n) {
      n.classList.remove("active"); n.classList.remove("evidence");
    });
    if (!ann) return;
    Array.prototype.forEach.call(text.querySelectorAll("mark.hl"), function (m) {
      if ((" " + m.getAttribute("data-ann") + " ").indexOf(" " + ann + " ") >= 0) m.classList.add("active");
    });
    Array.prototype.forEach.call(text.querySelectorAll(".sent[data-events]"), function (s) {
      if ((" " + s.getAttribute("data-events")).indexOf(" " + ann + " ") >= 0) s.classList.add("evidence");
    });
    var row = document.querySelector('tr[data-ann="' + ann + '"]');
    if (row) row.classList.add("active");
    var first = text.querySelector("mark.hl.active");
    if (first && scroll) first.scrollIntoView({block: "center"});
  }

  function article() {
    var text = document.getElementById("article-text");
    if (!text) return;
    Array.prototype.forEach.call(document.querySelectorAll("tr.selectable[data-ann]"), function (tr) {
      var go = function () {
        var on = !tr.classList.contains("active");
        select(on ? tr.getAttribute("data-ann") : null, on);
      };
      tr.addEventListener("click", go);
      tr.addEventListener("keydown", function (ev) { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); go(); } });
    });
    Array.prototype.forEach.call(text.querySelectorAll("mark.hl"), function (m) {
      m.addEventListener("click", function () {
        var ev = (m.getAttribute("data-ann") || "").split(" ").filter(function (a) { return /^e\d+$/.test(a); })[0];
        if (ev) select(ev, false);
      });
    });
    Array.prototype.forEach.call(document.querySelectorAll("#legend input[data-kind]"), function (box) {
      box.addEventListener("change", function () { text.classList.toggle("hide-" + box.getAttribute("data-kind"), !box.checked); });
    });
    var m = /^#ev-(\d+)$/.exec(window.location.hash);
    if (m) {
      select("e" + m[1], true);
    } else {
      var chosen = text.querySelector("mark.hl.active");  // the server marked the event a link asked for
      if (chosen) chosen.scrollIntoView({block: "center"});
    }
  }

  document.addEventListener("DOMContentLoaded", function () { charts(); article(); });
})();
