"""Records to plain data: the JSONL records, and the edge attributes read off a claim record."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest

from pipeline.graph.convert import (
    EDGE_ATTRIBUTES,
    claim_record,
    edge_attributes,
    failure_record,
    mention_record,
)
from pipeline.records import Argument, Claim, Failure, Mention

# Made up: a reported claim with a chain of sources, in a reader's comment.
SENTENCE = "英BBCによると、ノルウェー政府は関税の撤回を歓迎した。"
NORWAY = Argument("ノルウェー政府", "organization:ノルウェー政府", "organization", 14, 21)
REPEAL = Argument("関税の撤回", None, None, 22, 27)
BBC = Argument("英BBC", "organization:BBC", None, 5, 9)


def _claim(**changes) -> Claim:
    fields = dict(
        id="d:21",
        doc_id="d",
        sentence_start=5,
        sentence_end=5 + len(SENTENCE),
        sentence_text=SENTENCE,
        predicate_lemma="歓迎する",
        predicate_text="歓迎した",
        predicate_start=26,
        subject=NORWAY,
        object=REPEAL,
        negated=False,
        modality="reported",
        source=BBC,
        quoted=False,
        section="comment",
        subject_from="explicit",
        source_chain=(BBC,),
        event="APPROVE",
        polarity="cooperation",
    )
    return Claim(**{**fields, **changes})


def _schema(name: str) -> dict:
    return json.loads(resources.files("pipeline.schemas").joinpath(name).read_text(encoding="utf-8"))


def test_a_claim_record_nests_sentence_predicate_and_arguments_and_matches_the_schema():
    record = claim_record(_claim())
    jsonschema.Draft202012Validator(_schema("claim.schema.json")).validate(record)
    assert record["sentence"] == {"start": 5, "end": 5 + len(SENTENCE), "text": SENTENCE}
    assert record["predicate"] == {"lemma": "歓迎する", "text": "歓迎した"}
    assert record["subject"] == {
        "text": "ノルウェー政府",
        "entity_id": "organization:ノルウェー政府",
        "type": "organization",
        "start": 14,
        "end": 21,
    }
    assert record["object"] == {"text": "関税の撤回", "entity_id": None, "type": None, "start": 22, "end": 27}
    # A source has no type: it is whoever says so, not a node's kind.
    assert record["source"] == record["source_chain"][0]
    assert record["source"] == {"text": "英BBC", "entity_id": "organization:BBC", "start": 5, "end": 9}


def test_a_claim_marked_other_carries_its_reason_after_polarity():
    record = claim_record(_claim(event="OTHER", polarity="neutral", event_note="sport"))
    jsonschema.Draft202012Validator(_schema("claim.schema.json")).validate(record)
    keys = list(record)
    assert keys[keys.index("polarity") + 1] == "event_note"
    assert (record["event_note"], edge_attributes(record)["event_note"]) == ("sport", "sport")


def test_edge_attributes_are_the_claim_record_flattened_in_the_declared_order():
    attributes = edge_attributes(claim_record(_claim()))
    assert list(attributes) == list(EDGE_ATTRIBUTES)
    assert attributes == {
        "claim_id": "d:21",
        "predicate": "歓迎する",
        "predicate_text": "歓迎した",
        "negated": False,
        "modality": "reported",
        "source": "英BBC",
        "source_id": "organization:BBC",
        "quoted": False,
        "event": "APPROVE",
        "polarity": "cooperation",
        "event_note": "",
        "section": "comment",
        "doc_id": "d",
        "sentence": SENTENCE,
        "sentence_start": 5,
        "sentence_end": 5 + len(SENTENCE),
        "subject_start": 14,
        "subject_end": 21,
        "object_start": 22,
        "object_end": 27,
        "source_start": 5,
        "source_end": 9,
    }


def test_what_a_claim_leaves_empty_is_an_empty_string_so_each_attribute_keeps_one_type():
    bare = edge_attributes(
        claim_record(_claim(source=None, source_chain=(), section=None, modality="asserted"))
    )
    assert (bare["source"], bare["source_id"], bare["section"]) == ("", "", "")
    assert (bare["source_start"], bare["source_end"]) == (-1, -1)
    unnamed = edge_attributes(claim_record(_claim(source=Argument("関係者"))))
    assert (unnamed["source"], unnamed["source_id"]) == ("関係者", "")
    full = edge_attributes(claim_record(_claim()))
    for name in EDGE_ATTRIBUTES:
        assert type(bare[name]) is type(unnamed[name]) is type(full[name]), name
        assert isinstance(full[name], str | bool | int), name


def test_a_field_missing_from_the_record_is_an_error_not_an_empty_column():
    record = claim_record(_claim())
    del record["predicate"]["lemma"]
    with pytest.raises(KeyError):
        edge_attributes(record)


def test_a_mention_record_matches_the_schema():
    mention = Mention(
        "d", 5, 12, "ノルウェー政府", "Organization", "organization", "organization:ノルウェー政府"
    )
    record = mention_record(mention)
    jsonschema.Draft202012Validator(_schema("entity.schema.json")).validate(record)
    assert list(record) == ["doc_id", "start", "end", "text", "label", "type", "entity_id"]


def test_a_failure_record_names_the_input_line_and_reason():
    record = failure_record(Failure("feed.jsonl", "not JSON", 3, None))
    assert record == {"input": "feed.jsonl", "line": 3, "doc_id": None, "reason": "not JSON"}
    assert list(record) == ["input", "line", "doc_id", "reason"]
