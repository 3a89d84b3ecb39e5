"""Anaphors: 同社, 同氏, 同県警 stand for the actor the text named last, and collective ones (両国, 両社,
2人) for the actors it named just before them.

Takes an Argument whose phrase is a collective anaphor and the mentions before it;
gives one Argument per member (GUIDELINES.md §3: coordinated actors give one
claim each), found among the mentions before the phrase: the ones listed right
before it in the same phrase (A、B両候補), else the last distinct actors of the
kind the noun names (両社: the last two organizations).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .. import lexicons
from ..actors.resolve import resolve
from ..actors.titles import TITLE_WORDS, strip_title
from ..records import Argument, Mention

_FILE = "claim_actors"
# 両 + noun → the actor type the noun names (両国: countries).
_COLLECTIVE_NOUNS: dict[str, str] = lexicons.table(_FILE, "collective_nouns")
_COUNT = re.compile(r"^(?:両|二|2|２|ふた)(?P<noun>.+)$")
# What follows an outlet cited as a source.
CITATIONS = ("によると", "によれば", "の報道", "が報じ", "は報じ", "が伝え", "は伝え")
# What the resolver says of an organization whose sector it cannot tell.
_UNKNOWN_SECTORS = frozenset({None, "other"})
# How far back (characters) a 同-anaphor's antecedent may stand.
_ANTECEDENT_LOOKBACK = 1500
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
    # 両党: two parties; where fewer than two are known to be parties, two organizations whose sector
    # nobody knows will do (a party's name the sector lexicon has not heard of).
    found = _last_two(before, text, lambda m: _fits(m, kind)) or _last_two(
        before, text, lambda m: _fits(m, kind, unknown_sector=True)
    )
    return [Argument.of(m) for m in reversed(found)] if found else None


def _last_two(before: list[Mention], text: str, fits: Callable[[Mention], bool]) -> list[Mention] | None:
    found: list[Mention] = []
    for mention in reversed(before):
        cited = text.startswith(CITATIONS, mention.end)
        if not cited and fits(mention) and all(m.entity_id != mention.entity_id for m in found):
            found.append(mention)
        if len(found) == 2:
            return found
    return None


def antecedent(argument: Argument, mentions_before: list[Mention], phrase_start: int) -> Argument | None:
    """What a 同-anaphor stands for (GUIDELINES.md §3: the antecedent, not the anaphor): 同氏, 同容疑者,
    同社長 → the last person named; 同国 → the last country; 同社 → the last company; 同県警, 同簡裁,
    同大学 → the last organization or place whose name ends so. None if it is no such anaphor or names
    no one before it."""
    if not argument.text.startswith("同") or len(argument.text) < 2 or argument.entity_id is not None:
        return None
    tail = argument.text[1:]
    for mention in reversed(mentions_before):
        if phrase_start - mention.end > _ANTECEDENT_LOOKBACK:
            break
        if _antecedent_of(tail, mention):
            return Argument.of(mention)
    return None


def _antecedent_of(tail: str, mention: Mention) -> bool:
    if strip_title(tail) != tail or tail in TITLE_WORDS:
        return mention.type == "person"  # 同氏, 同容疑者, 同取引所社長
    if tail == "国":
        return mention.type == "country"
    if tail == "社":
        return mention.type == "organization" and _fits(mention, "organization:company")
    return mention.type in {"organization", "location", "country"} and mention.text.endswith(tail)


def _fits(mention: Mention, kind: str, unknown_sector: bool = False) -> bool:
    if kind == "any":
        return mention.type in {"person", "organization", "country"}
    actor_type, _, sector = kind.partition(":")
    if mention.type != actor_type:
        return False
    if not sector:
        return True
    resolved = resolve(mention.text, mention.type, mention.label)
    if resolved is None:
        return False
    return resolved.sector == sector or (unknown_sector and resolved.sector in _UNKNOWN_SECTORS)
