"""find_mentions: a document's spans resolved to graph nodes, merged, coded with country and sector."""

from __future__ import annotations

import pytest

from pipeline.actors.resolve import find_mentions
from pipeline.records import Entity, Mention


@pytest.fixture(scope="module")
def mentions_of(parse):
    def _mentions(text: str) -> tuple[list[Mention], dict[str, Entity]]:
        document, units = parse(text)
        mentions, entities = find_mentions(document.id, document.text, units)
        return mentions, {entity.id: entity for entity in entities}

    return _mentions


def _ids(mentions: list[Mention]) -> list[tuple[str, str]]:
    return [(m.text, m.entity_id) for m in mentions]


def test_a_country_by_every_name_is_one_node(mentions_of):
    mentions, _ = mentions_of("米国防総省によると、米国とアメリカの当局者が米NBC Newsの取材に応じた。")
    us = [m.text for m in mentions if m.entity_id == "country:USA"]
    assert "米国" in us and "アメリカ" in us and "米" in us
    mentions, _ = mentions_of("露国防省は、ロシアは日露の協議を重視すると述べた。")
    russia = [m.text for m in mentions if m.entity_id == "country:RUS"]
    assert "ロシア" in russia and "露" in russia
    mentions, _ = mentions_of("英国の外相とイギリスの首相は、英独首脳会談で合意した。")
    assert [m.text for m in mentions if m.entity_id == "country:GBR"] == ["英国", "イギリス", "英"]


def test_a_run_of_abbreviations_names_each_country(mentions_of):
    mentions, _ = mentions_of("日米首脳会談の後、米韓同盟と宇露の停戦協議が議題に上った。")
    codes = {m.entity_id for m in mentions if m.type == "country"}
    assert {"country:JPN", "country:USA", "country:KOR", "country:UKR", "country:RUS"} <= codes


def test_a_countrys_government_and_army_are_bodies_coded_with_the_country(mentions_of):
    _, entities = mentions_of("英国政府は声明を出した。")
    assert (entities["organization:イギリス政府"].country, entities["organization:イギリス政府"].sector) == (
        "GBR",
        "government",
    )
    mentions, entities = mentions_of("米軍と露軍が黒海で接近した。")
    assert (entities["organization:アメリカ軍"].country, entities["organization:アメリカ軍"].sector) == (
        "USA",
        "military",
    )
    assert entities["organization:ロシア軍"].country == "RUS"
    assert "露軍" in [m.text for m in mentions]


def test_a_title_and_an_honorific_resolve_to_the_full_name(mentions_of):
    mentions, _ = mentions_of("山本一郎首相は会見で減税を否定した。山本氏は来週訪米する。")
    assert [m.text for m in mentions if m.entity_id == "person:山本一郎"] == ["山本一郎", "山本"]


def test_a_rank_or_a_title_written_before_the_name_is_no_part_of_the_person_s_node():
    from pipeline.actors.resolve import resolve

    assert resolve("横綱・北星山", "person").key == resolve("北星山", "person").key == "北星山"
    assert resolve("首相・山野一郎", "person").key == "山野一郎"
    assert resolve("ミドリ・サトウ", "person").key == "ミドリ・サトウ"  # a given name, not a title


def test_a_bogus_span_that_shares_a_name_s_start_stays_apart(mentions_of):
    mentions, _ = mentions_of("プーチン大統領は演説した。プーチン破滅の始まりだとの声も出ている。")
    assert {m.entity_id for m in mentions if m.type == "person"} == {"person:プーチン"}


def test_a_country_just_before_a_person_a_body_or_a_place_codes_it(mentions_of):
    _, entities = mentions_of("ロシアのプーチン大統領は記者団に語った。")
    assert entities["person:プーチン"].country == "RUS"
    _, entities = mentions_of("プーチン大統領は記者団に語った。")
    assert entities["person:プーチン"].country is None
    mentions, entities = mentions_of("米NBC Newsが報じている。")
    assert ("NBC News", "organization:NBC_News") in _ids(mentions)
    assert (entities["organization:NBC_News"].country, entities["organization:NBC_News"].sector) == (
        "USA",
        "media",
    )
    _, entities = mentions_of("ロシアのサンクトペテルブルクで会談が開かれた。")
    assert entities["location:サンクトペテルブルク"].country == "RUS"


def test_a_known_acronym_and_a_head_word_give_the_sector(mentions_of):
    mentions, entities = mentions_of("ジョージアはCSTOに加盟していない。")
    assert ("CSTO", "organization:集団安全保障条約機構") in _ids(mentions)
    assert entities["organization:集団安全保障条約機構"].sector == "international"
    _, entities = mentions_of("北陸電力は値上げを申請した。")
    assert entities["organization:北陸電力"].sector == "company"


def test_a_foreign_surname_resolves_to_the_full_name_used_before(mentions_of):
    mentions, _ = mentions_of("ジョン・F・スミス氏が寄付した。スミス氏は会見で理由を語った。")
    assert [m.entity_id for m in mentions if m.type == "person"] == ["person:ジョン・F・スミス"] * 2


def test_an_international_body_after_a_country_belongs_to_no_country(mentions_of):
    _, entities = mentions_of("北朝鮮の国連大使は、北朝鮮・国連の協議について語った。")
    assert entities["organization:国際連合"].country is None


def test_a_company_and_its_paper_with_or_without_their_legal_forms_are_one_node(mentions_of):
    mentions, _ = mentions_of(
        "株式会社ミドリ電機は、ミドリ電機グループの再編を発表した。朝日新聞社と朝日新聞が報じた。"
    )
    ids = {m.text: m.entity_id for m in mentions}
    assert ids["株式会社ミドリ電機"] == ids["ミドリ電機グループ"] == "organization:ミドリ電機"
    assert ids["朝日新聞社"] == ids["朝日新聞"] == "organization:朝日新聞"
