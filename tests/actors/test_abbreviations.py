"""abbreviation_spans: the press's one-kanji country names (日米, 米軍, 米NBC)."""

from __future__ import annotations

from pipeline.actors.abbreviations import abbreviation_spans
from tests.actors.helpers import found, hand_doc


def test_a_run_of_one_kanji_abbreviations_is_one_country_each(ginza):
    doc = ginza("日米首脳は電話で協議した。")
    assert found(doc, abbreviation_spans(doc)) == [("日", "country"), ("米", "country")]


def test_an_abbreviation_fused_with_a_bodys_head_is_that_body(ginza):
    doc = ginza("米軍と露軍が黒海で接近した。")
    assert found(doc, abbreviation_spans(doc)) == [("米軍", "organization"), ("露軍", "organization")]


def test_a_lone_abbreviation_is_a_country_before_a_name_or_a_word_that_follows_countries(ginza):
    doc = ginza("米NBCテレビが速報した。")
    assert found(doc, abbreviation_spans(doc)) == [("米", "country")]
    doc = ginza("英政府は制裁を発表した。")
    assert found(doc, abbreviation_spans(doc)) == [("英", "country")]


def test_a_lone_kanji_that_is_a_word_and_a_repeated_kanji_are_not_countries(ginza):
    for text in ("農家は今年の米を収穫した。", "日を改めて協議する。", "北海日日新聞が報じた。"):
        doc = ginza(text)
        assert found(doc, abbreviation_spans(doc)) == [], text


def test_abbreviations_on_a_hand_built_doc():
    # 日米 is two countries; 米 before a verb's object marker is rice, not the US.
    doc = hand_doc(
        ["日米", "首脳", "が", "米", "を", "炊く"],
        tags=[
            "名詞-普通名詞-一般",
            "名詞-普通名詞-一般",
            "助詞-格助詞",
            "名詞-普通名詞-一般",
            "助詞-格助詞",
            "動詞-一般",
        ],
        pos=["NOUN", "NOUN", "ADP", "NOUN", "ADP", "VERB"],
    )
    spans = [(c.start, c.end, c.type) for c in abbreviation_spans(doc)]
    assert spans == [(0, 1, "country"), (1, 2, "country")]


def test_the_pipeline_names_the_countries_and_bodies_of_abbreviations(actors, labelled):
    assert actors("日米首脳は電話で協議した。") == [("日", "country"), ("米", "country")]
    assert labelled("米軍と露軍が黒海で接近した。")[:2] == [
        ("米軍", "organization", "abbreviation"),
        ("露軍", "organization", "abbreviation"),
    ]
    assert actors("農家は今年の米を収穫した。") == []


def test_a_name_made_of_abbreviation_kanji_is_no_countries():
    # 朝日 and 宇土 are names (Sudachi reads them as a surname or a place), not 朝 + 日 or 宇 + 土.
    doc = hand_doc(
        ["朝日", "選手", "と", "宇土", "市", "の", "日米", "交流"],
        tags=[
            "名詞-固有名詞-人名-姓",
            "名詞-普通名詞-一般",
            "助詞-格助詞",
            "名詞-固有名詞-地名-一般",
            "接尾辞-名詞的-一般",
            "助詞-格助詞",
            "名詞-普通名詞-一般",
            "名詞-普通名詞-サ変可能",
        ],
    )
    assert found(doc, abbreviation_spans(doc)) == [("日", "country"), ("米", "country")]


def test_an_ambiguous_kanji_fused_with_a_head_is_no_body(ginza):
    doc = ginza("東軍と西軍が関ヶ原で戦った。英軍も動いた。")
    assert found(doc, abbreviation_spans(doc)) == [("英軍", "organization")]


def test_a_day_and_the_name_of_a_known_body_are_no_countries(ginza):
    doc = ginza("会合は13日朝に開かれ、中日新聞によると日米の担当者が出席した。")
    assert found(doc, abbreviation_spans(doc)) == [("日", "country"), ("米", "country")]
