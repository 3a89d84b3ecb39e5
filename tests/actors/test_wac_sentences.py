"""scripts/wac_sentences.py: WAC's named entities as recognizer training lines (pure logic, no model)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "wac_sentences.py"
_spec = importlib.util.spec_from_file_location("wac_sentences", _SCRIPT)
wac_sentences = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(wac_sentences)

DOCUMENT = {
    "doc_id": "w1",
    "text": "北星社は東山市の会社。\n1950年に創業した。\n山田太郎が社長を務めた。",
    "entities": [
        {"type": "ORGANIZATION", "start": 0, "end": 3},
        {"type": "LOCATION", "start": 4, "end": 7},
        {"type": "DATE", "start": 12, "end": 17},
        {"type": "PERSON", "start": 24, "end": 28},
        {"type": "OPTIONAL", "start": 29, "end": 31},
    ],
}


def test_each_line_with_an_actor_becomes_a_sentence_with_spans_of_its_own():
    lines = wac_sentences.sentences(DOCUMENT, frozenset())
    assert [(s["id"], s["text"]) for s in lines] == [
        ("w1@0", "北星社は東山市の会社。"),
        ("w1@24", "山田太郎が社長を務めた。"),
    ]
    assert lines[0]["entities"] == [
        {"start": 0, "end": 3, "type": "organization"},
        {"start": 4, "end": 7, "type": "place"},
    ]
    # OPTIONAL spans teach nothing either way; a date is no actor and no line of its own.
    assert lines[1]["entities"] == [{"start": 0, "end": 4, "type": "person"}]
    assert lines[1]["missing"] == [{"start": 5, "end": 7}]


def test_a_type_left_open_is_missing_not_outside():
    [_, people] = wac_sentences.sentences(DOCUMENT, frozenset({"person"}))
    assert people["entities"] == []
    assert people["missing"] == [{"start": 5, "end": 7}, {"start": 0, "end": 4}]
