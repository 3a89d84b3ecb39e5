"""One folder holding every kind of bad input: the run goes on, names each failure, loses nothing.

A single CLI run (a subprocess, so exit status and stderr are the real ones) over a folder of good
documents in every encoding, broken and binary files, bad JSONL lines, duplicate and path-like ids,
markup and invisible characters, and a line far longer than SudachiPy accepts; plus standard input.
"""

from __future__ import annotations

import codecs
import json
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from importlib import resources
from pathlib import Path

import jsonschema
import networkx as nx
import pytest

from pipeline.cli import EXIT_FAILURES
from pipeline.graph.outputs import OUTPUT_FILES
from pipeline.io.cleaning import clean_for_parse

from ..conftest import ROOT

# Every test here reads the outputs of one CLI run, which loads the model.
pytestmark = pytest.mark.model

NEWS = "ロシア軍がウクライナに侵攻した。プーチン大統領は派兵を拒否した。"
STDIN_TEXT = "中国政府は米国の制裁を非難した。"

# name → (bytes, expected encoding); every one of these must give claims.
GOOD = {
    "utf8.txt": (NEWS.encode(), "utf-8"),
    "utf8_bom.txt": (codecs.BOM_UTF8 + NEWS.encode(), "utf-8-sig"),
    "utf16le.txt": (NEWS.encode("utf-16"), "utf-16"),
    "utf16be.txt": (codecs.BOM_UTF16_BE + NEWS.encode("utf-16-be"), "utf-16"),
    "sjis.txt": (("カザフスタンは" + NEWS).encode("shift_jis"), "cp932"),
    "eucjp.txt": (("カザフスタンは" + NEWS).encode("euc_jp"), "euc_jis_2004"),
    "jis.txt": (NEWS.encode("iso2022_jp"), "iso2022_jp"),
    "utf16_no_bom.txt": (("NBC News によると、" + NEWS).encode("utf-16-le"), "utf_16_le"),
    "markup.txt": (
        "<p>米国の<b>バイデン</b>大統領は\u200bロシアを\x01非難した。</p><!-- c -->\r\n".encode(),
        "utf-8",
    ),
    # 52 KB on one line: more than SudachiPy takes at once, with no sentence end after the first. (Four-byte
    # characters keep it quick to parse; tests/test_inputs.py cuts a 2 MB line into units the parser takes.)
    "huge_line.txt": ((NEWS + "\U00020bb7" * 13_000).encode(), "utf-8"),
}
BAD = {  # name → what report.json must say
    "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary data"),
    "ascii_controls.txt": (bytes(range(1, 32)) * 20, "control characters"),
    "empty.txt": (b"", "empty document"),
    "only_markup.txt": (b"<div><br/></div>\xe2\x80\x8b", "only markup"),
}
JSONL = [  # (line, doc_id or reason fragment)
    (json.dumps({"id": "a", "text": NEWS}, ensure_ascii=False), "a"),
    ("{broken", "not JSON"),
    ("[1, 2]", "not a JSON object"),
    (json.dumps({"id": "no_text"}), 'no "text"'),
    (json.dumps({"id": "not_string", "text": 42}), '"text" is a number'),
    (json.dumps({"id": "a", "text": "日本政府は声明を発表した。"}, ensure_ascii=False), "a~2"),
    (
        json.dumps({"id": "../../escaped", "text": "中国は制裁に反対した。"}, ensure_ascii=False),
        "../../escaped",
    ),
    (
        json.dumps({"id": "ctl\u0001\u200bid", "text": "<i>北朝鮮が\u200bミサイルを発射した。</i>"}),
        "ctl\u0001\u200bid",
    ),
    ('{"id": "surrogate", "text": "\\ud800韓国は\\udfff抗議した。"}', "surrogate"),
    ("[" * 200_000, "not usable JSON"),  # nesting too deep for json
    ("x" * 2_000_000, "not JSON"),  # an enormous line that is no JSON at all
]


@pytest.fixture(scope="module")
def messy_run(tmp_path_factory) -> tuple[Path, Path, subprocess.CompletedProcess]:
    corpus = tmp_path_factory.mktemp("messy")
    for name, (data, _) in {**GOOD, **BAD}.items():
        (corpus / name).write_bytes(data)
    (corpus / "sub").mkdir()
    (corpus / "sub" / "feed.jsonl").write_text("\n".join(line for line, _ in JSONL) + "\n", encoding="utf-8")
    (corpus / "dir.txt").mkdir()  # a folder named like a text file: searched, not read
    (corpus / "dir.txt" / "utf8.txt").write_bytes(NEWS.encode())  # same name as above: id utf8~2
    (corpus / "dangling.txt").symlink_to(corpus / "nowhere")
    out = corpus / "out"  # inside the input folder, holding a stale file that must not be read
    out.mkdir()
    (out / "claims.jsonl").write_text("stale\n")
    done = subprocess.run(
        [sys.executable, "-m", "pipeline", "run", "-", str(corpus), "--out", str(out)],
        cwd=ROOT,
        input=STDIN_TEXT.encode("cp932"),
        capture_output=True,
        timeout=300,
    )
    return corpus, out, done


def _report(out: Path) -> dict:
    return json.loads((out / "report.json").read_text(encoding="utf-8"))


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_bytes().decode("utf-8").split("\n") if line]


def _schema(name: str) -> dict:
    return json.loads(resources.files("pipeline.schemas").joinpath(name).read_text(encoding="utf-8"))


def test_exit_status_1_with_a_one_line_summary_and_no_traceback(messy_run):
    _, _, done = messy_run
    err = done.stderr.decode()
    assert done.returncode == EXIT_FAILURES, err
    assert "Traceback" not in err and "failed (see report.json)" in err


def test_every_bad_file_and_line_is_named_with_its_reason(messy_run):
    corpus, out, _ = messy_run
    failed = _report(out)["failed"]
    by_file = {Path(f["input"]).name: f["reason"] for f in failed if f["line"] is None}
    for name, (_, reason) in BAD.items():
        assert reason in by_file[name], name
    assert by_file["dangling.txt"].startswith("cannot read")
    by_line = {f["line"]: f["reason"] for f in failed if f["line"] is not None}
    for number, (_, expected) in enumerate(JSONL, 1):
        if number in by_line:
            assert expected in by_line[number]
    assert sorted(by_line) == [2, 3, 4, 5, 10, 11]
    assert {f["input"] for f in failed if f["line"]} == {str(corpus / "sub" / "feed.jsonl")}
    assert all(set(f) == {"input", "line", "doc_id", "reason"} for f in failed)
    assert len(failed) == len(BAD) + 1 + 6


def test_every_good_document_is_processed_with_its_encoding_and_claims(messy_run):
    corpus, out, _ = messy_run
    documents = {d["doc_id"]: d for d in _report(out)["documents"]}
    for name, (_, encoding) in GOOD.items():
        assert documents[Path(name).stem]["encoding"] == encoding, name
    assert documents["stdin"]["encoding"] == "cp932" and documents["stdin"]["input"] == "-"
    claims_by_doc = {claim["doc_id"] for claim in _lines(out / "claims.jsonl")}
    good_ids = [Path(n).stem for n in GOOD] + ["stdin", "a", "a~2", "../../escaped", "surrogate", "utf8~2"]
    assert set(good_ids) <= set(documents)
    assert set(good_ids) - {"surrogate"} <= claims_by_doc  # 韓国は抗議した: a claim without an object
    assert not any(str(out) in d["input"] for d in documents.values())


def test_duplicate_ids_are_renamed_and_reported(messy_run):
    corpus, out, _ = messy_run
    renamed = _report(out)["renamed_ids"]
    feed, text = str(corpus / "sub" / "feed.jsonl"), str(corpus / "utf8.txt")
    assert {"input": feed, "line": 6, "original_id": "a", "doc_id": "a~2"} in renamed
    assert {"input": text, "line": None, "original_id": "utf8", "doc_id": "utf8~2"} in renamed


def test_an_id_never_becomes_a_path(messy_run):
    corpus, _, _ = messy_run
    assert not (corpus.parent / "escaped").exists() and not (corpus / "escaped").exists()
    assert not list(corpus.parent.parent.glob("**/escaped"))


def test_outputs_are_valid_and_offsets_index_the_decoded_text(messy_run):
    corpus, out, _ = messy_run
    texts = {Path(n).stem: data.decode(encoding) for n, (data, encoding) in GOOD.items()}
    entity_validator = jsonschema.Draft202012Validator(_schema("entity.schema.json"))
    for mention in _lines(out / "entities.jsonl"):
        entity_validator.validate(mention)
        if mention["doc_id"] in texts:
            assert texts[mention["doc_id"]][mention["start"] : mention["end"]] == mention["text"]
    claim_validator = jsonschema.Draft202012Validator(_schema("claim.schema.json"))
    for claim in _lines(out / "claims.jsonl"):
        claim_validator.validate(claim)
        sentence = claim["sentence"]
        if claim["doc_id"] in texts:
            # The sentence's offsets index the decoded text; its text is that span, as decoded or as parsed
            # (with markup and invisible characters blanked out).
            text = texts[claim["doc_id"]]
            span = slice(sentence["start"], sentence["end"])
            assert sentence["text"] in (text[span], clean_for_parse(text)[span])
    markup = [m for m in _lines(out / "entities.jsonl") if m["doc_id"] == "markup"]
    assert "バイデン" in {m["text"] for m in markup}
    graph_data = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(_schema("graph.schema.json")).validate(graph_data)
    raw = (out / "graph.graphml").read_bytes()
    ElementTree.fromstring(raw)
    graph = nx.read_graphml(out / "graph.graphml", force_multigraph=True)
    assert graph.number_of_edges() == len(graph_data["edges"]) > 0
    for text in ("\x01", "\u200b", "<b>", "</i>", "\ufeff"):
        assert text.encode() not in raw
    assert sorted(p.name for p in out.iterdir()) == sorted(OUTPUT_FILES)
