"""Parse documents with GiNZA, one parse unit (a line, or a piece of a long one) at a time.

Takes Documents and a loaded model; gives each document with its ParsedUnits, in input order.

Lines are parsed apart because a line break ends a sentence in news text and
in comments alike, and because SudachiPy refuses inputs over about 49 KB; a
longer line is cut after a sentence end, or hard at the limit if it has none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from ..io.cleaning import clean_for_parse
from ..records import Document, ParsedUnit

if TYPE_CHECKING:
    from spacy.language import Language

# SudachiPy's limit is 49,149 bytes; Japanese text is 3 bytes a character in UTF-8.
MAX_UNIT_CHARS = 4000
_SENTENCE_END = re.compile(r"[。！？!?]+[」』）)]*")
# Text with no sentence end (a scraped page's navigation, a 2 MB line) is no sentence: it is cut into
# runs of at most this many characters, as the parser and the claim rules slow down sharply on very
# long sentences (one run of 4,000 characters took seven times as long as four runs of 1,000).
MAX_RUN_CHARS = 1000
# Where such a run can be cut without splitting a word.
_CLAUSE_END = re.compile(r"[、，,；;\s　]+")


def parse_units(text: str) -> Iterator[tuple[int, str]]:
    """Yield ``(offset, unit_text)`` for every non-blank unit of ``text``, in order."""
    offset = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029")
        for start, piece in _cut(body):
            if piece.strip():
                yield offset + start, piece
        offset += len(line)


def _cut(line: str) -> Iterator[tuple[int, str]]:
    """Pieces of at most MAX_UNIT_CHARS, cut after a sentence end; see _cut_point."""
    start = 0
    while len(line) - start > MAX_RUN_CHARS:
        window = line[start : start + MAX_UNIT_CHARS]
        if len(window) == len(line) - start and _SENTENCE_END.search(window):
            break  # the rest fits, and is sentences
        yield start, window[: (cut := _cut_point(window))]
        start += cut
    yield start, line[start:]


def _cut_point(window: str) -> int:
    """After the window's last sentence end; with none, a run of MAX_RUN_CHARS, cut after a comma or space."""
    ends = [match.end() for match in _SENTENCE_END.finditer(window, MAX_UNIT_CHARS // 4)]
    if ends:
        return ends[-1]
    run = window[:MAX_RUN_CHARS]
    breaks = [match.end() for match in _CLAUSE_END.finditer(run, MAX_RUN_CHARS // 4)]
    return breaks[-1] if breaks else MAX_RUN_CHARS


def parse_documents(
    nlp: Language, documents: Iterable[Document], batch_size: int = 64, workers: int = 1
) -> Iterator[tuple[Document, list[ParsedUnit]]]:
    """Parse each document once, batching units across documents; yield in input order."""
    pending: dict[int, tuple[Document, int]] = {}
    parsed: dict[int, list[ParsedUnit]] = {}

    def units() -> Iterator[tuple[str, tuple[int, int]]]:
        for index, document in enumerate(documents):
            doc_units = list(parse_units(clean_for_parse(document.text)))
            pending[index] = (document, len(doc_units))
            parsed[index] = []
            for offset, unit in doc_units:
                yield unit, (index, offset)

    next_index = 0

    def finished() -> Iterator[tuple[Document, list[ParsedUnit]]]:
        nonlocal next_index
        while next_index in pending and len(parsed[next_index]) == pending[next_index][1]:
            yield pending.pop(next_index)[0], parsed.pop(next_index)
            next_index += 1

    for doc, (index, offset) in nlp.pipe(units(), as_tuples=True, batch_size=batch_size, n_process=workers):
        parsed[index].append(ParsedUnit(offset, doc))
        yield from finished()
    yield from finished()
