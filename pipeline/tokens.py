"""The token list and the text of the Doc being worked on, built once for all the actor rules.

``list(doc)`` builds a Python object per token and ``doc.text`` joins every
token's text on each access; the actor rules each walk the whole sentence, and
rebuilding these in every rule cost more than the rules themselves. One entry
is kept, holding the Doc itself so that its id cannot be reused by another Doc
while the entry lives.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

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
