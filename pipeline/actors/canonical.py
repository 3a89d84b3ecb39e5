"""Canonical names: the one key each real-world organization or place is known by across documents.

Takes a normalized name; gives the name it is keyed by. A company is the same
with or without its legal form or a group word (株式会社ミドリ, ミドリ社,
ミドリグループ → ミドリ), a newspaper is its company (北星新聞社 → 北星新聞), and
a prefecture's bare name is the prefecture (北星 → 北星県) unless the
document names only the city of that name (``prefecture_or_city``), and a
city is the same with or without its 市 (ミドリ市, ミドリ → ミドリ; ``city_key``).
"""

from __future__ import annotations

import re
from functools import cache

from .. import lexicons
from .tokens import is_foreign_script

# Legal forms written before or after a company's name, and the press's short forms of them.
_LEGAL_FORMS = lexicons.ordered("actor_words", "legal_forms_canonical")
# Words after a company's name that name the group it heads, not another body (ミドリグループ).
_GROUP_WORDS = lexicons.ordered("actor_words", "group_words")
# Heads before which 社 says "company" again: 北星新聞社 is 北星新聞, 北星通信社 is 北星通信.
_MEDIA_HEADS_BEFORE_SHA = ("新聞", "通信", "新報", "日報", "タイムス")
_PREFECTURE_SUFFIX = re.compile(r"^(?P<stem>.{2,3}?)(?P<suffix>都|府|県)$")


def company_key(name: str) -> str:
    """The name without a legal form, a trailing 社 that repeats "company", or a group word."""
    key = name
    for form in _LEGAL_FORMS:
        if key.startswith(form) and len(key) > len(form) + 1:
            key = key[len(form) :].strip()
        elif key.endswith(form) and len(key) > len(form) + 1:
            key = key[: -len(form)].strip()
    if key.endswith("社") and len(key) > 2:
        stem = key[:-1]
        if stem.endswith(_MEDIA_HEADS_BEFORE_SHA) or is_foreign_script(stem):
            key = stem  # 北星新聞社, ミドリ社, NCS社; not 講談社 or 神社, where 社 is the name's own
    for word in _GROUP_WORDS:
        if key.endswith(word) and len(key) - len(word) >= 2:
            key = key[: -len(word)].rstrip("・ ")
            break
    return key


@cache
def prefectures() -> dict[str, str]:
    """A prefecture's bare name (東京, 大阪, 北海道) → its full name (東京都, 大阪府, 北海道)."""
    table: dict[str, str] = {}
    for full in lexicons.ordered("prefectures", "prefectures"):
        match = _PREFECTURE_SUFFIX.match(full)
        table[match.group("stem") if match else full] = full
    return table


def city_key(name: str) -> str:
    """A city with or without its 市 is one place (札幌市 and 札幌, ロンドン市 and ロンドン → the name without
    it); not where the name without it is a prefecture's (大阪市 is not 大阪府), nor where 市 is part of the
    name itself (四日市, 廿日市: a market held on a day)."""
    if not name.endswith(_CITY) or (name.endswith(_MARKET_DAY) and not name.endswith(_MARKET_DAY + _CITY)):
        return name
    stem = name[: -len(_CITY)]
    if len(stem) < 2 or stem in prefectures() or _UNIT_BEFORE.search(stem):
        return name  # 大阪市; 北星県ミドリ市, an address, which no bare name could be
    return stem


_CITY = "市"
_MARKET_DAY = "日市"
_UNIT_BEFORE = re.compile(r"[都道府県州:：]")


def prefecture_or_city(name: str, named_in_document: frozenset[str]) -> str:
    """A bare prefecture name's node: the prefecture (大阪 → 大阪府) unless the document names only the city
    (大阪市, and not 大阪府), whose node it then is. Other names stay as they are."""
    full = prefectures().get(name)
    if full is None or full == name:
        return name
    city = name + "市"
    if city in named_in_document and full not in named_in_document:
        return city
    return full
