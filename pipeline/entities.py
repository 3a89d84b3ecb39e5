"""Find the actors in a parsed document and resolve each mention to a graph node.

GiNZA tags spans with the Extended Named Entity label set (about 190
labels); ``ACTOR_TYPES`` folds the ones that name an actor or a place into
person / country / organization / location. Node ids are derived from the
normalized name alone (``country:USA``, ``person:プーチン``), so the same
entity gets the same id in every document without any shared state.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Span

from .gazetteer import abbreviations, country_code, display_names, normalize
from .parsing import ParsedUnit
from .records import Entity, Mention

# ENE label -> actor type. Labels left out (dates, products, events, diseases, …) are not actors.
ACTOR_TYPES: dict[str, str] = {
    # People, and names of fictional or divine persons that act in text like people.
    "Person": "person",
    "Character": "person",
    "God": "person",
    # Countries and country-like political entities.
    "Country": "country",
    "GPE_Other": "location",
    # Places: administrative units, natural places, facilities named as places.
    "City": "location",
    "County": "location",
    "Province": "location",
    "Domestic_Region": "location",
    "Continental_Region": "location",
    "Region_Other": "location",
    "Location_Other": "location",
    "Geological_Region_Other": "location",
    "Island": "location",
    "Mountain": "location",
    "River": "location",
    "Lake": "location",
    "Sea": "location",
    "Bay": "location",
    "Water_Route": "location",
    "Spa": "location",
    "Archaeological_Place_Other": "location",
    "Park": "location",
    "Zoo": "location",
    "Amusement_Park": "location",
    "Astral_Body_Other": "location",
    "Planet": "location",
    # Organizations: governments, militaries, parties, companies, media, schools, teams, bodies.
    "Organization_Other": "organization",
    "International_Organization": "organization",
    "Government": "organization",
    "Cabinet": "organization",
    "Public_Institution": "organization",
    "Military": "organization",
    "Political_Party": "organization",
    "Political_Organization_Other": "organization",
    "Company": "organization",
    "Company_Group": "organization",
    "Corporation_Other": "organization",
    "Show_Organization": "organization",
    "Newspaper": "organization",
    "Magazine": "organization",
    "Broadcast_Program": "organization",
    "Research_Institute": "organization",
    "School": "organization",
    "Sports_Organization_Other": "organization",
    "Pro_Sports_Organization": "organization",
    "Sports_League": "organization",
    "Family": "organization",
    "Ethnic_Group_Other": "organization",
    "Nationality": "country",
    "Religion": "organization",
    "GOE_Other": "organization",
}

# Titles and honorifics that follow a person's name (longest first when stripping).
TITLES: tuple[str, ...] = tuple(sorted(
    """大統領 副大統領 前大統領 元大統領 首相 前首相 元首相 副首相 総理大臣 総理 国家主席 主席 国務長官 長官
    外相 外務大臣 防衛相 国防相 財務相 内相 大臣 副大臣 議長 副議長 書記長 総書記 報道官 事務総長 事務局長
    国王 女王 皇太子 王子 首長 党首 幹事長 委員長 会長 副会長 社長 司令官 補佐官 大使 知事 市長 議員 代表
    容疑者 被告 選手 監督 教授 博士 氏 さん 様 君 ちゃん""".split(), key=len, reverse=True))

# "…人" after a country name is a demonym (フランス人 → フランス).
_DEMONYM_SUFFIX = "人"
_MIDDLE_DOTS = "・･·"


@dataclass(frozen=True)
class _Resolved:
    type: str
    key: str
    name: str
    country: str | None = None


def find_mentions(doc_id: str, text: str, units: Iterable[ParsedUnit]) -> tuple[list[Mention], list[Entity]]:
    """Return the document's actor mentions, in text order, and one Entity per node they resolve to."""
    raw: list[tuple[int, int, str, _Resolved]] = []
    for unit in units:
        for span in unit.doc.ents:
            resolved = resolve_span(span)
            if resolved is None:
                continue
            start, end, resolved = resolved
            raw.append((unit.offset + start, unit.offset + end, span.label_, resolved))
    raw = _merge_surnames(raw)
    entities: dict[str, Entity] = {}
    mentions = []
    for start, end, label, resolved in sorted(raw, key=lambda item: (item[0], item[1])):
        entity_id = f"{resolved.type}:{resolved.key}"
        entities.setdefault(entity_id, Entity(entity_id, resolved.type, resolved.name, resolved.country))
        mentions.append(Mention(doc_id, start, end, text[start:end], label, resolved.type, entity_id))
    return mentions, sorted(entities.values(), key=lambda e: e.id)


def resolve_span(span: Span) -> tuple[int, int, _Resolved] | None:
    """Map one GiNZA entity span to (start, end, resolved) within its unit, or None if not an actor."""
    text = span.text
    start, end = span.start_char, span.end_char
    label = span.label_
    if label == "Position_Vocation":
        # GiNZA often swallows a name into its title (ゼレンスキー大統領): keep the name.
        name = strip_title(text)
        if name == text or not _looks_like_name(span, len(name)):
            return None
        return start, start + len(name), _person(name)
    if label == "Food_Other" and country_code(text) is None and text in abbreviations():
        # 米 is rice to the NER model; standing before a name (米NBC) or alone it is the US.
        return start, end, _country(abbreviations()[text], text)
    actor_type = ACTOR_TYPES.get(label)
    if actor_type is None:
        return None
    code = country_code(text)
    if code is None and text.endswith(_DEMONYM_SUFFIX):
        code = country_code(text[: -len(_DEMONYM_SUFFIX)])
        if code is not None:
            end -= len(_DEMONYM_SUFFIX)
            text = text[: -len(_DEMONYM_SUFFIX)]
    if code is not None and actor_type in {"country", "location"}:
        return start, end, _country(code, text)
    if actor_type == "country":
        # Tagged as a country but not one we know: a place.
        actor_type = "location"
    if actor_type == "person":
        name = strip_title(text)
        if not name.strip():
            return None
        return start, start + len(name), _person(name)
    key = _normalize_name(text)
    if not key:
        return None
    return start, end, _Resolved(actor_type, key, text, _leading_country(text))


def strip_title(text: str) -> str:
    """``プーチン大統領`` → ``プーチン``; ``岸田氏`` → ``岸田``; a bare title stays as it is."""
    changed = True
    while changed:
        changed = False
        for title in TITLES:
            if text.endswith(title) and len(text) > len(title):
                text = text[: -len(title)].rstrip(_MIDDLE_DOTS + " 　")
                changed = True
                break
    return text


def _looks_like_name(span: Span, length: int) -> bool:
    # A name left after stripping a title is a proper noun (プーチン), not a common word (副).
    covered = [token for token in span if token.idx - span.start_char < length]
    return any(token.pos_ == "PROPN" or "人名" in token.tag_ for token in covered)


def _person(name: str) -> _Resolved:
    return _Resolved("person", _normalize_name(name), name)


def _country(code: str, surface: str) -> _Resolved:
    return _Resolved("country", code, display_names().get(code, surface), code)


def _leading_country(text: str) -> str | None:
    """The country an organization's name starts with (米NBC → USA, ロシア軍 → RUS), if any."""
    for length in range(min(len(text) - 1, 12), 0, -1):
        prefix = text[:length]
        code = country_code(prefix) if length > 1 else abbreviations().get(normalize(prefix))
        if code is not None:
            return code
    return None


def _normalize_name(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"\s+", " ", text).strip()


def _merge_surnames(
    raw: list[tuple[int, int, str, _Resolved]],
) -> list[tuple[int, int, str, _Resolved]]:
    """Resolve a person's partial name (岸田, プーチン) to the full name used in the same document."""
    full_names = sorted({r.key for *_, r in raw if r.type == "person"}, key=lambda k: (-len(k), k))
    merged = []
    for start, end, label, resolved in raw:
        if resolved.type == "person":
            for full in full_names:
                if full != resolved.key and _is_part_of_name(resolved.key, full):
                    resolved = _Resolved("person", full, full)
                    break
        merged.append((start, end, label, resolved))
    return merged


def _is_part_of_name(part: str, full: str) -> bool:
    if len(part) < 2:
        return False
    pieces = re.split(f"[{_MIDDLE_DOTS} ]", full)
    if len(pieces) > 1:
        return part in (pieces[0], pieces[-1])
    # Kanji names have no separator: a family name is a prefix of the full name.
    return full.startswith(part) and len(full) - len(part) <= 3
