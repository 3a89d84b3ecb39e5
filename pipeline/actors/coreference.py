"""Mentions that name an actor only through the text before them: anaphors (同社, 同氏, 同県警),
bare titles (首相, 社長) and readings (海軍省（かいぐんしょう）).

Takes a document's text and its resolved mentions in text order; gives them
with each anaphor and bare title resolved to the node of its antecedent, and
drops those that have none (they would be nodes of their own, ``同県警`` or
``首相``, that no reader wants):

- a name that ``同`` and a place's or a body's kind open (``同県警``,
  ``同国保健省``) is the name of the last country, place or body of that kind
  before it with the rest after it (北星県警, ロシア保健省), or the body of
  that name itself; a bare ``同社``, ``同氏`` is no mention: the claims write it
  as its antecedent (claims/anaphora.py), and ``refers_back`` tells the graph
  to leave out one they could not resolve;
- a title alone (``首相は``) stands for the last person the text gave that title
  (``山野首相``); with none, it is no mention;
- an abbreviation in brackets right after a body's name (``北星獣疫機構（HEO）``,
  ``…連盟（英語: …、略称: HFL）``) is an alias of that actor, here and wherever the
  document writes it again (``HEOによると``);
- a reading in brackets right after a name (``海軍省（かいぐんしょう）``) names the
  same actor, whatever a recognizer found inside it (``但馬国（たじまのくに）``: the
  province, not a person ``たじま``); in a reading after a word that names no
  actor (``乗車券（じょうしゃけん）``), kana alone are no mention.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from .. import lexicons
from .candidates import LABEL_KNOWN_ORG
from .nodes import RawMention, Resolved
from .titles import PERSONAL_TITLES, TITLE_STRIP, TITLES

_HIRAGANA = re.compile("[\u3041-\u3096]")
LABEL_ANAPHOR = "anaphor"
LABEL_TITLE = "bare_title"
LABEL_READING = "reading"
LABEL_ALIAS = "alias"
# How far back (characters) an antecedent may stand.
LOOKBACK = 1500
# 同 + a kind: the antecedent's type, the endings its name may have, the sectors it may be of.
_KINDS: dict[str, tuple[str, tuple[str, ...], frozenset[str]]] = {
    kind: (entry["type"], tuple(entry["endings"]), frozenset(entry["sectors"]))
    for kind, entry in lexicons.table("actor_words", "anaphor_kinds").items()
}
# Titles 同 stands before for a person (同氏, 同首相); one-kanji honorifics aside from 氏 make words (同様).
_TITLES_LONGEST_FIRST = tuple(sorted((t for t in TITLES if len(t) > 1 or t == "氏"), key=len, reverse=True))
# Bare titles that stand for a person the text named with them.
# Titles that stand alone for a person (首相, 大統領, 社長): two characters or more, no honorific (さん, 氏,
# 様 follow a name and never stand for one).
_BARE_TITLES = frozenset(
    title
    for title in PERSONAL_TITLES | lexicons.words("titles", "corporate_posts")
    if len(title) > 1 and not _HIRAGANA.search(title)
)
_BARE_TITLE = re.compile("|".join(sorted(map(re.escape, _BARE_TITLES), key=len, reverse=True)))
_KANJI = re.compile("[\u4e00-\u9fff々]")
_HIRAGANA_ONLY = re.compile("[\u3041-\u3096ー・ 　]+")
# A reading in brackets right after a name (海軍省（かいぐんしょう）, 山野太郎（やまの たろう、…）).
_READING = re.compile(r"[（(](?P<reading>[\u3041-\u3096\u30a1-\u30fa\u30fc・ 　]+)[）)、,，]")
# Capitals in brackets right after a name, alone or as the short form the brackets give (（略称: HFL）).
_BRACKETED_ABBREVIATION = re.compile(
    r"[（(](?:[^（）()]{0,80}?(?:略称|略号|略|通称)\s*[:：は]?)?\s*(?P<abbreviation>[A-Z][A-Z0-9&]{1,7})\s*[）)、,，;；]"
)
# A character that, right before a title, makes it part of a longer word or a name (外相, 山野首相).
_WORD_CHAR = re.compile(r"[\u4e00-\u9fff々〆ヶ\u30a0-\u30ffA-Za-z0-9Ａ-Ｚａ-ｚ０-９]")


Resolver = Callable[[str, str, str], "Resolved | None"]


def resolve_anaphors(raw: list[RawMention], text: str, resolve: Resolver) -> list[RawMention]:
    """The mentions, with those that open with 同 resolved to their antecedent (or dropped), plus a mention
    for each bare title that an earlier mention resolves and for each reading after a name."""
    spans = [(r.start, r.end) for r in raw]
    found = [r for r in raw if not text.startswith("同", r.start)]
    for item in raw:
        if text.startswith("同", item.start):
            rewritten = _rewrite(item, text, found, resolve)
            if rewritten is not None:
                found.append(rewritten)
    found.sort(key=lambda r: (r.start, r.end))
    found = _without_mentions_inside_readings(text, found)
    found = _with_bracketed_abbreviations(text, found)
    added = [*_bare_titles(text, found, spans), *_readings(text, found)]
    return sorted(found + added, key=lambda r: (r.start, r.end))


def _rewrite(item: RawMention, text: str, found: list[RawMention], resolve: Resolver) -> RawMention | None:
    """同県警 → 北星県警, 同国保健省 → ロシア保健省: the antecedent's name and the rest.

    A bare anaphor (同社, 同氏) is no mention: the claims resolve it themselves and write it as its
    antecedent (GUIDELINES §3), which a mention of its own would stop.
    """
    surface = text[item.start : item.end]
    tail = surface[1:]
    if tail in _KINDS or _title_at(tail, 0) == tail:
        return None
    same_name = _last(
        found, item.start, lambda r: r.resolved.type == item.resolved.type and r.resolved.name.endswith(tail)
    )
    if same_name is not None:
        return replace(item, label=LABEL_ANAPHOR, resolved=same_name.resolved)  # 北星県警 … 同県警
    kind = tail[:1]
    if kind not in _KINDS:
        return None
    antecedent = _last(found, item.start, _fits(kind))
    if antecedent is None:
        return None
    name = antecedent.resolved.name + tail[1:]
    resolved = resolve(name, item.resolved.type, item.label)
    if resolved is None:
        return None
    country = resolved.country or antecedent.resolved.country
    return replace(item, label=LABEL_ANAPHOR, resolved=replace(resolved, country=country))


def refers_back(phrase: str) -> bool:
    """Whether a phrase only refers back to an actor (a bare title, 同社, 同氏): with no antecedent found, it
    names no one a graph could show."""
    phrase = phrase.strip()
    if phrase in _BARE_TITLES:
        return True
    tail = phrase[1:]
    return phrase.startswith("同") and (tail in _KINDS or (bool(tail) and _title_at(tail, 0) == tail))


def _bare_titles(text: str, found: list[RawMention], taken: list[tuple[int, int]]) -> list[RawMention]:
    """首相は…, 社長が…: a title with no name before it is the person the text last gave that title."""
    added = []
    for match in _BARE_TITLE.finditer(text):
        start, end = match.span()
        if _inside(start, taken) or _glued_word(text, end):
            continue
        before = text[start - 1] if start else ""
        if before and (_WORD_CHAR.match(before) and before != "同" or before in TITLE_STRIP):
            continue  # 山野首相, 外相: a title after a name or inside a word
        if before == "同":
            continue  # 同首相: an anaphor, resolved as such
        title = match.group()
        holder = _last(found, start, lambda r, t=title: r.resolved.type == "person" and _titled(text, r, t))
        if holder is not None:
            added.append(RawMention(start, end, LABEL_TITLE, holder.resolved))
    return added


def _with_bracketed_abbreviations(text: str, found: list[RawMention]) -> list[RawMention]:
    """北星獣疫機構（HEO）は…。HEOによると: the capitals in brackets after a body's name, and the same
    capitals anywhere else in the document, are that body, or the one the gazetteer knows them for
    (世界保健機関（WHO）: both are the WHO). Only after a body: after a place they may be a news agency's
    credit (ワシントン(AP))."""
    aliases: dict[str, Resolved] = {}
    renamed: dict[int, Resolved] = {}
    for index, mention in enumerate(found):
        match = _BRACKETED_ABBREVIATION.match(text, mention.end)
        if match is None or mention.resolved.type != "organization":
            continue
        start, end = match.span("abbreviation")
        known = next(
            (m for m in found if (m.start, m.end) == (start, end) and m.label == LABEL_KNOWN_ORG), None
        )
        if known is not None:
            renamed[index] = known.resolved  # the gazetteer's body, under the name before its abbreviation
        aliases.setdefault(match.group("abbreviation"), known.resolved if known else mention.resolved)
    if not aliases:
        return found
    found = [replace(m, resolved=renamed[i]) if i in renamed else m for i, m in enumerate(found)]
    places = [(match.start(), match.end()) for match in re.finditer(_capitals_word(aliases), text)]
    kept, added = [], []
    for mention in found:
        inside = [(start, end) for start, end in places if mention.start <= start and end <= mention.end]
        if inside:  # HEO, HEO社: what the recognizers found there is the body
            kept.append(replace(mention, resolved=aliases[text[inside[0][0] : inside[0][1]]]))
        else:
            kept.append(mention)
    for start, end in places:
        if not any(m.start < end and start < m.end for m in found):
            added.append(RawMention(start, end, LABEL_ALIAS, aliases[text[start:end]]))
    return sorted(kept + added, key=lambda r: (r.start, r.end))


def _capitals_word(aliases: dict[str, Resolved]) -> str:
    # The abbreviation as a word of its own, not part of a longer Latin word or number (HEO, not HEOS).
    words = "|".join(sorted(map(re.escape, aliases), key=len, reverse=True))
    return rf"(?<![A-Za-z0-9&])(?:{words})(?![A-Za-z0-9&])"


def _without_mentions_inside_readings(text: str, found: list[RawMention]) -> list[RawMention]:
    """What the recognizers found inside a reading is no mention of its own: after a name, the reading is
    the name's (``_readings``); after another word, hiragana are a fragment of that word's reading
    (``視聴率（しちょうりつ）``: no ``ちょうりつ``), while katakana may still be a name (``（アップル）``)."""
    ends = {mention.end for mention in found}
    readings = [
        (match.span("reading"), match.start() in ends)
        for match in _READING.finditer(text)
        if _HIRAGANA.search(match.group("reading"))
    ]

    def inside_a_reading(mention: RawMention) -> bool:
        for (start, end), after_a_name in readings:
            if start <= mention.start and mention.end <= end:
                return after_a_name or _HIRAGANA_ONLY.fullmatch(text[mention.start : mention.end]) is not None
        return False

    return [mention for mention in found if not inside_a_reading(mention)]


def _readings(text: str, found: list[RawMention]) -> list[RawMention]:
    """海軍省（かいぐんしょう）: the reading in brackets after a name names the same actor."""
    added = []
    for mention in found:
        match = _READING.match(text, mention.end)
        if match is None or not _HIRAGANA.search(match.group("reading")):
            continue  # katakana alone in brackets is a gloss, a venue or another name (北星（ミドリドーム）)
        start, end = match.span("reading")
        if not any(m.start < end and start < m.end for m in found):
            added.append(RawMention(start, end, LABEL_READING, mention.resolved))
    return added


def _titled(text: str, mention: RawMention, title: str) -> bool:
    # 山野首相, 山野・首相, 山野 首相: the title right after the name.
    return text[mention.end : mention.end + len(title) + 1].lstrip(TITLE_STRIP).startswith(title)


def _fits(kind: str) -> Callable[[RawMention], bool]:
    actor_type, endings, sectors = _KINDS[kind]

    def fits(mention: RawMention) -> bool:
        resolved = mention.resolved
        if resolved.type != actor_type:
            return False
        if not endings and not sectors:
            return True
        return resolved.name.endswith(endings) or resolved.sector in sectors

    return fits


def _last(found: list[RawMention], before: int, fits: Callable[[RawMention], bool]) -> RawMention | None:
    for mention in reversed(found):
        if mention.end > before:
            continue
        if before - mention.end > LOOKBACK:
            return None
        if fits(mention):
            return mention
    return None


def _title_at(text: str, index: int) -> str:
    for title in _TITLES_LONGEST_FIRST:
        if text.startswith(title, index):
            return title
    return ""


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in spans)


def _glued_word(text: str, end: int) -> bool:
    """Whether a kanji word goes on after ``end`` (首相官邸, 同国内, 同社製)."""
    return _KANJI.match(text, end) is not None
