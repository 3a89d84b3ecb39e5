"""The charge of crime news (claims/charges.py): who did what a charge says, whom the police act on, and
who claims the charge. Every sentence is made up for its test."""

from __future__ import annotations

import pytest

from pipeline.claims.charges import titled_a_suspect
from pipeline.claims.objects import actor_acted_on_by_meaning, suspects_hung_on_the_charge, wo_object
from pipeline.claims.subjects import (
    STOP,
    accused_in_the_charge,
    accused_not_the_topic,
    actor_the_clause_acts_on,
    suspect_of_the_charge,
)

from .helpers import text_of, texts


@pytest.mark.parametrize(
    ("text", "titled"),
    [
        ("山川一郎容疑者は", True),
        ("山川一郎(41)容疑者は", True),  # an age in brackets between
        ("山川一郎(やまかわ・いちろう)被告は", True),  # a reading
        ("山川一郎氏は", False),
        ("山川一郎(41)は容疑者", False),
    ],
)
def test_a_suspects_title_after_the_name_or_a_note_in_brackets(text: str, titled: bool):
    assert titled_a_suspect(text, len("山川一郎")) is titled


# -- claims.subject: accused_not_the_topic -----------------------------------------------------------------


def test_a_topic_hung_on_the_verb_of_the_charge_is_not_its_agent(parsed):
    p = parsed("県警は、前方の車との距離を詰めることで料金所を不正に通り抜けたとして、市内の男を逮捕した。")
    found = accused_not_the_topic(*p.at("通り抜け"))
    assert (found.token.text, found.how) == ("男", "clause")
    passage = p.one("通り抜ける")
    assert (passage.subject.text, passage.object.text) == ("男", "料金所")
    assert p.one("詰める").subject.text == "男"  # a means clause inside the charge is the suspect's too
    assert p.one("逮捕する").subject.text == "県警"


def test_what_the_act_of_the_charge_said_is_the_suspects_too(parsed):
    # 爆破を予告する書き込み: the clause on the act noun says what the suspect wrote.
    p = parsed("ネットの掲示板に駅の爆破を予告する書き込みをしたとして、北星署は高校生の男を逮捕した。")
    found = accused_in_the_charge(*p.at("予告"))
    assert (found.token.text, found.how) == ("男", "clause")
    notice = p.one("予告する")
    assert (notice.subject.text, notice.object.text) == ("男", "爆破")
    assert p.one("書き込みする").subject.text == "男"


def test_a_topic_that_is_its_verbs_own_agent_stays(parsed):
    p = parsed("県警は、市内の男を逮捕した。")
    assert accused_not_the_topic(*p.at("逮捕")) is None
    assert p.one("逮捕する").subject.text == "県警"


# -- claims.object: suspects_hung_on_the_charge ------------------------------------------------------------


def test_suspects_hung_on_their_charges_are_each_an_object(parsed):
    p = parsed("県警は、市内の会社員の男を窃盗の容疑で、その妻を詐欺の容疑で逮捕した。")
    assert [a.text for a in suspects_hung_on_the_charge(*p.at("逮捕"))] == ["男", "妻"]
    assert sorted(text_of(c.object) for c in p.by_lemma("逮捕する")) == ["妻", "男"]


def test_a_suspect_on_the_verb_itself_is_its_plain_object(parsed):
    p = parsed("県警は男を窃盗の容疑で逮捕した。")
    assert suspects_hung_on_the_charge(*p.at("逮捕")) is None
    assert [a.text for a in wo_object(*p.at("逮捕"))] == ["男"]


# -- claims.frame: the police claim the charge they act on -------------------------------------------------


def test_who_arrests_on_a_charge_is_its_source(parsed):
    p = parsed("県警は、店の金庫から現金を盗んだとして、市内の男を窃盗の容疑で逮捕した。")
    theft = p.one("盗む")
    assert (theft.subject.text, theft.modality, text_of(theft.source)) == ("男", "reported", "県警")


# -- claims.subject_context: suspect_of_the_charge ---------------------------------------------------------


def test_what_a_charge_says_was_done_the_named_suspect_did(parsed):
    p = parsed(
        "北星署は28日、無職の山川一郎(やまかわ・いちろう)容疑者(41)を窃盗の疑いで逮捕した。"
        "逮捕容疑は、今月3日の深夜、市内の商店のレジから現金約5万円を盗んだというもの。"
    )
    [found] = suspect_of_the_charge(*p.at("盗ん"))
    assert found.text == "山川一郎"
    theft = p.one("盗む")
    assert (theft.subject.text, theft.subject_from, theft.object.text) == (
        "山川一郎",
        "previous_sentence",
        "現金",
    )


def test_with_no_suspect_named_the_police_are_not_the_thieves(parsed):
    # The suspect is only 男: no claim rather than the police's.
    p = parsed(
        "北星署は28日、市内の男を窃盗の疑いで逮捕した。逮捕容疑は、今月3日に商店のレジから現金を盗んだというもの。"
    )
    assert suspect_of_the_charge(*p.at("盗ん")) == []
    assert p.by_lemma("盗む") == []


def test_a_sentence_about_no_charge_carries_its_topic_as_before(parsed):
    p = parsed("北星署は28日、無職の山川一郎容疑者を窃盗の疑いで逮捕した。同署は押収した現金を調べている。")
    assert suspect_of_the_charge(*p.at("調べ")) == []


# -- claims.subject: actor_the_clause_acts_on; claims.object: actor_acted_on_by_meaning ----------------


def test_a_relative_clause_of_an_arrest_is_said_of_the_one_arrested(parsed):
    p = parsed(
        "北署は窃盗の疑いで山川一郎容疑者を逮捕した。"
        "同署によると、先月逮捕しパトカーに乗せた男が車内に薬物を隠していたという。"
    )
    assert actor_the_clause_acts_on(*p.at("逮捕", 1)) is STOP
    assert texts(actor_acted_on_by_meaning(*p.at("逮捕", 1))) == ["男"]
    arrests = [(c.subject.text, c.object.text, c.subject_from) for c in p.by_lemma("逮捕する")]
    assert arrests == [("北署", "山川一郎", "explicit"), ("北署", "男", "previous_sentence")]


def test_an_arrest_with_its_own_subject_or_object_is_left_to_the_usual_rules(parsed):
    p = parsed("北署が昨年逮捕した男が、再び店に押し入った。")
    assert actor_the_clause_acts_on(*p.at("逮捕")) is None
    assert (p.one("逮捕する").subject.text, p.one("逮捕する").object.text) == ("北署", "男")
    q = parsed("男を逮捕した警官が表彰された。")
    assert actor_the_clause_acts_on(*q.at("逮捕")) is None
    assert actor_acted_on_by_meaning(*q.at("逮捕")) is None


def test_a_meeting_held_in_a_relative_clause_is_what_is_held(parsed):
    # 5日に開いた理事会: the board meets; the one the sentence is about holds the meeting.
    p = parsed("北星エネルギー社は、5日に開いた理事会で、来年の予算を承認した。")
    assert actor_the_clause_acts_on(*p.at("開い")) is STOP
    assert texts(actor_acted_on_by_meaning(*p.at("開い"))) == ["理事会"]
    held = p.one("開く")
    assert (held.subject.text, held.object.text) == ("北星エネルギー社", "理事会")
    # A board that decides is no meeting held.
    q = parsed("北星エネルギー社の理事会は、来年の予算を承認した。")
    assert q.one("承認する").subject.text == "理事会"
