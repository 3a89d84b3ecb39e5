"""The command line: help, exit codes and one-line messages for unusable arguments."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest

from pipeline.cli import EXIT_USAGE, _progress_bar, main

from ..conftest import ROOT, SEEDS


def _run_cli(capsys, *argv: str) -> tuple[int, str]:
    try:
        code = main(list(argv))
    except SystemExit as exit_:
        code = exit_.code
    return code, capsys.readouterr().err


def test_help_explains_every_option(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["run", "--help"])
    assert exit_.value.code == 0
    text = capsys.readouterr().out
    for option in (
        "INPUT", "--out", "--model", "--workers", "--engine", "--scheduler", "--batch-size", "--batch-chars",
        "--resume", "--quiet",
    ):  # fmt: skip
        assert option in text


@pytest.mark.parametrize(
    "argv, message",
    [
        ([], "required"),
        (["run", str(SEEDS)], "--out"),
        (["run", "no/such/file.txt", "--out", "OUT"], "no such file or folder"),
        (["run", "pyproject.toml", "--out", "OUT"], "not a .txt or .jsonl"),
        (["run", str(SEEDS), "--out", "OUT", "--workers", "0"], "less than 1"),
        (["run", str(SEEDS), "--out", "OUT", "--batch-size", "many"], "not a whole number"),
        (["run", "-", "-", "--out", "OUT"], "only once"),
        (["run", str(SEEDS), "--out", "OUT", "--scheduler", "tcp://localhost:8786"], "--engine dask"),
        (["run", str(SEEDS), "--out", "OUT", "--engine", "spark"], "invalid choice"),
    ],
)
def test_unusable_arguments_exit_2_with_a_message_and_write_nothing(
    capsys, tmp_path, monkeypatch, argv, message
):
    monkeypatch.chdir(ROOT)
    argv = [str(tmp_path / "OUT") if a == "OUT" else a for a in argv]
    code, err = _run_cli(capsys, *argv)
    assert code == EXIT_USAGE
    assert message in err
    assert "Traceback" not in err
    assert not (tmp_path / "OUT").exists()


def test_out_that_is_a_file_is_refused(capsys, tmp_path):
    target = tmp_path / "out"
    target.write_text("x")
    code, err = _run_cli(capsys, "run", str(SEEDS), "--out", str(target))
    assert code == EXIT_USAGE and "not a folder" in err


def test_missing_model_says_what_to_install(capsys, tmp_path):
    code, err = _run_cli(capsys, "run", str(SEEDS), "--out", str(tmp_path / "o"), "--model", "no_such_model")
    assert code == EXIT_USAGE
    assert "pip install" in err and "Traceback" not in err


@pytest.mark.model  # the subprocess loads the model
def test_module_entry_point_runs_stdin_end_to_end(tmp_path):
    """`python -m pipeline run -` reads one document from standard input."""
    text = "米国のバイデン大統領は、ロシアへの制裁を発表した。"
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "run", "-", "--out", str(tmp_path), "--quiet"],
        input=text.encode("utf-8"),
        capture_output=True,
        cwd=ROOT,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr.decode()
    lines = (tmp_path / "claims.jsonl").read_text(encoding="utf-8").splitlines()
    claims = [json.loads(line) for line in lines]
    assert any(c["doc_id"] == "stdin" and c["predicate"]["lemma"] == "発表する" for c in claims)
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert report["counts"]["documents"] == 1 and report["failed"] == []


def test_the_progress_bar_counts_its_documents_while_the_run_starts(tmp_path, monkeypatch):
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"text": "a"}\n\n{"text": "b"}\n{broken\n', encoding="utf-8")
    (tmp_path / "one.txt").write_text("c", encoding="utf-8")
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    bar = _progress_bar([str(feed), str(tmp_path / "one.txt"), "-"], quiet=False)
    deadline = time.monotonic() + 30
    while bar.total is None and time.monotonic() < deadline:
        time.sleep(0.01)
    bar.close()
    assert bar.total == 5  # three non-blank lines, a file, standard input
    meter = bar.format_meter(10, 50, 2.0, unit="doc")  # ten documents in two seconds, forty to go
    assert "5.00doc/s" in meter and "00:02<00:08" in meter
    assert _progress_bar([str(feed)], quiet=True) is None


def test_a_dask_scheduler_that_does_not_answer_exits_2_with_a_message_and_writes_nothing(
    capsys, tmp_path, monkeypatch
):
    monkeypatch.setattr("pipeline.engines.cluster.CONNECT_TIMEOUT", "1s")
    out = tmp_path / "out"
    argv = ["run", str(SEEDS), "--out", str(out), "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9"]
    code, err = _run_cli(capsys, *argv)
    assert code == EXIT_USAGE and "cannot reach the Dask scheduler tcp://127.0.0.1:9" in err
    assert err.count("\n") == 1 and not out.exists()
