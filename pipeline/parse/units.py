"""Parse documents with GiNZA, one parse unit (a line, or a piece of a long one) at a time.

Takes Documents and a loaded model; gives each document with its ParsedUnits, in input order.

Lines are parsed apart because a line break ends a sentence in news text and
in comments alike, and because SudachiPy refuses inputs over about 49 KB; a
longer line is cut after a sentence end, or hard at the limit if it has none.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING

from ..io.cleaning import clean_for_parse
from ..records import Document, ParsedUnit

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# SudachiPy's limit is 49,149 bytes; Japanese text is 3 bytes a character in UTF-8.
MAX_UNIT_CHARS = 4000
_SENTENCE_END = re.compile(r"[。！？!?]+[」』）)]*")
# Text with no sentence end (a scraped page's navigation, a 2 MB line) is no sentence: it is cut into
# runs of at most this many characters, as the parser and the claim rules slow down sharply on very
# long sentences (one run of 4,000 characters took seven times as long as four runs of 1,000).
MAX_RUN_CHARS = 1000
# Where such a run can be cut without splitting a word.
_CLAUSE_END = re.compile(r"[、，,；;\s　]+")

# Units handed to the parser at once: at most this many, and at most DEFAULT_BATCH_CHARS characters.
DEFAULT_BATCH_SIZE = 64
# GiNZA's tok2vec (an 8-layer CNN) keeps every layer's activations alive until the batch is done
# (thinc's forward pass returns a backprop closure holding them even when predicting): about 65 KB a
# token, so a batch of 75 news articles (37,000 tokens) peaks at 2.9 GB, against 0.67 GB one article
# at a time, and the kernel's zeroing of that fresh memory costs 17% more CPU time. Short units, on the
# other hand, parse a third faster in batches of 16 than alone (per-call overhead). A budget in
# characters serves both: many comments go together, an article goes alone. benchmarks/speed.py
# measures it (``--batch-chars``).
DEFAULT_BATCH_CHARS = 2000


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
    nlp: Language,
    documents: Iterable[Document],
    batch_size: int = DEFAULT_BATCH_SIZE,
    batch_chars: int = DEFAULT_BATCH_CHARS,
) -> Iterator[tuple[Document, list[ParsedUnit]]]:
    """Parse each document once, batching units across documents; yield each as soon as it is whole.

    A batch holds at most ``batch_size`` units and ``batch_chars`` characters (a longer unit goes
    alone): see DEFAULT_BATCH_CHARS for why the parser wants small batches.
    """
    waiting: deque[tuple[Document, list[ParsedUnit], int]] = deque()  # read, not yet fully parsed
    batch: list[tuple[str, int]] = []  # (unit text, offset) of the documents in ``waiting``
    batch_length = 0

    def parse_batch() -> Iterator[tuple[Document, list[ParsedUnit]]]:
        nonlocal batch, batch_length
        docs = nlp.pipe([text for text, _ in batch], batch_size=len(batch)) if batch else ()
        units = iter(zip(map(_without_tensor, docs), (offset for _, offset in batch), strict=True))
        while waiting:
            document, parsed, expected = waiting[0]
            parsed.extend(ParsedUnit(offset, doc) for doc, offset in islice(units, expected - len(parsed)))
            if len(parsed) < expected:
                break  # its remaining units are in the next batch
            waiting.popleft()
            yield document, parsed
        batch, batch_length = [], 0

    for document in documents:
        doc_units = list(parse_units(clean_for_parse(document.text)))
        waiting.append((document, [], len(doc_units)))
        for offset, text in doc_units:
            if batch and (len(batch) >= batch_size or batch_length + len(text) > batch_chars):
                yield from parse_batch()
            batch.append((text, offset))
            batch_length += len(text)
        if not batch:
            yield from parse_batch()  # nothing to parse: a document with no unit is done
    yield from parse_batch()


def _without_tensor(doc: Doc) -> Doc:
    """The Doc without tok2vec's output (1 KB a token), which nothing after the parser reads: a
    document's units are all held until it is done, 200 MB for 300,000 characters."""
    doc.tensor = doc.tensor[:0].copy()
    return doc
