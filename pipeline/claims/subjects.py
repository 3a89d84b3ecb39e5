"""Who acts: a predicate's subject, found by ordered lists of small rules.

Takes a predicate token and its ``SentenceContext``; gives the actors that are
its subject and where they were found (``subject_from``: explicit, relative,
clause, speaker, topic, previous_sentence, none).

Three lists, tried in this order:

- ``SUBJECT_RULES`` look for the token that names the agent in the sentence's
  syntax; each is tagged with the ``subject_from`` value it gives. One of them
  climbs the chain of clauses, trying ``CHAIN_STEPS`` at each level, and
  ``REPORT_STEPS`` where the chain reaches a reported complement.
- ``SUBJECT_CHECKS`` revise what was found (the が-NP of できる is its object;
  several gapped subjects; a non-actor that only undergoes a change).
- ``CONTEXT_SUBJECTS`` give the subject from outside the predicate's clauses
  when its syntax names none: the court whose judgement frames the sentence,
  the sentence's topic, the opener of a quotation, the topic of an earlier
  sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache, wraps
from typing import Any

from spacy.tokens import Span, Token

from .. import lexicons
from ..actors.resolve import resolve
from ..records import Argument
from ..rules import RuleList
from .anaphora import CITATIONS
from .arguments import (
    PERSON_NOUNS,
    according_to,
    cleft_focus,
    conjuncts,
    direct_object,
    displaced_topic,
    floating_subjects,
    genitive_subject,
    is_complement,
    is_measure,
    main_root,
    own_subject,
    sets_a_frame,
    speaker_before_quote,
    subject_before,
    subtree_start,
    topic_of_earlier_sibling,
)
from .bodies import ENFORCEMENT_VERBS, JUDGEMENT_NOUNS, is_enforcer
from .charges import charged_verb, framed_by_a_charge, suspects, titled_a_suspect
from .context import SentenceContext
from .gaps import (
    FORMAL_HEADS,
    OUTER_HEADS,
    head_acted_on_by_meaning,
    never_transitive,
    object_gap,
    outer_head,
)
from .modality import is_conditional
from .particles import (
    CLAUSE_DEPS,
    COMMAS,
    CONTRASTIVE_LINKS,
    SUBJECT_CASES,
    SUBJECT_DEPS,
    TOPIC_CASES,
    case_of,
)
from .predicates import CAN_VERBS, is_passive, names_an_act, predicate_lemma
from .quotes import SPEECH_NOUNS, in_carried_quote, inside_quote, opening_quote, quote_speaker, whose_words

_FILE = "claim_predicates"
CONTENT_HEADS = lexicons.words(_FILE, "content_heads")
# What someone said or issued (…の声明によると, …の謝罪文によれば): its author says the content.
_STATEMENTS = SPEECH_NOUNS | lexicons.words("claim_attribution", "statement_documents")
STANCE_NOUNS = lexicons.words(_FILE, "stance_nouns")
UNACCUSATIVE_VERBS = lexicons.words(_FILE, "unaccusative_verbs")
AMOUNT_VERBS = lexicons.words(_FILE, "amount_verbs")
ESTIMATION_VERBS = lexicons.words("claim_attribution", "estimation_verbs")
# attribution.REPORTING_VERBS: read from the data here, as attribution.py imports this module.
_REPORT_VERBS = lexicons.words("claim_attribution", "reporting_verbs")
FAVOUR_VERBS = lexicons.words(_FILE, "favour_receiving_verbs")
SELF_ANNOUNCING_VERBS = lexicons.words("claim_attribution", "self_announcing_verbs")
REFLEXIVES = lexicons.words("claim_actors", "reflexives")
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})


@dataclass(frozen=True)
class Found:
    """The token that names the agent and where it was found; with no token, why the search stopped.

    ``Found(None, "none")``: the syntax names no agent, and the context may give one.
    ``Found(None, "unknown")``: the agent is a noun that is no actor, so there is no claim.
    """

    token: Token | None
    how: str


STOP = Found(None, "none")
NO_ACTOR = Found(None, "unknown")
# The syntax names no agent, and the one the sentence is about is not it either: only an earlier
# sentence may give one.
NOT_THE_SPEAKER = Found(None, "previous_sentence")


@dataclass(frozen=True)
class Climb:
    """A chain step's verdict: go on from this token."""

    token: Token


class _Break:
    """A chain step's verdict: the chain ends here."""


BREAK = _Break()


def gives(subject_from: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Tag a rule with the ``subject_from`` value it gives; a token it returns becomes ``Found``."""

    def tag(rule: Callable[..., Any]) -> Callable[..., Any]:
        @wraps(rule)
        def tagged(*args: Any) -> Any:
            result = rule(*args)
            return Found(result, subject_from) if isinstance(result, Token) else result

        tagged.subject_from = subject_from  # type: ignore[attr-defined]
        return tagged

    return tag


# -- the agent in the predicate's own syntax --------------------------------------------------------


@gives("explicit")
def giver_of_a_favour(predicate: Token, ctx: SentenceContext) -> Token | Found | None:
    """女性は管理人に鍵を開けてもらった: with …てもらう, the に-phrase does the act for the subject; where
    no one is named for it, the subject (who received the favour) did not act, and there is no claim."""
    receiving = any(
        c.dep_ == "mark" and c.text == "て" and any(f.lemma_ in FAVOUR_VERBS for f in c.children)
        for c in predicate.children
    )
    if not receiving:
        return None
    giver = next(
        (
            c
            for c in predicate.children
            if c.dep_ in {"obl", "iobj"} and c.i < predicate.i and case_of(c) == "に"
        ),
        None,
    )
    return giver if giver is not None and ctx.actor(giver) is not None else NO_ACTOR


@gives("speaker")
def owner_of_the_words(predicate: Token, ctx: SentenceContext) -> Token | None:
    """山田監督のコメントは「決定を受け止めたい」というものだった: a verb inside a quotation that a speech
    noun (コメント, 談話, 声明) introduces, with no subject of its own inside it, is the words' owner's,
    however the parser hung the noun (often on a verb inside the quotation)."""
    if not inside_quote(predicate):
        return None
    own = own_subject(predicate)
    if own is not None and inside_quote(own):
        return None
    opening = opening_quote(predicate)
    if opening is None or opening.i == 0:
        return None
    particle = opening.doc[opening.i - 1]
    noun = particle.head if particle.dep_ == "case" and particle.i > particle.head.i else None
    if noun is None or noun.pos_ not in _NOMINAL:
        return None
    owner = whose_words(noun)
    return owner if owner is not noun and ctx.actor(owner) is not None else None


@gives("explicit")
def own_subject_phrase(predicate: Token, ctx: SentenceContext) -> Token | None:
    """The predicate's own が/は/も NP (政府は…を決めた)."""
    return own_subject(predicate)


@gives("explicit")
def no_subject_of_a_relative_clause(predicate: Token, ctx: SentenceContext) -> Token | None:
    """首相の掲げる政策, 北星機構の発注する調査: in a relative clause the subject may take の for が (the
    parser hangs it on the verb as a の-phrase)."""
    subject = genitive_subject(predicate)
    return subject if subject is not None and ctx.actor(subject) is not None else None


@gives("explicit")
def ga_subject_hung_past_the_clause(predicate: Token, ctx: SentenceContext) -> Token | None:
    """山田さんが発売した新曲が首位を獲得した: the parser hangs a relative clause's が-subject on the main
    verb, beside the が-noun the clause modifies; a verb has one が-subject, so the one before the clause
    is the clause's."""
    head = predicate.head
    if predicate.dep_ != "acl" or head.dep_ not in SUBJECT_DEPS or case_of(head) != "が":
        return None
    start = subtree_start(predicate)
    before = [c for c in head.head.children if c.dep_ in SUBJECT_DEPS and c.i < start and case_of(c) == "が"]
    return before[-1] if before and ctx.actor(before[-1]) is not None else None


@gives("explicit")
def focus_of_a_cleft(predicate: Token, ctx: SentenceContext) -> Token | None:
    """…と語ったのは首相だった: the noun a cleft sentence ends in is the subject of its の-clause."""
    focus = cleft_focus(predicate)
    return focus if focus is not None and ctx.actor(focus) is not None else None


@gives("explicit")
def institution_as_frame(predicate: Token, ctx: SentenceContext) -> Token | None:
    """同社では「…」としている, 県警では…を調べている: an organization as the では-frame of its own
    verb is the one that acts (a country or a place so marked is only where: 日本では…)."""
    if predicate.dep_ == "acl":
        return None
    frame = next(
        (
            c
            for c in predicate.children
            if c.i < predicate.i and c.dep_ in {"obl", "nsubj"} and case_of(c) == "では"
        ),
        None,
    )
    if frame is None:
        return None
    actor = ctx.actor(frame)
    return frame if actor is not None and actor.type in {"organization", "actor", None} else None


@gives("clause")
def accused_not_the_topic(predicate: Token, ctx: SentenceContext) -> Token | None:
    """県警は、店の金を盗んだとして男を逮捕した: the parser may hang the sentence's は-topic on the verb of
    the charge, but the topic is who arrests; the one the charge is about did it."""
    own = own_subject(predicate)
    if own is None or case_of(own) not in TOPIC_CASES:
        return None
    return _accused(predicate, ctx)


@gives("clause")
def accused_in_the_charge(predicate: Token, ctx: SentenceContext) -> Token | None:
    """店の商品を盗んだとして、警察は男を逮捕した; 住民を脅した疑いで男を逮捕した: the one a charge is
    about is the main verb's object, and the clauses of the charge say what that actor did."""
    return _accused(predicate, ctx)


def _accused(predicate: Token, ctx: SentenceContext) -> Token | None:
    token = predicate
    while token.head.i != token.i:
        verb = charged_verb(token)
        if verb is not None:
            accused = next(iter(suspects(verb)), None)
            return accused if accused is not None and ctx.actor(accused) is not None else None
        if token.dep_ in CLAUSE_DEPS:
            token = token.head
        elif is_means_clause(token):
            token = token.head.head
        elif token.dep_ == "acl" and token.head.dep_ == "obj" and names_an_act(token.head):
            token = token.head.head  # 爆破を予告する書き込みをしたとして: what the act said is the act's
        else:
            return None
    return None


def is_means_clause(clause: Token) -> bool:
    """…を詰めることで…を通り抜けた: a clause on こと marked with で (or により) says how the verb above
    it was done, and shares its subject (``clause_in_relative_clause_on_object`` climbs it like any
    こと)."""
    head = clause.head
    if clause.dep_ != "acl" or head.lemma_ != "こと" or head.head.i == head.i:
        return False
    after = head.doc[head.i + 1 : head.i + 3]
    return case_of(head) == "で" or (case_of(head) == "に" and any(t.lemma_ == "よる" for t in after))


@gives("explicit")
def thinker_inside_complement(predicate: Token, ctx: SentenceContext) -> Token | None:
    """中国ですらロシアが…とは考えていなかった: the parser put the thinker inside the complement."""
    displaced = next(
        (c for c in predicate.children if is_complement(c) and displaced_topic(c) is not None), None
    )
    return displaced_topic(displaced) if displaced is not None else None


@gives("explicit")
def speaker_inside_quotation(predicate: Token, ctx: SentenceContext) -> Token | None:
    """報道官が「…と考えており、…」と発言した: the speaker hangs on a verb inside the quotation."""
    opener = next(
        (c for c in predicate.children if is_complement(c) and speaker_before_quote(c) is not None), None
    )
    return speaker_before_quote(opener) if opener is not None else None


@gives("relative")
def actor_the_head_is_said_of(predicate: Token, ctx: SentenceContext) -> Token | None:
    """アルファ電機は、家電を製造する企業だ: a relative clause on the noun that the sentence says its
    subject is (…する企業だ, …する団体である) has that subject as agent, since the noun is that actor."""
    head = predicate.head
    if predicate.dep_ != "acl" or head.pos_ not in _NOMINAL:
        return None
    subject = _subject_said_to_be(head, ctx)
    return subject if subject is not None and ctx.actor(subject) is not None else None


@gives("relative")
def category_after_a_place(predicate: Token, ctx: SentenceContext) -> Token | None:
    """北星社は、漫画を発行する日本の出版社だ: the parser hangs the clause on the place before の, but
    where the sentence says what kind of body its subject (an organization or a person) is, the clause
    is on that kind, and so on the subject; where the subject is a country (…に踏み切った米国の同盟国だ),
    the place is the one that acts."""
    place = predicate.head
    if predicate.dep_ != "acl" or place.dep_ != "nmod" or case_of(place) != "の":
        return None
    named = ctx.actor(place)
    if named is None or named.type not in {"country", "location"}:
        return None
    subject = _subject_said_to_be(place.head, ctx)
    actor = ctx.actor(subject) if subject is not None else None
    return subject if actor is not None and actor.type in {"organization", "person"} else None


def _subject_said_to_be(noun: Token, ctx: SentenceContext) -> Token | None:
    """The subject of a sentence or clause that says it is ``noun`` (…の出版社だ), or None."""
    if noun.pos_ not in _NOMINAL or not _predicate_nominal(noun):
        return None
    if noun.lemma_ in FORMAL_HEADS or noun.lemma_ in STANCE_NOUNS:
        return None
    subject = next(
        (c for c in noun.children if c.dep_ in SUBJECT_DEPS and c.i < noun.i and case_of(c) in SUBJECT_CASES),
        None,
    )
    return ctx.topic_token if subject is None and noun.dep_ == "ROOT" else subject


@gives("none")
def actor_the_clause_acts_on(predicate: Token, ctx: SentenceContext) -> Found | None:
    """先月逮捕した男, 逮捕しパトカーに乗せた男, 5日に開いた理事会で: a relative clause whose verb by its
    meaning acts on the actor it is on (gaps.head_acted_on_by_meaning), with no object or subject of its own,
    is said of that actor, not by it; who did it comes from the context."""
    head = head_acted_on_by_meaning(predicate)
    if head is None or own_subject(predicate) is not None or ctx.actor(head) is None:
        return None
    return STOP


@gives("relative")
def relative_clause_head(predicate: Token, ctx: SentenceContext) -> Token | None:
    """A relative clause's agent is the actor it modifies (派兵を断った政府); where that is a common noun
    for what a named actor is, set beside the name by の (大会に出場した歌手の山田花子さん), the name."""
    if predicate.dep_ != "acl" or (actor := ctx.actor(predicate.head)) is None:
        return None
    head = predicate.head
    named = head.head if head.dep_ == "nmod" and case_of(head) == "の" and head.head.i > head.i else None
    if actor.entity_id is None and named is not None and _names_a_person(head):
        name = ctx.actor(named)
        if name is not None and name.entity_id is not None and name.type == "person":
            return named
    return head


def _names_a_person(noun: Token) -> bool:
    # 歌手, 作業員, 監督: a common noun for a person (not for a body: 政府, 同盟国, 北署).
    return noun.text in PERSON_NOUNS


@gives("relative")
def actor_after_relative_clause(predicate: Token, ctx: SentenceContext) -> Token | None:
    """制裁に踏み切った米国の同盟国: the parser hangs the clause on the phrase's head (同盟国), but
    the noun it modifies is the actor right after it."""
    head = predicate.head
    if predicate.dep_ != "acl" or head.pos_ not in {"NOUN", "PROPN", "VERB"} or _predicate_nominal(head):
        # (…を所管するA省の外局だ: where the sentence says what its subject is, the clause is on that noun.)
        return None
    right_after = predicate.i + 1 + _aux_count(predicate)
    owner = next(
        (
            c
            for c in head.children
            if c.dep_ == "nmod" and case_of(c) == "の" and c.i < head.i and subtree_start(c) == right_after
        ),
        None,
    )
    return owner if owner is not None and ctx.actor(owner) is not None else None


@gives("clause")
def topic_of_earlier_clause(predicate: Token, ctx: SentenceContext) -> Token | None:
    """政府は…と発表し、…を拒否した: a は-topic of an earlier clause runs on to this one (not for the
    sentence's root: its topic is the sentence's)."""
    if predicate.dep_ == "ROOT":
        return None
    earlier = [c for c in predicate.children if c.dep_ in CLAUSE_DEPS and c.i < predicate.i]
    for clause in sorted(earlier, key=lambda c: -c.i):
        topic = own_subject(clause)
        if topic is not None and case_of(topic) in TOPIC_CASES and ctx.actor(topic) is not None:
            return topic
    return None


@gives("clause")
def ga_subject_of_the_opening_clause(predicate: Token, ctx: SentenceContext) -> Token | None:
    """社長が経費を削り、赤字を埋めた; 社長が経費を削ることで赤字を埋めた: with no topic in the sentence,
    a が-subject of the clause a verb opens with is the verb's too (the parser hangs it on the first
    clause, where it is written). A quoted or reported clause is no opening clause: its subject is the
    content's, not the speaker's."""
    if ctx.topic_token is not None or predicate.dep_ == "acl":
        return None
    return _opening_subject(predicate, predicate, ctx)


@gives("explicit")
def announcer_inside_the_announcement(predicate: Token, ctx: SentenceContext) -> Token | None:
    """北星ベアーズの山田監督が今季限りで辞任すると明らかにした: with no subject of its own and no topic in
    the sentence, a verb that announces one's own act (明らかにする, 発表する, 表明する) has the が-subject of
    what it announces; the parser hangs it there."""
    if ctx.topic_token is not None or predicate_lemma(predicate) not in SELF_ANNOUNCING_VERBS:
        return None
    content = next((c for c in predicate.children if is_complement(c) and c.i < predicate.i), None)
    subject = own_subject(content) if content is not None else None
    if subject is None or case_of(subject) != "が" or inside_quote(subject):
        return None
    return subject if ctx.actor(subject) is not None else None


@gives("explicit")
def ga_subject_displaced_into_a_clause(predicate: Token, ctx: SentenceContext) -> Token | None:
    """北星電機が23日付けの発表で、製品に欠陥があることを明らかにした: the parser hangs the が-subject of
    the main verb inside a clause below it, on a verb that has a が-subject of its own nearer to it; a
    verb has one が-subject, so the first is the one above's (where the sentence has no topic)."""
    if ctx.topic_token is not None:
        return None
    quoted = inside_quote(predicate)
    for subject in predicate.subtree:
        if subject.i >= predicate.i:
            break
        if subject.dep_ not in SUBJECT_DEPS or case_of(subject) != "が" or inside_quote(subject) != quoted:
            continue
        if _has_a_nearer_ga_subject(subject, predicate) and ctx.actor(subject) is not None:
            return subject
    return None


def _has_a_nearer_ga_subject(subject: Token, predicate: Token) -> bool:
    """The verb ``subject`` hangs on has another が-subject after it; where it hangs on a noun the parser
    made a clause (…のプレスリリースで、: a copula), the verb that noun's clause is joined to."""
    verb = subject.head
    while verb.i != predicate.i:
        if any(c.dep_ in SUBJECT_DEPS and case_of(c) == "が" and c.i > subject.i for c in verb.children):
            return True
        copula_clause = verb.pos_ in _NOMINAL and any(c.dep_ == "cop" for c in verb.children)
        if not copula_clause or verb.dep_ not in CLAUSE_DEPS:
            return False
        verb = verb.head
    return False


def _opening_subject(verb: Token, predicate: Token, ctx: SentenceContext) -> Token | None:
    """The が-subject (an actor) of the verb's opening clause, or of that clause's own, and so on."""
    clause = _opening_clause(verb, predicate.i)
    while clause is not None:
        subject = own_subject(clause)
        if subject is not None:
            usable = case_of(subject) == "が" and inside_quote(subject) == inside_quote(predicate)
            return subject if usable and ctx.actor(subject) is not None else None
        clause = _opening_clause(clause, predicate.i)
    return None


def _opening_clause(verb: Token, before: int) -> Token | None:
    """The first of the clauses joined to the verb before ``before`` (…し、…して), or the clause of its
    means (…ことで)."""
    # (Not a contrast or a condition, …したが / …したら: their subjects are their own.)
    clauses = [
        c
        for c in verb.children
        if c.i < before
        and c.dep_ in CLAUSE_DEPS
        and not is_complement(c)
        and not is_conditional(c)
        and not any(t.dep_ == "mark" and t.text in CONTRASTIVE_LINKS for t in c.children)
    ]
    clauses += [
        clause
        for noun in verb.children
        if noun.i < before and noun.lemma_ == "こと"
        for clause in noun.children
        if is_means_clause(clause)
    ]
    return min(clauses, key=subtree_start) if clauses else None


@gives("none")
def relative_clause_on_a_non_actor(predicate: Token, ctx: SentenceContext) -> Found | None:
    """故障した車: a relative clause on a noun that is no actor has that noun as agent, so no actor acts;
    but where the noun is its object (同社が発売した新製品), a time, a place or a content noun
    (交渉していた途中, 事故が起きた現場), or a verbal noun the parser took for the root, the agent comes
    from the context instead."""
    if predicate.dep_ != "acl" or predicate.head.pos_ not in _NOMINAL:
        return None
    head = predicate.head
    if predicate_lemma(predicate) in AMOUNT_VERBS and ctx.actor(head) is None:
        return NO_ACTOR  # 上限を超えるトラックを運転した: what exceeds is the noun itself, whatever its role
    if shares_subject_of_verb(head):
        return None
    if predicate_lemma(predicate) in UNACCUSATIVE_VERBS and direct_object(predicate) is None:
        return NO_ACTOR  # 運送中に発生した事故: what happened is the noun itself (an event), no actor's act
    if outer_head(head) or object_gap(predicate) or ("サ変" in head.tag_ and head.dep_ == "ROOT"):
        return STOP
    if _predicate_nominal(head) and head.lemma_ not in STANCE_NOUNS:
        # …を所管する外局である: the noun the sentence says its (unsaid) subject is; that is the agent.
        return STOP
    return NO_ACTOR


@gives("clause")
def ga_subject_of_a_set_off_clause(predicate: Token, ctx: SentenceContext) -> Token | None:
    """社長が会見をし、部品の納入が遅れた件で謝罪した: with no topic in the sentence, the main verb shares
    the が-subject of the nearest clause before it that is set off by a comma and has a subject, wherever
    the parser hung that clause (here on the next verb, inside a relative clause). Not the patient of a
    passive clause (…が滅ぼされ、), nor a subject inside a copula's clause (Aが築き、…た都市であり、…)."""
    if (
        ctx.topic_token is not None
        or predicate.dep_ != "ROOT"
        or inside_quote(predicate)
        or _quotative(predicate)
    ):
        return None
    before = ctx.sentence[: predicate.i - ctx.sentence.start]
    if any(t.dep_ in SUBJECT_DEPS and case_of(t) in TOPIC_CASES and not inside_quote(t) for t in before):
        return None  # a topic, an actor or not (研究チームは、…が…し、…と結論づけた), is the sentence's
    for clause in reversed(before):
        if clause.pos_ != "VERB" or clause.dep_ not in CLAUSE_DEPS or inside_quote(clause):
            continue
        if not (_set_off(clause) and _suspended(clause)):
            continue
        subject = own_subject(clause)
        if subject is None:
            continue
        usable = (
            case_of(subject) == "が" and not is_passive(clause) and not _under_a_copula(clause, predicate)
        )
        return subject if usable and ctx.actor(subject) is not None else None
    return None


def _under_a_copula(clause: Token, predicate: Token) -> bool:
    # On the way up to the predicate, a noun with a copula (…都市であり、): the clause modifies that noun.
    token = clause
    while token.i != predicate.i and token.head.i != token.i:
        token = token.head
        if token.pos_ in _NOMINAL and any(c.dep_ == "cop" for c in token.children):
            return True
    return False


def _quotative(verb: Token) -> bool:
    # …という (hearsay: no one's act), …とする (the quotative: its speaker is found as a report's).
    complement = any(is_complement(c) for c in verb.children)
    return verb.lemma_ == "いう" or (verb.lemma_ == "する" and complement)


def _suspended(clause: Token) -> bool:
    """A clause that runs on into the next (…をし、 / …して、), not one of contrast or condition (…したが、
    …すれば、 …されるも、: their subjects are their own) nor a report (…と述べ、)."""
    marks = [c.text for c in clause.children if c.dep_ == "mark" and c.i > clause.i]
    return (
        all(mark in {"て", "で"} for mark in marks)
        and not is_complement(clause)
        and not is_conditional(clause)
    )


@gives("chain")
def subject_up_the_clause_chain(predicate: Token, ctx: SentenceContext) -> Found | None:
    """Climb from the predicate through the clauses it is joined to, trying ``CHAIN_STEPS`` at each."""
    token = predicate
    if predicate.dep_ == "acl" and predicate.head.pos_ in _NOMINAL and shares_subject_of_verb(predicate.head):
        # …を拒否する方針を固めた: a plan or view shares the subject of the verb it depends on.
        token = predicate.head
    while token.head.i != token.i:
        parent = token.head
        for step in CHAIN_STEPS:
            verdict = step(token, parent, predicate, ctx)
            if verdict is not None:
                break
        else:
            verdict = Climb(parent)
        if isinstance(verdict, Found):
            return verdict
        if verdict is BREAK:
            return None
        token = verdict.token
    return None


@gives("speaker")
def speaker_of_open_quotation(predicate: Token, ctx: SentenceContext) -> Token | None:
    """報道官が「…と考えており、…抗議している。」: a quotation not closed in this sentence."""
    speaker = quote_speaker(predicate, ctx.sentence)
    return speaker if speaker is not None and ctx.actor(speaker) is not None else None


# -- the chain of clauses, one level at a time: (token, its head, the predicate, context) ------------


@gives("clause")
def noun_in_a_clause(
    token: Token, parent: Token, predicate: Token, ctx: SentenceContext
) -> Token | Climb | None:
    """A noun on the way up: the subject of the verb it belongs to, else on up."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return None
    subject = own_subject(parent) if parent.pos_ in {"VERB", "ADJ"} else None
    return subject if subject is not None else Climb(parent)


@gives("report")
def reported_complement(token: Token, parent: Token, predicate: Token, ctx: SentenceContext) -> Found | None:
    """A complement of a report or thought verb (…と述べた): ``REPORT_STEPS`` decide, and always do."""
    if not is_complement(token):
        return None
    for step in REPORT_STEPS:
        if (found := step(token, parent, ctx)) is not None:
            return found
    return STOP


@gives("relative")
def clause_in_relative_clause_on_actor(
    token: Token, parent: Token, predicate: Token, ctx: SentenceContext
) -> Token | None:
    """…事業を進めている国営企業: a clause inside a relative clause shares the actor it modifies."""
    if token.dep_ == "acl" and token.i != predicate.i and ctx.actor(token.head) is not None:
        return token.head
    return None


@gives("chain")
def clause_in_relative_clause_on_object(
    token: Token, parent: Token, predicate: Token, ctx: SentenceContext
) -> Climb | None:
    """工場を建てて…輸出する計画を進めている: a clause joined to one on an object or plan noun shares
    that clause's subject, so the climb goes on from the noun."""
    if token.dep_ == "acl" and token.i != predicate.i and shares_subject_of_verb(token.head):
        return Climb(token.head)
    return None


@gives("chain")
def no_clause_link(token: Token, parent: Token, predicate: Token, ctx: SentenceContext) -> _Break | None:
    """Only joined clauses (advcl, conj) share a subject: the chain ends at any other link."""
    return BREAK if token.dep_ not in CLAUSE_DEPS else None


@gives("clause")
def subject_of_joined_clause(
    token: Token, parent: Token, predicate: Token, ctx: SentenceContext
) -> Token | None:
    """A clause joined to another (…し、…した; …して…した) shares its subject, one written before the
    clause (…を起訴し、簡裁も…を出した: the later clause's own subject is not the earlier one's)."""
    return subject_before(parent, subtree_start(token))


@gives("clause")
def ga_subject_of_an_earlier_clause(
    token: Token, parent: Token, predicate: Token, ctx: SentenceContext
) -> Token | None:
    """男が店に押し入り、現金を奪って逃げた: a clause between the opening one and the verb they are
    joined to shares the が-subject of the opening one (where the sentence has no topic)."""
    if ctx.topic_token is not None or token.dep_ not in CLAUSE_DEPS:
        return None
    return _opening_subject(parent, predicate, ctx)


# -- a reported complement: (the complement, the report verb, context) -------------------------------


@gives("clause")
def topic_of_earlier_report(complement: Token, verb: Token, ctx: SentenceContext) -> Token | None:
    """Xは「…」と明かし、…拒否したと報じた: the parser hung both clauses on the report verb, but the
    は-topic of the first runs on into the second."""
    sibling = topic_of_earlier_sibling(complement)
    return sibling if sibling is not None and ctx.actor(sibling) is not None else None


@gives("clause")
def topic_before_complement(complement: Token, verb: Token, ctx: SentenceContext) -> Token | None:
    """Xは「…」とYが報じた: the NP before the complement is its topic."""
    return subject_before(verb, subtree_start(complement))


@gives("previous_sentence")
def act_estimated_by_another(complement: Token, verb: Token, ctx: SentenceContext) -> Found | None:
    """県警は、自殺を図ったとみている: the act an investigator or a court estimates (みる, 推定する, 断定する,
    in the past tense) is someone else's, so neither the speaker nor the sentence's topic did it; the
    one the text was about before may have."""
    return NOT_THE_SPEAKER if _estimates(verb) and _past(complement) else None


def _past(clause: Token) -> bool:
    return any(c.dep_ == "aux" and c.lemma_ == "た" for c in clause.children)


@gives("none")
def passive_report(complement: Token, verb: Token, ctx: SentenceContext) -> Found | None:
    """…したとされる: a passive report names no speaker to stand in for the subject."""
    return STOP if is_passive(verb) else None


@gives("speaker")
def speaker_found_for_report(complement: Token, verb: Token, ctx: SentenceContext) -> Found:
    """The report verb's own subject, however it is found (a relative clause's head, a joined clause)."""
    found = subject_token(verb, ctx)
    return Found(found.token, "speaker" if found.how in {"explicit", "clause", "relative"} else found.how)


# -- revisions of what the syntax gave: (predicate, found, context) -> Found | (actors, how) | None --


Subjects = tuple[list[Argument], str]


def estimator_hung_in_the_estimate(predicate: Token, found: Found, ctx: SentenceContext) -> Found | None:
    """県警は、ビルから転落したとみている: the parser hangs the estimator's は-topic on the act estimated,
    which is someone else's (``act_estimated_by_another``)."""
    if found.token is None or found.how != "explicit" or case_of(found.token) not in TOPIC_CASES:
        return None
    if not is_complement(predicate) or not _estimates(predicate.head):
        return None
    return NOT_THE_SPEAKER if _past(predicate) else None


def _estimates(verb: Token) -> bool:
    # (…したとみられる: an impersonal estimate is the writer's hedge, and its topic is the content's.)
    return predicate_lemma(verb) in ESTIMATION_VERBS and not is_passive(verb)


def reporter_hung_on_the_content(predicate: Token, found: Found, ctx: SentenceContext) -> Found | None:
    """北星通信は、…西国は…が残ると判断したと分析している: the parser hangs the reporter's は-topic on
    the reported verb and the content's own は-topic deeper; where a report verb above has no subject of
    its own, the later topic is the content's subject."""
    if found.token is None or found.how != "explicit" or case_of(found.token) not in TOPIC_CASES:
        return None
    report = predicate.head
    if not is_complement(predicate) or predicate_lemma(report) not in _REPORT_VERBS or own_subject(report):
        return None
    later = [
        t
        for t in predicate.subtree
        if found.token.i < t.i < predicate.i
        and t.dep_ in SUBJECT_DEPS | {"dislocated"}
        and case_of(t) in TOPIC_CASES
        and not inside_quote(t)
    ]
    return Found(later[0], "explicit") if later and ctx.actor(later[0]) is not None else None


def reflexive_subject(predicate: Token, found: Found, ctx: SentenceContext) -> Subjects | None:
    """首相は、自身が辞任すると表明した: a reflexive subject (自分, 自身) is the subject of the clause above
    it, or else the sentence's topic."""
    if found.token is None or found.token.lemma_ not in REFLEXIVES:
        return None
    token = predicate
    while token.head.i != token.i:
        token = token.head
        above = subject_token(token, ctx)
        if above.token is not None and above.token.lemma_ not in REFLEXIVES and ctx.actor(above.token):
            return [ctx.actor(above.token)], "clause"
    return ([ctx.topic], "topic") if ctx.topic is not None else ([], "none")


def can_verb_object(predicate: Token, found: Found, ctx: SentenceContext) -> Found | None:
    """準備が出来ており: the が-NP of できる is its object; the agent is the topic or an earlier one."""
    if found.token is None or found.how != "explicit" or predicate.lemma_ not in CAN_VERBS:
        return None
    if case_of(found.token) != "が":
        return None
    return subject_token(predicate, ctx, skip_own=True)


def gapped_subjects(predicate: Token, found: Found, ctx: SentenceContext) -> Subjects | None:
    """A候補が40%、B候補が33%の票を得た; A選手が5位、B選手が6位に入った: one claim per gapped subject."""
    direct = [
        c for c in predicate.children if c.dep_ in SUBJECT_DEPS and case_of(c) == "が" and c.i < predicate.i
    ]
    if len(direct) > 1 and found.token in direct:
        # Several が-subjects on one verb: each has its own gapped copy of the verb.
        subjects = ctx.actors(direct)
        if len(subjects) == len(direct):
            return subjects, "explicit"
    floating = ctx.actors(floating_subjects(predicate))
    topic = found.token is not None and case_of(found.token) in TOPIC_CASES
    if floating and (found.token is None or found.how != "explicit" or topic):
        # (A は-NP found first is a topic, often the reporter's: 地元テレビは、A候補が…を得たと報じた.)
        return floating, "explicit"
    return None


def undergoer_is_no_actor(predicate: Token, found: Found, ctx: SentenceContext) -> Subjects | None:
    """交渉は難航した: the NP that changes is the subject of an unaccusative verb, and it is no actor."""
    undergoer = found.token is not None and found.how == "explicit" and case_of(found.token) in SUBJECT_CASES
    if not undergoer:
        return None
    # (A verb the corpus never saw with ヲ has an undergoer too; not a frame (退会したのちも活躍した,
    # その後は…に就任した) nor a pronoun (いずれも).)
    frame = outer_head(found.token) or sets_a_frame(found.token) or found.token.pos_ == "PRON"
    intransitive = never_transitive(predicate) and not frame
    if predicate_lemma(predicate) not in UNACCUSATIVE_VERBS and not intransitive:
        return None
    if direct_object(predicate) is None and ctx.actor(found.token) is None:
        return [], "none"
    return None


def contrastive_object(predicate: Token, found: Found, ctx: SentenceContext) -> Found | None:
    """独立は認めない: a contrastive は-NP that is no actor is the object; the agent is elsewhere."""
    if found.token is None or found.how != "explicit" or case_of(found.token) not in TOPIC_CASES:
        return None
    if ctx.actor(found.token) is not None or _subject_before_its_object(found.token, predicate):
        return None
    return subject_token(predicate, ctx, skip_own=True)


def _subject_before_its_object(topic: Token, predicate: Token) -> bool:
    """軍部は評議会の創設を宣言した: a は/も-NP before the verb's own を-object is no object; it is the
    subject, unless it is a pronoun (これは, いずれも), a time, a measure or an ordinal (第3クォーターも),
    which frame the clause."""
    obj = direct_object(predicate)
    if obj is None or obj.i < topic.i or topic.pos_ not in {"NOUN", "PROPN"}:
        return False
    ordinal = any(c.lemma_ == "第" for c in topic.children)
    return not (sets_a_frame(topic) or is_measure(topic) or ordinal)


# -- the context, where the syntax names no one: (predicate, context) -> actors ----------------------


@gives("previous_sentence")
def court_of_the_judgement(predicate: Token, ctx: SentenceContext) -> list[Argument]:
    """判決では、…の責任を認めず、請求を退けた: what a judgement finds, the court found (where the sentence
    has no actor for topic: 判決では、運送会社は…売却した is the company's act); the court the
    document names last before the sentence, else first after it (札幌地裁は…判決を言い渡した。判決では、…).
    The frame opens the sentence: it holds for the verbs of the main clause chain, not for a relative
    clause inside it (男性が訴えていた被害)."""
    if not ctx.courts or not _in_main_chain(predicate):
        return []
    if not any(_frames_a_judgement(t) and (_in_main_chain(t.head) or _set_off(t)) for t in ctx.sentence):
        return []
    at = ctx.offset + ctx.sentence.start_char
    before = [court for court in ctx.courts if court.end <= at]
    after = [court for court in ctx.courts if court.start >= at]
    return before[-1:] or after[:1]


def _frames_a_judgement(phrase: Token) -> bool:
    # 判決では / 判決で / 判決は, outside any quotation.
    return (
        phrase.lemma_ in JUDGEMENT_NOUNS
        and case_of(phrase) in {"では", "で", "は"}
        and not inside_quote(phrase)
    )


def _set_off(phrase: Token) -> bool:
    # 判決では、…: a frame set off by a comma holds for the whole sentence, wherever the parser hung it.
    last = phrase.right_edge
    after = phrase.doc[last.i + 1] if last.i + 1 < len(phrase.doc) else last
    return last.text in COMMAS or after.text in COMMAS


def _in_main_chain(token: Token) -> bool:
    """The token is the main verb or a clause joined to it, however many times (…ず、…し、…た)."""
    while token.dep_ in CLAUSE_DEPS and token.head.i != token.i:
        token = token.head
    return token.dep_ == "ROOT"


@gives("topic")
def the_sentence_topic(predicate: Token, ctx: SentenceContext) -> list[Argument]:
    """The sentence's topic, every member of a coordinated one (AとBは…); but where a verb comes before
    that topic and after another actor's は (北星地検は、…を見落としたまま起訴し、同簡裁も…を出した),
    the earlier one is the verb's."""
    if ctx.topic is None:
        return []
    if ctx.topic_token is not None and ctx.topic_token.i > predicate.i:
        earlier = _topic_before(predicate, ctx)
        if earlier is not None:
            return [earlier]
    return ctx.topics or [ctx.topic]


def _topic_before(predicate: Token, ctx: SentenceContext) -> Argument | None:
    # The last actor marked は before the verb on the main clause chain, outside quotations.
    for token in reversed(ctx.sentence[: predicate.i - ctx.sentence.start]):
        if token.dep_ in SUBJECT_DEPS and case_of(token) == "は" and not inside_quote(token):
            if _in_main_chain(token.head) and (actor := ctx.actor(token)) is not None:
                return actor
    return None


@gives("speaker")
def opener_of_carried_quotation(predicate: Token, ctx: SentenceContext) -> list[Argument]:
    """…。」と発言した: the verb that closes a quotation begun earlier has its opener as subject."""
    if ctx.carried_speaker is not None and not in_carried_quote(predicate, ctx.sentence):
        return [ctx.carried_speaker]
    return []


@gives("speaker")
def speaker_of_carried_quotation(predicate: Token, ctx: SentenceContext) -> list[Argument]:
    """監督は「…。チームを立て直したい」と語った: a verb inside a quotation opened in an earlier sentence,
    with no subject of its own, is its speaker's (GUIDELINES.md §3)."""
    if ctx.carried_speaker is not None and ctx.open_quote and in_carried_quote(predicate, ctx.sentence):
        return [ctx.carried_speaker]
    return []


@gives("previous_sentence")
def suspect_of_the_charge(predicate: Token, ctx: SentenceContext) -> list[Argument]:
    """逮捕容疑は、…から現金を盗んだというもの: what a charge says was done, the suspect did: the last one
    the document names with a suspect's title (…容疑者, …被告) before the sentence."""
    if not framed_by_a_charge(ctx.sentence):
        return []
    text = ctx.document.text
    at = ctx.offset + ctx.sentence.start_char
    suspects_before = [
        m for m in ctx.linker.before(at) if m.type == "person" and titled_a_suspect(text, m.end)
    ]
    return [Argument.of(suspects_before[-1])] if suspects_before else []


@gives("speaker")
def author_of_the_cited_statement(predicate: Token, ctx: SentenceContext) -> list[Argument]:
    """北星電機のサイトに載った謝罪文によると、再発の防止に努めるという: a verb with no subject in what a
    cited statement says is its author's, the last actor named in the phrase (GUIDELINES.md §3, the
    speaker of a quotation); not a report or an investigation (…の調べによると), which tell what
    others did."""
    cited = according_to(ctx.sentence)
    if cited is None or cited.i > predicate.i:
        return []
    # 謝罪|文: the parser splits a compound noun; the whole names the statement.
    glued = "".join(c.text for c in cited.children if c.dep_ == "compound" and c.i == cited.i - 1)
    if cited.lemma_ not in _STATEMENTS and glued + cited.text not in _STATEMENTS:
        return []
    authors = [actor for t in cited.subtree if t.i < cited.i and (actor := ctx.actor(t)) is not None]
    return authors[-1:]


@gives("previous_sentence")
def topic_of_an_earlier_sentence(predicate: Token, ctx: SentenceContext) -> list[Argument]:
    """A dropped subject: the topic of the last sentence or two, unless this one opens a frame of its own,
    or the topic is the police or the prosecutors and the act is one estimated (…北署は死因を調べている。
    …自殺を図ったとみられる: the police estimate what someone else did) or charged (逮捕容疑は、…盗んだ
    というもの), or the topic is a news outlet
    and the act is no report (an outlet's next sentence tells its news)."""
    if ctx.carried_topic is None or _new_frame(ctx):
        return []
    if predicate_lemma(predicate) in AMOUNT_VERBS:
        return []  # …前回を10ポイント上回った: an amount, not the one the text was about
    if is_enforcer(ctx.carried_topic.text) and (
        _under_an_estimate(predicate) or framed_by_a_charge(ctx.sentence)
    ):
        return []  # the police estimate or charge what someone else did
    if _a_cited_outlet(ctx.carried_topic, ctx) and predicate_lemma(predicate) not in _REPORT_VERBS:
        return []  # 北星新聞によると…。…を心配して: the news an outlet carries is not its own act
    return [ctx.carried_topic]


def _a_cited_outlet(actor: Argument, ctx: SentenceContext) -> bool:
    # A news outlet the document cites as a source (北星新聞によると, 北星新聞が伝えた); one the document is
    # about (北星新聞は1879年に創刊した。…) acts.
    return _cited_outlet(actor.text, actor.type or "", ctx.document.text)


@lru_cache(maxsize=256)
def _cited_outlet(name: str, actor_type: str, text: str) -> bool:
    # Once per name and document, not once per predicate: the search reads the whole text.
    resolved = resolve(name, actor_type)
    if resolved is None or resolved.sector != "media":
        return False
    # 北星新聞、南山新聞によると: the first of a list of outlets is cited too.
    citations = "|".join(map(re.escape, CITATIONS))
    listed = re.escape(name) + r"(?:[、・][^、・。「」]{1,25}){0,6}?(?:" + citations + ")"
    return re.search(listed, text) is not None


def _under_an_estimate(predicate: Token) -> bool:
    # An estimate verb above the predicate, active or not (とみている, とみられる, と推定される).
    token = predicate
    while token.head.i != token.i:
        token = token.head
        if predicate_lemma(token) in ESTIMATION_VERBS:
            return True
    return False


SUBJECT_RULES = RuleList(
    "claims.subject",
    (
        giver_of_a_favour,
        accused_not_the_topic,
        owner_of_the_words,
        own_subject_phrase,
        no_subject_of_a_relative_clause,
        ga_subject_hung_past_the_clause,
        institution_as_frame,
        focus_of_a_cleft,
        accused_in_the_charge,
        thinker_inside_complement,
        speaker_inside_quotation,
        actor_the_head_is_said_of,
        category_after_a_place,
        actor_the_clause_acts_on,
        relative_clause_head,
        actor_after_relative_clause,
        topic_of_earlier_clause,
        ga_subject_of_the_opening_clause,
        ga_subject_displaced_into_a_clause,
        announcer_inside_the_announcement,
        relative_clause_on_a_non_actor,
        ga_subject_of_a_set_off_clause,
        subject_up_the_clause_chain,
        speaker_of_open_quotation,
    ),
)
CHAIN_STEPS = RuleList(
    "claims.subject_chain",
    (
        noun_in_a_clause,
        reported_complement,
        clause_in_relative_clause_on_actor,
        clause_in_relative_clause_on_object,
        no_clause_link,
        subject_of_joined_clause,
        ga_subject_of_an_earlier_clause,
    ),
)
REPORT_STEPS = RuleList(
    "claims.subject_report",
    (
        topic_of_earlier_report,
        topic_before_complement,
        act_estimated_by_another,
        passive_report,
        speaker_found_for_report,
    ),
)
SUBJECT_CHECKS = RuleList(
    "claims.subject_check",
    (
        estimator_hung_in_the_estimate,
        reporter_hung_on_the_content,
        reflexive_subject,
        can_verb_object,
        gapped_subjects,
        undergoer_is_no_actor,
        contrastive_object,
    ),
)
CONTEXT_SUBJECTS = RuleList(
    "claims.subject_context",
    (
        the_sentence_topic,
        suspect_of_the_charge,
        court_of_the_judgement,
        opener_of_carried_quotation,
        speaker_of_carried_quotation,
        author_of_the_cited_statement,
        topic_of_an_earlier_sentence,
    ),
)


def subject_token(predicate: Token, ctx: SentenceContext, skip_own: bool = False) -> Found:
    """The token that names the predicate's agent, and where it was found (the first rule that decides)."""
    for rule in SUBJECT_RULES:
        if skip_own and rule is own_subject_phrase:
            continue
        if (found := rule(predicate, ctx)) is not None:
            return found
    return STOP


def find_subjects(predicate: Token, ctx: SentenceContext) -> Subjects:
    """The actors that are the predicate's subject (one per coordinated actor), and ``subject_from``."""
    actors, how = _subjects(predicate, ctx)
    if actors and predicate_lemma(predicate) in ENFORCEMENT_VERBS:
        # 山川容疑者は…強盗を働いて逮捕・服役し: a suspect is whom the police arrest, not who does.
        actors = [a for a in actors if a.end is None or not titled_a_suspect(ctx.document.text, a.end)]
    return actors, how


def _subjects(predicate: Token, ctx: SentenceContext) -> Subjects:
    found = subject_token(predicate, ctx)
    for check in SUBJECT_CHECKS:
        verdict = check(predicate, found, ctx)
        if isinstance(verdict, Found):
            found = verdict
        elif verdict is not None:
            return verdict
    if found.token is not None:
        # 隊員の3人が…: a count stands for what it counts, each of the nouns listed before it (北星国と南星国
        # の2か国: both).
        named: list[Token] = []
        for token in conjuncts(found.token):
            named += [t for t in _members(token, ctx.counted(token)) if t not in named]
        return ctx.actors(named), found.how
    if found.how == "unknown":
        return [], "none"
    if found is NOT_THE_SPEAKER:
        # The sentence is the estimator's (its topic); what it estimates is about the one before.
        return ([ctx.carried_topic], found.how) if ctx.carried_topic is not None else ([], "none")
    for rule in CONTEXT_SUBJECTS:
        if actors := rule(predicate, ctx):
            return actors, rule.subject_from
    return [], "none"


def _members(token: Token, counted: Token | None) -> list[Token]:
    return [token] if counted is None or counted == token else conjuncts(counted)


def shares_subject_of_verb(head: Token) -> bool:
    """A plan or object noun (…する方針を固めた, …を建てる工場を買った): its clause shares the verb's
    subject."""
    plan_or_object = head.lemma_ in CONTENT_HEADS or head.dep_ == "obj"
    return head.pos_ in _NOMINAL and plan_or_object


def _predicate_nominal(noun: Token) -> bool:
    """The noun is what its sentence or clause says its subject is (…の企業だ, …の外局である)."""
    return noun.pos_ in _NOMINAL and (noun.dep_ == "ROOT" or any(c.dep_ == "cop" for c in noun.children))


def _aux_count(predicate: Token) -> int:
    return sum(1 for c in predicate.children if c.dep_ in {"aux", "fixed"} and c.i > predicate.i)


def _new_frame(ctx: SentenceContext) -> bool:
    """判決では、…; 市場は…: a sentence that opens a frame or a topic of its own (no actor) leaves the last
    topic behind. A time (翌日は) or an event noun as topic (言及はなかった) does not: the sentence is still
    about the one who acted before. The topic that opens the sentence counts wherever the parser hung it
    (電車は北星発の快速で、…着いた後、整備場に入った: on the copula clause)."""
    opening = _opening_topic(ctx.sentence)
    if opening is not None and _opens_a_frame(opening) and not sets_a_frame(opening):
        return True  # (not 今後は, その後は: a time opening the sentence goes on with the same actor)
    return any(_opens_a_frame(c) for c in main_root(ctx.sentence).children)


def _opening_topic(sentence: Span) -> Token | None:
    # The first は-phrase of the sentence, with no predicate before it but its own modifiers
    # (引退した北星号は…: the relative clause is the topic's).
    topic = next((t for t in sentence if t.pos_ in _NOMINAL and case_of(t) == "は"), None)
    if topic is None:
        return None
    before = sentence.doc[sentence.start : topic.left_edge.i]
    return None if any(t.pos_ in {"VERB", "ADJ", "AUX"} for t in before) else topic


def _opens_a_frame(phrase: Token) -> bool:
    if phrase.dep_ not in SUBJECT_DEPS | {"obl"} or inside_quote(phrase):
        return False
    case = case_of(phrase)
    if case == "では":
        return True
    time_or_event = "サ変" in phrase.tag_ or is_measure(phrase) or phrase.lemma_ in OUTER_HEADS
    return case == "は" and not time_or_event
