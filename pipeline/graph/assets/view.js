// graph.html's own code: draws the actor graph with sigma.js, lays it out with ForceAtlas2, and shows
// each edge's claims. Every text from the documents reaches the page through textContent or the canvas,
// never as markup. The data comes from the JSON script element "graph-data".
(function () {
  "use strict";

  const data = JSON.parse(document.getElementById("graph-data").textContent);
  const $ = (id) => document.getElementById(id);
  const NF = data.node_fields, EF = data.edge_fields, CF = data.claim_fields;
  const column = (fields) => Object.fromEntries(fields.map((name, i) => [name, i]));
  const N = column(NF), E = column(EF), C = column(CF);
  const nodes = data.nodes, edges = data.edges, claims = data.claims;

  // Elements built from data: text only.
  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }
  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  // A small seeded generator (mulberry32): the same file always starts its layout from the same places.
  function generator(seed) {
    let state = seed >>> 0;
    return function () {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  const graph = new graphology.MultiDirectedGraph();
  nodes.forEach((node, index) => {
    graph.addNode(String(index), {
      label: node[N.label],
      x: 0,
      y: 0,
      size: node[N.size] * data.node_scale,
      color: node[N.colour],
    });
  });
  // An actor's edges, self-loops among them. A self-loop (an actor said to act on itself) is listed with
  // the actor's edges but not drawn: sigma draws none, and in ForceAtlas2 it only weighs its node down.
  const edgesOf = nodes.map(() => []);
  edges.forEach((edge, index) => {
    edgesOf[edge[E.source]].push(index);
    if (edge[E.target] !== edge[E.source]) edgesOf[edge[E.target]].push(index);
    if (edge[E.target] === edge[E.source]) return;
    graph.addEdgeWithKey(String(index), String(edge[E.source]), String(edge[E.target]), {
      size: edge[E.thickness] * data.edge_scale,
      color: edge[E.colour],
    });
  });

  placeParts();

  // Filters: what is ticked. An edge shows when its two actors' types, its event and one of its claims'
  // (modality, section) are ticked; an actor shows when its type is ticked and it has an edge showing,
  // or "actors without claims shown" is ticked.
  const ticked = { type: new Set(data.types), event: new Set(data.events), section: new Set(data.sections), modality: new Set(data.modalities) };
  let showLoose = false;
  const edgeShown = new Array(edges.length).fill(true);
  const nodeShown = new Array(nodes.length).fill(true);

  function claimShown(claimIndex) {
    const claim = claims[claimIndex];
    return ticked.modality.has(claim[C.modality]) && ticked.section.has(claim[C.section]);
  }

  function applyFilters() {
    const degree = new Array(nodes.length).fill(0);
    edges.forEach((edge, index) => {
      const shown =
        ticked.event.has(edge[E.event]) &&
        ticked.type.has(nodes[edge[E.source]][N.type]) &&
        ticked.type.has(nodes[edge[E.target]][N.type]) &&
        edge[E.kinds].some((kind) => ticked.modality.has(kind[0]) && ticked.section.has(kind[1]));
      edgeShown[index] = shown;
      if (shown) {
        degree[edge[E.source]] += 1;
        degree[edge[E.target]] += 1;
      }
    });
    let shownNodes = 0, shownEdges = 0;
    nodes.forEach((node, index) => {
      nodeShown[index] = ticked.type.has(node[N.type]) && (showLoose || degree[index] > 0);
      shownNodes += nodeShown[index];
    });
    edgeShown.forEach((shown) => (shownEdges += shown));
    $("shown").textContent = `${shownNodes} of ${nodes.length} actors, ${shownEdges} of ${edges.length} edges shown`;
    fitShown();
  }

  // The camera frames the actors shown, not the hidden ones (loose actors lie outermost).
  function fitShown() {
    if (!renderer) return;
    let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
    graph.forEachNode((node, attributes) => {
      if (!nodeShown[Number(node)]) return;
      minX = Math.min(minX, attributes.x);
      maxX = Math.max(maxX, attributes.x);
      minY = Math.min(minY, attributes.y);
      maxY = Math.max(maxY, attributes.y);
    });
    renderer.setCustomBBox(minX <= maxX ? { x: [minX, maxX], y: [minY, maxY] } : null);
    renderer.refresh();
  }

  // Hover and selection: the hovered or selected actor and its neighbours stand out, the rest fade.
  let hovered = null, selectedNode = null, selectedEdge = null;
  function focusSet() {
    const centre = hovered !== null ? hovered : selectedNode;
    if (centre === null) return null;
    const near = new Set([centre]);
    graph.forEachNeighbor(centre, (neighbour) => near.add(neighbour));
    return near;
  }
  let focus = null;

  function nodeReducer(node, attributes) {
    const index = Number(node);
    if (!nodeShown[index]) return { ...attributes, hidden: true };
    const result = { ...attributes };
    if (focus && !focus.has(node)) {
      result.color = "#e4e4e4";
      result.label = "";
      result.zIndex = 0;
    } else if (focus) {
      result.zIndex = 1;
      result.forceLabel = true;
    }
    if (node === selectedNode) result.highlighted = true;
    return result;
  }

  function edgeReducer(edge, attributes) {
    const index = Number(edge);
    if (!edgeShown[index]) return { ...attributes, hidden: true };
    const ends = edges[index];
    if (!nodeShown[ends[E.source]] || !nodeShown[ends[E.target]]) return { ...attributes, hidden: true };
    const result = { ...attributes };
    if (focus) {
      const source = String(ends[E.source]), target = String(ends[E.target]);
      const centre = hovered !== null ? hovered : selectedNode;
      if (source !== centre && target !== centre) result.hidden = true;
    }
    if (edge === selectedEdge) {
      result.size = attributes.size * 2 + 1;
      result.zIndex = 2;
    }
    return result;
  }

  const container = $("graph");
  let renderer = null;
  try {
    renderer = new Sigma(graph, container, {
      defaultEdgeType: "arrow",
      enableEdgeEvents: true,
      hideEdgesOnMove: edges.length > 20000,
      labelFont: getComputedStyle(document.body).fontFamily,
      labelSize: 13,
      labelWeight: "500",
      labelDensity: 0.6,
      labelGridCellSize: 90,
      labelRenderedSizeThreshold: nodes.length > 300 ? 6 : 0,
      zIndex: true,
      minCameraRatio: 0.01,
      maxCameraRatio: 20,
      nodeReducer,
      edgeReducer,
    });
  } catch (error) {
    container.appendChild(el("p", "This browser cannot draw the graph (WebGL is off): " + error.message, "error"));
  }

  // Tooltip on hover.
  const tooltip = $("tooltip");
  function showTooltip(lines, event) {
    clear(tooltip);
    lines.forEach((line, i) => tooltip.appendChild(el(i ? "div" : "strong", line)));
    tooltip.style.left = event.x + 14 + "px";
    tooltip.style.top = event.y + 14 + "px";
    tooltip.hidden = false;
  }
  function hideTooltip() {
    tooltip.hidden = true;
  }

  function nodeLine(index) {
    const node = nodes[index];
    return `${node[N.label]} (${node[N.type]}${node[N.country] ? ", " + node[N.country] : ""})`;
  }
  function edgeTitle(index) {
    const edge = edges[index];
    return `${nodes[edge[E.source]][N.label]} → ${edge[E.event]}${edge[E.negated] ? " (negated)" : ""} → ${nodes[edge[E.target]][N.label]}`;
  }
  function edgeFigures(edge) {
    return `${edge[E.weight]} claim${edge[E.weight] === 1 ? "" : "s"}, ${edge[E.documents]} document${edge[E.documents] === 1 ? "" : "s"}, ${edge[E.sources]} source${edge[E.sources] === 1 ? "" : "s"}`;
  }

  if (renderer) {
    renderer.on("enterNode", ({ node, event }) => {
      hovered = node;
      focus = focusSet();
      const value = nodes[Number(node)];
      showTooltip([nodeLine(Number(node)), `${value[N.mentions]} mentions, ${value[N.claims]} claims between actors`], event);
      renderer.refresh({ skipIndexation: true });
    });
    renderer.on("leaveNode", () => {
      hovered = null;
      focus = focusSet();
      hideTooltip();
      renderer.refresh({ skipIndexation: true });
    });
    renderer.on("enterEdge", ({ edge, event }) => {
      const value = edges[Number(edge)];
      showTooltip([edgeTitle(Number(edge)), value[E.predicates].split("|").join(", "), edgeFigures(value)], event);
    });
    renderer.on("leaveEdge", hideTooltip);
    renderer.on("clickNode", ({ node }) => selectNode(Number(node)));
    renderer.on("clickEdge", ({ edge }) => selectEdge(Number(edge)));
    renderer.on("clickStage", () => showOverview());
  }

  function setLink(hash) {
    try {
      history.replaceState(null, "", location.pathname + location.search + hash);
    } catch (error) {
      // Some browsers refuse history changes on file: pages; the link is a convenience.
    }
  }

  // The details panel.
  const details = $("details");

  function edgeButton(index) {
    const edge = edges[index];
    const button = el("button", null, "edge-link");
    button.type = "button";
    const swatch = el("span", "", "swatch");
    swatch.style.background = edge[E.colour];
    button.appendChild(swatch);
    button.appendChild(document.createTextNode(`${edgeTitle(index)} ×${edge[E.weight]}`));
    if (edge[E.contradicted]) button.appendChild(el("span", "contradicted", "flag"));
    button.addEventListener("click", () => selectEdge(index));
    return button;
  }

  function nodeButton(index) {
    const button = el("button", nodeLine(index), "node-link");
    button.type = "button";
    button.addEventListener("click", () => selectNode(index, true));
    return button;
  }

  // An edge with the first sentence that states it, for the overview.
  function edgeWithExample(index) {
    const holder = el("div");
    holder.appendChild(edgeButton(index));
    const first = edges[index][E.claims].find(claimShown);
    if (first !== undefined) holder.appendChild(el("div", claims[first][C.sentence], "example"));
    return holder;
  }

  function list(title, items, render, empty) {
    details.appendChild(el("h3", title));
    if (!items.length) {
      details.appendChild(el("p", empty, "muted"));
      return;
    }
    const ul = el("ul", null, "links");
    items.forEach((item) => {
      const li = el("li");
      li.appendChild(render(item));
      ul.appendChild(li);
    });
    details.appendChild(ul);
  }

  function showOverview() {
    if (location.hash) setLink("");
    selectedNode = selectedEdge = null;
    focus = focusSet();
    clear(details);
    details.appendChild(el("h2", "Overview"));
    const order = edges.map((_, i) => i).filter((i) => edgeShown[i]);
    order.sort((a, b) => edges[b][E.sources] - edges[a][E.sources] || edges[b][E.documents] - edges[a][E.documents] || edges[b][E.weight] - edges[a][E.weight] || a - b);
    list("Best-supported edges (most sources, documents, claims)", order.slice(0, 10), edgeWithExample, "No edge is shown.");
    list("Contradictions", order.filter((i) => edges[i][E.contradicted]).slice(0, 10), edgeWithExample, "None among the edges shown.");
    const actors = nodes.map((_, i) => i).filter((i) => nodeShown[i]);
    actors.sort((a, b) => nodes[b][N.mentions] - nodes[a][N.mentions] || a - b);
    list("Most-mentioned actors", actors.slice(0, 12), nodeButton, "No actor is shown.");
    if (renderer) renderer.refresh({ skipIndexation: true });
  }

  function field(dl, name, value) {
    if (value === "" || value === null || value === undefined) return;
    dl.appendChild(el("dt", name));
    dl.appendChild(el("dd", value));
  }

  function selectNode(index, moveCamera) {
    setLink("#actor=" + encodeURIComponent(nodes[index][N.id]));
    selectedNode = String(index);
    selectedEdge = null;
    focus = focusSet();
    const node = nodes[index];
    clear(details);
    details.appendChild(el("h2", node[N.label]));
    const dl = el("dl");
    field(dl, "type", node[N.type]);
    field(dl, "country", node[N.country]);
    field(dl, "sector", node[N.sector]);
    field(dl, "mentions", node[N.mentions]);
    field(dl, "aliases", node[N.aliases].split("|").join("、"));
    field(dl, "claims between actors", node[N.claims]);
    field(dl, "claims on topics", node[N.topic_claims] ? `${node[N.topic_claims]}: ${node[N.topics].split("|").join("、")}` : "");
    details.appendChild(dl);
    const own = edgesOf[index].slice();
    own.sort((a, b) => edges[b][E.weight] - edges[a][E.weight] || a - b);
    list("Edges", own.filter((i) => edgeShown[i]), edgeButton, "No edge shown (see the filters).");
    if (renderer) {
      if (moveCamera) {
        const position = renderer.getNodeDisplayData(String(index));
        if (position) renderer.getCamera().animate({ x: position.x, y: position.y, ratio: 0.25 }, { duration: 400 });
      }
      renderer.refresh({ skipIndexation: true });
    }
  }

  function selectEdge(index) {
    selectedEdge = String(index);
    selectedNode = null;
    focus = null;
    const edge = edges[index];
    clear(details);
    details.appendChild(el("h2", edgeTitle(index)));
    const dl = el("dl");
    field(dl, "polarity", edge[E.polarity]);
    field(dl, "predicates", edge[E.predicates].split("|").join("、"));
    field(dl, "support", edgeFigures(edge));
    if (edge[E.contradicted]) field(dl, "contradicted", "stated both affirmed and negated");
    details.appendChild(dl);
    const shown = edge[E.claims].filter(claimShown);
    details.appendChild(el("h3", `Claims (${shown.length}${edge[E.claims].length < edge[E.weight] ? ` of the first ${edge[E.claims].length}` : ""})`));
    const ol = el("ol", null, "claims");
    shown.forEach((claimIndex) => {
      const claim = claims[claimIndex];
      const li = el("li");
      li.appendChild(el("blockquote", claim[C.sentence]));
      const meta = el("div", null, "claim-meta");
      meta.appendChild(el("span", claim[C.predicate], "predicate"));
      meta.appendChild(el("span", claim[C.modality], "modality"));
      meta.appendChild(el("span", claim[C.source] ? "source: " + claim[C.source] : "source: the writer", "source"));
      if (claim[C.section]) meta.appendChild(el("span", claim[C.section]));
      meta.appendChild(el("span", claim[C.doc_id], "doc"));
      li.appendChild(meta);
      ol.appendChild(li);
    });
    details.appendChild(ol);
    const ends = el("p");
    ends.appendChild(nodeButton(edge[E.source]));
    ends.appendChild(nodeButton(edge[E.target]));
    details.appendChild(ends);
    if (renderer) renderer.refresh({ skipIndexation: true });
  }

  // Search over labels and aliases (NFKC, case folded: ＮＡＴＯ finds NATO).
  const fold = (text) => text.normalize("NFKC").toLowerCase();
  const searchKeys = nodes.map((node) => fold(node[N.label] + "|" + node[N.aliases]));
  const results = $("results");
  $("search").addEventListener("input", (event) => {
    clear(results);
    const query = fold(event.target.value.trim());
    if (!query) return;
    const found = [];
    for (let i = 0; i < nodes.length && found.length < 200; i += 1) if (searchKeys[i].includes(query)) found.push(i);
    found.sort((a, b) => nodes[b][N.mentions] - nodes[a][N.mentions] || a - b);
    found.slice(0, 15).forEach((index) => {
      const li = el("li");
      li.appendChild(nodeButton(index));
      results.appendChild(li);
    });
    if (!found.length) results.appendChild(el("li", "No actor matches.", "muted"));
  });

  // Filter checkboxes, built from the values the data holds.
  function checkboxes(holder, name, values, label) {
    const box = $(holder);
    values.forEach((value) => {
      const line = el("label");
      const input = el("input");
      input.type = "checkbox";
      input.checked = true;
      input.addEventListener("change", () => {
        if (input.checked) ticked[name].add(value);
        else ticked[name].delete(value);
        applyFilters();
        if (selectedEdge === null && selectedNode === null) showOverview();
      });
      line.appendChild(input);
      if (label) {
        const swatch = el("span", "", "swatch");
        swatch.style.background = label(value);
        line.appendChild(swatch);
      }
      line.appendChild(document.createTextNode(value || "(none)"));
      box.appendChild(line);
    });
  }
  checkboxes("filter-type", "type", data.types, (value) => data.type_colours[value]);
  checkboxes("filter-event", "event", data.events, (value) => data.polarity_colours[data.event_polarity[value]]);
  checkboxes("filter-section", "section", data.sections);
  checkboxes("filter-modality", "modality", data.modalities);
  $("loose").addEventListener("change", (event) => {
    showLoose = event.target.checked;
    applyFilters();
  });
  $("summary").textContent = data.summary;

  // Starting places: each connected part in a disc of its own, the parts on a spiral, largest in the
  // middle and loose actors (no edge) outermost. The picture reads before ForceAtlas2 has run at all.
  function placeParts() {
    const parts = graphologyLibrary.components.connectedComponents(graph);
    // Loose actors (no claim with another actor: hidden unless asked for) go last, outermost.
    const loose = (part) => (part.length === 1 && !edgesOf[Number(part[0])].length ? 1 : 0);
    parts.sort((a, b) => loose(a) - loose(b) || b.length - a.length || Number(a[0]) - Number(b[0]));
    const place = generator(7);
    const golden = Math.PI * (3 - Math.sqrt(5));
    let area = 0;
    parts.forEach((part, index) => {
      const radius = 12 * Math.sqrt(part.length);
      area += (radius + 6) * (radius + 6);
      const distance = index === 0 ? 0 : Math.sqrt(area);
      const centreX = distance * Math.cos(index * golden), centreY = distance * Math.sin(index * golden);
      part.sort((a, b) => Number(a) - Number(b)).forEach((node) => {
        const r = radius * Math.sqrt(place()), angle = 2 * Math.PI * place();
        graph.mergeNodeAttributes(node, { x: centreX + r * Math.cos(angle), y: centreY + r * Math.sin(angle) });
      });
    });
  }

  // Layout: ForceAtlas2 in a worker where the browser allows one, so the page answers while it runs;
  // otherwise in short slices between frames. It stops after a time that grows with the graph.
  const layout = graphologyLibrary.layoutForceAtlas2;
  const settings = { ...layout.inferSettings(graph), outboundAttractionDistribution: true, adjustSizes: false };
  const budgetMs = Math.min(20000, 2000 + nodes.length + 2 * edges.length);
  const status = $("layout-status");
  const button = $("layout-button");
  let worker = null, running = false, stopTimer = null, sliceTimer = null;

  // Whether a worker may start here: a policy or the browser can forbid one, and says so only by an
  // error event, so a tiny worker is tried first.
  function probeWorker(answer) {
    let answered = false;
    const once = (allowed) => {
      if (!answered) {
        answered = true;
        answer(allowed);
      }
    };
    try {
      const url = URL.createObjectURL(new Blob(["postMessage(1);"], { type: "text/javascript" }));
      const probe = new Worker(url);
      URL.revokeObjectURL(url);
      probe.onmessage = () => {
        probe.terminate();
        once(true);
      };
      probe.onerror = () => once(false);
      setTimeout(() => once(false), 1000);
    } catch (error) {
      once(false);
    }
  }

  function beginLayout() {
    if (graph.size === 0) return start();
    probeWorker((allowed) => {
      try {
        if (allowed) worker = new graphologyLibrary.FA2Layout(graph, { settings });
      } catch (error) {
        worker = null;
      }
      // Without a worker, the layout runs in slices on the page's thread.
      document.documentElement.setAttribute("data-layout", worker ? "worker" : "slices");
      start();
    });
  }
  function finish(message) {
    running = false;
    clearTimeout(stopTimer);
    clearTimeout(sliceTimer);
    if (worker) worker.stop();
    button.textContent = "Run layout";
    status.textContent = message;
    fitShown();
    document.documentElement.setAttribute("data-view", "ready");
  }
  // On the page's thread the layout also stops after this many iterations: a small graph has settled long
  // before its time is up.
  const maxIterations = 1000;
  function slice(started, perSlice, done) {
    if (!running) return;
    const begun = performance.now();
    layout.assign(graph, { iterations: perSlice, settings });
    const took = performance.now() - begun;
    if (renderer) renderer.refresh();
    done += perSlice;
    if (performance.now() - started > budgetMs || done >= maxIterations) return finish("layout done");
    // Aim at about 40 ms a slice, so that a frame is drawn and input is read between them.
    const next = Math.max(1, Math.min(50, Math.round((perSlice * 40) / Math.max(took, 1))));
    sliceTimer = setTimeout(() => slice(started, next, done), 0);
  }
  function start() {
    if (graph.size === 0) return finish("no edges to lay out");
    running = true;
    button.textContent = "Pause layout";
    status.textContent = "laying out…";
    stopTimer = setTimeout(() => finish("layout done"), budgetMs);
    if (worker) worker.start();
    else slice(performance.now(), 1, 0);
  }
  button.addEventListener("click", () => (running ? finish("layout paused") : start()));

  // graph.html#actor=country:USA opens on that actor (clicking an actor sets it, so the link can be shared).
  const linked = location.hash.startsWith("#actor=") ? decodeURIComponent(location.hash.slice(7)) : null;
  const linkedIndex = nodes.findIndex((node) => node[N.id] === linked);
  applyFilters();
  if (linkedIndex >= 0) selectNode(linkedIndex, false);
  else showOverview();
  document.documentElement.setAttribute("data-view", "drawn");
  document.documentElement.setAttribute("data-drawn-ms", String(Math.round(performance.now())));
  beginLayout();
})();
