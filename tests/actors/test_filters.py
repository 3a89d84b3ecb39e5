"""Post-passes that drop candidates which are part of something else's name."""

from __future__ import annotations

from pipeline.actors.filters import (
    bodies_of_members,
    trimmed_of_dangling_dots,
    without_battle_names,
    without_citations,
    without_editions,
    without_facility_or_event_openers,
    without_kinds_of_bodies,
    without_model_numbers,
    without_parts_of_longer_names,
    without_quoted_titles,
    without_ranks,
    without_time_zones_and_web_editions,
)
from tests.actors.helpers import found, hand_doc, span

# --- without_model_numbers ----------------------------------------------------------------------


def test_capitals_before_a_number_are_a_model_and_capitals_alone_stay():
    doc = hand_doc(["KXR", "-", "7", "と", "NHK"])
    spans = [span(doc, "KXR", "organization"), span(doc, "NHK", "organization")]
    assert found(doc, without_model_numbers(doc, spans)) == [("NHK", "organization")]


def test_the_pipeline_drops_a_model_number(actors):
    assert actors("同社はKXR-7を導入し、NHKが報じた。") == [("NHK", "organization")]


# --- without_kinds_of_bodies ----------------------------------------------------------------------


def test_kind_words_before_an_organization_head_name_a_kind_not_a_body():
    doc = hand_doc(
        ["新制", "大学", "と", "BS", "デジタル", "放送", "と", "第", "二", "次", "産業", "と", "東北", "部"]
    )
    spans = [span(doc, "新制大学", "organization"), span(doc, "BSデジタル放送", "organization")]
    spans += [span(doc, "第二次産業", "organization"), span(doc, "東北部", "organization")]
    assert found(doc, without_kinds_of_bodies(doc, spans)) == []


def test_a_name_before_or_among_kind_words_makes_one_body():
    doc = hand_doc(["北星", "県立", "大学", "と", "ミドリ", "放送", "と", "北星", "スポーツ", "新聞"])
    spans = [span(doc, "北星県立大学", "organization"), span(doc, "ミドリ放送", "organization")]
    spans.append(span(doc, "北星スポーツ新聞", "organization"))
    assert found(doc, without_kinds_of_bodies(doc, spans)) == [
        ("北星県立大学", "organization"),
        ("ミドリ放送", "organization"),
        ("北星スポーツ新聞", "organization"),
    ]


def test_the_pipeline_finds_no_body_in_a_kind(actors):
    assert actors("新制大学の多くはスポーツ新聞で報じられた。") == []


# --- without_ranks ---------------------------------------------------------------------------------


def test_a_rank_is_no_name_but_a_party_named_after_it_is():
    doc = hand_doc(["下院", "第", "1", "党", "「", "緑の未来", "」"])
    spans = [span(doc, "下院第1党", "organization"), span(doc, "緑の未来", "organization")]
    assert found(doc, without_ranks(doc, spans)) == [("緑の未来", "organization")]


def test_the_pipeline_takes_the_quoted_name_after_a_rank_for_the_party(actors):
    assert actors("下院第1党「緑の未来」は連立で合意した。") == [("緑の未来", "organization")]


# --- bodies_of_members ----------------------------------------------------------------------------


def test_a_member_of_a_body_names_the_body():
    doc = hand_doc(["北星", "党", "員", "と", "衆議院", "議員", "と", "社員", "と", "北星", "委員会"])
    spans = [span(doc, "北星党員", "organization"), span(doc, "衆議院議員", "organization")]
    spans += [span(doc, "社員", "organization"), span(doc, "北星委員会", "organization")]
    assert found(doc, bodies_of_members(doc, spans)) == [
        ("北星党", "organization"),
        ("衆議院", "organization"),
        ("北星委員会", "organization"),
    ]


def test_the_pipeline_finds_the_body_of_a_member(combined):
    assert [(text, kind) for text, kind, _ in combined("北星党の衆議院議員が辞職した。")] == [
        ("北星党", "organization"),
        ("衆議院", "organization"),
    ]


# --- trimmed_of_dangling_dots ----------------------------------------------------------------------


def test_a_dot_at_either_end_of_a_span_is_no_part_of_the_name():
    doc = hand_doc(
        ["北星", "野球", "・", "と", "・", "ミドリ", "と", "ミドリ", "・", "サトウ", "と", "・", "社"]
    )
    spans = [span(doc, "北星野球・", "organization"), span(doc, "・ミドリ", "person")]
    spans += [span(doc, "ミドリ・サトウ", "person"), span(doc, "・社", "organization")]
    assert found(doc, trimmed_of_dangling_dots(doc, spans)) == [
        ("北星野球", "organization"),
        ("ミドリ", "person"),
        ("ミドリ・サトウ", "person"),
    ]


def test_the_spans_finally_chosen_are_trimmed_of_dangling_dots():
    from pipeline.actors.component import with_final_passes

    doc = hand_doc(["北星", "野球", "・", "ミドリ", "球団"])
    assert found(doc, with_final_passes(doc, [span(doc, "北星野球・", "organization")])) == [
        ("北星野球", "organization")
    ]


# --- without_editions -----------------------------------------------------------------------------


def test_the_nth_edition_of_something_is_an_event_but_a_numbered_body_stays():
    doc = hand_doc(["第", "10", "回", "北星", "共進", "会", "と", "第", "7", "軍"])
    spans = [span(doc, "第10回北星共進会", "organization"), span(doc, "第7軍", "organization")]
    assert found(doc, without_editions(doc, spans)) == [("第7軍", "organization")]


def test_the_pipeline_finds_no_body_in_an_edition(actors):
    assert actors("第10回北星連合共進会が開かれ、第7軍が上陸した。") == [("第7軍", "organization")]


# --- without_time_zones_and_web_editions -----------------------------------------------------------


def test_a_time_zone_and_a_cited_web_edition_are_no_actors():
    doc = hand_doc(["午前", "9", "時", "(", "UTC+9", ")", "、", "YOMIURI ONLINE", "より", "NEWS"])
    spans = [span(doc, "UTC+9", "organization"), span(doc, "YOMIURI ONLINE", "organization")]
    spans.append(span(doc, "NEWS", "organization"))
    assert found(doc, without_time_zones_and_web_editions(doc, spans)) == []


def test_a_sister_project_in_its_notice_is_no_actor_but_stays_in_a_sentence():
    doc = hand_doc(["ウィキペディア", "に", "北星地震", "に", "関する", "記事", "があり", "ます", "。"])
    assert (
        found(doc, without_time_zones_and_web_editions(doc, [span(doc, "ウィキペディア", "organization")]))
        == []
    )
    doc = hand_doc(["ウィキペディア", "に", "寄付", "し", "た", "。"])
    assert found(
        doc, without_time_zones_and_web_editions(doc, [span(doc, "ウィキペディア", "organization")])
    ) == [("ウィキペディア", "organization")]


def test_a_body_named_like_a_time_zone_or_with_news_in_its_name_stays():
    doc = hand_doc(["UTCA", "と", "NBC News", "と", "UTC"])
    spans = [span(doc, "UTCA", "organization"), span(doc, "NBC News", "organization")]
    assert found(doc, without_time_zones_and_web_editions(doc, spans)) == [
        ("UTCA", "organization"),
        ("NBC News", "organization"),
    ]


def test_the_pipeline_drops_a_time_zone(actors):
    assert actors("10日午後3時(UTC+9)、ミドリ電機が発表した。") == [("ミドリ電機", "organization")]


# --- without_citations --------------------------------------------------------------------------


def test_a_source_cited_with_its_date_or_the_headline_it_ran_is_no_actor():
    doc = hand_doc(["北星通信", "『", "新橋が開通", "』", "。", "北星新報", "、", "2012年3月4日", "。"])
    spans = [span(doc, "北星通信", "organization"), span(doc, "北星新報", "organization")]
    assert found(doc, without_citations(doc, spans)) == []


def test_a_source_a_sentence_goes_on_after_stays():
    doc = hand_doc(["北星新報", "によると", "、", "山野", "は", "『", "森", "』", "を", "書い", "た", "。"])
    spans = [span(doc, "北星新報", "organization"), span(doc, "山野", "person")]
    assert found(doc, without_citations(doc, spans)) == [("北星新報", "organization"), ("山野", "person")]
    doc = hand_doc(["北星新報", "、", "4月8日", "に", "発表", "し", "た", "。"])
    assert found(doc, without_citations(doc, [span(doc, "北星新報", "organization")])) == [
        ("北星新報", "organization")
    ]


def test_the_pipeline_leaves_out_the_sources_cited_at_an_article_s_end(actors):
    found_actors = actors("北星新聞によると、ミドリ電機が撤退する。北星新聞、2012年3月4日。")
    assert found_actors == [("北星新聞", "organization"), ("ミドリ電機", "organization")]


# --- without_quoted_titles ----------------------------------------------------------------------


def test_a_bare_proper_noun_that_fills_a_pair_of_quotes_is_a_title():
    doc = hand_doc(["「", "マリオ", "」", "の", "新作"])
    assert without_quoted_titles(doc, [span(doc, "マリオ", "person", "proper_noun")]) == []


def test_a_quoted_name_found_by_its_head_or_by_ginza_stays():
    doc = hand_doc(["「", "右派", "社会党", "」"])
    party = [span(doc, "右派社会党", "organization", "organization_suffix")]
    assert without_quoted_titles(doc, party) == party
    doc = hand_doc(["マリオ", "の", "新作"])
    name = [span(doc, "マリオ", "person", "proper_noun")]
    assert without_quoted_titles(doc, name) == name


def test_the_pipeline_drops_a_quoted_title(actors):
    assert actors("「マリオ」の新作が発表された。") == []


# --- without_battle_names -----------------------------------------------------------------------


def test_the_place_in_a_battles_name_is_no_mention():
    doc = hand_doc(["アウステルリッツ", "の", "戦い"])
    assert without_battle_names(doc, [span(doc, "アウステルリッツ", "location")]) == []


def test_a_place_before_a_word_that_only_starts_like_a_battle_and_an_army_stay():
    doc = hand_doc(["大阪", "の", "変電所"])
    place = [span(doc, "大阪", "location")]
    assert without_battle_names(doc, place) == place
    doc = hand_doc(["北軍", "の", "戦い"])
    army = [span(doc, "北軍", "organization")]
    assert without_battle_names(doc, army) == army


def test_the_pipeline_drops_the_place_of_a_battle(actors):
    assert actors("1805年のアウステルリッツの戦いが終わった。") == []
    assert actors("大阪の変電所が停止した。") == [("大阪", "location")]


# --- without_parts_of_longer_names --------------------------------------------------------------


def test_a_word_inside_a_quoted_title_or_a_latin_phrase_is_no_mention(ginza):
    doc = ginza("「Windows Vista」を発売した。")
    assert without_parts_of_longer_names(doc, [span(doc, "Windows", "organization")]) == []
    doc = ginza("同社はNHK SPECIALを放送した。")
    assert without_parts_of_longer_names(doc, [span(doc, "NHK", "organization")]) == []


def test_an_organizations_head_that_ends_the_title_claims_the_whole_of_it(ginza):
    doc = ginza("「右派社会党」に入党した。")
    assert found(doc, without_parts_of_longer_names(doc, [span(doc, "社会党", "organization")])) == [
        ("右派社会党", "organization")
    ]


def test_an_organization_that_ends_a_quoted_headline_does_not_claim_it(ginza):
    doc = ginza("『新型ロケット、費用は40億ドル・北星宇宙機構』。北星新報、2008年1月1日。")
    assert found(doc, without_parts_of_longer_names(doc, [span(doc, "北星宇宙機構", "organization")])) == []


def test_the_actors_of_quoted_speech_stay(ginza):
    doc = ginza("彼は「中国が台湾に圧力をかけた」と述べた。")
    spans = [span(doc, "中国", "country"), span(doc, "台湾", "country")]
    assert without_parts_of_longer_names(doc, spans) == spans


def test_the_pipeline_keeps_titles_whole(actors):
    assert actors("「Windows Vista」を発売した。") == []
    assert actors("「右派社会党」に入党した。") == [("右派社会党", "organization")]
    assert actors("彼は「中国が台湾に圧力をかけた」と述べた。") == [("中国", "country"), ("台湾", "country")]


# --- without_facility_or_event_openers ----------------------------------------------------------


def test_a_name_that_opens_a_buildings_or_an_events_name_is_part_of_it(ginza):
    doc = ginza("NHKホールで公演した。")
    assert without_facility_or_event_openers(doc, [span(doc, "NHK", "organization")]) == []
    doc = ginza("日露戦争が始まった。")
    spans = [span(doc, "日", "country", "abbreviation"), span(doc, "露", "country", "abbreviation")]
    assert without_facility_or_event_openers(doc, spans) == []


def test_a_name_before_a_meeting_or_apart_from_the_building_stays(ginza):
    doc = ginza("日米首脳会談が開かれた。")
    spans = [span(doc, "日", "country", "abbreviation"), span(doc, "米", "country", "abbreviation")]
    assert without_facility_or_event_openers(doc, spans) == spans
    doc = ginza("静岡の図書館が開館した。")
    place = [span(doc, "静岡", "location")]
    assert without_facility_or_event_openers(doc, place) == place


def test_a_body_before_a_place_and_a_site_of_its_own_is_the_body(ginza):
    doc = ginza("北星銀行赤坂支店で強盗事件があった。")
    bank = [span(doc, "北星銀行", "organization")]
    assert without_facility_or_event_openers(doc, bank) == bank
    doc = ginza("北星銀行ホールで強盗事件があった。")  # a building of its name: no branch
    assert without_facility_or_event_openers(doc, [span(doc, "北星銀行", "organization")]) == []


def test_the_pipeline_finds_the_body_of_a_branch(actors):
    assert ("北星銀行", "organization") in actors("北星銀行赤坂支店で強盗事件があった。")
    assert ("東洋製紙", "organization") in actors("東洋製紙釧路工場は閉鎖された。")


def test_the_pipeline_leaves_the_names_of_buildings_and_events_out(actors):
    assert actors("日露戦争が始まった。") == []
    assert actors("NHKホールで公演した。") == []
    assert actors("静岡市立図書館が開館した。") == []
    assert actors("静岡の図書館が開館した。") == [("静岡", "location")]
    assert actors("日米首脳会談が開かれた。") == [("日", "country"), ("米", "country")]
