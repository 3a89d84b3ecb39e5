"""Engines: worker processes and a Dask cluster write the bytes of a run in this process.

The workers parse and extract their own documents; this process, which hands them out, never
imports spaCy. Partitions are made small here so that a few documents make several of them, and
results that come back out of turn must still be journaled in input order.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

import pytest

from pipeline.engines import tasks
from pipeline.engines.cluster import DaskCluster
from pipeline.engines.local import in_order, worker_context
from pipeline.engines.tasks import ParseSettings, partitions
from pipeline.graph.outputs import OUTPUT_FILES
from pipeline.io.inputs import expand_inputs, read_documents
from pipeline.records import Document
from pipeline.runner import run

from ..conftest import ROOT

# Made up: a few short news items, with a binary file and a broken line among them.
ITEMS = [
    "ロシア政府は{n}日、ウクライナへの派兵を拒否したと発表した。",
    "米国のスミス国務長官は{n}日、中国への制裁を発表した。",
    "国連は{n}日、両国の合意を支持した。\n日本政府は支援を表明した。",
]


def _corpus(folder: Path, documents: int = 9) -> Path:
    folder.mkdir()
    lines = []
    for n in range(documents):
        text = ITEMS[n % len(ITEMS)].format(n=n + 1)
        if n % 2:
            (folder / f"doc{n:02d}.txt").write_text(text, encoding="utf-8")
        else:
            lines.append(json.dumps({"id": f"item{n}", "text": text}, ensure_ascii=False))
    lines.insert(2, "{broken")
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "doc99.txt").write_bytes(b"\x00\x01binary")
    return folder


def _outputs(out: Path) -> dict[str, bytes]:
    files = {name: (out / name).read_bytes() for name in OUTPUT_FILES}
    report = json.loads(files["report.json"])
    report.pop("timings")
    files["report.json"] = json.dumps(report, ensure_ascii=False).encode()
    return files


MODEL = {"name": "ja_ginza", "version": "test"}


@pytest.fixture(scope="module")
def in_process(nlp, tmp_path_factory) -> tuple[Path, list[str], dict[str, bytes]]:
    """The corpus, its paths, and the outputs of a run in this process."""
    folder = tmp_path_factory.mktemp("engines")
    corpus = _corpus(folder / "corpus")
    paths = expand_inputs([str(corpus)])
    run(nlp, MODEL, read_documents(paths), folder / "local", inputs=paths)
    outputs = _outputs(folder / "local")
    assert json.loads(outputs["report.json"])["counts"]["edges"] > 0
    return folder, paths, outputs


@pytest.mark.model  # the workers load the model
def test_worker_processes_write_the_same_bytes_and_the_main_process_never_imports_spacy(in_process):
    folder, paths, local = in_process
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from pipeline.engines import tasks
        from pipeline.engines.local import WorkerProcesses
        from pipeline.io.inputs import read_documents
        from pipeline.runner import run

        tasks.PARTITION_DOCUMENTS = 2
        paths = {paths!r}
        engine = WorkerProcesses(tasks.ParseSettings("ja_ginza"), workers=2)
        run(engine, {MODEL!r}, read_documents(paths), Path({str(folder / "workers")!r}), inputs=paths)
        print("spacy" in sys.modules)
        """
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, timeout=600)
    assert done.returncode == 0, done.stderr.decode()
    assert done.stdout.decode().strip() == "False"  # so it parsed nothing itself
    assert _outputs(folder / "workers") == local


@pytest.mark.model  # the Dask workers load the model
def test_a_dask_local_cluster_writes_the_bytes_of_a_local_run(in_process, monkeypatch):
    folder, paths, local = in_process
    monkeypatch.setattr(tasks, "PARTITION_DOCUMENTS", 2)
    engine = DaskCluster(ParseSettings("ja_ginza"), workers=2)
    run(engine, MODEL, read_documents(paths), folder / "dask", inputs=paths)
    assert _outputs(folder / "dask") == local


def _documents(lengths: list[int]) -> list[Document]:
    return [Document(f"d{n}", "あ" * length, "<test>") for n, length in enumerate(lengths)]


def test_partitions_keep_input_order_and_their_bounds(monkeypatch):
    monkeypatch.setattr(tasks, "PARTITION_DOCUMENTS", 3)
    monkeypatch.setattr(tasks, "PARTITION_CHARS", 100)
    parts = list(partitions(_documents([10, 10, 10, 10, 90, 20, 500, 5])))
    assert [[d.id for d in part] for part in parts] == [
        ["d0", "d1", "d2"],
        ["d3", "d4"],
        ["d5"],
        ["d6"],
        ["d7"],
    ]


def test_results_come_back_in_order_with_a_bounded_window():
    submitted: list[int] = []

    def tasks_():
        for number in range(10):
            submitted.append(number)
            future: Future = Future()
            future.set_result([f"line {number}"])
            yield future

    lines = in_order(tasks_(), window=3)
    assert next(lines) == "line 0" and len(submitted) == 3  # no more read ahead than the window
    assert list(lines) == [f"line {n}" for n in range(1, 10)]


def test_a_document_the_parser_fails_on_is_a_failure_and_the_others_of_its_batch_are_kept(
    nlp, tmp_path, monkeypatch
):
    parse = nlp.pipe

    def failing_pipe(texts, **options):
        texts = list(texts)
        if any("北星爆発" in text for text in texts):
            raise RuntimeError("the parser gave up")
        return parse(texts, **options)

    monkeypatch.setattr(nlp, "pipe", failing_pipe)
    documents = [
        Document("a", "ロシア政府は派兵を拒否した。", "<test>"),
        Document("b", "北星爆発の報道について政府は説明した。", "<test>", 2),
        Document("c", "米国は中国への制裁を発表した。", "<test>"),
    ]
    report = run(nlp, MODEL, documents, tmp_path / "out")
    assert report.counts["documents"] == 2 and report.counts["claims"] >= 2
    [failure] = report.failed
    assert (
        failure["doc_id"] == "b" and failure["reason"] == "internal error: RuntimeError: the parser gave up"
    )


@pytest.mark.model  # the fork server loads the model
def test_workers_start_with_the_model_the_fork_server_loaded():
    context = worker_context("ja_ginza")
    if context.get_start_method() != "forkserver":
        pytest.skip("no fork server on this system: each worker loads the model itself")
    with ProcessPoolExecutor(1, mp_context=context) as pool:
        assert pool.submit(_models_loaded).result(timeout=600) == ["ja_ginza"]


def _models_loaded() -> list[str]:
    """The models a worker has before its first task asks for one."""
    from pipeline.engines import work

    return sorted(work._loaded.__dict__.get("models", {}))
