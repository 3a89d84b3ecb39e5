"""GEXF (graph.gexf, actors.gexf): the graph with Gephi's ``viz`` styling, so it opens coloured and sized.

``styled`` is the conversion (a GraphML-clean copy with ``viz`` data, no I/O): node colour by type and
size by mentions, edge colour by polarity and thickness by weight (one claim, or the actor edge's
number of claims). ``write_gexf`` is the I/O. The GraphML files stay plain: ``viz`` is GEXF's alone.
"""

from __future__ import annotations

from typing import Any

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter

from .actors import scalar_graph
from .files import Target, open_target
from .graphml import graphml_safe
from .style import edge_thickness, node_size, polarity_colour, type_colour

# No version: a release should not change the bytes of every GEXF file for nothing.
CREATOR = "ja-claim-graph"


def _viz_colour(rgb: tuple[int, int, int]) -> dict[str, Any]:
    red, green, blue = rgb
    return {"r": red, "g": green, "b": blue, "a": 1.0}


def styled(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy with XML-safe ids and text, scalar attributes, and ``viz`` colours, sizes and thicknesses.

    An edge's GEXF id is its key (the claim id, or the actor edge's ``edge_key``); its label its predicate,
    and its weight, which Gephi reads, is 1 per claim or the actor edge's ``weight``.
    """
    clean = graphml_safe(scalar_graph(graph))
    for _, data in clean.nodes(data=True):
        data["viz"] = {"color": _viz_colour(type_colour(data["type"])), "size": node_size(data["mentions"])}
    for _, _, key, data in clean.edges(keys=True, data=True):
        weight = int(data.get("weight", 1))
        data["id"] = key  # the claim id, or the actor edge's key: unique in the graph either way
        data["label"] = data.get("predicate", "")
        data["weight"] = weight
        data["viz"] = {
            "color": _viz_colour(polarity_colour(str(data.get("polarity", "")))),
            "thickness": edge_thickness(weight),
        }
    return clean


def write_gexf(graph: nx.MultiDiGraph, target: Target) -> None:
    """GEXF 1.2 with viz data; no date in it (networkx stamps one), so the same graph gives the same bytes."""
    writer = GEXFWriter(encoding="utf-8", prettyprint=True, version="1.2draft")
    meta = writer.xml.find("meta")
    meta.attrib.pop("lastmodifieddate", None)
    meta.find("creator").text = CREATOR
    writer.add_graph(styled(graph))
    with open_target(target) as handle:
        writer.write(handle)
