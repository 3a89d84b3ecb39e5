"""Places named by a geographic head, and addresses written as one chain of places."""

from __future__ import annotations

from pipeline.actors.places import geographic_spans, join_place_chains, parts_of_places, unit_before_trailer
from tests.actors.helpers import found, hand_doc, span

# --- geographic_spans ---------------------------------------------------------------------------


def test_a_name_closed_by_a_geographic_head_is_a_place(ginza):
    doc = ginza("艦隊がカナリア湾に入った。")
    assert found(doc, geographic_spans(doc)) == [("カナリア湾", "location")]


def test_a_place_that_opens_a_longer_name_is_left_to_that_names_rules(ginza):
    doc = ginza("ハワイ州知事が来日した。")
    assert found(doc, geographic_spans(doc)) == []


def test_the_pipeline_finds_a_place_by_its_head(actors):
    assert actors("艦隊がカナリア湾に入った。") == [("カナリア湾", "location")]


# --- join_place_chains (a post-pass) ------------------------------------------------------------


def test_places_written_one_after_the_other_are_one_address():
    doc = hand_doc(["浙江", "省", "杭州", "市"])
    spans = [span(doc, "浙江省", "location"), span(doc, "杭州市", "location")]
    assert found(doc, join_place_chains(doc, spans)) == [("浙江省杭州市", "location")]
    # A unit no rule found between two places of one address belongs to it.
    doc = hand_doc(["長野", "県", "北安曇", "郡", "白馬", "村"])
    spans = [span(doc, "長野県", "location"), span(doc, "白馬村", "location")]
    assert found(doc, join_place_chains(doc, spans)) == [("長野県北安曇郡白馬村", "location")]


def test_places_apart_or_abbreviations_are_not_joined():
    doc = hand_doc(["ロシア", "の", "モスクワ"])
    spans = [span(doc, "ロシア", "country"), span(doc, "モスクワ", "location")]
    assert join_place_chains(doc, spans) == spans
    doc = hand_doc(["日米"])
    spans = [span(doc, "日", "country", "abbreviation"), span(doc, "米", "country", "abbreviation")]
    assert join_place_chains(doc, spans) == spans


def test_the_pipeline_gives_an_address_one_mention(actors):
    assert actors("彼は東京都練馬区大泉で生まれた。") == [("東京都練馬区大泉", "location")]
    assert actors("長野県北安曇郡白馬村にて創業した。") == [("長野県北安曇郡白馬村", "location")]
    assert actors("ロシアのサンクトペテルブルクで会談が開かれた。") == [
        ("ロシア", "country"),
        ("サンクトペテルブルク", "location"),
    ]


def test_a_name_a_direction_and_the_department_head_are_a_part_of_the_place():
    doc = hand_doc(["ミドリ", "共和", "国東", "北部", "と", "北星", "電機", "営業", "部"])
    spans = [span(doc, "ミドリ共和国東北部", "organization"), span(doc, "北星電機営業部", "organization")]
    assert found(doc, parts_of_places(doc, spans)) == [
        ("ミドリ共和国東北部", "location"),
        ("北星電機営業部", "organization"),
    ]


def test_the_pipeline_finds_a_part_of_a_place_and_no_body_in_a_part_of_none(actors):
    assert actors("北星県東北部で地震があった。") == [("北星県東北部", "location")]
    assert actors("ミドリ川中流部の開発が進んだ。") == [("ミドリ川中流部", "location")]
    assert actors("湖の東北部に島がある。") == []


def test_an_administrative_unit_is_cut_from_the_word_that_places_something_in_it():
    assert [unit_before_trailer(w) for w in ("北星県内", "ミドリ市全域", "北星都内", "県内", "北星国内")] == [
        "北星県",
        "ミドリ市",
        "北星都",
        "",
        "",
    ]
