"""Walk a document's sentences and collect its claims (who did what to whom), in text order.

Takes a Document, its ParsedUnits and its actor mentions; gives Claim
records. This module only walks: it carries what one sentence leaves the
next (the last topic, the speaker of a quotation still open) and asks
``kinds.claims_of`` for each token's claims. The rules live in one module per
family: ``predicates`` (what is a predicate, its lemma), ``topics``,
``subjects``, ``objects`` and ``passives`` (the roles), ``attribution``
(sources), ``modality`` (negation, hedges, conditions), ``events`` (event
category and polarity); ``builder`` assembles the records.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from spacy.tokens import Doc, Span

from ..actors.tokens import text_of
from ..parse.repairs import attach_bracketed_arguments
from ..records import Argument, Claim, Document, Mention, ParsedUnit
from .arguments import conjuncts, main_root
from .attribution import reporter_of_the_sentence_before
from .bodies import named_bodies
from .context import MentionLinker, SentenceContext
from .kinds import claims_of
from .particles import case_of
from .quotes import inside_quote, quote_depth, quote_speaker
from .topics import sentence_topic

# What ends a sentence (a piece of one that ends otherwise runs on into the next).
_SENTENCE_ENDS = tuple("。．.！？!?」』…")
# The section before a document's first sentence: none of the document's, not even None.
_NO_SECTION_YET = object()
# How many sentences without a topic of their own a topic carries into.
MAX_TOPIC_CARRY = 3


def extract_claims(
    document: Document,
    units: Iterable[ParsedUnit],
    mentions: list[Mention],
    include_hypothetical: bool = False,
) -> list[Claim]:
    """Every claim the document states, in text order.

    Conditions, purposes and questions are not claims (GUIDELINES.md §1); with
    ``include_hypothetical`` they are kept with modality ``hypothetical``.
    """
    units = list(units)
    for unit in units:
        attach_bracketed_arguments(unit.doc)
    claims: list[Claim] = []
    before: list[Claim] = []  # the claims of the sentence before, which the next may attribute
    for ctx in sentence_contexts(document, units, mentions):
        if ctx.reports_the_one_before is not None and before:
            # …を解任した。北星新聞が伝えた。: the sentence before is the reporter's.
            start = len(claims) - len(before)
            claims[start:] = [attributed_to(claim, ctx.reports_the_one_before) for claim in before]
        before = []
        for token in ctx.sentence:
            for claim in claims_of(token, ctx):
                if claim.modality != "hypothetical" or include_hypothetical:
                    claims.append(claim)
                    before.append(claim)
    return claims


def attributed_to(claim: Claim, reporter: Argument) -> Claim:
    """The claim as the reporter's (outermost source), reported unless it is hypothetical."""
    modality = claim.modality if claim.modality == "hypothetical" else "reported"
    chain = (reporter, *claim.source_chain)
    return replace(claim, modality=modality, source_chain=chain, source=chain[-1])


def sentence_contexts(
    document: Document, units: Iterable[ParsedUnit], mentions: list[Mention]
) -> Iterator[SentenceContext]:
    """A context for each sentence, carrying the last topic and an open quotation's speaker along."""
    linker = MentionLinker(mentions, document.text)
    units = list(units)
    enforcers, courts = named_bodies(units, linker)
    last_topic: Argument | None = None
    topic_age = 0
    last_section: object = _NO_SECTION_YET
    speaker: Argument | None = None
    for unit in units:
        for sentence in sentences(unit.doc):
            start = unit.offset + sentence.start_char
            section = document.section_at(start)
            first_of_section = section != last_section or section == "comment"
            if first_of_section:
                # Each comment has its own author: no topic carries into it.
                last_topic = None
                last_section = section
            open_quote = quote_depth(text_of(unit.doc), sentence.start_char) > 0
            if not open_quote:
                speaker = None
            ctx = SentenceContext(
                document, unit.offset, sentence, linker, last_topic, section, open_quote, speaker
            )
            ctx.enforcers = enforcers
            ctx.courts = courts
            _set_topic(ctx)
            ctx.reports_the_one_before = reporter_of_the_sentence_before(ctx)
            # 報道官が「…。 | …」と発言した: the speaker of a quotation still open runs on with it.
            speaker = _open_speaker(ctx) or speaker
            yield ctx
            if not first_of_section and ctx.reports_the_one_before is not None:
                # …を解任した。北星新聞が伝えた。: the next sentence goes on with the news, not the reporter
                # (a section's first sentence reports nothing before it: 北署は事件について発表した).
                continue
            carried = ctx.topic or _main_clause_subject(ctx)
            if carried:
                topic_age = 0
            elif _has_subject_of_its_own(ctx):
                # A sentence about something else (株価が下がった) pushes the topic back; one that leaves
                # every subject unsaid, or a line of English or a heading, goes on about it.
                topic_age += 1
            last_topic = carried or last_topic
            if topic_age >= MAX_TOPIC_CARRY:
                # A dropped subject reaches back a sentence or two, not across a whole article.
                last_topic = None


def _has_subject_of_its_own(ctx: SentenceContext) -> bool:
    """Some verb of the sentence, outside quotations, has a が/は subject written out."""
    return any(
        t.dep_ == "nsubj"
        and case_of(t) in {"が", "は"}
        and not inside_quote(t)
        and t.head.pos_ in {"VERB", "ADJ", "NOUN"}
        for t in ctx.sentence
    )


def _main_clause_subject(ctx: SentenceContext) -> Argument | None:
    """The actor the main verb has as its own が-subject (A社が…を発表した), outside quotations: with the
    topic, what a later sentence that leaves its subject unsaid is about."""
    root = main_root(ctx.sentence)
    subject = next(
        (c for c in root.children if c.dep_ == "nsubj" and case_of(c) == "が" and not inside_quote(c)), None
    )
    return ctx.actor(subject) if subject is not None else None


def _set_topic(ctx: SentenceContext) -> None:
    topic = ctx.topic_token = sentence_topic(ctx)
    ctx.topic = ctx.actor(topic) if topic is not None else None
    # AとBは…: a coordinated topic is every one of its actors.
    ctx.topics = ctx.actors(conjuncts(topic)) if topic is not None else []


def _open_speaker(ctx: SentenceContext) -> Argument | None:
    """Who opens a quotation that is still open at the end of this sentence."""
    token = quote_speaker(ctx.sentence[-1], ctx.sentence)
    return ctx.actor(token) if token is not None else None


def sentences(doc: Doc) -> Iterator[Span]:
    """The doc's sentences, with the pieces GiNZA cut off before a sentence end joined again.

    GiNZA sometimes ends a "sentence" at a comma in a long news sentence
    (…前首相が、 | 東京都内の… | …と語った。); the subject, the …によると and the
    predicate then sit in different pieces. A piece that does not end in
    sentence-final punctuation runs on into the next.
    """
    start = None
    pieces = list(doc.sents)
    for index, piece in enumerate(pieces):
        start = piece.start if start is None else start
        last = index == len(pieces) - 1
        if last or piece.text.rstrip().endswith(_SENTENCE_ENDS):
            yield doc[start : piece.end]
            start = None
