"""Print the claim figures on the dev sets (a quality benchmark, not a test).

    .venv/bin/python benchmarks/quality.py [--eval-dir ../shared/eval] [--gold-dir ../shared/dev_gold]

Runs the pipeline (``python -m pipeline run``) on the seed article and on the
Wikinews dev excerpts, then scores both with the shared scoring script
(eval/score_claims.py) and prints F1, F1 with negation, and modality accuracy
for each, with the scorer's per-section lines for the seed. Paths default to
../shared (next to the project) and can be set with the options or SHARED_DIR.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("SHARED_DIR", ROOT.parent / "shared"))


def run_pipeline(inputs: list[str], out: Path) -> None:
    command = [sys.executable, "-m", "pipeline", "run", *inputs, "--out", str(out), "--quiet"]
    result = subprocess.run(command, cwd=ROOT, check=False, capture_output=True, text=True)
    if result.returncode != 0:
        print(
            f"pipeline run on {' '.join(inputs)} exited {result.returncode}: {result.stderr.strip()}",
            file=sys.stderr,
        )


def score(eval_dir: Path, gold: Path, claims: Path) -> list[str]:
    result = subprocess.run(
        [sys.executable, str(eval_dir / "score_claims.py"), str(gold), str(claims)],
        capture_output=True,
        text=True,
        check=True,
    )
    return [
        line
        for line in result.stdout.splitlines()
        if line.startswith(("documents", "lenient", "+ negation", "modality", "section", "f1="))
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=SHARED / "eval")
    parser.add_argument("--gold-dir", type=Path, default=SHARED / "dev_gold")
    parser.add_argument("--seed", default=str(ROOT / "seeds"), help="the seed input (file or folder)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        wikinews_docs = work / "wikinews_docs.jsonl"
        subprocess.run(
            [
                sys.executable,
                str(args.eval_dir / "score_claims.py"),
                "--docs",
                str(args.gold_dir / "wikinews_dev.json"),
                str(wikinews_docs),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        sets = [
            ("seed_claims.json", [args.seed], work / "seed"),
            ("wikinews_dev.json", [str(wikinews_docs)], work / "wikinews"),
        ]
        for gold_name, inputs, out in sets:
            run_pipeline(inputs, out)
            print(f"== claims ({gold_name})")
            for line in score(args.eval_dir, args.gold_dir / gold_name, out / "claims.jsonl"):
                print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
