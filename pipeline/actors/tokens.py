"""The token list and the text of the Doc being worked on, built once for all the actor rules, and the
small token tests those rules share (component.py, cues.py).

``list(doc)`` builds a Python object per token and ``doc.text`` joins every
token's text on each access; the actor rules each walk the whole sentence, and
rebuilding these in every rule cost more than the rules themselves. One entry
is kept, holding the Doc itself so that its id cannot be reused by another Doc
while the entry lives.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

# Sudachi tags of a predicate: a clause, where a name would have none.
_PREDICATE_TAGS = ("動詞", "助動詞", "形容詞")

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


def glued(left: Token, right: Token) -> bool:
    """Whether ``right`` starts where ``left`` ends, with no space between."""
    return right.idx == left.idx + len(left)


def is_katakana(text: str) -> bool:
    return bool(text) and all("\u30a0" <= char <= "\u30ff" for char in text)


def holds_predicate(tokens: Iterable[Token]) -> bool:
    """Whether the tokens hold a verb, an auxiliary or an adjective: a clause (制裁を科す), not a name."""
    return any(token.tag_.startswith(_PREDICATE_TAGS) for token in tokens)
