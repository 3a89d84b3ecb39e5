"""Country names in Japanese, keyed by ISO 3166-1 alpha-3.

Two sources: pycountry's Japanese translations of the ISO 3166 names (the
standard's own list, kept current by pycountry), and ``data/country_aliases.json``
for the everyday names and the press's one-kanji abbreviations it lacks.
"""

from __future__ import annotations

import gettext
import json
import unicodedata
from functools import cache
from importlib import resources

import pycountry


@cache
def country_names() -> dict[str, str]:
    """Every known Japanese (and English short) name of a country, mapped to its alpha-3 code."""
    names: dict[str, str] = {}
    translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ja"], fallback=True)
    for country in pycountry.countries:
        for english in {country.name, getattr(country, "common_name", country.name),
                        getattr(country, "official_name", country.name)}:
            japanese = translation.gettext(english)
            # Translations such as "大韓民国 (韓国)" hold two names.
            for part in japanese.replace("（", "(").replace("）", ")").split("("):
                part = part.strip(" )")
                if part and part != english:
                    names.setdefault(normalize(part), country.alpha_3)
    # The curated aliases win over ISO translations where both exist.
    for code, aliases in _curated_aliases().items():
        for alias in aliases:
            names[normalize(alias)] = code
    return names


@cache
def abbreviations() -> dict[str, str]:
    """One-character abbreviations (米, 露, 英 …), which count only in compounds or where tagged."""
    return {normalize(a): code for code, aliases in _curated_aliases().items() for a in aliases if len(a) == 1}


@cache
def display_names() -> dict[str, str]:
    """The label a country node shows: the curated everyday name, else pycountry's Japanese name."""
    labels = {code: aliases[0] for code, aliases in _curated_aliases().items()}
    translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ja"], fallback=True)
    for country in pycountry.countries:
        labels.setdefault(country.alpha_3, translation.gettext(getattr(country, "common_name", country.name)))
    return labels


def country_code(surface: str) -> str | None:
    """The alpha-3 code of a country name of two characters or more, or None."""
    key = normalize(surface)
    if len(key) < 2:
        return None
    return country_names().get(key)


def normalize(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip()


@cache
def _curated_aliases() -> dict[str, list[str]]:
    with resources.files("pipeline.data").joinpath("country_aliases.json").open(encoding="utf-8") as handle:
        data = json.load(handle)
    return {code: aliases for code, aliases in data.items() if not code.startswith("_")}
