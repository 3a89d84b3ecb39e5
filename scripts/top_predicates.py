#!/usr/bin/env python3
"""Write tests/data/wikinews_top_predicates.json: the most frequent predicate lemmas of a run's claims.

    python scripts/top_predicates.py RUN/claims.jsonl [--entities RUN/entities.jsonl] [--top 300]

Counts ``predicate.lemma`` over the lines of claims.jsonl and keeps the TOP most
frequent, ties broken by the lemma, so the same run gives the same file. A lemma
made of a recognised actor's name and する (産経新聞する, from a citation line) is
a parser error, not a verb of news: lemmas whose stem is the text of a mention in
the run's entities.jsonl are left out, and listed in the file's ``excluded``.
tests/claims/test_event_coverage.py checks that pipeline/data/events.json codes
or marks every lemma of the list.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOP = 300
CORPUS = "../shared/corpora/wikinews/articles_0-999.jsonl"


def _lines(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("claims", help="claims.jsonl of a run on the corpus")
    parser.add_argument("--entities", help="entities.jsonl of the same run (default: beside claims.jsonl)")
    parser.add_argument("--top", type=int, default=TOP)
    parser.add_argument("--corpus", default=CORPUS, help="what the run was on, for the file's note")
    parser.add_argument("--out", default=str(ROOT / "tests/data/wikinews_top_predicates.json"))
    args = parser.parse_args()
    claims_path = Path(args.claims)
    entities_path = Path(args.entities) if args.entities else claims_path.with_name("entities.jsonl")
    counts = Counter(claim["predicate"]["lemma"] for claim in _lines(claims_path))
    names = {mention["text"] for mention in _lines(entities_path)}
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    kept: list[dict] = []
    excluded: list[dict] = []
    for lemma, count in ranked:
        if len(kept) == args.top:
            break
        is_name = lemma.endswith("する") and lemma.removesuffix("する") in names
        (excluded if is_name else kept).append({"lemma": lemma, "count": count})
    data = {
        "_about": f"The {args.top} most frequent predicate lemmas (predicate.lemma of claims.jsonl) of a "
        f"pipeline run on {args.corpus}, with their counts, most frequent first, ties by lemma. "
        "Lemmas made of a recognised actor's name and する (a mention text of the run's entities.jsonl "
        "followed by する, as 産経新聞する from a citation line) are junk predicates, not verbs: they "
        "are left out and listed under excluded. Regenerate with "
        "`python scripts/top_predicates.py RUN/claims.jsonl` after a run on the corpus "
        "(`python -m pipeline run CORPUS --out RUN`).",
        "corpus": args.corpus,
        "claims": sum(counts.values()),
        "lemmas": len(counts),
        "excluded": excluded,
        "predicates": kept,
    }
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    covered = sum(item["count"] for item in kept)
    print(f"{len(kept)} lemmas ({covered} of {data['claims']} claims), {len(excluded)} excluded -> {out}")


if __name__ == "__main__":
    main()
