"""The event category and polarity of a predicate (events.py; pure lookups, no model)."""

from __future__ import annotations

import pytest

from pipeline.claims.events import event_of


@pytest.mark.parametrize(
    ("lemma", "negated", "expected"),
    [
        ("派兵する", False, ("MOBILIZE", "conflict")),
        ("派兵する", True, ("REJECT", "conflict")),  # not sending troops is a refusal
        ("拒否する", False, ("REJECT", "conflict")),
        ("合意する", False, ("AGREE", "cooperation")),
        ("報ずる", False, ("SAY", "neutral")),
        ("攻撃する", True, ("OTHER", "neutral")),
        ("歩く", False, ("OTHER", "neutral")),
    ],
)
def test_event_lexicon(lemma: str, negated: bool, expected: tuple[str, str]) -> None:
    assert event_of(lemma, negated) == expected


def test_a_light_verb_takes_the_event_of_its_object() -> None:
    assert event_of("行う", False, "強い抗議") == ("ACCUSE", "conflict")
    assert event_of("行う", False, "統合交渉") == ("CONSULT", "cooperation")
    assert event_of("示す", False, "難色") == ("REJECT", "conflict")


def test_a_compound_verbal_noun_takes_the_event_of_its_last_part() -> None:
    assert event_of("身柄拘束する", False) == ("COERCE", "conflict")
    assert event_of("緊急会談する", False) == ("CONSULT", "cooperation")


def test_a_light_verb_whose_object_is_no_event_stays_other_and_other_verbs_ignore_their_object() -> None:
    assert event_of("行う", False, "会場") == ("OTHER", "neutral")
    assert event_of("送る", False, "抗議") == ("AID", "cooperation")
