"""Every frequent predicate of news is coded into a category or deliberately marked OTHER (no model)."""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.claims.events import OTHER, event_of

TOP_PREDICATES = Path(__file__).resolve().parent.parent / "data" / "wikinews_top_predicates.json"


def test_the_list_is_the_top_300_of_the_wikinews_run() -> None:
    data = json.loads(TOP_PREDICATES.read_text(encoding="utf-8"))
    counts = [p["count"] for p in data["predicates"]]
    assert len(counts) == 300 and counts == sorted(counts, reverse=True)


def test_every_top_predicate_lemma_is_coded_or_marked() -> None:
    data = json.loads(TOP_PREDICATES.read_text(encoding="utf-8"))
    unlisted = [
        p["lemma"] for p in data["predicates"] if event_of(p["lemma"], False) == (OTHER, "neutral", None)
    ]
    assert unlisted == [], "code these in pipeline/data/events.json or mark them OTHER with a reason"
