"""The outputs depend on the input alone: not on the hash seed, nor on how many processes parse.

Each run is a separate ``python -m pipeline`` process, so one with another ``PYTHONHASHSEED``
iterates its sets and dicts of strings in another order: anything that reaches an output file in
hash order shows up as a difference.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.graph.outputs import OUTPUT_FILES

from ..conftest import ROOT, SEEDS

pytestmark = pytest.mark.model  # every run loads the model

# Made up: the same actors under other names across documents (米国/アメリカ), so that nodes merge,
# their aliases are sets, and label ties must be broken the same way every time.
DOCUMENTS = [
    ("a", "米国は北欧諸国への関税を撤回した。ノルウェー政府は米国の決定を歓迎した。"),
    ("b", "アメリカのスミス国務長官は、ノルウェーとの会談を行ったと発表した。"),
    ("c", "国連は両国の合意を支持した。\nノルウェーは米国に謝意を伝えたと報じられた。"),
    ("d", "米国とアメリカ議会は新たな協定を承認しなかった。"),
]


def _run(inputs: list[Path], out: Path, hash_seed: int, workers: int) -> subprocess.Popen:
    command = [
        sys.executable,
        "-m",
        "pipeline",
        "run",
        *map(str, inputs),
        "--out",
        str(out),
        "--quiet",
        "--batch-size",
        "2",
        "--workers",
        str(workers),
    ]
    environment = {**os.environ, "PYTHONHASHSEED": str(hash_seed)}
    return subprocess.Popen(
        command, cwd=ROOT, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )


def _outputs(out: Path) -> dict[str, bytes]:
    files = {name: (out / name).read_bytes() for name in OUTPUT_FILES}
    report = json.loads(files["report.json"])
    report.pop("timings")
    files["report.json"] = json.dumps(report, ensure_ascii=False, indent=1).encode()
    return files


def test_runs_in_other_processes_hash_seeds_and_worker_counts_write_the_same_bytes(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        "".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in DOCUMENTS),
        encoding="utf-8",
    )
    inputs = [SEEDS, feed]
    settings = {"seed 1, 1 worker": (1, 1), "seed 2, 1 worker": (2, 1), "seed 3, 2 workers": (3, 2)}
    runs = {
        name: _run(inputs, tmp_path / f"out{n}", *setting)
        for n, (name, setting) in enumerate(settings.items())
    }
    for name, process in runs.items():
        _, err = process.communicate(timeout=300)
        assert process.returncode == 0, f"{name}: {err.decode()}"
    outputs = {name: _outputs(tmp_path / f"out{n}") for n, name in enumerate(runs)}
    first, *others = outputs
    assert json.loads(outputs[first]["report.json"])["counts"]["edges"] > 0
    for other in others:
        for file in OUTPUT_FILES:
            assert outputs[other][file] == outputs[first][file], f"{file}: {other} differs from {first}"
