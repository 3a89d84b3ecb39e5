"""Negation, hedges and what is no assertion: the hypothetical rules (claims.hypothetical) and the
negation and hedge readings of modality.py."""

from __future__ import annotations

import pytest

from pipeline.claims.modality import (
    in_hypothetical,
    is_conditional,
    is_hedged,
    is_negated,
    is_purpose,
    is_question,
    is_request,
)

# -- claims.hypothetical: (token) -> whether its clause is no assertion --------------------------------------


CONDITION = "ケニアが協力したら、停戦は実現する。"


def test_a_tara_clause_is_a_condition(parsed):
    p = parsed(CONDITION)
    assert is_conditional(p.find("協力")) is True
    assert p.by_lemma("協力する") == []
    [cooperation] = p.by_lemma("協力する", include_hypothetical=True)
    assert (cooperation.subject.text, cooperation.modality) == ("ケニア", "hypothetical")


def test_a_node_clause_is_no_condition(parsed):
    p = parsed("ケニアが協力したので、停戦が実現した。")
    assert is_conditional(p.find("協力")) is False
    assert p.one("協力する").modality == "asserted"


def test_a_to_clause_before_a_present_consequence_is_a_condition(parsed):
    p = parsed("東山選手が決勝で敗れると、チームは出場権を失う。")
    assert is_conditional(p.find("敗れる")) is True
    assert p.by_lemma("敗れる") == []


def test_a_to_clause_in_a_chain_told_in_the_past_happened(parsed):
    # The clause chain ends in the past: …すると、…をとり、…ことなく勝った tells what happened.
    p = parsed(
        "東山選手は準決勝で南島の選手と対戦した。第1セットで相手を投げて先制点を奪うと、"
        "第2セットも主導権を握り、一度も得点を許すことなく勝利を収めた。"
    )
    assert is_conditional(p.find("奪う")) is False
    assert [(c.subject.text, c.object.text) for c in p.by_lemma("奪う")] == [("東山", "先制点")]
    assert [c.subject.text for c in p.by_lemma("投げる")] == ["東山"]


def test_a_quotative_to_before_the_speaker_is_no_condition(parsed):
    # Sudachi tags this と a conjunctive particle too; the report verb it depends on makes it quotative.
    p = parsed("北星スタジアムの改修工事を来年3月に行うと北星市が発表した。")
    assert is_conditional(p.find("行う")) is False
    assert [(c.subject.text, c.modality) for c in p.by_lemma("行う")] == [("北星市", "reported")]


PURPOSE = "ケニア軍は住民を保護するための部隊を派遣した。"


def test_a_clause_before_tame_no_is_a_purpose(parsed):
    p = parsed(PURPOSE)
    assert is_purpose(p.find("保護")) is True
    assert p.by_lemma("保護する") == []
    assert p.by_lemma("保護する", include_hypothetical=True)[0].modality == "hypothetical"


def test_the_verb_a_purpose_clause_serves_is_no_purpose(parsed):
    p = parsed(PURPOSE)
    assert is_purpose(p.find("派遣")) is False
    dispatch = p.one("派遣する")
    assert (dispatch.subject.text, dispatch.object.text) == ("ケニア軍", "部隊")
    assert dispatch.modality == "asserted"


def test_a_plain_tame_after_the_dictionary_form_is_a_purpose(parsed):
    p = parsed("ケニア軍は住民を保護するため、村に入った。")
    assert is_purpose(p.find("保護")) is True
    assert p.by_lemma("保護する") == []
    assert p.one("入る").modality == "asserted"


def test_a_tame_after_the_past_is_a_cause_and_no_purpose(parsed):
    # 占拠したため: the occupation happened, and it is why the villagers fled.
    assert is_purpose(parsed("ケニア軍が村を占拠したため、住民が避難した。").find("占拠")) is False


QUESTION = "ケニアは撤退したのか?"


def test_a_clause_ending_in_noka_is_a_question(parsed):
    p = parsed(QUESTION)
    assert is_question(p.find("撤退")) is True
    assert p.claims() == []
    assert p.one("撤退する", include_hypothetical=True).modality == "hypothetical"


def test_the_same_clause_as_a_statement_is_no_question(parsed):
    p = parsed("ケニアは撤退した。")
    assert is_question(p.find("撤退")) is False
    assert p.one("撤退する").modality == "asserted"


REQUEST = "ケニア政府は国連から「交渉で決めて」と求められた。"


def test_a_quoted_bare_te_is_a_request(parsed):
    p = parsed(REQUEST)
    assert is_request(p.find("決め")) is True
    # What the government is asked to do is no claim; the asking is.
    assert p.by_lemma("決める") == []
    request = p.one("求める")
    assert (request.subject.text, request.object.text) == ("国連", "ケニア政府")


def test_a_quoted_statement_in_the_past_is_no_request(parsed):
    p = parsed("ケニア政府は「交渉で決めた」と述べた。")
    assert is_request(p.find("決め")) is False
    assert p.one("決める").modality == "reported"


def test_a_condition_covers_the_clauses_joined_before_it(parsed):
    # 派遣しようものなら: a hypothetical, and what it would set off is no claim of an actor.
    p = parsed("チリは財政が苦しく、部隊を海外へ派遣しようものなら、また混乱が広がりかねない。")
    assert in_hypothetical(p.find("派遣"))
    assert p.by_lemma("派遣する") == []
    assert p.by_lemma("派遣する", include_hypothetical=True)[0].modality == "hypothetical"
    assert p.by_lemma("起きる", include_hypothetical=True) == []


def test_obligations_are_no_claims_but_the_clause_before_them_is(parsed):
    p = parsed("首都で交渉を続けるにしても、地方ではケニア軍が今も戦闘を続けていて部隊を統率する必要がある。")
    assert p.by_lemma("統率する") == []
    # 続けるにしても is a concession (a condition); 続けていて states what happens.
    [fighting] = p.by_lemma("続ける")
    assert (fighting.subject.text, fighting.object.text) == ("ケニア軍", "戦闘")


def test_a_relative_clause_on_a_person_nobody_names_is_no_claim(parsed):
    p = parsed("ケニア政府は、停戦を命令する人がいないと嘆いた。")
    assert p.by_lemma("命令する") == []


# -- negation ------------------------------------------------------------------------------------------------


def test_negation_in_auxiliaries(parsed):
    p = parsed("ケニアは「隣国が承認した新政権の正統性は認めない」と明かした。")
    assert is_negated(p.find("認め"))
    recognition = p.one("認める")
    assert (recognition.subject.text, recognition.object.text) == ("ケニア", "正統性")
    assert recognition.negated
    assert p.one("承認する").negated is False


@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("ケニア政府は派兵を拒否した。", "拒否", False),  # lexically negative, still an event
        ("ケニア政府は首相を罷免せざるを得なかった。", "罷免", False),  # a double negative
        ("ケニア政府は派兵するつもりはないと述べた。", "派兵", True),  # 〜つもりはない
        ("ケニア政府が派兵することはない。", "派兵", True),  # 〜することはない
        ("ケニア軍は国境を越えなかった。", "越え", True),
    ],
)
def test_negation(parsed, text: str, word: str, negated: bool):
    p = parsed(text)
    assert is_negated(p.find(word)) is negated


def test_modal_idioms_with_nai_are_no_negation(parsed):
    text = (
        "ケニアは派兵を拒否した。\n"
        "隣国の大統領が勝手に起こした内戦には関与したくないと判断したのかもしれない\n"
    )
    p = parsed(text)
    judgement = p.one("判断する")
    assert (judgement.subject.text, judgement.subject_from) == ("ケニア", "previous_sentence")
    assert (judgement.negated, judgement.modality) == (False, "hedged")
    # What the thinker thinks is theirs: reported, with the thinker as source.
    start = p.one("起こす")
    assert (start.subject.text, start.object.text) == ("大統領", "内戦")
    assert (start.modality, start.source.text) == ("reported", "ケニア")
    # したくない: a wish not to, which is no negated event.
    assert p.one("関与する").negated is False


def test_a_verbal_noun_set_apart_from_its_suru_by_focus_particles_is_negated_as_the_predicate(parsed):
    p = parsed("ケニアも国境封鎖に止めて侵攻まではしないと思いたい。")
    invasion = p.one("侵攻する")
    assert (invasion.subject.text, invasion.negated) == ("ケニア", True)


def test_the_same_verbal_noun_in_a_condition_is_no_claim(parsed):
    p = parsed("今ここで侵攻などしたら、ケニアは国際的に孤立する。")
    assert p.by_lemma("侵攻する") == []
    assert p.one("孤立する").subject.text == "ケニア"


# -- hedges --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("野党の支持次第では、モラレス候補が巻き返す可能性がある。", "巻き返す"),
        ("ケニア軍は近く撤退するらしい。", "撤退"),
        ("ケニア軍は既に撤退したかもしれない。", "撤退"),
        ("ケニア軍は来週撤退するだろう。", "撤退"),
        ("ケニア軍は撤退する見込みだ。", "撤退"),
    ],
)
def test_hedges(parsed, text: str, word: str):
    p = parsed(text)
    assert is_hedged(p.find(word))
    assert {c.modality for c in p.claims()} == {"hedged"}


def test_a_plain_report_is_no_hedge(parsed):
    p = parsed("チリ国営放送は、ベガ候補が35%の票を得たと伝えた。")
    assert not is_hedged(p.find("伝え"))
    assert p.one("伝える").modality == "asserted"


def test_if_it_is_true_is_a_hedge_not_a_condition(parsed):
    p = parsed("マルコス大統領は首都に留まった。\nマルコスが国外への退避を拒んだのが本当なら見事だ。")
    refusal = p.one("拒む")
    assert (refusal.subject.text, refusal.modality, refusal.object.text) == ("マルコス", "hedged", "退避")
    # The second マルコス is linked through the first mention of the name.
    assert refusal.subject.entity_id == p.one("留まる").subject.entity_id is not None


def test_a_hedge_does_not_cross_a_loose_kedo_clause(parsed):
    p = parsed("先月はチリが警官隊を送って暴動を抑えたけど、次はペルーが裏で介入しそう")
    assert p.one("送る").modality == "asserted"
    assert p.one("介入する").modality == "hedged"


def test_a_hedge_at_the_end_does_not_reach_a_clause_before_a_loose_ga(parsed):
    p = parsed("チリ政府は撤退の準備ができており、ペルーに仲介を持ちかけたが拒まれたようだ。")
    assert p.one("持ちかける").modality == "asserted"
    # …ており is no tight link either: the clause before it is asserted too.
    assert p.one("できる").modality == "asserted"


def test_a_focus_phrase_is_the_topic_of_a_hedged_clause(parsed):
    p = parsed("チリですら今回の対応を見てると、内心驚いてるっぽいし。")
    surprise = p.one("驚く")
    assert (surprise.subject.text, surprise.subject_from, surprise.modality) == ("チリ", "topic", "hedged")


def test_a_relative_clause_takes_no_hedge_from_the_clause_around_it(parsed):
    # Relative clauses are presupposed (GUIDELINES.md §6): 求められた is asserted under なかろうか.
    p = parsed("チリは国連安保理から停戦協議の再開を求められた初の国となるのではなかろうか。")
    demand = p.one("求める")
    assert (demand.subject.text, demand.object.text, demand.modality) == ("国連安保理", "再開", "asserted")


# -- constructions the rules once got wrong ----------------------------------------------------------------


def test_a_cause_clause_on_tame_is_asserted(parsed):
    assert parsed("ケニア軍が村を占拠したため、住民が避難した。").one("占拠する").modality == "asserted"


def test_the_negation_of_a_compound_verb_falls_on_its_first_verb(parsed):
    p = parsed("社長はショックを隠しきれなかった。")
    hide = p.one("隠す")
    assert (hide.subject.text, hide.object.text, hide.negated) == ("社長", "ショック", True)
    assert p.by_lemma("きれる") == []


def test_obligation_and_thanks_are_no_predicates(parsed):
    p = parsed("監督は「選手には頑張ってもらわないといけない。ありがとうございました」と話した。")
    assert p.by_lemma("いける") == [] and p.by_lemma("ござる") == []
