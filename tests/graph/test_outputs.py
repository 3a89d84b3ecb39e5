"""The output files on the seed document: contract, schemas, round trips, determinism."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ElementTree
from importlib import resources
from pathlib import Path

import jsonschema
import networkx as nx
import pytest

from pipeline.graph.nodelink import JSON_SOURCE_ATTRIBUTE
from pipeline.graph.outputs import OUTPUT_FILES
from pipeline.io.inputs import expand_inputs, read_documents
from pipeline.runner import run

from ..browser import WINDOW, assert_graph_drawn, screenshot
from ..conftest import OUTPUTS, SEEDS

SEED_ID = "000_7ef4c1ac817967bc"


@pytest.fixture(scope="session")
def seed_run(nlp, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("seed_run")
    model = {"name": "ja_ginza", "version": str(nlp.meta["version"])}
    run(nlp, model, read_documents(expand_inputs([str(SEEDS)])), out)
    return out


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _schema(name: str) -> dict:
    return json.loads(resources.files("pipeline.schemas").joinpath(name).read_text(encoding="utf-8"))


def _claims(out: Path) -> list[dict]:
    return _lines(out / "claims.jsonl")


def test_writes_the_output_files_and_nothing_else(seed_run):
    assert sorted(p.name for p in seed_run.iterdir()) == sorted(OUTPUT_FILES)


def test_entities_lines_match_schema_and_offsets(seed_run):
    validator = jsonschema.Draft202012Validator(_schema("entity.schema.json"))
    text = (SEEDS / f"{SEED_ID}.txt").read_text(encoding="utf-8")
    mentions = _lines(seed_run / "entities.jsonl")
    assert len(mentions) > 50
    for mention in mentions:
        validator.validate(mention)
        assert text[mention["start"] : mention["end"]] == mention["text"]
        assert mention["type"] in {"person", "country", "organization", "location"}


def test_claims_lines_match_schema_and_offsets(seed_run):
    validator = jsonschema.Draft202012Validator(_schema("claim.schema.json"))
    text = (SEEDS / f"{SEED_ID}.txt").read_text(encoding="utf-8")
    claims = _claims(seed_run)
    for claim in claims:
        validator.validate(claim)
        sentence = claim["sentence"]
        assert text[sentence["start"] : sentence["end"]] == sentence["text"]
    assert len({claim["id"] for claim in claims}) == len(claims)


def _arguments(claim: dict) -> list[dict]:
    found = [claim["subject"], claim["object"], claim["source"], *claim["source_chain"]]
    return [argument for argument in found if argument is not None]


def test_every_argument_points_at_the_mention_it_comes_from(seed_run):
    text = (SEEDS / f"{SEED_ID}.txt").read_text(encoding="utf-8")
    mentions = _lines(seed_run / "entities.jsonl")
    claims = _claims(seed_run)
    arguments = [argument for claim in claims for argument in _arguments(claim)]
    assert len(arguments) > 100
    for argument in arguments:
        assert text[argument["start"] : argument["end"]] == argument["text"], argument
        if argument["entity_id"] is not None:
            assert any(
                m["entity_id"] == argument["entity_id"]
                and m["start"] < argument["end"]
                and argument["start"] < m["end"]
                for m in mentions
            ), argument
    carried = [c for c in claims if c["subject_from"] == "previous_sentence"]
    assert carried
    # A subject carried from an earlier sentence points at that sentence's mention.
    assert all(c["subject"]["end"] <= c["sentence"]["start"] for c in carried)


def test_graph_json_matches_schema(seed_run):
    data = json.loads((seed_run / "graph.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(_schema("graph.schema.json")).validate(data)


def test_actors_json_matches_schema(seed_run):
    data = json.loads((seed_run / "actors.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(_schema("actors.schema.json")).validate(data)
    assert data["edges"] and all(edge["weight"] == len(edge["claim_ids"]) for edge in data["edges"])


def test_seed_gives_at_least_15_claims(seed_run):
    assert len(_claims(seed_run)) >= 15


def _find(claims, subject, lemma, obj=None):
    return [
        c
        for c in claims
        if c["subject"]
        and subject in c["subject"]["text"]
        and c["predicate"]["lemma"] == lemma
        and (obj is None or (c["object"] and obj in c["object"]["text"]))
    ]


def test_kazakhstan_refused_troop_dispatch_reported_by_nbc(seed_run):
    found = _find(_claims(seed_run), "カザフスタン", "拒否する", "派兵")
    assert found
    assert any(c["source"] and "NBC" in c["source"]["text"] and c["modality"] == "reported" for c in found)
    assert all(c["subject"]["entity_id"] == "country:KAZ" for c in found)


def test_security_council_welcomed_kazakhstan(seed_run):
    found = _find(_claims(seed_run), "米安全保障会議", "歓迎する", "カザフスタン")
    assert found and found[0]["negated"] is False


def test_russia_recognized_independence(seed_run):
    assert _find(_claims(seed_run), "ロシア", "承認する", "独立")


def test_aliases_merge_into_one_country_node(seed_run):
    graph = nx.read_graphml(seed_run / "graph.graphml")
    usa = graph.nodes["country:USA"]
    assert usa["country"] == "USA" and usa["type"] == "country"
    assert {"米国", "アメリカ"} <= set(usa["aliases"].split("|"))


def test_graphml_keys_are_named_and_single_typed(seed_run):
    root = ElementTree.parse(seed_run / "graph.graphml").getroot()
    namespace = {"g": "http://graphml.graphdrawing.org/xmlns"}
    keys = root.findall("g:key", namespace)
    ids = {(key.get("for"), key.get("id")) for key in keys}
    assert ("node", "label") in ids and ("edge", "predicate") in ids
    for key in keys:
        assert key.get("id") == key.get("attr.name")


# XML 1.0 (5th edition) NameChar: what a GraphML id (xs:NMTOKEN) may hold.
_NMTOKEN = re.compile(
    "^[-.0-9:A-Z_a-z\u00b7\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u037d\u037f-\u1fff\u200c\u200d"
    "\u203f\u2040\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd"
    "\U00010000-\U000effff]+$"
)


def test_graphml_ids_are_unique_name_tokens(seed_run):
    root = ElementTree.parse(seed_run / "graph.graphml").getroot()
    namespace = {"g": "http://graphml.graphdrawing.org/xmlns"}
    key_ids = [key.get("id") for key in root.findall("g:key", namespace)]
    node_ids = [node.get("id") for node in root.iter("{http://graphml.graphdrawing.org/xmlns}node")]
    assert len(set(key_ids)) == len(key_ids)
    assert len(set(node_ids)) == len(node_ids) > 10
    for identifier in key_ids + node_ids:
        assert _NMTOKEN.match(identifier), identifier


def _sorted_graph(graph: nx.MultiDiGraph):
    nodes = sorted((n, sorted(d.items())) for n, d in graph.nodes(data=True))
    edges = sorted((u, v, str(k), sorted(d.items())) for u, v, k, d in graph.edges(keys=True, data=True))
    return nodes, edges


def test_graphml_round_trip(seed_run):
    written = nx.read_graphml(seed_run / "graph.graphml", force_multigraph=True)
    from_json = nx.node_link_graph(
        json.loads((seed_run / "graph.json").read_text(encoding="utf-8")), edges="edges"
    )
    assert written.number_of_edges() > 0
    assert _sorted_graph(written)[0] == _sorted_graph(from_json)[0]
    graphml_edges = _sorted_graph(written)[1]
    json_edges = [
        (u, v, k, sorted((("source" if a == JSON_SOURCE_ATTRIBUTE else a), b) for a, b in d))
        for u, v, k, d in _sorted_graph(from_json)[1]
    ]
    assert graphml_edges == sorted(json_edges)


def _without_timings(path: Path) -> dict:
    report = json.loads(path.read_text(encoding="utf-8"))
    report.pop("timings")
    return report


def test_a_new_run_reproduces_the_committed_outputs(seed_run):
    """outputs/ is the committed run on seeds/: a new run gives the same bytes (report: all but timings)."""
    for name in OUTPUT_FILES:
        if name == "report.json":
            fresh, committed = _without_timings(seed_run / name), _without_timings(OUTPUTS / name)
            fresh["documents"][0]["input"] = committed["documents"][0]["input"]
            assert fresh == committed
        else:
            assert (seed_run / name).read_bytes() == (OUTPUTS / name).read_bytes(), name


def test_the_seed_runs_graph_html_is_drawn(seed_run, tmp_path):
    picture = screenshot(seed_run / "graph.html", tmp_path / "seed.png", window=WINDOW)
    assert_graph_drawn(picture, {"person", "country", "organization", "actor"})
