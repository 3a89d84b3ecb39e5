"""Each writer round-trips: through an open binary file (io.BytesIO) and through a path, alike."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import networkx as nx
import pytest

from pipeline.graph.build import GraphBuilder
from pipeline.graph.convert import claim_record, mention_record
from pipeline.graph.files import atomic_writer, remove_stale_temporaries
from pipeline.graph.graphml import write_graphml
from pipeline.graph.jsonl import json_line, write_jsonl
from pipeline.graph.nodelink import JSON_SOURCE_ATTRIBUTE, node_link_data, write_node_link
from pipeline.graph.outputs import OUTPUT_FILES, OutputWriter, write_report
from pipeline.records import Argument, Claim, DocumentResult, Entity, Failure, Mention

# Made up: two documents that name one country two ways, one claim with a source, one without.
NORWAY = Entity("country:NOR", "country", "ノルウェー", "NOR")


def _result(doc_id: str, surface: str, source: Argument | None) -> DocumentResult:
    sentence = f"{surface}は関税の撤回を歓迎した。"
    mention = Mention(doc_id, 0, len(surface), surface, "Country", "country", "country:NOR")
    claim = Claim(
        id=f"{doc_id}:{len(surface) + 7}",
        doc_id=doc_id,
        sentence_start=0,
        sentence_end=len(sentence),
        sentence_text=sentence,
        predicate_lemma="歓迎する",
        predicate_text="歓迎した",
        predicate_start=len(surface) + 7,
        subject=Argument(surface, "country:NOR", "country"),
        object=Argument("関税の撤回"),
        negated=False,
        modality="reported" if source else "asserted",
        source=source,
        quoted=False,
        source_chain=(source,) if source else (),
    )
    return DocumentResult(doc_id, f"{doc_id}.txt", "utf-8", 1, (mention,), (NORWAY,), (claim,))


RESULTS = (_result("a", "ノルウェー", Argument("英BBC", "organization:BBC")), _result("b", "諾国", None))


def _graph() -> nx.MultiDiGraph:
    builder = GraphBuilder()
    for result in RESULTS:
        builder.add(result)
    return builder.build()


def _sorted(graph: nx.MultiDiGraph):
    nodes = sorted((str(n), sorted(d.items())) for n, d in graph.nodes(data=True))
    edges = sorted(
        (str(u), str(v), str(k), sorted(d.items())) for u, v, k, d in graph.edges(keys=True, data=True)
    )
    return nodes, edges


def _both_ways(write, value, tmp_path: Path) -> bytes:
    """What ``write`` gives through an io.BytesIO, checked to be what it writes at a path."""
    buffer = io.BytesIO()
    write(value, buffer)
    write(value, tmp_path / "file")
    assert (tmp_path / "file").read_bytes() == buffer.getvalue()
    return buffer.getvalue()


def test_jsonl_round_trips_one_line_a_record(tmp_path):
    records = [mention_record(m) for result in RESULTS for m in result.mentions]
    records += [claim_record(c) for result in RESULTS for c in result.claims]
    raw = _both_ways(write_jsonl, records, tmp_path)
    lines = raw.decode("utf-8").split("\n")
    assert lines[-1] == "" and [json.loads(line) for line in lines[:-1]] == records


def test_jsonl_keeps_each_record_on_one_line_and_writes_valid_utf8(tmp_path):
    record = {"text": "米国\u2028ロシア\u2029中国\x85英国\x1c", "lone": "a\ud800b"}
    line = json_line(record)
    assert line.endswith("\n") and len(line.splitlines()) == 1
    raw = _both_ways(write_jsonl, [record], tmp_path)
    assert json.loads(raw.decode("utf-8")) == {**record, "lone": "a\ufffdb"}


def test_node_link_json_round_trips_with_the_claim_source_renamed(tmp_path):
    graph = _graph()
    data = json.loads(_both_ways(write_node_link, graph, tmp_path).decode("utf-8"))
    assert data == node_link_data(graph)
    back = nx.node_link_graph(data, edges="edges")
    for _, _, attributes in back.edges(data=True):
        attributes["source"] = attributes.pop(JSON_SOURCE_ATTRIBUTE)
    assert _sorted(back) == _sorted(graph)
    assert [edge[JSON_SOURCE_ATTRIBUTE] for edge in data["edges"]] == ["英BBC", ""]


def test_graphml_round_trips_nodes_edges_and_typed_attributes(tmp_path):
    graph = _graph()
    back = nx.read_graphml(io.BytesIO(_both_ways(write_graphml, graph, tmp_path)), force_multigraph=True)
    assert _sorted(back) == _sorted(graph)
    assert back.nodes["country:NOR"]["aliases"] == "ノルウェー|諾国"
    assert {type(data["negated"]) for _, _, data in back.edges(data=True)} == {bool}


def test_graphml_survives_characters_xml_forbids():
    graph = nx.MultiDiGraph()
    graph.add_node("person:a\x01b", label="a\x0bb\ud800", type="person", mentions=1, aliases="x")
    graph.add_node("topic:c", label="c", type="topic", mentions=1, aliases="c")
    graph.add_edge("person:a\x01b", "topic:c", key="k\x02", predicate="送る", negated=False)
    buffer = io.BytesIO()
    write_graphml(graph, buffer)
    back = nx.read_graphml(io.BytesIO(buffer.getvalue()), force_multigraph=True)
    assert back.number_of_nodes() == 2 and back.number_of_edges() == 1
    assert sorted(back.nodes) == ["person:a_b", "topic:c"]
    assert back.nodes["person:a_b"]["label"] == "ab"  # shown text: no control characters, no surrogates
    assert node_link_data(graph)["edges"][0]["predicate"] == "送る"


def test_an_atomic_write_that_fails_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "claims.jsonl"
    target.write_bytes(b"old\n")
    with pytest.raises(RuntimeError), atomic_writer(target) as handle:
        handle.write(b"half")
        raise RuntimeError
    assert target.read_bytes() == b"old\n" and sorted(tmp_path.iterdir()) == [target]
    with atomic_writer(target) as handle:
        handle.write(b"new\n")
    assert target.read_bytes() == b"new\n" and sorted(tmp_path.iterdir()) == [target]
    assert target.stat().st_mode & 0o777 == 0o666 & ~_umask()


def test_stale_temporaries_of_the_output_files_alone_are_removed(tmp_path):
    (tmp_path / ".claims.jsonl.abc123.tmp").write_text("half")
    (tmp_path / ".notes.txt.abc123.tmp").write_text("not ours")
    remove_stale_temporaries(tmp_path, OUTPUT_FILES)
    assert [p.name for p in tmp_path.iterdir()] == [".notes.txt.abc123.tmp"]


def test_the_output_writer_writes_the_output_files_from_results_in_order(tmp_path):
    with OutputWriter(tmp_path, {"name": "ja_test", "version": "0"}) as outputs:
        outputs.add_result(RESULTS[0], line=1)
        outputs.add_failure(Failure("feed.jsonl", "not JSON", 2))
        outputs.add_result(RESULTS[1], line=3, original_id="a")
        report = outputs.finish()
    report.timings = {"total_seconds": 0.0}
    write_report(report, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(OUTPUT_FILES)

    def lines(name: str) -> list[dict]:
        return [json.loads(line) for line in (tmp_path / name).read_text(encoding="utf-8").splitlines()]

    assert lines("entities.jsonl") == [mention_record(m) for r in RESULTS for m in r.mentions]
    assert lines("claims.jsonl") == [claim_record(c) for r in RESULTS for c in r.claims]
    graph = nx.node_link_graph(
        json.loads((tmp_path / "graph.json").read_text(encoding="utf-8")), edges="edges"
    )
    assert sorted(graph.nodes) == ["country:NOR", "topic:関税の撤回"]
    saved = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert saved == report.to_json()
    assert saved["counts"] == {
        "documents": 2,
        "failed": 1,
        "sentences": 2,
        "mentions": 2,
        "claims": 2,
        "entities": 1,
        "nodes": 2,
        "edges": 2,
    }
    assert [d["line"] for d in saved["documents"]] == [1, 3]
    assert saved["failed"] == [{"input": "feed.jsonl", "line": 2, "doc_id": None, "reason": "not JSON"}]
    assert saved["renamed_ids"] == [{"input": "b.txt", "line": 3, "original_id": "a", "doc_id": "b"}]


def test_an_output_writer_stopped_by_an_error_leaves_the_old_files_alone(tmp_path):
    (tmp_path / "claims.jsonl").write_text("old\n")
    with pytest.raises(KeyboardInterrupt), OutputWriter(tmp_path, {}) as outputs:
        outputs.add_result(RESULTS[0])
        raise KeyboardInterrupt
    assert [p.name for p in tmp_path.iterdir()] == ["claims.jsonl"]
    assert (tmp_path / "claims.jsonl").read_text() == "old\n"


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
