"""Arbitrary Unicode and arbitrary bytes against the reader and the exporters (no model needed).

Whatever the input holds (control characters, astral characters, lone surrogate escapes), the reader
yields documents or failures without raising, and the exporters write files that networkx's GraphML
reader, an XML parser and a JSON parser all accept.
"""

from __future__ import annotations

import io
import json
import re
import tempfile
import unicodedata
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import networkx as nx
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.graph.convert import mention_record
from pipeline.graph.jsonl import write_jsonl
from pipeline.graph.outputs import write_graph_files
from pipeline.io.cleaning import clean_for_parse
from pipeline.io.inputs import read_documents
from pipeline.parse.units import MAX_UNIT_CHARS, parse_units
from pipeline.records import Document, Failure, Mention

# Characters that break things: controls, zero-width and bidi marks, separators, BOM, noncharacters,
# lone surrogates, astral characters; mixed with any code point at all.
NASTY = st.sampled_from(list(
    "\x00\x01\x08\x0b\x0c\x0d\x1b\x1f\x7f\x85\x9f\u00ad\u200b\u200d\u200e\u2028\u2029\u202e\u2066"
    "\ufeff\ufffe\uffff\ud800\udbff\udc00\udfff\U0001f600\U00020bb7\U0010ffff<>&\"'\n\t 。「」"
))
CHARS = st.one_of(NASTY, st.characters(exclude_categories=()))
TEXT = st.text(CHARS, max_size=60)
# XML 1.0 NameChar+: what GraphML's schema allows as a node or edge id (xs:NMTOKEN).
NAME_TOKEN = re.compile(
    "^[-.0-9:A-Z_a-z\u00b7\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u037d\u037f-\u1fff\u200c\u200d"
    "\u203f\u2040\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd"
    "\U00010000-\U000effff]+$"
)
FAST = settings(max_examples=60, deadline=None)


def _read_file(name: str, data: bytes) -> list[Document | Failure]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, name)
        path.write_bytes(data)
        return list(read_documents([str(path)]))


def _invisible(text: str) -> bool:
    return any(unicodedata.category(char) in {"Cc", "Cf", "Cs", "Co"} for char in text)


def _no_surrogates(text: str) -> bool:
    return not any("\ud800" <= char <= "\udfff" for char in text)


@FAST
@given(st.binary(max_size=400))
def test_any_bytes_in_a_text_file_give_a_document_or_a_failure(data):
    [item] = _read_file("doc.txt", data)
    assert isinstance(item, Document | Failure)
    if isinstance(item, Document):
        assert _no_surrogates(item.text) and clean_for_parse(item.text).strip()


@FAST
@given(st.binary(max_size=400))
def test_any_bytes_in_a_jsonl_file_never_raise(data):
    for item in _read_file("docs.jsonl", data):
        assert isinstance(item, Document | Failure)


@FAST
@given(st.lists(st.one_of(
    st.fixed_dictionaries({"id": TEXT, "text": TEXT}),
    st.fixed_dictionaries({"text": st.one_of(TEXT, st.integers(), st.none(), st.lists(TEXT, max_size=2))}),
    TEXT, st.integers(),
), max_size=6))
def test_any_json_records_give_one_item_a_line_and_distinct_ids(records):
    # ensure_ascii keeps lone surrogates as \\udxxx escapes, as a JSON producer may write them.
    data = "\n".join(json.dumps(record) for record in records).encode("utf-8")
    items = _read_file("docs.jsonl", data)
    lines = [number for number, record in enumerate(records, 1) if json.dumps(record).strip()]
    assert [item.line for item in items] == lines
    documents = [item for item in items if isinstance(item, Document)]
    assert len({d.id for d in documents}) == len(documents)
    assert all(_no_surrogates(d.id) and _no_surrogates(d.text) for d in documents)


@FAST
@given(st.text(CHARS, max_size=300))
def test_cleaning_keeps_every_offset(text):
    cleaned = clean_for_parse(text)
    assert len(cleaned) == len(text)
    assert all(cleaned[i] == text[i] for i in range(len(text)) if cleaned[i] != " ")


@FAST
@given(st.lists(st.tuples(TEXT, st.integers(0, MAX_UNIT_CHARS + 10), st.sampled_from("あ 、。\n")),
                max_size=4))
def test_parse_units_index_the_text_and_stay_under_the_parser_limit(pieces):
    # Long runs of one character between short random pieces: lines longer than a unit, cut or not.
    text = "".join(piece + filler * length for piece, length, filler in pieces)
    cleaned = clean_for_parse(text)
    for offset, unit in parse_units(cleaned):
        assert cleaned[offset:offset + len(unit)] == unit
        assert len(unit) <= MAX_UNIT_CHARS and len(unit.encode("utf-8", "surrogatepass")) < 49_149


@st.composite
def graphs(draw) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    ids = draw(st.lists(TEXT, min_size=1, max_size=5, unique=True))
    for node in ids:
        graph.add_node(node, label=draw(TEXT), type=draw(TEXT), mentions=draw(st.integers(0, 9)),
                       aliases=draw(TEXT), country=draw(TEXT))
    for _ in range(draw(st.integers(0, 5))):
        source, target = draw(st.sampled_from(ids)), draw(st.sampled_from(ids))
        graph.add_edge(source, target, key=draw(TEXT), claim_id=draw(TEXT), predicate=draw(TEXT),
                       negated=draw(st.booleans()), modality=draw(TEXT), source=draw(TEXT),
                       doc_id=draw(TEXT), sentence=draw(TEXT))
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
        assert (read.number_of_nodes(), read.number_of_edges()) == (graph.number_of_nodes(),
                                                                    graph.number_of_edges())
        values = [v for _, data in read.nodes(data=True) for v in data.values()]
        values += [v for _, _, data in read.edges(data=True) for v in data.values()]
        assert not any(_invisible(value) for value in values if isinstance(value, str))
        data = json.loads((out / "graph.json").read_text(encoding="utf-8"))
        assert len(data["nodes"]) == graph.number_of_nodes() and len(data["edges"]) == graph.number_of_edges()


@FAST
@given(st.lists(st.tuples(TEXT, TEXT, TEXT), max_size=5))
def test_jsonl_outputs_parse_line_by_line_whatever_the_text(rows):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "entities.jsonl")
        mentions = [Mention(doc_id, 0, len(text), text, label, "person", text)
                    for doc_id, text, label in rows]
        write_jsonl(map(mention_record, mentions), path)
        lines = path.read_bytes().decode("utf-8").split("\n")
        assert lines[-1] == "" and len(lines) == len(rows) + 1
        assert all(isinstance(json.loads(line), dict) for line in lines[:-1])
