"""Small helpers for the actor tests: spans shown as text, and Docs built by hand (no model)."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.actors.candidates import ActorSpan

_VOCAB = Vocab()


def found(doc: Doc, spans: Iterable[ActorSpan]) -> list[tuple[str, str]]:
    """A rule's spans as ``(text, type)``, in the order the rule gives them."""
    return [(doc.text[span.start : span.end], span.type) for span in spans]


def hand_doc(words: list[str], tags: list[str] | None = None, pos: list[str] | None = None) -> Doc:
    """A Doc of the given words with no spaces between them, for the rules that read only text and tags."""
    return Doc(_VOCAB, words=words, spaces=[False] * len(words), tags=tags, pos=pos)


def span(doc: Doc, text: str, actor_type: str, label: str = "test", priority: int = 3) -> ActorSpan:
    """The candidate covering the first occurrence of ``text`` in the Doc."""
    start = doc.text.index(text)
    return ActorSpan(start, start + len(text), label, actor_type, priority)
