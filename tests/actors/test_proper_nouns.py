"""proper_noun_spans: Sudachi's proper nouns GiNZA's NER left out, and ・-joined foreign names."""

from __future__ import annotations

from pipeline.actors.proper_nouns import proper_noun_spans
from tests.actors.helpers import found


def test_a_proper_noun_ginza_left_out_is_a_name_of_its_kind(ginza):
    doc = ginza("スミス等が出馬した。")
    assert found(doc, proper_noun_spans(doc)) == [("スミス", "person")]
    doc = ginza("一家はベルリンに移り住んだ。")
    assert found(doc, proper_noun_spans(doc)) == [("ベルリン", "location")]


def test_a_foreign_name_and_its_dot_joined_parts_are_one_name(ginza):
    doc = ginza("ウィリアム・H・テイラーは作家である。")
    assert found(doc, proper_noun_spans(doc)) == [("ウィリアム・H・テイラー", "person")]
    # A place, ・ and a nickname: a team.
    doc = ginza("ダラス・カウボーイズが優勝した。")
    assert found(doc, proper_noun_spans(doc)) == [("ダラス・カウボーイズ", "organization")]


def test_a_proper_noun_in_a_compound_or_a_stations_name_is_no_mention(ginza):
    for text in ("ベルリン映画祭に出品した。", "大井町駅で降りた。"):
        doc = ginza(text)
        assert found(doc, proper_noun_spans(doc)) == [], text


def test_the_pipeline_finds_a_proper_noun_ginza_left_out(actors):
    assert actors("スミス等が出馬した。") == [("スミス", "person")]
    assert actors("一家はベルリンに移り住んだ。") == [("ベルリン", "location")]
    assert actors("ベルリン映画祭に出品した。") == []
