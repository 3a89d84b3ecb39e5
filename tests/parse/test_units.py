"""Cutting text into parse units: every unit indexes the text and stays under SudachiPy's limit."""

from __future__ import annotations

import numpy
from hypothesis import given
from hypothesis import strategies as st

from pipeline.io.cleaning import clean_for_parse
from pipeline.parse.units import MAX_RUN_CHARS, MAX_UNIT_CHARS, parse_documents, parse_units
from pipeline.records import Document

from ..strategies import FAST, TEXT


def test_a_huge_line_without_punctuation_is_cut_into_units_the_parser_accepts():
    line = "ロシア軍がウクライナに侵攻し" * 50_000  # 2.1 MB of UTF-8, no sentence end
    units = list(parse_units(line))
    assert all(len(unit.encode("utf-8")) < 49_149 and len(unit) <= MAX_RUN_CHARS for _, unit in units)
    assert "".join(unit for _, unit in units) == line
    assert all(line[offset : offset + len(unit)] == unit for offset, unit in units)


def test_lines_of_sentences_are_cut_only_when_longer_than_a_unit_and_after_a_sentence_end():
    sentence = "ロシアが侵攻した。" + "米国は制裁を科した。" * 100
    assert [unit for _, unit in parse_units(sentence * 2)] == [sentence * 2]
    units = [unit for _, unit in parse_units(sentence * 5)]
    assert len(units) > 1 and all(unit.endswith("。") and len(unit) <= MAX_UNIT_CHARS for unit in units)


def test_a_long_run_without_sentence_end_is_cut_after_a_comma_when_there_is_one():
    units = [unit for _, unit in parse_units(("あ" * 700 + "、") * 5)]
    assert all(unit.endswith("、") for unit in units)
    assert [unit for _, unit in parse_units("あ" * MAX_RUN_CHARS)] == ["あ" * MAX_RUN_CHARS]


@FAST
@given(
    st.lists(st.tuples(TEXT, st.integers(0, MAX_UNIT_CHARS + 10), st.sampled_from("あ 、。\n")), max_size=4)
)
def test_parse_units_index_the_text_and_stay_under_the_parser_limit(pieces):
    # Long runs of one character between short random pieces: lines longer than a unit, cut or not.
    text = "".join(piece + filler * length for piece, length, filler in pieces)
    cleaned = clean_for_parse(text)
    for offset, unit in parse_units(cleaned):
        assert cleaned[offset : offset + len(unit)] == unit
        assert len(unit) <= MAX_UNIT_CHARS and len(unit.encode("utf-8", "surrogatepass")) < 49_149


class _FakeDoc(str):
    """A unit's text standing for its Doc, with a tok2vec output of two numbers a character."""

    def __new__(cls, text: str) -> _FakeDoc:
        doc = super().__new__(cls, text)
        doc.tensor = numpy.ones((len(text), 2), dtype="float32")
        return doc


class _RecordingParser:
    """Stands in for the model: a unit's "doc" is its text; it records the batches it was given."""

    def __init__(self) -> None:
        self.batches: list[list[str]] = []

    def pipe(self, texts, batch_size):
        self.batches.append(list(texts))
        assert batch_size == len(self.batches[-1])
        return map(_FakeDoc, self.batches[-1])


def test_batches_hold_at_most_their_characters_and_units_and_every_unit_returns_to_its_document():
    sentence = "北星国の首相は隣国への制裁を発表した。"  # 19 characters
    documents = [
        Document("short", sentence, "<test>"),
        Document("lines", "\n".join([sentence] * 5), "<test>"),
        Document("long", sentence * 300, "<test>"),  # 5,700 characters on one line
        Document("last", sentence + "\n\n" + sentence, "<test>"),
    ]
    parser = _RecordingParser()
    parsed = list(parse_documents(parser, documents, batch_size=4, batch_chars=100))
    assert [document.id for document, _ in parsed] == ["short", "lines", "long", "last"]
    for document, units in parsed:
        assert units and all(document.text[u.offset : u.offset + len(u.doc)] == u.doc for u in units)
        assert all(u.doc.tensor.shape == (0, 2) for u in units)  # tok2vec's output is not kept
    assert all(len(batch) <= 4 for batch in parser.batches)
    assert all(len(batch) == 1 or sum(map(len, batch)) <= 100 for batch in parser.batches)
    assert [len(batch) for batch in parser.batches][:2] == [4, 2]  # across documents, up to 4 units


def test_a_300000_character_document_without_a_line_break_is_cut_into_units_that_index_it():
    text = "".join(f"北星国の第{n}次調査団は、隣国の首相と会談した。" for n in range(12_000))[:300_000]
    units = list(parse_units(text))
    assert "".join(unit for _, unit in units) == text
    assert all(
        text[offset : offset + len(unit)] == unit and len(unit) <= MAX_UNIT_CHARS for offset, unit in units
    )
