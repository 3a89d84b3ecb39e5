"""Node-link JSON (graph.json): a graph in, networkx's node-link data out.

``node_link_data`` is the conversion (a dict, no I/O), ``json_text`` the text
form of any JSON file we write (report.json too), ``write_node_link`` the I/O:
it writes the bytes of ``json_text(node_link_data(graph))`` one node and one
edge at a time (``write_json``), never holding the data or its text whole.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from pathlib import Path
from typing import IO, Any

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


def node_link_items(graph: nx.MultiDiGraph) -> tuple[Iterator[dict], Iterator[dict]]:
    """The nodes and the edges of ``node_link_data(graph)``, made one at a time."""
    nodes = ({**data, "id": node} for node, data in graph.nodes(data=True))

    def edges() -> Iterator[dict]:
        for source, target, key, attributes in graph.edges(keys=True, data=True):
            link = {**dict(attributes.items()), "source": source, "target": target, "key": key}
            if "source" in attributes:
                link[JSON_SOURCE_ATTRIBUTE] = attributes["source"]
            yield link

    return nodes, edges()


def write_node_link(graph: nx.MultiDiGraph, target: Target) -> None:
    nodes, edges = node_link_items(graph)
    data = {"directed": graph.is_directed(), "multigraph": graph.is_multigraph(), "graph": graph.graph}
    with open_target(target) as handle:
        write_json({**data, "nodes": nodes, "edges": edges}, handle)


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


def write_json(data: dict[str, Any], handle: IO[bytes]) -> None:
    """``json_text(data)`` as UTF-8, where the values that are iterators (not lists) are streamed.

    Each iterator is written as the list it would be, one item at a time: a file of a million
    claims never exists whole in memory.
    """
    streamed = {name: value for name, value in data.items() if isinstance(value, Iterator)}
    text = json_text(
        {name: _placeholder(name) if name in streamed else value for name, value in data.items()}
    )
    for name, items in streamed.items():
        before, text = text.split(json.dumps(_placeholder(name)), 1)
        handle.write(utf8(before))
        _write_list(items, handle)
    handle.write(utf8(text))


# JSON's own encoders for scalars (C functions where Python has them).
_SCALARS = {
    str: encode_basestring,
    int: int.__repr__,
    float: json.encoder.JSONEncoder().encode,
    bool: lambda value: "true" if value else "false",
    type(None): lambda value: "null",
}


def _item_text(item: Any) -> str:
    """``json_text(item)`` without its newline; a flat object of scalars is written without the slow
    indenting encoder (written in Python), a hundred thousand nodes and edges a second."""
    if not isinstance(item, dict) or not item or not all(type(key) is str for key in item):
        return json_text(item).rstrip("\n")
    parts = []
    for key, value in item.items():
        encode = _SCALARS.get(type(value))
        if encode is None:
            return json_text(item).rstrip("\n")
        parts.append(f"{encode_basestring(key)}: {encode(value)}")
    return "{\n " + ",\n ".join(parts) + "\n}"


def _placeholder(name: str) -> str:
    return f"\0{name}\0"  # JSON escapes it as \u0000, so no other string can look the same


def _write_list(items: Iterable[Any], handle: IO[bytes]) -> None:
    """A list one level inside the top object, as json_text writes it, an item at a time."""
    handle.write(b"[")
    empty = True
    for item in items:
        # Only indentation puts "\n" in JSON text (strings escape it); textwrap would cut at U+2028 too.
        text = "  " + _item_text(item).replace("\n", "\n  ")
        handle.write((b"\n" if empty else b",\n") + utf8(text))
        empty = False
    handle.write(b"]" if empty else b"\n ]")
