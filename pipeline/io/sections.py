"""Split a plain-text document into its article and its reader comments.

The convention for ``.txt`` input (documented in README.md): the article
runs up to the first separator, and every non-empty line after it is one
comment. A separator is either a line of three or more dashes, equals signs
or box-drawing bars on its own (it belongs to neither section), or a line
ending in `` |`` or ``｜``, the marker our scraped pages carry on the last
line of the article (the seed document has it; that line is the article's).
The article section runs to the start of the first comment line, as in the
dev gold (seed_claims.json). Text with no separator is all article, and
gets no sections.
"""

from __future__ import annotations

import re

from ..records import Section

_SEPARATOR_LINE = re.compile(r"^[ \t]*(?:[-=＝─━―—]{3,})[ \t]*$")
_ARTICLE_END_MARK = re.compile(r"(?:[ \t　]\||｜)[ \t　]*$")


def split_sections(text: str) -> tuple[Section, ...]:
    """Return ``(article, comment, comment, …)`` sections, or ``()`` when there are no comments."""
    offset = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if _SEPARATOR_LINE.match(body):
            return _sections(text, offset, offset + len(line))
        if _ARTICLE_END_MARK.search(body):
            return _sections(text, offset + len(line), offset + len(line))
        offset += len(line)
    return ()


def _sections(text: str, article_end: int, comments_start: int) -> tuple[Section, ...]:
    sections = [Section("article", 0, article_end)]
    offset = comments_start
    for line in text[comments_start:].splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body.strip():
            sections.append(Section("comment", offset, offset + len(body)))
        offset += len(line)
    return tuple(sections) if len(sections) > 1 else ()
