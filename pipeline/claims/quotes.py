"""Quotation marks: how deep in 「」 a token stands, and who opens a quotation.

Takes spaCy tokens and spans, gives depths and tokens. Every question about
quotes goes through one walk, :func:`depth_profile`, over the characters of
a text or the tokens of a span.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from .. import lexicons
from .particles import SUBJECT_CASES, SUBJECT_DEPS, case_of

QUOTE_OPEN, QUOTE_CLOSE = "「『", "」』"
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
SPEECH_NOUNS = lexicons.words("claim_attribution", "speech_nouns")


def depth_profile(pieces: Iterable[str], clamp: bool = True) -> list[int]:
    """How many quotations are open before each piece and after the last, starting from none.

    ``pieces`` are the characters of a text or the texts of tokens. With ``clamp``, a 」 with no 「
    before it counts as nothing; without it the depth goes below zero, which tells that a quotation
    opened before the first piece has closed.
    """
    depth, depths = 0, [0]
    for piece in pieces:
        if piece in QUOTE_OPEN:
            depth += 1
        elif piece in QUOTE_CLOSE:
            depth = max(0, depth - 1) if clamp else depth - 1
        depths.append(depth)
    return depths


def quote_depth(text: str, end: int | None = None) -> int:
    """How many 「『 are still open at ``end`` in ``text`` (at its end by default)."""
    return _text_depths(text)[len(text) if end is None else end]


@lru_cache(maxsize=16)
def _text_depths(text: str) -> tuple[int, ...]:
    # Cached per text: a parse unit is asked about at every sentence start.
    return tuple(depth_profile(text))


def inside_quote(token: Token) -> bool:
    return _token_depths(token.doc)[token.i] > 0


@lru_cache(maxsize=16)
def _token_depths(doc: Doc) -> tuple[int, ...]:
    # Once per Doc (Doc.text is rebuilt on every access).
    return tuple(depth_profile(token.text for token in doc))


def in_title(token: Token) -> bool:
    """The token stands inside 『』, the brackets of a title (of an article, a book, a programme)."""
    return _bracket_depths(token.doc, "『", "』")[token.i] > 0


def in_gloss(token: Token) -> bool:
    """The token stands inside round brackets (a reading, a translation, an age: 北星商事（ほくせい…））."""
    return _bracket_depths(token.doc, "（(", "）)")[token.i] > 0


@lru_cache(maxsize=32)
def _bracket_depths(doc: Doc, opening: str, closing: str) -> tuple[int, ...]:
    depth, depths = 0, []
    for token in doc:
        depths.append(depth)
        if token.text in opening:
            depth += 1
        elif token.text in closing:
            depth = max(0, depth - 1)
    return tuple(depths)


def quote_speaker(predicate: Token, sentence: Span) -> Token | None:
    """The が/は NP just before a 「 that is still open at the end of the sentence holding ``predicate``."""
    depths = depth_profile(token.text for token in sentence)
    if depths[-1] == 0:
        return None
    openings = [
        token
        for token, depth in zip(sentence, depths, strict=False)
        if depth == 0 and token.text in QUOTE_OPEN
    ]
    opening = openings[-1] if openings else None
    if opening is None or predicate.i < opening.i:
        return None
    candidates = [
        t
        for t in sentence
        if t.i < opening.i and t.dep_ in SUBJECT_DEPS and case_of(t) in SUBJECT_CASES and t.pos_ in _NOMINAL
    ]
    return whose_words(candidates[-1]) if candidates else None


def opening_quote(token: Token) -> Token | None:
    """The 「 of the innermost quotation the token stands in; None outside one."""
    depths = _token_depths(token.doc)  # each token's depth before it
    # Back from the token, the first one with less depth before it is the 「 that raised it.
    opener = next((i for i in range(token.i - 1, -1, -1) if depths[i] < depths[token.i]), None)
    return token.doc[opener] if opener is not None else None


def whose_words(noun: Token) -> Token:
    """山田監督のコメントは「…」: the one whose words a speech noun (コメント, 談話, 声明) names, written
    before it with の, speaks; any other noun is its own speaker."""
    if noun.lemma_ not in SPEECH_NOUNS:
        return noun
    owners = [c for c in noun.children if c.dep_ == "nmod" and c.i < noun.i and case_of(c) == "の"]
    return owners[-1] if owners else noun


def in_carried_quote(predicate: Token, sentence: Span) -> bool:
    """The predicate comes before the 」 that closes a quotation opened in an earlier sentence."""
    before = [token.text for token in sentence if token.i < predicate.i]
    return min(depth_profile(before, clamp=False)) >= 0


def is_quoted(predicate: Token, sentence: Span, open_quote: bool = False) -> bool:
    """The predicate stands inside 「」, opened in this sentence or in one before it."""
    if open_quote and in_carried_quote(predicate, sentence):
        return True
    return depth_profile(token.text for token in sentence if token.i < predicate.i)[-1] > 0
