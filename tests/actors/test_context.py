"""Names typed by their context: the cue words after them, or the category noun that describes them."""

from __future__ import annotations

from pipeline.actors.context import cued_organization_spans, cued_person_spans, described_spans
from tests.actors.helpers import found

# --- cued_organization_spans --------------------------------------------------------------------


def test_a_name_before_words_only_an_organization_takes_is_an_organization(ginza):
    doc = ginza("彼はその後ベルガモスに入社した。")
    assert found(doc, cued_organization_spans(doc)) == [("ベルガモス", "organization")]
    doc = ginza("ミドリヤが販売を始めた。")
    assert found(doc, cued_organization_spans(doc)) == [("ミドリヤ", "organization")]


def test_a_kind_of_fight_or_a_person_who_hosts_is_no_organization(ginza):
    for text in ("ゲリラ戦を続けた。", "山野一郎が主催したフェス。"):
        doc = ginza(text)
        assert found(doc, cued_organization_spans(doc)) == [], text


def test_the_pipeline_types_a_name_by_an_organizations_cue(actors):
    assert actors("彼はその後ベルガモスに入社した。") == [("ベルガモス", "organization")]


# --- cued_person_spans --------------------------------------------------------------------------


def test_a_foreign_name_before_words_only_a_person_takes_is_a_person(ginza):
    doc = ginza("ベルキンスの妻は医師だった。")
    assert found(doc, cued_person_spans(doc)) == [("ベルキンス", "person")]


def test_a_role_the_dictionary_knows_is_no_name(ginza):
    doc = ginza("美容院オーナーの母に育てられた。")
    assert found(doc, cued_person_spans(doc)) == []


def test_the_pipeline_types_a_name_by_a_persons_cue(actors):
    assert actors("ベルキンスの妻は医師だった。") == [("ベルキンス", "person")]
    assert actors("美容院オーナーの母に育てられた。") == []


# --- described_spans ----------------------------------------------------------------------------


def test_a_name_right_after_its_category_noun_or_listed_before_it_is_of_that_kind(ginza):
    doc = ginza("音響メーカー、ソノリクスが発表した。")
    assert found(doc, described_spans(doc)) == [("ソノリクス", "organization")]
    doc = ginza("ロックバンド・ミドリノカゼの新曲。")
    assert found(doc, described_spans(doc)) == [("ミドリノカゼ", "organization")]
    doc = ginza("ベルナ、カルドなどの企業が参加した。")
    assert found(doc, described_spans(doc)) == [("ベルナ", "organization"), ("カルド", "organization")]


def test_a_common_word_glued_to_a_category_noun_is_a_compound(ginza):
    doc = ginza("新チームマークを発表した。")
    assert found(doc, described_spans(doc)) == []


def test_a_verbal_noun_in_brackets_after_a_category_noun_is_no_name(ginza):
    doc = ginza("代表のカルロス選手「追放」に抗議した。")
    assert ("追放", "person") not in found(doc, described_spans(doc))


def test_the_pipeline_types_a_name_by_its_category_noun(actors):
    assert actors("音響メーカー、ソノリクスが発表した。") == [("ソノリクス", "organization")]
    quoted = actors("ボーカルグループ「SORA BEATS」のボーカルとして活動した。")
    assert quoted == [("SORA BEATS", "organization")]


def test_a_party_is_named_in_quotes_after_its_category(actors):
    assert actors("野党「市民の声」は法案に反対した。") == [("市民の声", "organization")]
