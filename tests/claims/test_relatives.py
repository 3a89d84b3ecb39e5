"""Relative clauses whose head the parser misplaces or whose subject is written with の. Every sentence is
made up for its test."""

from __future__ import annotations

from pipeline.claims.objects import relative_clause_head_acted_on
from pipeline.claims.subjects import category_after_a_place, no_subject_of_a_relative_clause

from .helpers import text_of

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


# -- claims.subject: no_subject_of_a_relative_clause -------------------------------------------------------


def test_a_no_phrase_before_a_relative_clauses_verb_is_its_subject(parsed):
    p = parsed("首相の掲げる政策について、野党は批判した。")
    found = no_subject_of_a_relative_clause(*p.at("掲げる"))
    assert (found.token.text, found.how) == ("首相", "explicit")
    policy = p.one("掲げる")
    assert (policy.subject.text, policy.object.text) == ("首相", "政策")


def test_a_no_phrase_before_a_verbal_noun_that_is_no_relative_clause_is_its_object(parsed):
    # ロシアの味方して: a て-form the parser calls a relative clause; its の-phrase is what it sides with.
    p = parsed("侵攻したロシアの味方して、制裁されたらたまったもんじゃない。")
    assert no_subject_of_a_relative_clause(*p.at("味方")) is None


def test_a_bare_noun_right_before_a_relative_clauses_verb_is_its_subject(parsed):
    # 東山党首率いる北星同盟: the particle left out, as headlines and news do with 率いる.
    p = parsed("東山党首率いる北星同盟が小選挙区で議席を得た。")
    found = no_subject_of_a_relative_clause(*p.at("率いる"))
    assert (found.token.text, found.how) == ("党首", "explicit")
    leads = p.one("率いる")
    assert (leads.subject.text, leads.object.text) == ("東山", "北星同盟")


def test_a_time_or_a_word_compounded_on_a_verbal_noun_is_no_bare_subject(parsed):
    # 昨年来日した: when; 国会招致する: one word.
    assert (
        no_subject_of_a_relative_clause(
            *parsed("昨年来日した歌手の山田花子さんが新曲を発表した。").at("来日")
        )
        is None
    )
    p = parsed("野党は、関係者を国会招致する案を北星党に示した。")
    assert no_subject_of_a_relative_clause(*p.at("招致")) is None


# -- claims.object: relative_clause_head_acted_on, on an actor ---------------------------------------------


def test_an_actor_a_relative_clause_with_its_own_subject_acts_on_is_its_object(parsed):
    p = parsed("米国の主導する有志連合に、日本も加わった。")
    assert [a.text for a in relative_clause_head_acted_on(*p.at("主導"))] == ["有志連合"]
    sent = parsed("政府が派遣した部隊が、現地に到着した。").one("派遣する")
    assert (sent.subject.text, sent.object.text) == ("政府", "部隊")


def test_an_actor_a_relative_clause_has_no_subject_for_is_its_agent(parsed):
    p = parsed("派兵を断った政府は、声明を出した。")
    assert relative_clause_head_acted_on(*p.at("断っ")) is None
    assert p.one("断る").subject.text == "政府"


# -- coordination across a の-phrase (arguments.conjuncts) -------------------------------------------------


def test_a_name_the_parser_hangs_on_anothers_no_phrase_is_coordinated_with_it(parsed):
    p = parsed("山田太郎外務大臣と北星国の田中次郎首相が12日に会談した。")
    assert sorted(c.subject.text for c in p.by_lemma("会談する")) == ["山田太郎", "田中次郎"]


def test_two_places_before_a_common_noun_are_no_coordinated_actors(parsed):
    p = parsed("日本と中国の関係者が会談した。")
    assert [text_of(c.subject) for c in p.by_lemma("会談する")] == ["関係者"]
