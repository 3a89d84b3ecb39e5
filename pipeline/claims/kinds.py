"""The kinds of words that state a claim: verbs, event nouns that say whether an event happens, and
…によるもの; and the verbs that state none although they look like predicates (and no word of a
reference line does: references.py).

Takes a token and its ``SentenceContext``; gives the token's claims.
``CLAIM_KINDS`` are tried in order and the first that applies to a token
decides; ``NOT_CLAIMS`` drop a verbal predicate that states nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from .. import lexicons
from ..records import Claim
from ..rules import RuleList
from .arguments import conjuncts
from .attribution import THOUGHT_VERBS, in_negated_attitude
from .builder import build_claims
from .context import SentenceContext
from .events import event_of
from .modality import is_hedged, is_negated
from .objects import find_objects
from .particles import SUBJECT_DEPS, TOPIC_CASES, case_of
from .passives import passive_roles
from .predicates import ARGUMENT_VERBS, is_event_noun_predicate, is_passive, is_predicate, predicate_lemma
from .quotes import in_title
from .references import in_a_reference
from .subjects import find_subjects, subject_token

_FILE = "claim_predicates"
PATIENT_NOUNS = lexicons.words(_FILE, "patient_nouns")
BY_WHOM_HEADS = lexicons.words(_FILE, "by_whom_heads")
_ABSENCE = lexicons.words(_FILE, "absence_predicates")
RECEIVING_VERBS = lexicons.words(_FILE, "receiving_verbs")
# Who an act one receives comes from (社長から注意を受けた, 政府より勧告を受けた).
_GIVER_CASES = frozenset({"から", "より"})


# -- verbs that look like predicates but state no claim: (predicate, lemma, context) -> bool ---------


def inside_a_title(predicate: Token, lemma: str, ctx: SentenceContext) -> bool:
    """『A社、B社を買収へ』: the title of a cited article or a work names it, it states nothing here."""
    return in_title(predicate)


def content_of_negated_attitude(predicate: Token, lemma: str, ctx: SentenceContext) -> bool:
    """侵攻するとは思っていなかった: the content of a negated or questioned attitude (GUIDELINES.md §1)."""
    return in_negated_attitude(predicate)


def argument_verb_without_argument(predicate: Token, lemma: str, ctx: SentenceContext) -> bool:
    """得る, できる, 始める …: predicates only with an argument of their own (票を得た)."""
    return lemma in ARGUMENT_VERBS and not any(c.dep_ in {"obj", "nsubj"} for c in predicate.children)


def writers_own_thought(predicate: Token, lemma: str, ctx: SentenceContext) -> bool:
    """A commenter's と思う with no one named and no hedge: the writer's view, which hedges its content."""
    if lemma not in THOUGHT_VERBS:
        return False
    no_subject = subject_token(predicate, ctx).token is None
    return no_subject and not is_hedged(predicate) and ctx.section == "comment"


NOT_CLAIMS = RuleList(
    "claims.not_claim",
    (
        inside_a_title,
        content_of_negated_attitude,
        argument_verb_without_argument,
        writers_own_thought,
    ),
)


# -- kinds of claim: (token, context) -> the token's claims, or None where the kind does not apply ---


def verbal_predicate(token: Token, ctx: SentenceContext) -> Iterator[Claim] | None:
    """A verb or verbal noun with an actor as its agent (拒否した, 派兵を拒否。)."""
    if not is_predicate(token):
        return None
    return _verbal_claims(token, ctx)


def _verbal_claims(predicate: Token, ctx: SentenceContext) -> Iterator[Claim]:
    lemma = predicate_lemma(predicate)
    if any(rule(predicate, lemma, ctx) for rule in NOT_CLAIMS):
        return
    if is_passive(predicate):
        subjects, objects, how = passive_roles(predicate, ctx)
        if not subjects and _event_on_an_actor(lemma, objects, ctx):
            # 会長が誘拐された: the event matters though no agent is named; the subject stays null
            # (GUIDELINES.md §3).
            subjects = [None]
    else:
        subjects, how = find_subjects(predicate, ctx)
        objects = find_objects(predicate, ctx)
    if not subjects:
        return
    if objects[0] is not None and lemma == "する" and objects[0].entity_id is None:
        # 記者会見をして → 記者会見する: the noun is the predicate, not an object.
        lemma, objects = objects[0].text + "する", [None]
    yield from build_claims(predicate, lemma, subjects, objects, how, is_negated(predicate), ctx)


def _event_on_an_actor(lemma: str, objects: list, ctx: SentenceContext) -> bool:
    # An act of a kind the event lexicon knows (誘拐する, 逮捕する, 解放する), done to an actor.
    patient = objects[0]
    if patient is None or patient.type not in {"person", "organization", "country", "actor"}:
        return False
    return event_of(lemma, False)[0] not in {"OTHER", "SAY"}


def event_noun(token: Token, ctx: SentenceContext) -> Iterator[Claim] | None:
    """A の-NP's event that the clause says did or did not happen (A国の関与は無い → A国 / 関与する)."""
    if not is_event_noun_predicate(token):
        return None
    return _event_noun_claims(token, ctx)


def _event_noun_claims(noun: Token, ctx: SentenceContext) -> Iterator[Claim]:
    owner = next((c for c in noun.children if c.dep_ == "nmod" and case_of(c) == "の"), None)
    if owner is None and noun.lemma_ in PATIENT_NOUNS:
        return
    negated = noun.head.lemma_ in _ABSENCE or is_negated(noun.head)
    lemma = noun.lemma_ + "する"
    if noun.lemma_ in PATIENT_NOUNS:
        # 大使の暗殺は無くなった: the の-NP is the victim; the agent comes from context.
        subjects, how = find_subjects(noun.head, ctx)
        objects = [ctx.argument(owner) if owner is not None else None]
    else:
        subjects = ctx.actors(conjuncts(owner) if owner is not None else [])
        how, objects = "explicit", [None]
        if not subjects:
            # 首相への直接の言及はなかった: the one who did not act comes from context.
            subjects, how = find_subjects(noun.head, ctx)
    if subjects:
        yield from build_claims(noun, lemma, subjects, objects, how, negated, ctx, clause_head=noun.head)


def done_by(token: Token, ctx: SentenceContext) -> Iterator[Claim] | None:
    """襲撃は武装組織によるものとみられる: the event noun's agent is the によるもの NP."""
    if token.lemma_ not in BY_WHOM_HEADS:
        return None
    return _done_by_claims(token, ctx)


def _done_by_claims(head: Token, ctx: SentenceContext) -> Iterator[Claim]:
    agent = next((c for c in head.children if c.dep_ == "nmod" and _marked_by_yoru(c)), None)
    siblings = [c for c in head.head.children if c.i < head.i] + list(head.children)
    event = next(
        (c for c in siblings if c.dep_ in SUBJECT_DEPS and case_of(c) in TOPIC_CASES and "サ変" in c.tag_),
        None,
    )
    if agent is None or event is None:
        return
    subjects = ctx.actors(conjuncts(agent))
    if subjects:
        yield from build_claims(
            event, event.lemma_ + "する", subjects, [None], "explicit", False, ctx, clause_head=head
        )


def _marked_by_yoru(noun: Token) -> bool:
    # 武装組織による: に with よる fixed to it.
    particles = [c for c in noun.children if c.dep_ == "case" and c.text == "に"]
    return any(f.lemma_ == "よる" and f.dep_ == "fixed" for p in particles for f in p.children)


def act_received(token: Token, ctx: SentenceContext) -> Iterator[Claim] | None:
    """社長から厳重注意を受けた, 県から業務改善命令を受けた: a verbal noun one receives is an act of the
    から/より-phrase (or its の-owner) on the receiver; not …を受けて (in response to)."""
    verb = token.head
    if token.dep_ != "obj" or "サ変" not in token.tag_ or verb.lemma_ not in RECEIVING_VERBS:
        return None
    if _in_response_to(verb):
        return None
    return _received_claims(token, verb, ctx)


def _in_response_to(verb: Token) -> bool:
    # …の要請を受けて、: a て-form with nothing after it (not 受けている) is the grammaticalised を受けて.
    te = next((c for c in verb.children if c.dep_ == "mark" and c.text == "て"), None)
    return te is not None and not any(c.dep_ == "fixed" for c in te.children)


def _received_claims(noun: Token, verb: Token, ctx: SentenceContext) -> Iterator[Claim]:
    before = [c for c in verb.children if c.dep_ in {"obl", "nmod"} and c.i < noun.i]
    owners = [c for c in noun.children if c.dep_ == "nmod" and case_of(c) == "の" and c.i < noun.i]
    giver = next((c for c in before if case_of(c) in _GIVER_CASES), None) or next(iter(owners), None)
    subjects = ctx.actors(conjuncts(giver)) if giver is not None else []
    if not subjects:
        return
    receivers, _ = find_subjects(verb, ctx)
    objects: list = receivers or [None]
    yield from build_claims(
        noun, noun.lemma_ + "する", subjects, objects, "explicit", is_negated(verb), ctx, clause_head=verb
    )


CLAIM_KINDS = RuleList("claims.kind", (verbal_predicate, event_noun, done_by, act_received))


def claims_of(token: Token, ctx: SentenceContext) -> Iterator[Claim]:
    """The claims a token states, as the first kind that applies to it reads them; none in a line that
    cites a source (references.py)."""
    if in_a_reference(token, ctx.sentence):
        return
    for kind in CLAIM_KINDS:
        if (claims := kind(token, ctx)) is not None:
            yield from claims
            return
