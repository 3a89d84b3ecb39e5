"""Canonical names: a company with or without its legal form, a paper and its company, a prefecture."""

from __future__ import annotations

from pipeline.actors.canonical import city_key, company_key, prefecture_or_city
from pipeline.actors.organizations import known_organization_spans
from pipeline.actors.resolve import resolve


def test_a_company_is_one_key_with_or_without_its_legal_form_or_group_word():
    assert company_key("株式会社ミドリ電機") == "ミドリ電機"
    assert company_key("ミドリ電機株式会社") == "ミドリ電機"
    assert company_key("ミドリ電機グループ") == "ミドリ電機"
    assert company_key("ミドリ社") == "ミドリ"
    assert company_key("北星新聞社") == "北星新聞"


def test_a_sha_that_is_part_of_the_name_stays():
    assert company_key("北星社") == "北星社"
    assert company_key("講談社") == "講談社"


def test_a_party_s_short_forms_are_the_party():
    assert {resolve(name, "organization").key for name in ("自民", "自民党", "自由民主党")} == {"自由民主党"}


def test_a_newspaper_is_not_coded_with_the_country_its_name_opens_with():
    paper = resolve("中国新聞社", "organization")
    assert (paper.key, paper.country, paper.sector) == ("中国新聞", "JPN", "media")
    unknown = resolve("タイ新聞", "organization")
    assert unknown.country is None
    assert resolve("ロシア軍", "organization").country == "RUS"


def test_a_bare_prefecture_name_is_the_prefecture_unless_only_the_city_is_named():
    assert prefecture_or_city("大阪", frozenset({"大阪"})) == "大阪府"
    assert prefecture_or_city("大阪", frozenset({"大阪", "大阪市"})) == "大阪市"
    assert prefecture_or_city("大阪", frozenset({"大阪", "大阪市", "大阪府"})) == "大阪府"
    assert prefecture_or_city("大阪市", frozenset({"大阪市"})) == "大阪市"
    assert prefecture_or_city("東京", frozenset({"東京"})) == "東京都"


def test_a_city_is_one_key_with_or_without_its_shi():
    assert city_key("ミドリ市") == city_key("ミドリ") == "ミドリ"
    assert resolve("ミドリ市", "location").key == resolve("ミドリ", "location").key


def test_a_city_named_for_a_prefecture_or_a_country_or_a_market_day_keeps_its_shi():
    assert [city_key(name) for name in ("大阪市", "五日市", "五日市市", "津市")] == [
        "大阪市",
        "五日市",
        "五日市",
        "津市",
    ]
    assert resolve("メキシコ市", "location").key == "メキシコ市"
    assert city_key("北星県ミドリ市") == "北星県ミドリ市"  # an address, which no bare name could be


def test_a_league_and_a_paper_are_one_node_by_their_short_names():
    assert resolve("J1", "organization").key == resolve("J1リーグ", "organization").key
    assert resolve("朝日", "organization").key == resolve("朝日新聞社", "organization").key


def test_a_paper_named_shinpo_is_media_and_a_short_name_is_its_paper():
    assert resolve("北星新報", "organization").sector == "media"
    assert resolve("産経", "organization").key == "産経新聞"


def test_the_pipeline_finds_a_paper_by_its_head(actors):
    assert ("北星日報", "organization") in actors("北星日報によると、ミドリ電機が撤退する。")


def test_a_common_word_a_known_body_is_called_merges_into_it_only_where_a_rule_found_it(ginza):
    assert resolve("巨人", "organization").key == resolve("巨人軍", "organization").key == "読売ジャイアンツ"
    assert resolve("巨人軍", "organization").sector == "sports"
    doc = ginza("彼は知の巨人と呼ばれ、読売巨人軍に入った。")
    assert [doc.text[s.start : s.end] for s in known_organization_spans(doc)] == ["読売巨人軍"]
