"""Relative clauses by their gap (gaps.py): is the noun a relative clause modifies its object, or no
argument of it at all? The functions alone on real parses, then the claims that show them."""

from __future__ import annotations

from pipeline.claims.gaps import object_gap, outer_head, transitive

# 発売した新製品 (the product was put on sale), 壊れた車両 (the vehicles broke), 起きた工場 (the place).
LAUNCHED = "北星商事は、昨年発売した新製品の回収を始めた。"
BROKEN = "北星商事は、壊れた車両の回収を始めた。"
ACCIDENT = "北星商事は、事故が起きた工場の操業を止めた。"


def test_a_time_a_formal_noun_and_a_place_of_an_event_are_outer_heads(parsed):
    assert outer_head(parsed("チリ政府は、首相と会談した後、声明を発表した。").find("後"))
    assert outer_head(parsed("ケニア政府は部隊を撤退させることを決めた。").find("こと"))
    assert outer_head(parsed("警察は、事故が起きた現場を調べた。").find("現場"))


def test_a_thing_the_clause_is_about_is_no_outer_head(parsed):
    assert not outer_head(parsed(LAUNCHED).find("新製品"))
    assert not outer_head(parsed(ACCIDENT).find("工場"))


def test_an_amount_of_money_is_what_the_clause_acts_on_but_a_time_after_it_is_not(parsed):
    stolen = parsed("警察によると、男が会社から盗んだ300万円は見つかっていない。")
    assert not outer_head(stolen.find("円"))
    assert stolen.one("盗む").object.text == "300万円"
    later = parsed("北星電機が工場を建てた3年後、市は税を下げた。")
    assert outer_head(later.find("後"))


def test_transitivity_comes_from_the_corpus_or_a_verbal_noun_is_taken_for_transitive(parsed):
    assert transitive(parsed("南海物産は、医薬品を開発する企業である。").find("開発"))  # listed, 1.0
    assert not transitive(parsed(ACCIDENT).find("起き"))  # listed, 0.0
    assert transitive(parsed(LAUNCHED).find("発売"))  # not listed, a verbal noun
    assert not transitive(parsed(BROKEN).find("壊れ"))  # not listed, no verbal noun


def test_a_transitive_relative_clause_with_no_wo_phrase_has_an_object_gap(parsed):
    launch = parsed(LAUNCHED).find("発売")
    assert launch.dep_ == "acl"
    assert object_gap(launch)


def test_a_relative_clause_with_a_wo_phrase_of_its_own_or_an_intransitive_verb_has_none(parsed):
    assert not object_gap(parsed("南海物産は、医薬品を開発する企業である。").find("開発"))
    assert not object_gap(parsed(BROKEN).find("壊れ"))
    # A main clause is no relative clause, whatever its objects.
    assert not object_gap(parsed("北星商事は昨年発売した。").find("発売"))


def test_the_gap_decides_who_acts_and_on_what(parsed):
    launch = parsed(LAUNCHED).one("発売する")
    assert (launch.subject.text, launch.object.text) == ("北星商事", "新製品")
    assert parsed(BROKEN).by_lemma("壊れる") == []
    # 事故が起きた工場: the accident happened at the plant; it is no claim of the company.
    assert parsed(ACCIDENT).by_lemma("起きる") == []
