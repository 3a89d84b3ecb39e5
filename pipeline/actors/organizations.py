"""Organizations named by what they are: a known name, a head word (…党, …銀行), an acronym, a department.

Takes a parsed Doc; gives organization spans (and the few places and families
that a head word shows are not bodies: 福建省, ケネディ家). ``split_lists``, a
post-pass, cuts a chosen span that lists several organizations (MLB・NBA) into
one span each.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc, Token

from .. import lexicons
from ..ids import normalize_name
from .candidates import (
    LABEL_ACRONYM,
    LABEL_KNOWN_ORG,
    LABEL_ORG_SUFFIX,
    LABEL_TITLE_STRIPPED,
    PRIORITY_CUE,
    PRIORITY_KNOWN,
    PRIORITY_ORG_SUFFIX,
    PRIORITY_POS,
    ActorSpan,
)
from .cues import cue_words
from .dictionary import unknown_word
from .gazetteer import actor_lexicon, known_organization_spans_names, non_organization_acronyms
from .places import PLACE_HEADS
from .tokens import (
    COMMON_NOUN_TAG,
    LATIN_WORD,
    NAME_JOINERS,
    glued,
    is_kanji_with_marks,
    is_katakana,
    is_name_like,
    is_noun,
    is_plain_kanji,
    text_of,
    text_of_tokens,
    tokens_of,
)

# A known organization's name spans at most this many tokens (NBC + News).
_MAX_KNOWN_TOKENS = 4
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,4}$")
# Heads that follow a person's name and still make a body's name (山野派 is a faction).
_FOLLOWER_HEADS = lexicons.words("actor_words", "follower_heads")
# Companies and the press are named for their founders (山野製紙, 川村放送, 田辺技研工業).
_FOUNDER_SECTORS = lexicons.words("actor_words", "founder_sectors")
# Heads of bodies named by common words: ministries and agencies by what they run (厚生省, 気象庁), parties
# by what they stand for (社会党).
_COMMON_NAME_HEADS = lexicons.ordered("actor_words", "common_name_heads")
_DEICTIC_PREFIXES = lexicons.words("actor_words", "deictic_prefixes")
_FAMILY_HEADS = lexicons.words("actor_words", "family_heads")
# Heads only a company's registered name carries.
_LEGAL_FORMS = lexicons.words("actor_words", "legal_forms")
# A department (two characters or more before 部 or 局) and the post of its head after it.
_DEPARTMENT_POST = re.compile(
    r"(?:元|前|副)?(?P<department>[^本支各同当全\d]\w+[部局])(?:副|次)?(?:部長|局長|長)"
)
_DEPARTMENT = re.compile(r"(?P<department>[^本支各同当全\d]\w+[部局課室])")
_LIST_SEPARATOR = re.compile(r"・|vs\.?|VS\.?")
_LIST_PART = re.compile(r"(?:(?!・|vs|VS).)+")


def known_organization_spans(doc: Doc) -> Iterator[ActorSpan]:
    """Names from data/organizations.json, over one to four tokens (NBC + News)."""
    known = known_organization_spans_names()
    tokens = tokens_of(doc)
    whole = text_of(doc)
    for i in range(len(tokens)):
        for j in range(min(len(tokens), i + _MAX_KNOWN_TOKENS), i, -1):
            text = whole[tokens[i].idx : tokens[j - 1].idx + len(tokens[j - 1])]
            if normalize_name(text) in known:
                yield ActorSpan(
                    tokens[i].idx, tokens[i].idx + len(text), LABEL_KNOWN_ORG, "organization", PRIORITY_KNOWN
                )
                break


def organization_suffix_spans(doc: Doc) -> Iterator[ActorSpan]:
    """A run of nouns that holds a name and ends in an organization head: 日本社会党, 東北電力, NCS社."""
    lexicon = actor_lexicon()
    for run in noun_runs(doc):
        # The rightmost head with a name before it (or in it) closes the organization's name.
        for head_index in range(len(run) - 1, -1, -1):
            head = run[head_index]
            sector = lexicon.sector_of(head.text)
            if sector is None:
                continue
            # GiNZA's entity labels count as a name only before a ministry's or a party's head (厚生省,
            # 国防省): common words before other heads make a description (制作会社, 調査委員会), not a name.
            by_entity = head.text.endswith(_COMMON_NAME_HEADS)
            names = [
                k
                for k in range(head_index + 1)
                if is_name_like(run[k], by_entity) or _katakana_name(run, k, head_index)
            ]
            previous = run[head_index - 1] if head_index > 0 else None
            if (
                not names
                and head.text in _COMMON_NAME_HEADS
                and previous is not None
                and is_plain_kanji(previous.text)
                and previous.text not in _DEICTIC_PREFIXES
            ):
                names = [head_index - 1]  # 国防 + 省, 気象 + 庁, 社会 + 党
            if not names:
                continue
            first = names[0]
            if first == head_index and not fused_name_head(head):
                continue
            if head.text == "党" and "第" in (t.text for t in run[first:head_index]):
                continue  # 第1党, 下院第1党: the largest party, a rank and not a name
            if head.text in _FAMILY_HEADS and head_index > first:
                # ケネディ家, 徳川家: a family is named for its people, not a body that acts as one.
                yield ActorSpan(run[first].idx, head.idx, LABEL_TITLE_STRIPPED, "person", PRIORITY_ORG_SUFFIX)
                break
            # ネット通販最大手・ミドリヤ社: a description before ・ is not part of the name.
            described = [
                k
                for k in range(first + 1, head_index)
                if run[k].text in NAME_JOINERS
                and run[k - 1].tag_.startswith(COMMON_NOUN_TAG)
                and is_plain_kanji(run[k - 1].text)
                and lexicon.sector_of(run[k - 1].text) is None
            ]
            if described:
                first = described[-1] + 1
            before = run[head_index - 1] if head_index > 0 else None
            if (
                before is not None
                and "人名" in before.tag_
                and head.text not in _FOLLOWER_HEADS
                and sector not in _FOUNDER_SECTORS
            ):
                continue  # 田中義一内閣, 萩原敏雄代表: a person with a post, not a body's name
            if before is not None and "地名" in before.tag_ and head.text in PLACE_HEADS:
                # 福建省, 山東省: a province of China, not a ministry.
                yield ActorSpan(
                    run[first].idx, head.idx + len(head), LABEL_ORG_SUFFIX, "location", PRIORITY_ORG_SUFFIX
                )
                break
            # Legal-form prefixes (株式会社ソニー) belong to the name.
            while first > 0 and run[first - 1].text in lexicon.prefixes:
                first -= 1
            start, end = run[first].idx, head.idx + len(head)
            if not lexicon.is_facility(text_of_tokens(run[first : head_index + 1])):
                yield ActorSpan(start, end, LABEL_ORG_SUFFIX, "organization", PRIORITY_ORG_SUFFIX)
            break


def _katakana_name(run: list[Token], index: int, head_index: int) -> bool:
    """ベルガモス鉄道, スカイブルー航空, ソラミ株式会社: katakana before a head that makes a name.

    One katakana word the dictionary knows is a description (バス会社, サッカー協会); a word it lacks,
    two or more katakana words, or any word before a legal form (株式会社) make a name.
    """
    token = run[index]
    if index >= head_index or not is_katakana(token.text):
        return False
    if run[head_index].text in _LEGAL_FORMS or run[head_index].text == "社" or unknown_word(token.text):
        return True  # ソラミ株式会社, ミドリ社: only a company's name goes before these
    # Two loanwords glued into one word before a kanji head (スカイブルー航空); not a list joined by ・
    # (映画・演劇) nor a description before a katakana head (ロックボーカルグループ).
    head = run[head_index]
    before = run[index:head_index]
    all_glued = all(glued(a, b) for a, b in zip(before, [*before[1:], head], strict=True))
    words = [t for t in before if t.text not in NAME_JOINERS]
    loanwords = all(is_katakana(t.text) for t in words) and before[0].text not in NAME_JOINERS
    return len(words) >= 2 and loanwords and all_glued and is_plain_kanji(head.text)


def fused_name_head(token: Token) -> bool:
    """One token that is a name and a head at once (日本軍, NCS社, ソニー株式会社), not the head alone (党).

    Not a place the dictionary knows either: 福建省 is a province, not a ministry.
    """
    lexicon = actor_lexicon()
    text = normalize_name(token.text)
    if "地名" in token.tag_:
        return False
    if text in lexicon.standalone:
        return True
    return text not in lexicon.exact_suffixes and lexicon.sector_of(text) is not None


def noun_runs(doc: Doc) -> Iterator[list[Token]]:
    """Runs of glued nouns, noun suffixes, joiners and Latin words: the stretches a name can fill."""
    run: list[Token] = []
    for token in tokens_of(doc):
        joins = token.text in NAME_JOINERS and run
        noun_suffix = token.tag_.startswith("接尾辞-名詞的")
        if is_noun(token) or noun_suffix or joins or LATIN_WORD.match(token.text):
            if run and not glued(run[-1], token) and not LATIN_WORD.match(token.text):
                yield run
                run = []
            run.append(token)
            continue
        if run:
            yield run
        run = []
    if run:
        yield run


def acronym_spans(doc: Doc) -> Iterator[ActorSpan]:
    """An all-capital abbreviation on its own (GM, NHL, CDU) is an organization, unless a common term."""
    stop = non_organization_acronyms()
    tokens = tokens_of(doc)
    for index, token in enumerate(tokens):
        if not _ACRONYM.match(token.text) or token.text in stop:
            continue
        # Capitals inside a Latin phrase are a title or a band's styling (SUPER GRADE), not an acronym.
        neighbours = tokens[max(index - 1, 0) : index] + tokens[index + 1 : index + 2]
        if any(LATIN_WORD.match(n.text) and n.text.isupper() for n in neighbours):
            continue
        yield ActorSpan(token.idx, token.idx + len(token), LABEL_ACRONYM, "organization", PRIORITY_POS)


def department_spans(doc: Doc) -> Iterator[ActorSpan]:
    """デザイン部長 → デザイン部, 報道部副部長 → 報道部, 渉外部に所属 → 渉外部.

    A department is named by its head's post or by being joined, though its name is only common words.
    """
    cues = cue_words().after_particle.get("に", frozenset())
    tokens = tokens_of(doc)
    for run in noun_runs(doc):
        text = text_of_tokens(run)
        match = _DEPARTMENT_POST.fullmatch(text)
        if match is None:
            joined = (
                run[-1].i + 2 < len(tokens)
                and tokens[run[-1].i + 1].text == "に"
                and tokens[run[-1].i + 2].text in cues
            )
            match = _DEPARTMENT.fullmatch(text) if joined else None
        if match is None or any("人名" in t.tag_ or "地名" in t.tag_ for t in run):
            continue  # 田中部長 is a person with a post
        start = run[0].idx + match.start("department")
        yield ActorSpan(
            start, start + len(match.group("department")), LABEL_ORG_SUFFIX, "organization", PRIORITY_CUE
        )


def split_lists(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    """MLB・NBA・NHL, 自由党・社会党, 松本vs横浜FC: a list of organizations is one mention each.

    ・ joins the parts of one foreign name too (ダラス・カウボーイズ); it separates a list only where
    every part before the last is a whole name: an acronym, or a name closed by an organization head.
    """
    text = text_of(doc)
    split: list[ActorSpan] = []
    for span in spans:
        name = text[span.start : span.end]
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
        split.extend(
            ActorSpan(span.start + a, span.start + b, span.label, span.type, span.priority) for a, b in parts
        )
    return split


def administrations_of_persons(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    """北山政権, 第2次北山内閣, 北山大統領政権, 北山陣営: a person's name before 政権, 内閣 or 陣営 names the
    body that person leads, an organization (a final pass: the recognizer takes the name for the person).
    The person is not mentioned apart from it, as a place is not in the name of its prefecture's police."""
    text = text_of(doc)
    chosen: list[ActorSpan] = []
    grown: list[ActorSpan] = []
    for span in spans:
        extent = _administration_extent(text, span) if span.type == "person" else None
        if extent is not None:
            span = replace(span, start=extent[0], end=extent[1], type="organization", label=LABEL_ORG_SUFFIX)
            grown.append(span)
        chosen.append(span)
    return [
        span
        for span in chosen
        if span in grown or not any(g.start <= span.start and span.end <= g.end for g in grown)
    ]


def _administration_extent(text: str, span: ActorSpan) -> tuple[int, int] | None:
    """The characters of the administration a person's span names, with its 第N次; None if it names none.

    Not where a compound goes on from the head (北山内閣総理大臣 and 北山内閣官房長官 are ministers), unless
    it says when (北山政権下, 北山政権末期)."""
    if _ADMINISTRATION_END.search(text[span.start : span.end]):
        end = span.end
    else:
        match = _ADMINISTRATION_AFTER.match(text, span.end)
        if match is None:
            return None
        end = match.end()
    following = text[end : end + 1]
    if following and is_kanji_with_marks(following) and not _PERIOD.match(text, end):
        return None
    ordinal = _ORDINAL_BEFORE.search(text, 0, span.start)
    return (ordinal.start() if ordinal else span.start), end


_ADMINISTRATION_HEADS = "|".join(map(re.escape, lexicons.words("actor_words", "administration_heads")))
_ADMINISTRATION_END = re.compile(f"(?:{_ADMINISTRATION_HEADS})$")
_ADMINISTRATION_AFTER = re.compile(
    "(?:"
    + "|".join(map(re.escape, lexicons.longest_first("titles", "personal_titles")))
    + f")?(?:{_ADMINISTRATION_HEADS})"
)
_PERIOD = re.compile("|".join(map(re.escape, lexicons.words("actor_words", "administration_periods"))))
_ORDINAL_BEFORE = re.compile(r"第[0-9０-９一二三四五六七八九十]+次$")
