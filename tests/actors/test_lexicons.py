"""The actor word lists and the pure helpers around them: no model."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from pipeline import lexicons
from pipeline.actors.gazetteer import abbreviations, actor_lexicon, country_code, known_organizations
from pipeline.actors.labels import ACTOR_TYPES, LABEL_SECTORS, NOT_NAMES
from pipeline.actors.resolve import is_part_of_name, resolve
from pipeline.actors.titles import KIN_TITLES, PERSONAL_TITLES, TITLES, strip_title
from pipeline.actors.tokens import is_foreign_script, is_kanji_with_marks, is_plain_kanji

ACTOR_DATA = ("titles", "actor_words", "entity_labels", "context_cues")


@pytest.mark.parametrize("name", ACTOR_DATA)
def test_each_actor_data_file_says_what_it_is_and_each_list_where_it_comes_from(name):
    data = json.loads(resources.files("pipeline.data").joinpath(f"{name}.json").read_text(encoding="utf-8"))
    assert data["_about"] and data["_licence"]
    lists = {
        key: value
        for key, value in data.items()
        if not key.startswith("_") and key not in ("organization", "person")
    }
    assert lists
    for key, value in lists.items():
        assert set(value) >= {"source", "words"}, key
        assert value["source"] and value["words"], key


def test_every_mapped_label_has_a_known_type_and_no_label_is_both_an_actor_and_never_a_name():
    assert set(ACTOR_TYPES.values()) == {"person", "country", "location", "organization"}
    for label in ("Facility_Other", "Product_Other", "Date", "Position_Vocation", "Broadcast_Program"):
        assert label not in ACTOR_TYPES
    assert not set(ACTOR_TYPES) & NOT_NAMES
    assert set(LABEL_SECTORS) <= set(ACTOR_TYPES)


def test_titles_are_tried_longest_first():
    assert [len(title) for title in TITLES] == sorted((len(title) for title in TITLES), reverse=True)
    assert TITLES == lexicons.longest_first("titles", "titles")
    assert PERSONAL_TITLES <= set(TITLES) and KIN_TITLES <= set(TITLES)


def test_strip_title_removes_titles_and_honorifics_but_keeps_a_bare_title():
    assert strip_title("サトウ大統領") == "サトウ"
    assert strip_title("山野氏") == "山野"
    assert strip_title("李明国家主席") == "李明"
    assert strip_title("川村次郎外相") == "川村次郎"
    assert strip_title("ジョン・スミス・大統領") == "ジョン・スミス"
    assert strip_title("大統領") == "大統領"


def test_a_surname_is_part_of_the_full_name_but_not_of_a_bogus_span():
    assert is_part_of_name("山野", "山野一郎")
    assert is_part_of_name("佐々木", "佐々木一郎")
    assert is_part_of_name("スミス", "ジョン・F・スミス")
    assert not is_part_of_name("プーチン", "プーチン破滅")
    assert not is_part_of_name("山本", "山野一郎")


def test_plain_kanji_and_kanji_with_marks_differ_on_the_marks_of_names():
    assert is_plain_kanji("山田") and is_kanji_with_marks("山田")
    assert not is_plain_kanji("佐々木") and is_kanji_with_marks("佐々木")
    assert not is_plain_kanji("霞ヶ関") and is_kanji_with_marks("霞ヶ関")
    assert not is_kanji_with_marks("山田さん")
    assert is_foreign_script("ジョン・F・スミス") and not is_foreign_script("山田")


def test_country_names_come_from_pycountry_and_the_curated_aliases():
    assert country_code("アメリカ") == country_code("米国") == country_code("アメリカ合衆国") == "USA"
    assert country_code("ロシア") == country_code("ロシア連邦") == "RUS"
    assert country_code("イギリス") == country_code("英国") == "GBR"
    assert country_code("エクアドル") == "ECU"  # pycountry's Japanese ISO 3166 names, not the curated list
    assert country_code("米") is None  # one kanji alone is only an abbreviation
    assert {abbreviations()[k] for k in "米露中英仏独韓朝宇印豪加伊"} == {
        "USA",
        "RUS",
        "CHN",
        "GBR",
        "FRA",
        "DEU",
        "KOR",
        "PRK",
        "UKR",
        "IND",
        "AUS",
        "CAN",
        "ITA",
    }


def test_resolve_gives_iso_codes_and_organization_keys():
    assert resolve("米", "country").key == "USA"
    assert resolve("露", "country").key == "RUS"
    assert resolve("英国", "location").type == "country"
    assert resolve("ドネツク", "country").type == "location"
    army = resolve("露軍", "organization")
    assert (army.key, army.country, army.sector) == ("ロシア軍", "RUS", "military")
    assert resolve("ロシア軍", "organization").key == "ロシア軍"
    assert resolve("CSTO", "organization").key == "集団安全保障条約機構"
    assert resolve("NBC News", "organization").country == "USA"
    assert resolve("朝光新聞", "organization").country is None  # 朝 inside a word is no country
    assert resolve("山野", "person", "Person").key == "山野"


def test_organization_heads_give_sectors_and_generic_words_are_not_heads():
    lexicon = actor_lexicon()
    assert lexicon.sector_of("日本軍") == "military"
    assert lexicon.sector_of("北陸電力") == "company"
    assert lexicon.sector_of("同社") is None
    assert lexicon.sector_of("社会") is None
    assert lexicon.is_facility("大坂城")
    assert not lexicon.is_facility("北陸電力")
    assert known_organizations()["NATO"].sector == "international"
