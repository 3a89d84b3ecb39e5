"""Who a claim is attributed to: speakers of quotations and reports, …によると, hearsay.

Takes a predicate and its ``SentenceContext``; gives an ``Attribution``:
whether the claim is reported (and by whom, outermost first) or hedged by an
impersonal frame (…とみられる). ``SOURCE_RULES`` are tried in order, each
adding to what the ones before found; ``FRAME_RULES`` read one framing verb
(…と述べた, …とされる) on the way up from the predicate.

The lexicon of speech, report and thought verbs follows GUIDELINES.md §6
(述べる, 報ずる, 明らかにする, 考える …), extended with the reporting verbs of
Japanese news prose (強調する, 指摘する, 示唆する …).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Token

from .. import lexicons
from ..records import Argument
from ..rules import RuleList
from .arguments import according_to, is_complement, main_root, own_subject, subtree_start
from .charges import accusing_verb
from .context import SentenceContext
from .modality import is_negated, is_question, tightly_joined, volitional
from .particles import CLAUSE_DEPS, case_of
from .predicates import is_passive, predicate_lemma
from .quotes import in_carried_quote, quote_speaker
from .subjects import find_subjects, subject_token

_FILE = "claim_attribution"
REPORTING_VERBS = lexicons.words(_FILE, "reporting_verbs")
CONTENT_NOUNS = lexicons.words(_FILE, "content_nouns")
REPORT_FRAMES = lexicons.words(_FILE, "report_frames")
THOUGHT_VERBS = lexicons.words(_FILE, "thought_verbs")
IMPERSONAL_REPORT = lexicons.words(_FILE, "impersonal_report")
IMPERSONAL_HEDGE = lexicons.words(_FILE, "impersonal_hedge")


@dataclass(frozen=True)
class Attribution:
    """Who a claim is attributed to: ``reported`` with a chain of sources, or ``hedged`` (とみられる)."""

    reported: bool = False
    hedged: bool = False
    chain: tuple[Argument, ...] = ()


def framing_verb(token: Token) -> Token | None:
    """The verb whose content the clause is: …と述べた, or …ことを明らかにした with a reporting verb."""
    if is_complement(token):
        return token.head
    reporting_head = predicate_lemma(token.head) in REPORTING_VERBS
    if token.dep_ == "advcl" and reporting_head and _runs_into_complement(token):
        # Xは「…」と明かし、…拒否したと報じた: the first of two joined clauses is reported too.
        return token.head
    # …を見直すことを明らかにした, 辞任する方針を表明した, 提訴も行う考えを示唆した: a clause on
    # こと or on a plan or view noun that is the object of a speech verb.
    head = token.head
    if token.dep_ == "acl" and head.lemma_ in CONTENT_NOUNS and head.dep_ == "obj":
        if predicate_lemma(head.head) in REPORTING_VERBS:
            return head.head
    return None


def _runs_into_complement(clause: Token) -> bool:
    # The clause ends in a 連用形 comma (明かし、) and the next clause is the verb's と-complement.
    end = max(t.i for t in clause.subtree)
    siblings = [c for c in clause.head.children if c.i > clause.i and is_complement(c)]
    return any(0 < min(t.i for t in c.subtree) - end <= 1 for c in siblings) and not any(
        t.dep_ == "mark" for t in clause.children
    )


def in_negated_attitude(predicate: Token) -> bool:
    """The content of a negated or questioned attitude (撤退するとは思っていなかった) is not a claim."""
    token = predicate
    while token.head.i != token.i:
        parent = token.head
        if is_complement(token) and predicate_lemma(parent) in REPORTING_VERBS:
            if is_negated(parent) or is_question(parent):
                return True
        token = parent
    return False


# -- framing verbs on the way up: (clause, framing verb, context, found so far, loose) -> Attribution --


def impersonal_hedge(
    clause: Token, verb: Token, ctx: SentenceContext, found: Attribution, loose: bool
) -> Attribution | None:
    """…とみられる / と考えられる: the writer hedges the content (not across a loose clause)."""
    if is_passive(verb) and predicate_lemma(verb) in IMPERSONAL_HEDGE:
        return replace(found, hedged=found.hedged or not loose)
    return None


def impersonal_report(
    clause: Token, verb: Token, ctx: SentenceContext, found: Attribution, loose: bool
) -> Attribution | None:
    """…とされる / といわれる / と伝えられる: reported, no source named."""
    if is_passive(verb) and predicate_lemma(verb) in IMPERSONAL_REPORT | REPORTING_VERBS:
        return replace(found, reported=True)
    return None


def hearsay(
    clause: Token, verb: Token, ctx: SentenceContext, found: Attribution, loose: bool
) -> Attribution | None:
    """…という / …といわれる in kana: the writer passes on what others say, and names no one (the
    は-NP before it is the content's, not a speaker: 容疑者は…を認めたという)."""
    if not (verb.lemma_ == "いう" or (verb.lemma_ == "言う" and not verb.text.startswith("言"))):
        return None
    if any(c.dep_ == "nsubj" and case_of(c) == "が" and c.i > clause.i for c in verb.children):
        return None  # …と、住民がいう: a speaker named after the content is its source
    return replace(found, reported=True)


def speech_or_thought(
    clause: Token, verb: Token, ctx: SentenceContext, found: Attribution, loose: bool
) -> Attribution | None:
    """…と述べた / …とした: the speaker (an actor, an outlet or a document such as 声明) is the source;
    with no speaker named it is still reported, but a commenter's own と思う is a hedge."""
    lemma = predicate_lemma(verb)
    if not (lemma in REPORTING_VERBS or (lemma == "する" and not volitional(clause))):
        return None
    speaker = _speaker(verb, ctx)
    if speaker is not None:
        return replace(found, reported=True, chain=(speaker, *found.chain))
    if lemma in THOUGHT_VERBS and ctx.section == "comment":
        return replace(found, hedged=found.hedged or not loose)
    return replace(found, reported=True)


FRAME_RULES = RuleList("claims.frame", (impersonal_hedge, impersonal_report, hearsay, speech_or_thought))


# -- sources: (predicate, context, found so far) -> Attribution | None --------------------------------


def framing_verbs_above(predicate: Token, ctx: SentenceContext, found: Attribution) -> Attribution | None:
    """Every framing verb between the predicate and the root, read by ``FRAME_RULES``; none above the
    …によると phrase for what that phrase itself states (北星新聞が取材したところによれば、…という:
    the inquiry is the writer's, not hearsay)."""
    loose = False
    token = predicate
    cited = according_to(ctx.sentence)
    citing = cited is not None and subtree_start(cited) <= predicate.i < cited.i
    while token.head.i != token.i:
        if citing and token == cited:
            break
        parent = token.head
        # A hedge does not reach back over a loose clause (拘束されたが、…潜伏しているとみられる).
        loose = loose or (token.dep_ in CLAUSE_DEPS and not tightly_joined(token))
        if not loose and token.dep_ in CLAUSE_DEPS and is_passive(parent):
            if predicate_lemma(parent) in IMPERSONAL_HEDGE and parent.head.i == parent.i:
                # その後逃亡して、…潜伏しているとみられる: a て-clause on the hedging verb itself.
                found = replace(found, hedged=True)
        framing = framing_verb(token)
        if framing is not None:
            parent = framing
            for rule in FRAME_RULES:
                if (read := rule(token, parent, ctx, found, loose)) is not None:
                    found = read
                    break
        token = parent
    return found


def speaker_of_quotation_cut_short(
    predicate: Token, ctx: SentenceContext, found: Attribution
) -> Attribution | None:
    """A quotation that a 。 cut before its と…述べた: its speaker is the NP that opens it."""
    speaker = quote_speaker(predicate, ctx.sentence)
    if found.reported or speaker is None:
        return None
    return replace(found, reported=True, chain=(*found.chain, ctx.argument(speaker)))


def opener_of_carried_quotation(
    predicate: Token, ctx: SentenceContext, found: Attribution
) -> Attribution | None:
    """「…。…。…」と謝罪した: a piece of a quotation that a 。 split off is the speaker's, who is the one
    that opened it, or else the topic carried from there."""
    if not (ctx.open_quote and in_carried_quote(predicate, ctx.sentence)):
        return None
    opener = ctx.carried_speaker or ctx.carried_topic
    chain = (opener, *found.chain) if opener is not None else found.chain
    return replace(found, reported=True, chain=chain)


def according_to_phrase(predicate: Token, ctx: SentenceContext, found: Attribution) -> Attribution | None:
    """…によると / …によれば: every claim of the sentence is the party cited, but the report the phrase
    itself states (朝日新聞が伝えたところによると: 伝える is the writer's, GUIDELINES.md §6)."""
    cited = according_to(ctx.sentence)
    if cited is None:
        return None
    if subtree_start(cited) <= predicate.i < cited.i:
        return None
    return replace(found, reported=True, chain=(ctx.argument(party_cited(cited, ctx)), *found.chain))


def party_cited(noun: Token, ctx: SentenceContext) -> Token:
    """Who a …によると cites: the subject of the report in …が伝えたところによると or of a document that
    is no actor itself (…省が公開した資料によると), the owner of such a document (警察の発表によると,
    同紙の記事によれば), else the noun."""
    if noun.lemma_ in REPORT_FRAMES or ctx.actor(noun) is None:
        report = next((c for c in noun.children if c.dep_ == "acl"), None)
        reporter = own_subject(report) if report is not None else None
        if reporter is not None and ctx.actor(reporter) is not None:
            return reporter
    owner = _genitive(noun)
    if owner is not None and ctx.actor(owner) is None:
        owner = _genitive(owner) or owner  # 北星新聞の別の記事, 北星新聞のその後の続報: past the modifier
    if owner is not None and ctx.actor(noun) is None and ctx.actor(owner) is not None:
        return owner
    return noun


def _genitive(noun: Token) -> Token | None:
    return next((c for c in noun.children if c.dep_ == "nmod" and c.i < noun.i and case_of(c) == "の"), None)


SOURCE_RULES = RuleList(
    "claims.source",
    (
        framing_verbs_above,
        speaker_of_quotation_cut_short,
        opener_of_carried_quotation,
        according_to_phrase,
    ),
)


def attribute(predicate: Token, ctx: SentenceContext) -> Attribution:
    """The chain of parties the claim is attributed to, outermost first, and whether it is hedged."""
    found = Attribution()
    for rule in SOURCE_RULES:
        if (read := rule(predicate, ctx, found)) is not None:
            found = read
    # 報道官が「…と考えており、…」と発言した: one party framing its own words twice is one source.
    chain = tuple(party for n, party in enumerate(found.chain) if n == 0 or party != found.chain[n - 1])
    return replace(found, chain=chain)


def reporter_of_the_sentence_before(ctx: SentenceContext) -> Argument | None:
    """…を解任した。北星新聞が伝えた。: a sentence that is only a report verb and who reports (no content,
    no object of its own) attributes the sentence before it (GUIDELINES.md §6); the reporter, else None."""
    root = main_root(ctx.sentence)
    if predicate_lemma(root) not in REPORTING_VERBS or is_passive(root) or ctx.open_quote:
        return None
    if any(is_complement(c) or c.dep_ in {"obj", "ccomp"} for c in root.children):
        return None
    reporter = own_subject(root)
    # An outlet or another actor: …事件は初めてという says something of the 事件, it reports nothing.
    if reporter is None or reporter.pos_ not in {"NOUN", "PROPN"} or ctx.actor(reporter) is None:
        return None
    return ctx.argument(reporter)


def _speaker(verb: Token, ctx: SentenceContext) -> Argument | None:
    # 県警は…盗んだとして男を逮捕した: who acts on a charge claims it.
    verb = accusing_verb(verb) or verb
    token = subject_token(verb, ctx).token
    if token is not None:
        return ctx.argument(token)
    subjects, _ = find_subjects(verb, ctx)
    return subjects[0] if subjects else None
