"""Subjects shared along a chain of clauses, both ways: from the clause a sentence opens with to the verbs
after it, and from a means clause (…することで). Every sentence is made up for its test."""

from __future__ import annotations

from pipeline.claims.subjects import (
    ga_subject_of_an_earlier_clause,
    ga_subject_of_the_opening_clause,
)

# -- claims.subject: ga_subject_of_the_opening_clause ------------------------------------------------------


def test_the_ga_subject_of_the_opening_clause_is_the_main_verbs(parsed):
    p = parsed("社長が経費を削り、赤字を埋めた。")
    found = ga_subject_of_the_opening_clause(*p.at("埋め"))
    assert (found.token.text, found.how) == ("社長", "clause")
    assert p.one("埋める").subject.text == "社長"


def test_the_ga_subject_of_a_means_clause_is_the_main_verbs(parsed):
    p = parsed("社長が経費を削ることで赤字を埋めた。")
    assert ga_subject_of_the_opening_clause(*p.at("埋め")).token.text == "社長"


def test_a_topic_in_the_sentence_keeps_the_opening_clauses_subject_to_itself(parsed):
    # 政府は、A社が撤退した後…: where a topic stands over the sentence, a が inside a clause is another's.
    p = parsed("政府は、北星電機が工場を閉鎖し、跡地を買い取った。")
    assert ga_subject_of_the_opening_clause(*p.at("買い取っ")) is None


def test_an_opening_clause_whose_subject_is_no_actor_gives_none(parsed):
    assert ga_subject_of_the_opening_clause(*parsed("雨が降り、試合を中止した。").at("中止")) is None


# -- claims.subject_chain: ga_subject_of_an_earlier_clause -------------------------------------------------


def test_a_middle_clause_shares_the_opening_clauses_ga_subject(parsed):
    p = parsed("男が店に押し入り、現金を奪って逃げた。")
    robbery, ctx = p.at("奪っ")
    found = ga_subject_of_an_earlier_clause(robbery, robbery.head, robbery, ctx)
    assert (found.token.text, found.how) == ("男", "clause")
    assert p.one("奪う").subject.text == "男"


def test_a_clause_after_one_with_a_subject_of_its_own_does_not_borrow_another(parsed):
    p = parsed("男が店に押し入り、店員が警察に通報した。")
    assert p.one("通報する").subject.text == "店員"
    call, ctx = p.at("押し入り")
    assert ga_subject_of_an_earlier_clause(call, call.head, call, ctx) is None


# -- claims.subject_chain: subject_of_joined_clause --------------------------------------------------------


def test_a_clause_shares_only_a_subject_written_before_it(parsed):
    # …起訴し、北星簡裁も…出した: the も-subject of the later clause is not the earlier clause's.
    p = parsed("北星区検は、法改正に気付かないまま、男性を起訴し、北星簡裁も、罰金の命令を出した。")
    assert p.one("起訴する").subject.text == "北星区検"
    assert p.one("出す").subject.text == "北星簡裁"
