"""--resume: a run killed at any point, started again, ends with the bytes of an uninterrupted run."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.cli import EXIT_FAILURES, EXIT_USAGE, main
from pipeline.graph.outputs import OUTPUT_FILES
from pipeline.io.inputs import expand_inputs, read_documents
from pipeline.journal import SYNC_EVERY_ENTRIES, Journal, failure_entry
from pipeline.records import Failure
from pipeline.runner import JOURNAL_DIR, ResumeMismatch, run

from ..conftest import ROOT

ACTORS = ["ロシア", "米国", "中国", "日本政府", "プーチン大統領", "バイデン大統領", "カザフスタン", "国連"]
ACTIONS = ["派兵を拒否した", "制裁を発表した", "侵攻を非難した", "支援を表明した", "会談を行った"]


def _corpus(folder: Path, documents: int = 36) -> Path:
    """Small news-like documents, with bad files and bad JSONL lines among them."""
    folder.mkdir()
    records = []
    for n in range(documents):
        a, b = ACTORS[n % len(ACTORS)], ACTORS[(n * 3 + 1) % len(ACTORS)]
        text = "\n".join(
            f"{a}は{n + i}日、{b}への{ACTIONS[(n + i) % len(ACTIONS)]}と報じられた。" for i in range(3)
        )
        if n % 3:
            (folder / f"doc{n:02d}.txt").write_text(text, encoding="utf-8")
        else:
            records.append(json.dumps({"id": f"doc{n:02d}", "text": text}, ensure_ascii=False))
        if n % 9 == 4:
            records.append("{broken")
            (folder / f"doc{n:02d}b.txt").write_bytes(b"\x00\x01binary")
    (folder / "feed.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    return folder


def _cli(*args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "pipeline", "run", *args, "--quiet", "--batch-size", "2"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _outputs(out: Path) -> dict[str, bytes | dict]:
    files: dict[str, bytes | dict] = {name: (out / name).read_bytes() for name in OUTPUT_FILES}
    report = json.loads(files["report.json"])
    report.pop("timings")
    files["report.json"] = report
    return files


def _children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (Linux's /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            status = (entry / "status").read_text()
        except OSError:
            continue
        if entry.name.isdigit() and f"\nPPid:\t{pid}\n" in status:
            found.append(int(entry.name))
    return found


def _running(pid: int) -> bool:
    try:
        return "\nState:\tZ" not in Path(f"/proc/{pid}/status").read_text()  # a zombie has ended
    except OSError:
        return False


@pytest.mark.model  # three CLI processes, each loading the model (each worker, with workers)
@pytest.mark.parametrize("workers", ["1", "2"])
def test_kill_9_then_resume_gives_the_bytes_of_an_uninterrupted_run(tmp_path, workers):
    corpus = _corpus(tmp_path / "corpus")
    killed, whole = tmp_path / "killed", tmp_path / "whole"
    uninterrupted = _cli(str(corpus), "--out", str(whole))
    victim = _cli(str(corpus), "--out", str(killed), "--workers", workers)
    journal = killed / JOURNAL_DIR / "journal.jsonl"
    deadline = time.monotonic() + 300  # a generous bound on a loaded machine, not a timing
    while not (journal.exists() and journal.read_bytes().count(b"\n") >= 6):
        assert victim.poll() is None and time.monotonic() < deadline, "the run ended before the kill"
        time.sleep(0.02)
    orphans = _children(victim.pid) if Path("/proc").is_dir() else []
    victim.send_signal(signal.SIGKILL)
    victim.wait()
    assert not any((killed / name).exists() for name in OUTPUT_FILES)
    deadline = time.monotonic() + 60
    while any(map(_running, orphans)) and time.monotonic() < deadline:
        time.sleep(0.1)  # workers end with their parent, even one killed outright
    assert not [pid for pid in orphans if _running(pid)]

    resumed = _cli(str(corpus), "--out", str(killed), "--resume", "--workers", workers)
    assert resumed.wait(timeout=600) == EXIT_FAILURES, resumed.stderr.read().decode()
    assert uninterrupted.wait(timeout=600) == EXIT_FAILURES
    assert _outputs(killed) == _outputs(whole)
    report = json.loads((killed / "report.json").read_text(encoding="utf-8"))
    assert 0 < report["timings"]["resumed_documents"] < report["counts"]["documents"]
    assert report["counts"]["failed"] == 8  # four binary files, four broken lines
    assert sorted(p.name for p in killed.iterdir()) == sorted(OUTPUT_FILES)  # journal and temporaries gone


class _Interrupted(Exception):
    pass


def _interrupted_after(items, count: int):
    for number, item in enumerate(items):
        if number == count:
            raise _Interrupted
        yield item


MODEL = {"name": "ja_ginza", "version": "test"}


def test_resume_in_input_order_with_failures_between_documents(nlp, tmp_path):
    corpus = _corpus(tmp_path / "corpus", documents=14)
    paths = expand_inputs([str(corpus)])
    whole, broken = tmp_path / "whole", tmp_path / "broken"
    run(nlp, MODEL, read_documents(paths), whole, inputs=paths, batch_size=4)
    for stop in (5, 11):  # stop twice, resuming each time
        with pytest.raises(_Interrupted):
            run(
                nlp,
                MODEL,
                _interrupted_after(read_documents(paths), stop),
                broken,
                resume=True,
                inputs=paths,
                batch_size=4,
            )
    report = run(nlp, MODEL, read_documents(paths), broken, resume=True, inputs=paths, batch_size=4)
    assert report.timings["resumed_documents"] > 0
    assert _outputs(broken) == _outputs(whole)


def test_a_line_cut_short_by_the_kill_is_dropped_and_redone(nlp, tmp_path):
    corpus = _corpus(tmp_path / "corpus", documents=4)
    paths = expand_inputs([str(corpus)])
    whole, broken = tmp_path / "whole", tmp_path / "broken"
    run(nlp, MODEL, read_documents(paths), whole, inputs=paths)
    with pytest.raises(_Interrupted):
        run(nlp, MODEL, _interrupted_after(read_documents(paths), 3), broken, inputs=paths, batch_size=1)
    journal = broken / JOURNAL_DIR / "journal.jsonl"
    journal.write_bytes(journal.read_bytes()[:-20])  # the last entry, half written
    (broken / ".claims.jsonl.abc123.tmp").write_text("half")  # a temporary file the kill left
    run(nlp, MODEL, read_documents(paths), broken, resume=True, inputs=paths)
    assert _outputs(broken) == _outputs(whole)
    assert not (broken / ".claims.jsonl.abc123.tmp").exists()


def test_resume_on_other_inputs_is_refused(nlp, tmp_path):
    corpus = _corpus(tmp_path / "corpus", documents=4)
    paths = expand_inputs([str(corpus)])
    with pytest.raises(_Interrupted):
        run(
            nlp,
            MODEL,
            _interrupted_after(read_documents(paths), 3),
            tmp_path / "out",
            inputs=paths,
            batch_size=1,
        )
    with pytest.raises(ResumeMismatch, match="other inputs"):
        run(nlp, MODEL, read_documents(paths[1:]), tmp_path / "out", resume=True, inputs=paths[1:])
    (corpus / "doc01.txt").write_text("中国は反対した。", encoding="utf-8")  # same file names, new text
    with pytest.raises(ResumeMismatch, match="a file changed"):
        run(nlp, MODEL, read_documents(paths), tmp_path / "out", resume=True, inputs=paths)


@pytest.fixture
def cli(nlp, monkeypatch, capsys):
    """main() in-process, with the session's model instead of loading another."""
    monkeypatch.setattr("pipeline.cli.load_model", lambda name: nlp)

    def _main(*argv: str) -> tuple[int, str]:
        code = main(["run", *argv, "--quiet"])
        return code, capsys.readouterr().err

    return _main


def test_cli_resume_mismatch_exits_2_with_one_line(cli, nlp, tmp_path):
    corpus = _corpus(tmp_path / "corpus", documents=4)
    paths = expand_inputs([str(corpus)])
    model = {"name": f"{nlp.meta['lang']}_{nlp.meta['name']}", "version": nlp.meta["version"]}
    with pytest.raises(_Interrupted):
        run(
            nlp,
            model,
            _interrupted_after(read_documents(paths), 2),
            tmp_path / "out",
            inputs=paths,
            batch_size=1,
        )
    code, err = cli(str(corpus / "doc01.txt"), "--out", str(tmp_path / "out"), "--resume")
    assert code == EXIT_USAGE
    assert err.count("\n") == 1 and "run again without --resume" in err and "Traceback" not in err
    assert not (tmp_path / "out" / "report.json").exists()


def test_resume_with_nothing_to_resume_runs_from_the_start(cli, tmp_path):
    corpus = _corpus(tmp_path / "corpus", documents=5)
    code, err = cli(str(corpus), "--out", str(tmp_path / "a"))
    assert code == EXIT_FAILURES
    code, err = cli(str(corpus), "--out", str(tmp_path / "a"), "--resume")
    assert code == EXIT_FAILURES and "nothing to resume" in err
    code, _ = cli(str(corpus), "--out", str(tmp_path / "b"))
    assert _outputs(tmp_path / "a") == _outputs(tmp_path / "b")


def test_other_files_in_the_output_folder_are_left_alone(cli, tmp_path):
    corpus = _corpus(tmp_path / "corpus", documents=3)
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    (out / "claims.jsonl").write_text("old")
    cli(str(corpus), "--out", str(out))
    assert (out / "notes.txt").read_text() == "mine"
    assert (out / "claims.jsonl").read_text() != "old"
    assert sorted(p.name for p in out.iterdir()) == sorted([*OUTPUT_FILES, "notes.txt"])
    assert oct(os.stat(out / "report.json").st_mode & 0o777) == oct(0o666 & ~_umask())


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def test_an_output_folder_that_cannot_be_written_is_a_one_line_error(cli, tmp_path):
    corpus = _corpus(tmp_path / "corpus", documents=2)
    (tmp_path / "file").write_text("x")
    code, err = cli(str(corpus), "--out", str(tmp_path / "file" / "out"))
    assert code == EXIT_USAGE
    assert err.startswith("python -m pipeline run: error: cannot write to") and err.count("\n") == 1


def test_the_journal_reaches_the_disk_every_few_entries_so_a_power_cut_loses_only_the_last_few(
    tmp_path, monkeypatch
):
    synced: list[int] = []
    journal = Journal(tmp_path, {"inputs": [], "model": MODEL}, resume=False)
    monkeypatch.setattr(os, "fsync", lambda descriptor: synced.append(len(journal.path.read_bytes())))
    for number in range(40):
        journal.append(failure_entry(Failure("feed.jsonl", "not JSON", number + 1)))
    lines = journal.path.read_bytes().count(b"\n")
    assert lines == 41 and len(synced) >= 2  # every entry is flushed whole; synced every SYNC_EVERY_ENTRIES
    assert all(
        size == len(b"".join(journal.path.read_bytes().splitlines(True)[: 1 + n]))
        for n, size in zip((SYNC_EVERY_ENTRIES, 2 * SYNC_EVERY_ENTRIES), synced, strict=False)
    )
    journal.close(remove=True)
