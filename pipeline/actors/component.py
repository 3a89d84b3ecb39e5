"""The spaCy component that finds actor spans: GiNZA's entities, repaired, plus what the span rules find.

``actor_recognizer`` runs after GiNZA's ``ner`` (last, once the compound
splitter has fixed the tokens). It reads ``doc.ents`` and the Sudachi
part-of-speech tags and writes ``doc._.actor_spans``: plain
``(start_char, end_char, label, type)`` tuples, sorted and non-overlapping.
Character offsets (not token indices) because the press packs several
actors into one token (``日米``, ``米英仏``). Spans that fit token bounds are
also written back to ``doc.ents`` so that displaCy and other spaCy tools see
the repaired entities.

``find_actor_spans`` runs two ordered rule lists (the rules alone; where the
package ships the learned recognizer's weights, ``learned.py``, the combiner,
``combiner.py``, then weighs their spans against the recognizer's). ``SPAN_RULES``
(``actors.spans``) are generators of candidate spans, each with a priority;
``POST_PASSES`` (``actors.post_passes``) then filter the candidates, choose
among overlapping ones (the higher priority and then the longer span wins),
and complete, split and join what was chosen. ``FINAL_PASSES``
(``actors.final_passes``) run over what the rules or the combiner finally
chose (a department head after a direction makes a part of a place, and a
person's name before 政権 an administration, which the recognizer's own types
would otherwise mislead the combiner about). Each rule
lives in the module of its family (abbreviations.py, organizations.py …).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans, minibatch

from ..rules import RuleList
from .abbreviations import abbreviation_spans
from .candidates import PRIORITY_POS, ActorSpan, select_by_priority
from .combiner import LABEL_LEARNED, combine, combiner_weights
from .context import cued_organization_spans, cued_person_spans, described_spans
from .countries import country_before_trailer, gazetteer_country_spans
from .filters import (
    bodies_of_members,
    trimmed_of_dangling_dots,
    without_battle_names,
    without_citations,
    without_editions,
    without_facility_or_event_openers,
    without_kinds_of_bodies,
    without_model_numbers,
    without_parts_of_longer_names,
    without_quoted_titles,
    without_ranks,
    without_time_zones_and_web_editions,
)
from .gazetteer import actor_lexicon
from .labels import ACTOR_TYPES
from .learned import learned_spans_of_batch, load_recognizer
from .organizations import (
    acronym_spans,
    administrations_of_persons,
    department_spans,
    known_organization_spans,
    organization_suffix_spans,
    split_lists,
)
from .persons import (
    complete_person_names,
    join_split_names,
    regnal_name_spans,
    titled_name_spans,
    unknown_subject_spans,
)
from .places import geographic_spans, join_place_chains, parts_of_places, unit_before_trailer
from .proper_nouns import proper_noun_spans
from .repairs import repaired_entity_spans
from .titles import TITLES, strip_title
from .tokens import text_of

# Also the names other steps import from here (pipeline/claims/context.py: strip_title).
__all__ = [
    "ACTOR_TYPES",
    "EXTENSION",
    "FINAL_PASSES",
    "POST_PASSES",
    "SPAN_RULES",
    "TITLES",
    "ActorSpan",
    "abbreviation_spans",
    "find_actor_spans",
    "register_extensions",
    "with_final_passes",
    "strip_title",
]

EXTENSION = "actor_spans"

# A rank, not a name (第2党: the second party), which the recognizer takes for one.
_MATCH = "戦"
_RANK = re.compile(r"^第[0-9０-９一二三四五六七八九十]+")

SpanRule = Callable[[Doc], Iterator[ActorSpan]]
PostPass = Callable[[Doc, list[ActorSpan]], list[ActorSpan]]

# Every rule proposes candidates; the order only breaks ties between equal candidates in the selection.
SPAN_RULES: RuleList[SpanRule] = RuleList(
    "actors.spans",
    (
        abbreviation_spans,
        known_organization_spans,
        organization_suffix_spans,
        repaired_entity_spans,
        gazetteer_country_spans,
        proper_noun_spans,
        acronym_spans,
        titled_name_spans,
        cued_organization_spans,
        cued_person_spans,
        described_spans,
        department_spans,
        geographic_spans,
        regnal_name_spans,
        unknown_subject_spans,
    ),
)

# Filters first, then the choice among overlapping candidates, then the passes over the chosen spans.
POST_PASSES: RuleList[PostPass] = RuleList(
    "actors.post_passes",
    (
        without_model_numbers,
        without_ranks,
        without_editions,
        without_time_zones_and_web_editions,
        without_citations,
        without_quoted_titles,
        without_battle_names,
        without_parts_of_longer_names,
        without_facility_or_event_openers,
        without_kinds_of_bodies,
        bodies_of_members,
        select_by_priority,
        split_lists,
        complete_person_names,
        join_split_names,
        join_place_chains,
    ),
)


# Passes over the spans finally chosen, by the rules alone or by the combiner.
FINAL_PASSES: RuleList[PostPass] = RuleList(
    "actors.final_passes", (trimmed_of_dangling_dots, parts_of_places, administrations_of_persons)
)


def register_extensions() -> None:
    """Register ``Doc._.actor_spans`` once; it holds plain tuples, so it survives ``DocBin``."""
    if not Doc.has_extension(EXTENSION):
        Doc.set_extension(EXTENSION, default=None)


class ActorRecognizer:
    """Find every person, country, place and organization span in a GiNZA-parsed Doc."""

    def __init__(self, nlp: Language, name: str, write_ents: bool = True, learned: bool = True) -> None:
        register_extensions()
        self.name = name
        self.write_ents = write_ents
        # The learned recognizer and the combiner's weights, where the package ships them.
        self.recognizer = load_recognizer(nlp.vocab) if learned else None
        self.weights = combiner_weights() if self.recognizer is not None else {}

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        """The Docs annotated in order; the learned recognizer runs over a batch at a time."""
        for batch in minibatch(docs, size=batch_size):
            if self.recognizer is not None and self.weights:
                learned = learned_spans_of_batch(self.recognizer, batch)
            else:
                learned = [None] * len(batch)
            for doc, found in zip(batch, learned, strict=True):
                yield self._annotate(doc, found)

    def _annotate(self, doc: Doc, learned: tuple[tuple[int, int, str], ...] | None) -> Doc:
        spans = find_actor_spans(doc)
        if learned is not None:
            # doc.ents are still GiNZA's own here: the combiner reads them before they are written over.
            spans = combine(doc, spans, learned_candidates(doc, learned), self.weights)
        spans = with_final_passes(doc, spans)
        doc._.set(EXTENSION, tuple((c.start, c.end, c.label, c.type) for c in spans))
        if self.write_ents:
            doc.ents = _entities_with(doc, spans)
        return doc


@Language.factory(
    "actor_recognizer",
    default_config={"write_ents": True, "learned": True},
    requires=["doc.ents", "token.tag", "token.pos"],
    assigns=["doc._.actor_spans", "doc.ents"],
)
def make_actor_recognizer(nlp: Language, name: str, write_ents: bool, learned: bool) -> ActorRecognizer:
    return ActorRecognizer(nlp, name, write_ents, learned)


def find_actor_spans(doc: Doc) -> list[ActorSpan]:
    """All actor spans of the Doc, sorted by offset, none overlapping."""
    spans = [span for rule in SPAN_RULES for span in rule(doc)]
    for post_pass in POST_PASSES:
        spans = post_pass(doc, spans)
    return spans


def with_final_passes(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    """The chosen spans after ``FINAL_PASSES``."""
    for final_pass in FINAL_PASSES:
        spans = final_pass(doc, spans)
    return spans


def learned_candidates(doc: Doc, learned: Iterable[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The learned recognizer's spans, held to what the rules hold names to: the filters of ``POST_PASSES``
    (no time zone, citation, quoted title, part of a building's name …), no rank (第2党) nor building
    (北星ドーム), a country or an administrative unit with a word run into it cut to the place (スーダン西部
    → スーダン, 北星県内 → 北星県), a team to itself (北星戦 → 北星)."""
    spans = []
    text = text_of(doc)
    for start, end, kind in learned:
        surface = text[start:end]
        if _RANK.match(surface) or (kind == "organization" and actor_lexicon().is_facility(surface)):
            continue  # 第2党; 北星ドーム, 北星駅: a rank, a building
        stem = (country_before_trailer(surface) or unit_before_trailer(surface)) if kind == "place" else ""
        if kind == "organization" and surface.endswith(_MATCH) and len(surface) > len(_MATCH) + 1:
            stem = surface[: -len(_MATCH)]  # 北星戦: the match is the event; the team is the actor
        spans.append(ActorSpan(start, start + len(stem) if stem else end, LABEL_LEARNED, kind, PRIORITY_POS))
    for post_pass in POST_PASSES:
        if post_pass is select_by_priority:
            break  # the filters come first; the rest choose among the rules' own candidates
        spans = post_pass(doc, spans)
    return [(span.start, span.end, span.type) for span in spans]


def _entities_with(doc: Doc, spans: list[ActorSpan]) -> tuple[Span, ...]:
    # Actor spans that fit token bounds, plus GiNZA's other entities (dates, products) where they fit.
    actor_ents = [s for c in spans if (s := doc.char_span(c.start, c.end, label=c.label)) is not None]
    others = [
        e
        for e in doc.ents
        if e.label_ not in ACTOR_TYPES
        and not any(c.start < e.end_char and e.start_char < c.end for c in spans)
    ]
    return tuple(filter_spans(actor_ents + others))
