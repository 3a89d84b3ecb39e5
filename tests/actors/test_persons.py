"""People's names that only their shape shows, and the post-passes that complete and join them."""

from __future__ import annotations

from pipeline.actors.persons import (
    complete_person_names,
    join_split_names,
    regnal_name_spans,
    titled_name_spans,
    unknown_subject_spans,
)
from tests.actors.helpers import found, hand_doc, span

# --- titled_name_spans --------------------------------------------------------------------------


def test_a_katakana_word_before_a_title_only_people_hold_is_a_person(ginza):
    doc = ginza("ミケランジェ兄弟が失脚した。")
    assert found(doc, titled_name_spans(doc)) == [("ミケランジェ", "person")]


def test_a_katakana_word_before_a_title_anyone_can_hold_is_a_trade(ginza):
    doc = ginza("サッカー選手として活躍した。")
    assert found(doc, titled_name_spans(doc)) == []


def test_a_katakana_word_no_dictionary_lists_before_any_title_is_a_person(ginza):
    # The parser makes アランドス a verb; the dictionary lists no such word, so it is a name.
    doc = ginza("終了間際のこぼれ球をアランドス選手に決められ、逆転を許した。")
    assert found(doc, titled_name_spans(doc)) == [("アランドス", "person")]


def test_a_country_before_a_title_anyone_can_hold_is_no_person(ginza):
    doc = ginza("ブラジル選手が優勝した。")
    assert found(doc, titled_name_spans(doc)) == []


def test_the_pipeline_finds_a_titled_katakana_name(actors):
    assert actors("ミケランジェ兄弟が失脚した。") == [("ミケランジェ", "person")]


# --- regnal_name_spans --------------------------------------------------------------------------


def test_a_name_with_a_regnal_number_is_a_monarchs(ginza):
    doc = ginza("イザベラ2世が即位した。")
    assert found(doc, regnal_name_spans(doc)) == [("イザベラ2世", "person")]


def test_a_number_that_is_not_a_regnal_one_is_not_part_of_a_name(ginza):
    doc = ginza("イザベラは2年後に即位した。")
    assert found(doc, regnal_name_spans(doc)) == []


def test_the_pipeline_names_the_monarch_with_the_number(labelled, actors):
    assert labelled("イザベラ2世が即位した。") == [("イザベラ2世", "person", "proper_noun")]
    assert actors("イザベラは2年後に即位した。") == [("イザベラ", "person")]


# --- unknown_subject_spans ----------------------------------------------------------------------


def test_a_katakana_subject_no_dictionary_lists_is_a_foreign_name(ginza):
    doc = ginza("ベルキンスは研究所に雇われた。")
    assert found(doc, unknown_subject_spans(doc)) == [("ベルキンス", "person")]


def test_a_katakana_subject_the_dictionary_lists_is_a_word(ginza):
    doc = ginza("デザインは好評だった。")
    assert found(doc, unknown_subject_spans(doc)) == []


def test_the_pipeline_takes_an_unknown_katakana_subject_for_a_person(actors):
    assert actors("ベルキンスは研究所に雇われた。") == [("ベルキンス", "person")]
    assert actors("デザインは好評だった。") == []


# --- complete_person_names (a post-pass) --------------------------------------------------------

_SURNAME, _GIVEN, _PARTICLE = "名詞-固有名詞-人名-姓", "名詞-固有名詞-人名-名", "助詞-格助詞"
_NAME_POS = ["PROPN", "PROPN", "ADP"]


def test_a_persons_span_takes_in_the_given_name_glued_after_it():
    doc = hand_doc(["宇都宮", "昌友", "が"], tags=[_SURNAME, _GIVEN, _PARTICLE], pos=_NAME_POS)
    completed = complete_person_names(doc, [span(doc, "宇都宮", "person")])
    assert found(doc, completed) == [("宇都宮昌友", "person")]


def test_a_persons_span_takes_in_the_surname_glued_before_it():
    doc = hand_doc(["車", "正樹", "は"], tags=[_SURNAME, _GIVEN, "助詞-係助詞"], pos=_NAME_POS)
    assert found(doc, complete_person_names(doc, [span(doc, "正樹", "person")])) == [("車正樹", "person")]


def test_two_kanji_names_glued_together_are_one_name_and_a_regnal_number_joins_the_name():
    doc = hand_doc(["小川", "平蔵", "が"], tags=[_SURNAME, _GIVEN, _PARTICLE], pos=_NAME_POS)
    spans = [span(doc, "小川", "person"), span(doc, "平蔵", "person")]
    assert found(doc, complete_person_names(doc, spans)) == [("小川平蔵", "person")]
    doc = hand_doc(
        ["イザベラ", "2", "世"],
        tags=["名詞-固有名詞-人名-一般", "名詞-数詞", "接尾辞-名詞的-一般"],
        pos=["PROPN", "NUM", "NOUN"],
    )
    completed = complete_person_names(doc, [span(doc, "イザベラ", "person")])
    assert found(doc, completed) == [("イザベラ2世", "person")]


def test_names_in_a_list_and_spans_of_other_types_are_left_as_they_are():
    doc = hand_doc(
        ["山田", "一郎", "・", "川村", "次郎"],
        tags=[_SURNAME, _GIVEN, "補助記号-一般", _SURNAME, _GIVEN],
        pos=["PROPN", "PROPN", "SYM", "PROPN", "PROPN"],
    )
    spans = [span(doc, "山田一郎", "person"), span(doc, "川村次郎", "person")]
    assert complete_person_names(doc, list(spans)) == spans
    doc = hand_doc(["ミドリ", "電機", "昌友"], tags=["名詞-固有名詞-一般", "名詞-普通名詞-一般", _GIVEN])
    company = [span(doc, "ミドリ電機", "organization")]
    assert complete_person_names(doc, list(company)) == company


def test_the_pipeline_completes_the_names_ginza_cut(actors):
    assert actors("宇都宮昌友が声を演じた。") == [("宇都宮昌友", "person")]
    assert actors("車正樹は韓国の政治家である。") == [("車正樹", "person"), ("韓国", "country")]
    assert actors("外務大臣として小川平蔵が就任した。") == [("小川平蔵", "person")]
    assert actors("川北義次郎は画家である。") == [("川北義次郎", "person")]
    assert actors("会合には山田一郎・川村次郎・森三郎らが出席した。") == [
        ("山田一郎", "person"),
        ("川村次郎", "person"),
        ("森三郎", "person"),
    ]


# --- join_split_names (a post-pass) -------------------------------------------------------------


def test_the_pieces_of_one_dot_joined_foreign_name_are_joined():
    doc = hand_doc(["アンナ", "・", "マリア", "・", "ロッシ"])
    spans = [span(doc, "アンナ・マリア", "person"), span(doc, "ロッシ", "person")]
    assert found(doc, join_split_names(doc, spans)) == [("アンナ・マリア・ロッシ", "person")]


def test_kanji_names_joined_by_a_dot_are_a_list():
    doc = hand_doc(["山田一郎", "・", "川村次郎"])
    spans = [span(doc, "山田一郎", "person"), span(doc, "川村次郎", "person")]
    assert join_split_names(doc, spans) == spans


def test_the_pipeline_joins_a_split_foreign_name(actors):
    assert actors("アンナ・マリア・ロッシが歌った。") == [("アンナ・マリア・ロッシ", "person")]
