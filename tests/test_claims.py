"""Claim extraction rules, each shown on a real sentence where it applies and where it must not.

Sentences come from the seed article and its comments and from Japanese
Wikinews (CC BY 2.5, see shared/dev_gold/README.md). The model is loaded once
per session (tests/conftest.py).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.actors.resolve import find_mentions
from pipeline.claims.events import event_of
from pipeline.claims.walker import MAX_TOPIC_CARRY, extract_claims
from pipeline.io.sections import split_sections
from pipeline.records import Claim


@pytest.fixture(scope="module")
def claims_of(parse):
    def _claims(text: str, sections: bool = False, **options: bool) -> list[Claim]:
        document, units = parse(text)
        if sections:
            document = replace(document, sections=split_sections(text))
        mentions, _ = find_mentions(document.id, document.text, units)
        return extract_claims(document, units, mentions, **options)

    return _claims


def by_lemma(claims: list[Claim], lemma: str) -> list[Claim]:
    return [c for c in claims if c.predicate_lemma == lemma]


def one(claims: list[Claim], lemma: str) -> Claim:
    found = by_lemma(claims, lemma)
    assert len(found) == 1, [(c.predicate_lemma, c.subject) for c in claims]
    return found[0]


NBC = ("伝統的なロシアの同盟国であるカザフスタンは「プーチン大統領が要請したウクライナ侵攻への"
       "カザフスタン軍派兵を拒否した」と米NBC Newsが報じている。")


# -- attribution -------------------------------------------------------------------------------


def test_quote_content_is_reported_by_the_speaker_and_the_topic_before_it_is_its_subject(claims_of):
    claims = claims_of(NBC)
    refusal = one(claims, "拒否する")
    assert refusal.subject.text == "カザフスタン"
    assert refusal.object.text == "カザフスタン軍派兵"
    assert (refusal.modality, refusal.source.text, refusal.quoted) == ("reported", "米NBC News", True)
    assert [a.text for a in refusal.source_chain] == ["米NBC News"]


def test_the_reporting_verb_itself_is_asserted(claims_of):
    report = one(claims_of(NBC), "報ずる")
    assert report.subject.text == "米NBC News"
    assert (report.modality, report.source, report.source_chain) == ("asserted", None, ())
    assert report.quoted is False
    assert report.event == "SAY"


def test_according_to_makes_every_claim_reported_and_nests_the_speaker(claims_of):
    claims = claims_of("読売新聞によれば、この民主改革評議会は20日、"
                       "テレビで全権を掌握したと発表し、首相の非常事態宣言を無効とした。")
    announcement = one(claims, "発表する")
    assert (announcement.modality, announcement.source.text) == ("reported", "読売新聞")
    seizure = one(claims, "掌握する")
    assert seizure.subject.text == "民主改革評議会"
    assert [a.text for a in seizure.source_chain] == ["読売新聞", "民主改革評議会"]
    assert seizure.source.text == "民主改革評議会"
    # Nとする is a light verb, not the quotative とする.
    assert one(claims, "無効とする").object.text == "非常事態宣言"


def test_a_sentence_with_no_source_is_asserted(claims_of):
    claims = claims_of("新生銀行とあおぞら銀行は1日、来年10月ごろに対等合併することで合意したと発表した。")
    assert {c.modality for c in by_lemma(claims, "発表する")} == {"asserted"}
    assert {c.modality for c in by_lemma(claims, "合意する")} == {"reported"}


def test_quotation_split_by_a_full_stop_stays_reported(claims_of):
    claims = claims_of("時事によると、"
                       "鳩山首相はこの日行われた臨時閣議の後の会見で「沖縄県民の理解を得られなかった。"
                       "福島担当相を罷免せざるを得ない状態に至り申し訳ない。")
    dismissal = one(claims, "罷免する")
    assert dismissal.subject.text == "鳩山首相"
    assert (dismissal.modality, dismissal.quoted, dismissal.negated) == ("reported", True, False)


def test_impersonal_report_and_hedge(claims_of):
    suicide = one(claims_of("「これまであまりにつらかった」と遺書を残しており、"
                            "盧氏は自殺したとみられている。"), "自殺する")
    assert suicide.modality == "hedged"


# -- subjects ----------------------------------------------------------------------------------


def test_relative_clause_head_is_the_agent(claims_of):
    claims = claims_of("米安全保障会議は伝統的なロシアの同盟国の決定に驚きながらも"
                       "「プーチン大統領のウクライナ侵攻に"
                       "軍を送らなかったカザフスタンを歓迎する」と声明を発表した。")
    send = one(claims, "送る")
    assert (send.subject.text, send.subject_from, send.negated) == ("カザフスタン", "relative", True)
    # Refusing to send troops is not MOBILIZE/AID: negation changes the event.
    assert (send.event, send.polarity) == ("REJECT", "conflict")
    welcome = one(claims, "歓迎する")
    assert welcome.subject.text == "米安全保障会議"
    assert welcome.object.text == "カザフスタン"
    assert one(claims, "驚く").subject.text == "米安全保障会議"


NBC_2 = ("米NBC Newsは26日、伝統的なロシアの同盟国であり今年1月の内戦危機もプーチン大統領の助力を乗り切った"
         "カザフスタンは「ロシアが承認したドネツク人民共和国とルガンスク人民共和国の独立は認めない」と明かし、"
         "ロシアが要請したウクライナ侵攻へのカザフスタン軍派兵も拒否したと報じている。")


def test_topic_of_an_earlier_clause_runs_on_into_the_next(claims_of):
    claims = claims_of(NBC_2)
    refusal = one(claims, "拒否する")
    assert (refusal.subject.text, refusal.subject_from) == ("カザフスタン", "clause")
    assert (refusal.modality, refusal.source.text) == ("reported", "米NBC News")
    # …but not into the sentence's root, whose subject is the sentence topic.
    assert one(claims, "報ずる").subject.text == "米NBC News"
    # A relative clause takes its head noun before anything else.
    assert one(claims, "乗り切る").subject_from == "relative"
    # 独立は認めない: the contrastive は-NP is the object, and the speaker the source.
    recognise = one(claims, "認める")
    assert (recognise.object.text, recognise.negated, recognise.source.text) == ("独立", True, "カザフスタン")
    # NBC reports that Kazakhstan said it does not recognise: the chain keeps both, outermost first.
    assert [a.text for a in recognise.source_chain] == ["米NBC News", "カザフスタン"]
    # The first of the two clauses NBC reports (明かし、…拒否したと報じた) is NBC's report too.
    reveal = one(claims, "明かす")
    assert (reveal.subject.text, reveal.modality) == ("カザフスタン", "reported")
    assert reveal.source.text == "米NBC News"


def test_topic_carries_to_the_next_sentence_but_not_into_a_comment(claims_of):
    text = ("カザフスタンは派兵を拒否したと米NBC Newsが報じている。\n"
            "プーチン大統領が勝手に始めた戦争に巻き込まれたくないと考えているのかもしれない\n")
    thought = one(claims_of(text), "考える")
    assert (thought.subject.text, thought.subject_from) == ("カザフスタン", "previous_sentence")
    assert thought.modality == "hedged"
    as_comment = text.replace("\n", " |\n", 1)
    assert by_lemma(claims_of(as_comment, sections=True), "考える") == []


def test_topic_carry_expires_after_sentences_that_say_something(claims_of):
    head = "カザフスタンは派兵を拒否した。\n"
    tail = "戦争に巻き込まれたくないと考えているのかもしれない\n"
    notes = "関連記事:米メディア、カザフスタン問題はワイルドカードになる可能性も\n" * MAX_TOPIC_CARRY
    assert by_lemma(claims_of(head + notes + tail), "考える") == []
    # A line of English says nothing in Japanese and does not push the topic back.
    english = "参考:Russia-Ukraine conflict live updates: Ukraine’s capital city bracing for battle\n"
    assert one(claims_of(head + english + tail), "考える").subject.text == "カザフスタン"


def test_topic_misattached_by_the_parser_is_still_the_topic(claims_of):
    claims = claims_of("毎日新聞によると、原告らは「年寄りは早く死ねという今日の判決は、"
                       "国による完全な棄民政策だ」と批判し、控訴する方針。")
    assert one(claims, "批判する").subject.text == "原告ら"
    assert one(claims, "控訴する").subject.text == "原告ら"


ROH = ("読売新聞によると、5月23日6時40分頃(UTC+9)、大韓民国の盧武鉉(ノ・ムヒョン)前大統領が、"
       "韓国南部、慶尚南道(キョンサンナムド)金海(キムヘ)市郊外の烽下(ポンハ)村で登山中に転落し、"
       "病院に運ばれたが、9時30分頃に死亡した。")


def test_pieces_of_a_sentence_cut_at_a_comma_are_joined(claims_of):
    # GiNZA ends a "sentence" after 前大統領が、; the subject and によると still reach the predicates.
    claims = claims_of(ROH)
    for lemma in ("転落する", "死亡する"):
        claim = one(claims, lemma)
        assert claim.subject.text.startswith("盧武鉉")
        assert (claim.modality, claim.source.text) == ("reported", "読売新聞")
        assert claim.sentence_text == ROH
    # A piece that ends in a closing parenthesis is not a sentence end, and one in 。 is.
    two = claims_of("カザフスタンは派兵を拒否した。ロシアは軍を送った。")
    assert {c.sentence_text for c in two} == {"カザフスタンは派兵を拒否した。", "ロシアは軍を送った。"}


def test_adjectives_and_the_first_part_of_a_compound_verbal_noun_are_not_predicates(claims_of):
    claims = claims_of("盧氏は「これまであまりにつらかった」と遺書を残した。")
    assert [c.predicate_lemma for c in claims] == ["残す"]
    claims = claims_of("最高検は5月中にも逮捕か在宅起訴する方針を固めていた。")
    assert "在宅する" not in {c.predicate_lemma for c in claims}
    assert "起訴する" in {c.predicate_lemma for c in claims}


def test_a_focus_particle_np_is_the_sentence_topic(claims_of):
    claims = claims_of("中国ですら初動の国連安保理での対応を見てると、内心ドン引きしてるっぽいし。")
    shock = one(claims, "ドン引きする")
    assert (shock.subject.text, shock.subject_from, shock.modality) == ("中国", "topic", "hedged")


def test_relative_clause_on_a_time_noun_takes_the_topic(claims_of):
    claims = claims_of("産経新聞、読売新聞によると、盧氏は23日5時45分頃自宅を出て、"
                       "警備員と共に登山していた途中の6時40分頃に岩から飛び降りた模様。")
    climb = one(claims, "登山する")
    assert (climb.subject.text, climb.modality) == ("盧氏", "reported")


def test_no_claim_without_an_actor(claims_of):
    claims = claims_of("カザフスタンは大暴動直後で国内の治安が悪く、"
                       "国内の戦力を国外に派遣しようものなら、再び大暴動が起きかねない")
    assert by_lemma(claims, "起きる") == []


def test_gapped_subjects_hung_on_a_quantity_each_get_a_claim(claims_of):
    claims = claims_of("ドイツARD放送は、トゥスク候補が40%、カチンスキ候補が33%の票を得たと伝えた。")
    votes = by_lemma(claims, "得る")
    assert sorted(c.subject.text for c in votes) == ["カチンスキ候補", "トゥスク候補"]
    assert {c.source.text for c in votes} == {"ドイツARD放送"}
    # The reporting verb keeps its own subject.
    assert one(claims, "伝える").subject.text == "ドイツARD放送"


def test_koto_complement_of_a_speech_verb_is_reported(claims_of):
    claims = claims_of("ヤフー社は1日にMS社からの提案を役員会で検討することを明らかにした。")
    review = one(claims, "検討する")
    assert (review.subject.text, review.object.text, review.modality) == ("ヤフー社", "提案", "reported")
    assert one(claims, "明らかにする").modality == "asserted"
    # …ことを決めた is no speech verb: its content stays asserted.
    decided = one(claims_of("最高検は捜査を打ち切ることを決めた。"), "打ち切る")
    assert decided.modality == "asserted"


def test_a_plan_announced_is_reported(claims_of):
    claims = claims_of("合併行の社長に就任する池田憲人氏は、必要なら公的資金の再申請も行う考えを示唆した。")
    plan = one(claims, "行う")
    assert (plan.subject.text, plan.object.text, plan.modality) == ("池田憲人氏", "再申請", "reported")
    assert one(claims, "示唆する").modality == "asserted"


def test_dekiru_takes_its_ga_np_as_object(claims_of):
    claims = claims_of("米国はウクライナのゼレンスキー大統領を暗殺や拘束から保護するための準備が出来ており、"
                       "米国への亡命を打診したが断られたらしい。")
    ready = one(claims, "出来る")
    assert (ready.subject.text, ready.object.text) == ("米国", "準備")
    # 保護するための: a purpose, not a claim; 打診した is before a loose が, so not hedged.
    assert by_lemma(claims, "保護する") == []
    assert one(claims, "打診する").modality == "asserted"


def test_mirareru_hedges_its_te_clauses_but_not_a_ga_clause(claims_of):
    claims = claims_of("国防省長官のタンマラック氏は19日にクーデター・グループによって拘束されたが、"
                       "その後逃亡して、地方へ潜伏していると見られる。")
    assert one(claims, "拘束する").modality == "asserted"
    assert one(claims, "逃亡する").modality == "hedged"
    assert one(claims, "潜伏する").modality == "hedged"


def test_writers_own_thought_in_a_comment_is_no_claim_and_hedges_its_content(claims_of):
    text = "記事。 |\n個人的にはゼレンスキー氏の暗殺は無くなったと考えています。\n"
    claims = claims_of(text, sections=True)
    assert by_lemma(claims, "考える") == []


# -- passives ----------------------------------------------------------------------------------


def test_passive_agent_becomes_subject_and_patient_object(claims_of):
    claims = claims_of("ロシアはタリバンから平和的手段による紛争解決を"
                       "要求された史上初の国になるんじゃなかろうか。")
    demand = one(claims, "要求する")
    assert demand.subject.text == "タリバン"
    assert demand.object.text == "紛争解決"
    # Relative clauses are presupposed: the hedge on the main clause does not reach them.
    assert demand.modality == "asserted"


def test_passive_agent_through_an_event_noun(claims_of):
    text = "8日には、AUの停戦監視部隊隊員2人と2人の民間人が武装勢力の攻撃により殺害された。"
    killing = one(claims_of(text), "殺害する")
    assert killing.subject.text == "武装勢力"
    # An event noun that belongs to no actor names no agent.
    assert claims_of("多くの住宅が台風の被害により破壊された。") == []


def test_passive_patient_is_the_members_not_their_count(claims_of):
    claims = claims_of("10日、アフリカ連合(AU)の報道官は、9日スーダン西部のダルフール地方で武装勢力により"
                       "誘拐された停戦監視部隊隊員の38人が解放されたと発表した。")
    kidnap = one(claims, "誘拐する")
    assert (kidnap.subject.text, kidnap.object.text) == ("武装勢力", "停戦監視部隊隊員")


def test_passive_agent_with_niyori(claims_of):
    claims = claims_of("10日、アフリカ連合の報道官は、"
                       "9日スーダン西部のダルフール地方で武装勢力により誘拐された停戦監視部隊隊員が"
                       "解放されたと発表した。")
    kidnap = one(claims, "誘拐する")
    assert (kidnap.subject.text, kidnap.event) == ("武装勢力", "ASSAULT")
    # A passive whose agent is not said gives no claim.
    assert by_lemma(claims, "解放する") == []


def test_object_is_the_nearest_wo_np_and_not_a_wo_toshite_phrase(claims_of):
    claims = claims_of("中国政府が先月31日に日本の中国大使館ウェブサイト(日本語)を通じて"
                       "正式に声明を発表した。")
    assert one(claims, "発表する").object.text == "声明"


# -- coordination ------------------------------------------------------------------------------


def test_coordinated_subjects_give_one_claim_each(claims_of):
    claims = by_lemma(claims_of("新生銀行とあおぞら銀行は1日(UTC+9:以下同様)、"
                                "来年10月ごろに対等合併することで合意したと発表した。"),
                      "発表する")
    assert sorted(c.subject.text for c in claims) == ["あおぞら銀行", "新生銀行"]
    assert len({c.id for c in claims}) == 2
    assert any(c.id.endswith("-1.0") for c in claims)


def test_quoted_names_in_apposition_to_a_party_are_actors_and_coordinate(claims_of):
    text = "下院第1党「法と正義」と第2党の「市民プラットフォーム」は、連立することでほぼ合意している。"
    claims = by_lemma(claims_of(text), "合意する")
    # The と inside 「法と正義」 coordinates nothing; the one after 」 does.
    assert sorted(c.subject.text for c in claims) == ["市民プラットフォーム", "法と正義"]
    assert {(c.event, c.polarity) for c in claims} == {("AGREE", "cooperation")}


def test_a_quoted_word_is_not_an_actor_by_itself(claims_of):
    claims = claims_of("アリエフ大統領も「両共和国の独立」については沈黙を守っており")
    assert [c.subject.text for c in by_lemma(claims, "守る")] == ["アリエフ大統領"]


def test_no_noun_phrase_no_split(claims_of):
    claims = by_lemma(claims_of("AU委員会のアダム・ティアム報道官は、"
                                "誘拐は反政府派組織から分離したグループによって行われたと述べた。"),
                      "述べる")
    assert len(claims) == 1


# -- negation and modality ---------------------------------------------------------------------


def test_negation_in_auxiliaries(claims_of):
    claims = claims_of("カザフスタンは「ロシアが承認したドネツク人民共和国と"
                       "ルガンスク人民共和国の独立は認めない」と明かした。")
    recognise = one(claims, "認める")
    assert recognise.negated
    assert one(claims, "承認する").negated is False


def test_modal_idioms_with_nai_are_not_negation(claims_of):
    text = ("カザフスタンは派兵を拒否した。"
            "\nプーチン大統領が勝手に始めた戦争に巻き込まれたくないと考えているのかもしれない\n")
    claims = claims_of(text)
    thought = one(claims, "考える")
    assert (thought.negated, thought.modality) == (False, "hedged")
    # What the thinker thinks is theirs: reported, with the thinker as source.
    war = one(claims, "始める")
    assert (war.subject.text, war.object.text) == ("プーチン大統領", "戦争")
    assert (war.modality, war.source.text) == ("reported", "カザフスタン")


def test_lexically_negative_verbs_and_double_negatives_are_not_negated(claims_of):
    assert one(claims_of(NBC), "拒否する").negated is False
    dismissal = one(claims_of("鳩山首相は福島担当相を罷免せざるを得ない状態に至った。"), "罷免する")
    assert dismissal.negated is False


def test_event_noun_done_by_someone_niyoru_mono(claims_of):
    killing = one(claims_of("殺害はスーダン解放軍によるものと考えられている。"), "殺害する")
    assert (killing.subject.text, killing.modality, killing.event) == ("スーダン解放軍", "hedged", "ASSAULT")
    # A cause that is no actor gives no claim.
    assert claims_of("被害は台風によるものだ。") == []


def test_event_noun_with_nai_is_a_negated_claim(claims_of):
    text = "昨日までベラルーシの関与は無いと言い張ってたルカシェンコって大丈夫か?"
    involvement = one(claims_of(text), "関与する")
    assert (involvement.subject.text, involvement.negated) == ("ベラルーシ", True)


def test_hedges(claims_of):
    reversal = one(claims_of("他政党からの選挙協力によっては、"
                             "カチンスキ候補が逆転する可能性がある。"), "逆転する")
    assert reversal.modality == "hedged"
    report = one(claims_of("ドイツARD放送は、トゥスク候補が40%の票を得たと伝えた。"), "伝える")
    assert report.modality == "asserted"


def test_if_it_is_true_is_a_hedge_not_a_condition(claims_of):
    text = "ゼレンスキー大統領は首都に留まった。\nゼレンスキーがアメリカへの亡命を断ったのが本当なら立派。"
    refusal = one(claims_of(text), "断る")
    # The second ゼレンスキー is linked through the first: GiNZA does not tag it as a person there.
    assert (refusal.subject.text, refusal.modality) == ("ゼレンスキー", "hedged")
    assert refusal.subject.entity_id is not None


def test_hedge_does_not_cross_a_loose_ga_clause(claims_of):
    claims = claims_of("前回はロシアが軍を派遣して鎮圧したけど次は裏でロシアが煽りそう")
    assert one(claims, "派遣する").modality == "asserted"
    assert one(claims, "煽る").modality == "hedged"


def test_content_of_a_negated_attitude_is_not_a_claim(claims_of):
    claims = claims_of("中国ですらロシアが本当にウクライナへ侵攻するとは考えていなかったみたいですね。")
    assert by_lemma(claims, "侵攻する") == []
    thought = one(claims, "考える")
    assert (thought.subject.text, thought.negated) == ("中国", True)


def test_a_quoted_request_is_not_a_claim_but_the_passive_speech_verb_is(claims_of):
    claims = claims_of("ちなみに、ロシア(プーチン)はタリバンから「対話と平和的手段で解決して」と注意された。")
    assert by_lemma(claims, "解決する") == []
    warning = one(claims, "注意する")
    assert (warning.subject.text, warning.object.text) == ("タリバン", "ロシア")


def test_speaker_hung_inside_the_quotation_and_quote_closed_after_a_full_stop(claims_of):
    claims = claims_of("また、先月28日の記者会見で外務省の鹿取克章外務報道官が"
                       "「背景には中国側公安当局関係者による遺憾な行為があったと考えており、"
                       "(中国政府に)厳重な抗議を行っている。」と発言した。")
    protest = one(claims, "行う")
    assert protest.subject.text.endswith("報道官")
    assert (protest.modality, protest.quoted) == ("reported", True)
    assert one(claims, "発言する").subject.text.endswith("報道官")


def test_obligations_are_not_claims_but_the_clause_before_them_is(claims_of):
    claims = claims_of("キエフで抵抗を続けるにしても、"
                       "それ以外の地域ではウクライナ正規軍は以前健在で抵抗を続けていて"
                       "それらを指揮する必要があるし、仮に降伏するにしても、それを命令する人がいないと困るわけで。")
    assert by_lemma(claims, "指揮する") == []
    # 続けるにしても is a concession (a condition); 続けていて states what happens.
    [resisting] = by_lemma(claims, "続ける")
    assert resisting.subject.text == "ウクライナ正規軍"
    # 命令する人: the relative clause's agent is a person nobody names, not the topic.
    assert by_lemma(claims, "命令する") == []


def test_conditions_are_hypothetical_and_left_out_by_default(claims_of):
    text = ("カザフスタンは大暴動直後で国内の治安が悪く、"
            "国内の戦力を国外に派遣しようものなら、再び大暴動が起きかねない")
    assert by_lemma(claims_of(text), "派遣する") == []
    [sending] = by_lemma(claims_of(text, include_hypothetical=True), "派遣する")
    assert sending.modality == "hypothetical"


# -- events ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("lemma", "negated", "expected"), [
    ("派兵する", False, ("MOBILIZE", "conflict")),
    ("派兵する", True, ("REJECT", "conflict")),
    ("拒否する", False, ("REJECT", "conflict")),
    ("合意する", False, ("AGREE", "cooperation")),
    ("報ずる", False, ("SAY", "neutral")),
    ("攻撃する", True, ("OTHER", "neutral")),
    ("歩く", False, ("OTHER", "neutral")),
])
def test_event_lexicon(lemma: str, negated: bool, expected: tuple[str, str]) -> None:
    assert event_of(lemma, negated) == expected


def test_light_verbs_take_the_event_of_their_object_and_compounds_of_their_last_part() -> None:
    assert event_of("行う", False, "厳重な抗議") == ("ACCUSE", "conflict")
    assert event_of("行う", False, "合併交渉") == ("CONSULT", "cooperation")
    assert event_of("示す", False, "難色") == ("REJECT", "conflict")
    assert event_of("身柄拘束する", False) == ("COERCE", "conflict")
    # A light verb whose object is no event stays OTHER; a verb that is not light ignores its object.
    assert event_of("行う", False, "記者会見場") == ("OTHER", "neutral")
    assert event_of("送る", False, "抗議") == ("AID", "cooperation")


# -- relative clauses, time nouns, unaccusatives -------------------------------------------------


def test_relative_clause_on_a_noun_tied_by_heno_acts_on_the_head_of_the_phrase(claims_of):
    # 要請したウクライナ侵攻へのカザフスタン軍派兵: what was requested is the dispatch, not the invasion.
    request = one(claims_of(NBC), "要請する")
    assert (request.subject.text, request.object.text) == ("プーチン大統領", "カザフスタン軍派兵")


def test_relative_clause_on_a_plain_noun_keeps_that_noun(claims_of):
    start = one(claims_of("ロシア寄りの国でさえも「プーチン大統領が勝手に始めた戦争に巻き込まれたくない」と"
                          "考えているのだろう。"), "始める")
    assert (start.subject.text, start.object.text) == ("プーチン大統領", "戦争")


def test_a_verbal_noun_under_a_time_suffix_is_no_predicate(claims_of):
    claims = claims_of("ロイターによれば、選挙結果を受け、現地時間日曜夜、両党は連立協議を決選投票後に"
                       "行うと発表した。")
    assert not by_lemma(claims, "決選投票する")
    assert [c.subject.text for c in by_lemma(claims, "行う")] == ["両党"]
    # The same verbal noun with する is a predicate.
    vote = one(claims_of("両党は決選投票すると発表した。"), "決選投票する")
    assert vote.subject.text == "両党"


def test_an_unaccusative_verb_whose_subject_is_no_actor_is_no_claim(claims_of):
    claims = claims_of("当初は氏自身が言及していた通り斬首狙いだったのでしょうが、彼のウクライナ大統領と"
                       "しての奮闘が伝わった事により状況が変わった。")
    assert not by_lemma(claims, "変わる")
    claims = claims_of("鳩山首相は福島氏を説得した。その後、福島氏の反対の姿勢は変わらず、臨時閣議を行った。")
    assert not by_lemma(claims, "変わる")
    # A transitive verb keeps its claim: the non-actor は-NP is its object (独立は認めない).
    refusal = one(claims_of("カザフスタンは「ロシアが承認したドネツク人民共和国とルガンスク人民共和国の独立は"
                            "認めない」と明かした。"), "認める")
    assert (refusal.subject.text, refusal.object.text) == ("カザフスタン", "独立")


def test_a_verbal_noun_set_apart_from_its_suru_by_focus_particles_is_the_predicate(claims_of):
    murder = one(claims_of("ロシアも身柄確保に止めて暗殺まではしない…と思いたい。"), "暗殺する")
    assert (murder.subject.text, murder.negated) == ("ロシア", True)
    # The same form in a condition (暗殺などしたら) is no claim.
    text = ("今ここで彼を暗殺などしたら、ロシアの圧政に抵抗して殉じた文字通りの民族英雄となり、"
            "宇露の一体性を説くロシアにとっては極めて不都合。")
    assert not by_lemma(claims_of(text), "暗殺する")


def test_relative_clause_hung_on_a_non_actor_noun_acts_through_the_actor_right_after_it(claims_of):
    claims = claims_of("歴史上まれに見るくだらない理由で侵攻に踏み切ったロシアの味方して、経済制裁されたら"
                       "そりゃたまったもんじゃないしな。")
    step = one(claims, "踏み切る")
    assert (step.subject.text, step.object.text, step.subject_from) == ("ロシア", "侵攻", "relative")
    # A の-NP before the clause is not what it modifies: the head of the relative clause is the agent.
    text = ("米NBC Newsは26日、伝統的なロシアの同盟国であり今年1月の内戦危機もプーチン大統領の助力を"
            "乗り切ったカザフスタンが派兵を拒否したと報じた。")
    overcome = one(claims_of(text), "乗り切る")
    assert overcome.subject.text == "カザフスタン"


def test_a_clause_joined_inside_a_relative_clause_on_an_object_shares_its_subject(claims_of):
    text = ("イラン外務省のアセフィ報道官は会見を開いた。特に、パイプラインを敷設してイランから天然ガスを"
            "購入するプロジェクトを進めているインドについて、「インドの賛成には驚いた」と触れた。")
    claims = claims_of(text)
    lay, buy = one(claims, "敷設する"), one(claims, "購入する")
    assert (lay.subject.text, lay.object.text) == ("インド", "パイプライン")
    assert buy.subject.text == "インド"
    # The sentence's own verb keeps the topic carried from before, not the noun of the relative clause.
    assert one(claims, "触れる").subject.text != "インド"


def test_a_coordinated_topic_gives_each_of_its_actors_to_the_clauses_it_covers(claims_of):
    claims = claims_of("新生銀行とあおぞら銀行は1日(UTC+9:以下同様)、来年10月ごろに対等合併することで"
                       "合意したと発表した。")
    assert sorted(c.subject.text for c in by_lemma(claims, "合併する")) == ["あおぞら銀行", "新生銀行"]
    # A single topic stays one subject.
    claims = claims_of("読売新聞によると、5月23日6時40分頃(UTC+9)、大韓民国の盧武鉉(ノ・ムヒョン)前大統領が、"
                       "韓国南部、慶尚南道(キョンサンナムド)金海(キムヘ)市郊外の烽下(ポンハ)村で登山中に"
                       "転落し、病院に運ばれたが、9時30分頃に死亡した。")
    death = one(claims, "死亡する")
    assert (death.subject.text, death.subject_from) == ("盧武鉉", "topic")


def test_one_party_framing_its_own_words_twice_is_one_source(claims_of):
    claims = claims_of("ロイター=ABCによると、イギリスのストロー外相は、現在開幕中のイギリス労働党党大会で、"
                       "「イランとの戦争はない」とする見通しを語った。")
    war = one(claims, "戦争する")
    assert [a.text for a in war.source_chain][1:] == ["ストロー外相"]
    # Two different parties stay two links (NBC reports what Kazakhstan said).
    text = ("米NBC Newsによると、カザフスタンは「ロシアが承認したドネツク人民共和国とルガンスク人民共和国の"
            "独立は認めない」と明かした。")
    recognise = one(claims_of(text), "認める")
    assert [a.text for a in recognise.source_chain] == ["米NBC News", "カザフスタン"]
