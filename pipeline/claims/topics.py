"""The sentence's topic: the actor that the clauses with no subject of their own share.

Takes a ``SentenceContext``; gives the token that heads the topic phrase, or
None. The rules are tried in order (``TOPIC_RULES``); the first that finds an
actor wins.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import RuleList
from .arguments import phrase_end
from .context import SentenceContext
from .particles import SUBJECT_CASES, SUBJECT_DEPS, TOPIC_CASES, TOPIC_FOCUS, case_of
from .quotes import in_gloss, inside_quote


def _roots(ctx: SentenceContext) -> list[Token]:
    return [t for t in ctx.sentence if t.dep_ == "ROOT"]


def topic_of_main_clause(ctx: SentenceContext) -> Token | None:
    """A は/も NP on the main verb (国連は…を非難した), not one inside a quotation (「A国は…」と述べた) or a
    gloss in brackets (北星商事（英: Hokusei）は: the parser may make the gloss the subject)."""
    for child in (c for root in _roots(ctx) for c in root.children):
        outside = not inside_quote(child) and not in_gloss(child)
        if child.dep_ in SUBJECT_DEPS and case_of(child) in TOPIC_CASES and outside:
            if ctx.actor(child) is not None:
                return child
    return None


def topic_before_a_gloss(ctx: SentenceContext) -> Token | None:
    """北電機（きたでんき、Kita Denki）は、…: a name with a gloss in brackets before its は, which the
    parser does not hang on the verb."""
    tokens = list(ctx.sentence)
    for index, token in enumerate(tokens):
        if (
            token.text not in _CLOSING
            or index + 1 >= len(tokens)
            or tokens[index + 1].text not in {"は", "も"}
        ):
            continue
        opening = next(
            (j for j in range(index - 1, max(-1, index - 40), -1) if tokens[j].text in _OPENING), None
        )
        if opening is None or opening == 0:
            continue
        named = tokens[opening - 1]
        if named.pos_ in {"NOUN", "PROPN"} and not inside_quote(named) and ctx.actor(named) is not None:
            return named
    return None


_OPENING, _CLOSING = frozenset("（("), frozenset("）)")


def subject_left_for_the_rest(ctx: SentenceContext) -> Token | None:
    """A piece the parser cut off that ends in a subject (…前首相が、 | …と語った)."""
    for root in _roots(ctx)[:-1]:
        if root.pos_ in {"NOUN", "PROPN"} and case_of(phrase_end(root)) in SUBJECT_CASES:
            if ctx.actor(root) is not None:
                return root
    return None


def first_topic_outside_quotes(ctx: SentenceContext) -> Token | None:
    """The first は-NP outside quotes, wherever the parser hung it (a relative clause, a quotation)."""
    for token in ctx.sentence:
        focus = token.dep_ in SUBJECT_DEPS | {"obl"} and case_of(token) in TOPIC_FOCUS
        if focus and not inside_quote(token) and token.head.pos_ in {"VERB", "ADJ", "NOUN", "AUX"}:
            if ctx.actor(token) is not None:
                return token
    return None


TOPIC_RULES = RuleList(
    "claims.topic",
    (topic_of_main_clause, topic_before_a_gloss, subject_left_for_the_rest, first_topic_outside_quotes),
)


def sentence_topic(ctx: SentenceContext) -> Token | None:
    for rule in TOPIC_RULES:
        if (found := rule(ctx)) is not None:
            return found
    return None
