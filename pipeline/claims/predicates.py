"""Which tokens are predicates, and their dictionary-form lemma.

Verbs, サ変 nouns (GiNZA tags 拒否 in 拒否した as VERB), light verbs written
apart (仲良くする, 無効とする, 明らかにする), headline-style verbal nouns
(…の解散を発表。) and event nouns whose clause says whether they happen
(関与は無い). Grammaticalised verbs (によると, について, ている) are not.
"""

from __future__ import annotations

from spacy.tokens import Token

from .. import lexicons
from ..actors.tokens import is_plain_kanji
from ..rules import RuleList
from .arguments import (
    ADVERBIAL_TE_VERBS,
    direct_object,
    inside_an_actor,
    is_time,
    own_subject,
    takes_a_verbal_argument,
)
from .particles import COMMAS, QUOTATIVE_PARTICLES, case_of

_FILE = "claim_predicates"
NOT_PREDICATES = lexicons.words(_FILE, "not_predicates")
ARGUMENT_VERBS = lexicons.words(_FILE, "argument_verbs")
_EXISTENCE_PREDICATES = lexicons.words(_FILE, "existence_predicates")
_FOCUS_PARTICLES = lexicons.words(_FILE, "focus_particles")
_TIME_SUFFIXES = lexicons.words(_FILE, "time_suffixes")
POSTPOSITION_VERBS = lexicons.words(_FILE, "postposition_verbs")
TIME_MARKING_VERBS = lexicons.words(_FILE, "time_marking_verbs")
SUMMING_VERBS = lexicons.words(_FILE, "summing_verbs")
ATTRIBUTIVE_POSTPOSITIONS = lexicons.words(_FILE, "attributive_postposition_verbs")
ATTRIBUTIVE_WO_POSTPOSITIONS = lexicons.words(_FILE, "attributive_wo_postposition_verbs")
# What a conjunctive adverb (併せて, 加えて) has not: arguments of its own.
_ARGUMENT_DEPS = frozenset({"nsubj", "obj", "iobj", "obl", "csubj", "ccomp"})
QUOTATIVE_VERBS = lexicons.words(_FILE, "quotative_verbs")
_FORMAL_STEMS = (
    lexicons.words(_FILE, "formal_objects")
    | lexicons.words(_FILE, "stance_nouns")
    | lexicons.words(_FILE, "postposition_stems")
)
_DEMONSTRATIVE_ADVERBS = frozenset({"こう", "そう", "ああ", "どう"})
_FOCUSED_STEM_VERBS = frozenset({"する", "できる", "出来る"})
_INCLUSION_VERBS = lexicons.words(_FILE, "inclusion_verbs")
_LIMIT_VERBS = lexicons.words(_FILE, "limit_verbs")
CAUSATIVES = lexicons.words(_FILE, "causative_auxiliaries")
PASSIVES = lexicons.words(_FILE, "passive_auxiliaries")
STATIVE_VERBS = lexicons.words(_FILE, "stative_verbs")
# できる-type verbs, whose が-NP is what can be done (準備が出来た), and formal nouns (…ことを決めた).
CAN_VERBS = lexicons.words(_FILE, "can_verbs")
_ATTRIBUTIVE_STATE_VERBS = lexicons.words(_FILE, "attributive_state_verbs")
FORMAL_OBJECTS = lexicons.words(_FILE, "formal_objects")
# What a headline-style verbal noun takes as its own: an object, a subject, a に/と/で phrase.
_HEADLINE_ARGUMENT_DEPS = frozenset({"obj", "nsubj", "obl", "iobj"})


def is_predicate(token: Token) -> bool:
    """A verb or verbal noun that can carry a claim (not an auxiliary or grammaticalised verb)."""
    if token.dep_ in {"aux", "fixed", "cop", "mark", "case"}:
        return False
    if token.pos_ == "VERB":
        return not any(rule(token) for rule in NOT_A_PREDICATE)
    # Headline style: a verbal noun ending the sentence with an argument of its own (…の解散を発表。;
    # 同氏は会長に就任。; 決勝でA国と対戦。), not a bare noun phrase (首相の辞任。).
    # (Sudachi tags もの サ変可能, for 物する: …というもの。 ends a definition.)
    if token.pos_ != "NOUN" or "サ変" not in token.tag_ or token.lemma_ in _FORMAL_STEMS:
        return False
    if names_an_actor(token):
        return False
    if token.dep_ == "ROOT":
        return _ends_its_phrase(token) and _has_an_argument(token)
    return suspended_verbal_noun(token)


def _has_an_argument(noun: Token) -> bool:
    return any(c.dep_ in _HEADLINE_ARGUMENT_DEPS and c.i < noun.i for c in noun.children)


def suspended_verbal_noun(token: Token) -> bool:
    """A verbal noun that ends a clause at a comma, with an argument of its own, the clause hung on a
    later verb: 警備員は署に通報、不審物を確認した; 同社は新工場を建設、来年から稼働させる."""
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if after is None or after.text not in COMMAS or after.head.i != token.i or token.head.i < token.i:
        return False
    if case_of(token):
        return False
    # A を object or a に/で/から phrase of its own tells a clause: a noun in a list (彫刻、絵画、…) has
    # none. The parser hangs the clause on the verb, or on the next noun (署に通報、爆発物を…).
    if token.dep_ in {"advcl", "obl", "conj"} and token.head.pos_ != "VERB":
        return False
    return token.dep_ in {"advcl", "obl", "conj", "nmod"} and takes_a_verbal_argument(token)


def _ends_its_phrase(token: Token) -> bool:
    # …を発表。, …に就任、: a mark or the end of the text follows; a noun run on (週間ランキング最高順位)
    # makes the verbal noun part of a longer noun phrase the parser cut in two.
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return after is None or after.pos_ in {"PUNCT", "SYM", "ADP", "AUX", "SCONJ"}


# -- verbs (by GiNZA's part of speech) that carry no claim: (token) -> bool --------------------------


def adjective(token: Token) -> bool:
    """つらかった: an adjective states a feeling or a state, not an action (GUIDELINES.md §1)."""
    return token.tag_.startswith("形容詞")


def first_part_of_a_compound(token: Token) -> bool:
    """在宅|起訴する: the first part of a compound verbal noun is no predicate of its own."""
    return token.dep_ == "compound" and token.head.i == token.i + 1 and "サ変" in token.head.tag_


def under_a_time_suffix(token: Token) -> bool:
    """会談後に行う: a verbal noun under a time suffix dates the clause, it is no claim."""
    return token.dep_ == "compound" and token.head.i == token.i + 1 and is_time_suffix(token.head)


def imperative(token: Token) -> bool:
    """死ね, 退陣しろ: imperatives order, they do not state (GUIDELINES.md §1); a verbal noun's is on its
    する."""
    if "命令形" in str(token.morph):
        return True
    return any(c.dep_ == "aux" and c.lemma_ == "する" and "命令形" in str(c.morph) for c in token.children)


def part_of_a_name(token: Token) -> bool:
    """アランドス選手, 香田監督: a name the parser took for a verb is inside an actor span."""
    return inside_an_actor(token)


def names_an_actor(token: Token) -> bool:
    """The token is a name: a proper noun to GiNZA (PROPN) or to Sudachi (固有名詞), or inside a span
    the actor recognizer found; a name never forms a …する predicate."""
    return token.pos_ == "PROPN" or "固有名詞" in token.tag_ or inside_an_actor(token)


def no_word(token: Token) -> bool:
    """ヶ: one character the parser took for a verb; a kana reading of a name in brackets
    (田中一郎（たなか・いちろう）)."""
    if len(token.lemma_) < 2:
        return True
    return _in_a_reading(token)


def quoted_word(token: Token) -> bool:
    """「殺す」を「投す」とした: a word in quotes that stands alone is named, not used."""
    doc = token.doc
    start, end = token.i - 1, token.i + 1
    while end < len(doc) and doc[end].dep_ == "aux" and doc[end].head.i == token.i:
        end += 1
    if start < 0 or end + 1 >= len(doc) or doc[start].text != "「" or doc[end].text != "」":
        return False
    return doc[end + 1].pos_ == "ADP"


def noun_that_takes_no_suru(token: Token) -> bool:
    """移動中で, 香田氏: a noun the parser made a verb is a predicate only where a する follows it
    (続投する), or where the dictionary lists it as a verbal noun."""
    if not token.tag_.startswith("名詞") or "サ変" in token.tag_:
        return False
    return not any(c.dep_ == "aux" and c.lemma_ == "する" and c.i == token.i + 1 for c in token.children)


def quotative_iu(token: Token) -> bool:
    """…という, …といった: quotative いう frames content, it is no claim (GUIDELINES.md §1); 言う in
    kanji with a speaker of its own (首相は…と言った) is one."""
    if token.lemma_ not in QUOTATIVE_VERBS or token.i == 0 or token.nbor(-1).text not in QUOTATIVE_PARTICLES:
        return False
    kana = not token.text.startswith("言")
    return kana or token.dep_ in {"acl", "fixed"} or own_subject(token) is None


def demonstrative_iu(token: Token) -> bool:
    """こういう状況, そういう事実: いう after こう/そう/ああ/どう before a noun means "such", it says nothing
    (そう言った, with its own tense, does)."""
    return (
        token.lemma_ in QUOTATIVE_VERBS
        and token.i > 0
        and token.nbor(-1).text in _DEMONSTRATIVE_ADVERBS
        and token.i + 1 < len(token.doc)
        and token.nbor(1).pos_ in {"NOUN", "PROPN", "PRON"}
    )


def inclusion(token: Token) -> bool:
    """子供3人を含む25人, 社員を含めた30人, 昨年を含めると: 含む/含める before a noun or a conditional と
    says what a number or a set includes, it reports no act (売上高に含めた, with its own に, does)."""
    if token.lemma_ not in _INCLUSION_VERBS:
        return False
    conditional = any(c.dep_ == "mark" and c.text == "と" for c in token.children)
    if token.dep_ != "acl" and not conditional:
        return False
    cases = [case_of(c) for c in token.children if c.dep_ in {"obj", "obl", "nsubj"}]
    return "を" in cases and not any(case in {"が", "に"} for case in cases)


def limit_of_an_act(token: Token) -> bool:
    """話すにとどまった, 3人を雇うにとどまる: とどまる after a verb and に says the act went no further,
    it is no act of its own (イギリスにとどまった, after a noun, is one)."""
    return token.lemma_ in _LIMIT_VERBS and any(
        case_of(c) == "に" and c.tag_.startswith("動詞") for c in token.children if c.i < token.i
    )


def span_of_time(token: Token) -> bool:
    """5月から7月にかけて, 3月31日付を持って, 1月に入ってから: a verb that after a time, and with no other
    argument, only marks a time (a compound postposition), no act; 声をかけた, 5月に東京に入った are acts."""
    if token.lemma_ not in TIME_MARKING_VERBS or any(c.dep_ == "aux" for c in token.children):
        return False
    marked = [c for c in token.children if c.i < token.i and _plain_case(c) in {"に", "を"}]
    return bool(marked) and all(_a_time(c) for c in marked)


def _a_time(noun: Token) -> bool:
    # 3月31日付: the date the suffix is glued to counts.
    return is_time(noun) or any(c.dep_ == "compound" and is_time(c) for c in noun.children)


def _plain_case(noun: Token) -> str:
    # The particles after a noun that make no compound postposition (に, not the に of によると).
    particles = [c for c in noun.children if c.dep_ == "case" and c.i > noun.i]
    return "" if any(next(p.children, None) is not None for p in particles) else case_of(noun)


def in_all(token: Token) -> bool:
    """合わせて300人を雇う, 第4報までに合わせて150回: 合わせて with no object of its own sums up, an
    adverb; 日程を合わせた is an act."""
    if token.lemma_ not in SUMMING_VERBS or any(c.dep_ == "aux" for c in token.children):
        return False
    return "連用形" in str(token.morph) and direct_object(token) is None


def compound_postposition(token: Token) -> bool:
    """会談に先立ち, 監督を含めて, 経費も含めて, 予算をめぐって: a verb that makes a postposition with に/を;
    併せて, 加えて with no argument at all: a conjunctive adverb; これに先立つ10日, 法に基づく措置: an
    attributive compound postposition (予算をめぐる対立, with を)."""
    if token.lemma_ not in POSTPOSITION_VERBS:
        return False
    if any(c.dep_ == "aux" for c in token.children):
        return False  # 交渉に応じた, 報告書に含めない: the verb itself, with its own tense or negation
    before = [case_of(c) for c in token.children if c.i < token.i]
    if "連用形" in str(token.morph):
        if not any(c.dep_ in _ARGUMENT_DEPS for c in token.children):
            return True
        return any(case in {"に", "を", "も"} for case in before)
    if token.dep_ != "acl":
        return False
    return (token.lemma_ in ATTRIBUTIVE_POSTPOSITIONS and "に" in before) or (
        token.lemma_ in ATTRIBUTIVE_WO_POSTPOSITIONS and "を" in before
    )


def adverb_in_te_form(token: Token) -> bool:
    """署が誤って別人を逮捕した, 両社が相次いで撤退した: 誤って, 相次いで with no argument of their own
    say how the next verb's act was done, no act; 計算を誤った is one."""
    if token.lemma_ not in ADVERBIAL_TE_VERBS or token.i + 1 >= len(token.doc):
        return False
    te_form = token.nbor(1).text in {"て", "で"} and not any(c.dep_ == "aux" for c in token.children)
    # (The parser may hang the next verb's が-subject on the adverb: arguments.own_subject lifts it.)
    return te_form and not any(c.dep_ in _ARGUMENT_DEPS - {"nsubj"} for c in token.children)


def attributive_state(token: Token) -> bool:
    """武装した男たちが…誘拐した, 混雑した駅で: such a verb's た form before its noun, with no argument of its
    own, says what state the noun is in, no act (反政府勢力が武装した, with its subject, is one)."""
    if predicate_lemma(token) not in _ATTRIBUTIVE_STATE_VERBS or token.dep_ != "acl":
        return False
    past = any(c.dep_ == "aux" and c.lemma_ == "た" for c in token.children)
    return past and not any(c.dep_ in _ARGUMENT_DEPS for c in token.children)


def coming_into_being(token: Token) -> bool:
    """新しい橋ができた, 駅前にビルが出来る: できる with a thing as its が-NP says that thing came to be, an
    event with no actor; with an act as its が-NP (準備ができた, 確認ができない) it is a potential, kept."""
    if token.lemma_ not in CAN_VERBS:
        return False
    return any(
        c.dep_ == "nsubj"
        and case_of(c) == "が"
        and c.pos_ in {"NOUN", "PROPN"}
        and c.lemma_ not in FORMAL_OBJECTS
        and not names_an_act(c)
        for c in token.children
    )


def existence_of_an_event(token: Token) -> bool:
    """首相の拘束は無くなった: the ある/ない of an event noun says whether the event happens; the claim is
    the event noun's (kinds.event_noun), not the verb's."""
    return token.lemma_ in _EXISTENCE_PREDICATES and any(
        c.dep_ == "nsubj" and "サ変" in c.tag_ for c in token.children
    )


def grammatical_or_stative(token: Token) -> bool:
    """ある, なる, よる, みる …: auxiliaries and grammaticalised verbs; 似る, 分かる: states. A bare する
    with a verbal noun as its object (記者会見をした) is that noun's light verb, and a みる not after て
    (…とみている) a verb of its own: predicates."""
    if token.lemma_ == "する" and any(c.dep_ == "obj" and names_an_act(c) for c in token.children):
        return False
    if token.lemma_ in {"みる", "いく"} and token.i > 0 and token.nbor(-1).text not in {"て", "で"}:
        return False  # 犯行とみて捜査する, 救助にいった: verbs of their own, not してみる's or 増えていく's
    lemma = predicate_lemma(token)
    if lemma in STATIVE_VERBS:
        return True
    return lemma in NOT_PREDICATES and lemma not in ARGUMENT_VERBS


NOT_A_PREDICATE = RuleList(
    "claims.not_predicate",
    (
        adjective,
        first_part_of_a_compound,
        under_a_time_suffix,
        imperative,
        no_word,
        quoted_word,
        part_of_a_name,
        noun_that_takes_no_suru,
        quotative_iu,
        demonstrative_iu,
        inclusion,
        limit_of_an_act,
        span_of_time,
        in_all,
        adverb_in_te_form,
        attributive_state,
        coming_into_being,
        compound_postposition,
        existence_of_an_event,
        grammatical_or_stative,
    ),
)


def names_an_act(noun: Token) -> bool:
    """A noun that names an act: a サ変 noun (会見), or a verb's stem made a noun (書き込み, 申し入れ,
    取り決め: kanji, then the stem's last kana), which する makes a verb again (書き込みをした)."""
    if "サ変" in noun.tag_:
        return True
    text = noun.text
    # (辛い思いをした, 不快な思いをさせた: a stem noun an adjective describes is what was felt, no act.)
    described = any(c.dep_ in {"acl", "amod"} and c.pos_ == "ADJ" for c in noun.children)
    return (
        noun.pos_ == "NOUN"
        and len(text) >= 2
        and text[-1] in _STEM_ENDINGS
        and any(is_plain_kanji(c) for c in text[:-1])
        and not described
    )


# The last kana of a verb's 連用形 (godan: 書き込み, 取り消し, 話し合い; ichidan: 申し入れ, 取り決め).
_STEM_ENDINGS = frozenset("いきぎしちにびみりえけげせてねべめれ")


def _in_a_reading(token: Token) -> bool:
    # Kana between brackets, the reading of the name before it: （ふくだ・きゅうえもん）.
    doc = token.doc
    left = token.i
    while left > 0 and doc[left - 1].text not in "（(）)" and doc[left - 1].i > token.i - 12:
        left -= 1
    right = token.i
    while right + 1 < len(doc) and doc[right + 1].text not in "（(）)" and right < token.i + 12:
        right += 1
    opened = left > 0 and doc[left - 1].text in "（("
    closed = right + 1 < len(doc) and doc[right + 1].text in "）)"
    inside = doc[left : right + 1].text
    return opened and closed and all("\u3040" <= c <= "\u30ff" or c in "・、 " for c in inside)


def is_time_suffix(token: Token) -> bool:
    """後, 前, 以降 … as a suffix (会談後, 総会前): the noun before it becomes a point in time."""
    return token.tag_.startswith("接尾辞") and token.lemma_ in _TIME_SUFFIXES


def is_event_noun_predicate(token: Token) -> bool:
    """An event noun whose clause predicate says whether it happens (ベラルーシの関与は無い)."""
    return (
        token.pos_ == "NOUN"
        and "サ変" in token.tag_
        and token.dep_ == "nsubj"
        and token.head.lemma_ in _EXISTENCE_PREDICATES
    )


def predicate_lemma(token: Token) -> str:
    """GiNZA's lemma, with する added to a verbal noun (拒否 → 拒否する) and causatives kept (言わせる)."""
    lemma = token.lemma_
    if "サ変" in token.tag_ and token.pos_ in {"VERB", "NOUN"}:
        lemma += "する"
    elif token.pos_ == "VERB" and token.tag_.startswith("名詞"):
        # 続投する: a noun that the parser made a verb takes する like a verbal noun.
        lemma += "する"
    elif lemma in _FOCUSED_STEM_VERBS and _focused_stem(token) is not None:
        # 暗殺まではしない, 確認はできない: a verbal noun set apart from its する (or できる, its potential)
        # by focus particles is the predicate.
        return _focused_stem(token).lemma_ + "する"
    elif lemma == "する" and token.i > 0 and _light_verb_stem(token.nbor(-1), token):
        # 仲良くする written apart: the adverb is the predicate.
        return token.nbor(-1).text + "する"
    elif lemma == "する" and token.i > 1 and _to_suru_stem(token.nbor(-2), token):
        # 無効とする / 明らかにする / ハブ空港にする: the noun before と/に, with the nouns compounded with
        # it, is the predicate (not the quotative とする).
        stem = token.nbor(-2)
        return _compound_text(stem) + token.nbor(-1).text + "する"
    causative = next((c for c in token.children if c.dep_ == "aux" and c.lemma_ in CAUSATIVES), None)
    if causative is not None and token.pos_ == "VERB" and "サ変" not in token.tag_:
        return token.text + causative.lemma_
    return lemma


def _focused_stem(verb: Token) -> Token | None:
    if verb.pos_ != "VERB" or verb.dep_ in {"aux", "fixed"}:
        return None
    start = verb.i
    while start > 0 and verb.doc[start - 1].text in _FOCUS_PARTICLES and verb.doc[start - 1].pos_ == "ADP":
        start -= 1
    if start == verb.i or start == 0:
        return None
    stem = verb.doc[start - 1]
    if stem.head.i == verb.i and stem.pos_ in {"NOUN", "VERB"} and "サ変" in stem.tag_ and stem.dep_ != "obj":
        return stem
    return None


def _compound_text(noun: Token) -> str:
    return noun.doc[_compound_start(noun) : noun.i + 1].text


def _compound_start(noun: Token) -> int:
    start = noun.i
    while (
        start > 0 and noun.doc[start - 1].dep_ == "compound" and noun.doc[start - 1].head.i in (noun.i, start)
    ):
        start -= 1
    return start


def _to_suru_stem(stem: Token, verb: Token) -> bool:
    # 無効とする, 明らかにする, 休講とする, 失格にする: a noun or an adjectival noun, and と/に (not a
    # formal noun: …ことにする decides, and the claim is the clause's; not a name: 騎手を山田騎手とする).
    return (
        stem.head.i == verb.i
        and (stem.pos_ == "NOUN" or (stem.pos_ == "ADJ" and "形状詞" in stem.tag_))
        and stem.lemma_ not in _FORMAL_STEMS
        and not _an_amount(stem)
        and stem.nbor(1).text in {"と", "に"}
        and stem.nbor(1).dep_ in {"case", "cop", "aux"}
        and not _a_name(stem)
    )


def _an_amount(stem: Token) -> bool:
    # 期限を2日とする, 定員を30人とする: a number sets a value, it is no light verb's stem.
    return "助数詞" in stem.tag_ or any(c.dep_ == "nummod" for c in stem.children)


def _a_name(stem: Token) -> bool:
    # 山田騎手, 羽田空港: the stem, or (unless it is a verbal noun: 全学部休講とする) a noun compounded
    # with it, is a name. Sudachi's 固有名詞 alone does not make a name of a compound's first part: it
    # tags common words so (ハブ空港).
    if names_an_actor(stem):
        return True
    parts = stem.doc[_compound_start(stem) : stem.i]
    return "サ変" not in stem.tag_ and any(part.pos_ == "PROPN" or inside_an_actor(part) for part in parts)


def _light_verb_stem(stem: Token, verb: Token) -> bool:
    return stem.head.i == verb.i and stem.dep_ == "advmod" and stem.text.endswith("く") and stem.pos_ == "ADV"


def is_passive(predicate: Token) -> bool:
    return any(
        c.dep_ == "aux" and c.lemma_ in PASSIVES and c.i > predicate.i and not _potential(predicate)
        for c in predicate.children
    )


def _potential(predicate: Token) -> bool:
    # 得られる / 出来る-type readings: られる after a negation-taking potential is not passive.
    return predicate.lemma_ in {"得る", "できる"}


def predicate_surface(predicate: Token) -> str:
    end = predicate.i
    doc = predicate.doc
    while end + 1 < len(doc) and doc[end + 1].dep_ in {"aux", "fixed"} and doc[end + 1].head.i == predicate.i:
        end += 1
    return doc[predicate.i : end + 1].text
