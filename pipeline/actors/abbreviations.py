"""The press's one-kanji country names: 日米 is Japan and the US, 米軍 the US military, 米NBC the US.

Takes a parsed Doc; gives country spans for each kanji of a group of
abbreviations (日米, 米英仏), for a lone one before a name or a title, and
organization spans for one fused with a body's head (露軍, 英政府).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from .. import lexicons
from ..ids import normalize_name
from .candidates import LABEL_ABBREVIATION, PRIORITY_ABBREVIATION, ActorSpan
from .dictionary import parts_of_speech
from .gazetteer import abbreviations, known_organizations
from .titles import PERSONAL_TITLES
from .tokens import is_name_like, text_of, tokens_of

# Bodies named by a one-kanji country and a head (米軍, 露外務省, 英政府); 中部 or 朝日 are words.
_ABBREVIATION_HEADS = lexicons.words("actor_words", "abbreviation_heads")
# One-kanji abbreviations too common as ordinary words or counters (日 day, 中 middle, 西 west) to
# count alone; they still count inside a compound (日米, 中露).
_AMBIGUOUS_ABBREVIATIONS = lexicons.words("actor_words", "ambiguous_abbreviations")
# Kanji that after a number are a day or a part of it (13日, 21日中), not countries.
_AFTER_A_NUMBER = frozenset("日中朝")
# Words after which a lone abbreviation is a country (英紙, 露当局), besides a personal title (米大統領).
_COUNTRY_FOLLOWERS = PERSONAL_TITLES | lexicons.words("actor_words", "country_followers")


def abbreviation_spans(doc: Doc) -> Iterator[ActorSpan]:
    """``日米`` → 日, 米; ``米軍`` → organization; ``米`` before a name (米NBC) → the US."""
    short = abbreviations()
    tokens = tokens_of(doc)
    text = text_of(doc)
    index = 0
    while index < len(tokens):
        if index and tokens[index - 1].pos_ == "NUM" and tokens[index].text[:1] in _AFTER_A_NUMBER:
            index += 1  # 13日朝, 21日中: a day and a time of it, not Japan and North Korea
            continue
        # A group of adjacent tokens made only of abbreviations (米英 + 仏 is one group).
        group_end = index
        while (
            group_end < len(tokens)
            and _all_abbreviations(tokens[group_end].text, short)
            and not _a_name(tokens[group_end])
        ):
            group_end += 1
        if group_end > index:
            start, end = tokens[index].idx, tokens[group_end - 1].idx + len(tokens[group_end - 1])
            if _opens_a_known_name(text, start, end):
                index = group_end
                continue  # 中日新聞, 朝日新聞社: the name of a body, not countries
            if end - start >= 2:
                # Two or more kanji in a row (日米, 米英仏, 宇露): each one is a country.
                for offset in range(start, end):
                    yield ActorSpan(offset, offset + 1, LABEL_ABBREVIATION, "country", PRIORITY_ABBREVIATION)
            elif _abbreviation_stands_for_country(tokens, group_end):
                yield ActorSpan(start, end, LABEL_ABBREVIATION, "country", PRIORITY_ABBREVIATION)
            index = group_end
            continue
        token = tokens[index]
        # 米軍, 露軍, 英海軍, 米政府: abbreviations fused with an organization head.
        stem, head = _split_abbreviation_head(token.text, short)
        if len(stem) == 1 and head in _ABBREVIATION_HEADS and stem not in _AMBIGUOUS_ABBREVIATIONS:
            yield ActorSpan(
                token.idx, token.idx + len(token), LABEL_ABBREVIATION, "organization", PRIORITY_ABBREVIATION
            )
        index += 1


def _all_abbreviations(text: str, short: dict[str, str]) -> bool:
    # 日日 (as in a paper called …日日新聞) repeats one kanji: a word, not two countries.
    distinct = len(set(text)) == len(text)
    return bool(text) and len(text) <= 4 and distinct and all(char in short for char in text)


def _a_name(token: Token) -> bool:
    """朝日, 宇土: a word of two kanji or more that the parser reads, or the dictionary lists, as a
    person's or a place's name (日米 and 日中 it lists as common nouns)."""
    if len(token.text) < 2:
        return False
    tags = {token.tag_, *parts_of_speech(token.text)}
    return any("人名" in tag or "地名" in tag for tag in tags)


def _opens_a_known_name(text: str, start: int, end: int) -> bool:
    # The longest known name is a dozen characters; 中日 + 新聞 is one.
    known = known_organizations()
    return any(
        normalize_name(text[start:stop]) in known for stop in range(end + 1, min(len(text), start + 16) + 1)
    )


def _split_abbreviation_head(text: str, short: dict[str, str]) -> tuple[str, str]:
    stem = ""
    for char in text:
        if char not in short:
            break
        stem += char
    if not stem or len(stem) == len(text):
        return "", ""
    return stem, text[len(stem) :]


def _abbreviation_stands_for_country(tokens: list[Token], after: int) -> bool:
    # One kanji alone is ambiguous (米 is rice, 中 is "middle"); it is a country before a name or a title.
    if tokens[after - 1].text in _AMBIGUOUS_ABBREVIATIONS or after >= len(tokens):
        return False
    following = tokens[after]
    return is_name_like(following) or following.text in _COUNTRY_FOLLOWERS
