"""Candidate actor spans, the labels and priorities the rules give them, and how overlapping ones compete.

Every span rule yields ``ActorSpan`` candidates: character offsets in the
Doc, the label that found them (GiNZA's own where a rule keeps its entity),
an actor type and a priority. ``select_by_priority`` keeps, where candidates
overlap, the higher priority and then the longer span.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (the graph step reads the labels here, in a process that loads no model)
    from spacy.tokens import Doc

# Labels this component gives the spans its own rules find (GiNZA's labels are kept where its span stands).
LABEL_ABBREVIATION = "abbreviation"  # 米, 日米, 宇露: the press's one-kanji country names
LABEL_KNOWN_ORG = "known_organization"  # data/organizations.json
LABEL_COUNTRY = "gazetteer_country"  # pycountry + data/country_aliases.json
LABEL_ORG_SUFFIX = "organization_suffix"  # a name closed by an organization head (…党, …銀行, …軍)
LABEL_TITLE_STRIPPED = "title_stripped"  # ベルナール大統領 tagged Position_Vocation
LABEL_PROPER_NOUN = "proper_noun"  # a Sudachi proper noun GiNZA's NER left out
LABEL_ACRONYM = "acronym"  # GM, NHL, CDU
LABEL_PLACE_SUFFIX = "place_suffix"  # a name closed by a geographic head (…湾, …郡)
LABEL_CUED = "context_cue"  # a name only an organization's or a person's context follows (ミドリヤが販売)

# Priorities: exact dictionary evidence first, then structure, then GiNZA's label, then bare POS tags.
PRIORITY_ABBREVIATION = 7
PRIORITY_KNOWN = 6
PRIORITY_ORG_SUFFIX = 5
PRIORITY_CUE = 4
PRIORITY_ENT = 3
PRIORITY_COUNTRY = 2
PRIORITY_POS = 1
# A ・-joined foreign name (ダラス・カウボーイズ) outranks the pieces GiNZA tags one by one.
PRIORITY_CHAIN = PRIORITY_ORG_SUFFIX

# The actor types of a place: a chain of them is one address.
PLACE_TYPES = frozenset({"country", "location"})


@dataclass(frozen=True, order=True)
class ActorSpan:
    """A candidate actor span: character offsets in the Doc, the label that found it, its type."""

    start: int
    end: int
    label: str
    type: str
    priority: int


def select_by_priority(doc: Doc, candidates: list[ActorSpan]) -> list[ActorSpan]:
    """Greedy by priority, then length, then position: deterministic and never overlapping."""
    chosen: list[ActorSpan] = []
    taken: list[tuple[int, int]] = []
    for candidate in sorted(candidates, key=lambda c: (-c.priority, c.start - c.end, c.start, c.label)):
        if candidate.end <= candidate.start:
            continue
        if any(candidate.start < end and start < candidate.end for start, end in taken):
            continue
        chosen.append(candidate)
        taken.append((candidate.start, candidate.end))
    return sorted(chosen)
