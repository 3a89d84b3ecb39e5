"""Organizations named by what they are: known names, head words, acronyms, departments, and lists of them."""

from __future__ import annotations

from pipeline.actors.organizations import (
    acronym_spans,
    administrations_of_persons,
    department_spans,
    known_organization_spans,
    organization_suffix_spans,
    split_lists,
)
from tests.actors.helpers import found, hand_doc, span

# --- known_organization_spans -------------------------------------------------------------------


def test_a_known_organization_is_found_over_one_or_more_tokens(ginza):
    doc = ginza("カナダはNATOに加盟している。")
    assert found(doc, known_organization_spans(doc)) == [("NATO", "organization")]
    doc = ginza("米NBC Newsが伝えた。")
    assert found(doc, known_organization_spans(doc)) == [("NBC News", "organization")]


def test_an_unknown_name_is_not_a_known_organization(ginza):
    doc = ginza("同社は値上げを申請した。")
    assert found(doc, known_organization_spans(doc)) == []


def test_the_pipeline_labels_a_known_organization(labelled):
    assert labelled("米NBC Newsが伝えた。") == [
        ("米", "country", "abbreviation"),
        ("NBC News", "organization", "known_organization"),
    ]


# --- organization_suffix_spans ------------------------------------------------------------------


def test_a_name_closed_by_an_organization_head_is_an_organization(ginza):
    for text, name in (
        ("北陸電力は値上げを申請した。", "北陸電力"),
        ("日本維新党は議席を増やした。", "日本維新党"),
        ("ソラミ株式会社を設立した。", "ソラミ株式会社"),
        ("第7軍が上陸した。", "第7軍"),
    ):
        doc = ginza(text)
        assert (name, "organization") in found(doc, organization_suffix_spans(doc)), text


def test_a_latin_name_closed_by_an_english_head_is_an_organization(ginza):
    # Run together (as scraped text often is) or apart, the English head makes the name a body's.
    for text, name in (
        ("OpenDataFoundationは新版を公開した。", "OpenDataFoundation"),
        ("Blue River Groupが買収を発表した。", "Blue River Group"),
    ):
        doc = ginza(text)
        assert (name, "organization") in found(doc, organization_suffix_spans(doc)), text


def test_a_latin_name_without_a_head_is_no_organization_by_its_head(ginza):
    doc = ginza("OpenDataは新版を公開した。")
    assert found(doc, organization_suffix_spans(doc)) == []


def test_a_ministry_is_named_by_common_words_and_a_company_for_its_founder(ginza):
    doc = ginza("ロシアの国防省が発表した。")
    assert found(doc, organization_suffix_spans(doc)) == [("国防省", "organization")]
    doc = ginza("山野製紙が工場を建てた。")
    assert found(doc, organization_suffix_spans(doc)) == [("山野製紙", "organization")]


def test_a_family_is_named_for_its_people(ginza):
    doc = ginza("ロックフェラー家の人々が集まった。")
    assert found(doc, organization_suffix_spans(doc)) == [("ロックフェラー", "person")]


def test_a_pointing_word_a_description_a_rank_or_a_person_with_a_post_is_no_organization(ginza):
    for text in (
        "同社は値上げを申請した。",
        "合弁会社を設立した。",
        "同党は下院第1党となった。",
        "山野一郎内閣が発足した。",
    ):
        doc = ginza(text)
        assert found(doc, organization_suffix_spans(doc)) == [], text


def test_an_ethnic_group_is_no_organization(actors):
    assert ("ミドリ族", "organization") not in actors("ミドリ族は北の谷に住む。")


def test_the_pipeline_labels_a_name_closed_by_a_head(labelled, actors):
    assert labelled("北陸電力は値上げを申請した。") == [("北陸電力", "organization", "organization_suffix")]
    assert actors("第7軍が上陸した。") == [("第7軍", "organization")]
    assert actors("山野一郎内閣が発足した。") == [("山野一郎内閣", "organization")]


# --- acronym_spans ------------------------------------------------------------------------------


def test_an_all_capital_abbreviation_is_an_organization(ginza):
    doc = ginza("GMは新型車を発表した。")
    assert found(doc, acronym_spans(doc)) == [("GM", "organization")]


def test_a_common_term_in_capitals_or_capitals_in_a_latin_phrase_are_not(ginza):
    doc = ginza("同社のCEOが辞任した。")
    assert found(doc, acronym_spans(doc)) == []
    doc = ginza("新作「SUPER GRADE」を発売した。")
    assert found(doc, acronym_spans(doc)) == []


def test_the_pipeline_finds_an_acronym(actors):
    assert actors("GMは新型車を発表した。") == [("GM", "organization")]


# --- department_spans ---------------------------------------------------------------------------


def test_a_department_is_named_by_its_heads_post_or_by_being_joined(ginza):
    doc = ginza("トヨタの広報部長が説明した。")
    assert found(doc, department_spans(doc)) == [("広報部", "organization")]
    doc = ginza("入社後、企画部に配属された。")
    assert found(doc, department_spans(doc)) == [("企画部", "organization")]


def test_a_person_with_a_post_is_no_department(ginza):
    doc = ginza("田中部長が説明した。")
    assert found(doc, department_spans(doc)) == []


def test_the_pipeline_finds_a_department(actors):
    assert actors("入社後、企画部に配属された。") == [("企画部", "organization")]
    assert actors("田中部長が説明した。") == [("田中", "person")]


# --- split_lists (a post-pass) ------------------------------------------------------------------


def test_a_list_of_whole_organization_names_is_split():
    doc = hand_doc(["MLB", "・", "NBA", "・", "NHL"])
    assert found(doc, split_lists(doc, [span(doc, "MLB・NBA・NHL", "organization")])) == [
        ("MLB", "organization"),
        ("NBA", "organization"),
        ("NHL", "organization"),
    ]
    doc = hand_doc(["自由党", "・", "社会党"])
    assert found(doc, split_lists(doc, [span(doc, "自由党・社会党", "organization")])) == [
        ("自由党", "organization"),
        ("社会党", "organization"),
    ]


def test_a_foreign_name_joined_by_a_dot_and_a_person_are_not_split():
    doc = hand_doc(["ダラス", "・", "カウボーイズ"])
    team = [span(doc, "ダラス・カウボーイズ", "organization")]
    assert split_lists(doc, team) == team
    doc = hand_doc(["NHK", "・", "BBC"])
    people = [span(doc, "NHK・BBC", "person")]
    assert split_lists(doc, people) == people


def test_the_pipeline_gives_one_mention_to_each_organization_of_a_list(actors):
    assert actors("米国ではNFL・NBA・MLBが人気だ。") == [
        ("米国", "country"),
        ("NFL", "organization"),
        ("NBA", "organization"),
        ("MLB", "organization"),
    ]
    assert actors("山田らは自由党・社会民主党推薦で出馬した。") == [
        ("山田", "person"),
        ("自由党", "organization"),
        ("社会民主党", "organization"),
    ]
    assert actors("ダラス・カウボーイズが優勝した。") == [("ダラス・カウボーイズ", "organization")]


# --- administrations_of_persons -----------------------------------------------------------------


def test_a_persons_name_before_an_administration_head_names_the_administration():
    doc = hand_doc(["第", "2", "次", "北山", "内閣", "と", "南川", "大統領", "政権", "と", "東野", "陣営"])
    spans = [span(doc, "北山", "person"), span(doc, "南川", "person"), span(doc, "東野", "person")]
    assert found(doc, administrations_of_persons(doc, spans)) == [
        ("第2次北山内閣", "organization"),
        ("南川大統領政権", "organization"),
        ("東野陣営", "organization"),
    ]


def test_a_person_before_a_title_that_opens_with_an_administration_head_stays_a_person():
    doc = hand_doc(["北山", "内閣", "官房", "長官", "と", "南川", "の", "政権", "と", "東野", "政権", "下"])
    spans = [span(doc, "北山", "person"), span(doc, "南川", "person"), span(doc, "東野", "person")]
    assert found(doc, administrations_of_persons(doc, spans)) == [
        ("北山", "person"),
        ("南川", "person"),
        ("東野政権", "organization"),
    ]


def test_the_pipeline_finds_an_administration_where_the_recognizer_saw_a_person(actors):
    assert actors("岸田内閣の支持率が下がった。") == [("岸田内閣", "organization")]
    assert actors("バイデン陣営は反発した。") == [("バイデン陣営", "organization")]
