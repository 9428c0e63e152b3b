/* Sinergi network page: draws the network, turns the escaped tooltip HTML into
 * elements, and runs the kind / topic / year filter panel. The filter rule is the
 * one in sinergi/views/filters.py; keep the two in step. */
(function () {
  "use strict";
  var data = window.SINERGI_DATA;
  var timings = { start: performance.now() };  // read by the benchmark and browser test
  var ENTITIES = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": "\"", "&#x27;": "'" };

  // Plain text for the canvas: the data arrives HTML-escaped, canvas text is never parsed.
  function unescapeText(s) {
    return String(s == null ? "" : s).replace(/&(amp|lt|gt|quot|#x27);/g, function (m) {
      return ENTITIES[m];
    });
  }

  var facets = {};  // node id -> decoded facets the filters read
  var tips = {};    // node/edge id -> tooltip HTML for the detail panel
  data.nodes.forEach(function (n) {
    facets[n.id] = {
      kind: unescapeText(n.kind),
      topics: (n.topics || []).map(unescapeText),
      year: n.year,
      label: unescapeText(n.nlabel)
    };
    // Tooltips are ours (below): vis would show the escaped HTML as plain text.
    tips["n:" + n.id] = n.title;
    delete n.title;
    n.label = unescapeText(n.label);
  });
  data.edges.forEach(function (e) {
    tips["e:" + e.id] = e.title;
    delete e.title;
    if (e.label) { e.label = unescapeText(e.label); }
  });

  timings.prepared = performance.now();
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var container = document.getElementById("mynetwork");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  timings.network = performance.now();
  var api = { network: network, nodes: nodes, edges: edges, ready: false, readyAt: null,
              timings: timings };
  window.sinergi = api;

  function markReady() {
    if (!api.ready) {
      api.ready = true;
      api.readyAt = timings.ready = performance.now();
    }
  }
  network.once("afterDrawing", function () { if (data.static) { markReady(); } });
  network.once("stabilizationIterationsDone", markReady);
  network.once("stabilized", markReady);

  // --- filters (same rule as filters.py) ---------------------------------------------
  var EVENTS = { Agreement: true, Meeting: true };

  function tests(f, fc) {
    var results = [];
    if (f.kind && fc.label === "Institution") { results.push(fc.kind === f.kind); }
    if (EVENTS[fc.label]) {
      if (f.topic) { results.push(fc.topics.indexOf(f.topic) >= 0); }
      if (f.year) { results.push(fc.year === f.year); }
    }
    return results;
  }

  function visible(f) {
    var active = Boolean(f.kind || f.topic || f.year);
    var shownNodes = {}, shownEdges = {};
    var failed = {}, matched = {};
    data.nodes.forEach(function (n) {
      var r = tests(f, facets[n.id]);
      if (r.length && r.indexOf(false) >= 0) { failed[n.id] = true; }
      else if (r.length) { matched[n.id] = true; shownNodes[n.id] = true; }
      if (!active) { shownNodes[n.id] = true; }
    });
    var passing = data.edges.filter(function (e) {
      var yearOk = !f.year || e.year == null || e.year === f.year;
      return active ? (!failed[e.from] && !failed[e.to] && yearOk) : true;
    });
    if (active) {
      passing.forEach(function (e) {
        if (matched[e.from]) { shownNodes[e.to] = true; }
        if (matched[e.to]) { shownNodes[e.from] = true; }
      });
    }
    passing.forEach(function (e) {
      if (shownNodes[e.from] && shownNodes[e.to]) { shownEdges[e.id] = true; }
    });
    return { nodes: shownNodes, edges: shownEdges };
  }

  function applyFilters(f) {
    f = { kind: f.kind || "", topic: f.topic || "", year: f.year ? Number(f.year) : null };
    var v = visible(f);
    nodes.update(data.nodes.map(function (n) { return { id: n.id, hidden: !v.nodes[n.id] }; }));
    edges.update(data.edges.map(function (e) { return { id: e.id, hidden: !v.edges[e.id] }; }));
    var shown = Object.keys(v.nodes).length;
    var count = document.getElementById("sinergi-count");
    var words = data.words;
    var total = data.totalNodes > data.nodes.length
      ? words.inView.replace("{n}", data.totalNodes.toLocaleString("en")) : "";
    count.textContent = words.showing.replace("{shown}", shown)
      .replace("{total}", data.nodes.length) + total + ".";
    return { nodes: Object.keys(v.nodes), edges: Object.keys(v.edges) };
  }
  api.applyFilters = applyFilters;

  function readPanel() {
    var f = {};
    ["kind", "topic", "year"].forEach(function (facet) {
      f[facet] = document.getElementById("f-" + facet).value;
    });
    return f;
  }
  ["kind", "topic", "year"].forEach(function (facet) {
    document.getElementById("f-" + facet).addEventListener("change", function () {
      applyFilters(readPanel());
    });
  });
  document.getElementById("f-reset").addEventListener("click", function () {
    ["kind", "topic", "year"].forEach(function (facet) {
      document.getElementById("f-" + facet).value = "";
    });
    applyFilters({});
  });
  applyFilters(readPanel());

  // --- tooltips: HTML built in Python from escaped text and our own tags only ---------
  var tip = document.createElement("div");
  tip.id = "sinergi-tip";
  tip.className = "sinergi-tip";
  container.appendChild(tip);

  function showTip(key, pointer) {
    if (tips[key] === undefined) { return; }
    tip.innerHTML = tips[key];
    tip.style.display = "block";
    var x = pointer.DOM.x + 14, y = pointer.DOM.y + 14;
    if (x + tip.offsetWidth > container.clientWidth) { x = Math.max(0, x - tip.offsetWidth - 28); }
    if (y + tip.offsetHeight > container.clientHeight) {
      y = Math.max(0, y - tip.offsetHeight - 28);
    }
    tip.style.left = x + "px";
    tip.style.top = y + "px";
  }
  function hideTip() { tip.style.display = "none"; }
  network.on("hoverNode", function (p) { showTip("n:" + p.node, p.pointer); });
  network.on("hoverEdge", function (p) { showTip("e:" + p.edge, p.pointer); });
  ["blurNode", "blurEdge", "dragStart", "zoom"].forEach(function (ev) { network.on(ev, hideTip); });

  // --- details of the clicked node or link (its source link is clickable here) ------
  network.on("click", function (params) {
    var key = params.nodes.length ? "n:" + params.nodes[0]
      : params.edges.length ? "e:" + params.edges[0] : null;
    showDetail(key, params.nodes.length ? params.nodes[0] : null);
  });

  function showDetail(key, nodeId) {
    var body = document.getElementById("sinergi-detail-body");
    if (!key || tips[key] === undefined) { return; }
    body.className = "";
    body.innerHTML = tips[key];
    // Served by the app: the evidence page of the node (built with DOM calls, not HTML).
    if (nodeId !== null && data.words.evidenceBase && facets[nodeId].label !== "Region") {
      var a = document.createElement("a");
      a.id = "sinergi-evidence";
      a.href = data.words.evidenceBase + encodeURIComponent(unescapeText(nodeId));
      a.textContent = data.words.evidence;
      body.appendChild(document.createElement("br"));
      body.appendChild(a);
    }
  }

  // --- search: find a node by (part of) its name, select it and bring it into view ---
  var names = document.getElementById("sinergi-names");
  var byName = {};
  data.nodes.forEach(function (n) {
    var name = n.label;
    if (byName[name] === undefined) {
      byName[name] = n.id;
      var option = document.createElement("option");
      option.value = name;
      names.appendChild(option);
    }
  });
  function find(query) {
    var q = query.trim().toLowerCase();
    if (!q) { return null; }
    if (byName[query] !== undefined) { return byName[query]; }
    var hit = null;
    data.nodes.some(function (n) {
      if (!nodes.get(n.id).hidden && n.label.toLowerCase().indexOf(q) >= 0) {
        hit = n.id;
        return true;
      }
      return false;
    });
    return hit;
  }
  function search(query) {
    var id = find(query);
    var note = document.getElementById("sinergi-search-note");
    note.textContent = id === null && query.trim() ? data.words.notFound.replace("{q}", query) : "";
    if (id === null) { return null; }
    network.selectNodes([id]);
    network.focus(id, { scale: 1.2, animation: false });
    showDetail("n:" + id, id);
    return id;
  }
  api.search = search;
  var box = document.getElementById("sinergi-search");
  box.addEventListener("change", function () { search(box.value); });
  box.addEventListener("keydown", function (e) { if (e.key === "Enter") { search(box.value); } });
}());
