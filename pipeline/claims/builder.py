"""Build the Claim records for one predicate once its roles are known.

Takes the predicate, its lemma, subjects, objects, ``subject_from`` and
negation; adds attribution, modality, the event category and the quote flag;
gives one Claim per coordinated subject and object.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Token

from ..records import Argument, Claim
from .attribution import Attribution, attribute
from .context import SentenceContext
from .events import event_of
from .modality import hedged_in_context, in_hypothetical
from .predicates import predicate_surface
from .quotes import is_quoted


def build_claims(
    predicate: Token,
    lemma: str,
    subjects: list[Argument],
    objects: list[Argument | None],
    how: str,
    negated: bool,
    ctx: SentenceContext,
    clause_head: Token | None = None,
) -> Iterator[Claim]:
    """One claim per coordinated subject and object; the first pair keeps the plain id.

    ``clause_head`` is the word whose clause decides attribution and modality where it is not the
    predicate itself (an event noun's ある/ない).
    """
    head = clause_head or predicate
    attribution = attribute(head, ctx)
    start = ctx.offset + predicate.idx
    object_text = objects[0].text if objects[0] is not None else None
    event, polarity, event_note = event_of(lemma, negated, object_text)
    base = Claim(
        id=f"{ctx.document.id}:{start}",
        doc_id=ctx.document.id,
        sentence_start=ctx.offset + ctx.sentence.start_char,
        sentence_end=ctx.offset + ctx.sentence.end_char,
        sentence_text=ctx.sentence.text,
        predicate_lemma=lemma,
        predicate_text=predicate_surface(predicate),
        predicate_start=start,
        subject=subjects[0],
        object=objects[0],
        negated=negated,
        modality=modality_of(head, attribution),
        source=attribution.chain[-1] if attribution.chain else None,
        quoted=is_quoted(predicate, ctx.sentence, ctx.open_quote),
        section=ctx.section,
        subject_from=how,
        source_chain=attribution.chain,
        event=event,
        polarity=polarity,
        event_note=event_note,
    )
    for s_index, subject in enumerate(subjects):
        for o_index, obj in enumerate(objects):
            if subject == obj:
                continue
            suffix = "" if s_index == o_index == 0 else f"-{s_index}.{o_index}"
            yield replace(base, id=base.id + suffix, subject=subject, object=obj)


def modality_of(head: Token, attribution: Attribution) -> str:
    """hypothetical, then reported, then hedged, else asserted (GUIDELINES.md §6, in that order)."""
    if in_hypothetical(head):
        return "hypothetical"
    if attribution.reported:
        return "reported"
    if attribution.hedged or hedged_in_context(head):
        return "hedged"
    return "asserted"
