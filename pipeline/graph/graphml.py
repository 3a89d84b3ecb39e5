"""GraphML (graph.graphml): a graph in, XML that Gephi and every GraphML reader accept out.

``graphml_safe`` is the conversion (a cleaned copy of the graph, no I/O),
``write_graphml`` the I/O (a path, written atomically, or an open binary file).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

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
        nx.write_graphml(graphml_safe(graph), handle, encoding="utf-8", prettyprint=True, named_key_ids=True)
