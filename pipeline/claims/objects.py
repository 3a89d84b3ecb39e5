"""What or whom the action is on: a predicate's object, found by an ordered list of small rules.

Takes a predicate token and its ``SentenceContext``; gives one Argument per
coordinated object, or ``[None]`` where the predicate has none
(GUIDELINES.md §4: places, times, means and clausal objects are no objects).
"""

from __future__ import annotations

from spacy.tokens import Token

from .. import lexicons
from ..records import Argument
from ..rules import RuleList
from .arguments import (
    according_to,
    child_with,
    cleft_focus,
    conjuncts,
    dependents,
    direct_object,
    genitive_subject,
    is_actor,
    is_measure,
    is_time,
    own_subject,
    sets_a_frame,
)
from .charges import suspects_on_the_charge
from .context import SentenceContext
from .gaps import head_acted_on_by_meaning, object_gap, outer_head
from .particles import LINKING_CASES, SUBJECT_DEPS, TARGET_CASES, TOPIC_CASES, case_of
from .predicates import CAN_VERBS, FORMAL_OBJECTS, is_time_suffix, predicate_lemma

_FILE = "claim_predicates"
_MANNER_NOUNS = lexicons.words(_FILE, "manner_nouns")
TARGETED_VERBS = lexicons.words(_FILE, "targeted_verbs")

Objects = list[Argument | None]


def wo_object(predicate: Token, ctx: SentenceContext) -> Objects | None:
    """The を-NP (制裁を科した), each coordinated one; a floated quantifier names what it counts, and
    an amount, a score or a version is what it is (500万円を支払った, 版2.0を公開した), but a time is
    no object."""
    obj = direct_object(predicate)
    if obj is not None and obj.pos_ != "PRON":
        # 3人を逮捕した, 600万ドルを提供した: a count that counts no noun names the amount itself.
        obj = ctx.counted(obj) or obj
    elif obj is not None:
        obj = ctx.counted(obj)
    if obj is not None and obj.lemma_ not in FORMAL_OBJECTS and not is_time(obj):
        return [ctx.argument(t) for t in conjuncts(obj)]
    return None


def object_in_the_compound(predicate: Token, ctx: SentenceContext) -> Objects | None:
    """A国はキリル文字廃止を進めた, 金メダル獲得: the noun written before a verbal noun is its object
    (GUIDELINES.md §2: キリル文字廃止 → 廃止する, object キリル文字)."""
    part = compound_object(predicate)
    return [ctx.argument(part)] if part is not None else None


def compound_object(verbal_noun: Token) -> Token | None:
    """The noun glued before a verbal noun as the first part of a compound (独立|承認), if any."""
    if "サ変" not in verbal_noun.tag_ or verbal_noun.i == 0:
        return None
    part = verbal_noun.doc[verbal_noun.i - 1]
    glued = part.idx + len(part) == verbal_noun.idx and part.head.i == verbal_noun.i
    # (The parser may call the first part obl or nmod; with no particle after it, it is still one word.)
    bare = part.dep_ == "compound" or (part.dep_ in {"obl", "nmod"} and not case_of(part))
    if not glued or not bare or part.pos_ not in {"NOUN", "PROPN"}:
        return None
    if part.tag_.startswith("接頭辞"):
        return None  # 再|上陸, 未|解決: a prefix is part of the verbal noun, not what it acts on
    if "サ変可能" in part.tag_ or "副詞可能" in part.tag_ or part.lemma_ in _MANNER_NOUNS:
        # 協同|活動, 内心|反発, 略式|起訴: a verbal, adverbial or manner noun before it says how, not on what.
        return None
    if "助数詞" in part.tag_ and part.i > 0 and part.doc[part.i - 1].pos_ == "NUM":
        return None  # 2度|優勝, 3回|出場: how often, not on what
    return part


def suspects_hung_on_the_charge(predicate: Token, ctx: SentenceContext) -> Objects | None:
    """男を窃盗の疑いで逮捕した: the を-NPs the parser hung on the charge noun are the verb's objects,
    beside its own (男を窃盗の疑いで、女を詐欺の容疑で逮捕した: 男 and 女)."""
    hung = suspects_on_the_charge(predicate)
    if not hung:
        return None
    own = [o for o in wo_object(predicate, ctx) or [] if o is not None]
    return [ctx.argument(t) for suspect in hung for t in conjuncts(suspect)] + own


def contrastive_non_actor(predicate: Token, ctx: SentenceContext) -> Objects | None:
    """独立は認めない: a contrastive は/も-NP that names no actor is what the verb acts on."""
    own = own_subject(predicate)
    if own is None or case_of(own) not in TOPIC_CASES or is_measure(own) or own.lemma_ in FORMAL_OBJECTS:
        return None
    if sets_a_frame(own):
        return None
    if predicate_lemma(predicate) == own.lemma_ + "する":
        return None  # 譲歩はしない, 確認はできない: the verbal noun set apart by は is the predicate itself
    argument = ctx.argument(own)
    return None if is_actor(argument, own) else [argument]


def _noun_before_a_time_suffix(head: Token) -> Token | None:
    # 来週開催する臨時総会後の理事会: the parser hangs the clause on the suffix 後, but it describes
    # the noun before it (開催する臨時総会).
    if not is_time_suffix(head) or head.i == 0:
        return None
    noun = head.doc[head.i - 1]
    return noun if noun.head == head and noun.pos_ in {"NOUN", "PROPN"} else None


def focus_of_a_cleft_acted_on(predicate: Token, ctx: SentenceContext) -> Objects | None:
    """県警が逮捕したのは会社員の男だった: the focus a cleft ends in is the object of a の-clause that has a
    subject of its own and no を-NP."""
    focus = cleft_focus(predicate)
    if focus is None or own_subject(predicate) is None or direct_object(predicate) is not None:
        return None
    return [ctx.argument(focus)]


def what_can_be_done(predicate: Token, ctx: SentenceContext) -> Objects | None:
    """準備が出来ており: できる-type verbs take their object with が."""
    if predicate_lemma(predicate) not in CAN_VERBS:
        return None
    subject = child_with(predicate, SUBJECT_DEPS, frozenset({"が"}))
    return [ctx.argument(subject)] if subject is not None else None


def target_of_targeted_verb(predicate: Token, ctx: SentenceContext) -> Objects | None:
    """首相と会談した, 方針に反対した: the と/に NP of a verb aimed at it (GUIDELINES.md §4)."""
    if predicate_lemma(predicate) not in TARGETED_VERBS:
        return None
    cited = according_to(ctx.sentence)
    targets = [c for c in dependents(predicate) if _targets(c, predicate) and c != cited]
    if not targets and predicate.head.i != predicate.i:
        # A国とも親しく交流して関係を保つ: the parser may hang the target on a later verb; it is this
        # verb's when no other verb stands between them.
        targets = [
            c for c in predicate.head.children if _targets(c, predicate) and _nothing_between(c, predicate)
        ]
    target = max(targets, key=lambda c: c.i) if targets else None
    if target is None or is_measure(target) or target.lemma_ in FORMAL_OBJECTS:
        return None
    return [ctx.argument(t) for t in conjuncts(target)]


def _targets(phrase: Token, predicate: Token) -> bool:
    return (
        phrase.dep_ in {"obl", "iobj", "nmod"}
        and phrase.i < predicate.i
        and case_of(phrase).rstrip("もはで") in TARGET_CASES
    )


def _nothing_between(phrase: Token, predicate: Token) -> bool:
    """No verb stands between the phrase and the predicate (an adverb or its stem may)."""
    between = phrase.doc[phrase.i + 1 : predicate.i]
    return not any(t.pos_ == "VERB" for t in between)


def actor_acted_on_by_meaning(predicate: Token, ctx: SentenceContext) -> Objects | None:
    """先月逮捕した男, 5日に開いた理事会で: a relative clause with no object of its own whose verb by its
    meaning acts on the actor the clause is on (gaps.head_acted_on_by_meaning) has that actor for object."""
    head = head_acted_on_by_meaning(predicate)
    actor = ctx.actor(head) if head is not None else None
    return [actor] if actor is not None else None


def relative_clause_head_acted_on(predicate: Token, ctx: SentenceContext) -> Objects | None:
    """大統領が要請した派兵, 同社が発売した新製品: a relative clause acts on the noun it modifies where it
    has a subject of its own (米国の主導する連合: with の) or the noun fills its object's gap; a noun
    tied on by への/との/からの (…へのA国軍派兵) is an argument of the phrase's head."""
    if predicate.dep_ != "acl" or predicate.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    head = _noun_before_a_time_suffix(predicate.head) or predicate.head
    linked = head.dep_ == "nmod" and case_of(head) in LINKING_CASES
    if linked and head.head.pos_ in {"NOUN", "PROPN"}:
        head = head.head
    has_subject = own_subject(predicate) is not None or genitive_subject(predicate) is not None
    if outer_head(head) or (not has_subject and not object_gap(predicate)):
        return None
    argument = ctx.argument(head)
    # 政府が派遣した部隊: an actor the clause's own subject acts on is its object; with no subject of its
    # own, an actor head is the clause's agent.
    return None if is_actor(argument, head) and not has_subject else [argument]


OBJECT_RULES = RuleList(
    "claims.object",
    (
        suspects_hung_on_the_charge,
        wo_object,
        contrastive_non_actor,
        what_can_be_done,
        target_of_targeted_verb,
        object_in_the_compound,
        actor_acted_on_by_meaning,
        relative_clause_head_acted_on,
        focus_of_a_cleft_acted_on,
    ),
)


def find_objects(predicate: Token, ctx: SentenceContext) -> Objects:
    for rule in OBJECT_RULES:
        if (objects := rule(predicate, ctx)) is not None:
            # A bracket the parser took for a noun (a half-width ｣ it does not know) names nothing.
            return [o for o in objects if o is None or _has_a_word(o.text)] or [None]
    return [None]


def _has_a_word(text: str) -> bool:
    return any(character.isalnum() for character in text)
