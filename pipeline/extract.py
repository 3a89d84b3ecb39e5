"""One parsed document to everything the pipeline learns from it: a pure function of the document.

Takes a ``Document`` and its ``ParsedUnit``s; gives a ``DocumentResult``. It is what
every engine runs, in the main process or in a worker, so it opens no files and
keeps no state between documents.
"""

from __future__ import annotations

from .actors.resolve import find_mentions
from .claims.walker import extract_claims
from .records import Document, DocumentResult, ParsedUnit


def process_document(document: Document, units: list[ParsedUnit]) -> DocumentResult:
    """Everything we extract from one parsed document: a pure function of its input."""
    mentions, entities = find_mentions(document.id, document.text, units)
    claims = extract_claims(document, units, mentions)
    sentences = sum(1 for unit in units for _ in unit.doc.sents)
    return DocumentResult(
        document.id,
        document.input,
        document.encoding,
        sentences,
        tuple(mentions),
        tuple(entities),
        tuple(claims),
    )
