// vnkg graph viewer: force-directed layout on a canvas, pan/zoom, legend,
// search and a side panel. No dependencies, no network. Every text from the
// data is inserted with textContent.
(function () {
  "use strict";
  var t0 = performance.now();
  if (window.console) console.info("vnkg: start");
  var data = JSON.parse(document.getElementById("data").textContent);
  var nodes = data.nodes, edges = data.edges;
  var N = nodes.length, M = edges.length;
  var colour = {};
  data.legend.forEach(function (l) { colour[l[0]] = l[1]; });

  var canvas = document.getElementById("canvas");
  var ctx = canvas.getContext("2d");
  var statusEl = document.getElementById("status");
  var panel = document.getElementById("panel");
  var search = document.getElementById("search");
  var matchesEl = document.getElementById("matches");
  var legendEl = document.getElementById("legend");

  // ---- graph structure
  var outE = [], inE = [], i, j;
  for (i = 0; i < N; i++) { outE.push([]); inE.push([]); }
  var es = new Int32Array(M), et = new Int32Array(M);
  for (i = 0; i < M; i++) {
    es[i] = edges[i].s; et[i] = edges[i].t;
    outE[es[i]].push(i); inE[et[i]].push(i);
  }
  var radius = new Float64Array(N), lower = [], byDegree = [];
  for (i = 0; i < N; i++) {
    radius[i] = Math.min(3 + 1.6 * Math.sqrt(nodes[i].degree || 0), 22);
    lower.push(String(nodes[i].label).toLowerCase());
    byDegree.push(i);
  }
  byDegree.sort(function (a, b) { return nodes[b].degree - nodes[a].degree || a - b; });

  // ---- layout: Fruchterman-Reingold on a grid. Repulsion K^2/d is exact
  // between nodes in neighbouring cells (closer than CUT) and, farther off,
  // comes from the centroids of coarse blocks (Barnes-Hut with one level);
  // linear gravity keeps the drawing round; a fixed number of rounds.
  var K = 30, ITER = N > 2000 ? 200 : 300, CUT = 2 * K, CUT2 = CUT * CUT, GRAVITY = 1, MAX_BLOCKS = 196;
  var x = new Float64Array(N), y = new Float64Array(N);
  var fx = new Float64Array(N), fy = new Float64Array(N);
  var seed = 12345;
  function rand() { // mulberry32: the same file gives the same picture
    seed = (seed + 0x6D2B79F5) | 0;
    var t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  (function place() { // each community starts as a blob at a random spot
    var size = {}, centre = {}, R = K * Math.sqrt((N + 1) / GRAVITY) * 0.8;
    for (i = 0; i < N; i++) size[nodes[i].community] = (size[nodes[i].community] || 0) + 1;
    for (i = 0; i < N; i++) {
      var c = nodes[i].community, a, r;
      if (!centre[c]) {
        a = rand() * 2 * Math.PI; r = R * Math.sqrt(rand());
        centre[c] = [r * Math.cos(a), r * Math.sin(a)];
      }
      a = rand() * 2 * Math.PI; r = K * Math.sqrt(size[c]) * 0.6 * Math.sqrt(rand());
      x[i] = centre[c][0] + r * Math.cos(a);
      y[i] = centre[c][1] + r * Math.sin(a);
    }
  })();
  var maxCells = 4 * N + 16;
  var cellStart = new Int32Array(maxCells + 1), cellItems = new Int32Array(N), cellOf = new Int32Array(N);
  var cellX = new Float64Array(maxCells), cellY = new Float64Array(maxCells);
  var farX = new Float64Array(maxCells), farY = new Float64Array(maxCells);
  var bm = new Float64Array(maxCells), bx = new Float64Array(maxCells), by = new Float64Array(maxCells);
  var full = new Int32Array(maxCells);
  var T0 = K * (1 + 0.15 * Math.sqrt(N)), iter = 0;

  function step() {
    var temp = Math.max(T0 * (1 - iter / ITER), 0.5);
    var minx = Infinity, miny = Infinity, maxx = -Infinity, maxy = -Infinity, k, c, b;
    for (i = 0; i < N; i++) {
      fx[i] = 0; fy[i] = 0;
      if (x[i] < minx) minx = x[i];
      if (x[i] > maxx) maxx = x[i];
      if (y[i] < miny) miny = y[i];
      if (y[i] > maxy) maxy = y[i];
    }
    var w = maxx - minx + 1, h = maxy - miny + 1, cell = CUT;
    if ((w / cell + 1) * (h / cell + 1) > maxCells) cell = Math.sqrt(w * h / maxCells) + 1;
    while ((Math.floor(w / cell) + 1) * (Math.floor(h / cell) + 1) > maxCells) cell *= 1.5;
    var gw = Math.floor(w / cell) + 1, gh = Math.floor(h / cell) + 1, cells = gw * gh;
    // coarse blocks of bs x bs cells, at most MAX_BLOCKS of them
    var bs = Math.max(3, Math.ceil(Math.sqrt(cells / MAX_BLOCKS)));
    var bw = Math.ceil(gw / bs), bh = Math.ceil(gh / bs), nb = 0;
    for (c = 0; c <= cells; c++) cellStart[c] = 0;
    for (c = 0; c < cells; c++) { cellX[c] = 0; cellY[c] = 0; }
    for (b = 0; b < bw * bh; b++) { bm[b] = 0; bx[b] = 0; by[b] = 0; }
    for (i = 0; i < N; i++) {
      var ix = Math.floor((x[i] - minx) / cell), iy = Math.floor((y[i] - miny) / cell);
      c = ix + gw * iy;
      cellOf[i] = c; cellStart[c + 1]++; cellX[c] += x[i]; cellY[c] += y[i];
      b = Math.floor(ix / bs) + bw * Math.floor(iy / bs);
      bm[b]++; bx[b] += x[i]; by[b] += y[i];
    }
    for (b = 0; b < bw * bh; b++) if (bm[b] > 0) { bx[b] /= bm[b]; by[b] /= bm[b]; full[nb++] = b; }
    // far field, once per occupied cell (at its centroid), from the other blocks
    for (c = 0; c < cells; c++) {
      var count = cellStart[c + 1];
      if (count === 0) continue;
      var px = cellX[c] / count, py = cellY[c] / count, sx = 0, sy = 0;
      var own = Math.floor((c % gw) / bs) + bw * Math.floor(Math.floor(c / gw) / bs);
      for (k = 0; k < nb; k++) {
        b = full[k];
        if (b === own) continue;
        var qx = px - bx[b], qy = py - by[b], qf = bm[b] / (qx * qx + qy * qy + 1);
        sx += qx * qf; sy += qy * qf;
      }
      farX[c] = K * K * sx; farY[c] = K * K * sy;
    }
    for (c = 0; c < cells; c++) cellStart[c + 1] += cellStart[c];
    var fill = cellStart.slice(0, cells);
    for (i = 0; i < N; i++) cellItems[fill[cellOf[i]]++] = i;
    // near field: exact, between nodes closer than CUT in neighbouring cells
    for (i = 0; i < N; i++) {
      var ci = cellOf[i], cx = ci % gw, cy = (ci - cx) / gw;
      fx[i] += farX[ci]; fy[i] += farY[ci];
      for (var oy = -1; oy <= 1; oy++) {
        var ny = cy + oy;
        if (ny < 0 || ny >= gh) continue;
        for (var ox = -1; ox <= 1; ox++) {
          var nx = cx + ox;
          if (nx < 0 || nx >= gw) continue;
          var nc = nx + ny * gw;
          if (nc < ci) continue; // each pair of cells once
          for (k = cellStart[nc]; k < cellStart[nc + 1]; k++) {
            j = cellItems[k];
            if (nc === ci && j <= i) continue;
            var ddx = x[i] - x[j], ddy = y[i] - y[j], d2 = ddx * ddx + ddy * ddy;
            if (d2 >= CUT2) continue;
            if (d2 < 0.01) { ddx = rand() - 0.5; ddy = rand() - 0.5; d2 = ddx * ddx + ddy * ddy + 0.01; }
            var f = K * K / d2;
            fx[i] += ddx * f; fy[i] += ddy * f;
            fx[j] -= ddx * f; fy[j] -= ddy * f;
          }
        }
      }
    }
    // attraction d^2/K along edges
    for (k = 0; k < M; k++) {
      var s = es[k], t = et[k];
      if (s === t) continue;
      var ex = x[t] - x[s], ey = y[t] - y[s], a = Math.sqrt(ex * ex + ey * ey) / K;
      fx[s] += ex * a; fy[s] += ey * a;
      fx[t] -= ex * a; fy[t] -= ey * a;
    }
    // gravity towards the origin, then move at most `temp`
    for (i = 0; i < N; i++) {
      fx[i] -= GRAVITY * x[i];
      fy[i] -= GRAVITY * y[i];
      var len = Math.sqrt(fx[i] * fx[i] + fy[i] * fy[i]);
      if (len > temp) { fx[i] *= temp / len; fy[i] *= temp / len; }
      x[i] += fx[i]; y[i] += fy[i];
    }
    iter++;
  }

  // ---- view
  var dpr = window.devicePixelRatio || 1, cw = 0, ch = 0;
  var scale = 1, tx = 0, ty = 0;
  var hidden = {}, selNode = -1, selEdge = -1, laidOut = false;
  function resize() {
    cw = canvas.clientWidth || 800; ch = canvas.clientHeight || 600;
    canvas.width = Math.round(cw * dpr); canvas.height = Math.round(ch * dpr);
  }
  function fit() {
    var minx = Infinity, miny = Infinity, maxx = -Infinity, maxy = -Infinity;
    for (i = 0; i < N; i++) {
      if (hidden[nodes[i].class]) continue;
      minx = Math.min(minx, x[i] - radius[i]); maxx = Math.max(maxx, x[i] + radius[i]);
      miny = Math.min(miny, y[i] - radius[i]); maxy = Math.max(maxy, y[i] + radius[i]);
    }
    if (minx === Infinity) { scale = 1; tx = cw / 2; ty = ch / 2; return; }
    scale = Math.min(cw / (maxx - minx + 40), ch / (maxy - miny + 40), 3);
    tx = cw / 2 - scale * (minx + maxx) / 2;
    ty = ch / 2 - scale * (miny + maxy) / 2;
  }
  function visibleNode(n) { return !hidden[nodes[n].class]; }
  function visibleEdge(e) { return visibleNode(es[e]) && visibleNode(et[e]); }
  function arrow(e, width) {
    var s = es[e], t = et[e], ex = x[t] - x[s], ey = y[t] - y[s], d = Math.sqrt(ex * ex + ey * ey);
    if (d < 1e-6) return;
    var ux = ex / d, uy = ey / d, hx = x[t] - ux * radius[t], hy = y[t] - uy * radius[t], L = 4 + 3 * width;
    ctx.moveTo(hx, hy);
    ctx.lineTo(hx - ux * L - uy * L * 0.5, hy - uy * L + ux * L * 0.5);
    ctx.lineTo(hx - ux * L + uy * L * 0.5, hy - uy * L - ux * L * 0.5);
    ctx.closePath();
  }
  function focusEdges() {
    if (selNode >= 0) return outE[selNode].concat(inE[selNode]);
    if (selEdge >= 0) return [selEdge];
    return [];
  }
  // Draws everything; returns the number of nodes drawn.
  function draw(light) {
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.setTransform(dpr * scale, 0, 0, dpr * scale, dpr * tx, dpr * ty);
    var x0 = -tx / scale - 30, y0 = -ty / scale - 30, x1 = (cw - tx) / scale + 30, y1 = (ch - ty) / scale + 30;
    function onScreen(n) { return x[n] >= x0 && x[n] <= x1 && y[n] >= y0 && y[n] <= y1; }
    var k, n, e;
    ctx.lineWidth = 1 / scale;
    ctx.strokeStyle = selNode >= 0 || selEdge >= 0 ? "rgba(150,150,150,0.18)" : "rgba(120,120,120,0.35)";
    ctx.beginPath();
    for (e = 0; e < M && !light; e++) {
      if (!visibleEdge(e) || (!onScreen(es[e]) && !onScreen(et[e]))) continue;
      ctx.moveTo(x[es[e]], y[es[e]]); ctx.lineTo(x[et[e]], y[et[e]]);
    }
    ctx.stroke();
    if (!light && (scale >= 1.2 || M < 1500)) {
      ctx.fillStyle = "rgba(120,120,120,0.5)";
      ctx.beginPath();
      for (e = 0; e < M; e++) if (visibleEdge(e) && onScreen(et[e])) arrow(e, 1 / scale);
      ctx.fill();
    }
    var focus = focusEdges().filter(visibleEdge);
    if (focus.length) {
      ctx.strokeStyle = "#c0392b"; ctx.fillStyle = "#c0392b"; ctx.lineWidth = 2 / scale;
      ctx.beginPath();
      focus.forEach(function (e) { ctx.moveTo(x[es[e]], y[es[e]]); ctx.lineTo(x[et[e]], y[et[e]]); });
      ctx.stroke();
      ctx.beginPath();
      focus.forEach(function (e) { arrow(e, 2 / scale); });
      ctx.fill();
    }
    var drawn = 0;
    ctx.strokeStyle = "rgba(0,0,0,0.45)"; ctx.lineWidth = 0.7 / scale;
    data.legend.forEach(function (l) {
      if (hidden[l[0]]) return;
      ctx.fillStyle = l[1];
      ctx.beginPath();
      for (n = 0; n < N; n++) {
        if (nodes[n].class !== l[0] || !onScreen(n)) continue;
        ctx.moveTo(x[n] + radius[n], y[n]);
        ctx.arc(x[n], y[n], radius[n], 0, 2 * Math.PI);
        drawn++;
      }
      ctx.fill();
      ctx.stroke();
    });
    // rings around the selection
    var ring = [];
    if (selNode >= 0) ring.push(selNode);
    if (selEdge >= 0) ring.push(es[selEdge], et[selEdge]);
    ctx.strokeStyle = "#c0392b"; ctx.lineWidth = 3 / scale;
    ring.forEach(function (n) {
      ctx.beginPath(); ctx.arc(x[n], y[n], radius[n] + 3 / scale, 0, 2 * Math.PI); ctx.stroke();
    });
    // labels, in screen space: the selection and its neighbours, then the biggest nodes when zoomed in
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.font = "12px system-ui, sans-serif";
    ctx.textBaseline = "middle";
    ctx.lineWidth = 3; ctx.strokeStyle = "rgba(255,255,255,0.85)"; ctx.fillStyle = "#222";
    var want = ring.slice(), budget = 250;
    focus.forEach(function (e) { want.push(es[e], et[e]); });
    for (k = 0; k < N && budget > 0; k++) {
      n = byDegree[k];
      if (radius[n] * scale >= 7 || scale >= 2.5) { want.push(n); budget--; }
    }
    var done = {};
    want.forEach(function (n) {
      if (done[n] || !visibleNode(n) || !onScreen(n)) return;
      done[n] = true;
      var sx = x[n] * scale + tx + radius[n] * scale + 3, sy = y[n] * scale + ty;
      var text = String(nodes[n].label);
      if (text.length > 40) text = text.slice(0, 39) + "…";
      ctx.strokeText(text, sx, sy); ctx.fillText(text, sx, sy);
    });
    return drawn;
  }
  var pending = false;
  function redraw() {
    if (pending) return;
    pending = true;
    (window.requestAnimationFrame || setTimeout)(function () { pending = false; draw(); });
  }

  // ---- DOM helpers (text only)
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function swatch(cls) {
    var s = el("span", "swatch");
    s.style.background = colour[cls] || "#c7c7c7";
    return s;
  }
  function nodeLink(n) {
    var b = el("button", "link", nodes[n].label);
    b.title = nodes[n].iri;
    b.addEventListener("click", function () { selectNode(n, true); });
    return b;
  }
  function edgeLink(e, text) {
    var b = el("button", "link", text);
    b.addEventListener("click", function () { selectEdge(e, true); });
    return b;
  }

  // ---- panel
  function openPanel() {
    while (panel.firstChild) panel.removeChild(panel.firstChild);
    panel.hidden = false;
    var close = el("button", "close", "×");
    close.title = "Close (Esc)";
    close.addEventListener("click", clearSelection);
    panel.appendChild(close);
  }
  function clearSelection() {
    selNode = -1; selEdge = -1; panel.hidden = true; redraw();
  }
  function visibleWidth() { return panel.hidden ? cw : Math.max(cw - panel.offsetWidth, cw / 3); }
  function centre(n) {
    if (scale < 1.2) scale = 1.2;
    tx = visibleWidth() / 2 - x[n] * scale; ty = ch / 2 - y[n] * scale;
  }
  function selectNode(n, move) {
    selNode = n; selEdge = -1;
    var d = nodes[n];
    openPanel();
    var h = el("h2"); h.appendChild(swatch(d.class)); h.appendChild(el("span", "", d.label));
    panel.appendChild(h);
    panel.appendChild(el("p", "meta", d.class + " · degree " + d.degree + " · PageRank " +
      Number(d.pagerank).toFixed(5) + " · community " + d.community));
    panel.appendChild(el("p", "iri", d.iri));
    if (d.attributes) {
      var dl = el("dl");
      Object.keys(d.attributes).forEach(function (k) {
        dl.appendChild(el("dt", "", k)); dl.appendChild(el("dd", "", d.attributes[k]));
      });
      panel.appendChild(dl);
    }
    function list(title, ids, outgoing) {
      panel.appendChild(el("h3", "", title + " (" + ids.length + ")"));
      var ul = el("ul");
      ids.forEach(function (e) {
        var li = el("li");
        if (outgoing) {
          li.appendChild(edgeLink(e, edges[e].label)); li.appendChild(el("span", "", " → "));
          li.appendChild(nodeLink(et[e]));
        } else {
          li.appendChild(nodeLink(es[e])); li.appendChild(el("span", "", " → "));
          li.appendChild(edgeLink(e, edges[e].label));
        }
        ul.appendChild(li);
      });
      panel.appendChild(ul);
    }
    list("Facts out", outE[n], true);
    list("Facts in", inE[n], false);
    if (move) centre(n);
    redraw();
  }
  function selectEdge(e, move) {
    selEdge = e; selNode = -1;
    var d = edges[e];
    openPanel();
    var h = el("h2");
    h.appendChild(nodeLink(es[e])); h.appendChild(el("span", "rel", d.label)); h.appendChild(nodeLink(et[e]));
    panel.appendChild(h);
    panel.appendChild(el("p", "iri", d.predicate));
    if (d.start || d.end) {
      var when = d.start && d.end && d.start !== d.end ? d.start + " – " + d.end : d.start || d.end;
      panel.appendChild(el("p", "meta", "Dates: " + when));
    }
    panel.appendChild(el("h3", "", "Evidence (" + d.evidence + ")"));
    panel.appendChild(el("blockquote", "", d.sentence || "(no sentence)"));
    panel.appendChild(el("h3", "", "Documents (" + d.documents.length + ")"));
    var ul = el("ul");
    d.documents.forEach(function (doc) { ul.appendChild(el("li", "", doc)); });
    panel.appendChild(ul);
    if (move) {
      if (scale < 1.2) scale = 1.2;
      tx = visibleWidth() / 2 - scale * (x[es[e]] + x[et[e]]) / 2; ty = ch / 2 - scale * (y[es[e]] + y[et[e]]) / 2;
    }
    redraw();
  }

  // ---- search
  function find(q) {
    q = q.trim().toLowerCase();
    if (!q) return [];
    var exact = [], starts = [], contains = [];
    for (var n = 0; n < N; n++) {
      if (!visibleNode(n)) continue;
      var l = lower[n];
      if (l === q) exact.push(n);
      else if (l.lastIndexOf(q, 0) === 0) starts.push(n);
      else if (l.indexOf(q) >= 0) contains.push(n);
    }
    return exact.concat(starts, contains);
  }
  function showMatches() {
    while (matchesEl.firstChild) matchesEl.removeChild(matchesEl.firstChild);
    var found = find(search.value);
    found.slice(0, 15).forEach(function (n) {
      var b = nodeLink(n);
      b.appendChild(el("span", "cls", nodes[n].class));
      b.addEventListener("click", function () { while (matchesEl.firstChild) matchesEl.removeChild(matchesEl.firstChild); });
      matchesEl.appendChild(b);
    });
    if (found.length > 15) matchesEl.appendChild(el("div", "cls", "… " + (found.length - 15) + " more"));
    return found;
  }
  search.addEventListener("input", showMatches);
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      var found = find(search.value);
      if (found.length) selectNode(found[0], true);
      while (matchesEl.firstChild) matchesEl.removeChild(matchesEl.firstChild);
    } else if (ev.key === "Escape") {
      search.value = ""; showMatches();
    }
  });
  function fromHash() {
    var h = location.hash, m = /^#e=(\d+)$/.exec(h);
    if (m && +m[1] < M) { selectEdge(+m[1], true); return; }
    if (h.lastIndexOf("#q=", 0) !== 0) return;
    var q;
    try { q = decodeURIComponent(h.slice(3)); } catch (err) { return; }
    search.value = q;
    var found = find(q);
    if (found.length) selectNode(found[0], true);
  }
  window.addEventListener("hashchange", fromHash);

  // ---- legend
  var perClass = {};
  for (i = 0; i < N; i++) perClass[nodes[i].class] = (perClass[nodes[i].class] || 0) + 1;
  data.legend.forEach(function (l) {
    var lab = el("label"), box = el("input");
    box.type = "checkbox"; box.checked = true;
    box.addEventListener("change", function () {
      if (box.checked) delete hidden[l[0]]; else hidden[l[0]] = true;
      redraw();
    });
    lab.appendChild(box); lab.appendChild(swatch(l[0])); lab.appendChild(el("span", "", l[0]));
    lab.appendChild(el("span", "n", perClass[l[0]] || 0));
    legendEl.appendChild(lab);
  });

  // ---- mouse: drag to pan, wheel to zoom, click to pick
  var drag = null;
  canvas.addEventListener("pointerdown", function (ev) {
    drag = { x: ev.clientX, y: ev.clientY, moved: 0 };
    canvas.setPointerCapture(ev.pointerId);
    canvas.classList.add("dragging");
  });
  canvas.addEventListener("pointermove", function (ev) {
    if (!drag) return;
    var ddx = ev.clientX - drag.x, ddy = ev.clientY - drag.y;
    drag.moved += Math.abs(ddx) + Math.abs(ddy);
    drag.x = ev.clientX; drag.y = ev.clientY;
    tx += ddx; ty += ddy;
    redraw();
  });
  canvas.addEventListener("pointerup", function (ev) {
    canvas.classList.remove("dragging");
    if (drag && drag.moved < 4) {
      var r = canvas.getBoundingClientRect();
      pick(ev.clientX - r.left, ev.clientY - r.top);
    }
    drag = null;
  });
  canvas.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var r = canvas.getBoundingClientRect(), mx = ev.clientX - r.left, my = ev.clientY - r.top;
    var f = Math.exp(-ev.deltaY * (ev.deltaMode === 1 ? 0.05 : 0.0015));
    var s = Math.min(Math.max(scale * f, 0.01), 40);
    tx = mx - (mx - tx) * s / scale; ty = my - (my - ty) * s / scale; scale = s;
    redraw();
  }, { passive: false });
  function pick(mx, my) {
    var wx = (mx - tx) / scale, wy = (my - ty) / scale, best = -1, bestD = Infinity, n, e;
    for (n = 0; n < N; n++) {
      if (!visibleNode(n)) continue;
      var ddx = x[n] - wx, ddy = y[n] - wy, d = Math.sqrt(ddx * ddx + ddy * ddy);
      if (d <= Math.max(radius[n], 4 / scale) && d < bestD) { best = n; bestD = d; }
    }
    if (best >= 0) { selectNode(best, false); return; }
    var tol = 4 / scale;
    for (e = 0; e < M; e++) {
      if (!visibleEdge(e)) continue;
      var ax = x[es[e]], ay = y[es[e]], bx = x[et[e]], by = y[et[e]];
      var vx = bx - ax, vy = by - ay, l2 = vx * vx + vy * vy;
      var t = l2 > 0 ? Math.max(0, Math.min(1, ((wx - ax) * vx + (wy - ay) * vy) / l2)) : 0;
      var px = ax + t * vx - wx, py = ay + t * vy - wy, dd = Math.sqrt(px * px + py * py);
      if (dd <= tol && dd < bestD) { best = e; bestD = dd; }
    }
    if (best >= 0) selectEdge(best, false); else clearSelection();
  }
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape" && document.activeElement !== search) clearSelection();
  });
  window.addEventListener("resize", function () { resize(); if (laidOut) redraw(); else { fit(); redraw(); } });

  // ---- run the layout in slices so the page stays responsive, then stop
  resize();
  var perSlice = Math.max(1, Math.ceil(400000 / (N + M + 1)));
  function slice() {
    var start = performance.now(), done = 0;
    while (iter < ITER && done < perSlice && (done === 0 || performance.now() - start < 40)) { step(); done++; }
    if (iter < ITER) {
      statusEl.textContent = "laying out… " + Math.round(100 * iter / ITER) + "%";
      fit(); draw(N + M > 5000);
      setTimeout(slice, 0);
      return;
    }
    laidOut = true;
    fit();
    var drawn = draw();
    var ms = Math.round(performance.now() - t0);
    statusEl.textContent = "layout done in " + ms + " ms";
    document.title = "drawn " + drawn + " nodes " + M + " edges in " + ms + " ms";
    if (window.console) console.info("vnkg: " + document.title);
    document.body.setAttribute("data-drawn", String(drawn));
    fromHash();
  }
  if (N === 0) {
    laidOut = true;
    draw();
    statusEl.textContent = "empty graph";
    document.title = "drawn 0 nodes 0 edges in 0 ms";
  } else {
    setTimeout(slice, 0);
  }
})();
