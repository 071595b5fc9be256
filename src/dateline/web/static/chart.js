/* dateline's own tiny SVG charts (no library, no network).
 *
 *   DL.quadBars(el, series)  stacked bars of events per period by QuadClass, plus the mean Goldstein line.
 *       series = {by, periods: [..], quad: {"1": [..], "2": [..], "3": [..], "4": [..]}, goldstein: [..]}
 *       Selecting a bar fires a "dl:period" event on `el` with detail {period} (null to clear).
 *   DL.network(el, data)     a force-laid-out directed actor network.
 *       data = {nodes: [{id, name, events}], edges: [{source, target, events, mean_goldstein}]}
 */
(function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";
  var QUAD = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"};

  function svg(tag, attrs, parent) {
    var node = document.createElementNS(NS, tag);
    for (var k in attrs) { if (Object.prototype.hasOwnProperty.call(attrs, k)) node.setAttribute(k, attrs[k]); }
    if (parent) parent.appendChild(node);
    return node;
  }
  function text(parent, x, y, s, attrs) {
    var t = svg("text", Object.assign({x: x, y: y}, attrs || {}), parent);
    t.textContent = s;  // textContent, never innerHTML: labels come from data
    return t;
  }
  function niceMax(v) {
    if (v <= 5) return 5;
    var p = Math.pow(10, Math.floor(Math.log10(v))), m = v / p;
    return (m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
  }
  function goldsteinColour(g) {
    if (g === null || g === undefined) return "#8a94a6";
    var t = Math.max(-1, Math.min(1, g / 10));
    // red (-10) through grey (0) to green (+10)
    var from = t < 0 ? [200, 55, 45] : [47, 143, 58], grey = [150, 156, 168], a = Math.abs(t);
    var c = grey.map(function (v, i) { return Math.round(v + (from[i] - v) * a); });
    return "rgb(" + c.join(",") + ")";
  }

  function quadBars(el, series) {
    var periods = series.periods || [], n = periods.length;
    if (!n) return;
    var W = 900, H = 280, L = 44, R = 44, T = 28, B = 42, iw = W - L - R, ih = H - T - B;
    var totals = periods.map(function (_, i) {
      return [1, 2, 3, 4].reduce(function (s, q) { return s + ((series.quad[q] || [])[i] || 0); }, 0);
    });
    var ymax = niceMax(Math.max.apply(null, totals.concat([1])));
    var root = svg("svg", {viewBox: "0 0 " + W + " " + H, role: "img", "aria-label": "events per " + (series.by || "period")});
    var band = iw / n, bw = Math.max(2, Math.min(48, band * 0.7));
    var y = function (v) { return T + ih - (v / ymax) * ih; };
    var yg = function (g) { return T + ih / 2 - (g / 10) * (ih / 2); };
    var axis = svg("g", {"class": "axis"}, root);
    var ticks = ymax <= 5 ? ymax : 4;  // whole numbers of events on small charts
    for (var k = 0; k <= ticks; k++) {
      var v = ymax * k / ticks, yy = y(v);
      svg("line", {x1: L, x2: W - R, y1: yy, y2: yy, "class": "grid-line"}, axis);
      text(axis, L - 6, yy + 4, String(Math.round(v)), {"text-anchor": "end"});
    }
    for (var gk = 0; gk <= 4; gk++) {
      var g = -10 + 5 * gk;
      text(axis, W - R + 6, yg(g) + 4, (g > 0 ? "+" : "") + g, {"text-anchor": "start"});
    }
    text(axis, 4, T - 12, "events", {});
    text(axis, W - 4, T - 12, "Goldstein", {"text-anchor": "end"});
    svg("line", {x1: L, x2: W - R, y1: yg(0), y2: yg(0), "class": "zero"}, root);
    var step = Math.ceil(n / Math.floor(iw / 70));
    var groups = [];
    periods.forEach(function (p, i) {
      var x0 = L + band * i, cx = x0 + band / 2, acc = 0;
      var grp = svg("g", {"class": "period", "data-period": p}, root);
      var hit = svg("rect", {x: x0, y: T, width: band, height: ih, "class": "hit"}, grp);
      var tip = [p + ": " + totals[i] + " events"];
      [1, 2, 3, 4].forEach(function (q) {
        var c = (series.quad[q] || [])[i] || 0;
        if (!c) return;
        var r = svg("rect", {x: cx - bw / 2, y: y(acc + c), width: bw, height: y(acc) - y(acc + c), "class": "bar q" + q}, grp);
        svg("title", {}, r).textContent = p + " · " + QUAD[q] + ": " + c;
        acc += c;
        tip.push(QUAD[q] + ": " + c);
      });
      var gm = (series.goldstein || [])[i];
      if (gm !== null && gm !== undefined) tip.push("mean Goldstein: " + gm.toFixed(1));
      svg("title", {}, hit).textContent = tip.join("\n");
      if (i % step === 0) text(axis, cx, H - B + 16, p, {"text-anchor": "middle"});
      groups.push(grp);
      grp.addEventListener("click", function () {
        var on = !grp.classList.contains("selected");
        groups.forEach(function (o) { o.classList.remove("selected"); });
        if (on) grp.classList.add("selected");
        el.dispatchEvent(new CustomEvent("dl:period", {detail: {period: on ? p : null}}));
      });
    });
    var pts = [];
    periods.forEach(function (p, i) {
      var gm = (series.goldstein || [])[i];
      if (gm !== null && gm !== undefined) pts.push([L + band * i + band / 2, yg(gm)]);
    });
    if (pts.length) {
      svg("polyline", {points: pts.map(function (q) { return q.join(","); }).join(" "), "class": "goldstein"}, root);
      pts.forEach(function (q) { svg("circle", {cx: q[0], cy: q[1], r: 3, "class": "goldstein-dot"}, root); });
    }
    var lg = svg("g", {"class": "legend-key"}, root), lx = L;
    [1, 2, 3, 4].forEach(function (q) {
      svg("rect", {x: 0, y: 6, width: 10, height: 10, "class": "bar q" + q}, lg);
      text(lg, 0, 15, QUAD[q], {"class": "label"});
    });
    el.appendChild(root);
    // Label widths are only known once the SVG is in the document: lay the legend out now.
    Array.prototype.forEach.call(lg.querySelectorAll("text"), function (t, i) {
      lg.querySelectorAll("rect")[i].setAttribute("x", lx);
      t.setAttribute("x", lx + 14);
      lx += 14 + (t.getComputedTextLength() || 110) + 18;
    });
  }

  function layout(nodes, edges, W, H) {
    var n = nodes.length, pos = {}, i, j;
    nodes.forEach(function (d, k) {  // deterministic start: a circle, biggest first
      var a = 2 * Math.PI * k / Math.max(n, 1);
      pos[d.id] = {x: W / 2 + Math.cos(a) * W / 3, y: H / 2 + Math.sin(a) * H / 3};
    });
    var area = W * H, kk = Math.sqrt(area / Math.max(n, 1)) * 0.6;
    for (var it = 0; it < 300; it++) {
      var disp = {}, temp = (W / 10) * (1 - it / 300);
      nodes.forEach(function (d) { disp[d.id] = {x: 0, y: 0}; });
      for (i = 0; i < n; i++) for (j = i + 1; j < n; j++) {
        var a1 = pos[nodes[i].id], b1 = pos[nodes[j].id];
        var dx = a1.x - b1.x, dy = a1.y - b1.y, dist = Math.sqrt(dx * dx + dy * dy) || 0.01;
        var f = kk * kk / dist;
        disp[nodes[i].id].x += dx / dist * f; disp[nodes[i].id].y += dy / dist * f;
        disp[nodes[j].id].x -= dx / dist * f; disp[nodes[j].id].y -= dy / dist * f;
      }
      edges.forEach(function (e) {
        var a2 = pos[e.source], b2 = pos[e.target];
        if (!a2 || !b2 || a2 === b2) return;
        var dx2 = a2.x - b2.x, dy2 = a2.y - b2.y, d2 = Math.sqrt(dx2 * dx2 + dy2 * dy2) || 0.01;
        var f2 = d2 * d2 / kk;
        disp[e.source].x -= dx2 / d2 * f2; disp[e.source].y -= dy2 / d2 * f2;
        disp[e.target].x += dx2 / d2 * f2; disp[e.target].y += dy2 / d2 * f2;
      });
      nodes.forEach(function (d) {
        var p = pos[d.id], v = disp[d.id];
        v.x += (W / 2 - p.x) * 0.05 * kk / 10; v.y += (H / 2 - p.y) * 0.05 * kk / 10;  // gravity
        var len = Math.sqrt(v.x * v.x + v.y * v.y) || 1, s = Math.min(len, temp) / len;
        p.x = Math.max(40, Math.min(W - 40, p.x + v.x * s));
        p.y = Math.max(24, Math.min(H - 24, p.y + v.y * s));
      });
    }
    return pos;
  }

  function network(el, data) {
    var nodes = (data.nodes || []).slice(), edges = data.edges || [];
    if (!nodes.length) return;
    var W = 900, H = 480;
    var pos = layout(nodes, edges, W, H);
    var root = svg("svg", {viewBox: "0 0 " + W + " " + H, role: "img", "aria-label": "actor network"});
    var maxc = Math.max.apply(null, edges.map(function (e) { return e.events; }).concat([1]));
    var maxn = Math.max.apply(null, nodes.map(function (d) { return d.events || 1; }).concat([1]));
    var defs = svg("defs", {}, root);
    var mk = svg("marker", {id: "dl-arrow", viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 9, markerHeight: 9,
      markerUnits: "userSpaceOnUse", orient: "auto"}, defs);
    var radius = {};
    nodes.forEach(function (d) { radius[d.id] = 5 + 12 * Math.sqrt((d.events || 1) / maxn); });
    svg("path", {d: "M0,0 L10,5 L0,10 z", fill: "#667"}, mk);
    var actorHref = el.getAttribute("data-actor-href") || "", dyadHref = el.getAttribute("data-dyad-href") || "";
    edges.forEach(function (e) {
      var a = pos[e.source], b = pos[e.target];
      if (!a || !b) return;
      var mx = (a.x + b.x) / 2, my = (a.y + b.y) / 2, dx = b.x - a.x, dy = b.y - a.y;
      var cx = mx - dy * 0.15, cy = my + dx * 0.15;  // bend so A→B and B→A do not overlap
      // stop the arrow at the target's rim rather than its centre
      var ex = b.x - cx, ey = b.y - cy, el2 = Math.sqrt(ex * ex + ey * ey) || 1, rb = radius[e.target] + 2;
      b = {x: b.x - ex / el2 * rb, y: b.y - ey / el2 * rb};
      var link = svg("a", {href: dyadHref + encodeURIComponent(e.source) + "/" + encodeURIComponent(e.target)}, root);
      var path = svg("path", {d: "M" + a.x + "," + a.y + " Q" + cx + "," + cy + " " + b.x + "," + b.y,
        "class": "edge", stroke: goldsteinColour(e.mean_goldstein), "stroke-width": 1 + 7 * e.events / maxc,
        fill: "none", "marker-end": "url(#dl-arrow)"}, link);
      var g = e.mean_goldstein;
      svg("title", {}, path).textContent = e.source + " → " + e.target + ": " + e.events + " events" +
        (g !== null && g !== undefined ? ", mean Goldstein " + g.toFixed(1) : "");
    });
    nodes.forEach(function (d) {
      var p = pos[d.id], r = radius[d.id];
      var g = svg("a", {href: actorHref + encodeURIComponent(d.id), "class": "node"}, root);
      svg("circle", {cx: p.x, cy: p.y, r: r}, g);
      text(g, p.x + r + 3, p.y + 4, d.id, {});
      svg("title", {}, g).textContent = d.id + (d.name ? " (" + d.name + ")" : "") + ": " + (d.events || 0) + " events";
    });
    el.appendChild(root);
  }

  window.DL = {quadBars: quadBars, network: network, goldsteinColour: goldsteinColour};
})();
