"""The kinds of words that state a claim (claims.kind) and the verbs that state none although they look
like predicates (claims.not_claim)."""

from __future__ import annotations

from pipeline.claims.kinds import (
    act_received,
    argument_verb_without_argument,
    content_of_negated_attitude,
    done_by,
    event_noun,
    verbal_predicate,
    writers_own_thought,
)
from pipeline.claims.predicates import predicate_lemma

JOINED = "ケニア軍が国境を越え、村を占拠した。"


def summary(claims) -> list[tuple]:
    return [(c.predicate_lemma, c.subject.text, c.object and c.object.text, c.negated) for c in claims]


# -- claims.kind ------------------------------------------------------------------------------------------


def test_a_verb_with_an_actor_as_agent_is_a_verbal_predicate(parsed):
    p = parsed(JOINED)
    assert summary(verbal_predicate(*p.at("占拠"))) == [("占拠する", "ケニア軍", "村", False)]


def test_a_noun_is_no_verbal_predicate(parsed):
    assert verbal_predicate(*parsed(JOINED).at("村")) is None


def test_an_event_noun_that_did_not_happen_is_a_negated_claim_of_its_owner(parsed):
    p = parsed("ケニアの関与は無い。")
    assert summary(event_noun(*p.at("関与"))) == [("関与する", "ケニア", None, True)]
    involvement = p.one("関与する")
    assert (involvement.subject_from, involvement.modality) == ("explicit", "asserted")


def test_an_event_noun_that_is_an_object_is_no_event_noun_claim(parsed):
    assert event_noun(*parsed("ケニアの関与を否定した。").at("関与")) is None


def test_the_owner_of_an_event_noun_that_is_done_to_someone_is_the_patient(parsed):
    # 首相の拘束は無くなった: the prime minister is the one who would be detained; the agent is carried.
    p = parsed("ケニア政府は方針を変えた。\n首相の拘束は無くなった。")
    detention = p.one("拘束する")
    assert (detention.subject.text, detention.object.text, detention.negated) == ("ケニア政府", "首相", True)
    assert detention.subject_from == "previous_sentence"


def test_an_event_noun_with_no_actor_of_its_own_takes_the_agent_from_context(parsed):
    p = parsed("ケニア政府は声明を出した。\n首相への明確な言及は無かった。")
    mention = p.one("言及する")
    assert (mention.subject.text, mention.subject_from) == ("ケニア政府", "previous_sentence")
    assert mention.negated


def test_a_passive_act_the_event_lexicon_knows_done_to_a_named_actor_has_a_null_subject(parsed):
    # 首相が誘拐された: no kidnapper is named, but the event matters (GUIDELINES.md §3).
    p = parsed("ケニアのオティエノ首相が誘拐された。")
    [kidnapping] = p.claims()
    assert (kidnapping.predicate_lemma, kidnapping.subject, kidnapping.object.text) == (
        "誘拐する",
        None,
        "オティエノ",
    )
    assert (kidnapping.subject_from, kidnapping.event) == ("none", "ASSAULT")


def test_a_passive_act_of_no_known_kind_with_no_agent_gives_no_claim(parsed):
    # 表彰する is in no event category: who honoured the prime minister does not matter enough.
    assert parsed("ケニアのオティエノ首相が会場で表彰された。").claims() == []


DONE_BY = "襲撃は武装組織によるものとみられる。"


def test_the_niyoru_mono_phrase_is_the_agent_of_the_event_noun(parsed):
    p = parsed(DONE_BY)
    assert summary(done_by(*p.at("もの"))) == [("襲撃する", "武装組織", None, False)]
    raid = p.one("襲撃する")
    assert (raid.modality, raid.event) == ("hedged", "ASSAULT")


def test_a_word_that_is_no_by_whom_head_is_no_done_by_claim(parsed):
    assert done_by(*parsed(DONE_BY).at("襲撃")) is None


def test_a_cause_that_is_no_actor_gives_no_done_by_claim(parsed):
    p = parsed("被害は台風によるものだ。")
    assert list(done_by(*p.at("もの"))) == []
    assert p.claims() == []


# -- claims.not_claim: (predicate, lemma, context) -> whether the predicate states nothing -------------------


def not_claim(rule, p, word: str) -> bool:
    predicate, ctx = p.at(word)
    return rule(predicate, predicate_lemma(predicate), ctx)


# ノルウェーですら…撤回するとは思っていなかった: the content of a negated thought is no claim.
NEGATED_THOUGHT = "ノルウェーですらスウェーデンが本当に加盟を撤回するとは思っていなかったようだ。"


def test_the_content_of_a_negated_attitude_is_no_claim(parsed):
    p = parsed(NEGATED_THOUGHT)
    assert not_claim(content_of_negated_attitude, p, "撤回") is True
    assert p.by_lemma("撤回する") == []
    thought = p.one("思う")
    assert (thought.subject.text, thought.negated) == ("ノルウェー", True)


def test_the_content_of_an_attitude_that_is_not_negated_is_a_claim(parsed):
    p = parsed("インドは中国が国境を越えると考えていた。")
    assert not_claim(content_of_negated_attitude, p, "越える") is False
    crossing = p.one("越える")
    assert (crossing.subject.text, crossing.modality, crossing.source.text) == ("中国", "reported", "インド")


def test_an_argument_verb_with_no_argument_is_no_claim(parsed):
    # 進み続けた: 続ける only adds aspect here.
    p = parsed("ケニア軍は、国境に向けて進み続けた。")
    assert not_claim(argument_verb_without_argument, p, "続け") is True
    assert [c.predicate_lemma for c in p.claims()] == ["進む"]


def test_an_argument_verb_with_an_object_is_a_claim(parsed):
    p = parsed("ケニア軍は前進を続けた。")
    assert not_claim(argument_verb_without_argument, p, "続け") is False
    assert p.one("続ける").object.text == "前進"


COMMENTER_THINKS = "本文です。 |\nケニア政府は国境を閉鎖すると思う。\n"


def test_a_commenters_own_thought_is_no_claim(parsed):
    p = parsed(COMMENTER_THINKS, sections=True)
    assert not_claim(writers_own_thought, p, "思う") is True
    assert p.by_lemma("思う") == []


def test_the_same_thought_outside_a_comment_is_a_claim(parsed):
    p = parsed(COMMENTER_THINKS)
    assert not_claim(writers_own_thought, p, "思う") is False
    assert p.one("思う").subject.text == "ケニア政府"


def test_a_commenters_own_thought_hedges_what_they_think(parsed):
    p = parsed("本文です。 |\n私見だが、首相の辞任は無いと考えています。\n", sections=True)
    assert p.by_lemma("考える") == []
    resignation = p.one("辞任する")
    assert (resignation.subject.text, resignation.negated, resignation.modality) == ("首相", True, "hedged")
    assert resignation.section == "comment"


# -- constructions the rules once got wrong ----------------------------------------------------------------


def test_the_existence_predicate_of_an_event_noun_is_no_claim_of_its_own(parsed):
    assert parsed("ケニア政府は方針を変えた。\n首相の拘束は無くなった。").by_lemma("無くなる") == []


# -- claims.kind: act_received -----------------------------------------------------------------------------


def test_an_act_one_receives_is_done_by_whom_it_comes_from(parsed):
    p = parsed("北星社は、県から業務改善命令を受けた。")
    order = p.one("命令する")
    assert (order.subject.text, order.object.text, order.subject_from) == ("県", "北星社", "explicit")
    attack = parsed("北星社は、北星国の攻撃を受けた。").one("攻撃する")
    assert (attack.subject.text, attack.object.text) == ("北星国", "北星社")


def test_wo_ukete_in_response_to_states_no_act_received(parsed):
    p = parsed("首相の要請を受けて、北星社は工場を閉鎖した。")
    assert act_received(p.find("要請"), p.ctx_of(p.find("要請"))) is None
    assert [c.predicate_lemma for c in p.claims()] == ["閉鎖する"]
