"""Passives: the agent (who did it) becomes the subject, the patient (who it was done to) the object.

Takes a passive predicate and its ``SentenceContext``; gives the agents, the
patients and ``subject_from``. ``AGENT_RULES`` find the token that names the
agent; ``PATIENT_RULES`` the patients.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..records import Argument
from ..rules import RuleList
from .arguments import according_to, conjuncts, direct_object
from .bodies import ENFORCEMENT_VERBS, is_enforcer
from .context import SentenceContext
from .gaps import FORMAL_HEADS, OUTER_HEADS
from .objects import FORMAL_OBJECTS, Objects
from .particles import AGENT_CASES, DISTANT_AGENT_CASES, MEANS_CASES, SUBJECT_CASES, SUBJECT_DEPS, case_of
from .predicates import predicate_lemma
from .quotes import inside_quote
from .subjects import subject_token


def agent_phrase(predicate: Token, ctx: SentenceContext) -> Token | None:
    """警察に逮捕された, 反政府勢力から攻撃された: the に/から/によって NP on the verb (not the outlet
    of …によると, whose に the parser gives the same way)."""
    cited = according_to(ctx.sentence)
    return next(
        (
            c
            for c in predicate.children
            if c.dep_ in {"obl", "nmod", "iobj"}
            and c.i < predicate.i
            and c != cited
            and case_of(c) in AGENT_CASES
            and ctx.actor(c) is not None
        ),
        None,
    )


def agent_hung_on_quotation(predicate: Token, ctx: SentenceContext) -> Token | None:
    """監視団から「…」と警告された: the parser may hang a から/によって agent inside the quotation."""
    return next(
        (
            t
            for t in predicate.subtree
            if t.i < predicate.i
            and t.dep_ == "obl"
            and case_of(t) in DISTANT_AGENT_CASES
            and not inside_quote(t)
            and not _on_a_clause_of_its_own(t, predicate)
            and ctx.actor(t) is not None
        ),
        None,
    )


def _on_a_clause_of_its_own(token: Token, predicate: Token) -> bool:
    # 前任者から監督を受け継ぎ、…注目された: a から hung on an earlier clause of the chain is that clause's.
    head = token.head
    while head.i != predicate.i and head.i != head.head.i:
        if head.dep_ == "advcl" and head.pos_ == "VERB" and not inside_quote(head):
            return True
        head = head.head
    return False


def owner_of_the_means(predicate: Token, ctx: SentenceContext) -> Token | None:
    """武装集団の襲撃により負傷した: the agent is whoever the event noun of the means belongs to."""
    means = next(
        (
            c
            for c in predicate.children
            if c.dep_ == "obl" and c.i < predicate.i and case_of(c) in MEANS_CASES and "サ変" in c.tag_
        ),
        None,
    )
    owners = [c for c in means.children if c.dep_ == "nmod" and case_of(c) == "の"] if means else []
    return owners[0] if owners and ctx.actor(owners[0]) is not None else None


def enforcer_in_the_sentence(predicate: Token, ctx: SentenceContext) -> Token | None:
    """逮捕されたのは男で、北署は…を調べている: an arrest or a charge that names no agent is the police's or
    the prosecutors' that the sentence names as a subject or topic."""
    if predicate_lemma(predicate) not in ENFORCEMENT_VERBS:
        return None
    subjects = (t for t in ctx.sentence if t.dep_ in SUBJECT_DEPS or case_of(t) in SUBJECT_CASES)
    return next(
        (t for t in subjects if (actor := ctx.actor(t)) is not None and is_enforcer(actor.text)), None
    )


def enforcer_in_the_document(predicate: Token, ctx: SentenceContext) -> list[Argument] | None:
    """…容疑者が逮捕された (…県警は…; 県警の発表では、捕まったのは…): with no police force or prosecutors
    as a subject in the sentence, the one the document names last before the arrest, or else first after
    it, made the arrest."""
    if predicate_lemma(predicate) not in ENFORCEMENT_VERBS:
        return None
    at = ctx.offset + predicate.idx
    before = [body for body in ctx.enforcers if body.end <= at]
    after = [body for body in ctx.enforcers if body.start >= at]
    named = before[-1:] or after[:1]
    return named or None


def kept_wo_object(predicate: Token, ctx: SentenceContext) -> Objects | None:
    """退陣を要求された: an indirect passive keeps its を-object."""
    obj = direct_object(predicate)
    if obj is not None and obj.lemma_ not in FORMAL_OBJECTS:
        return [ctx.argument(t) for t in conjuncts(obj)]
    return None


def passive_subject(predicate: Token, ctx: SentenceContext) -> Objects | None:
    """拘束された乗員の5人: the passive's subject is the patient (the members, not their count); so is
    the focus of a passive cleft (逮捕されたのは…容疑者で、…)."""
    patient = subject_token(predicate, ctx).token
    if patient is None:
        return None
    return [ctx.argument(ctx.counted(t) or t) for t in conjuncts(patient)]


def relative_head_as_patient(predicate: Token, ctx: SentenceContext) -> Objects | None:
    """押収された書類: a passive relative clause is said of the noun it modifies, its patient; not of a
    formal or an outer head (批判された後, 逮捕された現場)."""
    head = predicate.head
    if predicate.dep_ != "acl" or head.pos_ not in {"NOUN", "PROPN"}:
        return None
    if head.lemma_ in FORMAL_HEADS or head.lemma_ in OUTER_HEADS:
        return None
    return [ctx.argument(head)]


def topic_as_patient(predicate: Token, ctx: SentenceContext) -> Objects | None:
    """同社は…と批判された: with no subject of its own, the sentence's topic is the patient."""
    return [ctx.topic] if ctx.topic is not None else None


AGENT_RULES = RuleList(
    "claims.agent",
    (
        agent_phrase,
        agent_hung_on_quotation,
        owner_of_the_means,
        enforcer_in_the_sentence,
        enforcer_in_the_document,
    ),
)
PATIENT_RULES = RuleList(
    "claims.patient",
    (kept_wo_object, passive_subject, relative_head_as_patient, topic_as_patient),
)


def passive_roles(predicate: Token, ctx: SentenceContext) -> tuple[list[Argument], Objects, str]:
    """The agents (subjects), the patients (objects) and ``subject_from`` of a passive predicate."""
    agent = next((found for rule in AGENT_RULES if (found := rule(predicate, ctx)) is not None), None)
    objects = next((found for rule in PATIENT_RULES if (found := rule(predicate, ctx)) is not None), [None])
    if isinstance(agent, list):
        # Named elsewhere in the document: in another clause of the sentence, or in another sentence.
        sentence_start = ctx.offset + ctx.sentence.start_char
        inside = sentence_start <= agent[0].start < ctx.offset + ctx.sentence.end_char
        return agent, objects, "clause" if inside else "previous_sentence"
    subjects = ctx.actors(conjuncts(agent)) if agent is not None else []
    return subjects, objects, "explicit" if subjects else "none"
