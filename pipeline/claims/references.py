"""Reference lines: a line that cites a source (a medium's name, a date, a title, a URL) states no claim.

A news article ends with its sources, one a line: ``北星新報、2012年3月4日。``,
``北星通信『新橋が開通』。``, ``「新橋が開通」 北星通信 2010年5月1日``, a URL. The
headlines of related articles often run into the same line, with no 。 between
them (``…が開通へ北星通信『新橋が開通』。``): they are references too, headlines of
other articles. So a line (or the part of a sentence after a sentence end inside
it) that ends in a citation is a reference, and its predicates (the headline's verbal noun, a
medium's name the parser made a verb) are no claims.

Takes a sentence (a spaCy ``Span``); gives its parts that cite a source (the
sentence is cut after each sentence end inside it, where the parser ran two
together). ``REFERENCE_LINES`` are the kinds of citation a part can end in, each
``(line) -> bool``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..actors.tokens import text_of
from ..rules import RuleList
from .particles import COMMAS
from .predicates import names_an_actor

_DATE = r"(?:\d{4}年)?\d{1,2}月\d{1,2}日|\d{4}[/-]\d{1,2}[/-]\d{1,2}"
# A date with an hour, a time zone or a note in brackets, and 付 (2011年4月7日23時46分(UTC+9)).
_DATED_TAIL = re.compile(
    rf"(?:{_DATE})(?:\s*\d{{1,2}}時(?:\d{{1,2}}分)?)?(?:\s*[（(][^（）()]{{0,15}}[）)])?付?\s*[。．.]?\s*$"
)
# A title in 『』 or in double quotes, as sources cite a headline.
_TITLE_TAIL = re.compile(r"(?:『[^『』]*』|\"[^\"]+\"|“[^“”]+”|＂[^＂]+＂)\s*[。．.]?\s*$")
_URL_TAIL = re.compile(r"(?:https?://|www\.)[!-~]+\s*[。．]?\s*$")
# The rest of a line after a headline in brackets: a source's name and a date, nothing else.
_SOURCE_AND_DATE = re.compile(
    rf"\s*[^\s。、「」『』]{{1,30}}\s*(?:{_DATE})(?:\s*[（(][^（）()]{{0,15}}[）)])?付?\s*[。．.]?\s*$"
)
_DATE_BEFORE = re.compile(rf"(?:{_DATE})\s*$")
# What parts a source from its date or title: 共同=北星新報 / …(電子版)『…』 / 「題」 北星通信; a comma
# only after a name (北星新報、2012年…, not …と発表したのは、4月8日).
_SEPARATORS = frozenset('=＝:：)）」』"”＂・')
# The sentence ends inside a line (not the ASCII ones, which end domains and names: asahi.com, Yahoo!).
_SENTENCE_ENDS = frozenset("。．！？")
_CLOSING = frozenset(")）」』")
_FULL_STOPS = frozenset("。．.")
_NAME_PARTS = frozenset({"NOUN", "PROPN", "NUM", "SYM", "X"})
_NAME_PUNCTUATION = frozenset(".・-!&＆/／")
_LATIN = re.compile(r"[A-Za-z]")


def dated_source(line: Span) -> bool:
    """北星新報、2012年3月4日。 / 北星通信 2010年5月1日: a source and the date it was published."""
    return _after_a_source(_before_the_tail(line, _DATED_TAIL))


def cited_title(line: Span) -> bool:
    """北星通信『新橋が開通』。 / 北星新報、2012年3月4日"題"。: a medium's or an author's name, a date or
    another headline, and the headline of the article cited; not a work named in a sentence (…を題材に
    した映画『X』。)."""
    before = _before_the_tail(line, _TITLE_TAIL)
    if before is None:
        return False
    return (
        _after_a_source(before) or _DATE_BEFORE.search(before.text) is not None or _after_a_headline(before)
    )


def url(line: Span) -> bool:
    """北星新報 http://example.org/news/1: a line that ends in an address after a source."""
    return _after_a_source(_before_the_tail(line, _URL_TAIL))


def title_before_a_dated_source(line: Span) -> bool:
    """「新橋が開通」 北星通信 2010年5月1日: a headline in brackets, a line of its own to the parser,
    followed on its line by the source and the date."""
    text = text_of(line.doc)
    if not (line.text.startswith(("「", "『")) and line.text.rstrip().endswith(("」", "』"))):
        return False
    rest = text[line.end_char :].split("\n", 1)[0]
    return _SOURCE_AND_DATE.match(rest) is not None


_POINTER = re.compile(r"を(?:参照|参照のこと|参照されたい|ご覧ください|参照してください)\s*[。．.]?\s*$")


def pointer_to_another_page(line: Span) -> bool:
    """詳しくは関連記事「…」を参照。: the writer points the reader elsewhere; nothing in the line happened."""
    return _POINTER.search(line.text) is not None


REFERENCE_LINES = RuleList(
    "claims.reference_line",
    (dated_source, cited_title, url, title_before_a_dated_source, pointer_to_another_page),
)


def in_a_reference(token: Token, sentence: Span) -> bool:
    """The token stands in a part of the sentence that cites a source (REFERENCE_LINES)."""
    parts = reference_parts(sentence.doc, sentence.start, sentence.end)
    return any(begin <= token.i < end for begin, end in parts)


@lru_cache(maxsize=64)
def reference_parts(doc: Doc, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The parts of ``doc[start:end]`` that end in a citation, as (start, end) token indices; the
    sentence is cut after each sentence end inside it (…を見送っている。)|北星新報『題』。)."""
    parts = _parts(doc, start, end)
    return tuple(
        (begin, stop) for begin, stop in parts if any(rule(doc[begin:stop]) for rule in REFERENCE_LINES)
    )


def _before_the_tail(line: Span, tail: re.Pattern[str]) -> Span | None:
    # The part of the line before the citation it ends in, or None if it ends in none of that kind.
    text = text_of(line.doc)
    found = tail.search(text, line.start_char, line.end_char)
    if found is None or not _ends_its_line(found.group(), text, line.end_char):
        return None
    stop = line.start
    for token in line:
        if token.idx + len(token.text) > found.start():
            break
        if not token.is_space:
            stop = token.i + 1
    return line.doc[line.start : stop]


def _ends_its_line(tail: str, text: str, end: int) -> bool:
    # A citation ends its line: with a full stop, or where the text or its line ends. The parser also
    # ends a sentence at 』 inside one (…列車名を『A』・『B』|とした。), which is no citation.
    return tail.rstrip().endswith(tuple(_FULL_STOPS)) or text[end : end + 1] in {"", "\n", "\r"}


def _parts(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    # A sentence that ends inside the line, with the brackets that close after it, is a part of its
    # own: (…見送っている。)『題』。 / …発生『題』。北星新報、2012年3月4日。
    parts, begin, i = [], start, start
    while i < end - 1:
        i += 1
        if doc[i - 1].text not in _SENTENCE_ENDS:
            continue
        while i < end and doc[i].text in _CLOSING:
            i += 1
        if i < end:
            parts.append((begin, i))
            begin = i
    parts.append((begin, end))
    return parts


def _after_a_source(before: Span | None) -> bool:
    """What comes before a date or a title is the line's start, a separator or a name, not a word of a
    sentence (…を題材にした映画『X』)."""
    if before is None:
        return False
    if len(before) == 0:
        return True
    last = before[-1]
    if last.text in _SEPARATORS or last.whitespace_:
        return True
    if last.text in COMMAS:
        return len(before) > 1 and (before[-2].text in _SEPARATORS or _ends_a_name(before[:-1]))
    return _ends_a_name(before)


def _after_a_headline(before: Span) -> bool:
    """…の建設を発表『題』: a title right after a verb or a verbal noun, with no particle between, is no
    argument of it; it follows the headline of another article (a related article's, glued to it)."""
    if len(before) == 0:
        return False
    last = before[-1]
    return last.pos_ == "VERB" or (last.pos_ == "NOUN" and "サ変" in last.tag_)


def _ends_a_name(before: Span) -> bool:
    # A name of a few nominal tokens: 日経ネット関西版, Yahoo!スポーツ, asahi.com, 北星通信.
    for part in reversed(before[-4:]):
        if part.pos_ not in _NAME_PARTS and part.text not in _NAME_PUNCTUATION:
            return False
        if names_an_actor(part) or _LATIN.search(part.text):
            return True
    return False
