"""Country names in Japanese, keyed by ISO 3166-1 alpha-3.

Two sources: pycountry's Japanese translations of the ISO 3166 names (the
standard's own list, kept current by pycountry), and ``data/country_aliases.json``
for the everyday names and the press's one-kanji abbreviations it lacks.
"""

from __future__ import annotations

import gettext
from dataclasses import dataclass
from functools import cache, cached_property

import pycountry

from .. import lexicons
from ..ids import normalize_name


@cache
def country_names() -> dict[str, str]:
    """Every known Japanese (and English short) name of a country, mapped to its alpha-3 code."""
    names: dict[str, str] = {}
    translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ja"], fallback=True)
    for country in pycountry.countries:
        for english in {
            country.name,
            getattr(country, "common_name", country.name),
            getattr(country, "official_name", country.name),
        }:
            japanese = translation.gettext(english)
            # Translations such as "大韓民国 (韓国)" hold two names.
            for part in japanese.replace("（", "(").replace("）", ")").split("("):
                part = part.strip(" )")
                if part and part != english:
                    names.setdefault(normalize_name(part), country.alpha_3)
    # The curated aliases win over ISO translations where both exist.
    for code, aliases in _curated_aliases().items():
        for alias in aliases:
            names[normalize_name(alias)] = code
    return names


@cache
def abbreviations() -> dict[str, str]:
    """One-character abbreviations (米, 露, 英 …), which count only in compounds or where tagged."""
    curated = _curated_aliases().items()
    return {normalize_name(a): code for code, aliases in curated for a in aliases if len(a) == 1}


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
    key = normalize_name(surface)
    if len(key) < 2:
        return None
    return country_names().get(key)


@cache
def _curated_aliases() -> dict[str, list[str]]:
    data = lexicons.load("country_aliases")
    return {code: aliases for code, aliases in data.items() if not code.startswith("_")}


@dataclass(frozen=True)
class KnownOrganization:
    """An organization from ``data/organizations.json``: its label, sector and country, if national."""

    name: str
    sector: str
    country: str | None = None


@cache
def known_organizations() -> dict[str, KnownOrganization]:
    """Every name of a well-known organization (NATO, CSTO, NBC News …), normalized, to its record; with
    the names that merge into it only where a rule finds them (``merged``)."""
    known = dict(known_organization_spans_names())
    for entry in lexicons.load("organizations")["organizations"]:
        record = KnownOrganization(entry["names"][0], entry["sector"], entry.get("country"))
        for name in entry.get("merged", ()):
            known.setdefault(normalize_name(name), record)
    return known


@cache
def known_organization_spans_names() -> dict[str, KnownOrganization]:
    """The names a known organization is found by wherever they stand (not its ``merged`` ones, which are
    common words too: 巨人 is also a giant)."""
    data = lexicons.load("organizations")
    known: dict[str, KnownOrganization] = {}
    for entry in data["organizations"]:
        record = KnownOrganization(entry["names"][0], entry["sector"], entry.get("country"))
        for name in entry["names"]:
            known.setdefault(normalize_name(name), record)
    return known


@dataclass(frozen=True)
class ActorLexicon:
    """The words that mark organization names and cut place names short (``data/actor_lexicon.json``)."""

    exact_suffixes: dict[str, str]
    ending_suffixes: dict[str, str]
    not_organizations: frozenset[str]
    prefixes: tuple[str, ...]
    place_trailers: tuple[str, ...]
    standalone: frozenset[str]
    facility_heads: tuple[str, ...]
    branch_heads: tuple[str, ...]
    event_heads: tuple[str, ...]
    geographic_heads: frozenset[str]

    def is_facility(self, name: str) -> bool:
        """Whether a name is a building's, a business's or an event's (江戸城, 日中戦争), not an actor's.

        The longer head wins: 三省堂書店 ends in 店, but 書店 is a company's head.
        """
        heads = self.facility_heads + self.event_heads
        facility = max((len(head) for head in heads if name.endswith(head)), default=0)
        if not facility:
            return False
        organization = max(
            (
                len(head)
                for head, _ in self.heads_longest_first
                if name.endswith(head) and len(name) > len(head)
            ),
            default=0,
        )
        return facility >= organization

    def is_branch(self, name: str) -> bool:
        """Whether a name is a site of the body it names (北星銀行赤坂支店, 東洋製紙釧路工場)."""
        return any(name.endswith(head) for head in self.branch_heads)

    def is_event(self, name: str) -> bool:
        """Whether a name is an event's, an award's, a treaty's or a programme's (日中戦争, NHK杯)."""
        return any(name.endswith(head) for head in self.event_heads)

    def sector_of(self, word: str) -> str | None:
        """The sector an organization-name head (``軍``, ``銀行``, ``日本軍``) signals, or None."""
        word = normalize_name(word)
        if word in self.not_organizations:
            return None
        if word in self.exact_suffixes:
            return self.exact_suffixes[word]
        for length in self.ending_lengths:
            if len(word) > length and word[-length:] in self.ending_suffixes:
                return self.ending_suffixes[word[-length:]]
        return None

    @cached_property
    def ending_lengths(self) -> tuple[int, ...]:
        # Look up a word's last n characters for each suffix length n, longest first.
        return tuple(sorted({len(suffix) for suffix in self.ending_suffixes}, reverse=True))

    @cached_property
    def heads_longest_first(self) -> tuple[tuple[str, str], ...]:
        """Every head, exact or ending, longest first: the sector a whole name ends with."""
        heads = {**self.ending_suffixes, **self.exact_suffixes}
        return tuple(sorted(heads.items(), key=lambda item: (-len(item[0]), item[0])))


@cache
def actor_lexicon() -> ActorLexicon:
    data = lexicons.load("actor_lexicon")
    return ActorLexicon(
        exact_suffixes={normalize_name(k): v for k, v in data["exact"].items()},
        ending_suffixes={normalize_name(k): v for k, v in data["ending"].items()},
        not_organizations=frozenset(normalize_name(w) for w in data["not_organizations"]),
        prefixes=tuple(data["prefixes"]),
        place_trailers=lexicons.longest_first("actor_lexicon", "place_trailers"),
        standalone=frozenset(normalize_name(w) for w in data["standalone"]),
        facility_heads=tuple(data["facility_heads"]),
        branch_heads=tuple(data["branch_heads"]),
        event_heads=tuple(data["event_heads"]),
        geographic_heads=frozenset(data["geographic_heads"]),
    )


@cache
def non_organization_acronyms() -> frozenset[str]:
    """Capital-letter abbreviations that name no organization (CEO, DVD, GDP), from data/acronyms.json."""
    return lexicons.words("acronyms", "not_organizations")
