"""The event category, polarity and reason for OTHER of a predicate (events.py; pure lookups, no model)."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from pipeline import lexicons
from pipeline.claims.events import Event, event_of, reasons


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
    assert event_of(lemma, negated)[:2] == expected


def test_a_coded_lemma_has_its_category_and_no_note() -> None:
    assert event_of("逮捕する", False) == Event("COERCE", "conflict", None)
    assert event_of("辞任する", False) == Event("RETREAT", "cooperation", None)  # PLOVER: resignations


def test_a_lemma_marked_other_gives_its_reason_even_when_negated() -> None:
    assert event_of("死亡する", False) == Event("OTHER", "neutral", "death")
    assert event_of("就任する", True) == Event("OTHER", "neutral", "procedure")
    # A one-character stem is found whole.
    assert event_of("制する", False).note == "sport"


def test_an_unlisted_lemma_has_no_note() -> None:
    assert event_of("歩く", False).note is None
    assert event_of("攻撃する", True).note is None  # a denied attack: coded, negated to OTHER


def test_a_light_verb_takes_the_event_of_its_object() -> None:
    assert event_of("行う", False, "強い抗議")[:2] == ("ACCUSE", "conflict")
    assert event_of("行う", False, "統合交渉")[:2] == ("CONSULT", "cooperation")
    assert event_of("示す", False, "難色")[:2] == ("REJECT", "conflict")
    assert event_of("決める", False, "派遣") == Event("AID", "cooperation", None)
    assert event_of("踏み切る", False, "逮捕") == Event("COERCE", "conflict", None)
    assert event_of("宣言する", False, "非常事態") == Event("COERCE", "conflict", None)


def test_a_light_verb_takes_the_reason_of_its_object_unless_it_has_a_category_of_its_own() -> None:
    assert event_of("行う", False, "試合") == Event("OTHER", "neutral", "sport")
    assert event_of("行う", False, "記者会見") == Event("OTHER", "neutral", "statement")
    # 引退を表明する is still a statement: the verb's category beats its object's reason.
    assert event_of("表明する", False, "現役引退") == Event("SAY", "neutral", None)


def test_a_compound_verbal_noun_takes_the_event_of_its_last_part() -> None:
    assert event_of("身柄拘束する", False)[:2] == ("COERCE", "conflict")
    assert event_of("緊急会談する", False)[:2] == ("CONSULT", "cooperation")
    assert event_of("初優勝する", False) == Event("OTHER", "neutral", "sport")
    # A longer listed part wins: a poll is no investigation.
    assert event_of("行う", False, "世論調査").note == "procedure"


def test_a_light_verb_whose_object_is_no_event_keeps_its_own_reason_other_verbs_ignore_their_object() -> None:
    assert event_of("行う", False, "会場") == Event("OTHER", "neutral", "procedure")
    assert event_of("送る", False, "抗議")[:2] == ("AID", "cooperation")


def test_every_reason_is_in_the_documented_vocabulary_and_no_lemma_is_listed_twice() -> None:
    data = lexicons.load("events")
    assert set(data["other"]) == set(reasons())
    listed = [lemma for lemmas in data["events"].values() for lemma in lemmas]
    listed += [lemma for lemmas in data["other"].values() for lemma in lemmas]
    assert len(listed) == len(set(listed)), sorted({x for x in listed if listed.count(x) > 1})


def test_the_claim_schema_lists_the_same_reasons() -> None:
    text = resources.files("pipeline.schemas").joinpath("claim.schema.json").read_text(encoding="utf-8")
    note = json.loads(text)["properties"]["event_note"]
    assert set(note["enum"]) == set(reasons()) | {None}
