"""Relative clauses whose head the parser misplaces or whose subject is written with の. Every sentence is
made up for its test."""

from __future__ import annotations

from pipeline.claims.subjects import category_after_a_place

# -- claims.subject: category_after_a_place ----------------------------------------------------------------


def test_a_clause_before_a_place_and_the_kind_of_body_the_subject_is_is_the_subjects(parsed):
    p = parsed("北星社は、漫画や小説などを発行している日本の出版社。")
    found = category_after_a_place(*p.at("発行"))
    assert (found.token.text, found.how) == ("社", "relative")
    assert {c.subject.text for c in p.by_lemma("発行する")} == {"北星社"}
    university = parsed("北星大学は、北星市に本部を置く日本の私立大学である。")
    assert university.one("置く").subject.text == "北星大学"


def test_a_clause_before_a_place_in_a_sentence_that_says_no_kind_is_left_to_the_place(parsed):
    p = parsed("本社を東京に置く日本の企業が、新製品を発表した。")
    assert category_after_a_place(*p.at("置く")) is None
