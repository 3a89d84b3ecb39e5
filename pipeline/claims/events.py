"""Put every claim into a PLOVER-style event category and give its polarity.

The lexicon is data (pipeline/data/events.json, which says where it comes
from); this module only looks lemmas up and applies the negation map.
"""

from __future__ import annotations

from functools import cache

from .. import lexicons

OTHER = "OTHER"
POLARITIES = ("cooperation", "conflict", "neutral")
# A compound verbal noun is looked up by its last parts (身柄拘束する → 拘束する) down to this length.
_MIN_STEM = 2


@cache
def _lexicon() -> tuple[dict[str, str], dict[str, str], dict[str, str], frozenset[str]]:
    data = lexicons.load("events")
    by_lemma = {lemma: event for event, lemmas in data["events"].items() for lemma in lemmas}
    return by_lemma, data["polarity"], data["negated"], frozenset(data["light_verbs"])


def event_of(lemma: str, negated: bool, object_text: str | None = None) -> tuple[str, str]:
    """``(event, polarity)`` for a predicate; negation maps the event (not sending troops is REJECT).

    A light verb takes the event of its object (抗議を行う is ACCUSE); a compound
    verbal noun that is not listed takes the event of its last part.
    """
    by_lemma, polarity, negation, light_verbs = _lexicon()
    event = None
    if lemma in light_verbs and object_text:
        event = _lookup(object_text, by_lemma)
    if lemma.endswith("する"):
        event = event or _lookup(lemma.removesuffix("する"), by_lemma)
    else:
        # A native verb is looked up whole: 見送る is not 送る.
        event = event or by_lemma.get(lemma)
    event = event or OTHER
    if negated:
        event = negation.get(event, OTHER)
    return event, polarity.get(event, "neutral")


def _lookup(stem: str, by_lemma: dict[str, str]) -> str | None:
    if stem in by_lemma:
        return by_lemma[stem]
    for start in range(len(stem) - _MIN_STEM + 1):
        suffix = stem[start:]
        for candidate in (suffix + "する", suffix):
            if candidate in by_lemma:
                return by_lemma[candidate]
    return None
