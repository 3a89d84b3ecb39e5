"""GiNZA's actor entities with their recurring span and label errors repaired.

Takes a parsed Doc; gives one span (or none) per GiNZA entity, typed by
``labels.ACTOR_TYPES`` unless the entity shows otherwise. Each kind of entity
has its own repair, in the rule list ``actors.entity_repairs``; every repair
is ``(doc, ent) -> Iterator[ActorSpan]`` and yields nothing for entities of
other kinds, so exactly one repair handles each entity.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Span, Token

from .. import lexicons
from ..ids import normalize_name
from ..rules import RuleList
from .candidates import LABEL_TITLE_STRIPPED, PRIORITY_ENT, ActorSpan
from .countries import country_before_trailer
from .dictionary import parts_of_speech, unknown_word
from .gazetteer import actor_lexicon, country_code, known_organizations
from .labels import ACTOR_TYPES, NOT_NAMES
from .organizations import fused_name_head
from .places import PLACE_HEADS
from .titles import PERSONAL_TITLES, TITLE_STRIP, strip_title
from .tokens import (
    ACTION_NOUN_TAG,
    COMMON_NOUN_TAG,
    LATIN_WORD,
    NAME_JOINERS,
    PROPER_TAG,
    is_foreign_script,
    is_katakana,
    is_name_like,
    text_of,
)

# Posts in a company, written after the company's name (ヤマモト社長, ミドリ電機取締役副社長).
_CORPORATE_POSTS = lexicons.words("titles", "corporate_posts")
# Football and baseball positions written before a player's name (FW山野, MF川村).
_PLAYING_POSITIONS = lexicons.words("titles", "playing_positions")
# Endings of a state's name that pycountry does not list (ハンガリー王国, ローマ帝国): a place, not a body.
_STATE_ENDINGS = lexicons.ordered("actor_words", "state_endings")


def repaired_entity_spans(doc: Doc) -> Iterator[ActorSpan]:
    """GiNZA's actor entities with their recurring span errors fixed."""
    for ent in list(doc.ents):
        for repair in ENTITY_REPAIRS:
            yield from repair(doc, ent)


def name_before_title(doc: Doc, ent: Span) -> Iterator[ActorSpan]:
    """A Position_Vocation entity that swallowed a name (サトウ大統領) or a body (国防省長官) into a title."""
    if ent.label_ != "Position_Vocation":
        return
    name = strip_title(ent.text)
    if name == ent.text:
        return
    covered = [t for t in ent if t.idx < ent.start_char + len(name)]
    if not covered:
        return
    if actor_lexicon().sector_of(covered[-1].text) is not None and len(name) > 1:
        if any(is_name_like(t) for t in covered) or len(covered) > 1:
            yield ActorSpan(
                ent.start_char, ent.start_char + len(name), LABEL_TITLE_STRIPPED, "organization", PRIORITY_ENT
            )
        return
    # A proper noun, or a foreign name the dictionary lacks (such names are tagged common nouns)
    # before a title that only a person holds (not デザイン部長, ラグビー選手).
    title = ent.text[len(name) :].strip(TITLE_STRIP)
    if (
        title in _CORPORATE_POSTS
        and not any("人名" in t.tag_ for t in covered)
        and (is_foreign_script(name) or any("固有名詞" in t.tag_ for t in covered))
    ):
        # KRT社長, ミドリ電機取締役副社長: a company before its officer's post, not a person.
        yield ActorSpan(
            ent.start_char, ent.start_char + len(name), LABEL_TITLE_STRIPPED, "organization", PRIORITY_ENT
        )
        return
    foreign = is_foreign_script(name) and len(name) >= 3 and title in PERSONAL_TITLES
    if foreign or any(t.pos_ == "PROPN" or "人名" in t.tag_ for t in covered):
        yield ActorSpan(
            ent.start_char, ent.start_char + len(name), LABEL_TITLE_STRIPPED, "person", PRIORITY_ENT
        )


def mislabelled_name(doc: Doc, ent: Span) -> Iterator[ActorSpan]:
    """A company or a party GiNZA tags as a product, a dish or a doctrine: the head word tells."""
    if ent.label_ in ACTOR_TYPES or ent.label_ in NOT_NAMES:
        return
    last = ent[-1]
    lexicon = actor_lexicon()
    if lexicon.is_facility(ent.text):
        return
    if lexicon.sector_of(last.text) is not None and (len(ent) > 1 or fused_name_head(last)):
        yield ActorSpan(ent.start_char, ent.end_char, ent.label_, "organization", PRIORITY_ENT)


def person_entity(doc: Doc, ent: Span) -> Iterator[ActorSpan]:
    """A person entity, cut to the name and retyped where the dictionary or the name's head says otherwise."""
    if ACTOR_TYPES.get(ent.label_) != "person":
        return
    end = ent.end_char
    # A kinship word, a post or a player's position before a name is not part of it (四女和子, FW山野,
    # 首都ボゴタ).
    leading = 0
    while (
        leading + 1 < len(ent)
        and ent[leading].tag_.startswith(COMMON_NOUN_TAG)
        and not is_katakana(ent[leading].text)
        and "固有名詞" in ent[leading + 1].tag_
    ):
        leading += 1
    start = ent[leading].idx
    text = text_of(doc)[start:end]
    name = strip_title(text)
    tokens = [t for t in ent[leading:] if t.idx < start + len(name)]
    if ent.text == text and actor_lexicon().sector_of(tokens[-1].text) is not None and len(tokens) > 1:
        # A "person" that ends in an organization head (自由民主党, 竹下派) is an organization.
        yield ActorSpan(start, end, ent.label_, "organization", PRIORITY_ENT)
        return
    # Trailing common nouns are not part of a name (プーチン破滅 → プーチン).
    while (
        len(tokens) > 1
        and tokens[-1].pos_ != "PROPN"
        and "人名" not in tokens[-1].tag_
        and not LATIN_WORD.match(tokens[-1].text)
        and tokens[-1].text not in NAME_JOINERS
        and not is_katakana(tokens[-1].text)
    ):
        tokens.pop()
    name_end = min(start + len(name), tokens[-1].idx + len(tokens[-1]))
    name = text_of(doc)[start:name_end].rstrip("".join(NAME_JOINERS))
    if not name:
        return
    if not _has_name(tokens) or _only_a_common_word(tokens):
        return  # 競輪, 代官, 王座, テノール: common words, not names
    if actor_lexicon().is_facility(name):
        return  # 前橋競輪場, 龍泉寺: a building GiNZA took for a person
    dictionary_type = _dictionary_type(tokens)
    if country_code(name) is not None:
        actor_type = "country"
    elif dictionary_type == "organization":
        actor_type = "organization"  # Sudachi knows the word as a company or a band (ビートルズ)
    elif dictionary_type == "location" and not _also_a_name(tokens):
        actor_type = "location"  # Sudachi knows the word only as a place (福建, ボゴタ), not as a surname
    else:
        actor_type = "person"
    yield ActorSpan(start, start + len(name), ent.label_, actor_type, PRIORITY_ENT)


def place_entity(doc: Doc, ent: Span) -> Iterator[ActorSpan]:
    """A country or place entity, cut to the country's name, or retyped as the person or body it names."""
    actor_type = ACTOR_TYPES.get(ent.label_)
    if actor_type not in ("country", "location"):
        return
    text, start = ent.text, ent.start_char
    # A demonym (フランス人) or a trailing word GiNZA ran into (日本国内) is cut off.
    stem = country_before_trailer(text)
    if stem:
        yield ActorSpan(start, start + len(stem), ent.label_, "country", PRIORITY_ENT)
        return
    if country_code(text) is not None:
        yield ActorSpan(start, ent.end_char, ent.label_, "country", PRIORITY_ENT)
        return
    if not any("固有名詞" in t.tag_ or t.pos_ == "PROPN" for t in ent) and not is_foreign_script(text):
        return  # 派兵, 首都: common nouns GiNZA tagged as places
    if _only_a_common_word(list(ent)):
        return  # 急流, エスカレータ: one word the dictionary lists only as a common noun
    if actor_type == "country":
        # A person or a company GiNZA calls a country (ルカシェンコ, ライブドア): trust Sudachi's dictionary.
        dictionary_type = _dictionary_type(ent)
        following = doc[ent.end] if ent.end < len(doc) else None
        if following is not None and strip_title(text + following.text) == text:
            dictionary_type = "person"  # ルカシェンコ大統領: a title follows only a person
        elif _only_a_name(ent):
            dictionary_type = "person"
        if dictionary_type in ("person", "organization"):
            yield ActorSpan(start, ent.end_char, ent.label_, dictionary_type, PRIORITY_ENT)
            return
    if _only_a_name(ent):
        yield ActorSpan(start, ent.end_char, ent.label_, "person", PRIORITY_ENT)
        return
    yield ActorSpan(start, ent.end_char, ent.label_, "location", PRIORITY_ENT)


def organization_entity(doc: Doc, ent: Span) -> Iterator[ActorSpan]:
    """An organization entity, unless it is a building, a common word, an action, a state or an address."""
    if ACTOR_TYPES.get(ent.label_) != "organization":
        return
    lexicon = actor_lexicon()
    if len(ent) > 1 and ent[-1].text == "戦":
        ent = ent[:-1]  # 浦和戦, 対巨人戦: the match is the event; the team is the actor
    if country_code(ent.text) is not None or ent.text.endswith(_STATE_ENDINGS):
        # アメリカ合衆国 tagged an international organization, ハンガリー王国 a company: a state is a place.
        yield ActorSpan(ent.start_char, ent.end_char, ent.label_, "country", PRIORITY_ENT)
        return
    stem = country_before_trailer(ent.text)
    if stem:
        # クロアチア国民, ロシア国内: a country and a word GiNZA ran into, not a body.
        yield ActorSpan(ent.start_char, ent.start_char + len(stem), ent.label_, "country", PRIORITY_ENT)
        return
    if normalize_name(ent.text) not in known_organizations():
        if lexicon.is_facility(ent.text):
            return  # 江戸城, 富山駅, 福岡東病院: buildings GiNZA files under organizations
        if lexicon.sector_of(ent[-1].text) is None and not _has_name(ent):
            return  # 軟式野球, 会社更生法: common words with no name and no organization head
        if ent[-1].tag_ == ACTION_NOUN_TAG and lexicon.sector_of(ent[-1].text) is None:
            return  # ハリコフ強襲, 球団拡張: an action, not a body
        if (
            len(ent) == 1
            and is_katakana(ent.text)
            and ent[0].tag_.startswith(COMMON_NOUN_TAG)
            and not unknown_word(ent.text)
            and lexicon.sector_of(ent.text) is None
        ):
            return  # エース, コミッショナー: a loanword the dictionary has as a common noun is a role
    address = all("地名" in t.tag_ or t.text[-1:] in PLACE_HEADS for t in ent)
    if (
        address
        and any("地名" in t.tag_ for t in ent)
        and any(t.text[-1:] in PLACE_HEADS for t in ent)
        and lexicon.sector_of(ent[-1].text) is None
    ):
        # 大田広域市, アルバータ州カルガリー: an address GiNZA took for a company or a team (a city alone
        # may be the team named for it: 磐田, 川崎).
        yield ActorSpan(ent.start_char, ent.end_char, ent.label_, "location", PRIORITY_ENT)
        return
    if len(ent) > 1 and ent[0].text in _PLAYING_POSITIONS and all("人名" in t.tag_ for t in ent[1:]):
        # MF川村直樹: a player's position before a name GiNZA took for a company.
        yield ActorSpan(ent[1].idx, ent.end_char, ent.label_, "person", PRIORITY_ENT)
        return
    all_names = all("人名" in t.tag_ or t.text in NAME_JOINERS for t in ent)
    if lexicon.sector_of(ent[-1].text) is None and all_names:
        # A person's name GiNZA calls a company or a team (カルロス・ゴメス).
        yield ActorSpan(ent.start_char, ent.end_char, ent.label_, "person", PRIORITY_ENT)
        return
    yield ActorSpan(ent.start_char, ent.end_char, ent.label_, "organization", PRIORITY_ENT)


# One repair per kind of entity; their guards do not overlap, so the order only says where to read first.
ENTITY_REPAIRS: RuleList = RuleList(
    "actors.entity_repairs",
    (
        name_before_title,
        mislabelled_name,
        person_entity,
        place_entity,
        organization_entity,
    ),
)


def _also_a_name(tokens: list[Token]) -> bool:
    # 川崎, 松岡, ヘンリー: the dictionary lists the place as a person's name too, so GiNZA's reading of the
    # context as a person stands; a country (イングランド) stays a place.
    places = [t for t in tokens if "地名" in t.tag_]
    return all(
        "地名-国" not in t.tag_ and any("人名" in kind for kind in parts_of_speech(t.text)) for t in places
    )


def _only_a_common_word(tokens: list[Token]) -> bool:
    # One word the dictionary lists only as a common noun, never as a name (テノール, 大命; not マクロン,
    # 光子, nor a foreign name it lacks).
    if len(tokens) != 1 or not tokens[0].tag_.startswith(COMMON_NOUN_TAG) or unknown_word(tokens[0].text):
        return False
    kinds = parts_of_speech(tokens[0].text)
    return bool(kinds) and not any("固有名詞" in kind for kind in kinds)


def _has_name(tokens: Iterable[Token]) -> bool:
    # A proper noun, or a word in katakana or Latin letters (names the dictionary lacks look common).
    return any("固有名詞" in t.tag_ or t.pos_ == "PROPN" or is_foreign_script(t.text) for t in tokens)


def _dictionary_type(tokens: Iterable[Token]) -> str | None:
    """What Sudachi's dictionary makes of a span: a person's name, a general proper noun, or a place."""
    tags = [t.tag_ for t in tokens]
    if any("人名" in tag for tag in tags):
        return "person"
    if any(tag == PROPER_TAG for tag in tags):
        return "organization"
    if any("地名" in tag for tag in tags):
        return "location"
    return None


def _only_a_name(ent: Span) -> bool:
    # ルカシェンコ, コッホ, 謝花: one word the dictionary knows as a person's name and never as a place.
    kinds = parts_of_speech(ent.text)
    named = any("人名" in kind for kind in kinds)
    return len(ent) == 1 and named and not any("地名" in kind for kind in kinds)
