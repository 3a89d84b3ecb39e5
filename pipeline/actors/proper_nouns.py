"""Sudachi's proper nouns that GiNZA's NER left out: people's and places' names, companies, ・-joined names.

Takes a parsed Doc; gives a span for each run of proper nouns of one kind
(a person's 姓 + 名, a place, a country, a general proper noun taken for an
organization) that stands as a name, and for each ・-joined foreign name
(ジョン・F・スミス, ダラス・カウボーイズ). A proper noun glued to the next noun
is a modifier in a compound (ベルリン映画祭), not a mention (``modifies_next``).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from .. import lexicons
from ..ids import normalize_name
from .candidates import LABEL_PROPER_NOUN, PLACE_TYPES, PRIORITY_CHAIN, PRIORITY_POS, ActorSpan
from .gazetteer import actor_lexicon
from .titles import strip_title
from .tokens import (
    ACTION_NOUN_TAG,
    COUNTRY_TAG,
    LATIN_WORD,
    NAME_JOINERS,
    NOUN_POS,
    PERSON_TAG,
    PLACE_TAG,
    PROPER_TAG,
    glued,
    is_foreign_script,
    is_noun,
    text_of_tokens,
    tokens_of,
)

# Words glued after a name that leave it naming its actor: the match against it, its side, its make,
# the person himself, and the others with him (ハヤシ自身, スミス等, 山野個人).
_ACTOR_SUFFIXES = lexicons.words("actor_words", "actor_suffixes")


def proper_noun_spans(doc: Doc) -> Iterator[ActorSpan]:
    """Sudachi's person and place names that GiNZA's NER left out; joined across ・ and 姓+名."""
    tokens = tokens_of(doc)
    index = 0
    while index < len(tokens):
        token = tokens[index]
        kind = _proper_kind(token)
        if kind is None:
            index += 1
            continue
        end = index + 1
        while end < len(tokens):
            if _proper_kind(tokens[end]) == kind and glued(tokens[end - 1], tokens[end]):
                end += 1
            elif (
                tokens[end].text in NAME_JOINERS
                and end + 1 < len(tokens)
                and _proper_kind(tokens[end + 1]) == kind
                and is_foreign_script(tokens[end - 1].text)
                and is_foreign_script(tokens[end + 1].text)
            ):
                end += 2
            else:
                break
        start_char, end_char = token.idx, tokens[end - 1].idx + len(tokens[end - 1])
        chain = _dot_chain(tokens, index, end, kind)
        if chain is not None:
            chain_end, chain_kind = chain
            end_char = tokens[chain_end - 1].idx + len(tokens[chain_end - 1])
            if chain_kind is not None:
                yield ActorSpan(start_char, end_char, LABEL_PROPER_NOUN, chain_kind, PRIORITY_CHAIN)
            index = chain_end
            continue
        if kind == "organization" and actor_lexicon().is_facility(text_of_tokens(tokens[index:end])):
            pass  # 大井町駅, ナゴヤドーム, W杯: a station, a hall, a cup
        elif end == len(tokens) or not modifies_next(tokens[end - 1], tokens[end], kind):
            yield ActorSpan(start_char, end_char, LABEL_PROPER_NOUN, kind, PRIORITY_POS)
        index = end


def _dot_chain(tokens: list[Token], start: int, end: int, kind: str) -> tuple[int, str | None] | None:
    """ジョン・F・スミス, ダラス・カウボーイズ: a foreign name and its ・-joined parts.

    Returns the chain's end and its kind (None for a building or an event), or None where the name stands
    alone or the parts are places of their own (アメリカ・イギリス is a list, not one name).
    """
    if not is_foreign_script(text_of_tokens(tokens[start:end])):
        return None
    chain_end = end
    tails: list[Token] = []
    while (
        chain_end + 1 < len(tokens)
        and tokens[chain_end].text in NAME_JOINERS
        and glued(tokens[chain_end - 1], tokens[chain_end])
        and glued(tokens[chain_end], tokens[chain_end + 1])
        and _chain_part(tokens[chain_end + 1])
    ):
        chain_end += 2
        tails.append(tokens[chain_end - 1])
        # A part can be written as several words (カウ + ボーイズ).
        while (
            chain_end < len(tokens)
            and glued(tokens[chain_end - 1], tokens[chain_end])
            and _chain_part(tokens[chain_end])
        ):
            tails.append(tokens[chain_end])
            chain_end += 1
    if not tails or any("地名" in t.tag_ for t in tails):
        return None
    if actor_lexicon().is_facility(text_of_tokens(tokens[start:chain_end])):
        return chain_end, None
    if kind == "person" and not any(t.tag_ == PROPER_TAG for t in tails):
        return chain_end, "person"
    # A place or a company, ・ and a name: a team, a company or a troupe (ダラス・カウボーイズ).
    return chain_end, "organization"


def _chain_part(token: Token) -> bool:
    noun = token.pos_ in NOUN_POS or LATIN_WORD.match(token.text) is not None
    return noun and is_foreign_script(token.text) and token.text not in NAME_JOINERS


def modifies_next(last: Token, following: Token, kind: str) -> bool:
    """Whether a bare proper noun glued to the next noun is a modifier in a compound (ベルリン映画祭, 富山駅).

    Such a modifier is not an actor mention; a title after a person's name (田中氏) does not count.
    """
    if not glued(last, following) or not is_noun(following):
        return False
    if following.text in _ACTOR_SUFFIXES:
        return False  # 対ミドリ電機戦, ソラテック側, ソニー製: the name still names its actor
    if kind in PLACE_TYPES and "地名" in following.tag_:
        return False  # カナダオンタリオ州: a chain of places, joined later
    if kind == "person" and following.tag_ == ACTION_NOUN_TAG:
        return False  # スミス批判, ケネディ暗殺: the person is the action's agent or its target
    return not (kind == "person" and strip_title(last.text + following.text) == last.text)


def _proper_kind(token: Token) -> str | None:
    tag = token.tag_
    if tag.startswith(PERSON_TAG):
        return "person"
    if tag == COUNTRY_TAG:
        return "country"
    if tag == PLACE_TAG:
        return "location"
    standalone = normalize_name(token.text) in actor_lexicon().standalone
    if (tag == PROPER_TAG and len(token.text) > 1) or standalone:
        # Sudachi's dictionary lists companies, parties and bands as general proper nouns (キングレコード).
        return "organization"
    return None
