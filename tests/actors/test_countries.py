"""gazetteer_country_spans: country names GiNZA did not tag."""

from __future__ import annotations

from pipeline.actors.countries import country_before_trailer, gazetteer_country_spans
from tests.actors.helpers import found


def test_a_country_before_a_demonym_or_a_title_is_named(ginza):
    doc = ginza("韓国人実業家が来日した。")
    assert found(doc, gazetteer_country_spans(doc)) == [("韓国", "country")]
    doc = ginza("ロシア大統領が会見した。")
    assert found(doc, gazetteer_country_spans(doc)) == [("ロシア", "country")]


def test_a_country_that_modifies_a_compound_is_not_a_mention(ginza):
    doc = ginza("日本映画の上映会が開かれた。")
    assert found(doc, gazetteer_country_spans(doc)) == []


def test_a_country_is_cut_from_the_demonym_or_trailer_it_is_written_with():
    assert country_before_trailer("韓国人") == "韓国"
    assert country_before_trailer("日本国内") == "日本"
    assert country_before_trailer("料理人") == ""


def test_the_pipeline_names_the_country_of_a_demonym(actors):
    assert actors("韓国人実業家が来日した。") == [("韓国", "country")]
