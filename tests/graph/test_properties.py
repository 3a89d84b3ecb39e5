"""Arbitrary Unicode against the writers (no model needed).

Whatever text the graph or the records hold (control characters, astral characters, lone
surrogates), the files written parse in networkx's GraphML reader, an XML parser and a JSON parser.
"""

from __future__ import annotations

import io
import json
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import networkx as nx
from hypothesis import given
from hypothesis import strategies as st

from pipeline.graph.actors import ACTOR_TYPES
from pipeline.graph.convert import EDGE_ATTRIBUTES, mention_record
from pipeline.graph.jsonl import write_jsonl
from pipeline.graph.outputs import write_graph_files
from pipeline.records import Mention

from ..strategies import FAST, NAME_TOKEN, TEXT, invisible
from .views import data_block

# Node types: the actor types (which the actor graph and the views keep) or any text at all.
TYPES = st.one_of(st.sampled_from(sorted(ACTOR_TYPES)), TEXT)


@st.composite
def graphs(draw) -> nx.MultiDiGraph:
    """A per-claim graph as ``build`` makes one (every edge has every claim attribute), of any text."""
    graph = nx.MultiDiGraph()
    ids = draw(st.lists(TEXT, min_size=1, max_size=5, unique=True))
    for node in ids:
        graph.add_node(
            node,
            label=draw(TEXT),
            type=draw(TYPES),
            mentions=draw(st.integers(0, 9)),
            aliases=draw(TEXT),
            country=draw(TEXT),
        )
    claim_ids = draw(st.lists(TEXT, max_size=5, unique=True))
    for claim_id in claim_ids:
        source, target = draw(st.sampled_from(ids)), draw(st.sampled_from(ids))
        attributes = {
            name: draw(
                st.integers(-1, 99)
                if name.endswith(("_start", "_end"))
                else st.booleans()
                if name in {"negated", "quoted"}
                else TEXT
            )
            for name in EDGE_ATTRIBUTES
        }
        graph.add_edge(source, target, key=claim_id, **{**attributes, "claim_id": claim_id})
    return graph


@FAST
@given(graphs())
def test_graph_files_parse_whatever_text_the_graph_holds(graph):
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        write_graph_files(graph, out)
        raw = (out / "graph.graphml").read_bytes()
        root = ElementTree.parse(io.BytesIO(raw)).getroot()  # expat enforces XML 1.0's character rules
        ids = [element.get("id") for element in root.iter() if element.tag.endswith(("}node", "}edge"))]
        assert all(NAME_TOKEN.match(identifier) for identifier in ids)
        read = nx.read_graphml(io.BytesIO(raw), force_multigraph=True)
        assert (read.number_of_nodes(), read.number_of_edges()) == (
            graph.number_of_nodes(),
            graph.number_of_edges(),
        )
        values = [v for _, data in read.nodes(data=True) for v in data.values()]
        values += [v for _, _, data in read.edges(data=True) for v in data.values()]
        assert not any(invisible(value) for value in values if isinstance(value, str))
        data = json.loads((out / "graph.json").read_text(encoding="utf-8"))
        assert len(data["nodes"]) == graph.number_of_nodes() and len(data["edges"]) == graph.number_of_edges()
        actors = nx.read_graphml(out / "actors.graphml", force_multigraph=True)
        assert json.loads((out / "actors.json").read_text(encoding="utf-8"))["nodes"] is not None
        for name in ("graph.gexf", "actors.gexf"):
            nx.read_gexf(out / name)
        page = (out / "graph.html").read_text(encoding="utf-8")
        assert json.loads(data_block(page))["nodes"] is not None
        assert page.count("<script") == page.count("</script>") == 5
        assert actors.number_of_nodes() <= graph.number_of_nodes()


@FAST
@given(st.lists(st.tuples(TEXT, TEXT, TEXT), max_size=5))
def test_jsonl_outputs_parse_line_by_line_whatever_the_text(rows):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "entities.jsonl")
        mentions = [
            Mention(doc_id, 0, len(text), text, label, "person", text) for doc_id, text, label in rows
        ]
        write_jsonl(map(mention_record, mentions), path)
        lines = path.read_bytes().decode("utf-8").split("\n")
        assert lines[-1] == "" and len(lines) == len(rows) + 1
        assert all(isinstance(json.loads(line), dict) for line in lines[:-1])
