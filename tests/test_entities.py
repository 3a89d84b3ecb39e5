"""Actors: the actor_recognizer component's span rules, and resolution, merging and coding in entities.py.

Most tests parse a news-style sentence with the session's GiNZA model (fixtures ``nlp`` and ``parse``
in conftest.py); each rule has a sentence where it applies and one where it must not. The pure
helpers (title stripping, surname matching, gazetteer look-ups) are tested without the model.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.actors.abbreviations import abbreviation_spans
from pipeline.actors.labels import ACTOR_TYPES
from pipeline.actors.titles import strip_title
from pipeline.actors.gazetteer import abbreviations, actor_lexicon, country_code, known_organizations
from pipeline.actors.resolve import find_mentions, is_part_of_name, resolve
from pipeline.records import Entity, Mention


def _actors(parse, text: str) -> tuple[list[Mention], dict[str, Entity]]:
    document, units = parse(text)
    mentions, entities = find_mentions(document.id, document.text, units)
    return mentions, {entity.id: entity for entity in entities}


def _ids(mentions: list[Mention]) -> list[tuple[str, str]]:
    return [(m.text, m.entity_id) for m in mentions]


# --- pure helpers, no model --------------------------------------------------------------------


def test_every_mapped_label_has_a_known_type():
    assert set(ACTOR_TYPES.values()) == {"person", "country", "location", "organization"}
    # Facilities, products and numbers are not actors.
    for label in ("Facility_Other", "Product_Other", "Date", "Position_Vocation", "Broadcast_Program"):
        assert label not in ACTOR_TYPES


def test_strip_title_removes_titles_and_honorifics_but_keeps_a_bare_title():
    assert strip_title("プーチン大統領") == "プーチン"
    assert strip_title("岸田氏") == "岸田"
    assert strip_title("習近平国家主席") == "習近平"
    assert strip_title("林芳正外相") == "林芳正"
    assert strip_title("大統領") == "大統領"


def test_surname_is_part_of_the_full_name_but_not_of_a_bogus_span():
    assert is_part_of_name("岸田", "岸田文雄")
    assert is_part_of_name("ケネディ", "ジョン・F・ケネディ")
    assert not is_part_of_name("プーチン", "プーチン破滅")
    assert not is_part_of_name("岸本", "岸田文雄")


def test_country_names_come_from_pycountry_and_the_curated_aliases():
    assert country_code("アメリカ") == country_code("米国") == country_code("アメリカ合衆国") == "USA"
    assert country_code("ロシア") == country_code("ロシア連邦") == "RUS"
    assert country_code("イギリス") == country_code("英国") == "GBR"
    # From pycountry's Japanese ISO 3166 names, not from the curated list.
    assert country_code("エクアドル") == "ECU"
    # One kanji alone is only an abbreviation, never a name by itself.
    assert country_code("米") is None
    assert {abbreviations()[k] for k in "米露中英仏独韓朝宇印豪加伊"} == {
        "USA", "RUS", "CHN", "GBR", "FRA", "DEU", "KOR", "PRK", "UKR", "IND", "AUS", "CAN", "ITA"}


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


def test_organization_heads_give_sectors_and_generic_words_are_not_heads():
    lexicon = actor_lexicon()
    assert lexicon.sector_of("日本軍") == "military"
    assert lexicon.sector_of("東北電力") == "company"
    assert lexicon.sector_of("同社") is None
    assert lexicon.sector_of("社会") is None
    assert lexicon.is_facility("江戸城")
    assert not lexicon.is_facility("東北電力")
    assert known_organizations()["NATO"].sector == "international"


def test_abbreviation_rule_on_a_hand_built_doc():
    # 日米 is two countries; 米 before a verb is rice, not the US.
    vocab = Vocab()
    doc = Doc(vocab, words=["日米", "首脳", "が", "米", "を", "炊く"],
              spaces=[False] * 6, pos=["NOUN", "NOUN", "ADP", "NOUN", "ADP", "VERB"],
              tags=["名詞-普通名詞-一般", "名詞-普通名詞-一般", "助詞-格助詞", "名詞-普通名詞-一般",
                    "助詞-格助詞", "動詞-一般"])
    spans = [(c.start, c.end, c.type) for c in abbreviation_spans(doc)]
    assert spans == [(0, 1, "country"), (1, 2, "country")]


# --- rules on real sentences -------------------------------------------------------------------


@pytest.mark.model
def test_us_by_every_name_is_one_node(parse):
    mentions, _ = _actors(parse, "米国務省によると、米国とアメリカの当局者は米NBC Newsに語った。")
    us = [m.text for m in mentions if m.entity_id == "country:USA"]
    assert "米国" in us and "アメリカ" in us and "米" in us


@pytest.mark.model
def test_russia_and_its_abbreviation_are_one_node(parse):
    mentions, _ = _actors(parse, "露外務省は、ロシアは日露関係を重視すると述べた。")
    russia = [m.text for m in mentions if m.entity_id == "country:RUS"]
    assert "ロシア" in russia and "露" in russia


@pytest.mark.model
def test_britain_by_every_name_is_one_node(parse):
    mentions, _ = _actors(parse, "英国の首相とイギリスの外相は、英仏首脳会談の開催で合意した。")
    britain = [m.text for m in mentions if m.entity_id == "country:GBR"]
    assert britain == ["英国", "イギリス", "英"]


@pytest.mark.model
def test_a_countrys_government_is_a_body_coded_with_that_country(parse):
    _, entities = _actors(parse, "英国政府は声明を出した。")
    assert entities["organization:イギリス政府"].country == "GBR"
    assert entities["organization:イギリス政府"].sector == "government"


@pytest.mark.model
def test_compound_abbreviations_name_each_country(parse):
    mentions, _ = _actors(parse, "日米首脳会談の後、米韓同盟と宇露の停戦交渉が議題となった。")
    codes = [m.entity_id for m in mentions if m.type == "country"]
    for code in ("JPN", "USA", "KOR", "UKR", "RUS"):
        assert f"country:{code}" in codes


@pytest.mark.model
def test_rice_is_not_a_country(parse):
    mentions, _ = _actors(parse, "農家は今年の米を収穫し、新米として出荷した。")
    assert not [m for m in mentions if m.type == "country"]


@pytest.mark.model
def test_abbreviation_fused_with_an_army_is_that_countrys_military(parse):
    mentions, entities = _actors(parse, "米軍と露軍がシリアで接触した。")
    assert entities["organization:アメリカ軍"].country == "USA"
    assert entities["organization:アメリカ軍"].sector == "military"
    assert entities["organization:ロシア軍"].country == "RUS"
    assert "露軍" in [m.text for m in mentions]


@pytest.mark.model
def test_title_and_honorific_resolve_to_the_full_name(parse):
    mentions, _ = _actors(parse, "岸田文雄首相は会見で増税を否定した。岸田氏は来週訪米する。")
    kishida = [m for m in mentions if m.entity_id == "person:岸田文雄"]
    assert [m.text for m in kishida] == ["岸田文雄", "岸田"]


@pytest.mark.model
def test_different_people_with_a_shared_prefix_stay_apart(parse):
    mentions, _ = _actors(parse, "プーチン大統領は演説した。プーチン破滅の始まりだとの声もある。")
    assert {m.entity_id for m in mentions if m.type == "person"} == {"person:プーチン"}


@pytest.mark.model
def test_title_swallowed_by_ginza_is_cut_off(parse):
    mentions, _ = _actors(parse, "米国はウクライナのゼレンスキー大統領を保護する準備ができている。")
    assert ("ゼレンスキー", "person:ゼレンスキー") in _ids(mentions)
    mentions, _ = _actors(parse, "大統領は声明を発表した。")
    assert not [m for m in mentions if m.type == "person"]


@pytest.mark.model
def test_country_before_a_person_codes_the_person(parse):
    _, entities = _actors(parse, "ロシアのプーチン大統領は記者団に語った。")
    assert entities["person:プーチン"].country == "RUS"
    _, entities = _actors(parse, "プーチン大統領は記者団に語った。")
    assert entities["person:プーチン"].country is None


@pytest.mark.model
def test_media_after_an_abbreviation_is_coded_with_its_country(parse):
    mentions, entities = _actors(parse, "米NBC Newsが報じている。")
    assert ("NBC News", "organization:NBC_News") in _ids(mentions)
    assert entities["organization:NBC_News"].country == "USA"
    assert entities["organization:NBC_News"].sector == "media"


@pytest.mark.model
def test_foreign_name_split_at_a_middle_dot_is_joined(parse):
    mentions, _ = _actors(parse, "ジョン・F・ケネディ大統領はダラスで暗殺された。")
    assert [m.text for m in mentions if m.type == "person"] == ["ジョン・F・ケネディ"]


@pytest.mark.model
def test_kanji_names_in_a_list_stay_separate(parse):
    mentions, _ = _actors(parse, "会合には羽田孜・杉山憲夫・熊谷弘らが出席した。")
    people = [m.text for m in mentions if m.type == "person"]
    assert "羽田孜" in people and "杉山憲夫" in people


@pytest.mark.model
def test_place_inside_an_organization_name_is_part_of_it(parse):
    mentions, _ = _actors(parse, "日本社会党は選挙で議席を減らした。")
    assert [(m.text, m.type) for m in mentions] == [("日本社会党", "organization")]
    mentions, _ = _actors(parse, "日本の社会は高齢化が進んでいる。")
    assert ("日本", "country:JPN") in _ids(mentions)


@pytest.mark.model
def test_demonym_names_its_country(parse):
    mentions, _ = _actors(parse, "フランス人の記者が取材した。")
    assert ("フランス", "country:FRA") in _ids(mentions)
    mentions, _ = _actors(parse, "料理人が腕を振るった。")
    assert not [m for m in mentions if m.type == "country"]


@pytest.mark.model
def test_span_running_into_the_next_word_is_cut(parse):
    mentions, _ = _actors(parse, "日本国内では反対の声が強い。")
    assert ("日本", "country:JPN") in _ids(mentions)
    mentions, _ = _actors(parse, "日本海で漁船が転覆した。")
    assert not [m for m in mentions if m.entity_id == "country:JPN"]


@pytest.mark.model
def test_known_acronym_is_an_international_organization(parse):
    mentions, entities = _actors(parse, "カザフスタンはCSTOの一員だ。")
    assert ("CSTO", "organization:集団安全保障条約機構") in _ids(mentions)
    assert entities["organization:集団安全保障条約機構"].sector == "international"


@pytest.mark.model
def test_name_closed_by_an_organization_head_is_an_organization(parse):
    mentions, entities = _actors(parse, "東北電力は料金の値上げを申請した。")
    assert ("東北電力", "organization:東北電力") in _ids(mentions)
    assert entities["organization:東北電力"].sector == "company"
    mentions, _ = _actors(parse, "同社は料金の値上げを申請した。")
    assert not [m for m in mentions if m.type == "organization"]


@pytest.mark.model
def test_buildings_are_not_organizations(parse):
    mentions, _ = _actors(parse, "江戸城の天守は再建されなかった。")
    assert not [m for m in mentions if m.type == "organization"]


@pytest.mark.model
def test_place_used_as_a_modifier_in_a_compound_is_not_a_mention(parse):
    mentions, _ = _actors(parse, "ベルリンオリンピックの野球競技は公開競技として実施された。")
    assert not [m for m in mentions if m.text == "ベルリン"]
    mentions, _ = _actors(parse, "彼はベルリンに移り住んだ。")
    assert [m.text for m in mentions if m.type in ("location", "country")] == ["ベルリン"]


@pytest.mark.model
def test_component_writes_plain_spans_and_entities(nlp):
    doc = nlp("ロシアのプーチン大統領は米NBC Newsに語った。")
    assert "actor_recognizer" in nlp.pipe_names
    assert nlp.pipe_names.index("actor_recognizer") > nlp.pipe_names.index("ner")
    spans = doc._.actor_spans
    assert all(isinstance(value, (int, str)) for span in spans for value in span)
    assert [(doc.text[s:e], t) for s, e, _, t in spans] == [
        ("ロシア", "country"), ("プーチン", "person"), ("米", "country"), ("NBC News", "organization")]
    assert [e.text for e in doc.ents if e.label_ == "known_organization"] == ["NBC News"]


@pytest.mark.model
def test_output_is_deterministic(parse):
    text = "米国と露軍、岸田文雄首相と岸田氏、日米首脳会談。"
    assert _actors(parse, text) == _actors(parse, text)


@pytest.mark.model
def test_place_after_a_country_is_coded_with_it(parse):
    _, entities = _actors(parse, "ロシアのモスクワで会談が開かれた。")
    assert entities["location:モスクワ"].country == "RUS"


@pytest.mark.model
def test_an_address_written_as_a_chain_is_one_place(parse):
    mentions, _ = _actors(parse, "彼は東京都板橋区大山で生まれた。")
    assert [(m.text, m.type) for m in mentions] == [("東京都板橋区大山", "location")]
    mentions, _ = _actors(parse, "彼はアメリカ合衆国カリフォルニア州で生まれた。")
    assert [(m.text, m.type) for m in mentions] == [("アメリカ合衆国カリフォルニア州", "location")]
    mentions, _ = _actors(parse, "ロシアのモスクワで会談が開かれた。")
    assert [m.text for m in mentions] == ["ロシア", "モスクワ"]


@pytest.mark.model
def test_an_action_is_not_an_organization(parse):
    # GiNZA tags キエフ強襲 as an international organization; 強襲 is an action (a サ変 noun).
    mentions, _ = _actors(parse, "キエフ強襲もベラルーシが策源地だから完全に一体化してるよね")
    assert not [m for m in mentions if m.type == "organization"]
    mentions, _ = _actors(parse, "ベラルーシ軍の車両が含まれてるという話もある")
    assert [m.text for m in mentions if m.type == "organization"] == ["ベラルーシ軍"]


# --- name completion and ・-joined names ------------------------------------------------------------


def _spans(parse, text: str) -> list[tuple[str, str]]:
    mentions, _ = _actors(parse, text)
    return [(m.text, m.type) for m in mentions]


@pytest.mark.model
def test_a_foreign_name_joined_by_dots_is_one_person(parse):
    assert ("カール・アブラハム・ピル", "person") in _spans(parse, "カール・アブラハム・ピルは画家である。")
    # Countries listed with ・ stay three countries.
    assert [t for t, _ in _spans(parse, "アメリカ・イギリス・フランスが合意した。")] == [
        "アメリカ", "イギリス", "フランス"]


@pytest.mark.model
def test_a_city_and_a_nickname_joined_by_a_dot_are_a_team(parse):
    chicago = _spans(parse, "彼はシカゴ・ホワイトソックスと契約した。")
    assert ("シカゴ・ホワイトソックス", "organization") in chicago
    houston = _spans(parse, "ヒューストン・アストロズに移籍した。")
    assert ("ヒューストン・アストロズ", "organization") in houston
    # A place and a stadium or a festival is not a body.
    spans = _spans(parse, "試合はペイン・フィールドで行われた。")
    assert not any(text.startswith("ペイン") for text, _ in spans)


@pytest.mark.model
def test_a_given_name_glued_to_a_tagged_surname_joins_it(parse):
    assert ("小宮山昌友", "person") in _spans(parse, "小宮山昌友が声を演じた。")
    assert ("車吉章", "person") in _spans(parse, "車吉章は韓国の政治家である。")
    assert ("小川平吉", "person") in _spans(parse, "司法大臣として小川平吉が就任した。")
    assert ("河北義次郎", "person") in _spans(parse, "河北義次郎は外交官である。")
    # A faction named after a person is not a longer name.
    assert ("田中派", "organization") in _spans(parse, "田中派が反発した。")


@pytest.mark.model
def test_a_kinship_word_or_a_position_before_a_name_is_cut_off(parse):
    assert ("千恵子", "person") in _spans(parse, "四女千恵子が生まれた。")
    assert ("大久保", "person") in _spans(parse, "FW大久保がゴールを決めた。")
    # A name whose first part is written with a common word stays whole.
    assert ("松方正義", "person") in _spans(parse, "松方正義は首相を務めた。")


@pytest.mark.model
def test_a_regnal_number_belongs_to_the_name_and_a_police_rank_does_not(parse):
    assert ("マルグレーテ2世", "person") in _spans(parse, "マルグレーテ2世が即位した。")
    assert ("磯川", "person") in _spans(parse, "磯川警部が現れた。")
    # A number that is not 世 is not part of the name.
    assert not any(text.endswith("2") for text, _ in _spans(parse, "マルグレーテは2年後に即位した。"))


@pytest.mark.model
def test_capitals_before_a_number_are_a_model_not_an_organization(parse):
    spans = _spans(parse, "同社はDHC-6を導入し、NHKが報じた。")
    assert ("NHK", "organization") in spans
    assert not any(text == "DHC" for text, _ in spans)


@pytest.mark.model
def test_a_building_taken_for_a_person_is_dropped(parse):
    spans = _spans(parse, "前橋競輪場での開場記念で優勝した。")
    assert not any(text.startswith("前橋競輪場") for text, _ in spans)
    assert ("中山", "person") in _spans(parse, "中山が優勝した。")


@pytest.mark.model
def test_a_word_for_a_post_before_a_place_is_cut_off(parse):
    spans = _spans(parse, "首都ボゴタの空港として開港した。")
    assert ("ボゴタ", "location") in spans or ("ボゴタ", "country") in spans
    assert not any(text.startswith("首都") for text, _ in spans)


@pytest.mark.model
def test_a_country_before_a_demonym_or_a_trailer_is_named(parse):
    assert ("アメリカ", "country") in _spans(parse, "部隊はアメリカ本土に上陸した。")
    assert ("クロアチア", "country") in _spans(parse, "クロアチア国民の大多数が賛成した。")
    # A country's name that modifies another noun (ベルギー映画) is not an actor mention.
    assert not any(text == "日本" for text, _ in _spans(parse, "日本映画で活躍した。"))


@pytest.mark.model
def test_a_bare_proper_noun_in_quotes_is_a_title_not_a_body(parse):
    assert not any(text == "テトリス" for text, _ in _spans(parse, "「テトリス」の開発者である。"))
    # A quoted name with an organization's head is still a body.
    assert ("左派社会党", "organization") in _spans(parse, "「左派社会党」に入党した。")


@pytest.mark.model
def test_a_katakana_word_before_a_personal_title_is_a_person(parse):
    assert ("パスケル", "person") in _spans(parse, "2年後にパスケル兄弟が失脚した。")
    assert ("徽宗", "person") in _spans(parse, "北宋の徽宗皇帝が作らせた。")
    # A katakana word before a title anyone can hold is a trade, not a name.
    assert _spans(parse, "サッカー選手として活躍した。") == []


@pytest.mark.model
def test_the_place_in_a_battles_name_is_not_a_mention(parse):
    assert _spans(parse, "1781年のヨークタウンの戦いが終わった。") == []
    # 変 and 役 begin other words too: the place in 大阪の変電所 is a place.
    assert ("大阪", "location") in _spans(parse, "大阪の変電所が停止した。")


@pytest.mark.model
def test_a_name_before_words_only_an_organization_takes_is_an_organization(parse):
    # Names no dictionary lists: what the sentence does with them says they are companies.
    assert ("アルデバラン", "organization") in _spans(parse, "2015年、ソフトバンクがアルデバランを買収した。")
    assert ("ロステケス", "organization") in _spans(parse, "彼はその後ロステケスに入社した。")
    assert ("ゼルトナー", "organization") in _spans(parse, "ゼルトナーの社長に就任した。")
    # A person can host or sing; only a team is played against, and 戦 after a common word is a kind of fight.
    assert ("櫻井和寿", "person") in _spans(parse, "櫻井和寿が主催したフェス。")
    assert _spans(parse, "ゲリラ戦を続けた。") == []
    assert _spans(parse, "沖縄戦で被害を受けた。") == []


@pytest.mark.model
def test_a_company_named_for_its_founder_is_an_organization(parse):
    assert ("鈴木製紙", "organization") in _spans(parse, "鈴木製紙が工場を建てた。")
    assert ("宮崎放送", "organization") in _spans(parse, "宮崎放送に入社した。")
    # A cabinet is still named apart from the prime minister who leads it.
    assert ("田中義一", "person") in _spans(parse, "田中義一内閣が発足した。")


@pytest.mark.model
def test_words_inside_a_title_are_not_mentions_but_speech_keeps_its_actors(parse):
    assert _spans(parse, "映画「ゴジラ対メカゴジラ」が公開された。") == []
    assert not any(text == "LIVE" for text, _ in _spans(parse, "「B'z LIVE-GYM Pleasure '97」を開催した。"))
    spans = _spans(parse, "彼は「ロシアがウクライナに侵攻した」と述べた。")
    assert ("ロシア", "country") in spans and ("ウクライナ", "country") in spans
    # An organization's head word ending the title claims the whole of it.
    assert ("南ドイツ新聞", "organization") in _spans(parse, "ドイツの新聞社「南ドイツ新聞」に漏らされた。")


@pytest.mark.model
def test_a_team_is_cut_from_the_match_against_it(parse):
    assert ("浦和", "organization") in _spans(parse, "対浦和戦で決勝点を挙げた。")


@pytest.mark.model
def test_a_place_opening_a_buildings_or_an_events_name_is_part_of_it(parse):
    assert _spans(parse, "浜松市立図書館が開館した。") == []
    assert _spans(parse, "日中戦争が始まった。") == []
    assert _spans(parse, "日米地位協定を見直す。") == []
    # Standing alone, or naming the parties to a meeting, the place and the countries are mentioned.
    assert ("浜松", "location") in _spans(parse, "浜松の図書館が開館した。")
    assert _spans(parse, "日米首脳会談が開かれた。") == [("日", "country"), ("米", "country")]


@pytest.mark.model
def test_a_foreign_name_before_words_only_a_person_takes_is_a_person(parse):
    assert ("ガントマッハー", "person") in _spans(parse, "ガントマッハーの妻は医師だった。")
    # A role the dictionary knows is not a name.
    assert not any(text == "オーナー" for text, _ in _spans(parse, "美容院オーナーの母に育てられた。"))


@pytest.mark.model
def test_generic_company_words_are_not_a_name_but_loanword_compounds_are(parse):
    assert _spans(parse, "合弁会社を設立した。") == []
    assert ("ジェットブルー航空", "organization") in _spans(parse, "ジェットブルー航空が就航した。")
    # A ministry is named by common words, and a bookshop chain by its head, not by 店.
    assert ("国防省", "organization") in _spans(parse, "ロシアの国防省が発表した。")
    assert ("三省堂書店", "organization") in _spans(parse, "三省堂書店で販売される。")


@pytest.mark.model
def test_a_name_stays_a_mention_before_self_or_others_and_after_a_kinship_word(parse):
    assert ("ドヴォルザーク", "person") in _spans(parse, "ドヴォルザーク自身の指揮で初演された。")
    assert ("クレイ", "person") in _spans(parse, "クレイ等が出馬した。")
    assert ("ヨアキム", "person") in _spans(parse, "女王の次男ヨアキム王子が出席した。")


@pytest.mark.model
def test_a_surname_that_is_also_a_place_stays_the_person_ginza_read(parse):
    # 松岡 is a surname and a place in the dictionary: GiNZA's reading of the sentence decides.
    assert ("松岡", "person") in _spans(parse, "翌年、松岡が社長に就任した。")
    # A place the dictionary lists only as a place stays one; after a ward, a surname-like name is a place.
    assert ("福建", "location") in _spans(parse, "福建に進出した。")
    assert ("東京都板橋区大山", "location") in _spans(parse, "東京都板橋区大山に店を構えた。")


@pytest.mark.model
def test_a_category_noun_says_what_the_names_it_describes_are(parse):
    spans = _spans(parse, "デンマークの補聴器メーカー、オーティコンが発表した。")
    assert ("オーティコン", "organization") in spans
    spans = _spans(parse, "トヨタ、ホンダ、ベルデックスなどの企業が参加した。")
    assert ("ベルデックス", "organization") in spans and ("ホンダ", "organization") in spans
    assert ("ストロベリーズ", "organization") in _spans(parse, "ロックバンド・ストロベリーズの新曲。")
    # A common word glued to the category is a compound, not a name.
    assert _spans(parse, "新チームマークを発表した。") == []


@pytest.mark.model
def test_departments_parties_and_organizations_in_an_events_name(parse):
    assert ("広報部", "organization") in _spans(parse, "トヨタの広報部長が説明した。")
    assert ("企画部", "organization") in _spans(parse, "入社後、企画部に配属された。")
    assert ("田中", "person") in _spans(parse, "田中部長が説明した。")
    assert ("社会党", "organization") in _spans(parse, "社会党は分裂した。")
    # An organization in an event's or a building's name is part of that name.
    assert _spans(parse, "朝日新聞阪神支局襲撃事件が起きた。") == []


@pytest.mark.model
def test_a_name_closed_by_a_geographic_head_is_a_place(parse):
    assert ("ポシェト湾", "location") in _spans(parse, "艦隊がポシェト湾に入った。")
    assert ("プッシュマタハ郡", "location") in _spans(parse, "プッシュマタハ郡で生まれた。")
    # A place that opens a longer name is left to that name's rules.
    assert ("ハワイ州", "location") not in _spans(parse, "ハワイ州知事が来日した。")


@pytest.mark.model
def test_a_demonym_inside_one_token_names_its_country(parse):
    mentions, entities = _actors(parse, "韓国人実業家が来日した。")
    assert [(m.text, m.entity_id) for m in mentions] == [("韓国", "country:KOR")]


@pytest.mark.model
def test_an_address_is_one_place_even_through_units_no_rule_found(parse):
    spans = _spans(parse, "新潟県古志郡四郎丸村にて創業した。")
    assert spans == [("新潟県古志郡四郎丸村", "location")]


@pytest.mark.model
def test_monarchs_players_and_the_targets_of_actions_are_persons(parse):
    assert ("ジョゼ1世", "person") in _spans(parse, "1777年にジョゼ1世が死去した。")
    assert ("野村直輝", "person") in _spans(parse, "MF野村直輝がゴールを決めた。")
    assert ("ジダーノフ", "person") in _spans(parse, "ジダーノフ批判が起きた。")


@pytest.mark.model
def test_a_list_of_organizations_is_one_mention_each_but_a_foreign_name_stays_whole(parse):
    spans = _spans(parse, "羽田孜らは民主党・社会民主党推薦で出馬した。")
    assert ("民主党", "organization") in spans and ("社会民主党", "organization") in spans
    spans = _spans(parse, "米国ではMLB・NBA・NHLが人気だ。")
    assert {("MLB", "organization"), ("NBA", "organization"), ("NHL", "organization")} <= set(spans)
    spans = _spans(parse, "シカゴ・ホワイトソックスが優勝した。")
    assert ("シカゴ・ホワイトソックス", "organization") in spans


@pytest.mark.model
def test_a_katakana_word_no_dictionary_lists_as_a_subject_is_a_foreign_name(parse):
    assert ("ツヴォルキン", "person") in _spans(parse, "1930年、ツヴォルキンはRCAに雇われた。")
    # A word the dictionary lists is not taken for a name.
    assert _spans(parse, "デザインは好評だった。") == []


@pytest.mark.model
def test_a_description_or_a_rank_is_not_part_of_an_organizations_name(parse):
    assert ("ヤフー社", "organization") in _spans(parse, "ポータルサイト最大手・ヤフー社が発表した。")
    assert _spans(parse, "同党は下院第1党となった。") == []
    assert ("第18軍", "organization") in _spans(parse, "第18軍が上陸した。")
    spans = _spans(parse, "ボイス・オブ・アメリカ放送が報じた。")
    assert ("ボイス・オブ・アメリカ放送", "organization") in spans


@pytest.mark.model
def test_a_name_ginza_calls_a_country_is_a_person_where_the_dictionary_knows_only_the_name(parse):
    mentions, _ = _actors(parse, "ベラルーシの関与は無いと言い張ってたルカシェンコって大丈夫か?")
    assert ("ルカシェンコ", "person:ルカシェンコ") in _ids(mentions)
    assert ("ベラルーシ", "country:BLR") in _ids(mentions)


@pytest.mark.model
def test_a_common_word_is_not_a_person_but_a_name_the_dictionary_knows_is(parse):
    assert _spans(parse, "テノールの独唱が続いた。") == []
    assert _spans(parse, "王座を奪還した。") == []
    assert _spans(parse, "チームのエースが投げた。") == []
    assert ("マクロン", "person") in _spans(parse, "マクロンが演説した。")
    assert ("ナワリヌイ", "person") in _spans(parse, "ナワリヌイが逮捕された。")


@pytest.mark.model
def test_more_organization_cues_and_a_common_word_tagged_a_place(parse):
    assert ("オーム社", "organization") in _spans(parse, "電気雑誌をオーム社の名義で創刊した。")
    assert ("Quixel", "organization") in _spans(parse, "彼はQuixelの初代社長に就任した。")
    assert _spans(parse, "エスカレータのアナウンスが流れた。") == []


@pytest.mark.model
def test_a_word_the_parser_calls_an_adjective_is_still_a_noun_in_a_name(parse):
    # The parser tags words the dictionary lacks as adjectives; Sudachi's tag says they are nouns.
    assert ("ロステケス鉄道", "organization") in _spans(parse, "南に、ロステケス鉄道が走る。")
    assert ("アンバイ株式会社", "organization") in _spans(parse, "2010年にアンバイ株式会社を設立。")


@pytest.mark.model
def test_merging_listing_and_stables_are_organization_cues(parse):
    assert ("ベルテック", "organization") in _spans(parse, "2016年12月、ベルテックとの経営統合を発表した。")
    spans = _spans(parse, "1991年から米国NASDAQ上場のバイオ企業の取締役を兼任。")
    assert ("NASDAQ", "organization") in spans and ("米国", "country") in spans
    assert ("高砂部屋", "organization") in _spans(parse, "高砂部屋所属の元力士。")


@pytest.mark.model
def test_a_company_before_its_officers_post_and_a_family_named_for_its_people(parse):
    assert ("JRP", "organization") in _spans(parse, "記者会見でJRP社長の白井裕は説明した。")
    assert ("ケネディ", "person") in _spans(parse, "ケネディ家の人々が集まった。")
    # A personal name before 社長 stays a person.
    assert ("田中", "person") in _spans(parse, "田中社長が説明した。")


@pytest.mark.model
def test_a_word_ginza_calls_a_place_that_the_dictionary_knows_only_as_a_name_is_a_person(parse):
    assert ("コッホ", "person") in _spans(parse, "州議会選挙では、コッホの3選が正式に決まった。")
    assert ("謝花", "person") in _spans(parse, "10月1日に玉城は謝花を副知事として続投させた。")


@pytest.mark.model
def test_a_country_and_a_word_ginza_ran_into_are_the_country(parse):
    spans = _spans(parse, "しかしこの予想ははずれ、クロアチア国民の大多数が賛成した。")
    assert ("クロアチア", "country") in spans


@pytest.mark.model
def test_a_name_in_quotes_after_its_category_noun(parse):
    spans = _spans(parse, "アカペラグループ「KOBE BOYS」のボーカルとして活動した。")
    assert ("KOBE BOYS", "organization") in spans
    assert ("SCジョンソン", "organization") in _spans(parse, "化学メーカー「SCジョンソン」の日本法人である。")
