"""Post-passes that drop candidates which name no actor, or cut them to the one they name (Doc, spans →
spans).

A model number (KXR-7), the title of a work in quotes (「マリオ」), the place
in a battle's name (…の戦い), a word inside a longer quoted or Latin name, a
name that opens a building's or an event's (静岡市立図書館, 日露戦争), a kind
of body (国立大学) and the Nth edition of something (第10回…) are not actor
mentions. Each filter takes the candidates and gives those that stay; two
passes cut them instead: a member of a body to the body (衆議院議員 → 衆議院)
and a span to what lies between dangling middle dots (プロ野球・ → プロ野球).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from spacy.tokens import Doc, Token

from .. import lexicons
from ..ids import normalize_name
from .candidates import LABEL_ABBREVIATION, LABEL_ACRONYM, LABEL_PROPER_NOUN, ActorSpan
from .gazetteer import actor_lexicon
from .places import part_of_a_place
from .tokens import LATIN_WORD, MIDDLE_DOTS, holds_predicate, is_noun, text_of, tokens_of

# What follows the name of a battle or a revolt (…の戦い, …・伏見の戦い, …の乱, …の変).
_BATTLE = re.compile(r"(?:・[^、。・「」\s]{1,8})*の(?:戦い|乱|変|合戦|役)(?![\u4e00-\u9fff])")
# Quotation marks around a title, and Latin words written as one name (Windows Vista).
_OPENING_QUOTES = frozenset("「『")
_CLOSING_QUOTES = frozenset("」』")
# A time zone, with its offset and what the press writes after it (UTC, UTC+9, JST, GMT+1, UTC+9以下同).
_TIME_ZONE = re.compile(r"^(?:UTC|GMT|JST|EST|PST|CET)(?:[+\-−]\d{1,2}(?::?\d{2})?)?(?:以下.*)?$")
# Web editions cited at an article's end and the Latin words of such citations, compared without spaces.
_NOT_ACTORS = frozenset(
    word.replace(" ", "").casefold() for word in lexicons.words("actor_words", "not_actors")
)
# A source cited at an article's end: its name, then the date it published (北星新報、2012年3月4日。), or
# the headline it ran, at the start of a line or after another citation (北星通信『新橋が開通』。).
_DATE = r"(?:\d{4}年)?\d{1,2}月\d{1,2}日|\d{4}[/-]\d{1,2}[/-]\d{1,2}|[A-Z][a-z]{2,8}\.?\s?\d{1,2},\s?\d{4}"
_DATED_CITATION = re.compile(
    rf"\s*[、，,]?\s*(?:{_DATE})(?:\s*\d{{1,2}}時(?:\d{{1,2}}分)?)?(?:\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?"
    r"(?:\s*[（(][^（）()]{0,15}[）)])?付?\s*(?:[。．.]|\[|$)"
)
_TITLE_CITATION = re.compile(r"\s*(?:『[^『』]*』|\"[^\"]+\"|“[^“”]+”)\s*(?:[。．.]|$)")
_CITATION_OPENERS = frozenset("。．』」)）]")
# A sister project's notice (ウィキペディアに…に関する記事があります): a link, not a mention of the body.
_SISTER_PROJECT_NOTICE = re.compile(r"に[^。]{1,80}に関する記事があります")
_LATIN_PHRASE = re.compile(r"[A-Za-z0-9][\w'&.!+\-]*(?: [A-Za-z0-9][\w'&.!+\-]*)+", re.ASCII)


def without_kinds_of_bodies(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    """国立大学, スポーツ新聞, BSデジタル放送, 第一次産業: words that say what kind of body before an
    organization's head, and nothing else, name a kind, not one body; 東北部 alone is a part of no place
    named."""
    text = text_of(doc)
    return [
        span
        for span in spans
        if span.type != "organization" or not _names_a_kind(normalize_name(text[span.start : span.end]))
    ]


def _names_a_kind(surface: str) -> bool:
    if part_of_a_place(surface) == "":
        return True
    for head, _ in actor_lexicon().heads_longest_first:
        if surface.endswith(head) and len(surface) > len(head):
            return _KIND_MODIFIERS.fullmatch(surface[: -len(head)]) is not None
    return False


# Kind words run together (BS + デジタル), or an ordinal (第一次, 第3次).
_KIND_MODIFIERS = re.compile(
    "(?:"
    + "|".join(sorted(map(re.escape, lexicons.words("actor_words", "kind_modifiers")), key=len, reverse=True))
    + r"|第[0-9０-９一二三四五六七八九十]+次)+"
)


def bodies_of_members(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    """衆議院議員 → 衆議院, 北星党員 → 北星党: a member of a body is a person's post; the body is the
    actor the span names (the recognizer and GiNZA take the whole for an organization)."""
    text = text_of(doc)
    kept = []
    for span in spans:
        surface = text[span.start : span.end]
        body = _body_of_member(surface) if span.type == "organization" else surface
        if body == surface:
            kept.append(span)
        elif len(body) >= 2:  # 社員 alone names no body
            kept.append(replace(span, end=span.start + len(body)))
    return kept


def _body_of_member(surface: str) -> str:
    for word in _MEMBER_WORDS:
        if surface.endswith(word):
            return surface[: -len(word)]
    if surface.endswith(_MEMBER) and surface[: -len(_MEMBER)].endswith(_MEMBER_HEADS):
        return surface[: -len(_MEMBER)]
    return surface


_MEMBER = "員"
_MEMBER_WORDS = lexicons.ordered("actor_words", "member_words")
_MEMBER_HEADS = tuple(lexicons.words("actor_words", "member_heads"))


def trimmed_of_dangling_dots(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    """日本プロ野球・: a middle dot at either end of a span joins it to a word it left out, and is no part of
    the name."""
    text = text_of(doc)
    trimmed = []
    for span in spans:
        surface = text[span.start : span.end]
        start = span.start + len(surface) - len(surface.lstrip(MIDDLE_DOTS))
        end = span.end - (len(surface) - len(surface.rstrip(MIDDLE_DOTS)))
        if (start, end) == (span.start, span.end):
            trimmed.append(span)
        elif end - start >= 2:  # ・社: a head alone, no name
            trimmed.append(replace(span, start=start, end=end))
    return trimmed


def without_model_numbers(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    """DHC-6, STS-134, ED70: Latin capitals before a number name a model or a mission, not a body."""
    text = text_of(doc)
    return [span for span in spans if not _is_model_number(text, span)]


def without_ranks(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    """下院第1党, 第2: a rank (the largest party in the lower house), not a name; GiNZA and the head rule
    take a word before it for part of one."""
    text = text_of(doc)
    return [span for span in spans if not _RANK_AT_END.search(text[span.start : span.end])]


_RANK_AT_END = re.compile(r"第[0-9０-９一二三四五六七八九十]+[党位]?$")


def without_editions(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    """第10回北星博覧会, 第2回ミドリ党討論会, 第9回北星リーグ: the Nth edition or session of something is
    an event, not an actor (GiNZA and the head rule end it on a body's head)."""
    text = text_of(doc)
    return [span for span in spans if not _EDITION.match(text, span.start)]


_EDITION = re.compile(r"第[0-9０-９一二三四五六七八九十百千]+回")


def _is_model_number(text: str, span: ActorSpan) -> bool:
    after = text[span.end : span.end + 2]
    if not LATIN_WORD.match(text[span.start : span.end]):
        return False
    return after[:1].isdigit() or (after[:1] in "-‐" and after[1:2].isdigit())


def without_time_zones_and_web_editions(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    """UTC+9, JST, YOMIURI ONLINE, NEWS: a time zone or a cited web edition is no actor, whatever its label;
    nor is a sister project in the notice that links to it (ウィキペディアに…に関する記事があります)."""
    text = text_of(doc)
    return [
        span
        for span in spans
        if not _time_zone_or_web_edition(text[span.start : span.end])
        and not _SISTER_PROJECT_NOTICE.match(text, span.end)
    ]


def _time_zone_or_web_edition(surface: str) -> bool:
    compact = unicodedata.normalize("NFKC", surface).replace(" ", "")
    if _TIME_ZONE.match(compact):
        return True
    # YOMIURI ONLINE大分: a cited edition with its region glued on.
    return any(compact.casefold().startswith(word) for word in _NOT_ACTORS if len(word) > 6) or (
        compact.casefold() in _NOT_ACTORS
    )


def without_citations(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    """北星新報、2012年3月4日。 / 北星通信『新橋が開通』。: a source cited at an article's end is no actor.

    The same medium as a sentence's source (北星新報によると…) stays: a sentence goes on after its name.
    """
    text = text_of(doc)
    return [span for span in spans if not _cited(text, span)]


def _cited(text: str, span: ActorSpan) -> bool:
    if _DATED_CITATION.match(text, span.end):
        return True
    opened = text[: span.start].rstrip()
    return (not opened or opened[-1] in _CITATION_OPENERS) and _TITLE_CITATION.match(
        text, span.end
    ) is not None


def without_quoted_titles(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    """「マリオ」, 「KXR」: a bare proper noun that fills a pair of quotes is the title of a work.

    Only a head word (…党, …新聞) or GiNZA's label says a quoted name is a body.
    """
    text = text_of(doc)
    return [span for span in spans if not _is_quoted_title(text, span)]


def _is_quoted_title(text: str, span: ActorSpan) -> bool:
    quoted = text[span.start - 1 : span.start] == "「" and text[span.end : span.end + 1] == "」"
    return quoted and span.label in (LABEL_PROPER_NOUN, LABEL_ACRONYM)


def without_battle_names(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    """…の戦い, 鳥羽・伏見の戦い, 平忠常の乱: the name of a battle or a revolt is an event's.

    It is not a mention of the place or the rebel (who are named for themselves elsewhere); an
    organization before it (…軍の戦い) still is.
    """
    text = text_of(doc)
    return [span for span in spans if span.type == "organization" or _BATTLE.match(text, span.end) is None]


def without_parts_of_longer_names(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    """Drop the words inside a quoted title or a Latin phrase, but let an organization's head claim it.

    「右派社会党」, SORA BEATS: where an organization span ends the name, the name is the organization's;
    not where the quotes hold a headline (a comma or a full stop inside).
    """
    names = _titles(doc) + _latin_phrases(text_of(doc))
    kept: list[ActorSpan] = []
    for candidate in spans:
        span = (candidate.start, candidate.end)
        around = [
            (start, end)
            for start, end in names
            if start <= candidate.start and candidate.end <= end and (start, end) != span
        ]
        if not around:
            kept.append(candidate)
            continue
        start, end = around[0]
        if (
            candidate.type == "organization"
            and candidate.end == end
            and not _HEADLINE.search(text_of(doc), start, end)
        ):
            kept.append(ActorSpan(start, end, candidate.label, candidate.type, candidate.priority))
    return kept


# A comma or a full stop: a quoted headline (『…、費用は…・北星機構』), not one name an organization ends.
_HEADLINE = re.compile(r"[、，,。！？!?]")


def _titles(doc: Doc) -> list[tuple[int, int]]:
    """The insides of the quotation marks that hold a name, not a sentence: titles of works and events.

    「機動戦士ガンダム」, 『名探偵コナン』, 「B'z LIVE-GYM」 name one thing; the actor-like words inside
    them are not mentions. A quote with a predicate in it (「米国が制裁を科す」) is speech, whose actors
    count.
    """
    titles: list[tuple[int, int]] = []
    opened: Token | None = None
    for token in tokens_of(doc):
        if token.text in _OPENING_QUOTES:
            opened = token
        elif token.text in _CLOSING_QUOTES and opened is not None:
            inside = doc[opened.i + 1 : token.i]
            if len(inside) and not holds_predicate(inside):
                titles.append((inside.start_char, inside.end_char))
            opened = None
    return titles


def _latin_phrases(text: str) -> list[tuple[int, int]]:
    # Windows Vista, Gatorade FreeFlow Tour Finals, UQ mobile: one name in several Latin words.
    return [match.span() for match in _LATIN_PHRASE.finditer(text)]


def without_facility_or_event_openers(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    """静岡市立図書館, 日露戦争, NHKホール: a name that opens a building's or an event's name is part of it.

    The building or the event is the thing named, not an actor; the place, the countries or the owner in
    its name are not mentioned as actors there (they are where they stand alone: 静岡の図書館,
    日本とロシアの戦争, NHKのホール). But a body, a place and a site of its own (北星銀行赤坂支店,
    東洋製紙釧路工場) name the body's branch there: the body is mentioned, as it is in 北星銀行の赤坂支店.
    """
    text = text_of(doc)
    starts = {token.idx: token for token in tokens_of(doc)}
    return [span for span in spans if not _opens_a_facility_or_event_name(text, starts, span)]


def _opens_a_facility_or_event_name(text: str, starts: dict[int, Token], span: ActorSpan) -> bool:
    # ``starts`` maps each token's first character to the token.
    lexicon = actor_lexicon()
    end_char = span.end
    if span.label == LABEL_ABBREVIATION:
        # 日 of 日米地位協定: a group of one-kanji countries is one word, which the name goes on from.
        first = max((offset for offset in range(span.start, span.end) if offset in starts), default=None)
        if first is not None:
            end_char = max(span.end, first + len(starts[first]))
    following = starts.get(end_char)
    if following is None:
        return False
    token: Token | None = following
    after_a_place = False
    while token is not None and (is_noun(token) or token.tag_.startswith("接尾辞")):
        end_char = token.idx + len(token)
        name = text[span.start : end_char]
        if lexicon.is_facility(name):
            return not (after_a_place and lexicon.is_branch(name))
        after_a_place = after_a_place or "地名" in token.tag_
        token = starts.get(end_char)
    return False
