"""Names that only their context types: the cue words after them, or the category noun that describes them.

Takes a parsed Doc and the names pipeline/actors/cues.py finds before a cue
(ミドリヤが販売, ハナミズキレコードに入社; ベルキンスの妻) or after a category noun
(音響メーカー、ソノリクス; ベルナ、カルドなどの企業); gives an organization or a
person span for each that is not a country, a place or a building.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from .. import lexicons
from .candidates import LABEL_CUED, PRIORITY_CUE, ActorSpan
from .cues import CuedName, cue_words, cued_names, described_names
from .dictionary import unknown_word
from .gazetteer import actor_lexicon, country_code
from .tokens import NAME_JOINERS, is_foreign_script, text_of_tokens, tokens_of

# Joined (に所属, に入社), founded or bought (を設立, を買収), or made by (社製): never a person.
_ORGANIZATION_ONLY_PARTICLES = lexicons.words("context_cues", "organization_only_particles")
_ORGANIZATION_ONLY_CUES = lexicons.words("context_cues", "organization_only_cues")


def cued_organization_spans(doc: Doc) -> Iterator[ActorSpan]:
    """A name before words only an organization takes (ミドリヤが販売, 川崎に移籍): see cues.py."""
    tokens = tokens_of(doc)
    for cued in cued_names(doc):
        name = tokens[cued.start : cued.end]
        text = text_of_tokens(name)
        if country_code(text) is not None or actor_lexicon().is_facility(text):
            continue
        sports = cued.cue in cue_words().sports
        places = [t for t in name if "地名" in t.tag_]
        names = [t for t in name if t not in places and t.text not in NAME_JOINERS]
        if places and not names and not is_foreign_script(text):
            # A place stands for its team only in sports (川崎に移籍); 沖縄戦 is a battle, 対磐田戦 a match.
            if not sports or (cued.cue == "戦" and not _after_versus(tokens, cued.start)):
                continue
        elif any("人名" in t.tag_ for t in name) and not _only_an_organization(cued):
            continue  # ロペス戦, 山野一郎が主催, 本田のボーカル: people fight, host and sing too
        yield ActorSpan(name[0].idx, name[-1].idx + len(name[-1]), LABEL_CUED, "organization", PRIORITY_CUE)


def cued_person_spans(doc: Doc) -> Iterator[ActorSpan]:
    """A foreign name before words only a person takes (ベルキンスの妻, ロマノフスキーが死去, 山野一郎原作).

    An organization has no wife and does not die: the cue outranks GiNZA's guess at an unknown word.
    """
    tokens = tokens_of(doc)
    for cued in cued_names(doc, "person"):
        name = tokens[cued.start : cued.end]
        text = text_of_tokens(name)
        if country_code(text) is not None or any("地名" in t.tag_ for t in name):
            continue  # 日本の父: a place has founders and heroes, not a wife
        if not is_foreign_script(text) and not all("人名" in t.tag_ for t in name):
            continue
        if len(name) == 1 and "固有名詞" not in name[0].tag_ and not unknown_word(text):
            continue  # オーナーの母: a word the dictionary has as a common noun is a role, not a name
        yield ActorSpan(name[0].idx, name[-1].idx + len(name[-1]), LABEL_CUED, "person", PRIORITY_CUE)


def described_spans(doc: Doc) -> Iterator[ActorSpan]:
    """Names a category noun describes: 音響メーカー、ソノリクス; ベルナ、カルドなどの企業."""
    tokens = tokens_of(doc)
    for actor_type in ("organization", "person"):
        for described in described_names(doc, actor_type):
            name = tokens[described.start : described.end]
            text = text_of_tokens(name)
            if country_code(text) is not None or actor_lexicon().is_facility(text):
                continue
            if any("地名" in t.tag_ for t in name) and not is_foreign_script(text):
                continue  # 企業城下町 aside, a place after 企業 is where the company is, not its name
            if len(name) == 1 and "サ変可能" in name[0].tag_:
                continue  # 選手「追放」に抗議: a verbal noun names an event, not the one described
            yield ActorSpan(name[0].idx, name[-1].idx + len(name[-1]), LABEL_CUED, actor_type, PRIORITY_CUE)


def _only_an_organization(cued: CuedName) -> bool:
    # Joined (に所属, に入社), founded or bought (を設立, を買収), or made by (社製): never a person.
    words = cue_words()
    if cued.cue in words.sports:
        return False
    return cued.particle in _ORGANIZATION_ONLY_PARTICLES or cued.cue in _ORGANIZATION_ONLY_CUES


def _after_versus(tokens: list[Token], start: int) -> bool:
    return start > 0 and tokens[start - 1].text == "対"
