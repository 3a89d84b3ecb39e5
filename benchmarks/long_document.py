"""One very long document with no line break, through the whole pipeline: time, memory, exact offsets.

Usage:
    .venv/bin/python benchmarks/long_document.py [FILE_OR_FOLDER ...] [--characters 300000]

Joins the articles of the inputs (by default ../shared/corpora/wikinews/articles_0-999.jsonl), line
breaks removed, into one document of ``--characters`` characters, runs ``python -m pipeline run`` on
it (one process, model load included) and prints the seconds, characters per second, CPU seconds and
peak resident memory, then checks that every mention, sentence and argument offset in the outputs
indexes the text exactly. A benchmark, not a test: it writes into a temporary folder and prints.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from speed import DEFAULT_CORPUS, ROOT, documents, pipeline, write_corpus

sys.path.insert(0, str(ROOT))
from pipeline.io.cleaning import clean_for_parse  # noqa: E402


def long_document(records: list[dict], characters: int, folder: Path) -> tuple[Path, str]:
    """One document of ``characters`` characters and no line break, made of the corpus's articles."""
    text = ""
    for record in records * (1 + characters // max(1, sum(len(r["text"]) for r in records))):
        text += record["text"].replace("\n", "").replace("\r", "")
        if len(text) >= characters:
            break
    text = text[:characters]
    path = folder / "long.jsonl"
    write_corpus([{"id": "long", "text": text}], path)
    return path, text


def check_offsets(out: Path, text: str) -> tuple[int, int, list[str]]:
    """Every mention's and every claim's offsets against the text: (mentions, claims, problems)."""
    problems = []
    parsed = clean_for_parse(text)
    mentions = [
        json.loads(line) for line in (out / "entities.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    for mention in mentions:
        if text[mention["start"] : mention["end"]] != mention["text"]:
            problems.append(f"mention {mention}")
    claims = [json.loads(line) for line in (out / "claims.jsonl").read_text(encoding="utf-8").splitlines()]
    for claim in claims:
        sentence = claim["sentence"]
        # Its text is the span as decoded or as parsed (invisible characters blanked): README, claims.jsonl.
        span = slice(sentence["start"], sentence["end"])
        if sentence["text"] not in (text[span], parsed[span]):
            problems.append(f"sentence of {claim['id']}")
        for role in ("subject", "object", "source"):
            argument = claim[role]
            if argument and argument["start"] is not None:
                if text[argument["start"] : argument["end"]] != argument["text"]:
                    problems.append(f"{role} of {claim['id']}")
    return len(mentions), len(claims), problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("inputs", nargs="*", type=Path)
    parser.add_argument("--characters", type=int, default=300_000)
    args = parser.parse_args(argv)
    records = documents(args.inputs or [DEFAULT_CORPUS])
    folder = Path(tempfile.mkdtemp(prefix="long-document-"))
    path, text = long_document(records, args.characters, folder)
    run = pipeline(path, len(text), folder / "out", name=f"one {len(text)}-character document")
    mentions, claims, problems = check_offsets(folder / "out", text)
    print(
        f"{run.name}, no line break: {run.seconds:.1f} s ({run.throughput:.0f} characters/s, whole process), "
        f"{run.cpu_seconds:.1f} CPU s, peak {run.peak_mb:.0f} MB; {mentions} mentions, {claims} claims; "
        f"offsets {'all exact' if not problems else f'WRONG: {problems[:5]}'}"
    )
    print(f"outputs kept in {folder}")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
