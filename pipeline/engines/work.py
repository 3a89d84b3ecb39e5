"""Parsing and extraction, where the model is: each document to its journal line.

The same functions run in this process (``--workers 1``), in worker processes
and on Dask workers. A worker loads the model once (``cached_model``) and sends
back only text: the journal lines, a few kilobytes a document, never a parsed Doc.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator

from spacy.language import Language

from ..extract import process_document
from ..journal import failure_entry, item_key, journal_line
from ..parse.units import parse_documents
from ..records import Document, Failure, ParsedUnit
from .tasks import ParseSettings


def journal_lines(nlp: Language, documents: Iterable[Document], settings: ParseSettings) -> Iterator[str]:
    """Parse and extract each document; yield its journal line, in input order."""
    for document, units in parse_documents(
        nlp, documents, batch_size=settings.batch_size, batch_chars=settings.batch_chars
    ):
        yield document_entry(document, units)


def partition_lines(nlp: Language, documents: list[Document], settings: ParseSettings) -> list[str]:
    """The journal lines of a partition; a document the parser fails on is a failure of its own.

    The parser works on batches across documents, so an error in it is retried one document at a
    time: one bad document never costs the others (an error in extraction already costs only its own).
    """
    try:
        return list(journal_lines(nlp, documents, settings))
    except Exception as error:
        if len(documents) == 1:
            return [_parse_failure(documents[0], error)]
    lines = []
    for document in documents:
        try:
            lines.extend(journal_lines(nlp, [document], settings))
        except Exception as error:
            lines.append(_parse_failure(document, error))
    return lines


def _parse_failure(document: Document, error: Exception) -> str:
    reason = f"internal error: {type(error).__name__}: {error}"
    return failure_entry(Failure(document.input, reason, document.line, document.id))


def document_entry(document: Document, units: list[ParsedUnit]) -> str:
    """The journal line of a parsed document: its result, or the failure a bug met on it."""
    try:
        result = process_document(document, units)
    except Exception as error:  # a bug met on one document must not cost the others
        failure = Failure(
            document.input, f"internal error: {type(error).__name__}: {error}", document.line, document.id
        )
        return failure_entry(failure)
    entry = {"key": item_key(document), "result": result.to_json(), "line": document.line}
    if document.original_id is not None:
        entry["original_id"] = document.original_id
    return journal_line(entry)


# One model per thread: a worker process has one thread, but a Dask worker started with --nthreads 4
# runs four tasks at once, and the tokenizer (SudachiPy) must not be shared between threads.
_loaded = threading.local()


def cached_model(name: str) -> Language:
    """The model, loaded once per worker (per thread of a worker that has several)."""
    models: dict[str, Language] = _loaded.__dict__.setdefault("models", {})
    if name not in models:
        from ..parse.model import load_model

        models[name] = load_model(name)
    return models[name]
