"""Resolve a document's actor spans to graph nodes, merge their mentions, and code them PLOVER-style.

The spans come from the ``actor_recognizer`` component (pipeline/actors/component.py).
Node ids are derived from the normalized name alone (``country:USA``,
``person:プーチン``, ``organization:ロシア軍``, ``organization:NBC_News``: see
ids.make_node_id), so the same entity gets the same id in every document
without any shared state. Each node carries the
country it belongs to (ISO 3166-1 alpha-3) and its sector where the text
shows them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Doc

from .. import lexicons
from ..ids import make_node_id, normalize_name
from ..records import Entity, Mention, ParsedUnit
from .canonical import city_key, company_key, prefecture_or_city
from .component import EXTENSION, find_actor_spans, register_extensions, with_final_passes
from .coreference import resolve_anaphors
from .gazetteer import (
    abbreviations,
    actor_lexicon,
    country_code,
    display_names,
    known_organizations,
)
from .labels import ACTOR_TYPES, LABEL_SECTORS
from .nodes import RawMention, Resolved
from .titles import TITLES, strip_title, strip_title_before
from .tokens import MIDDLE_DOTS, is_kanji_with_marks, text_of

__all__ = ["ACTOR_TYPES", "LABEL_SECTORS", "TITLES", "find_mentions", "strip_title"]

# What may stand between a country and the actor it qualifies: ロシアのプーチン, 米NBC, ロシア・ワグネル.
_QUALIFIER_GAPS = lexicons.words("actor_words", "qualifier_gaps")
# A newspaper's, an agency's or a broadcaster's head: a country before it is part of the paper's name.
_MEDIA_HEADS = frozenset({"新聞", "新聞社", "新報", "日報", "通信", "通信社", "放送", "タイムズ", "タイムス"})


def find_mentions(doc_id: str, text: str, units: Iterable[ParsedUnit]) -> tuple[list[Mention], list[Entity]]:
    """Return the document's actor mentions, in text order, and one Entity per node they resolve to."""
    raw: list[RawMention] = []
    for unit in units:
        for start, end, label, actor_type in actor_spans(unit.doc):
            resolved = resolve(text_of(unit.doc)[start:end], actor_type, label)
            if resolved is not None:
                raw.append(RawMention(unit.offset + start, unit.offset + end, label, resolved))
    raw.sort(key=lambda r: (r.start, r.end))
    raw = _merge_surnames(_qualify_by_country(raw, text))
    raw = resolve_anaphors(_prefectures_or_cities(raw), text, resolve)
    entities: dict[str, Entity] = {}
    mentions = []
    for item in raw:
        resolved = item.resolved
        entity_id = make_node_id(resolved.type, resolved.key)
        known = entities.get(entity_id)
        if known is None:
            entities[entity_id] = Entity(
                entity_id, resolved.type, resolved.name, resolved.country, resolved.sector
            )
        elif (known.country is None and resolved.country) or (known.sector is None and resolved.sector):
            entities[entity_id] = replace(
                known, country=known.country or resolved.country, sector=known.sector or resolved.sector
            )
        mentions.append(
            Mention(
                doc_id,
                item.start,
                item.end,
                text[item.start : item.end],
                item.label,
                resolved.type,
                entity_id,
            )
        )
    return mentions, sorted(entities.values(), key=lambda e: e.id)


def actor_spans(doc: Doc) -> tuple[tuple[int, int, str, str], ...]:
    """The component's ``(start_char, end_char, label, type)`` spans; computed here if it did not run."""
    register_extensions()
    spans = doc._.get(EXTENSION)
    if spans is None:
        spans = tuple(
            (c.start, c.end, c.label, c.type) for c in with_final_passes(doc, find_actor_spans(doc))
        )
    return spans


def resolve(surface: str, actor_type: str, label: str = "") -> Resolved | None:
    """Map one actor span's text and type to its node (type, key, display name, country, sector)."""
    if actor_type in ("country", "location"):
        code = country_code(surface)
        if code is None and len(surface) == 1:
            code = abbreviations().get(normalize_name(surface))
        if code is not None:
            return Resolved("country", code, display_names().get(code, surface), code)
        key = normalize_name(surface)
        city = city_key(key)
        if country_code(city) is None:  # メキシコ市 is no country's name: it keeps its 市
            key = city
        return Resolved("location", key, surface) if key else None
    if actor_type == "person":
        name = strip_title(strip_title_before(surface))
        key = normalize_name(name)
        return Resolved("person", key, name) if key else None
    if actor_type == "organization":
        return _organization(surface, label)
    return None


def _organization(surface: str, label: str) -> Resolved | None:
    key = normalize_name(surface)
    if not key:
        return None
    # A company with or without its legal form or group word is one node (株式会社ミドリ, ミドリ社 → ミドリ).
    canonical = company_key(key)
    known = known_organizations().get(key) or known_organizations().get(canonical)
    if known is not None:
        return Resolved("organization", known.name, known.name, known.country, known.sector)
    sector = _sector(key) or LABEL_SECTORS.get(label)
    code, rest = _leading_country(canonical)
    if rest in _MEDIA_HEADS:
        code = None  # 中国新聞 is a paper of Hiroshima's: a paper's name is not its country
    if code is not None and rest and rest in actor_lexicon().exact_suffixes:
        # ロシア軍, 露軍 and ロシア連邦軍 are one body: key it by the country's label plus the head.
        canonical = display_names().get(code, canonical[: len(canonical) - len(rest)]) + rest
    return Resolved("organization", canonical, canonical, code, sector)


def _sector(name: str) -> str | None:
    # The longest organization head the name ends with (…銀行 → company, …海軍 → military).
    for head, sector in actor_lexicon().heads_longest_first:
        if name.endswith(head):
            return sector
    return None


def _leading_country(text: str) -> tuple[str | None, str]:
    """The country an organization's name starts with and the rest (米NBC → USA, NBC), if any."""
    for length in range(min(len(text) - 1, 12), 0, -1):
        prefix, rest = text[:length], text[length:]
        if length > 1:
            code = country_code(prefix)
        elif rest in actor_lexicon().exact_suffixes or not is_kanji_with_marks(rest[:1]):
            # One kanji counts before a head or a foreign name (米軍, 米NBC), not inside a word (朝日新聞).
            code = abbreviations().get(normalize_name(prefix))
        else:
            code = None
        if code is not None:
            return code, rest
    return None, text


def _qualify_by_country(raw: list[RawMention], text: str) -> list[RawMention]:
    """A person, body or place right after a country (ロシアのプーチン, 米NBC) belongs to that country.

    Not an international body, nor a well-known one: what they are says their country (北朝鮮の国連大使 does
    not make the United Nations North Korea's).
    """
    qualified = []
    previous: RawMention | None = None
    for item in raw:
        resolved = item.resolved
        if (
            previous is not None
            and previous.resolved.type == "country"
            and resolved.country is None
            and resolved.type in ("person", "organization", "location")
            and resolved.sector != "international"
            and resolved.key not in known_organizations()
            and text[previous.end : item.start] in _QUALIFIER_GAPS
        ):
            item = replace(item, resolved=replace(resolved, country=previous.resolved.key))
        qualified.append(item)
        previous = item
    return qualified


def _prefectures_or_cities(raw: list[RawMention]) -> list[RawMention]:
    """A prefecture's bare name (大阪) is the prefecture's node, or the city's where only it is named."""
    named = frozenset(r.resolved.key for r in raw if r.resolved.type == "location")
    resolved_raw = []
    for item in raw:
        resolved = item.resolved
        if resolved.type == "location":
            key = prefecture_or_city(resolved.key, named)
            if key != resolved.key:
                resolved = replace(resolved, key=key, name=key)
        resolved_raw.append(replace(item, resolved=resolved))
    return resolved_raw


def _merge_surnames(raw: list[RawMention]) -> list[RawMention]:
    """Resolve a person's partial name (岸田, ケネディ) to the full name used in the same document."""
    fulls = {r.resolved.key: r.resolved for r in raw if r.resolved.type == "person"}
    full_names = sorted(fulls, key=lambda k: (-len(k), k))
    merged = []
    for item in raw:
        resolved = item.resolved
        if resolved.type == "person":
            for full in full_names:
                if full != resolved.key and is_part_of_name(resolved.key, full):
                    target = fulls[full]
                    resolved = replace(target, country=target.country or resolved.country)
                    break
        merged.append(replace(item, resolved=resolved))
    return merged


def is_part_of_name(part: str, full: str) -> bool:
    """Whether ``part`` names the same person as ``full``: a family name (岸田 of 岸田文雄) or the last
    piece of a foreign name (ケネディ of ジョン・F・ケネディ); not a bogus span's head (プーチン破滅)."""
    if len(part) < 2 or len(part) >= len(full):
        return False
    pieces = [p for p in re.split(f"[{MIDDLE_DOTS} =]", full) if p]
    if len(pieces) > 1:
        return part in (pieces[0], pieces[-1])
    # Kanji names have no separator: a family name is a prefix of the full name, at most 3 kanji short.
    return is_kanji_with_marks(full) and full.startswith(part) and len(full) - len(part) <= 3
