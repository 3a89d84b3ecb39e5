"""The token list and the text of the Doc being worked on, built once for all the actor rules, and the
small token and character tests those rules share.

``list(doc)`` builds a Python object per token and ``doc.text`` joins every
token's text on each access; the actor rules each walk the whole sentence, and
rebuilding these in every rule cost more than the rules themselves. One entry
is kept, holding the Doc itself so that its id cannot be reused by another Doc
while the entry lives.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .labels import ACTOR_TYPES

if TYPE_CHECKING:  # (the graph step imports this module's names, in a process that loads no model)
    from spacy.tokens import Doc, Token

# Sudachi tags of a predicate: a clause, where a name would have none.
_PREDICATE_TAGS = ("動詞", "助動詞", "形容詞")
# Sudachi tags (or their beginnings) the name rules read.
COMMON_NOUN_TAG = "名詞-普通名詞"
ACTION_NOUN_TAG = "名詞-普通名詞-サ変可能"  # nouns that take する: 強襲, 侵攻, 批判, 暗殺
PROPER_TAG = "名詞-固有名詞-一般"  # a general proper noun: Sudachi lists companies, parties and bands so
PERSON_TAG = "名詞-固有名詞-人名"
SURNAME_TAG = "名詞-固有名詞-人名-姓"
GIVEN_NAME_TAG = "名詞-固有名詞-人名-名"
PLACE_TAG = "名詞-固有名詞-地名-一般"
COUNTRY_TAG = "名詞-固有名詞-地名-国"
# The marks that join the parts of one foreign name (ジョン・スミス, ハンス=ミュラー).
NAME_JOINERS = frozenset("・=＝")
# The middle dots (full-width, half-width, Latin) that separate the parts of a written name.
MIDDLE_DOTS = "・･·"
# The parser's parts of speech of a word that can be part of a name: nouns, proper nouns, numbers.
NOUN_POS = frozenset({"NOUN", "PROPN", "NUM"})
# A Latin-script word (NHK, AT&T, O'Neil); the cue rules also take a + in it (LATIN_WORD_OR_PLUS: Disney+).
LATIN_WORD = re.compile(r"^[A-Za-z][A-Za-z0-9.&'\-]*$")
LATIN_WORD_OR_PLUS = re.compile(r"^[A-Za-z][A-Za-z0-9.&'+\-]*$")

_last: tuple[Doc, list[Token], str] | None = None


def tokens_of(doc: Doc) -> list[Token]:
    """``list(doc)``, built once per Doc in a row of calls."""
    return _entry(doc)[1]


def text_of(doc: Doc) -> str:
    """``doc.text``, built once per Doc in a row of calls."""
    return _entry(doc)[2]


def _entry(doc: Doc) -> tuple[Doc, list[Token], str]:
    global _last
    if _last is None or _last[0] is not doc or len(_last[1]) != len(doc):
        _last = (doc, list(doc), doc.text)
    return _last


def text_of_tokens(tokens: list[Token]) -> str:
    """The text a run of tokens covers, spaces between them included (Doc.text is rebuilt on each access)."""
    return "".join(t.text_with_ws for t in tokens[:-1]) + tokens[-1].text


def glued(left: Token, right: Token) -> bool:
    """Whether ``right`` starts where ``left`` ends, with no space between."""
    return right.idx == left.idx + len(left)


def is_katakana(text: str) -> bool:
    return bool(text) and all("\u30a0" <= char <= "\u30ff" for char in text)


def is_plain_kanji(text: str) -> bool:
    """Every character a CJK unified ideograph (U+4E00–U+9FFF): 山田, not 佐々木; true of ``""``."""
    return all("\u4e00" <= char <= "\u9fff" for char in text)


def is_kanji_with_marks(text: str) -> bool:
    """Like ``is_plain_kanji``, but the marks written in kanji names count too (佐々木, 〆, 霞ヶ関)."""
    return all("\u4e00" <= char <= "\u9fff" or char in "々〆ヶ" for char in text)


def is_foreign_script(text: str) -> bool:
    """Katakana or Latin letters: how Japanese writes foreign names, whose parts ・ joins."""
    return bool(text) and all(is_katakana(char) or char.isascii() or char in NAME_JOINERS for char in text)


def is_noun(token: Token) -> bool:
    """A noun or a number by Sudachi's tag, not only by the parser's part of speech.

    The parser calls words the dictionary lacks (ベルガモス, スカイブルー) adjectives or verbs.
    """
    return token.pos_ in NOUN_POS or token.tag_.startswith("名詞")


def is_name_like(token: Token, by_entity: bool = True) -> bool:
    """A token that can start a name: a proper noun, a Latin-script word, or part of a GiNZA name entity."""
    if "固有名詞" in token.tag_ or token.pos_ == "PROPN":
        return True
    if token.text == "第" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].pos_ == "NUM":
        return True  # 第18軍, 第一銀行: a numbered unit or bank is named by its number
    if LATIN_WORD.match(token.text) and len(token.text) >= 2:
        return True
    return by_entity and token.ent_type_ in ACTOR_TYPES


def holds_predicate(tokens: Iterable[Token]) -> bool:
    """Whether the tokens hold a verb, an auxiliary or an adjective: a clause (制裁を科す), not a name."""
    return any(token.tag_.startswith(_PREDICATE_TAGS) for token in tokens)
