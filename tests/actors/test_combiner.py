"""The combiner: candidates from the rules and the learned recognizer, scored by named features."""

from __future__ import annotations

from pipeline.actors.candidates import ActorSpan
from pipeline.actors.combiner import LABEL_LEARNED, candidates, combine, combiner_weights
from tests.actors.helpers import hand_doc

WORDS = ["山野", "太郎", "は", "ミドリ電機", "の", "社長", "で", "、", "北星", "市", "に", "住む", "。"]
TAGS = [
    "名詞-固有名詞-人名-姓",
    "名詞-固有名詞-人名-名",
    "助詞-係助詞",
    "名詞-固有名詞-一般",
    "助詞-格助詞",
    "名詞-普通名詞-一般",
    "助動詞",
    "補助記号-読点",
    "名詞-固有名詞-地名-一般",
    "接尾辞-名詞的-一般",
    "助詞-格助詞",
    "動詞-一般",
    "補助記号-句点",
]
DOC = hand_doc(WORDS, tags=TAGS)
TEXT = DOC.text


def _at(surface: str) -> tuple[int, int]:
    start = TEXT.index(surface)
    return start, start + len(surface)


def test_each_side_s_spans_are_candidates_with_what_the_other_side_says():
    rules = [ActorSpan(*_at("山野太郎"), "Person", "person", 3)]
    learned = [(*_at("山野太郎"), "person"), (*_at("北星市"), "place")]
    by_side = {(c.from_rules, TEXT[c.start : c.end]): c for c in candidates(DOC, rules, learned)}
    person = by_side[(True, "山野太郎")].features
    assert (
        "model:agree|rule:Person" in person and "after:は" in person and "last:名詞-固有名詞-人名" in person
    )
    place = by_side[(False, "北星市")]
    assert "rules:none" in place.features and place.type == "location"


def test_the_best_scoring_candidates_are_kept_and_none_overlap():
    weights = {"bias": -1.0, "rule": 2.0, "learned": 0.5, "rules:none|learned:place": 1.0, "model:none": -2.0}
    rules = [
        ActorSpan(*_at("山野太郎"), "Person", "person", 3),
        ActorSpan(*_at("社長"), "acronym", "organization", 1),
    ]
    learned = [(*_at("山野"), "person"), (*_at("北星市"), "place")]
    kept = combine(DOC, rules, learned, weights)
    assert [(TEXT[s.start : s.end], s.type, s.label) for s in kept] == [
        ("山野太郎", "person", "Person"),
        ("北星市", "location", LABEL_LEARNED),
    ]


def test_the_shipped_weights_keep_what_both_sides_agree_on_and_drop_what_neither_believes():
    weights = combiner_weights()
    rules = [ActorSpan(*_at("ミドリ電機"), "organization_suffix", "organization", 5)]
    learned = [(*_at("ミドリ電機"), "organization")]
    assert [(s.start, s.end) for s in combine(DOC, rules, learned, weights)] == [_at("ミドリ電機")]
    assert combine(DOC, [ActorSpan(*_at("社長"), "acronym", "organization", 1)], [], weights) == []


def test_the_recognizer_s_spans_are_held_to_what_the_rules_hold_names_to():
    from pipeline.actors.component import learned_candidates

    doc = hand_doc(
        ["北星", "戦", "で", "第2党", "の", "スーダン", "西部", "と", "UTC+9", "と", "ミドリ県", "内", "。"]
    )
    text = doc.text

    def span(surface: str, kind: str) -> tuple[int, int, str]:
        start = text.index(surface)
        return (start, start + len(surface), kind)

    learned = [
        span("北星戦", "organization"),
        span("第2党", "organization"),
        span("スーダン西部", "place"),
        span("UTC+9", "organization"),
        span("ミドリ県内", "place"),
    ]
    kept = [(text[s:e], kind) for s, e, kind in learned_candidates(doc, learned)]
    assert kept == [("北星", "organization"), ("スーダン", "place"), ("ミドリ県", "place")]


def test_a_building_the_recognizer_takes_for_a_body_is_no_candidate():
    from pipeline.actors.component import learned_candidates

    doc = hand_doc(["北星ドーム", "で", "試合", "。"])
    assert learned_candidates(doc, [(0, 5, "organization")]) == []
