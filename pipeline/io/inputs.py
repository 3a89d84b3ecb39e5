"""Read the command line's inputs as a stream of documents and failures.

A ``.txt`` file is one document, a ``.jsonl`` file one document a line, a
folder every such file below it in sorted path order, and ``-`` standard
input. Nothing here raises for bad input: it yields a Failure and goes on.
"""

from __future__ import annotations

import dataclasses
import errno
import json
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from ..records import Document, Failure, Section
from .cleaning import clean_for_parse, replace_surrogates
from .decoding import DecodeError, decode
from .sections import split_sections

SUFFIXES = (".txt", ".jsonl")
STDIN = "-"
STDIN_ID = "stdin"


class InputError(ValueError):
    """An INPUT argument that names nothing we can read (exit status 2)."""


def expand_inputs(arguments: Iterable[str], exclude: Path | None = None) -> list[str]:
    """Turn INPUT arguments into the files to read, in order; raise InputError for unusable ones.

    Files below ``exclude`` (the output folder) are left out of folders, so that a run never
    reads its own outputs back.
    """
    skip = exclude.resolve() if exclude is not None else None
    paths: list[str] = []
    for argument in arguments:
        if argument == STDIN:
            paths.append(STDIN)
            continue
        path = Path(argument)
        if path.is_dir():
            paths.extend(str(found) for found in _folder_files(path, skip))
        elif path.is_file():
            if path.suffix.lower() not in SUFFIXES:
                raise InputError(f"{argument}: not a .txt or .jsonl file (or a folder of them)")
            paths.append(str(path))
        elif path.exists():
            raise InputError(f"{argument}: not a regular file or folder")
        else:
            raise InputError(f"{argument}: no such file or folder")
    return paths


def _folder_files(folder: Path, skip: Path | None) -> list[Path]:
    """Every .txt and .jsonl entry below ``folder`` that is not a folder, sorted by path.

    Entries that are not regular files (dangling links, pipes) are kept so that reading
    them reports a failure rather than dropping them unseen.
    """
    found: list[Path] = []
    # A folder that cannot be listed is kept too, and reading it reports why.
    unlisted: list[OSError] = []
    for root, folders, files in os.walk(folder, onerror=unlisted.append):
        if skip is not None and Path(root).resolve() == skip:
            folders.clear()
            continue
        found.extend(Path(root, name) for name in files if Path(name).suffix.lower() in SUFFIXES)
    found.extend(Path(error.filename) for error in unlisted if error.filename)
    return sorted(found, key=lambda p: p.as_posix())


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
    # The n-th use of an id becomes "id~n" (skipping any taken): stable for the same inputs in the same order.
    new_id = f"{document.id}~{count}"
    while new_id in seen:
        count += 1
        new_id = f"{document.id}~{count}"
    seen[new_id] = 1
    return dataclasses.replace(document, id=new_id, original_id=document.id)


def _read_bytes(path: str, stdin: BinaryIO | None) -> bytes:
    if path == STDIN:
        return (stdin or sys.stdin.buffer).read()
    mode = os.stat(path).st_mode
    if stat.S_ISDIR(mode):
        os.listdir(path)  # a folder ends up here only when it could not be listed: raise why
        raise OSError(errno.EISDIR, "a folder that could not be listed")
    # Opening a named pipe or a device would block or never end: only regular files are read.
    if not stat.S_ISREG(mode):
        raise OSError(errno.EINVAL, "not a regular file")
    return Path(path).read_bytes()


def _read_one(path: str, stdin: BinaryIO | None) -> Iterator[Document | Failure]:
    # A file name that is not valid UTF-8 is shown (and journaled) with U+FFFD in its place.
    shown = replace_surrogates(path)
    try:
        data = _read_bytes(path, stdin)
    except OSError as error:
        yield Failure(shown, f"cannot read: {error.strerror or error}")
        return
    try:
        text, encoding = decode(data)
    except DecodeError as error:
        yield Failure(shown, str(error))
        return
    if path.lower().endswith(".jsonl"):
        yield from _jsonl_documents(shown, text, encoding)
        return
    doc_id = STDIN_ID if path == STDIN else Path(shown).stem
    yield _text_document(shown, doc_id, replace_surrogates(text), encoding)


def _text_document(path: str, doc_id: str, text: str, encoding: str) -> Document | Failure:
    if not clean_for_parse(text).strip():
        return Failure(path, _empty_reason(text), doc_id=doc_id)
    return Document(doc_id, text, path, None, encoding, {}, split_sections(text))


def _empty_reason(text: str) -> str:
    return "empty document" if not text.strip() else "empty document (only markup or invisible characters)"


def _jsonl_documents(path: str, text: str, encoding: str) -> Iterator[Document | Failure]:
    # Only "\n" ends a JSON Lines record: str.splitlines() would also cut at U+2028 and friends,
    # which JSON allows raw inside strings.
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield Failure(path, f"not JSON: {error.msg} at column {error.colno}", line=number)
            continue
        except (ValueError, RecursionError) as error:  # integers too long to convert, nesting too deep
            yield Failure(path, f"not usable JSON: {str(error) or type(error).__name__}", line=number)
            continue
        yield _document_from_record(record, path, number, encoding)


def _document_from_record(record: Any, path: str, number: int, encoding: str) -> Document | Failure:
    if not isinstance(record, dict):
        return Failure(path, f"not a JSON object but {_json_type(record)}", line=number)
    doc_id = _record_id(record.get("id"), path, number)
    text = record.get("text")
    if not isinstance(text, str):
        reason = 'no "text"' if text is None else f'"text" is {_json_type(text)}, not a string'
        return Failure(path, reason, line=number, doc_id=doc_id)
    comments = record.get("comments", [])
    if not isinstance(comments, list) or not all(isinstance(c, str) for c in comments):
        return Failure(path, '"comments" is not a list of strings', line=number, doc_id=doc_id)
    meta = record.get("meta") if isinstance(record.get("meta"), dict) else {}
    full_text, sections = _join_comments(text, comments)
    full_text = replace_surrogates(full_text)
    if not clean_for_parse(full_text).strip():
        return Failure(path, _empty_reason(full_text), line=number, doc_id=doc_id)
    if not comments:
        sections = split_sections(full_text)
    return Document(doc_id, full_text, path, number, encoding, meta, sections)


def _record_id(raw_id: Any, path: str, number: int) -> str:
    """The record's id as a string; a missing, blank or non-scalar id becomes ``<file stem>:<line>``."""
    if isinstance(raw_id, str | int) and not isinstance(raw_id, bool) and str(raw_id).strip():
        return replace_surrogates(str(raw_id))
    return f"{Path(path).stem}:{number}"


def _json_type(value: Any) -> str:
    names = {
        dict: "an object",
        list: "an array",
        str: "a string",
        bool: "a boolean",
        int: "a number",
        float: "a number",
        type(None): "null",
    }
    return names.get(type(value), type(value).__name__)


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
