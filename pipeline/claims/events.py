"""Put every claim into a PLOVER-style event category and give its polarity.

The lexicon is data (pipeline/data/events.json, which says where it comes
from); this module only looks lemmas up and applies the negation map. A lemma
the lexicon marks as deliberately OTHER carries its reason (``death``,
``sport`` …) as the event's note, so a consumer can tell an act that is no
political interaction from one the lexicon does not know.
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from .. import lexicons

OTHER = "OTHER"
POLARITIES = ("cooperation", "conflict", "neutral")
# A compound verbal noun is looked up by its last parts (身柄拘束する → 拘束する) down to this length.
_MIN_STEM = 2


class Event(NamedTuple):
    """A predicate's event category, its polarity, and why it is OTHER where the lexicon says so."""

    event: str
    polarity: str
    note: str | None = None


# What a lemma is listed as: a category (note None) or OTHER with its reason.
_Entry = tuple[str, str | None]


@cache
def _lexicon() -> tuple[dict[str, _Entry], dict[str, str], dict[str, str], frozenset[str]]:
    data = lexicons.load("events")
    by_lemma: dict[str, _Entry] = {
        lemma: (OTHER, reason) for reason, lemmas in data["other"].items() for lemma in lemmas
    }
    by_lemma |= {lemma: (event, None) for event, lemmas in data["events"].items() for lemma in lemmas}
    return by_lemma, data["polarity"], data["negated"], frozenset(data["light_verbs"])


def reasons() -> dict[str, str]:
    """The fixed vocabulary of reasons for OTHER, each with what it covers."""
    return dict(lexicons.load("events")["other_reasons"])


def event_of(lemma: str, negated: bool, object_text: str | None = None) -> Event:
    """``(event, polarity, note)`` for a predicate; negation maps the event (not sending troops is REJECT).

    A light verb takes the event of its object (抗議を行う is ACCUSE); a compound
    verbal noun that is not listed takes the event of its last part. ``note`` is
    the reason a lemma is deliberately OTHER, None where it is coded or unlisted.
    """
    by_lemma, polarity, negation, light_verbs = _lexicon()
    found = _entry(lemma, by_lemma)
    if lemma in light_verbs and object_text:
        # The object's category wins, then the verb's own (関心を示す is still SAY), then a reason.
        of_object = _lookup(object_text, by_lemma)
        candidates = [e for e in (of_object, found) if e is not None]
        found = next((e for e in candidates if e[0] != OTHER), candidates[0] if candidates else None)
    event, note = found or (OTHER, None)
    if negated:
        event = negation.get(event, OTHER)
    return Event(event, polarity.get(event, "neutral"), note)


def _entry(lemma: str, by_lemma: dict[str, _Entry]) -> _Entry | None:
    if lemma in by_lemma:
        # Whole first: a one-character stem (制する, 達する) is shorter than any compound's part.
        return by_lemma[lemma]
    if lemma.endswith("する"):
        return _lookup(lemma.removesuffix("する"), by_lemma)
    # A native verb is looked up whole: 見送る is not 送る.
    return by_lemma.get(lemma)


def _lookup(stem: str, by_lemma: dict[str, _Entry]) -> _Entry | None:
    if stem in by_lemma:
        return by_lemma[stem]
    for start in range(len(stem) - _MIN_STEM + 1):
        suffix = stem[start:]
        for candidate in (suffix + "する", suffix):
            if candidate in by_lemma:
                return by_lemma[candidate]
    return None
