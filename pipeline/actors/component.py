"""The spaCy component that finds actor spans: GiNZA's entities, repaired, plus gazetteer matches.

``actor_recognizer`` runs after GiNZA's ``ner`` (last, once the compound
splitter has fixed the tokens). It reads ``doc.ents`` and the Sudachi
part-of-speech tags and writes ``doc._.actor_spans``: plain
``(start_char, end_char, label, type)`` tuples, sorted and non-overlapping.
Character offsets (not token indices) because the press packs several
actors into one token (``日米``, ``米英仏``). Spans that fit token bounds are
also written back to ``doc.ents`` so that displaCy and other spaCy tools see
the repaired entities.

Each rule below is a generator of candidate spans with a priority; where
candidates overlap, the higher priority and then the longer span wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..ids import normalize_name
from .cues import CuedName, cue_words, cued_names, described_names
from .dictionary import parts_of_speech, unknown_word
from .gazetteer import (
    abbreviations,
    actor_lexicon,
    country_code,
    known_organizations,
    non_organization_acronyms,
)
from .tokens import glued as _glued
from .tokens import holds_predicate, text_of, tokens_of
from .tokens import is_katakana as _is_katakana

EXTENSION = "actor_spans"

# GiNZA's Extended Named Entity label -> actor type. Why each maps where it does:
ACTOR_TYPES: dict[str, str] = {
    # Named people, and fictional or divine persons, act in text as people do.
    "Person": "person",
    "Character": "person",
    "God": "person",
    # Countries; a nationality (フランス人) names its country once the 人 is cut off.
    "Country": "country",
    "Nationality": "country",
    # Administrative and natural places. GPE_Other is a state-like unit that is not a country (自治区).
    "GPE_Other": "location",
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
    # Bodies that act: governments, cabinets, public institutions, militaries, parties.
    "Government": "organization",
    "Cabinet": "organization",
    "Public_Institution": "organization",
    "Military": "organization",
    "Political_Party": "organization",
    "Political_Organization_Other": "organization",
    "International_Organization": "organization",
    # Companies and the press (a newspaper or magazine is named for the company that speaks through it).
    "Company": "organization",
    "Company_Group": "organization",
    "Corporation_Other": "organization",
    "Newspaper": "organization",
    "Magazine": "organization",
    # Universities, research institutes, teams, leagues, bands and other organized groups.
    "School": "organization",
    "Research_Institute": "organization",
    "Sports_Organization_Other": "organization",
    "Pro_Sports_Organization": "organization",
    "Sports_League": "organization",
    "Show_Organization": "organization",
    "Organization_Other": "organization",
    # GOE_Other mixes bodies (青森放送局) with buildings (江戸城); facility heads filter the buildings.
    "GOE_Other": "organization",
}
# Left out on purpose: facilities and parks (a place you visit, not one that acts or governs),
# broadcast programs, religions, ethnic groups and families (not bodies that act as one), planets,
# and every numeric label.

# Titles and honorifics that follow a person's name (longest first when stripping).
TITLES: tuple[str, ...] = tuple(sorted(
    """大統領 副大統領 前大統領 元大統領 首相 前首相 元首相 副首相 総理大臣 総理 国家主席 主席 国務長官 長官
    外相 外務大臣 防衛相 国防相 財務相 内相 蔵相 法相 大臣 副大臣 議長 副議長 書記長 総書記 報道官 事務総長
    事務局長 国王 女王 皇太子 王子 王女 首長 党首 幹事長 委員長 会長 副会長 社長 副社長 取締役 司令官 補佐官
    大使 知事 市長 町長 村長 議員 代表 容疑者 被告 選手 監督 教授 博士 顧問 特別顧問 理事 理事長 部長 局長
    課長 所長 院長 学長 総裁 頭取 親方 親王 首脳 将軍 元帥 大将 中将 少将 大佐 警部 警部補 警視 巡査 刑事
    皇帝 皇后 夫人 兄弟 姉妹 一族
    氏 さん 様 君 ちゃん""".split(),
    key=len, reverse=True))
_TITLE_STRIP = "・･· 　"
# Words after a name that say it is a person's or a family's (パスケル兄弟, 徽宗皇帝).
_KIN_TITLES = frozenset("皇帝 皇后 夫人 兄弟 姉妹 一族".split())
# Titles held only by a person (a head of state, a minister, an honorific), never by a team or a post.
_PERSONAL_TITLES = frozenset("""大統領 副大統領 前大統領 元大統領 首相 前首相 元首相 副首相 国家主席
    国務長官 長官 外相 国防相 大臣 書記長 総書記 報道官 事務総長 国王 女王 皇太子 王子 王女 議長 司令官
    元帥 氏 さん""".split())


def strip_title(text: str) -> str:
    """``プーチン大統領`` → ``プーチン``; ``岸田氏`` → ``岸田``; a bare title stays as it is."""
    changed = True
    while changed:
        changed = False
        for title in TITLES:
            if text.endswith(title) and len(text) > len(title):
                text = text[: -len(title)].rstrip(_TITLE_STRIP)
                changed = True
                break
    return text


# Labels this component gives the spans its own rules find (GiNZA's labels are kept where its span stands).
LABEL_ABBREVIATION = "abbreviation"  # 米, 日米, 宇露: the press's one-kanji country names
LABEL_KNOWN_ORG = "known_organization"  # data/organizations.json
LABEL_COUNTRY = "gazetteer_country"  # pycountry + data/country_aliases.json
LABEL_ORG_SUFFIX = "organization_suffix"  # a name closed by an organization head (…党, …銀行, …軍)
LABEL_TITLE_STRIPPED = "title_stripped"  # ゼレンスキー大統領 tagged Position_Vocation
LABEL_PROPER_NOUN = "proper_noun"  # a Sudachi proper noun GiNZA's NER left out
LABEL_ACRONYM = "acronym"  # GM, NHL, CDU
LABEL_PLACE_SUFFIX = "place_suffix"  # a name closed by a geographic head (ポシェト湾, プッシュマタハ郡)
LABEL_CUED = "context_cue"  # a name that only an organization's or a person's context follows (ノジマが販売)

# Priorities: exact dictionary evidence first, then structure, then GiNZA's label, then bare POS tags.
_PRIORITY_ABBREVIATION = 7
_PRIORITY_KNOWN = 6
_PRIORITY_ORG_SUFFIX = 5
_PRIORITY_CUE = 4
_PRIORITY_ENT = 3
_PRIORITY_COUNTRY = 2
_PRIORITY_POS = 1
# A ・-joined foreign name (ヒューストン・アストロズ) outranks the pieces GiNZA tags one by one.
_PRIORITY_CHAIN = _PRIORITY_ORG_SUFFIX

# GiNZA labels that never name an actor, even when the span is really a name (dates, amounts, titles).
_NOT_NAMES = frozenset({
    "Date", "Time", "Era", "Period_Year", "Period_Month", "Period_Week", "Period_Day", "Period_Time",
    "Money", "Percent", "Frequency", "Age", "Ordinal_Number", "Countx_Other", "Numex_Other", "Rank",
    "Measurement_Other", "Physical_Extent", "Volume", "Weight", "Space", "Speed", "Temperature",
    "Multiplication", "Point", "Latitude_Longtitude", "Calorie", "Seismic_Intensity", "Seismic_Magnitude",
    "Timex_Other", "N_Person", "N_Organization", "N_Location_Other", "N_Country", "N_Event", "N_Product",
    "N_Facility", "N_Animal", "N_Flora", "N_Natural_Object_Other", "Position_Vocation", "Title_Other",
})
_PERSON_TAG = "名詞-固有名詞-人名"
_COMMON_NOUN_TAG = "名詞-普通名詞"
_SURNAME_TAG = "名詞-固有名詞-人名-姓"
_GIVEN_NAME_TAG = "名詞-固有名詞-人名-名"
_PLACE_TAG = "名詞-固有名詞-地名-一般"
_COUNTRY_TAG = "名詞-固有名詞-地名-国"
_PROPER_TAG = "名詞-固有名詞-一般"
_ACTION_NOUN_TAG = "名詞-普通名詞-サ変可能"  # nouns that take する: 強襲, 侵攻, 拡張
_NAME_JOINERS = frozenset("・=＝")
# A run of nouns that can make up one name: nouns, proper nouns, numbers, noun suffixes and joiners.
_RUN_POS = frozenset({"NOUN", "PROPN", "NUM"})
_LATIN = re.compile(r"^[A-Za-z][A-Za-z0-9.&'\-]*$")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,4}$")
# What follows the name of a battle or a revolt (…の戦い, …・伏見の戦い, …の乱, …の変).
_BATTLE = re.compile(r"(?:・[^、。・「」\s]{1,8})*の(?:戦い|乱|変|合戦|役)(?![\u4e00-\u9fff])")
# Quotation marks around a title, and Latin words written as one name (Windows Vista).
_OPENING_QUOTES = frozenset("「『")
_CLOSING_QUOTES = frozenset("」』")
_LATIN_PHRASE = re.compile(r"[A-Za-z0-9][\w'&.!+\-]*(?: [A-Za-z0-9][\w'&.!+\-]*)+", re.ASCII)
# Endings of a state's name that pycountry does not list (ハンガリー王国, ローマ帝国): a place, not a body.
_STATE_ENDINGS = ("王国", "帝国", "共和国", "公国", "首長国")
# A known organization's name spans at most this many tokens (NBC + News).
_MAX_KNOWN_TOKENS = 4
# Bodies named by a one-kanji country and a head (米軍, 露外務省, 英政府); 中部 or 朝日 are words.
_ABBREVIATION_HEADS = frozenset({
    "軍", "海軍", "陸軍", "空軍", "政府", "当局", "外務省", "国防省", "国務省", "議会"})
# One-kanji abbreviations too common as ordinary words or counters (日 day, 中 middle, 西 west) to
# count alone; they still count inside a compound (日米, 中露).
_AMBIGUOUS_ABBREVIATIONS = frozenset("日中西白土台加印比越朝")
# Words after which a lone abbreviation is a country (英紙, 露当局), besides a personal title (米大統領).
_COUNTRY_FOLLOWERS = _PERSONAL_TITLES | {"政府", "国防総省", "国務省", "紙", "誌", "メディア", "当局"}
_PLACE_TYPES = frozenset({"country", "location"})
# Heads that follow a person's name and still make a body's name (竹下派 is a faction).
_FOLLOWER_HEADS = frozenset({"派", "家", "一家", "組"})
# Companies and the press are named for their founders (前田製紙, 宮崎放送, 本田技研工業).
_FOUNDER_SECTORS = frozenset({"company", "media"})
# Heads of bodies named by common words: ministries and agencies by what they run (厚生省, 気象庁), parties
# by what they stand for (社会党).
_COMMON_NAME_HEADS = ("省", "庁", "党")
# Look-ups by a word's text are cached, but boundedly: a large corpus has a very large vocabulary.
_WORD_CACHE_SIZE = 1 << 16
_SUBJECT_PARTICLES = frozenset({"は", "が", "も"})
_LIST_SEPARATOR = re.compile(r"・|vs\.?|VS\.?")
_LIST_PART = re.compile(r"(?:(?!・|vs|VS).)+")
# Football and baseball positions written before a player's name (FW大久保, MF野村).
_PLAYING_POSITIONS = frozenset({"GK", "DF", "MF", "FW", "CB", "SB", "DH", "P", "C"})
# A department (two characters or more before 部 or 局) and the post of its head after it.
_DEPARTMENT_POST = re.compile(
    r"(?:元|前|副)?(?P<department>[^本支各同当全\d]\w+[部局])(?:副|次)?(?:部長|局長|長)")
_DEPARTMENT = re.compile(r"(?P<department>[^本支各同当全\d]\w+[部局課室])")
_DEICTIC_PREFIXES = frozenset("同各本当両全")
# Words glued after a name that leave it naming its actor: the match against it, its side, its make,
# the person himself, and the others with him (ドヴォルザーク自身, クレイ等, 木谷個人).
_ACTOR_SUFFIXES = frozenset({"戦", "側", "製", "社製", "自身", "本人", "個人", "等", "ら", "たち", "達"})
_FAMILY_HEADS = frozenset({"家", "一家", "一族"})
# Posts in a company, written after the company's name (トヨタ社長, ソニー取締役副社長).
_CORPORATE_POSTS = frozenset("""社長 副社長 会長 副会長 取締役 取締役社長 取締役副社長 代表取締役
    頭取 CEO""".split())
# Kinship words written right before a name (次男ヨアキム王子, 四女千恵子).
_KINSHIP_WORDS = frozenset("""長男 次男 三男 四男 長女 次女 三女 四女 妻 夫 息子 娘 兄 弟 姉 妹
    父 母 祖父 祖母 孫 甥 姪 叔父 叔母 伯父 伯母 妃 王妃""".split())
# Heads only a company's registered name carries.
_LEGAL_FORMS = frozenset({"株式会社", "有限会社", "合同会社", "合資会社", "ホールディングス"})
_ADDRESS_UNIT = re.compile(r"[^\W\d_]{0,6}(?:郡|州|準州|県|市|区|町|村|島)")
# Heads that after a place name make a region (福建省), not a ministry (外務省).
_PLACE_HEADS = frozenset({"省", "州", "道", "県", "府", "市", "区", "郡", "町", "村"})


@dataclass(frozen=True, order=True)
class ActorSpan:
    """A candidate actor span: character offsets in the Doc, the label that found it, its type."""

    start: int
    end: int
    label: str
    type: str
    priority: int


def register_extensions() -> None:
    """Register ``Doc._.actor_spans`` once; it holds plain tuples, so it survives ``DocBin``."""
    if not Doc.has_extension(EXTENSION):
        Doc.set_extension(EXTENSION, default=None)


class ActorRecognizer:
    """Find every person, country, place and organization span in a GiNZA-parsed Doc."""

    def __init__(self, nlp: Language, name: str, write_ents: bool = True) -> None:
        register_extensions()
        self.name = name
        self.write_ents = write_ents

    def __call__(self, doc: Doc) -> Doc:
        spans = find_actor_spans(doc)
        doc._.set(EXTENSION, tuple((c.start, c.end, c.label, c.type) for c in spans))
        if self.write_ents:
            doc.ents = _entities_with(doc, spans)
        return doc


@Language.factory(
    "actor_recognizer",
    default_config={"write_ents": True},
    requires=["doc.ents", "token.tag", "token.pos"],
    assigns=["doc._.actor_spans", "doc.ents"],
)
def make_actor_recognizer(nlp: Language, name: str, write_ents: bool) -> ActorRecognizer:
    return ActorRecognizer(nlp, name, write_ents)


def find_actor_spans(doc: Doc) -> list[ActorSpan]:
    """All actor spans of the Doc, sorted by offset, none overlapping."""
    candidates: list[ActorSpan] = []
    candidates.extend(abbreviation_spans(doc))
    candidates.extend(known_organization_spans(doc))
    candidates.extend(organization_suffix_spans(doc))
    candidates.extend(repaired_entity_spans(doc))
    candidates.extend(gazetteer_country_spans(doc))
    candidates.extend(proper_noun_spans(doc))
    candidates.extend(acronym_spans(doc))
    candidates.extend(titled_name_spans(doc))
    candidates.extend(cued_organization_spans(doc))
    candidates.extend(cued_person_spans(doc))
    candidates.extend(described_spans(doc))
    candidates.extend(department_spans(doc))
    candidates.extend(geographic_spans(doc))
    candidates.extend(regnal_name_spans(doc))
    candidates.extend(unknown_subject_spans(doc))
    text = text_of(doc)
    candidates = [c for c in candidates if not _is_model_number(text, c) and not _is_quoted_title(text, c)
                  and not _names_a_battle(text, c)]
    candidates = list(_without_parts_of_longer_names(candidates, _titles(doc) + _latin_phrases(text)))
    starts = {token.idx: token for token in tokens_of(doc)}
    candidates = [c for c in candidates if not _opens_a_facility_or_event_name(text, starts, c)]
    spans = _complete_person_names(doc, _split_lists(text, _select(candidates)))
    return _join_place_chains(text, _join_split_names(text, spans))


def _is_model_number(text: str, span: ActorSpan) -> bool:
    # DHC-6, STS-134, ED70: Latin capitals before a number name a model or a mission, not a body.
    after = text[span.end:span.end + 2]
    if not _LATIN.match(text[span.start:span.end]):
        return False
    return after[:1].isdigit() or (after[:1] in "-‐" and after[1:2].isdigit())


def _names_a_battle(text: str, span: ActorSpan) -> bool:
    # ヨークタウンの戦い, 鳥羽・伏見の戦い, 平忠常の乱: the name of a battle or a revolt is an event's,
    # not a mention of the place or the rebel (who are named for themselves elsewhere).
    return span.type != "organization" and _BATTLE.match(text, span.end) is not None


def _is_quoted_title(text: str, span: ActorSpan) -> bool:
    # 「テトリス」, 「OHM」: a bare proper noun that fills a pair of quotes is the title of a work; only a
    # head word (…党, …新聞) or GiNZA's label says a quoted name is a body.
    quoted = text[span.start - 1:span.start] == "「" and text[span.end:span.end + 1] == "」"
    return quoted and span.label in (LABEL_PROPER_NOUN, LABEL_ACRONYM)


def _opens_a_facility_or_event_name(text: str, starts: dict[int, Token], span: ActorSpan) -> bool:
    """浜松市立図書館, 日中戦争, NHKホール: a name that opens a building's or an event's name is part of it.

    The building or the event is the thing named, not an actor; the place, the countries or the owner in
    its name are not mentioned as actors there (they are where they stand alone: 浜松の図書館,
    日本と中国の戦争, NHKのホール).
    ``starts`` maps each token's first character to the token.
    """
    lexicon = actor_lexicon()
    end_char = span.end
    if span.label == LABEL_ABBREVIATION:
        # 日 of 日米地位協定: a group of one-kanji countries is one word, which the name goes on from.
        first = max((offset for offset in range(span.start, span.end) if offset in starts), default=None)
        if first is not None:
            end_char = max(span.end, first + len(starts[first]))
    following = starts.get(end_char)
    if following is None:
        return False
    token: Token | None = following
    while token is not None and (_is_noun(token) or token.tag_.startswith("接尾辞")):
        end_char = token.idx + len(token)
        if lexicon.is_facility(text[span.start:end_char]):
            return True
        token = starts.get(end_char)
    return False


def _titles(doc: Doc) -> list[tuple[int, int]]:
    """The insides of the quotation marks that hold a name, not a sentence: titles of works and events.

    「機動戦士ガンダムUC MSV楔」, 『名探偵コナン』, 「B'z LIVE-GYM Pleasure '97」 name one thing; the
    actor-like words inside them are not mentions. A quote with a predicate in it (「米国が制裁を科す」)
    is speech, whose actors count.
    """
    titles: list[tuple[int, int]] = []
    opened: Token | None = None
    for token in tokens_of(doc):
        if token.text in _OPENING_QUOTES:
            opened = token
        elif token.text in _CLOSING_QUOTES and opened is not None:
            inside = doc[opened.i + 1:token.i]
            if len(inside) and not holds_predicate(inside):
                titles.append((inside.start_char, inside.end_char))
            opened = None
    return titles


def _latin_phrases(text: str) -> list[tuple[int, int]]:
    # Windows Vista, Gatorade FreeFlow Tour Finals, UQ mobile: one name in several Latin words.
    return [match.span() for match in _LATIN_PHRASE.finditer(text)]


def _without_parts_of_longer_names(candidates: list[ActorSpan], names: list[tuple[int, int]]
                                   ) -> Iterator[ActorSpan]:
    """Drop the words inside a longer name, but let an organization's head word claim its whole name.

    「南ドイツ新聞」, WHITE FOX: where an organization span ends the name, the name is the organization's.
    """
    for candidate in candidates:
        span = (candidate.start, candidate.end)
        around = [(start, end) for start, end in names
                  if start <= candidate.start and candidate.end <= end and (start, end) != span]
        if not around:
            yield candidate
            continue
        start, end = around[0]
        if candidate.type == "organization" and candidate.end == end:
            yield ActorSpan(start, end, candidate.label, candidate.type, candidate.priority)


def _split_lists(text: str, spans: list[ActorSpan]) -> list[ActorSpan]:
    """MLB・NBA・NHL, 民主党・社会民主党, 松本vs横浜FC: a list of organizations is one mention each.

    ・ joins the parts of one foreign name too (シカゴ・ホワイトソックス); it separates a list only where
    every part before the last is a whole name: an acronym, or a name closed by an organization head.
    """
    split: list[ActorSpan] = []
    for span in spans:
        name = text[span.start:span.end]
        separator = _LIST_SEPARATOR.search(name)
        if span.type != "organization" or separator is None:
            split.append(span)
            continue
        parts = [(m.start(), m.end()) for m in _LIST_PART.finditer(name)]
        whole = [name[a:b] for a, b in parts[:-1]]
        versus = separator.group() != "・"
        wholes = all(_ACRONYM.match(part) or actor_lexicon().sector_of(part) for part in whole)
        if len(parts) < 2 or not (versus or wholes):
            split.append(span)
            continue
        split.extend(ActorSpan(span.start + a, span.start + b, span.label, span.type, span.priority)
                     for a, b in parts)
    return split


def _select(candidates: Iterable[ActorSpan]) -> list[ActorSpan]:
    # Greedy by priority, then length, then position: deterministic and never overlapping.
    chosen: list[ActorSpan] = []
    taken: list[tuple[int, int]] = []
    for candidate in sorted(candidates, key=lambda c: (-c.priority, c.start - c.end, c.start, c.label)):
        if candidate.end <= candidate.start:
            continue
        if any(candidate.start < end and start < candidate.end for start, end in taken):
            continue
        chosen.append(candidate)
        taken.append((candidate.start, candidate.end))
    return sorted(chosen)


def _complete_person_names(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    """小宮山 + 昌友, 車 + 吉章: a person's span takes in the surname or given name glued to it.

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
        if following is not None and following.pos_ == "NUM" and following.i + 1 < len(doc) \
                and doc[following.i + 1].text == "世" and _glued(following, doc[following.i + 1]):
            end = following.idx + len(following) + 1  # マルグレーテ + 2世: a regnal number is in the name
        if _is_foreign_script(text_of(doc)[span.start:span.end]):
            if end != span.end and (start, end) not in taken:
                span = ActorSpan(start, end, span.label, span.type, span.priority)
            completed.append(span)
            continue
        if following is not None and following.idx + len(following) <= next_start \
                and (following.tag_.startswith(_GIVEN_NAME_TAG)
                     or _last_kanji_of_name(doc, start, following)):
            end = following.idx + len(following)  # 小宮山 + 昌友, 河北義次 + 郎
        elif index + 1 < len(spans) and next_start == end \
                and spans[index + 1].type == "person" and _is_kanji(text_of(doc)[start:spans[index + 1].end]):
            # 小川 + 平吉, 張愛 + 萍: two kanji names glued together are one name (a list needs ・ or 、).
            nxt = spans[index + 1]
            spans[index + 1] = ActorSpan(start, nxt.end, span.label, "person", span.priority)
            continue
        preceding = by_end.get(start)
        first = by_start.get(start)
        if preceding is not None and first is not None and preceding.idx >= previous_end \
                and first.tag_.startswith(_GIVEN_NAME_TAG) and _surname_before(preceding):
            start = preceding.idx  # 車 + 吉章
        if (start, end) != (span.start, span.end) and (start, end) not in taken:
            span = ActorSpan(start, end, span.label, span.type, span.priority)
        completed.append(span)
    return completed


# One kanji after a name that is a word of its own (吉村等 "Yoshimura and others", 山田家, 岸田派).
_NOT_NAME_ENDINGS = frozenset("等側邸宅像賞杯家派組流式型製版作著訳編夫妻父母兄弟姉妹君様殿氏公卿王帝后侯伯")


def _last_kanji_of_name(doc: Doc, start: int, token: Token) -> bool:
    # 河北義次 + 郎, 曹雪 + 芹: GiNZA stops one kanji short when the dictionary lacks the full name.
    name = text_of(doc)[start:token.idx]
    if len(token.text) != 1 or not _is_kanji(token.text) or not _is_kanji(name) or len(name) + 1 > 5:
        return False
    if token.text in _NOT_NAME_ENDINGS or strip_title(name + token.text) != name + token.text:
        return False
    if actor_lexicon().sector_of(token.text) is not None or token.i == 0 \
            or "人名" not in doc[token.i - 1].tag_:
        return False
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    ends_word = after is None or after.pos_ in ("ADP", "PUNCT", "AUX")
    return token.tag_.startswith(_COMMON_NOUN_TAG) and ends_word


def _surname_before(token: Token) -> bool:
    # A surname Sudachi knows, or one kanji it reads as a common noun (車, 林) that opens the sentence
    # or follows a particle or a mark, not one that ends a word (三女悦子: 三女 is "third daughter").
    if token.tag_.startswith(_SURNAME_TAG):
        return True
    if len(token.text) != 1 or not _is_kanji(token.text) or token.pos_ != "NOUN":
        return False
    before = token.doc[token.i - 1] if token.i > 0 else None
    return before is None or before.pos_ in ("ADP", "PUNCT", "SYM") or before.idx + len(before) != token.idx


def _is_kanji(text: str) -> bool:
    return all("\u4e00" <= char <= "\u9fff" for char in text)


def _join_split_names(text: str, spans: list[ActorSpan]) -> list[ActorSpan]:
    """ジョン・F + ケネディ is one name; 羽田孜・杉山憲夫 is a list of two (・ never joins kanji names)."""
    joined: list[ActorSpan] = []
    for span in spans:
        previous = joined[-1] if joined else None
        if previous is not None and previous.type == span.type == "person":
            gap = text[previous.end:span.start]
            left = text[previous.start:previous.end]
            glued = gap in _NAME_JOINERS or (gap == "" and left[-1:] in _NAME_JOINERS)
            if glued and _is_foreign_script(left) and _is_foreign_script(text[span.start:span.end]):
                joined[-1] = ActorSpan(previous.start, span.end, previous.label, "person", previous.priority)
                continue
        joined.append(span)
    return joined


def _join_place_chains(text: str, spans: list[ActorSpan]) -> list[ActorSpan]:
    """浙江省 + 杭州市, アメリカ合衆国 + カリフォルニア州: an address written as a chain is one place."""
    joined: list[ActorSpan] = []
    for span in spans:
        previous = joined[-1] if joined else None
        after_address = previous is not None and text[previous.end - 1:previous.end] in _PLACE_HEADS
        # 新潟県 + 古志郡 + 四郎丸村: a unit no rule found between two places of one address belongs to it.
        between = _ADDRESS_UNIT.fullmatch(text, previous.end, span.start) if previous is not None else None
        if between is not None and previous.type in _PLACE_TYPES and span.type in _PLACE_TYPES:
            previous = joined[-1] = ActorSpan(previous.start, span.start, previous.label, "location",
                                              previous.priority)
        if (previous is not None and previous.end == span.start
                and previous.type in _PLACE_TYPES and (span.type in _PLACE_TYPES or after_address)
                and LABEL_ABBREVIATION not in (previous.label, span.label)):
            # 東京都板橋区 + 大山: after a ward or a city, a name that is also a surname is the next place.
            joined[-1] = ActorSpan(previous.start, span.end, previous.label, "location", previous.priority)
            continue
        joined.append(span)
    return joined


def _entities_with(doc: Doc, spans: list[ActorSpan]) -> tuple[Span, ...]:
    # Actor spans that fit token bounds, plus GiNZA's other entities (dates, products) where they fit.
    actor_ents = [s for c in spans if (s := doc.char_span(c.start, c.end, label=c.label)) is not None]
    others = [e for e in doc.ents if e.label_ not in ACTOR_TYPES
              and not any(c.start < e.end_char and e.start_char < c.end for c in spans)]
    return tuple(filter_spans(actor_ents + others))


# --- the press's one-kanji country names -------------------------------------------------------


def abbreviation_spans(doc: Doc) -> Iterator[ActorSpan]:
    """``日米`` → 日, 米; ``米軍`` → organization; ``米`` before a name (米NBC) → the US."""
    short = abbreviations()
    tokens = tokens_of(doc)
    index = 0
    while index < len(tokens):
        # A group of adjacent tokens made only of abbreviations (米英 + 仏 is one group).
        group_end = index
        while group_end < len(tokens) and _all_abbreviations(tokens[group_end].text, short):
            group_end += 1
        if group_end > index:
            start, end = tokens[index].idx, tokens[group_end - 1].idx + len(tokens[group_end - 1])
            if end - start >= 2:
                # Two or more kanji in a row (日米, 米英仏, 宇露): each one is a country.
                for offset in range(start, end):
                    yield ActorSpan(offset, offset + 1, LABEL_ABBREVIATION, "country",
                                    _PRIORITY_ABBREVIATION)
            elif _abbreviation_stands_for_country(tokens, group_end):
                yield ActorSpan(start, end, LABEL_ABBREVIATION, "country", _PRIORITY_ABBREVIATION)
            index = group_end
            continue
        token = tokens[index]
        # 米軍, 露軍, 英海軍, 米政府: abbreviations fused with an organization head.
        stem, head = _split_abbreviation_head(token.text, short)
        if len(stem) == 1 and head in _ABBREVIATION_HEADS:
            yield ActorSpan(token.idx, token.idx + len(token), LABEL_ABBREVIATION, "organization",
                            _PRIORITY_ABBREVIATION)
        index += 1


def _all_abbreviations(text: str, short: dict[str, str]) -> bool:
    # 日日 (as in 北海日日新聞) repeats one kanji: a word, not two countries.
    distinct = len(set(text)) == len(text)
    return bool(text) and len(text) <= 4 and distinct and all(char in short for char in text)


def _split_abbreviation_head(text: str, short: dict[str, str]) -> tuple[str, str]:
    stem = ""
    for char in text:
        if char not in short:
            break
        stem += char
    if not stem or len(stem) == len(text):
        return "", ""
    return stem, text[len(stem):]


def _abbreviation_stands_for_country(tokens: list[Token], after: int) -> bool:
    # One kanji alone is ambiguous (米 is rice, 中 is "middle"); it is a country before a name or a title.
    if tokens[after - 1].text in _AMBIGUOUS_ABBREVIATIONS or after >= len(tokens):
        return False
    following = tokens[after]
    return _is_name_like(following) or following.text in _COUNTRY_FOLLOWERS


# --- organizations ----------------------------------------------------------------------------


def known_organization_spans(doc: Doc) -> Iterator[ActorSpan]:
    """Names from data/organizations.json, over one to four tokens (NBC + News)."""
    known = known_organizations()
    tokens = tokens_of(doc)
    whole = text_of(doc)
    for i in range(len(tokens)):
        for j in range(min(len(tokens), i + _MAX_KNOWN_TOKENS), i, -1):
            text = whole[tokens[i].idx:tokens[j - 1].idx + len(tokens[j - 1])]
            if normalize_name(text) in known:
                yield ActorSpan(tokens[i].idx, tokens[i].idx + len(text), LABEL_KNOWN_ORG, "organization",
                                _PRIORITY_KNOWN)
                break


def organization_suffix_spans(doc: Doc) -> Iterator[ActorSpan]:
    """A run of nouns that holds a name and ends in an organization head: 日本社会党, 東北電力, NCS社."""
    lexicon = actor_lexicon()
    for run in _noun_runs(doc):
        # The rightmost head with a name before it (or in it) closes the organization's name.
        for head_index in range(len(run) - 1, -1, -1):
            head = run[head_index]
            sector = lexicon.sector_of(head.text)
            if sector is None:
                continue
            # GiNZA's entity labels count as a name only before a ministry's or a party's head (厚生省,
            # 国防省): common words before other heads make a description (制作会社, 調査委員会), not a name.
            by_entity = head.text.endswith(_COMMON_NAME_HEADS)
            names = [k for k in range(head_index + 1)
                     if _is_name_like(run[k], by_entity) or _katakana_name(run, k, head_index)]
            previous = run[head_index - 1] if head_index > 0 else None
            if not names and head.text in _COMMON_NAME_HEADS and previous is not None \
                    and _is_kanji(previous.text) and previous.text not in _DEICTIC_PREFIXES:
                names = [head_index - 1]  # 国防 + 省, 気象 + 庁, 社会 + 党
            if not names:
                continue
            first = names[0]
            if first == head_index and not _fused_name_head(head):
                continue
            if head.text == "党" and run[first].text == "第":
                continue  # 第1党: the largest party, a rank and not a name
            if head.text in _FAMILY_HEADS and head_index > first:
                # ケネディ家, 徳川家: a family is named for its people, not a body that acts as one.
                yield ActorSpan(run[first].idx, head.idx, LABEL_TITLE_STRIPPED, "person",
                                _PRIORITY_ORG_SUFFIX)
                break
            # ポータルサイト最大手・ヤフー社: a description before ・ is not part of the name.
            described = [k for k in range(first + 1, head_index)
                         if run[k].text in _NAME_JOINERS and run[k - 1].tag_.startswith(_COMMON_NOUN_TAG)
                         and _is_kanji(run[k - 1].text) and lexicon.sector_of(run[k - 1].text) is None]
            if described:
                first = described[-1] + 1
            before = run[head_index - 1] if head_index > 0 else None
            if before is not None and "人名" in before.tag_ and head.text not in _FOLLOWER_HEADS \
                    and sector not in _FOUNDER_SECTORS:
                continue  # 田中義一内閣, 萩原敏雄代表: a person with a post, not a body's name
            if before is not None and "地名" in before.tag_ and head.text in _PLACE_HEADS:
                # 福建省, 山東省: a province of China, not a ministry.
                yield ActorSpan(run[first].idx, head.idx + len(head), LABEL_ORG_SUFFIX, "location",
                                _PRIORITY_ORG_SUFFIX)
                break
            # Legal-form prefixes (株式会社ソニー) belong to the name.
            while first > 0 and run[first - 1].text in lexicon.prefixes:
                first -= 1
            start, end = run[first].idx, head.idx + len(head)
            if not lexicon.is_facility(_text_of(run[first:head_index + 1])):
                yield ActorSpan(start, end, LABEL_ORG_SUFFIX, "organization", _PRIORITY_ORG_SUFFIX)
            break


def _katakana_name(run: list[Token], index: int, head_index: int) -> bool:
    """ロステケス鉄道, ジェットブルー航空, アンバイ株式会社: katakana before a head that makes a name.

    One katakana word the dictionary knows is a description (バス会社, サッカー協会); a word it lacks,
    two or more katakana words, or any word before a legal form (株式会社) make a name.
    """
    token = run[index]
    if index >= head_index or not _is_katakana(token.text):
        return False
    if run[head_index].text in _LEGAL_FORMS or run[head_index].text == "社" or unknown_word(token.text):
        return True  # アンバイ株式会社, オーム社: only a company's name goes before these
    # Two loanwords glued into one word before a kanji head (ジェットブルー航空); not a list joined by ・
    # (テレビ・ラジオ) nor a description before a katakana head (アカペラボーカルグループ).
    head = run[head_index]
    before = run[index:head_index]
    glued = all(_glued(a, b) for a, b in zip(before, [*before[1:], head], strict=True))
    words = [t for t in before if t.text not in _NAME_JOINERS]
    loanwords = all(_is_katakana(t.text) for t in words) and before[0].text not in _NAME_JOINERS
    return len(words) >= 2 and loanwords and glued and _is_kanji(head.text)


def _fused_name_head(token: Token) -> bool:
    # One token that is a name and a head at once (日本軍, NCS社, ソニー株式会社), not the head alone (党),
    # and not a place the dictionary knows (福建省 is a province, not a ministry).
    lexicon = actor_lexicon()
    text = normalize_name(token.text)
    if "地名" in token.tag_:
        return False
    if text in lexicon.standalone:
        return True
    return text not in lexicon.exact_suffixes and lexicon.sector_of(text) is not None


def _noun_runs(doc: Doc) -> Iterator[list[Token]]:
    run: list[Token] = []
    for token in tokens_of(doc):
        joins = token.text in _NAME_JOINERS and run
        noun_suffix = token.tag_.startswith("接尾辞-名詞的")
        if _is_noun(token) or noun_suffix or joins or _LATIN.match(token.text):
            if run and token.idx != run[-1].idx + len(run[-1]) and not _LATIN.match(token.text):
                yield run
                run = []
            run.append(token)
            continue
        if run:
            yield run
        run = []
    if run:
        yield run


def _is_name_like(token: Token, by_entity: bool = True) -> bool:
    """A token that can start a name: a proper noun, a Latin-script word, or part of a GiNZA name entity."""
    if "固有名詞" in token.tag_ or token.pos_ == "PROPN":
        return True
    if token.text == "第" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].pos_ == "NUM":
        return True  # 第18軍, 第一銀行: a numbered unit or bank is named by its number
    if _LATIN.match(token.text) and len(token.text) >= 2:
        return True
    return by_entity and token.ent_type_ in ACTOR_TYPES


# --- GiNZA's entities, repaired -----------------------------------------------------------------


def repaired_entity_spans(doc: Doc) -> Iterator[ActorSpan]:
    """GiNZA's actor entities with their recurring span errors fixed."""
    ents = list(doc.ents)
    for ent in ents:
        label = ent.label_
        if label == "Position_Vocation":
            yield from _name_before_title(ent)
            continue
        actor_type = ACTOR_TYPES.get(label)
        if actor_type is None:
            if label not in _NOT_NAMES:
                yield from _mislabelled_name(ent)
            continue
        start, end = ent.start_char, ent.end_char
        if actor_type == "person":
            yield from _person_span(doc, ent, start, end)
            continue
        if actor_type in ("country", "location"):
            yield from _place_span(doc, ent, actor_type)
            continue
        yield from _organization_span(ent)


def _person_span(doc: Doc, ent: Span, start: int, end: int) -> Iterator[ActorSpan]:
    # A kinship word, a post or a player's position before a name is not part of it (四女千恵子, FW大久保,
    # 首都ボゴタ).
    leading = 0
    while leading + 1 < len(ent) and ent[leading].tag_.startswith(_COMMON_NOUN_TAG) \
            and not _is_katakana(ent[leading].text) and "固有名詞" in ent[leading + 1].tag_:
        leading += 1
    start = ent[leading].idx
    text = text_of(doc)[start:end]
    name = strip_title(text)
    tokens = [t for t in ent[leading:] if t.idx < start + len(name)]
    if ent.text == text and actor_lexicon().sector_of(tokens[-1].text) is not None and len(tokens) > 1:
        # A "person" that ends in an organization head (自由民主党, 竹下派) is an organization.
        yield ActorSpan(start, end, ent.label_, "organization", _PRIORITY_ENT)
        return
    # Trailing common nouns are not part of a name (プーチン破滅 → プーチン).
    while len(tokens) > 1 and tokens[-1].pos_ != "PROPN" and "人名" not in tokens[-1].tag_ \
            and not _LATIN.match(tokens[-1].text) and tokens[-1].text not in _NAME_JOINERS \
            and not _is_katakana(tokens[-1].text):
        tokens.pop()
    name_end = min(start + len(name), tokens[-1].idx + len(tokens[-1]))
    name = text_of(doc)[start:name_end].rstrip("".join(_NAME_JOINERS))
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
    yield ActorSpan(start, start + len(name), ent.label_, actor_type, _PRIORITY_ENT)


def _also_a_name(tokens: list[Token]) -> bool:
    # 川崎, 松岡, ヘンリー: the dictionary lists the place as a person's name too, so GiNZA's reading of the
    # context as a person stands; a country (イングランド) stays a place.
    places = [t for t in tokens if "地名" in t.tag_]
    return all("地名-国" not in t.tag_ and any("人名" in kind for kind in parts_of_speech(t.text))
               for t in places)


def _only_a_common_word(tokens: list[Token]) -> bool:
    # One word the dictionary lists only as a common noun, never as a name (テノール, 大命; not マクロン,
    # 光子, nor ナワリヌイ, which it lacks).
    if len(tokens) != 1 or not tokens[0].tag_.startswith(_COMMON_NOUN_TAG) or unknown_word(tokens[0].text):
        return False
    kinds = parts_of_speech(tokens[0].text)
    return bool(kinds) and not any("固有名詞" in kind for kind in kinds)


def _has_name(tokens: Iterable[Token]) -> bool:
    # A proper noun, or a word in katakana or Latin letters (names the dictionary lacks look common).
    return any("固有名詞" in t.tag_ or t.pos_ == "PROPN" or _is_foreign_script(t.text) for t in tokens)


def _dictionary_type(tokens: Iterable[Token]) -> str | None:
    """What Sudachi's dictionary makes of a span: a person's name, a general proper noun, or a place."""
    tags = [t.tag_ for t in tokens]
    if any("人名" in tag for tag in tags):
        return "person"
    if any(tag == _PROPER_TAG for tag in tags):
        return "organization"
    if any("地名" in tag for tag in tags):
        return "location"
    return None


def _place_span(doc: Doc, ent: Span, actor_type: str) -> Iterator[ActorSpan]:
    text, start = ent.text, ent.start_char
    # A demonym (フランス人) or a trailing word GiNZA ran into (日本国内) is cut off.
    stem = _country_before_trailer(text)
    if stem:
        yield ActorSpan(start, start + len(stem), ent.label_, "country", _PRIORITY_ENT)
        return
    if country_code(text) is not None:
        yield ActorSpan(start, ent.end_char, ent.label_, "country", _PRIORITY_ENT)
        return
    if not any("固有名詞" in t.tag_ or t.pos_ == "PROPN" for t in ent) and not _is_foreign_script(text):
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
            yield ActorSpan(start, ent.end_char, ent.label_, dictionary_type, _PRIORITY_ENT)
            return
    if _only_a_name(ent):
        yield ActorSpan(start, ent.end_char, ent.label_, "person", _PRIORITY_ENT)
        return
    yield ActorSpan(start, ent.end_char, ent.label_, "location", _PRIORITY_ENT)


def _only_a_name(ent: Span) -> bool:
    # ルカシェンコ, コッホ, 謝花: one word the dictionary knows as a person's name and never as a place.
    kinds = parts_of_speech(ent.text)
    named = any("人名" in kind for kind in kinds)
    return len(ent) == 1 and named and not any("地名" in kind for kind in kinds)


def _organization_span(ent: Span) -> Iterator[ActorSpan]:
    lexicon = actor_lexicon()
    if len(ent) > 1 and ent[-1].text == "戦":
        ent = ent[:-1]  # 浦和戦, 対巨人戦: the match is the event; the team is the actor
    if country_code(ent.text) is not None or ent.text.endswith(_STATE_ENDINGS):
        # アメリカ合衆国 tagged an international organization, ハンガリー王国 a company: a state is a place.
        yield ActorSpan(ent.start_char, ent.end_char, ent.label_, "country", _PRIORITY_ENT)
        return
    stem = _country_before_trailer(ent.text)
    if stem:
        # クロアチア国民, ロシア国内: a country and a word GiNZA ran into, not a body.
        yield ActorSpan(ent.start_char, ent.start_char + len(stem), ent.label_, "country", _PRIORITY_ENT)
        return
    if normalize_name(ent.text) not in known_organizations():
        if lexicon.is_facility(ent.text):
            return  # 江戸城, 富山駅, 福岡東病院: buildings GiNZA files under organizations
        if lexicon.sector_of(ent[-1].text) is None and not _has_name(ent):
            return  # 軟式野球, 会社更生法: common words with no name and no organization head
        if ent[-1].tag_ == _ACTION_NOUN_TAG and lexicon.sector_of(ent[-1].text) is None:
            return  # キエフ強襲, 球団拡張: an action, not a body
        if len(ent) == 1 and _is_katakana(ent.text) and ent[0].tag_.startswith(_COMMON_NOUN_TAG) \
                and not unknown_word(ent.text) and lexicon.sector_of(ent.text) is None:
            return  # エース, コミッショナー: a loanword the dictionary has as a common noun is a role
    address = all("地名" in t.tag_ or t.text[-1:] in _PLACE_HEADS for t in ent)
    if address and any("地名" in t.tag_ for t in ent) and any(t.text[-1:] in _PLACE_HEADS for t in ent) \
            and lexicon.sector_of(ent[-1].text) is None:
        # 大田広域市, アルバータ州カルガリー: an address GiNZA took for a company or a team (a city alone
        # may be the team named for it: 磐田, 川崎).
        yield ActorSpan(ent.start_char, ent.end_char, ent.label_, "location", _PRIORITY_ENT)
        return
    if len(ent) > 1 and ent[0].text in _PLAYING_POSITIONS and all("人名" in t.tag_ for t in ent[1:]):
        # MF野村直輝: a player's position before a name GiNZA took for a company.
        yield ActorSpan(ent[1].idx, ent.end_char, ent.label_, "person", _PRIORITY_ENT)
        return
    all_names = all("人名" in t.tag_ or t.text in _NAME_JOINERS for t in ent)
    if lexicon.sector_of(ent[-1].text) is None and all_names:
        # A person's name GiNZA calls a company or a team (カルラス・プッチダモン).
        yield ActorSpan(ent.start_char, ent.end_char, ent.label_, "person", _PRIORITY_ENT)
        return
    yield ActorSpan(ent.start_char, ent.end_char, ent.label_, "organization", _PRIORITY_ENT)


def _name_before_title(ent: Span) -> Iterator[ActorSpan]:
    # GiNZA swallows a name into its title (ゼレンスキー大統領) and an organization into a post (国防省長官).
    name = strip_title(ent.text)
    if name == ent.text:
        return
    covered = [t for t in ent if t.idx < ent.start_char + len(name)]
    if not covered:
        return
    if actor_lexicon().sector_of(covered[-1].text) is not None and len(name) > 1:
        if any(_is_name_like(t) for t in covered) or len(covered) > 1:
            yield ActorSpan(ent.start_char, ent.start_char + len(name), LABEL_TITLE_STRIPPED, "organization",
                            _PRIORITY_ENT)
        return
    # A proper noun, or a foreign name the dictionary lacks (ゼレンスキー is tagged a common noun)
    # before a title that only a person holds (not デザイン部長, ラグビー選手).
    title = ent.text[len(name):].strip(_TITLE_STRIP)
    if title in _CORPORATE_POSTS and not any("人名" in t.tag_ for t in covered) \
            and (_is_foreign_script(name) or any("固有名詞" in t.tag_ for t in covered)):
        # JRP社長, ユナイテッドアローズ取締役副社長: a company before its officer's post, not a person.
        yield ActorSpan(ent.start_char, ent.start_char + len(name), LABEL_TITLE_STRIPPED, "organization",
                        _PRIORITY_ENT)
        return
    foreign = _is_foreign_script(name) and len(name) >= 3 and title in _PERSONAL_TITLES
    if foreign or any(t.pos_ == "PROPN" or "人名" in t.tag_ for t in covered):
        yield ActorSpan(ent.start_char, ent.start_char + len(name), LABEL_TITLE_STRIPPED, "person",
                        _PRIORITY_ENT)


def _mislabelled_name(ent: Span) -> Iterator[ActorSpan]:
    # GiNZA often tags a company or party as a product, a dish or a doctrine; the head word tells.
    last = ent[-1]
    lexicon = actor_lexicon()
    if lexicon.is_facility(ent.text):
        return
    if lexicon.sector_of(last.text) is not None and (len(ent) > 1 or _fused_name_head(last)):
        yield ActorSpan(ent.start_char, ent.end_char, ent.label_, "organization", _PRIORITY_ENT)


# --- dictionaries and bare part-of-speech tags --------------------------------------------------


def gazetteer_country_spans(doc: Doc) -> Iterator[ActorSpan]:
    """Country names of two characters or more that GiNZA did not tag (アメリカ合衆国, ロシア連邦)."""
    tokens = tokens_of(doc)
    for index, token in enumerate(tokens):
        stem = _country_before_trailer(token.text)
        if stem:
            # 韓国人, 日本国籍: a demonym or a trailer that Sudachi keeps in the country's token.
            yield ActorSpan(token.idx, token.idx + len(stem), LABEL_COUNTRY, "country", _PRIORITY_COUNTRY)
            continue
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if following is not None and _modifies_next(token, following, "country") \
                and following.text not in _PERSONAL_TITLES and not _country_trailer(following):
            continue  # but ロシア大統領, フランス人, クロアチア国民 name the country
        if country_code(token.text) is not None:
            yield ActorSpan(token.idx, token.idx + len(token), LABEL_COUNTRY, "country", _PRIORITY_COUNTRY)


@lru_cache(maxsize=_WORD_CACHE_SIZE)
def _country_before_trailer(text: str) -> str:
    for trailer in ("人", *actor_lexicon().place_trailers):
        stem = text[: -len(trailer)]
        if text.endswith(trailer) and len(stem) >= 2 and country_code(stem) is not None:
            return stem
    return ""


def _country_trailer(token: Token) -> bool:
    # A demonym's 人 or a word that places something in the country (国内, 国民, 側): the country is named.
    return token.text == "人" or token.text in actor_lexicon().place_trailers


def proper_noun_spans(doc: Doc) -> Iterator[ActorSpan]:
    """Sudachi's person and place names that GiNZA's NER left out; joined across ・ and 姓+名."""
    tokens = tokens_of(doc)
    index = 0
    while index < len(tokens):
        token = tokens[index]
        kind = _proper_kind(token)
        if kind is None:
            index += 1
            continue
        end = index + 1
        while end < len(tokens):
            glued = tokens[end].idx == tokens[end - 1].idx + len(tokens[end - 1])
            if _proper_kind(tokens[end]) == kind and glued:
                end += 1
            elif (tokens[end].text in _NAME_JOINERS and end + 1 < len(tokens)
                  and _proper_kind(tokens[end + 1]) == kind
                  and _is_foreign_script(tokens[end - 1].text) and _is_foreign_script(tokens[end + 1].text)):
                end += 2
            else:
                break
        start_char, end_char = token.idx, tokens[end - 1].idx + len(tokens[end - 1])
        chain = _dot_chain(tokens, index, end, kind)
        if chain is not None:
            chain_end, chain_kind = chain
            end_char = tokens[chain_end - 1].idx + len(tokens[chain_end - 1])
            if chain_kind is not None:
                yield ActorSpan(start_char, end_char, LABEL_PROPER_NOUN, chain_kind, _PRIORITY_CHAIN)
            index = chain_end
            continue
        if kind == "organization" and actor_lexicon().is_facility(_text_of(tokens[index:end])):
            pass  # 大井町駅, ナゴヤドーム, W杯: a station, a hall, a cup
        elif end == len(tokens) or not _modifies_next(tokens[end - 1], tokens[end], kind):
            yield ActorSpan(start_char, end_char, LABEL_PROPER_NOUN, kind, _PRIORITY_POS)
        index = end


def _dot_chain(tokens: list[Token], start: int, end: int, kind: str) -> tuple[int, str | None] | None:
    """ウイリアム・J・ロビンソン, シカゴ・ホワイトソックス: a foreign name and its ・-joined parts.

    Returns the chain's end and its kind (None for a building or an event), or None where the name stands
    alone or the parts are places of their own (アメリカ・イギリス is a list, not one name).
    """
    if not _is_foreign_script(_text_of(tokens[start:end])):
        return None
    chain_end = end
    tails: list[Token] = []
    while (chain_end + 1 < len(tokens) and tokens[chain_end].text in _NAME_JOINERS
           and _glued(tokens[chain_end - 1], tokens[chain_end])
           and _glued(tokens[chain_end], tokens[chain_end + 1])
           and _chain_part(tokens[chain_end + 1])):
        chain_end += 2
        tails.append(tokens[chain_end - 1])
        # A part can be written as several words (ホワイト + ソックス).
        while chain_end < len(tokens) and _glued(tokens[chain_end - 1], tokens[chain_end]) \
                and _chain_part(tokens[chain_end]):
            tails.append(tokens[chain_end])
            chain_end += 1
    if not tails or any("地名" in t.tag_ for t in tails):
        return None
    if actor_lexicon().is_facility(_text_of(tokens[start:chain_end])):
        return chain_end, None
    if kind == "person" and not any(t.tag_ == _PROPER_TAG for t in tails):
        return chain_end, "person"
    # A place or a company, ・ and a name: a team, a company or a troupe (シカゴ・ホワイトソックス).
    return chain_end, "organization"


def _chain_part(token: Token) -> bool:
    noun = token.pos_ in _RUN_POS or _LATIN.match(token.text) is not None
    return noun and _is_foreign_script(token.text) and token.text not in _NAME_JOINERS


def _modifies_next(last: Token, following: Token, kind: str) -> bool:
    # A bare proper noun glued to the next noun is a modifier in a compound (ベルリンオリンピック, 富山駅),
    # which is not an actor mention; a title after a person's name (田中氏) does not count.
    if following.idx != last.idx + len(last) or not _is_noun(following):
        return False
    if following.text in _ACTOR_SUFFIXES:
        return False  # 対日本ハムファイターズ戦, デジタルリサーチ側, ソニー製: the name still names its actor
    if kind in _PLACE_TYPES and "地名" in following.tag_:
        return False  # アメリカ合衆国カリフォルニア州: a chain of places, joined later
    if kind == "person" and following.tag_ == _ACTION_NOUN_TAG:
        return False  # ジダーノフ批判, ケネディ暗殺: the person is the action's agent or its target
    return not (kind == "person" and strip_title(last.text + following.text) == last.text)


def _proper_kind(token: Token) -> str | None:
    tag = token.tag_
    if tag.startswith(_PERSON_TAG):
        return "person"
    if tag == _COUNTRY_TAG:
        return "country"
    if tag == _PLACE_TAG:
        return "location"
    standalone = normalize_name(token.text) in actor_lexicon().standalone
    if (tag == _PROPER_TAG and len(token.text) > 1) or standalone:
        # Sudachi's dictionary lists companies, parties and bands as general proper nouns (キングレコード).
        return "organization"
    return None


def titled_name_spans(doc: Doc) -> Iterator[ActorSpan]:
    """パスケル兄弟, ヤング氏: a katakana word the dictionary lacks, right before a title only people hold."""
    tokens = tokens_of(doc)
    for index in range(1, len(tokens)):
        title = tokens[index]
        if title.text not in _PERSONAL_TITLES and title.text not in _KIN_TITLES:
            continue
        first = index
        while first > 0 and _glued(tokens[first - 1], tokens[first]) \
                and _is_katakana(tokens[first - 1].text) and _is_noun(tokens[first - 1]):
            first -= 1
        if first == index or (first > 0 and _glued(tokens[first - 1], tokens[first])
                              and tokens[first - 1].text not in _KINSHIP_WORDS
                              and _is_noun(tokens[first - 1])):
            continue  # no name, or the katakana ends a longer compound (ロシア・サッカー協会長)
        name = tokens[first:index]
        if sum(len(t) for t in name) >= 3:
            yield ActorSpan(name[0].idx, name[-1].idx + len(name[-1]), LABEL_PROPER_NOUN, "person",
                            _PRIORITY_POS)


def acronym_spans(doc: Doc) -> Iterator[ActorSpan]:
    """An all-capital abbreviation on its own (GM, NHL, CDU) is an organization, unless a common term."""
    stop = non_organization_acronyms()
    tokens = tokens_of(doc)
    for index, token in enumerate(tokens):
        if not _ACRONYM.match(token.text) or token.text in stop:
            continue
        # Capitals inside a Latin phrase are a title or a band's styling (SUPER GRADE), not an acronym.
        neighbours = tokens[max(index - 1, 0):index] + tokens[index + 1:index + 2]
        if any(_LATIN.match(n.text) and n.text.isupper() for n in neighbours):
            continue
        yield ActorSpan(token.idx, token.idx + len(token), LABEL_ACRONYM, "organization", _PRIORITY_POS)


def cued_organization_spans(doc: Doc) -> Iterator[ActorSpan]:
    """A name before words only an organization takes (ノジマが販売, 川崎に移籍): see pipeline/cues.py."""
    tokens = tokens_of(doc)
    for cued in cued_names(doc):
        name = tokens[cued.start:cued.end]
        text = _text_of(name)
        if country_code(text) is not None or actor_lexicon().is_facility(text):
            continue
        sports = cued.cue in cue_words().sports
        places = [t for t in name if "地名" in t.tag_]
        names = [t for t in name if t not in places and t.text not in _NAME_JOINERS]
        if places and not names and not _is_foreign_script(text):
            # A place stands for its team only in sports (川崎に移籍); 沖縄戦 is a battle, 対磐田戦 a match.
            if not sports or (cued.cue == "戦" and not _after_versus(tokens, cued.start)):
                continue
        elif any("人名" in t.tag_ for t in name) and not _only_an_organization(cued):
            continue  # パッキャオ戦, 櫻井和寿が主催, 本田のボーカル: people fight, host and sing too
        yield ActorSpan(name[0].idx, name[-1].idx + len(name[-1]), LABEL_CUED, "organization", _PRIORITY_CUE)


def cued_person_spans(doc: Doc) -> Iterator[ActorSpan]:
    """A foreign name before words only a person takes (ツヴォルキンの妻, ガントマッハーが死去, 手塚治虫原作).

    An organization has no wife and does not die: the cue outranks GiNZA's guess at an unknown word.
    """
    tokens = tokens_of(doc)
    for cued in cued_names(doc, "person"):
        name = tokens[cued.start:cued.end]
        text = _text_of(name)
        if country_code(text) is not None or any("地名" in t.tag_ for t in name):
            continue  # 日本の父: a place has founders and heroes, not a wife
        if not _is_foreign_script(text) and not all("人名" in t.tag_ for t in name):
            continue
        if len(name) == 1 and "固有名詞" not in name[0].tag_ and not unknown_word(text):
            continue  # オーナーの母: a word the dictionary has as a common noun is a role, not a name
        yield ActorSpan(name[0].idx, name[-1].idx + len(name[-1]), LABEL_CUED, "person", _PRIORITY_CUE)


def described_spans(doc: Doc) -> Iterator[ActorSpan]:
    """Names a category noun describes: 専門メーカー、ワイデックス; フィアット、カミンズなどの企業."""
    tokens = tokens_of(doc)
    for actor_type in ("organization", "person"):
        for described in described_names(doc, actor_type):
            name = tokens[described.start:described.end]
            text = _text_of(name)
            if country_code(text) is not None or actor_lexicon().is_facility(text):
                continue
            if any("地名" in t.tag_ for t in name) and not _is_foreign_script(text):
                continue  # 企業城下町 aside, a place after 企業 is where the company is, not its name
            yield ActorSpan(name[0].idx, name[-1].idx + len(name[-1]), LABEL_CUED, actor_type, _PRIORITY_CUE)


def geographic_spans(doc: Doc) -> Iterator[ActorSpan]:
    """アイラ島, ポシェト湾, プッシュマタハ郡, 太平洋: a name closed by a geographic head is a place.

    The name part is a proper noun or a foreign word, which GiNZA often tags as a family, a weapon or a
    time when a head the dictionary splits off follows it.
    """
    heads = actor_lexicon().geographic_heads
    tokens = tokens_of(doc)
    for index in range(1, len(tokens)):
        head = tokens[index]
        if head.text not in heads or not _glued(tokens[index - 1], head):
            continue
        first = index
        while first > 0 and _place_name_part(tokens[first - 1]) and _glued(tokens[first - 1], tokens[first]):
            first -= 1
        name = tokens[first:index]
        if not name or name[0].text in _NAME_JOINERS:
            continue
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if following is not None and _glued(head, following) and _is_noun(following) \
                and following.text not in actor_lexicon().place_trailers:
            continue  # ケープ植民地政府, ハワイ州知事 …: the place opens a longer name
        text = _text_of(tokens[first:index + 1])
        if country_code(text) is None and not actor_lexicon().is_facility(text):
            yield ActorSpan(name[0].idx, head.idx + len(head), LABEL_PLACE_SUFFIX, "location", _PRIORITY_CUE)


def regnal_name_spans(doc: Doc) -> Iterator[ActorSpan]:
    """ジョゼ1世, ジャヤ・パラメーシュヴァラヴァルマン2世: a name with a regnal number is a monarch's."""
    tokens = tokens_of(doc)
    for index in range(1, len(tokens) - 1):
        number, era = tokens[index], tokens[index + 1]
        if number.pos_ != "NUM" or era.text != "世" or not _glued(number, era) \
                or not _glued(tokens[index - 1], number):
            continue
        first = index
        while first > 0 and _glued(tokens[first - 1], tokens[first]) \
                and (_is_foreign_script(tokens[first - 1].text) or "人名" in tokens[first - 1].tag_):
            first -= 1
        if first < index and tokens[first].text not in _NAME_JOINERS:
            yield ActorSpan(tokens[first].idx, era.idx + len(era), LABEL_PROPER_NOUN, "person", _PRIORITY_CUE)


def unknown_subject_spans(doc: Doc) -> Iterator[ActorSpan]:
    """ツヴォルキンは…, ゼレンスキーが…: a katakana word no dictionary lists, or lists only as a name, as a
    subject, is a foreign name.

    New names in the news are people's far more often than anything else's; the lowest priority lets
    every other rule (and GiNZA) type the word first.
    """
    tokens = tokens_of(doc)
    for index in range(len(tokens) - 1):
        token = tokens[index]
        if tokens[index + 1].text not in _SUBJECT_PARTICLES:
            continue
        if len(token.text) < 3 or not _is_katakana(token.text):
            continue
        if index > 0 and _glued(tokens[index - 1], token) and _is_noun(tokens[index - 1]):
            continue  # the end of a compound, not a name on its own
        kinds = parts_of_speech(token.text)
        if unknown_word(token.text) or (kinds and all("人名" in kind for kind in kinds)):
            # ツヴォルキン (not in the dictionary), マクロン (in it only as a name, though tagged a
            # common noun here)
            yield ActorSpan(token.idx, token.idx + len(token), LABEL_PROPER_NOUN, "person", _PRIORITY_POS)


def _place_name_part(token: Token) -> bool:
    if "固有名詞" in token.tag_ or _is_katakana(token.text) or token.text in _NAME_JOINERS:
        return "人名-姓" not in token.tag_ and "人名-名" not in token.tag_  # 田中町? a surname opens no place
    return False


def department_spans(doc: Doc) -> Iterator[ActorSpan]:
    """デザイン部長 → デザイン部, 報道部副部長 → 報道部, 渉外部に所属 → 渉外部.

    A department is named by its head's post or by being joined, though its name is only common words.
    """
    cues = cue_words().after_particle.get("に", frozenset())
    tokens = tokens_of(doc)
    for run in _noun_runs(doc):
        text = _text_of(run)
        match = _DEPARTMENT_POST.fullmatch(text)
        if match is None:
            joined = run[-1].i + 2 < len(tokens) and tokens[run[-1].i + 1].text == "に" \
                and tokens[run[-1].i + 2].text in cues
            match = _DEPARTMENT.fullmatch(text) if joined else None
        if match is None or any("人名" in t.tag_ or "地名" in t.tag_ for t in run):
            continue  # 田中部長 is a person with a post
        start = run[0].idx + match.start("department")
        yield ActorSpan(start, start + len(match.group("department")), LABEL_ORG_SUFFIX, "organization",
                        _PRIORITY_CUE)


def _only_an_organization(cued: CuedName) -> bool:
    # Joined (に所属, に入社), founded or bought (を設立, を買収), or made by (社製): never a person.
    words = cue_words()
    if cued.cue in words.sports:
        return False
    return cued.particle in ("に", "を") or cued.cue in ("製", "社製", "傘下", "解散")


def _after_versus(tokens: list[Token], start: int) -> bool:
    return start > 0 and tokens[start - 1].text == "対"


def _is_noun(token: Token) -> bool:
    # Sudachi's tag, not the parser's part of speech, says a word is a noun (or a number): the parser
    # calls words the dictionary lacks (ロステケス, アンバイ) adjectives or verbs.
    return token.pos_ in _RUN_POS or token.tag_.startswith("名詞")


def _text_of(tokens: list[Token]) -> str:
    # The text a run of tokens covers (Doc.text is rebuilt from every token on each access).
    return "".join(t.text_with_ws for t in tokens[:-1]) + tokens[-1].text


def _is_foreign_script(text: str) -> bool:
    # Katakana or Latin letters: how Japanese writes foreign names, whose parts ・ joins.
    return bool(text) and all(_is_katakana(char) or char.isascii() or char in _NAME_JOINERS for char in text)
