"""Cutting text into parse units: every unit indexes the text and stays under SudachiPy's limit."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pipeline.io.cleaning import clean_for_parse
from pipeline.parse.units import MAX_RUN_CHARS, MAX_UNIT_CHARS, parse_units

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
