"""Put every claim into a PLOVER-style event category and give its polarity.

The lexicon is data (pipeline/data/events.json, which says where it comes
from); this module only looks lemmas up and applies the negation map.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

OTHER = "OTHER"
POLARITIES = ("cooperation", "conflict", "neutral")


@cache
def _lexicon() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    data = json.loads(resources.files("pipeline.data").joinpath("events.json").read_text(encoding="utf-8"))
    by_lemma = {lemma: event for event, lemmas in data["events"].items() for lemma in lemmas}
    return by_lemma, data["polarity"], data["negated"]


def event_of(lemma: str, negated: bool) -> tuple[str, str]:
    """``(event, polarity)`` for a predicate lemma; negation maps the event (not sending troops is REJECT)."""
    by_lemma, polarity, negation = _lexicon()
    event = by_lemma.get(lemma) or by_lemma.get(lemma.removesuffix("する")) or OTHER
    if negated:
        event = negation.get(event, OTHER)
    return event, polarity.get(event, "neutral")
