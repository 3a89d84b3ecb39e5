"""Read the command line's inputs as a stream of documents and failures.

A ``.txt`` file is one document, a ``.jsonl`` file one document a line, a
folder every such file below it in sorted path order, and ``-`` standard
input. Nothing here raises for bad input: it yields a Failure and goes on.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from .cleaning import replace_surrogates
from .decoding import DecodeError, decode
from .records import Document, Failure, Section
from .sections import split_sections

SUFFIXES = (".txt", ".jsonl")
STDIN = "-"


class InputError(ValueError):
    """An INPUT argument that names nothing we can read (exit status 2)."""


def expand_inputs(arguments: Iterable[str]) -> list[str]:
    """Turn INPUT arguments into the files to read, in order; raise InputError for unusable ones."""
    paths: list[str] = []
    for argument in arguments:
        if argument == STDIN:
            paths.append(STDIN)
            continue
        path = Path(argument)
        if path.is_dir():
            paths.extend(
                str(found)
                for found in sorted(path.rglob("*"), key=lambda p: p.as_posix())
                if found.suffix.lower() in SUFFIXES and found.is_file()
            )
        elif path.is_file():
            if path.suffix.lower() not in SUFFIXES:
                raise InputError(f"{argument}: not a .txt or .jsonl file (or a folder of them)")
            paths.append(str(path))
        else:
            raise InputError(f"{argument}: no such file or folder")
    return paths


def read_documents(paths: Iterable[str], stdin: BinaryIO | None = None) -> Iterator[Document | Failure]:
    """Yield each input's documents (or failures), with duplicate ids made distinct."""
    seen: dict[str, int] = {}
    for path in paths:
        for item in _read_one(path, stdin):
            if isinstance(item, Document):
                item = _distinct_id(item, seen)
            yield item


def _distinct_id(document: Document, seen: dict[str, int]) -> Document:
    count = seen.get(document.id, 0) + 1
    seen[document.id] = count
    if count == 1:
        return document
    # The n-th repeat of an id becomes "id~n": stable for the same inputs in the same order.
    new_id = f"{document.id}~{count}"
    while new_id in seen:
        count += 1
        new_id = f"{document.id}~{count}"
    seen[new_id] = 1
    meta = {**document.meta, "original_id": document.id}
    return Document(new_id, document.text, document.input, document.line, document.encoding, meta,
                    document.sections)


def _read_bytes(path: str, stdin: BinaryIO | None) -> bytes:
    if path == STDIN:
        return (stdin or sys.stdin.buffer).read()
    return Path(path).read_bytes()


def _read_one(path: str, stdin: BinaryIO | None) -> Iterator[Document | Failure]:
    try:
        data = _read_bytes(path, stdin)
    except OSError as error:
        yield Failure(path, f"cannot read: {error.strerror or error}")
        return
    try:
        text, encoding = decode(data)
    except DecodeError as error:
        yield Failure(path, str(error))
        return
    if path.lower().endswith(".jsonl"):
        yield from _jsonl_documents(path, text, encoding)
        return
    doc_id = "stdin" if path == STDIN else Path(path).stem
    yield from _text_document(path, doc_id, text, encoding)


def _text_document(path: str, doc_id: str, text: str, encoding: str) -> Iterator[Document | Failure]:
    text = replace_surrogates(text)
    if not text.strip():
        yield Failure(path, "empty document", doc_id=doc_id)
        return
    yield Document(doc_id, text, path, None, encoding, {}, split_sections(text))


def _jsonl_documents(path: str, text: str, encoding: str) -> Iterator[Document | Failure]:
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield Failure(path, f"not JSON: {error.msg} at column {error.colno}", line=number)
            continue
        document = _document_from_record(record, path, number, encoding)
        yield document


def _document_from_record(record: Any, path: str, number: int, encoding: str) -> Document | Failure:
    if not isinstance(record, dict):
        return Failure(path, f"not a JSON object but {type(record).__name__}", line=number)
    raw_id = record.get("id")
    doc_id = str(raw_id) if isinstance(raw_id, str | int) and str(raw_id).strip() else f"{Path(path).stem}:{number}"
    doc_id = replace_surrogates(doc_id)
    text = record.get("text")
    if not isinstance(text, str):
        reason = "no \"text\"" if text is None else f"\"text\" is {type(text).__name__}, not a string"
        return Failure(path, reason, line=number, doc_id=doc_id)
    comments = record.get("comments", [])
    if not isinstance(comments, list) or not all(isinstance(c, str) for c in comments):
        return Failure(path, "\"comments\" is not a list of strings", line=number, doc_id=doc_id)
    meta = record.get("meta") if isinstance(record.get("meta"), dict) else {}
    full_text, sections = _join_comments(text, comments)
    full_text = replace_surrogates(full_text)
    if not full_text.strip():
        return Failure(path, "empty document", line=number, doc_id=doc_id)
    if not comments:
        sections = split_sections(full_text)
    return Document(doc_id, full_text, path, number, encoding, meta, sections)


def _join_comments(text: str, comments: list[str]) -> tuple[str, tuple[Section, ...]]:
    """An article and its comments become one text, one line apart, with a section each."""
    if not comments:
        return text, ()
    sections = [Section("article", 0, len(text))]
    parts = [text]
    offset = len(text)
    for comment in comments:
        offset += 1
        sections.append(Section("comment", offset, offset + len(comment)))
        parts.append(comment)
        offset += len(comment)
    return "\n".join(parts), tuple(sections)
