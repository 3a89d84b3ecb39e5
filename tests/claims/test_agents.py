"""Agents the text leaves to the context: an arrest the police or the prosecutors made, an estimate that
is not the estimator's act. Every sentence is made up for its test."""

from __future__ import annotations

from pipeline.claims.arguments import cleft_focus
from pipeline.claims.passives import (
    enforcer_in_the_document,
    enforcer_in_the_sentence,
    passive_subject,
)
from pipeline.claims.subjects import (
    NOT_THE_SPEAKER,
    act_estimated_by_another,
    estimator_hung_in_the_estimate,
    giver_of_a_favour,
    reporter_hung_on_the_content,
    subject_token,
)

from .helpers import text_of

# -- claims.agent: enforcer_in_the_sentence ----------------------------------------------------------------


def test_an_arrest_with_no_agent_is_the_police_force_the_sentence_names(parsed):
    p = parsed("逮捕されたのは無職の山田太郎容疑者で、中村署は山田容疑者から事情を聴いている。")
    assert enforcer_in_the_sentence(*p.at("逮捕")).text == "署"
    arrest = p.one("逮捕する")
    assert (arrest.subject.text, arrest.object.text) == ("中村署", "山田太郎")
    assert arrest.subject_from == "explicit"


def test_a_passive_that_is_no_arrest_takes_no_police_force_for_its_agent(parsed):
    p = parsed("表彰されたのは無職の山田太郎さんで、中村署は山田さんに感謝状を贈った。")
    assert enforcer_in_the_sentence(*p.at("表彰")) is None


# -- claims.agent: enforcer_in_the_document ----------------------------------------------------------------


def test_an_arrest_with_no_agent_is_the_police_force_named_before(parsed):
    p = parsed("愛知県警は3日、放火事件について発表した。市内に住む無職の山田太郎容疑者が逮捕された。")
    assert [a.text for a in enforcer_in_the_document(*p.at("逮捕"))] == ["愛知県警"]
    arrest = p.one("逮捕する")
    assert (text_of(arrest.subject), arrest.object.text, arrest.subject_from) == (
        "愛知県警",
        "山田太郎",
        "previous_sentence",
    )


def test_an_arrest_in_a_document_that_names_no_police_keeps_a_null_agent(parsed):
    p = parsed("北星市の倉庫で火事があった。市内に住む無職の山田太郎容疑者が逮捕された。")
    assert enforcer_in_the_document(*p.at("逮捕")) is None
    arrest = p.one("逮捕する")
    assert (arrest.subject, arrest.object.text) == (None, "山田太郎")


# -- claims.patient: passive_subject, through a cleft ---------------------------------------------------


def test_the_focus_of_a_passive_cleft_is_its_patient(parsed):
    p = parsed("逮捕されたのは無職の山田太郎容疑者で、中村署は山田容疑者から事情を聴いている。")
    assert [a.text for a in passive_subject(*p.at("逮捕"))] == ["山田太郎"]


def test_a_cleft_that_goes_on_is_still_a_cleft_but_a_plain_clause_is_none(parsed):
    assert cleft_focus(parsed("逮捕されたのは山田容疑者で、北署が調べている。").find("逮捕")).text == "容疑者"
    assert cleft_focus(parsed("北署が逮捕した山田容疑者は、3日に送検された。").find("逮捕")) is None


# -- claims.subject_report: act_estimated_by_another -------------------------------------------------------


def test_an_act_an_investigator_estimates_is_not_the_investigators(parsed):
    p = parsed("北星市の男性が死亡した。北署は現場の状況から、自殺を図ったとみて調べている。")
    attempt, ctx = p.at("図っ")
    assert act_estimated_by_another(attempt, attempt.head, ctx) is NOT_THE_SPEAKER
    assert (p.one("図る").subject.text, p.one("図る").subject_from) == ("男性", "previous_sentence")
    assert p.one("調べる").subject.text == "北署"


def test_what_a_speaker_says_it_will_do_is_the_speakers(parsed):
    p = parsed("首相は、来月に北星国を訪問すると述べた。")
    visit, ctx = p.at("訪問")
    assert act_estimated_by_another(visit, visit.head, ctx) is None
    assert p.one("訪問する").subject.text == "首相"


# -- claims.subject_check: estimator_hung_in_the_estimate --------------------------------------------------


def test_an_estimators_topic_hung_on_the_act_it_estimates_is_not_its_agent(parsed):
    p = parsed("北星市の男性が死亡した。県警は、ビルから転落したとみている。")
    fall, ctx = p.at("転落")
    assert estimator_hung_in_the_estimate(fall, subject_token(fall, ctx), ctx) is NOT_THE_SPEAKER
    assert p.one("転落する").subject.text == "男性"
    assert p.one("みる").subject.text == "県警"


def test_an_act_with_its_own_subject_keeps_it(parsed):
    p = parsed("県警は、男性がビルから転落したとみている。")
    fall, ctx = p.at("転落")
    assert estimator_hung_in_the_estimate(fall, subject_token(fall, ctx), ctx) is None
    assert p.one("転落する").subject.text == "男性"


# -- claims.subject_check: reporter_hung_on_the_content ----------------------------------------------------

REPORTED_TOPIC = "北星通信は、西国の強硬な態度の背景に、西国は再交渉の可能性が残ると判断したと分析している。"


def test_the_content_topic_is_the_subject_where_the_parser_hung_the_reporters_on_the_content(parsed):
    p = parsed(REPORTED_TOPIC)
    judge, ctx = p.at("判断")
    found = subject_token(judge, ctx)
    assert found.token.text == "通信"  # the parser's: the reporter's topic, on the reported verb
    assert reporter_hung_on_the_content(judge, found, ctx).token.text == "西国"
    assert p.one("判断する").subject.text == "西国"
    assert p.one("分析する").subject.text == "北星通信"


def test_with_no_topic_of_its_own_the_content_keeps_the_reporters(parsed):
    p = parsed("北星通信は、西国の強硬な態度の背景に、再交渉の可能性が残ると判断したと分析している。")
    judge, ctx = p.at("判断")
    assert reporter_hung_on_the_content(judge, subject_token(judge, ctx), ctx) is None


# -- claims.subject: giver_of_a_favour ---------------------------------------------------------------------


def test_who_does_an_act_as_a_favour_is_the_ni_phrase(parsed):
    p = parsed("知人女性は、マンションの管理人に鍵を開けてもらって自宅に入った。")
    found = giver_of_a_favour(*p.at("開け"))
    assert (found.token.text, found.how) == ("管理人", "explicit")
    assert p.one("開ける").subject.text == "管理人"
    assert p.one("入る").subject.text == "知人女性"


def test_a_favour_from_no_one_named_is_no_act_of_the_one_who_received_it(parsed):
    p = parsed("首相は、報告書をまとめてもらった。")
    assert giver_of_a_favour(*p.at("まとめ")).how == "unknown"
    assert p.by_lemma("まとめる") == []


def test_a_plain_te_form_is_no_favour(parsed):
    p = parsed("首相は、報告書をまとめて提出した。")
    assert giver_of_a_favour(*p.at("まとめ")) is None
    assert p.one("まとめる").subject.text == "首相"


# -- claims.subject: relative_clause_on_a_non_actor, for what happens --------------------------------------


def test_an_event_a_relative_clause_says_happened_has_no_actor(parsed):
    p = parsed("運送中に発生した事故について、北星社は責任を負う。")
    assert p.by_lemma("発生する") == []
    assert p.one("負う").subject.text == "北星社"
