"""GraphML (graph.graphml): a graph in, XML that Gephi and every GraphML reader accept out.

``graphml_safe`` is the conversion (a cleaned copy of the graph, no I/O),
``write_graphml`` the I/O (a path, written atomically, or an open binary file).
``write_graphml`` writes the bytes networkx's ``write_graphml(graphml_safe(graph))``
writes, but element by element (``graphml_lines``): networkx builds the whole
XML tree first, about 15 KB a claim, which a million claims cannot afford.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

# The escaping networkx's GraphML writer gets from ElementTree: the same functions give the same bytes.
from xml.etree.ElementTree import _escape_attrib, _escape_cdata  # type: ignore[attr-defined]

import networkx as nx

from ..io.cleaning import display_text
from .files import Target, open_target

# Characters XML 1.0 forbids, which networkx writes anyway and every reader then rejects.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

# What XML 1.0 (5th edition) allows in a name: a GraphML id is an xs:NMTOKEN, one or more of these.
_NOT_NAME_CHAR = re.compile(
    "[^-.0-9:A-Z_a-z\u00b7\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u037d\u037f-\u1fff\u200c\u200d"
    "\u203f\u2040\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd"
    "\U00010000-\U000effff]"
)


def graphml_safe(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy fit for XML and for display.

    Node ids and edge keys must be XML name tokens: ids.py makes them so, and any character
    that still is not becomes "_" here, with ".2", ".3" … added where that would merge two
    nodes or two edges (such an id then differs from its entity_id in the JSON files, but the
    file stays valid GraphML and loses nothing). String attributes lose HTML tags, control and
    zero-width characters and line breaks.
    """
    clean = nx.MultiDiGraph()
    clean.graph.update({k: _display(v) for k, v in graph.graph.items()})
    node_ids = _distinct_name_tokens(graph.nodes)
    for node, data in graph.nodes(data=True):
        clean.add_node(node_ids[node], **{k: _display(v) for k, v in data.items()})
    edge_keys: dict[tuple[Any, Any], dict[Any, str]] = {}
    for source, target, key, data in graph.edges(keys=True, data=True):
        if (source, target) not in edge_keys:
            edge_keys[source, target] = _distinct_name_tokens(graph[source][target])
        clean.add_edge(
            node_ids[source],
            node_ids[target],
            key=edge_keys[source, target][key],
            **{k: _display(v) for k, v in data.items()},
        )
    return clean


def _distinct_name_tokens(values: Iterable[Any]) -> dict[Any, str]:
    """Each value as an XML name token: valid ones unchanged, the others made valid and distinct."""
    tokens = {value: _NOT_NAME_CHAR.sub("_", str(value)) or "_" for value in values}
    taken = {token for value, token in tokens.items() if token == str(value)}
    for value, token in tokens.items():
        if token != str(value):
            base, number = token, 1
            while token in taken:
                number += 1
                token = f"{base}.{number}"
            taken.add(token)
            tokens[value] = token
    return tokens


def _display(value: Any) -> Any:
    return _XML_INVALID.sub("\ufffd", display_text(value)) if isinstance(value, str) else value


def write_graphml(graph: nx.MultiDiGraph, target: Target) -> None:
    """GraphML with named keys (Gephi shows them as column names) and XML-safe text."""
    with open_target(target) as handle:
        if graph.graph or not graph.is_multigraph() or not graph.is_directed():  # not what we write: no need
            nx.write_graphml(
                graphml_safe(graph), handle, encoding="utf-8", prettyprint=True, named_key_ids=True
            )
            return
        for line in graphml_lines(graph):
            handle.write(line.encode("utf-8", "xmlcharrefreplace"))


# How networkx's GraphML writer names Python types (by the exact type, as it does).
_XML_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}
_HEADER = (
    "<?xml version='1.0' encoding='utf-8'?>\n"
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
    'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">'
)


def graphml_lines(graph: nx.MultiDiGraph) -> Iterator[str]:
    """The text of ``nx.write_graphml(graphml_safe(graph), prettyprint=True, named_key_ids=True)``, in pieces.

    For a directed multigraph without graph attributes (what ``build`` makes). Two passes: the first
    finds the keys (GraphML declares them before any node), the second writes nodes and edges.
    """
    node_ids = _distinct_name_tokens(graph.nodes)
    keys: dict[tuple[str, str, str], None] = {}  # (name, type, scope), in order of first use
    for _, data in graph.nodes(data=True):
        for name, value in data.items():
            keys[str(name), _xml_type(value), "node"] = None
    for _, _, data in graph.edges(data=True):
        for name, value in data.items():
            keys[str(name), _xml_type(value), "edge"] = None
    yield _HEADER
    for name, xml_type, scope in reversed(keys):  # networkx inserts each new key before the others
        yield (
            f'\n  <key id="{_escape_attrib(name)}" for="{scope}" attr.name="{_escape_attrib(name)}" '
            f'attr.type="{xml_type}" />'
        )
    if not graph.number_of_nodes():
        yield '\n  <graph edgedefault="directed" />\n</graphml>\n'
        return
    yield '\n  <graph edgedefault="directed">'
    for node, data in graph.nodes(data=True):
        yield _element("node", f'id="{_escape_attrib(node_ids[node])}"', data)
    for source, neighbours in graph.adj.items():  # the order of graph.edges(keys=True)
        for target, edges in neighbours.items():
            edge_keys = _distinct_name_tokens(edges)
            ends = f'source="{_escape_attrib(node_ids[source])}" target="{_escape_attrib(node_ids[target])}"'
            for key, data in edges.items():
                yield _element("edge", f'{ends} id="{_escape_attrib(edge_keys[key])}"', data)
    yield "\n  </graph>\n</graphml>\n"


def _element(tag: str, attributes: str, data: dict[str, Any]) -> str:
    """A node or an edge at its depth in the tree, with a <data> per attribute, as networkx indents it."""
    if not data:
        return f"\n    <{tag} {attributes} />"
    parts = [f"\n    <{tag} {attributes}>"]
    for name, value in data.items():
        text = str(_display(value))
        key = _escape_attrib(str(name))
        parts.append(
            f'\n      <data key="{key}">{_escape_cdata(text)}</data>'
            if text
            else f'\n      <data key="{key}" />'
        )
    parts.append(f"\n    </{tag}>")
    return "".join(parts)


def _xml_type(value: Any) -> str:
    try:
        return _XML_TYPES[type(value)]
    except KeyError:
        raise TypeError(f"GraphML does not support type {type(value)} as data values.") from None
