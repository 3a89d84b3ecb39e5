"""Actors that only their context shows: ミドリヤが販売, ハナミズキレコードに入社, ベルキンスの妻.

Sudachi's dictionary and GiNZA's NER miss most company, team and band names
that carry no head word (株式会社, 党, FC), and many foreign personal names:
they come out as common nouns, or as dishes and products. What the sentence
does with the name still tells: only an organization is founded, bought,
joined, transferred to, or has a president, members or a head office; only a
person has a wife, dies or is elected. The cue words are data
(data/context_cues.json).

This module finds the name before such a cue (``cued_names``) or after a
category noun (``described_names``), as token ranges; context.py turns them
into actor spans.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, cached_property

from spacy.tokens import Doc, Token

from .. import lexicons
from .dictionary import unknown_word
from .tokens import LATIN_WORD_OR_PLUS as _LATIN
from .tokens import NAME_JOINERS as _JOINERS
from .tokens import glued as _glued
from .tokens import holds_predicate, tokens_of
from .tokens import is_katakana as _is_katakana

_PARTICLE_POS = frozenset({"ADP", "SCONJ"})
_APPOSITION_MARKS = frozenset("・、")
_LIST_ENDS = lexicons.words("context_cues", "list_ends")
_MAX_QUOTED_NAME_TOKENS = 12
# Words before a post that leave it the same post (初代社長, 元社員, 共同創業者).
_POST_PREFIXES = lexicons.words("context_cues", "post_prefixes")
_LIST_MARKS = lexicons.words("context_cues", "list_marks")
# Particles before a sports cue that make the name a team's (川崎に移籍, 浦和の監督).
_SPORTS_PARTICLES = lexicons.words("context_cues", "sports_particles")


@dataclass(frozen=True)
class CueWords:
    """The cue words of one actor type in data/context_cues.json."""

    after_particle: dict[str, frozenset[str]]
    glued: frozenset[str]
    sports: frozenset[str]
    descriptions: frozenset[str]
    categories: frozenset[str]

    @cached_property
    def cue_set(self) -> frozenset[str]:
        """Every cue word that follows a particle, whatever the particle."""
        return frozenset().union(*self.after_particle.values())


@cache
def cue_words(actor_type: str = "organization") -> CueWords:
    data = lexicons.load("context_cues")[actor_type]
    return CueWords(
        after_particle={particle: frozenset(words) for particle, words in data["after_particle"].items()},
        glued=frozenset(data["glued"]),
        sports=frozenset(data.get("sports", ())),
        descriptions=frozenset(data.get("descriptions", ())),
        categories=frozenset(data.get("categories", ())),
    )


@dataclass(frozen=True)
class CuedName:
    """A name before an organization cue: its token range, and the cue word."""

    start: int
    end: int
    particle: str  # "" where the cue is glued to the name
    cue: str


def cued_names(doc: Doc, actor_type: str = "organization") -> Iterator[CuedName]:
    """Every run of name-like tokens that a cue of ``actor_type`` follows, in text order."""
    words = cue_words(actor_type)
    tokens = tokens_of(doc)
    for index in range(1, len(tokens)):
        cue = _cue_at(tokens, index, words)
        if cue is None:
            continue
        name_end, word = cue
        name_start = _name_start(tokens, name_end)
        if name_start is None:
            continue
        particle = tokens[name_end].text if name_end < index else ""
        if word == "戦" and name_end - name_start == 1 and not unknown_word(tokens[name_start].text):
            continue  # ゲリラ戦, リーグ戦: a kind of fight, not a match against a team the dictionary lacks
        yield CuedName(name_start, name_end, particle, word)


def described_names(doc: Doc, actor_type: str) -> Iterator[CuedName]:
    """Names that a category noun of ``actor_type`` describes, in text order.

    Written right after it (音響メーカー、ソノリクス; バンド・ミドリノカゼ; 合弁会社K-Tec), or
    listed before など/等の and it (ベルナ、カルド、ソラリスなどの企業).
    """
    categories = cue_words(actor_type).categories
    tokens = tokens_of(doc)
    for index, token in enumerate(tokens):
        if token.text not in categories:
            continue
        after = index + 1
        quoted = _quoted_name_after(tokens, index)
        if quoted is not None:
            yield CuedName(after + 1, quoted, "", token.text)  # ボーカルグループ「SORA BEATS」
            continue
        marked = (
            after < len(tokens) and tokens[after].text in _APPOSITION_MARKS and _glued(token, tokens[after])
        )
        after += marked
        end = _name_end(tokens, after)
        if end is not None and _apposed(tokens, after, end, marked):
            yield CuedName(after, end, "", token.text)
        if index >= 3 and tokens[index - 1].text == "の" and tokens[index - 2].text in _LIST_ENDS:
            yield from _listed_names(tokens, index - 2, token.text)


def _quoted_name_after(tokens: list[Token], index: int) -> int | None:
    """Where a name in quotes right after the category noun at ``index`` ends, or None."""
    opening = index + 1
    if opening >= len(tokens) or tokens[opening].text != "「" or not _glued(tokens[index], tokens[opening]):
        return None
    for end in range(opening + 1, min(len(tokens), opening + _MAX_QUOTED_NAME_TOKENS)):
        if tokens[end].text == "」":
            inside = tokens[opening + 1 : end]
            return end if inside and not holds_predicate(inside) else None
    return None


def _apposed(tokens: list[Token], start: int, end: int, marked: bool) -> bool:
    # Glued to its category, a name the dictionary lists as a common word makes a compound (チームマーク,
    # 放送局ホームページ); after a mark, one that ends its clause is the next item of a list of trades
    # (画家、ツアー・ガイド。), not a name in apposition.
    if not marked:
        return any(
            "固有名詞" in t.tag_ or _LATIN.match(t.text) or unknown_word(t.text) for t in tokens[start:end]
        )
    return end < len(tokens) and tokens[end].pos_ in _PARTICLE_POS and tokens[end].text not in _LIST_MARKS


def _listed_names(tokens: list[Token], end: int, category: str) -> Iterator[CuedName]:
    # A, B, C + など: walk back over the names and the marks between them (、 や と).
    names: list[CuedName] = []
    while True:
        start = _name_start(tokens, end)
        if start is None:
            break
        names.append(CuedName(start, end, "", category))
        if start < 2 or tokens[start - 1].text not in _LIST_MARKS:
            break
        end = start - 1
    yield from reversed(names)


def _name_end(tokens: list[Token], start: int) -> int | None:
    """The end of the name that starts at ``start``, or None where no name starts there."""
    end = start
    while (
        end < len(tokens)
        and _name_part(tokens[end])
        and (end == start or _joined(tokens[end - 1], tokens[end]))
    ):
        end += 1
    while end > start and tokens[end - 1].text in _JOINERS:
        end -= 1
    if end == start or tokens[start].text in _JOINERS:
        return None
    if all(t.text in cue_words().descriptions for t in tokens[start:end]):
        return None
    return end


def _cue_at(tokens: list[Token], index: int, words: CueWords) -> tuple[int, str] | None:
    """Where the name before a cue at ``index`` ends, and the cue word."""
    token = tokens[index]
    before = tokens[index - 1]
    if _glued(before, token) and before.pos_ not in _PARTICLE_POS:
        if token.text in words.glued or (token.text == "戦" and words.sports):
            return index, token.text  # 戦: ミドリ・ローヴァーズ戦, 対磐田戦, a match against a team
        return None
    if before.pos_ in _PARTICLE_POS and index >= 2:
        cues = words.after_particle.get(before.text, frozenset())
        word = token.text
        if word in _POST_PREFIXES and index + 1 < len(tokens) and _glued(token, tokens[index + 1]):
            word = tokens[index + 1].text  # eBayの初代社長, 同社の元社員
        elif (
            index + 1 < len(tokens)
            and _glued(token, tokens[index + 1])
            and word + tokens[index + 1].text in words.cue_set
        ):
            word += tokens[index + 1].text  # 経営 + 統合, 吸収 + 合併: a cue the tokenizer splits
        sports = before.text in _SPORTS_PARTICLES and word in words.sports
        if word in cues or sports:
            return index - 1, word
        if (
            before.text == "の"
            and index >= 3
            and tokens[index - 2].text == "と"
            and word in words.after_particle.get("と", frozenset())
        ):
            return index - 2, word  # ソラテックとの経営統合
    return None


def _name_start(tokens: list[Token], end: int) -> int | None:
    """The first token of the name that ends before ``end``, or None where no name is there."""
    start = end
    while start > 0 and _name_part(tokens[start - 1]):
        if start < end and not _joined(tokens[start - 1], tokens[start]):
            break
        start -= 1
    # A joiner cannot open or close a name; a category noun before the name is not part of it.
    while start < end and (tokens[start].text in _JOINERS or tokens[start].text in cue_words().descriptions):
        start += 1
    while end > start and tokens[end - 1].text in _JOINERS:
        end -= 1
    if start == end:
        return None
    if all(t.text in cue_words().descriptions for t in tokens[start:end]):
        return None
    return start


def _name_part(token: Token) -> bool:
    # Katakana and Latin words (names the dictionary lacks look like common nouns, and the parser may call
    # them verbs), proper nouns, and the ・ that joins the parts of a foreign name.
    if token.text in _JOINERS or _LATIN.match(token.text):
        return True
    if token.tag_.endswith("地名-国"):
        return False  # 米国NASDAQ, ロシアのワグネル: a country before a name qualifies it, apart
    if _is_katakana(token.text):
        return token.tag_.startswith(("名詞", "形状詞"))
    return "固有名詞" in token.tag_


def _joined(left: Token, right: Token) -> bool:
    # Parts of one name touch, except Latin words, which a space separates (Choir Ursa Major).
    if _glued(left, right):
        return True
    return bool(_LATIN.match(left.text) and _LATIN.match(right.text)) and left.whitespace_ == " "
