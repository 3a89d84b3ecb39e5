"""Plain data passed between the pipeline's steps.

Every record is a frozen dataclass. A document's result holds JSON-able
values only, so it can be journaled to disk (for ``--resume``) and read back
unchanged; ``ParsedUnit`` alone carries a spaCy Doc, from the parser to the
extraction steps. This module imports nothing of the pipeline.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # only for the annotation: this module imports nothing at run time but the stdlib
    from spacy.tokens import Doc


@dataclass(frozen=True)
class Section:
    """A named character range of a document (``article``, ``comment``)."""

    name: str
    start: int
    end: int


@dataclass(frozen=True)
class Document:
    """One input document, decoded and ready to parse."""

    id: str
    text: str
    input: str
    line: int | None = None
    encoding: str = "utf-8"
    meta: dict[str, Any] = field(default_factory=dict)
    sections: tuple[Section, ...] = ()
    # The id the input gave, where it repeated an earlier one and ``id`` was made distinct.
    original_id: str | None = None

    def section_at(self, offset: int) -> str | None:
        for section in self.sections:
            if section.start <= offset < section.end:
                return section.name
        return None


@dataclass(frozen=True)
class ParsedUnit:
    """A parsed piece of a document (a line, or part of a long one) and where it starts in the text."""

    offset: int
    doc: Doc


@dataclass(frozen=True)
class Failure:
    """An input (or one line of it) that could not be processed, and why."""

    input: str
    reason: str
    line: int | None = None
    doc_id: str | None = None


@dataclass(frozen=True)
class Mention:
    """One entity mention; ``entity_id`` is the graph node it resolves to."""

    doc_id: str
    start: int
    end: int
    text: str
    label: str
    type: str
    entity_id: str


@dataclass(frozen=True)
class Entity:
    """What one document says about one real-world entity (a graph node)."""

    id: str
    type: str
    name: str
    country: str | None = None
    sector: str | None = None


@dataclass(frozen=True)
class Argument:
    """A claim's subject, object or source.

    ``start`` and ``end`` are where in the document's text the mention it comes from stands
    (``text == document.text[start:end]``): for a subject carried from an earlier sentence, or an
    anaphor written as what it stands for, that earlier mention. They play no part in equality:
    the same actor named twice is one argument.
    """

    text: str
    entity_id: str | None = None
    type: str | None = None
    start: int | None = field(default=None, compare=False)
    end: int | None = field(default=None, compare=False)

    @classmethod
    def of(cls, mention: Mention) -> Argument:
        """The mention itself, where it stands in the text."""
        return cls(mention.text, mention.entity_id, mention.type, mention.start, mention.end)


@dataclass(frozen=True)
class Claim:
    """Who did what to whom, as one sentence states it."""

    id: str
    doc_id: str
    sentence_start: int
    sentence_end: int
    sentence_text: str
    predicate_lemma: str
    predicate_text: str
    predicate_start: int
    subject: Argument | None
    object: Argument | None
    negated: bool
    modality: str
    source: Argument | None
    quoted: bool
    section: str | None = None
    subject_from: str = "explicit"
    source_chain: tuple[Argument, ...] = ()
    event: str = "OTHER"
    polarity: str = "neutral"
    event_note: str | None = None


@dataclass(frozen=True)
class DocumentResult:
    """Everything the pipeline learned from one document."""

    doc_id: str
    input: str
    encoding: str
    sentences: int
    mentions: tuple[Mention, ...]
    entities: tuple[Entity, ...]
    claims: tuple[Claim, ...]

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DocumentResult:
        def argument(value: dict[str, Any] | None) -> Argument | None:
            return Argument(**value) if value else None

        claims = []
        for raw in data["claims"]:
            raw = dict(raw)
            for key in ("subject", "object", "source"):
                raw[key] = argument(raw[key])
            raw["source_chain"] = tuple(Argument(**a) for a in raw["source_chain"])
            claims.append(Claim(**raw))
        return cls(
            doc_id=data["doc_id"],
            input=data["input"],
            encoding=data["encoding"],
            sentences=data["sentences"],
            mentions=tuple(Mention(**m) for m in data["mentions"]),
            entities=tuple(Entity(**e) for e in data["entities"]),
            claims=tuple(claims),
        )
