"""Find a predicate's arguments in GiNZA's UD parse: noun phrases, actors, candidate subjects.

Small pure functions over spaCy tokens, which the role rules (subjects.py,
objects.py, passives.py) are built from. A noun's role is read off the
particles after it (particles.case_of). GiNZA's parse of long news
sentences often hangs an NP on the wrong verb, so several rules here find
a subject where the parser put it (a は-topic inside a relative clause, a
speaker inside the quotation it opens, a が-NP on a quantity).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from .. import lexicons
from ..actors.gazetteer import actor_lexicon
from ..records import Argument
from .particles import (
    ACCORDING_TO_CONDITIONALS,
    ACCORDING_TO_VERBS,
    APPROXIMATORS,
    CLAUSE_DEPS,
    COMPLEMENT_CASES,
    COORDINATORS,
    DEMONSTRATIVES,
    FOCUS_CASES,
    PARTITIVES,
    SUBJECT_CASES,
    SUBJECT_DEPS,
    TOPIC_CASES,
    VERBS_AFTER_WO,
    case_of,
)
from .quotes import QUOTE_CLOSE, QUOTE_OPEN, inside_quote, opening_quote, whose_words

# Entity types that act (GUIDELINES.md §1); a named place acts only when it is a country.
_ACTOR_TYPES = frozenset({"person", "country", "organization", "actor"})
_ACTORS_FILE = "claim_actors"
ACTOR_SUFFIXES = lexicons.ordered(_ACTORS_FILE, "actor_suffixes")
_SPEECH_OR_THOUGHT = lexicons.words("claim_attribution", "reporting_verbs") | lexicons.words(
    "claim_attribution", "thought_verbs"
)
_ACTOR_LABELS = lexicons.words(_ACTORS_FILE, "actor_labels")
_NOT_ACTORS = lexicons.words(_ACTORS_FILE, "not_actors")
_PRONOUNS = lexicons.words(_ACTORS_FILE, "pronouns")
PERSON_NOUNS = lexicons.words(_ACTORS_FILE, "person_nouns")
# 誤って, 相次いで: verbs whose て form is an adverb (predicates.adverb_in_te_form).
ADVERBIAL_TE_VERBS = lexicons.words("claim_predicates", "adverbial_te_verbs")
PERSON_SUFFIXES = lexicons.longest_first(_ACTORS_FILE, "person_suffixes")
GOVERNED_PLACE_HEADS = lexicons.longest_first(_ACTORS_FILE, "governed_place_heads")


@dataclass(frozen=True)
class Phrase:
    text: str
    start: int
    end: int


def noun_phrase(token: Token, offset: int) -> Phrase:
    """The noun with its compound modifiers (カザフスタン軍派兵), without の-phrases or particles."""
    opening = quoted_name_start(token)
    left = opening + 1 if opening is not None else _left_edge(token)
    right = token.i
    for child in sorted(token.children, key=lambda c: c.i):
        if child.i == right + 1 and child.dep_ in {"compound", "flat", "fixed"} and child.pos_ != "ADP":
            right = child.i
    doc = token.doc
    span = doc[left : right + 1]
    return Phrase(span.text, offset + span.start_char, offset + span.end_char)


def quoted_name_start(token: Token) -> int | None:
    """Where the 「 of a name in 「」 is when ``token`` ends it (野党第1党の「未来市民連合」ォーム」は)."""
    doc = token.doc
    if token.i + 1 >= len(doc) or doc[token.i + 1].text not in QUOTE_CLOSE:
        return None
    for index in range(token.i - 1, max(-1, token.i - 12), -1):
        if doc[index].text in QUOTE_OPEN:
            return index
        if doc[index].pos_ in {"VERB", "AUX", "PUNCT"}:
            return None
    return None


def _left_edge(token: Token) -> int:
    """Where the compound that ends in ``token`` starts: its adjacent compound parts, recursively, and
    the nouns right before it that the parser hung beside it on the same head (元|社員|ら|3人: 元社員)."""
    left = token.i
    if token.dep_ == "compound":
        doc = token.doc
        while left > 0 and _flat_sibling(doc[left - 1], token):
            left -= 1
    for child in sorted(token.children, key=lambda c: -c.i):
        # A noun right before with no particle is part of the compound whatever the parser called it
        # (原告ら, タンマ|ラック・…氏).
        bound = (
            child.dep_ in {"compound", "nummod", "flat", "fixed"}
            or (child.dep_ == "nmod" and not case_of(child) and child.pos_ in {"NOUN", "PROPN", "PRON"})
            or _decimal_point(child)
        )
        if child.i == left - 1 and bound:
            left = _left_edge(child)
    return left


def _decimal_point(token: Token) -> bool:
    # バージョン1.0.6: the parser splits a version or a decimal at its points.
    before = token.nbor(-1) if token.i > 0 else None
    if token.text not in {".", "．"} or before is None:
        return False
    return before.pos_ == "NUM" and before.head == token.head


def _flat_sibling(previous: Token, token: Token) -> bool:
    return (
        previous.head == token.head
        and previous.dep_ == "compound"
        and previous.pos_ in {"NOUN", "PROPN"}
        and not _part_of_the_count(previous)
    )


def _part_of_the_count(token: Token) -> bool:
    """A counter, a prefix (計5万人, 約30人) or an approximator: part of the number, not of what it counts."""
    return _is_counter(token) or token.tag_.startswith("接頭辞") or token.lemma_ in APPROXIMATORS


def quantified(token: Token) -> Token | None:
    """隊員の38人を → 隊員 (a floated quantifier names no one); それ/これ → None."""
    if token.pos_ == "PRON" and token.text in DEMONSTRATIVES:
        return None
    if _is_count(token):
        return counted(token)
    return token


def counted(token: Token) -> Token | None:
    """What a count counts (隊員の3人 → 隊員, 警官70人以上 → 警官, 原告のうち5人 → 原告), or None."""
    owner = next((c for c in token.children if c.dep_ == "nmod" and c.i < token.i), None)
    if owner is not None and owner.lemma_ in PARTITIVES:
        # 原告のうち5人: the part is of the group the うち belongs to.
        return next((c for c in owner.children if c.dep_ == "nmod" and case_of(c) == "の"), None)
    if owner is not None and case_of(owner) == "の":
        return owner
    # 警官70人以上: the noun compounded before the number; of a compound the parser hung flat on the count
    # (元|社員|ら|3人), its last noun, which noun_phrase widens to the whole compound.
    return next(
        (
            c
            for c in sorted(token.children, key=lambda c: -c.i)
            if c.dep_ == "compound"
            and c.pos_ in {"NOUN", "PROPN"}
            and c.i < token.i
            and not _part_of_the_count(c)
        ),
        None,
    )


def _is_count(token: Token) -> bool:
    """A number with its counter (3人, 70人以上), as the head of a phrase."""
    parts = [token] + [c for c in token.children if c.dep_ in {"compound", "nummod"}]
    if token.lemma_ in APPROXIMATORS:
        return any(p.pos_ == "NUM" for p in parts)
    # The number right before its counter: 24時間運行化 is no count of 化.
    before = token.doc[token.i - 1] if token.i > 0 else None
    return _is_counter(token) and before is not None and before.pos_ == "NUM" and before in parts


def _is_counter(token: Token) -> bool:
    return "助数詞" in token.tag_ or token.tag_.startswith("接尾辞")


def phrase_end(token: Token) -> Token:
    # The last compound part of a noun phrase (武鉉 (ノ・ムヒョン) 前大統領が: the が hangs on 前大統領).
    parts = [c for c in token.children if c.dep_ == "compound" and c.i > token.i]
    return max(parts, key=lambda c: c.i) if parts else token


def inside_an_actor(token: Token) -> bool:
    """The token starts inside a span the actor recognizer found (``doc._.actor_spans``)."""
    return token.idx in _actor_characters(token.doc)


@lru_cache(maxsize=16)
def _actor_characters(doc: Doc) -> frozenset[int]:
    # The first character of every token inside an actor span (the actor_recognizer's, if it ran).
    spans = doc._.get("actor_spans") if doc.has_extension("actor_spans") else None
    return frozenset(offset for start, end, _, _ in spans or () for offset in range(start, end))


def is_actor(argument: Argument, token: Token | None) -> bool:
    """Whether a subject names an actor: a recognised entity, a pronoun, or a group noun (反対派)."""
    text = argument.text
    if text in _NOT_ACTORS or (token is not None and is_measure(token)):
        return False
    verbal_noun = token is not None and "サ変" in token.tag_
    person_head = token is not None and token.text in PERSON_NOUNS
    named = token is not None and (person_head or _ends_like_an_actor(text, token))
    if verbal_noun and not named and not inside_an_actor(token):
        # A国軍派兵: a phrase headed by a verbal noun is an event, whoever it names; but a person's
        # title can be a verbal noun too (中村監督, 代表), and so can the end of a name (北星出版).
        return False
    if argument.entity_id is not None and argument.type in _ACTOR_TYPES:
        return True
    if actor_lexicon().is_event(text):
        # 株主総会, 全国大会, 総選挙: an event, though 会 and 挙 end actors' names too (協会, 委員会).
        return False
    if argument.type == "location" and text.endswith(GOVERNED_PLACE_HEADS):
        # 東京都は…を発表した: a prefecture, a city or a state acts through its government.
        return True
    if text in _PRONOUNS:
        return True
    if token is not None and token.ent_type_ in _ACTOR_LABELS:
        return True
    if token is not None and _names_organization(token):
        return True
    if token is not None and _named_by_an_actor_noun(token):
        return True
    if person_head:
        # 男, 女性, 遺族, 作業員: common nouns for people and groups act.
        return True
    if text.endswith(ACTOR_SUFFIXES) and len(text) >= 2:
        return True
    # 清掃作業員, 警察官, 調教師, 中村署: a person or a body by its ending (not a verbal noun: 動員).
    return not verbal_noun and len(text) >= 2 and text.endswith(PERSON_SUFFIXES)


def _ends_like_an_actor(text: str, verbal_noun: Token) -> bool:
    """The phrase ends in an actor's head (…放送, …連合); not where a one-character head is the verbal
    noun's own last character (通行, 帰国, 入社, 照会: 行, 国, 社 and 会 end actors' names too)."""
    ending = max((suffix for suffix in ACTOR_SUFFIXES if text.endswith(suffix)), key=len, default=None)
    if ending is None:
        return False
    return len(ending) > 1 or not verbal_noun.text.endswith(ending) or len(verbal_noun.text) == 1


def _named_by_an_actor_noun(token: Token) -> bool:
    # 与党第1党「新しい風」, 野党の「未来市民連合」: a quoted name in apposition to a party, group ….
    opening = quoted_name_start(token)
    if opening is None:
        return False
    nouns = [
        c
        for c in token.children
        if c.i < opening
        and c.dep_ in {"nmod", "compound"}
        and c.pos_ in {"NOUN", "PROPN"}
        and case_of(c) in {"", "の"}
    ]
    return any(c.text.endswith(ACTOR_SUFFIXES) for c in nouns)


def _names_organization(token: Token) -> bool:
    # 米NBC News, ドイツARD放送: a name (固有名詞, not a place) in the compound, and a Latin or name head.
    names = [t for t in token.lefts if t.dep_ == "compound" and "固有名詞" in t.tag_ and "地名" not in t.tag_]
    proper_head = "固有名詞" in token.tag_ and "地名" not in token.tag_ and "人名" not in token.tag_
    latin_head = token.text.isascii() and token.text[:1].isupper()
    return bool(names) and (latin_head or proper_head)


def is_measure(token: Token) -> bool:
    # Times, dates, amounts and percentages are not objects (6時40分頃, 40%).
    return token.pos_ == "NUM" or token.ent_type_.startswith(("Date", "Time", "Period", "Percent", "Money"))


def is_time(token: Token) -> bool:
    """A date, a time or a span of time (3月, 6時40分頃, 3年間): when something happens, never what it
    acts on."""
    return token.ent_type_.startswith(("Date", "Time", "Period"))


def sets_a_frame(noun: Token) -> bool:
    """事件当時は, 前回は, その後は: a time, or a noun Sudachi tags 副詞可能 that is no count, set apart by
    は frames the clause: it neither acts nor is acted on."""
    return is_time(noun) or ("副詞可能" in noun.tag_ and not any(c.dep_ == "nummod" for c in noun.children))


# The case particles only a verb's argument takes (a noun's is …への, …との, …での).
_VERBAL_CASES = frozenset({"を", "に", "で", "から", "へ"})


def takes_a_verbal_argument(noun: Token) -> bool:
    """Just before the noun, a を object or a に/で/から phrase of its own: a verbal noun ending a clause
    (署に通報、…), which no noun that merely modifies a noun takes."""
    before = noun.nbor(-1) if noun.i > 0 else None
    argument = before.head if before is not None and before.dep_ == "case" else None
    return (
        argument is not None
        and argument.head.i == noun.i
        and argument.dep_ in {"obj", "obl"}
        and case_of(argument) in _VERBAL_CASES
    )


def conjuncts(token: Token) -> list[Token]:
    """The token and the nouns coordinated with it (ドネツクとルガンスク → [ドネツク, ルガンスク])."""
    found = [token]
    frontier = [token]
    while frontier:
        current = frontier.pop()
        # 「法と正義」: a と inside a quoted name does not coordinate.
        name_start = quoted_name_start(current)
        for child in current.children:
            nominal = child.dep_ in {"nmod", "conj"} and child.pos_ in {"NOUN", "PROPN"}
            if child.i >= current.i or not nominal or (name_start is not None and child.i > name_start):
                continue
            if "サ変" in child.tag_ and takes_a_verbal_argument(child):
                continue  # 署に通報、爆発物を想定し: a verbal noun's clause before the comma is no conjunct
            if case_of(child) in COORDINATORS or _comma_after(child) or _conjunction_after(child, current):
                found.append(child)
                frontier.append(child)
        for partner in _named_partners_across_no(current):
            found.append(partner)
            frontier.append(partner)
    return sorted(found, key=lambda t: t.i)


def _named_partners_across_no(token: Token) -> list[Token]:
    """山田外相と北星国の田中首相: the parser hangs the first name on the second's の-phrase; where both are
    named (a proper noun in each), they are coordinated (but 日本と中国の関係 is one thing)."""
    if not _named(token):
        return []
    owners = [c for c in token.children if c.dep_ == "nmod" and case_of(c) == "の" and c.i < token.i]
    return [
        child
        for owner in owners
        for child in owner.children
        if child.dep_ in {"nmod", "conj"}
        and child.i < owner.i
        and case_of(child) in COORDINATORS
        and _named(child)
    ]


def _named(token: Token) -> bool:
    parts = [token] + [c for c in token.children if c.dep_ == "compound"]
    return any("固有名詞" in t.tag_ for t in parts)


def _conjunction_after(child: Token, head: Token) -> bool:
    # 北星テレビおよび北星新聞: the parser hangs および (cc) on the second noun, not after the first; the
    # words between it and the second noun are that noun's compound (not …および…Bの新版: B's).
    if case_of(child):
        return False
    for c in head.children:
        if c.dep_ == "cc" and child.i < c.i < head.i and c.text in COORDINATORS:
            between = head.doc[c.i + 1 : head.i]
            return all(t.head == head and t.dep_ in {"compound", "flat"} for t in between)
    return False


def _comma_after(token: Token) -> bool:
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return following is not None and following.text == "、" and following.head.i == token.i


def main_root(sentence: Span) -> Token:
    """The root of a sentence's last piece: its main predicate, where GiNZA cut the sentence in pieces
    (spaCy's ``Span.root`` gives the first)."""
    roots = [token for token in sentence if token.dep_ == "ROOT"]
    return roots[-1] if roots else sentence.root


def cleft_focus(predicate: Token) -> Token | None:
    """…と語ったのは首相だった, …が逮捕したのは男だった: the noun a cleft sentence ends in, where the
    predicate heads its の-clause."""
    head = predicate.head
    if predicate.dep_ != "csubj" or not case_of(predicate).endswith("のは"):
        return None
    # (…逮捕されたのは男で、…: a cleft may also end in a clause that the sentence goes on from.)
    goes_on = head.dep_ in {"advcl", "conj"} and any(c.dep_ == "cop" for c in head.children)
    return head if head.dep_ == "ROOT" or goes_on else None


def dependents(predicate: Token) -> list[Token]:
    """The predicate's children, and those of the adverb of a light verb written apart (仲良く|する),
    on which the parser hangs the light verb's arguments (A国はB国と仲良くしている)."""
    children = list(predicate.children)
    stem = predicate.doc[predicate.i - 1] if predicate.i > 0 else None
    light = (
        predicate.lemma_ == "する"
        and stem is not None
        and stem.head.i == predicate.i
        and stem.dep_ == "advmod"
        and stem.pos_ == "ADV"
        and stem.text.endswith("く")
    )
    # アランドス選手に決められた: a name the parser made a verb takes the verb's arguments before it.
    stranded = [t for c in children if _name_made_a_verb(c, predicate) for t in c.children if t.dep_ == "obj"]
    return children + list(stem.children) + stranded if light else children + stranded


def _name_made_a_verb(token: Token, predicate: Token) -> bool:
    return token.dep_ == "advcl" and token.pos_ == "VERB" and token.i < predicate.i and inside_an_actor(token)


def own_subject(predicate: Token) -> Token | None:
    """The nearest が/は/も NP before the predicate that depends on it (no は in a relative clause)."""
    cases = SUBJECT_CASES - TOPIC_CASES | {"も"} if predicate.dep_ == "acl" else SUBJECT_CASES
    candidates = [
        c
        for c in dependents(predicate)
        if c.i < predicate.i
        and c.pos_ in {"NOUN", "PROPN", "PRON"}
        and (
            c.dep_ in SUBJECT_DEPS
            and case_of(c) in cases
            or c.dep_ == "obl"
            and case_of(c) in FOCUS_CASES & cases | {"が"}  # 南山市などが: a list particle makes it obl
        )
    ]
    candidates += _ga_subjects_hung_on_an_argument(predicate) + _ga_subjects_hung_on_an_adverb(predicate)
    # 日本では…: a では-phrase frames the clause (where, in whose domain); it is the subject only where it
    # names an organization (subjects.institution_as_frame).
    candidates = [c for c in candidates if case_of(c) != "では"]
    # 関与さえしなかった: a verbal noun with a focus particle on a bare する is its stem, not its subject.
    candidates = [
        c for c in candidates if not (predicate.lemma_ == "する" and c.dep_ == "obl" and "サ変" in c.tag_)
    ]
    # A topic outside 「」 cannot belong to a predicate inside them (a parse error): 原告らは「…死ね…」と.
    inside = inside_quote(predicate)
    candidates = [c for c in candidates if not inside or inside_quote(c) or case_of(c) not in TOPIC_CASES]
    return max(candidates, key=lambda c: c.i) if candidates else None


# The particles of a verb's argument on which the parser may hang the verb's が-subject; not で, which
# is also the copula of a nominal predicate the が-phrase does belong to (出場が300試合で、…).
_ARGUMENT_CASES = frozenset({"を", "に", "にも", "から", "へ", "まで"})


def _ga_subjects_hung_on_an_argument(predicate: Token) -> list[Token]:
    """北星号が4月に岩石を削った, 赤字が12億円にも上った: the parser hangs the が-phrase on the verb's next
    argument, a noun no が-subject belongs to; not where a verb of its own stands between them
    (北星放送が放送した番組に出演した: the が-phrase is that verb's)."""
    found = []
    for argument in predicate.children:
        nominal = argument.pos_ in {"NOUN", "PROPN", "NUM"}
        if argument.i > predicate.i or argument.dep_ not in {"obl", "obj"} or not nominal:
            continue
        if case_of(argument) not in _ARGUMENT_CASES or any(c.dep_ == "cop" for c in argument.children):
            continue
        for subject in argument.children:
            between = argument.doc[subject.i + 1 : argument.i]
            if (
                subject.dep_ == "nsubj"
                and subject.i < argument.i
                and case_of(subject) == "が"
                and not any(t.pos_ in {"VERB", "ADJ", "AUX"} for t in between)
            ):
                found.append(subject)
    return found


def _ga_subjects_hung_on_an_adverb(predicate: Token) -> list[Token]:
    """前橋区検が誤って…略式起訴し: the parser hangs the が-phrase on the adverb 誤って, which has none."""
    return [
        subject
        for adverb in predicate.children
        if adverb.dep_ == "advcl" and adverb.i < predicate.i and adverb.lemma_ in ADVERBIAL_TE_VERBS
        for subject in adverb.children
        if subject.dep_ == "nsubj" and case_of(subject) == "が"
    ]


def genitive_subject(predicate: Token) -> Token | None:
    """The の-phrase a relative clause's verb takes for its subject (首相の掲げる政策), or the bare noun
    right before it, its particle left out (山田首相率いる北星党), if any."""
    if predicate.dep_ != "acl" or not _right_before_its_head(predicate):
        return None
    before = [c for c in predicate.children if c.dep_ == "nmod" and c.i < predicate.i]
    genitive = next((c for c in before if case_of(c) == "の"), None)
    return genitive if genitive is not None else _bare_subject(predicate)


def _bare_subject(predicate: Token) -> Token | None:
    # No time (昨年来日した歌手), count or adverbial noun (今回発表した…) is a subject.
    bare = next(
        (
            c
            for c in predicate.children
            if c.i == predicate.i - 1
            and c.dep_ in {"obl", "nsubj", "nmod", "compound"}
            and c.pos_ in {"NOUN", "PROPN"}
            and not case_of(c)
        ),
        None,
    )
    if bare is None or is_measure(bare) or "副詞可能" in bare.tag_ or "助数詞" in bare.tag_:
        return None
    # Before a verbal noun, a noun compounded on is part of the word (国会招致する).
    return None if bare.dep_ == "compound" and not predicate.tag_.startswith("動詞") else bare


def _right_before_its_head(predicate: Token) -> bool:
    # A relative clause's verb stands right before the noun it modifies (掲げる政策); a て-form the parser
    # calls a relative clause (ロシアの味方して、…もん) does not, and its の-phrase is its object.
    group = [t for c in predicate.children if c.dep_ in {"aux", "fixed", "mark"} for t in c.subtree]
    end = max([predicate.i] + [t.i for t in group if t.i > predicate.i])
    head = predicate.head
    after = predicate.doc[end + 1] if end + 1 < len(predicate.doc) else None
    # (…の展開している他の店: what follows may be a modifier of the noun, but it is in the noun's phrase.)
    if after is None or after.pos_ == "PUNCT":
        return False
    return after == head or (head.is_ancestor(after) and not predicate.is_ancestor(after))


def subject_before(predicate: Token, limit: int) -> Token | None:
    candidates = [
        c
        for c in predicate.children
        if c.dep_ in SUBJECT_DEPS
        and c.i < limit
        and case_of(c) in SUBJECT_CASES
        and c.pos_ in {"NOUN", "PROPN", "PRON"}
    ]
    return max(candidates, key=lambda c: c.i) if candidates else None


def floating_subjects(predicate: Token) -> list[Token]:
    """が-NPs the parser hung on a noun argument of the predicate instead of on the predicate."""
    found: list[Token] = []
    frontier = [
        c
        for c in predicate.children
        if c.i < predicate.i and c.pos_ in {"NOUN", "PROPN", "NUM"} and c.dep_ in {"obj", "obl", "nmod"}
    ]
    while frontier:
        noun = frontier.pop()
        for child in noun.children:
            if child.i > noun.i or child.pos_ not in {"NOUN", "PROPN", "NUM"}:
                continue
            if child.dep_ == "nsubj" and case_of(child) == "が":
                found.append(child)
            elif child.dep_ in {"nmod", "obl"}:
                frontier.append(child)
    return sorted(found, key=lambda t: t.i)


def displaced_topic(complement: Token) -> Token | None:
    """A focus NP (は, ですら) before the complement's own が-subject belongs to the verb above it."""
    subject = own_subject(complement)
    if subject is None or case_of(subject) != "が":
        return None
    return next(
        (
            c
            for c in complement.children
            if c.i < subject.i
            and c.dep_ in SUBJECT_DEPS | {"obl"}
            and case_of(c) in FOCUS_CASES
            and c.pos_ in {"NOUN", "PROPN", "PRON"}
        ),
        None,
    )


def speaker_before_quote(complement: Token) -> Token | None:
    """The subject phrase before the 「 a complement opens with; of several, the first: in
    通信社は、政府は「…」と明言し、…と伝えた the speaker of the outer verb comes before the quoted one."""
    subtree = list(complement.subtree)
    opening = next((t for t in subtree if t.text in QUOTE_OPEN), None)
    if opening is None:
        return None
    candidates = [
        t
        for t in subtree
        if t.i < opening.i
        and t.dep_ in SUBJECT_DEPS
        and case_of(t) in SUBJECT_CASES
        and t.pos_ in {"NOUN", "PROPN", "PRON"}
        and not inside_quote(t)
        and not _speaker_of_another_quotation(t, complement)
    ]
    return whose_words(candidates[0]) if candidates else None


def _speaker_of_another_quotation(subject: Token, complement: Token) -> bool:
    # 報道官が「…」と発言した事に対し、「…」とした: 報道官 said the first quotation, not the second.
    # The parser may hang the speaker on a verb inside the quotation he says: 報道官が「…考えており、
    # …」と発言した.
    verb = subject.head
    if verb.i in {complement.i, complement.head.i}:
        return False
    if inside_quote(verb):
        return opening_quote(verb) != opening_quote(complement)
    return any(is_complement(c) for c in verb.children if c.i < verb.i)


def topic_of_earlier_sibling(clause: Token) -> Token | None:
    siblings = [
        c
        for c in clause.head.children
        if c.dep_ in CLAUSE_DEPS
        and c.i < clause.i
        and c.pos_ in {"VERB", "ADJ"}
        and 0 < subtree_start(clause) - max(t.i for t in c.subtree) <= 2
    ]
    for sibling in siblings:
        topic = own_subject(sibling)
        if topic is not None and case_of(topic) in TOPIC_CASES:
            return topic
    return None


def is_complement(token: Token) -> bool:
    """The clause is the と-complement of the verb it depends on (…と報じた, 「…」と述べた)."""
    if token.pos_ not in {"VERB", "ADJ", "NOUN", "AUX"}:
        return False
    if ends_in_conditional_to(token):
        return False
    # The clause ends in と (…行っている。」と: the て of ている comes first).
    particles = [c.text for c in _closing_particles(token)]
    ending = {particles[-1], "".join(particles[-2:])} if particles else set()
    return token.dep_ == "ccomp" or bool(ending & COMPLEMENT_CASES)


def ends_in_conditional_to(clause: Token) -> bool:
    """駅に着くと、…電話をかけた: the clause ends in the と of a condition or a sequence, not the
    quotative と of a report (…行うと市が発表した)."""
    particles = _closing_particles(clause)
    if not particles or particles[-1].text != "と" or _reports(clause.head):
        return False
    # Sudachi tags the conditional と a conjunctive particle (接続助詞) and the parser hangs it as a mark;
    # the quotative と is a case particle, or a case the parser hangs so after …は無い.
    to = particles[-1]
    return to.dep_ == "mark" and to.tag_.startswith("助詞-接続助詞")


def _closing_particles(clause: Token) -> list[Token]:
    return [c for c in clause.children if c.dep_ in {"case", "mark"} and c.i > clause.i]


def _reports(verb: Token) -> bool:
    # 述べる; 発表(する); 明らか(にする)
    return any(verb.lemma_ + ending in _SPEECH_OR_THOUGHT for ending in ("", "する", "にする"))


def relative_clause_of(predicate: Token) -> Token | None:
    """The verb of the relative clause the predicate ends or is joined into (逮捕しパトカーに乗せた男:
    乗せた for 逮捕し), or None."""
    clause = predicate
    while clause.dep_ in CLAUSE_DEPS and clause.head.i != clause.i:
        clause = clause.head
    return clause if clause.dep_ == "acl" else None


def subtree_start(token: Token) -> int:
    return min(t.i for t in token.subtree)


def direct_object(predicate: Token) -> Token | None:
    """The を-NP nearest the predicate, leaving out を通じて/をめぐって phrases (means and topics)."""
    objects = [c for c in dependents(predicate) if c.dep_ == "obj" and c.i < predicate.i and not _via(c)]
    return max(objects, key=lambda c: c.i) if objects else None


def _via(noun: Token) -> bool:
    # ウェブサイトを通じて声明を発表した: を followed by a grammaticalised verb.
    doc = noun.doc
    after = [t for t in doc[noun.i + 1 : noun.i + 4] if t.dep_ != "punct"]
    texts = [t.text for t in after]
    return len(texts) >= 2 and texts[0] == "を" and texts[1] in VERBS_AFTER_WO


def child_with(token: Token, deps: frozenset[str], cases: frozenset[str] | None) -> Token | None:
    for child in token.children:
        if child.dep_ in deps and child.i < token.i and (cases is None or case_of(child) in cases):
            return child
    return None


def according_to(sentence: Span) -> Token | None:
    """The outlet or person in …によると / …によれば / …に拠れば."""
    for token in sentence:
        if token.lemma_ in ACCORDING_TO_VERBS and token.i > 0 and token.nbor(-1).text == "に":
            after = token.nbor(1) if token.i + 1 < len(token.doc) else None
            if token.text in ACCORDING_TO_CONDITIONALS or (after is not None and after.text == "と"):
                noun = token.nbor(-1).head
                if noun.pos_ in {"NOUN", "PROPN", "PRON"}:
                    return noun
    return None
