"""graph.html: the actor graph as one self-contained page that needs no network.

``page_data`` is the conversion (the actor graph and the claims its edges hold, as plain data; no I/O),
``html_page`` the page's text, ``write_html`` the I/O. The page inlines sigma.js, graphology and
graphology-library (vendored in ``assets/`` with their licences, see ``assets/VENDORED.md``) and its
own ``view.js``. Text from the documents is untrusted: it travels as JSON in a
``<script type="application/json">`` element with ``<``, ``>``, ``&`` and the Unicode line separators
escaped, so it cannot close that element, and ``view.js`` puts it on the page as text only. A
Content-Security-Policy lets no script run but the page's own (by their hashes) and loads nothing.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from functools import cache
from importlib import resources
from typing import Any

import networkx as nx

from .actors import ACTOR_TYPES
from .build import UNNAMED_ACTOR
from .files import Target, open_target, utf8
from .style import (
    POLARITY_COLOURS,
    TYPE_COLOURS,
    edge_thickness,
    hex_colour,
    node_size,
    polarity_colour,
    type_colour,
)

# The claims an edge shows in full; its weight still counts them all. Keeps the page small at scale.
MAX_CLAIMS_PER_EDGE = 20
# Vendored scripts, in the order they load (sigma and graphology-library need graphology first).
VENDORED_SCRIPTS = ("graphology.umd.min.js", "sigma.min.js", "graphology-library.min.js")
APP_SCRIPT, STYLESHEET = "view.js", "view.css"
TYPE_ORDER = ("person", "country", "organization", "location", UNNAMED_ACTOR)
MODALITY_ORDER = ("asserted", "reported", "hedged", "hypothetical")
NODE_FIELDS = (
    "id", "label", "type", "mentions", "country", "sector", "aliases",
    "claims", "topic_claims", "topics", "size", "colour",
)  # fmt: skip
EDGE_FIELDS = (
    "source", "target", "event", "negated", "polarity", "weight", "documents", "sources",
    "predicates", "contradicted", "kinds", "claims", "thickness", "colour",
)  # fmt: skip
CLAIM_FIELDS = ("id", "doc_id", "sentence", "predicate", "source", "modality", "section")

# What JSON may hold but must not reach an HTML parser inside <script>: "</script", "<!--", and the
# line separators older JavaScript parsers reject. All stand inside strings, where \\u escapes mean the same.
_SCRIPT_UNSAFE = str.maketrans(
    {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
)
_SOURCE_MAP = re.compile(r"^//# sourceMappingURL=.*$", re.MULTILINE)


def page_data(actors: nx.MultiDiGraph, graph: nx.MultiDiGraph) -> dict[str, Any]:
    """The actor graph as the columns ``view.js`` reads, with the claims of each edge from ``graph``."""
    index = {node: position for position, node in enumerate(actors.nodes)}
    wanted = {
        claim_id
        for _, _, data in actors.edges(data=True)
        for claim_id in data["claim_ids"][:MAX_CLAIMS_PER_EDGE]
    }
    claim_rows: dict[str, list[Any]] = {}
    kind_of: dict[str, tuple[str, str]] = {}
    for _, _, claim in graph.edges(data=True):
        kind_of[claim["claim_id"]] = (claim["modality"], claim["section"])
        if claim["claim_id"] in wanted:
            claim_rows[claim["claim_id"]] = [
                claim["claim_id"],
                claim["doc_id"],
                claim["sentence"],
                claim["predicate_text"],
                claim["source"],
                claim["modality"],
                claim["section"],
            ]
    claim_order = {claim_id: position for position, claim_id in enumerate(claim_rows)}
    nodes = [
        [
            node,
            data["label"],
            data["type"],
            data["mentions"],
            data.get("country", ""),
            data.get("sector", ""),
            data["aliases"],
            data["claims"],
            data["topic_claims"],
            data["topics"],
            node_size(data["mentions"]),
            hex_colour(type_colour(data["type"])),
        ]
        for node, data in actors.nodes(data=True)
    ]
    edges = []
    event_polarity: dict[str, str] = {}
    for source, target, data in actors.edges(data=True):
        event_polarity.setdefault(data["event"], data["polarity"])
        shown = data["claim_ids"][:MAX_CLAIMS_PER_EDGE]
        edges.append(
            [
                index[source],
                index[target],
                data["event"],
                data["negated"],
                data["polarity"],
                data["weight"],
                data["documents"],
                data["sources"],
                data["predicates"],
                data["contradicted"],
                sorted({kind_of[claim_id] for claim_id in data["claim_ids"]}),
                [claim_order[claim_id] for claim_id in shown],
                edge_thickness(data["weight"]),
                hex_colour(polarity_colour(data["polarity"])),
            ]
        )
    types = [t for t in TYPE_ORDER if any(row[2] == t for row in nodes)]
    types += sorted({row[2] for row in nodes} - set(types))
    claims = list(claim_rows.values())
    modalities = {row[5] for row in claims}
    return {
        "summary": (
            f"{len(nodes)} actors, {len(edges)} edges from "
            f"{sum(data['weight'] for _, _, data in actors.edges(data=True))} claims between actors"
        ),
        "node_fields": NODE_FIELDS,
        "nodes": nodes,
        "edge_fields": EDGE_FIELDS,
        "edges": edges,
        "claim_fields": CLAIM_FIELDS,
        "claims": claims,
        "types": types,
        "events": sorted(event_polarity),
        "sections": sorted({kind[1] for edge in edges for kind in edge[10]}),
        "modalities": [m for m in MODALITY_ORDER if m in modalities]
        + sorted(modalities - set(MODALITY_ORDER)),
        "event_polarity": event_polarity,
        "type_colours": {t: hex_colour(c) for t, c in TYPE_COLOURS.items() if t in ACTOR_TYPES},
        "polarity_colours": {p: hex_colour(c) for p, c in POLARITY_COLOURS.items()},
        "node_scale": 0.8,
        "edge_scale": 0.6,
    }


def script_json(data: Any) -> str:
    """JSON that can stand inside a <script> element: no "<", ">" or "&" in it, no line separators."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_SCRIPT_UNSAFE)


@cache
def asset(name: str) -> str:
    """A file of ``assets/``, without its source-map comment (the map is not shipped)."""
    text = resources.files("pipeline.graph").joinpath("assets", name).read_text(encoding="utf-8")
    text = _SOURCE_MAP.sub("", text)
    if re.search(r"</script|<!--|<script", text, re.IGNORECASE):
        raise ValueError(f"{name} cannot be inlined: it holds </script, <script or <!--")
    return text


def _hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def html_page(actors: nx.MultiDiGraph, graph: nx.MultiDiGraph, title: str = "Actor graph") -> str:
    """The whole page: markup, style, the data block, and the scripts inlined."""
    scripts = [asset(name) for name in (*VENDORED_SCRIPTS, APP_SCRIPT)]
    policy = (
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; worker-src blob:; "
        f"script-src {' '.join(_hash(script) for script in scripts)}"
    )
    parts = [
        '<!DOCTYPE html>\n<html lang="ja">\n<head>\n<meta charset="utf-8">\n',
        f'<meta http-equiv="Content-Security-Policy" content="{html.escape(policy)}">\n',
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        f"<title>{html.escape(title)}</title>\n<style>\n{asset(STYLESHEET)}</style>\n</head>\n<body>\n",
        _BODY.replace("{title}", html.escape(title)),
        f'<script type="application/json" id="graph-data">{script_json(page_data(actors, graph))}</script>\n',
        *(f"<script>{script}</script>\n" for script in scripts),
        "</body>\n</html>\n",
    ]
    return "".join(parts)


_BODY = """<div id="graph"></div>
<div id="tooltip" hidden></div>
<aside id="panel">
<h1>{title}</h1>
<div id="summary"></div>
<div class="controls"><button type="button" id="layout-button">Pause layout</button>
<span id="layout-status"></span></div>
<input type="search" id="search" placeholder="Search actors and aliases" autocomplete="off">
<ul id="results"></ul>
<details class="filters" open><summary>Filters</summary>
<h3>Actor type</h3><div class="checks" id="filter-type"></div>
<h3>Event category (colour: polarity)</h3><div class="checks" id="filter-event"></div>
<h3>Section</h3><div class="checks" id="filter-section"></div>
<h3>Modality</h3><div class="checks" id="filter-modality"></div>
<label class="checks"><input type="checkbox" id="loose">actors without claims shown</label>
<div id="shown"></div>
</details>
<div id="details"></div>
</aside>
"""


def write_html(actors: nx.MultiDiGraph, graph: nx.MultiDiGraph, target: Target) -> None:
    with open_target(target) as handle:
        handle.write(utf8(html_page(actors, graph)))
