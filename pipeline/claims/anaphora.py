"""Collective anaphors: 両国, 両社, 両氏, 2人 stand for the actors the text named just before them.

Takes an Argument whose phrase is a collective anaphor and the mentions before it;
gives one Argument per member (GUIDELINES.md §3: coordinated actors give one
claim each), found among the mentions before the phrase: the ones listed right
before it in the same phrase (A、B両候補), else the last distinct actors of the
kind the noun names (両社: the last two organizations).
"""

from __future__ import annotations

import re

from .. import lexicons
from ..actors.resolve import resolve
from ..records import Argument, Mention

_FILE = "claim_actors"
# 両 + noun → the actor type the noun names (両国: countries).
_COLLECTIVE_NOUNS: dict[str, str] = lexicons.table(_FILE, "collective_nouns")
_COUNT = re.compile(r"^(?:両|二|2|２|ふた)(?P<noun>.+)$")
# What follows an outlet cited as a source.
_CITATIONS = ("によると", "によれば", "の報道", "が報じ", "は報じ", "が伝え", "は伝え")
# How far back (characters) the members of a collective anaphor may stand.
_LOOKBACK = 300


def members(
    argument: Argument, mentions_before: list[Mention], phrase_start: int, text: str
) -> list[Argument] | None:
    """The members a collective anaphor stands for, or None if the argument is no such anaphor.

    ``mentions_before`` are the document's mentions that end before the phrase, in text order, and
    ``text`` the document's text. An outlet cited as a source (読売新聞によると) is no member.
    """
    match = _COUNT.match(argument.text)
    if match is None or argument.entity_id is not None:
        return None
    kind = _COLLECTIVE_NOUNS.get(match.group("noun"))
    if kind is None:
        return None
    before = [m for m in mentions_before if phrase_start - m.end <= _LOOKBACK]
    found: list[Mention] = []
    for mention in reversed(before):
        cited = text.startswith(_CITATIONS, mention.end)
        if not cited and _fits(mention, kind) and all(m.entity_id != mention.entity_id for m in found):
            found.append(mention)
        if len(found) == 2:
            break
    if len(found) < 2:
        return None
    return [Argument(m.text, m.entity_id, m.type) for m in reversed(found)]


def _fits(mention: Mention, kind: str) -> bool:
    if kind == "any":
        return mention.type in {"person", "organization", "country"}
    actor_type, _, sector = kind.partition(":")
    if mention.type != actor_type:
        return False
    if not sector:
        return True
    resolved = resolve(mention.text, mention.type, mention.label)
    return resolved is not None and resolved.sector == sector
