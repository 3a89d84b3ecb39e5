"""Passives: the agent (claims.agent) becomes the subject, the patient (claims.patient) the object."""

from __future__ import annotations

from pipeline.claims.passives import (
    agent_hung_on_quotation,
    agent_phrase,
    kept_wo_object,
    owner_of_the_means,
    passive_roles,
    passive_subject,
    relative_head_as_patient,
    topic_as_patient,
)

from .helpers import texts

DETAINED = "ケニア軍の兵士が武装勢力に拘束された。"
NO_AGENT = "ケニア軍の兵士が拘束された。"


def roles(p, word: str) -> tuple[list[str | None], list[str | None], str]:
    agents, patients, how = passive_roles(*p.at(word))
    return texts(agents), texts(patients), how


def test_the_ni_phrase_of_a_passive_is_its_agent_and_the_subject_its_patient(parsed):
    p = parsed(DETAINED)
    assert agent_phrase(*p.at("拘束")).text == "勢力"
    assert texts(passive_subject(*p.at("拘束"))) == ["兵士"]
    assert roles(p, "拘束") == (["武装勢力"], ["兵士"], "explicit")
    detention = p.one("拘束する")
    assert (detention.subject.text, detention.object.text, detention.negated) == ("武装勢力", "兵士", False)


def test_a_passive_whose_agent_is_not_said_gives_no_claim(parsed):
    p = parsed(NO_AGENT)
    assert agent_phrase(*p.at("拘束")) is None
    assert agent_hung_on_quotation(*p.at("拘束")) is None
    assert owner_of_the_means(*p.at("拘束")) is None
    assert p.claims() == []


def test_a_niyori_agent_of_a_passive_in_a_relative_clause(parsed):
    p = parsed("武装集団により誘拐された兵士が解放されたと国連が発表した。")
    kidnapping = p.one("誘拐する")
    assert (kidnapping.subject.text, kidnapping.object.text) == ("武装集団", "兵士")
    assert kidnapping.event == "ASSAULT"
    # 解放された says nobody who freed them: no claim.
    assert p.by_lemma("解放する") == []


def test_the_outlet_of_niyoru_to_is_no_agent_phrase(parsed):
    # 地元紙によると: the parser hangs 地元紙に on 運ばれた like an agent; the paper only reports it.
    p = parsed("地元紙によると、ケニアの元首相が病院に運ばれた。")
    carried, ctx = p.at("運ば")
    paper = p.find("地元紙")
    assert paper.head == carried and ctx.actor(paper) is not None, p.table()
    assert agent_phrase(carried, ctx) is None
    assert p.by_lemma("運ぶ") == []


# 国連から「…」と要請された: the parser hangs 国連から inside the quotation's verb.
HUNG_ON_QUOTE = "ケニア政府は国連から「人道支援を続けて」と要請された。"


def test_a_kara_agent_the_parser_hung_on_the_quotation_is_the_agent(parsed):
    p = parsed(HUNG_ON_QUOTE)
    assert agent_phrase(*p.at("要請")) is None
    assert agent_hung_on_quotation(*p.at("要請")).text == "国連"
    request = p.one("要請する")
    assert (request.subject.text, request.object.text) == ("国連", "ケニア政府")
    # What the government is asked to do is no claim (GUIDELINES.md §1).
    assert p.by_lemma("続ける") == []


def test_an_agent_inside_the_quotation_is_not_the_agent_of_the_passive(parsed):
    # 「国連から…」: the から-phrase inside the quotation belongs to what is quoted.
    p = parsed("ケニア政府は「国連から支援を受けた」と批判された。")
    assert agent_hung_on_quotation(*p.at("批判")) is None


def test_a_kara_phrase_of_an_earlier_clause_in_the_chain_is_not_the_agent(parsed):
    # 佐藤一郎氏から監督を受け継ぎ: the から-phrase is where 受け継ぐ took the post from; who took note of
    # 山田 the text does not say.
    p = parsed(
        "山田氏は2005年に病気のため辞任した佐藤一郎氏から監督を受け継ぎ、鈴木選手らを補強し注目された。"
    )
    assert agent_hung_on_quotation(*p.at("注目")) is None
    assert [c.subject for c in p.by_lemma("注目する")] in ([], [None])
    assert p.one("受け継ぐ").subject.text == "山田"


def test_the_owner_of_the_event_noun_the_passive_happened_by_is_its_agent(parsed):
    p = parsed("村の住宅が武装勢力の攻撃により破壊された。")
    assert owner_of_the_means(*p.at("破壊")).text == "勢力"
    destruction = p.one("破壊する")
    assert (destruction.subject.text, destruction.object.text) == ("武装勢力", "住宅")


def test_an_event_noun_that_belongs_to_no_actor_names_no_agent(parsed):
    p = parsed("村の住宅が台風の被害により破壊された。")
    assert owner_of_the_means(*p.at("破壊")) is None
    assert p.claims() == []


def test_an_indirect_passive_keeps_its_wo_object(parsed):
    p = parsed("首相は野党から退陣を要求された。")
    assert texts(kept_wo_object(*p.at("要求"))) == ["退陣"]
    demand = p.one("要求する")
    assert (demand.subject.text, demand.object.text) == ("野党", "退陣")


def test_a_passive_without_a_wo_phrase_keeps_no_object(parsed):
    assert kept_wo_object(*parsed(DETAINED).at("拘束")) is None


def test_the_patient_counted_by_a_quantity_is_the_members_not_the_count(parsed):
    p = parsed("武装勢力に拘束された兵士の3人が解放された。")
    detention = p.one("拘束する")
    assert (detention.subject.text, detention.object.text) == ("武装勢力", "兵士")


# 住民に批判された後: a relative clause on a time noun, whose patient is the topic.
TOPIC_PATIENT = "北星商事は、住民に批判された後、計画を撤回した。"


def test_a_passive_with_no_subject_of_its_own_has_no_passive_subject(parsed):
    assert passive_subject(*parsed(TOPIC_PATIENT).at("批判")) is None


def test_the_sentence_topic_is_the_patient_of_a_passive_with_no_subject(parsed):
    p = parsed(TOPIC_PATIENT)
    assert texts(topic_as_patient(*p.at("批判"))) == ["北星商事"]
    criticism = p.one("批判する")
    assert (criticism.subject.text, criticism.object.text) == ("住民", "北星商事")


def test_a_passive_relative_clause_is_said_of_the_noun_it_modifies_not_of_the_topic(parsed):
    p = parsed("北星商事は「押収された書類により事実が変わる」としている。")
    assert texts(relative_head_as_patient(*p.at("押収"))) == ["書類"]
    assert all(c.object is None or c.object.text != "北星商事" for c in p.by_lemma("押収する"))


def test_a_passive_that_modifies_no_noun_has_no_patient_from_a_relative_head(parsed):
    assert relative_head_as_patient(*parsed(TOPIC_PATIENT).at("批判")) is None


def test_a_sentence_with_no_topic_gives_no_patient_from_it(parsed):
    assert topic_as_patient(*parsed(DETAINED).at("拘束")) is None


def test_a_passive_speech_verb_is_a_claim_of_its_agent_on_its_patient(parsed):
    p = parsed("北星商事は環境省から「排水を止めて」と指導された。")
    guidance = p.one("指導する")
    assert (guidance.subject.text, guidance.object.text) == ("環境省", "北星商事")
    assert p.by_lemma("止める") == []
