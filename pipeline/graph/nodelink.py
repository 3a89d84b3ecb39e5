"""Node-link JSON (graph.json): a graph in, networkx's node-link data out.

``node_link_data`` is the conversion (a dict, no I/O), ``json_text`` the text
form of any JSON file we write (report.json too), ``write_node_link`` the I/O.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import networkx as nx

from .convert import EDGE_ATTRIBUTES
from .files import Target, open_target, utf8

# In node-link JSON an edge's "source" is its subject node, so the claim's source travels under another name.
JSON_SOURCE_ATTRIBUTE = "claim_source"


def node_link_data(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """networkx's node-link data (edges under "edges"), the edge attribute ``source`` as ``claim_source``."""
    data = nx.node_link_data(graph, edges="edges")
    for link, (_, _, attributes) in zip(data["edges"], graph.edges(data=True), strict=True):
        if "source" in attributes:
            link[JSON_SOURCE_ATTRIBUTE] = attributes["source"]
    return data


def json_text(data: Any) -> str:
    """A JSON file's text: characters as they are (not \\u escapes), one space of indent a level."""
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def write_node_link(graph: nx.MultiDiGraph, target: Target) -> None:
    with open_target(target) as handle:
        handle.write(utf8(json_text(node_link_data(graph))))


def read_node_link(source: Target) -> nx.MultiDiGraph:
    """graph.json (or actors.json) as the graph it was written from, with the claim's ``source`` back."""
    if isinstance(source, str | Path):
        with open(source, "rb") as handle:
            data = json.load(handle)
    else:
        data = json.load(source)
    graph = nx.node_link_graph(data, edges="edges")
    # The claim's source back under its name and in its place (EDGE_ATTRIBUTES' order), so that a graph
    # read back writes the same files as the one the run built.
    place = {name: position for position, name in enumerate(EDGE_ATTRIBUTES)}
    for _, _, attributes in graph.edges(data=True):
        if JSON_SOURCE_ATTRIBUTE in attributes:
            attributes["source"] = attributes.pop(JSON_SOURCE_ATTRIBUTE)
            ordered = sorted(attributes.items(), key=lambda item: place.get(item[0], len(place)))
            attributes.clear()
            attributes.update(ordered)
    return graph
