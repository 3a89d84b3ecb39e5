"""GiNZA's entities repaired: one repair per kind of entity (the rule list actors.entity_repairs)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Doc, Span

from pipeline.actors.candidates import ActorSpan
from pipeline.actors.repairs import (
    ENTITY_REPAIRS,
    mislabelled_name,
    name_before_title,
    organization_entity,
    person_entity,
    place_entity,
    repaired_entity_spans,
)
from tests.actors.helpers import found

Repair = Callable[[Doc, Span], Iterator[ActorSpan]]


def _repaired(doc: Doc, repair: Repair) -> list[tuple[str, str]]:
    # One repair applied to every entity GiNZA found.
    return found(doc, (span for ent in doc.ents for span in repair(doc, ent)))


def test_the_repairs_are_one_per_kind_of_entity_in_order():
    assert ENTITY_REPAIRS.names() == [
        "name_before_title",
        "mislabelled_name",
        "person_entity",
        "place_entity",
        "organization_entity",
    ]


def test_every_entity_goes_to_the_repair_of_its_kind(ginza):
    doc = ginza("ショルツ首相はフランス人の記者に語った。")
    assert found(doc, repaired_entity_spans(doc)) == [("ショルツ", "person"), ("フランス", "country")]


# --- name_before_title --------------------------------------------------------------------------


def test_a_name_or_a_body_swallowed_into_a_title_is_cut_out(ginza):
    doc = ginza("ショルツ首相が来日した。")
    assert _repaired(doc, name_before_title) == [("ショルツ", "person")]
    # A company before its officer's post, and a ministry before its minister's, are bodies.
    doc = ginza("KDR社長が説明した。")
    assert _repaired(doc, name_before_title) == [("KDR", "organization")]


def test_a_title_with_a_common_word_before_it_names_nobody(ginza):
    for text in ("デザイン部長が説明した。", "ラグビー選手が来日した。", "大統領は声明を発表した。"):
        doc = ginza(text)
        assert _repaired(doc, name_before_title) == [], text


def test_the_pipeline_cuts_the_name_out_of_its_title(labelled):
    assert labelled("ショルツ首相が来日した。") == [("ショルツ", "person", "title_stripped")]


# --- mislabelled_name ---------------------------------------------------------------------------


def test_a_company_ginza_calls_a_dish_is_an_organization_by_its_head(ginza):
    doc = ginza("ポテト食品が新しい菓子を発売した。")
    assert _repaired(doc, mislabelled_name) == [("ポテト食品", "organization")]


def test_a_dish_without_an_organizations_head_stays_out(ginza):
    doc = ginza("カレーライスを食べた。")
    assert _repaired(doc, mislabelled_name) == []


def test_the_pipeline_finds_the_mislabelled_company(actors):
    assert actors("ポテト食品が新しい菓子を発売した。") == [("ポテト食品", "organization")]


# --- person_entity ------------------------------------------------------------------------------


def test_a_person_is_cut_to_the_name_and_retyped_by_the_dictionary(ginza):
    doc = ginza("岸田文雄首相は会見で増税を否定した。")
    assert _repaired(doc, person_entity) == [("岸田文雄", "person")]
    # A post before the name is cut off; a place the dictionary knows only as a place stays one.
    doc = ginza("首都ボゴタの空港として開港した。")
    assert _repaired(doc, person_entity) == [("ボゴタ", "location")]
    # A "person" the dictionary knows only as a company's name.
    doc = ginza("ヤマダ電機が新店舗を出した。")
    assert _repaired(doc, person_entity) == [("ヤマダ電機", "organization")]


def test_a_common_word_or_a_building_ginza_calls_a_person_is_dropped(ginza):
    for text in ("テノールの独唱が続いた。", "前橋競輪場で優勝した。", "カナダはNATOに加盟している。"):
        doc = ginza(text)
        assert _repaired(doc, person_entity) == [], text


def test_the_pipeline_keeps_ginzas_person_with_its_label(labelled):
    assert labelled("ヤマダ電機が新店舗を出した。") == [("ヤマダ電機", "organization", "Person")]
    assert labelled("首都ボゴタの空港として開港した。") == [("ボゴタ", "location", "Person")]


# --- place_entity -------------------------------------------------------------------------------


def test_a_place_is_cut_to_its_country_or_kept_as_a_place(ginza):
    doc = ginza("フランス人の記者が取材した。")
    assert _repaired(doc, place_entity) == [("フランス", "country")]
    doc = ginza("ハワイ州知事が来日した。")
    assert _repaired(doc, place_entity) == [("ハワイ", "location")]


def test_a_name_ginza_calls_a_country_that_the_dictionary_knows_only_as_a_persons_is_a_person(ginza):
    doc = ginza("ベラルーシの独裁者ルカシェンコは否定した。")
    assert _repaired(doc, place_entity) == [("ベラルーシ", "country"), ("ルカシェンコ", "person")]


def test_place_entity_leaves_other_entities_alone(ginza):
    doc = ginza("岸田文雄首相は会見で増税を否定した。")
    assert _repaired(doc, place_entity) == []


def test_the_pipeline_keeps_ginzas_place(actors):
    assert actors("ハワイ州知事が来日した。") == [("ハワイ", "location")]
    assert actors("ルカシェンコってどうなの?") == [("ルカシェンコ", "person")]


# --- organization_entity ------------------------------------------------------------------------


def test_an_organization_is_kept_or_retyped_as_the_person_or_the_place_it_is(ginza):
    doc = ginza("スカイブルー航空が就航した。")
    assert _repaired(doc, organization_entity) == [("スカイブルー航空", "organization")]
    # A person GiNZA calls a school; an address GiNZA calls a government.
    doc = ginza("小野寺昌友が声を演じた。")
    assert _repaired(doc, organization_entity) == [("小野寺昌友", "person")]
    doc = ginza("彼はカナダオンタリオ州で生まれた。")
    assert _repaired(doc, organization_entity) == [("カナダオンタリオ州", "location")]


def test_an_action_or_a_building_ginza_calls_an_organization_is_dropped(ginza):
    for text in ("ハリコフ強襲が始まった。", "山形中央病院に搬送された。", "会社更生法を申請した。"):
        doc = ginza(text)
        assert _repaired(doc, organization_entity) == [], text


def test_the_pipeline_keeps_ginzas_organization(actors, labelled):
    assert actors("スカイブルー航空が就航した。") == [("スカイブルー航空", "organization")]
    assert labelled("小野寺昌友が声を演じた。") == [("小野寺昌友", "person", "School")]
    assert actors("ハリコフ強襲が始まった。") == []
