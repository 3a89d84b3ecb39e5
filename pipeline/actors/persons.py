"""People's names that only their shape shows, and the post-passes that complete and join them.

Span rules (Doc → spans): a katakana name before a title only people hold
(タナカ兄弟), a name with a regnal number (ヨハン3世), and a katakana word no
dictionary lists as a subject (ベルキンスは…). Post-passes (Doc, spans →
spans): ``complete_person_names`` takes in the other half of a name GiNZA cut
(宇都宮 + 昌友), and ``join_split_names`` joins the pieces of one ・-joined
foreign name (ジョン・F + スミス).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from .. import lexicons
from .candidates import LABEL_PROPER_NOUN, LABEL_TITLE_STRIPPED, PRIORITY_CUE, PRIORITY_POS, ActorSpan
from .dictionary import parts_of_speech, unknown_word
from .gazetteer import actor_lexicon
from .titles import KIN_TITLES, PERSONAL_TITLES, TITLE_WORDS, strip_title
from .tokens import (
    COMMON_NOUN_TAG,
    GIVEN_NAME_TAG,
    NAME_JOINERS,
    SURNAME_TAG,
    glued,
    is_foreign_script,
    is_katakana,
    is_noun,
    is_plain_kanji,
    text_of,
    tokens_of,
)

# Kinship words written right before a name (次男タロウ王子, 四女和子).
_KINSHIP_WORDS = lexicons.words("titles", "kinship_words")
_SUBJECT_PARTICLES = lexicons.words("actor_words", "subject_particles")
# One kanji after a name that is a word of its own (山野等 "Yamano and others", 山野家, 山野派).
_NOT_NAME_ENDINGS = lexicons.words("actor_words", "not_name_endings")
_PERSON_NAME_TAG = "名詞-固有名詞-人名"


def titled_name_spans(doc: Doc) -> Iterator[ActorSpan]:
    """タナカ兄弟, ヤング氏, アランドス選手: a katakana word right before a title only people hold, or
    one the dictionary lacks before any title."""
    tokens = tokens_of(doc)
    for index in range(1, len(tokens)):
        title = tokens[index]
        personal = title.text in PERSONAL_TITLES or title.text in KIN_TITLES
        if not personal and title.text not in TITLE_WORDS:
            continue
        first = index
        while (
            first > 0
            and glued(tokens[first - 1], tokens[first])
            and is_katakana(tokens[first - 1].text)
            and is_noun(tokens[first - 1])
        ):
            first -= 1
        if first == index or (
            first > 0
            and glued(tokens[first - 1], tokens[first])
            and tokens[first - 1].text not in _KINSHIP_WORDS
            and is_noun(tokens[first - 1])
        ):
            continue  # no name, or the katakana ends a longer compound (ロシア・サッカー協会長)
        name = tokens[first:index]
        # アランドス選手: before a title others hold too (ブラジル選手, サッカー選手), only a word the
        # dictionary lists as nothing but a person's name, or not at all.
        if not personal and not all(_only_a_name(t.text) for t in name):
            continue
        if sum(len(t) for t in name) >= 3:
            # (A name the dictionary lacks, its title stripped, stands as ベルナール大統領 does.)
            label = LABEL_PROPER_NOUN if personal else LABEL_TITLE_STRIPPED
            yield ActorSpan(name[0].idx, name[-1].idx + len(name[-1]), label, "person", PRIORITY_POS)


def _only_a_name(text: str) -> bool:
    return all(tag.startswith(_PERSON_NAME_TAG) for tag in parts_of_speech(text))


def regnal_name_spans(doc: Doc) -> Iterator[ActorSpan]:
    """ヨハン3世, ルイ・フィリップ2世: a name with a regnal number is a monarch's."""
    tokens = tokens_of(doc)
    for index in range(1, len(tokens) - 1):
        number, era = tokens[index], tokens[index + 1]
        if (
            number.pos_ != "NUM"
            or era.text != "世"
            or not glued(number, era)
            or not glued(tokens[index - 1], number)
        ):
            continue
        first = index
        while (
            first > 0
            and glued(tokens[first - 1], tokens[first])
            and (is_foreign_script(tokens[first - 1].text) or "人名" in tokens[first - 1].tag_)
        ):
            first -= 1
        if first < index and tokens[first].text not in NAME_JOINERS:
            yield ActorSpan(tokens[first].idx, era.idx + len(era), LABEL_PROPER_NOUN, "person", PRIORITY_CUE)


def unknown_subject_spans(doc: Doc) -> Iterator[ActorSpan]:
    """ベルキンスは…, マクロンが…: a katakana word no dictionary lists, or lists only as a name, as a
    subject, is a foreign name.

    New names in the news are people's far more often than anything else's; the lowest priority lets
    every other rule (and GiNZA) type the word first.
    """
    tokens = tokens_of(doc)
    for index in range(len(tokens) - 1):
        token = tokens[index]
        if tokens[index + 1].text not in _SUBJECT_PARTICLES:
            continue
        if len(token.text) < 3 or not is_katakana(token.text):
            continue
        if index > 0 and glued(tokens[index - 1], token) and is_noun(tokens[index - 1]):
            continue  # the end of a compound, not a name on its own
        kinds = parts_of_speech(token.text)
        if unknown_word(token.text) or (kinds and all("人名" in kind for kind in kinds)):
            # ベルキンス (not in the dictionary), マクロン (in it only as a name, though tagged a
            # common noun here)
            yield ActorSpan(token.idx, token.idx + len(token), LABEL_PROPER_NOUN, "person", PRIORITY_POS)


def complete_person_names(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    """宇都宮 + 昌友, 車 + 正樹: a person's span takes in the surname or given name glued to it.

    GiNZA often tags only one half of a name; Sudachi's dictionary still marks the other half
    (名詞-固有名詞-人名-姓/名), or, for a one-kanji surname it does not know, leaves it a bare noun.
    """
    by_start = {t.idx: t for t in tokens_of(doc)}
    by_end = {t.idx + len(t): t for t in tokens_of(doc)}
    taken = {(s.start, s.end) for s in spans}
    completed: list[ActorSpan] = []
    for index, span in enumerate(spans):
        if span.type != "person":
            completed.append(span)
            continue
        start, end = span.start, span.end
        previous_end = completed[-1].end if completed else 0
        next_start = spans[index + 1].start if index + 1 < len(spans) else len(text_of(doc))
        following = by_start.get(end)
        if (
            following is not None
            and following.pos_ == "NUM"
            and following.i + 1 < len(doc)
            and doc[following.i + 1].text == "世"
            and glued(following, doc[following.i + 1])
        ):
            end = following.idx + len(following) + 1  # マルグレーテ + 2世: a regnal number is in the name
        if is_foreign_script(text_of(doc)[span.start : span.end]):
            if end != span.end and (start, end) not in taken:
                span = ActorSpan(start, end, span.label, span.type, span.priority)
            completed.append(span)
            continue
        if (
            following is not None
            and following.idx + len(following) <= next_start
            and (following.tag_.startswith(GIVEN_NAME_TAG) or _last_kanji_of_name(doc, start, following))
        ):
            end = following.idx + len(following)  # 宇都宮 + 昌友, 川北義次 + 郎
        elif (
            index + 1 < len(spans)
            and next_start == end
            and spans[index + 1].type == "person"
            and is_plain_kanji(text_of(doc)[start : spans[index + 1].end])
        ):
            # 小川 + 平蔵: two kanji names glued together are one name (a list needs ・ or 、).
            nxt = spans[index + 1]
            spans[index + 1] = ActorSpan(start, nxt.end, span.label, "person", span.priority)
            continue
        preceding = by_end.get(start)
        first = by_start.get(start)
        if (
            preceding is not None
            and first is not None
            and preceding.idx >= previous_end
            and first.tag_.startswith(GIVEN_NAME_TAG)
            and _surname_before(preceding)
        ):
            start = preceding.idx  # 車 + 正樹
        if (start, end) != (span.start, span.end) and (start, end) not in taken:
            span = ActorSpan(start, end, span.label, span.type, span.priority)
        completed.append(span)
    return completed


def _last_kanji_of_name(doc: Doc, start: int, token: Token) -> bool:
    # 川北義次 + 郎, 曹雪 + 芳: GiNZA stops one kanji short when the dictionary lacks the full name.
    name = text_of(doc)[start : token.idx]
    if (
        len(token.text) != 1
        or not is_plain_kanji(token.text)
        or not is_plain_kanji(name)
        or len(name) + 1 > 5
    ):
        return False
    if token.text in _NOT_NAME_ENDINGS or strip_title(name + token.text) != name + token.text:
        return False
    if (
        actor_lexicon().sector_of(token.text) is not None
        or token.i == 0
        or "人名" not in doc[token.i - 1].tag_
    ):
        return False
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    ends_word = after is None or after.pos_ in ("ADP", "PUNCT", "AUX")
    return token.tag_.startswith(COMMON_NOUN_TAG) and ends_word


def _surname_before(token: Token) -> bool:
    # A surname Sudachi knows, or one kanji it reads as a common noun (車, 林) that opens the sentence
    # or follows a particle or a mark, not one that ends a word (三女悦子: 三女 is "third daughter").
    if token.tag_.startswith(SURNAME_TAG):
        return True
    if len(token.text) != 1 or not is_plain_kanji(token.text) or token.pos_ != "NOUN":
        return False
    before = token.doc[token.i - 1] if token.i > 0 else None
    return before is None or before.pos_ in ("ADP", "PUNCT", "SYM") or not glued(before, token)


def join_split_names(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    """ジョン・F + スミス is one name; 山田一郎・川村次郎 is a list of two (・ never joins kanji names)."""
    text = text_of(doc)
    joined: list[ActorSpan] = []
    for span in spans:
        previous = joined[-1] if joined else None
        if previous is not None and previous.type == span.type == "person":
            gap = text[previous.end : span.start]
            left = text[previous.start : previous.end]
            touching = gap in NAME_JOINERS or (gap == "" and left[-1:] in NAME_JOINERS)
            if touching and is_foreign_script(left) and is_foreign_script(text[span.start : span.end]):
                joined[-1] = ActorSpan(previous.start, span.end, previous.label, "person", previous.priority)
                continue
        joined.append(span)
    return joined
