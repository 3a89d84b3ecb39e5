"""Institutions a document names by their role: police forces and prosecutors, courts.

Takes a document's parse units and its mention linker; gives the bodies of each
role the document names, in text order. An act whose agent the sentence
leaves unsaid looks there: an arrest for the police or the prosecutors
(passives.py), a judgement's findings for the court (subjects.py).
"""

from __future__ import annotations

from collections.abc import Iterable

from .. import lexicons
from ..records import Argument, ParsedUnit
from .arguments import noun_phrase
from .context import MentionLinker

ENFORCEMENT_BODIES = tuple(lexicons.words("claim_actors", "enforcement_bodies"))
COURT_BODIES = tuple(lexicons.words("claim_actors", "court_bodies"))
# 逮捕する, 送検する …: what the police and the prosecutors do to a suspect.
ENFORCEMENT_VERBS = lexicons.words("claim_predicates", "enforcement_verbs")
# 判決では、…を認めなかった: what frames a court's findings.
JUDGEMENT_NOUNS = lexicons.words("claim_actors", "judgement_nouns")


def is_enforcer(name: str) -> bool:
    """A police force or a prosecutors' office, by how its name ends (北署, 県警, 警視庁, 地検)."""
    return name.endswith(ENFORCEMENT_BODIES)


def is_court(name: str) -> bool:
    """A court, by how its name ends (北星地裁, 最高裁判所)."""
    return name.endswith(COURT_BODIES)


def named_bodies(
    units: Iterable[ParsedUnit], linker: MentionLinker
) -> tuple[tuple[Argument, ...], tuple[Argument, ...]]:
    """Every police force and prosecutors' office, and every court, the document names, in text order, in
    one pass over its nouns: where an arrest that names no agent looks for its agent, and whose
    findings a judgement states. Not 同県警, 同地裁: an anaphor repeats a body named before."""
    enforcers: list[Argument] = []
    courts: list[Argument] = []
    for unit in units:
        for token in unit.doc:
            if token.pos_ not in {"NOUN", "PROPN"} or token.dep_ == "compound":
                continue
            phrase = noun_phrase(token, unit.offset)
            if phrase.text.startswith("同"):
                continue
            found = enforcers if is_enforcer(phrase.text) else courts if is_court(phrase.text) else None
            if found is not None:
                start = unit.offset + token.idx
                found.append(linker.argument(phrase, start, start + len(token)))
    return tuple(enforcers), tuple(courts)
