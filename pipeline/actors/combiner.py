"""The combiner: a small logistic model that decides, span by span, between the rules and the recognizer.

Takes a GiNZA-parsed Doc, the rules' chosen spans and the learned recognizer's
spans; gives the actor spans to keep. Every span either side proposes is a
candidate, described by named features: which rule found it (its label) and
the type it gave, whether the recognizer found it too and with which type,
whether they agree on the boundaries, what GiNZA's own entities call it, the
Sudachi tags of its first and last words and of the words around it, its
length and script. A weight per feature (``data/combiner.json``, fitted by
``scripts/train_combiner.py`` on out-of-fold predictions over ``ner_train``,
never on dev) scores each candidate; candidates scoring above zero are kept,
the best first where they overlap, a rule's span before the recognizer's on a
tie.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .. import lexicons
from .candidates import (
    LABEL_ABBREVIATION,
    LABEL_COUNTRY,
    LABEL_CUED,
    LABEL_KNOWN_ORG,
    LABEL_ORG_SUFFIX,
    LABEL_PLACE_SUFFIX,
    LABEL_TITLE_STRIPPED,
    ActorSpan,
)
from .dictionary import parts_of_speech
from .gazetteer import actor_lexicon, country_code
from .titles import strip_title
from .tokens import text_of, tokens_of

# The label of a span only the recognizer found.
LABEL_LEARNED = "learned"
# The recognizer's place covers the rules' country and location.
_FOLDED = {"person": "person", "country": "place", "location": "place", "organization": "organization"}
_KATAKANA = re.compile(r"^[\u30a0-\u30ff・=＝]+$")
_KANJI = re.compile(r"^[\u4e00-\u9fff々〆ヶ]+$")
_LATIN = re.compile(r"^[A-Za-z0-9&.\-' ]+$")
# Rules whose spans stand whatever the score (with a rule's country, a rule's organization that ends in a
# body's head, and a person's name the dictionary lists only as one: _stands): the structural rules,
# written for news, whose cues (米NBC, ロハス報道官, …が販売) the Wikipedia sentences the combiner is fitted
# on seldom hold, so it cannot learn their worth, and the countries, which it would drop where that data
# leaves one unmarked inside a compound (ウクライナ侵攻). Keeping them costs about 0.001 of cross-validated
# F1 on ner_train.
_KEPT_LABELS = frozenset(
    {
        LABEL_ABBREVIATION,
        LABEL_KNOWN_ORG,
        LABEL_COUNTRY,
        LABEL_ORG_SUFFIX,
        LABEL_TITLE_STRIPPED,
        LABEL_CUED,
        LABEL_PLACE_SUFFIX,
    }
)
_HEADED_ORGANIZATION = "head|organization"
# The features crossed with the side that found a span.
_CROSSED = ("ginza:", "first:", "last:", "before:", "after:")
# How much of a Sudachi tag a feature keeps (名詞-固有名詞-人名: the kind of noun, not 姓 or 名).
_TAG_LEVELS = 3

Span = tuple[int, int, str]


@dataclass(frozen=True)
class Candidate:
    """A span one side proposes, with the features the combiner scores it by."""

    start: int
    end: int
    type: str  # person, country, location, organization
    label: str
    from_rules: bool
    features: tuple[str, ...]
    # A rule's span that stands whatever the score (_KEPT_LABELS and the like).
    stands: bool = False


def fold(actor_type: str) -> str:
    return _FOLDED.get(actor_type, actor_type)


def candidates(doc: Doc, rule_spans: Iterable[ActorSpan], learned: Iterable[Span]) -> list[Candidate]:
    """Every span either side proposes, with its features (the same for training and for use).

    The Doc's entities must still be GiNZA's own: what GiNZA calls a span is one of its features.
    """
    text = text_of(doc)
    words = _Words(doc)
    entities = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    rules = list(rule_spans)
    model = list(learned)
    found = []
    for span in rules:
        over = [m for m in model if m[0] < span.end and span.start < m[1]]
        features = _crossed(
            _rule_features(text, span, over)
            + _ginza_features(span.start, span.end, entities)
            + words.features(span.start, span.end, span.type),
            f"rule:{span.label}",
        )
        stands = _stands(span, text[span.start : span.end], features)
        found.append(Candidate(span.start, span.end, span.type, span.label, True, features, stands))
    exact = {(span.start, span.end) for span in rules}
    for start, end, model_type in model:
        if model_type == "person":
            end = start + len(strip_title(text[start:end])) or end  # ロハス報道官 → ロハス, as the rules cut
        if (start, end) in exact:
            continue  # the rule's candidate stands for both, with what the recognizer says among its features
        over = [s for s in rules if s.start < end and start < s.end]
        actor_type = _model_type(text[start:end], model_type, over)
        features = _crossed(
            _model_features(text, start, end, model_type, over)
            + _ginza_features(start, end, entities)
            + words.features(start, end, actor_type),
            f"learned:{model_type}",
        )
        found.append(Candidate(start, end, actor_type, LABEL_LEARNED, False, features))
    return found


def _crossed(features: tuple[str, ...], source: str) -> tuple[str, ...]:
    """The features, and those of GiNZA's label and the words crossed with the side and kind that found
    the span (a rule's label, the recognizer's type): what a word next to a span says depends on who
    found it."""
    crossed = tuple(f"{source}|{f}" for f in features if f.startswith(_CROSSED))
    return features + crossed


def _rule_features(text: str, span: ActorSpan, model: list[Span]) -> tuple[str, ...]:
    kind = fold(span.type)
    features = ["rule", f"rule:{span.label}", f"type:{span.type}", *_shape(text[span.start : span.end])]
    if not model:
        features += ["model:none", f"model:none|rule:{span.label}", f"model:none|type:{span.type}"]
    else:
        same = any(m[2] == kind for m in model)
        exact = any(m[0] == span.start and m[1] == span.end for m in model)
        agree = "agree" if same else "other_type"
        features += [f"model:{agree}", f"model:{agree}|rule:{span.label}", f"model:{agree}|type:{span.type}"]
        if exact:
            features.append(f"model:exact|{agree}")
    return tuple(features)


def _model_features(
    text: str, start: int, end: int, model_type: str, rules: list[ActorSpan]
) -> tuple[str, ...]:
    features = ["learned", f"learned:{model_type}", *_shape(text[start:end])]
    if not rules:
        features += ["rules:none", f"rules:none|learned:{model_type}"]
    for span in rules:
        agree = "agree" if fold(span.type) == model_type else "other_type"
        exact = "exact" if (span.start, span.end) == (start, end) else "overlap"
        features += [f"rules:{agree}", f"rules:{agree}|{span.label}", f"rules:{agree}|{exact}"]
    return tuple(features)


def _ginza_features(start: int, end: int, entities: list[Span]) -> tuple[str, ...]:
    labels = sorted({label for s, e, label in entities if s < end and start < e})
    exact = any((s, e) == (start, end) for s, e, _ in entities)
    features = tuple(f"ginza:{label}" for label in labels) + (("ginza:exact",) if exact else ())
    return features or ("ginza:none",)


class _Words:
    """The Doc's words by offset, for the features of the words in and around a span."""

    def __init__(self, doc: Doc) -> None:
        self.tokens = tokens_of(doc)
        self.starts = [t.idx for t in self.tokens]

    def features(self, start: int, end: int, actor_type: str) -> tuple[str, ...]:
        first_index = max(bisect_right(self.starts, start) - 1, 0)
        last_index = max(bisect_left(self.starts, end) - 1, first_index)
        first, last = self.tokens[first_index], self.tokens[last_index]
        before = self.tokens[first_index - 1] if first_index > 0 else None
        after = self.tokens[last_index + 1] if last_index + 1 < len(self.tokens) else None
        head = "head" if actor_lexicon().sector_of(last.text) is not None else "no_head"
        aligned = first.idx == start and last.idx + len(last) == end
        return (
            f"first:{_tag(first)}",
            f"last:{_tag(last)}",
            f"last:{_tag(last)}|{actor_type}",
            f"before:{_word(before)}",
            f"after:{_word(after)}",
            f"after:{_word(after)}|{actor_type}",
            f"{head}|{actor_type}",
            f"words:{min(last_index - first_index + 1, 4)}",
            "aligned" if aligned else "inside_a_word",
        )


def _tag(token: Token) -> str:
    return "-".join(token.tag_.split("-")[:_TAG_LEVELS])


def _word(token: Token | None) -> str:
    """A particle or a mark by itself (は, の, 「), any other word by its tag."""
    if token is None:
        return "edge"
    if token.tag_.startswith(("助詞", "補助記号")):
        return token.text
    return _tag(token)


def _shape(surface: str) -> list[str]:
    script = (
        "katakana"
        if _KATAKANA.match(surface)
        else "kanji"
        if _KANJI.match(surface)
        else "latin"
        if _LATIN.match(surface)
        else "mixed"
    )
    return [f"script:{script}", f"length:{min(len(surface), 8)}"]


def _model_type(surface: str, model_type: str, rules: list[ActorSpan]) -> str:
    """The rules' type for the recognizer's place (country or location), else the recognizer's own."""
    if model_type != "place":
        return model_type
    for span in rules:
        if span.type in ("country", "location"):
            return span.type
    return "country" if country_code(surface) is not None else "location"


def combiner_weights() -> dict[str, float]:
    """The fitted weights (data/combiner.json); empty where none are shipped, which keeps the rules alone."""
    try:
        return lexicons.table("combiner", "weights")
    except FileNotFoundError:
        return {}


def score(candidate: Candidate, weights: Mapping[str, float]) -> float:
    if candidate.stands:
        return float("inf")
    return weights.get("bias", 0.0) + sum(weights.get(f, 0.0) for f in candidate.features)


def _stands(span: ActorSpan, surface: str, features: tuple[str, ...]) -> bool:
    """A structural rule's span, a country, a body's name closed by its head, or a person's name that the
    dictionary lists only as a name (ルカシェンコ): what the rules have evidence for beyond context."""
    if span.label in _KEPT_LABELS or span.type == "country" or _HEADED_ORGANIZATION in features:
        return True
    kinds = parts_of_speech(surface) if span.type == "person" else frozenset()
    return any("人名" in kind for kind in kinds) and not any(
        "地名" in kind or "普通名詞" in kind for kind in kinds
    )


def combine(
    doc: Doc, rule_spans: list[ActorSpan], learned: Iterable[Span], weights: Mapping[str, float]
) -> list[ActorSpan]:
    """The spans to keep: candidates scoring above zero, best first, none overlapping."""
    scored = [(score(c, weights), c) for c in candidates(doc, rule_spans, learned)]
    kept: list[Candidate] = []
    for value, candidate in sorted(
        scored, key=lambda item: (-item[0], not item[1].from_rules, item[1].start, item[1].end)
    ):
        if value <= 0:
            break
        if any(candidate.start < k.end and k.start < candidate.end for k in kept):
            continue
        kept.append(candidate)
    by_offsets = {(s.start, s.end, s.type): s for s in rule_spans}
    chosen = []
    for c in sorted(kept, key=lambda c: (c.start, c.end)):
        original = by_offsets.get((c.start, c.end, c.type)) if c.from_rules else None
        chosen.append(original or ActorSpan(c.start, c.end, c.label, c.type, 0))
    return chosen
