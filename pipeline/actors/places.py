"""Places named by a geographic head (…島, …湾, …郡), and addresses written as one chain of places.

Takes a parsed Doc; ``geographic_spans`` gives a location span for a proper
noun or a foreign word closed by a head of data/actor_lexicon.json's
``geographic_heads``. ``parts_of_places``, a pass over the spans finally
chosen, makes a name with a direction and 部 after it (中国東北部) a place;
``unit_before_trailer`` cuts a word run into a place off it (北星県内 → 北星県).
``join_place_chains``, a post-pass (Doc, spans → spans), makes an address
written as a chain (浙江省 + 杭州市, 長野県 + 北安曇郡 + 白馬村) one place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc, Token

from .. import lexicons
from .candidates import LABEL_ABBREVIATION, LABEL_PLACE_SUFFIX, PLACE_TYPES, PRIORITY_CUE, ActorSpan
from .gazetteer import actor_lexicon, country_code
from .tokens import NAME_JOINERS, glued, is_katakana, is_noun, text_of, text_of_tokens, tokens_of

# Heads that end a unit of an address: a region (福建省), a prefecture, a city, a ward, a village; after a
# place name they make a region, not a ministry (外務省).
PLACE_HEADS = lexicons.words("actor_words", "place_heads")
_ADDRESS_UNIT = re.compile(r"[^\W\d_]{0,6}(?:郡|州|準州|県|市|区|町|村|島)")


def geographic_spans(doc: Doc) -> Iterator[ActorSpan]:
    """カナリア島, ミドリ湾, ハドソン郡, 太平洋: a name closed by a geographic head is a place.

    The name part is a proper noun or a foreign word, which GiNZA often tags as a family, a weapon or a
    time when a head the dictionary splits off follows it.
    """
    heads = actor_lexicon().geographic_heads
    tokens = tokens_of(doc)
    for index in range(1, len(tokens)):
        head = tokens[index]
        if head.text not in heads or not glued(tokens[index - 1], head):
            continue
        first = index
        while first > 0 and _place_name_part(tokens[first - 1]) and glued(tokens[first - 1], tokens[first]):
            first -= 1
        name = tokens[first:index]
        if not name or name[0].text in NAME_JOINERS:
            continue
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if (
            following is not None
            and glued(head, following)
            and is_noun(following)
            and following.text not in actor_lexicon().place_trailers
        ):
            continue  # ケープ植民地政府, ハワイ州知事 …: the place opens a longer name
        text = text_of_tokens(tokens[first : index + 1])
        if country_code(text) is None and not actor_lexicon().is_facility(text):
            yield ActorSpan(name[0].idx, head.idx + len(head), LABEL_PLACE_SUFFIX, "location", PRIORITY_CUE)


def _place_name_part(token: Token) -> bool:
    if "固有名詞" in token.tag_ or is_katakana(token.text) or token.text in NAME_JOINERS:
        return "人名-姓" not in token.tag_ and "人名-名" not in token.tag_  # 田中町? a surname opens no place
    return False


def parts_of_places(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    """中国東北部, ボルネオ島中心部: a name, a direction and 部 are a part of the place, not a department of a
    body (the head rule and the learned recognizer take 部 for one)."""
    text = text_of(doc)
    return [
        replace(span, type="location")
        if len(part_of_a_place(text[span.start : span.end]) or "") >= 2
        else span
        for span in spans
    ]


def part_of_a_place(surface: str) -> str | None:
    """中国東北部 → 中国, the place a direction and 部 name a part of; 東北部 alone → "" (of no place named);
    None where the surface names no part of a place."""
    match = _PART_OF_A_PLACE.fullmatch(surface)
    return match.group("place") if match else None


_PART_OF_A_PLACE = re.compile(
    "(?P<place>.*?)(?:"
    + "|".join(
        sorted(map(re.escape, lexicons.words("actor_words", "part_directions")), key=len, reverse=True)
    )
    + ")部"
)


def unit_before_trailer(surface: str) -> str:
    """北星県内 → 北星県, 北星市全域 → 北星市: the administrative unit a word after it places something in;
    else ""."""
    match = _UNIT_BEFORE_TRAILER.match(surface)
    return match.group("unit") if match else ""


_UNIT_BEFORE_TRAILER = re.compile(r"(?P<unit>.{2,}?[都道府県市区町村州])(?:内|全域|全体|各地)$")


def join_place_chains(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    """浙江省 + 杭州市, カナダ + オンタリオ州: an address written as a chain is one place."""
    text = text_of(doc)
    joined: list[ActorSpan] = []
    for span in spans:
        previous = joined[-1] if joined else None
        after_address = previous is not None and text[previous.end - 1 : previous.end] in PLACE_HEADS
        # 長野県 + 北安曇郡 + 白馬村: a unit no rule found between two places of one address belongs to it.
        between = _ADDRESS_UNIT.fullmatch(text, previous.end, span.start) if previous is not None else None
        if between is not None and previous.type in PLACE_TYPES and span.type in PLACE_TYPES:
            previous = joined[-1] = ActorSpan(
                previous.start, span.start, previous.label, "location", previous.priority
            )
        if (
            previous is not None
            and previous.end == span.start
            and previous.type in PLACE_TYPES
            and (span.type in PLACE_TYPES or after_address)
            and LABEL_ABBREVIATION not in (previous.label, span.label)
        ):
            # 東京都板橋区 + 大山: after a ward or a city, a name that is also a surname is the next place.
            joined[-1] = ActorSpan(previous.start, span.end, previous.label, "location", previous.priority)
            continue
        joined.append(span)
    return joined
