#!/usr/bin/env python3
"""How many claims of a run the event lexicon leaves OTHER, with and without a reason.

    python scripts/event_coverage.py RUN/claims.jsonl [--relabel] [--top 20]

A claim's event is a pure function of its predicate lemma, its negation and its
object's text, so ``--relabel`` re-applies the current pipeline/data/events.json
to the records of an older run instead of running the pipeline again (claims
that a newly coded lemma would add, such as an agentless passive of a coded
act, are not counted). Prints the shares and the most frequent lemmas still
OTHER with no reason.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from pipeline.claims.events import OTHER, event_of


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("claims", help="claims.jsonl of a run")
    parser.add_argument("--relabel", action="store_true", help="re-apply the current lexicon to each claim")
    parser.add_argument("--top", type=int, default=20, help="how many unexplained OTHER lemmas to list")
    args = parser.parse_args()
    events: Counter[str] = Counter()
    unexplained: Counter[str] = Counter()
    total = other = with_reason = 0
    with Path(args.claims).open(encoding="utf-8") as lines:
        for line in lines:
            claim = json.loads(line)
            if args.relabel:
                obj = claim["object"]["text"] if claim["object"] else None
                event, _, note = event_of(claim["predicate"]["lemma"], claim["negated"], obj)
            else:
                event, note = claim["event"], claim.get("event_note")
            total += 1
            events[event] += 1
            if event == OTHER:
                other += 1
                with_reason += note is not None
                if note is None:
                    unexplained[claim["predicate"]["lemma"]] += 1

    def share(n: int) -> str:
        return f"{n} ({n / total:.1%})" if total else "0"

    print(f"claims: {total}")
    without = other - with_reason
    print(f"OTHER: {share(other)}; with a reason: {share(with_reason)}; without: {share(without)}")
    print("events:", ", ".join(f"{e} {n}" for e, n in events.most_common()))
    most = unexplained.most_common(args.top)
    print("OTHER without a reason, most frequent:", ", ".join(f"{w} {n}" for w, n in most))


if __name__ == "__main__":
    main()
