"""Country names GiNZA did not tag, found in the gazetteer (pycountry and data/country_aliases.json).

Takes a parsed Doc; gives a country span for each country name of two
characters or more that stands as a name: alone, before a demonym or a word
that places something in it (韓国人, 日本国内, ロシア大統領), but not as the
modifier of a compound (日本映画).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Doc, Token

from .candidates import LABEL_COUNTRY, PRIORITY_COUNTRY, ActorSpan
from .dictionary import WORD_CACHE_SIZE
from .gazetteer import actor_lexicon, country_code
from .proper_nouns import modifies_next
from .titles import PERSONAL_TITLES
from .tokens import tokens_of


def gazetteer_country_spans(doc: Doc) -> Iterator[ActorSpan]:
    """Country names of two characters or more that GiNZA did not tag (アメリカ合衆国, ロシア連邦)."""
    tokens = tokens_of(doc)
    for index, token in enumerate(tokens):
        stem = country_before_trailer(token.text)
        if stem:
            # 韓国人, 日本国籍: a demonym or a trailer that Sudachi keeps in the country's token.
            yield ActorSpan(token.idx, token.idx + len(stem), LABEL_COUNTRY, "country", PRIORITY_COUNTRY)
            continue
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if (
            following is not None
            and modifies_next(token, following, "country")
            and following.text not in PERSONAL_TITLES
            and not _country_trailer(following)
        ):
            continue  # but ロシア大統領, フランス人, クロアチア国民 name the country
        if country_code(token.text) is not None:
            yield ActorSpan(token.idx, token.idx + len(token), LABEL_COUNTRY, "country", PRIORITY_COUNTRY)


@lru_cache(maxsize=WORD_CACHE_SIZE)
def country_before_trailer(text: str) -> str:
    """The country a word opens, where a demonym's 人 or a place trailer (国内, 国民) closes it; else ""."""
    for trailer in ("人", *actor_lexicon().place_trailers):
        stem = text[: -len(trailer)]
        if text.endswith(trailer) and len(stem) >= 2 and country_code(stem) is not None:
            return stem
    return ""


def _country_trailer(token: Token) -> bool:
    # A demonym's 人 or a word that places something in the country (国内, 国民, 側): the country is named.
    return token.text == "人" or token.text in actor_lexicon().place_trailers
