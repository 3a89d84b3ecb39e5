"""Constructions of news prose that the third round of claim rules reads, each where it applies and where
it must not: clefts, charges, では-frames, glosses before a topic, compounds, counts, anaphors, titles.

Every sentence is made up for its test.
"""

from __future__ import annotations

from pipeline.claims.arguments import counted, main_root
from pipeline.claims.kinds import inside_a_title
from pipeline.claims.objects import focus_of_a_cleft_acted_on, object_in_the_compound
from pipeline.claims.subjects import accused_in_the_charge, focus_of_a_cleft, institution_as_frame
from pipeline.claims.topics import topic_before_a_gloss

# -- claims.subject: focus_of_a_cleft ----------------------------------------------------------------------


def test_the_focus_of_a_cleft_is_the_subject(parsed):
    p = parsed("最初に撤退を表明したのは南海物産だった。")
    found = focus_of_a_cleft(*p.at("表明"))
    assert (found.token.text, found.how) == ("物産", "explicit")
    announcement = p.one("表明する")
    assert (announcement.subject.text, announcement.object.text) == ("南海物産", "撤退")


def test_a_plain_noun_subject_clause_has_no_cleft_focus(parsed):
    speech, ctx = parsed("首相が語ったのは譲歩の条件だった。").at("語っ")
    assert focus_of_a_cleft(speech, ctx) is None


# -- claims.object: focus_of_a_cleft_acted_on --------------------------------------------------------------


def test_the_focus_of_a_cleft_whose_clause_has_a_subject_is_its_object(parsed):
    p = parsed("県警が逮捕したのは会社員の男だった。")
    assert [a.text for a in focus_of_a_cleft_acted_on(*p.at("逮捕"))] == ["男"]
    arrest = p.one("逮捕する")
    assert (arrest.subject.text, arrest.object.text) == ("県警", "男")


def test_a_cleft_with_no_subject_of_its_own_gives_its_focus_no_object_role(parsed):
    assert focus_of_a_cleft_acted_on(*parsed("「譲歩はしない」と語ったのは首相だった。").at("語っ")) is None


# -- claims.subject: accused_in_the_charge -----------------------------------------------------------------


def test_the_one_a_toshite_charge_is_about_did_what_it_says(parsed):
    p = parsed("店の商品を盗んだとして、警察は会社員の男を逮捕した。")
    found = accused_in_the_charge(*p.at("盗ん"))
    assert (found.token.text, found.how) == ("男", "clause")
    theft = p.one("盗む")
    assert (theft.subject.text, theft.object.text, theft.modality) == ("男", "商品", "reported")


def test_the_one_a_charge_of_suspicion_is_about_did_what_it_says(parsed):
    p = parsed("北警察署は、住民を脅した疑いで会社員の男を逮捕した。")
    assert accused_in_the_charge(*p.at("脅し")).token.text == "男"
    assert p.one("脅す").subject.text == "男"


def test_a_toshite_clause_on_a_verb_with_no_actor_object_has_no_accused(parsed):
    # …としてA案を採用した: the one acted on is no actor, so the clause's agent is not found this way.
    p = parsed("費用が安いとして、政府は東案を採用した。")
    assert accused_in_the_charge(*p.at("安い")) is None


# -- claims.subject: institution_as_frame ------------------------------------------------------------------


def test_an_organization_as_the_de_wa_frame_of_its_verb_acts(parsed):
    p = parsed("北星商事では、事故の原因を調べている。")
    found = institution_as_frame(*p.at("調べ"))
    assert (found.token.text, found.how) == ("商事", "explicit")
    assert p.one("調べる").subject.text == "北星商事"
    assert parsed("県警では、男の行方を追っている。").one("追う").subject.text == "県警"


def test_a_country_as_a_de_wa_frame_is_only_where(parsed):
    p = parsed("日本では、各地で地震を観測した。")
    assert institution_as_frame(*p.at("観測")) is None
    assert p.by_lemma("観測する") == []


# -- claims.topic: topic_before_a_gloss --------------------------------------------------------------------


def test_a_name_with_a_gloss_in_brackets_before_its_wa_is_the_topic(parsed):
    p = parsed("北星商事（ほくせいしょうじ、Hokusei Corp.）は、医薬品の販売を行っている。")
    assert topic_before_a_gloss(p.contexts[0]).text == "商事"
    assert p.one("行う").subject.text == "北星商事"
    # The parser may make the gloss the subject; the name before it is the topic carried on.
    p = parsed(
        "南海物産（なんかいぶっさん、英: Nankai Bussan）は、日本の総合商社である。\n"
        "1950年に設立された。\n主に食品を輸入している。"
    )
    assert p.one("輸入する").subject.text == "南海物産"


def test_brackets_not_followed_by_wa_give_no_topic(parsed):
    p = parsed("北星商事（東京都）の株価が上がった。")
    assert topic_before_a_gloss(p.contexts[0]) is None


# -- claims.object: object_in_the_compound -----------------------------------------------------------------


def test_the_noun_written_before_a_verbal_noun_is_its_object(parsed):
    p = parsed("ケニア政府は独立承認しなかった。")
    assert [a.text for a in object_in_the_compound(*p.at("承認"))] == ["独立"]
    assert p.one("承認する").object.text == "独立"


def test_a_verbal_noun_and_its_own_suru_keep_a_compound_whole(parsed):
    # 記者会見をした: the light verb's noun is the predicate, written as it stands.
    assert parsed("北星商事の社長は記者会見をした。").one("記者会見する").object is None


def test_a_verbal_noun_with_nothing_glued_before_it_has_no_compound_object(parsed):
    p = parsed("ケニア政府は独立を承認しなかった。")
    assert object_in_the_compound(*p.at("承認")) is None
    assert p.one("承認する").object.text == "独立"


def test_how_often_glued_before_a_verbal_noun_is_no_object(parsed):
    # 3度優勝: a number of times says how often, not what was won.
    p = parsed("山田選手は県大会で3度優勝した。")
    assert object_in_the_compound(*p.at("優勝")) is None
    assert p.one("優勝する").object is None


def test_a_prefix_glued_before_a_verbal_noun_is_no_object(parsed):
    p = parsed("ケニア政府は国境を再封鎖した。")
    assert object_in_the_compound(*p.at("封鎖")) is None
    assert p.one("封鎖する").object.text == "国境"


def test_a_bracket_the_parser_took_for_a_noun_is_no_object(parsed):
    # Half-width ｢｣: the parser tags ｣ a noun and the clause inside a relative clause on it.
    admission = parsed("男は｢売人から買った｣と容疑を認めた。").by_lemma("認める")
    assert [c.object.text for c in admission] == ["容疑"]


def test_a_verbal_noun_before_a_verbal_noun_says_how_and_is_no_object(parsed):
    # 協同|活動: the first part is a verbal noun itself, a manner.
    p = parsed("両軍は協同活動を続けた。")
    assert object_in_the_compound(p.find("活動"), p.contexts[0]) is None


def test_a_manner_noun_before_a_verbal_noun_says_how_and_is_no_object(parsed):
    # 略式|起訴: a summary indictment, not an indictment of 略式.
    p = parsed("南山区検は詐欺の容疑で略式起訴した。")
    assert object_in_the_compound(*p.at("起訴")) is None
    assert p.one("起訴する").object is None


# -- claims.not_claim: inside_a_title ----------------------------------------------------------------------


def test_a_predicate_inside_a_title_in_double_brackets_states_nothing(parsed):
    p = parsed("山田一郎『北星商事が南海物産を買収した』。")
    purchase = next(t for t in p.tokens() if t.text == "買収")
    assert inside_a_title(purchase, "買収する", p.ctx_of(purchase))
    assert p.by_lemma("買収する") == []


def test_a_title_inside_a_sentence_states_nothing_but_the_sentence_does(parsed):
    # Not a citation line (the title does not end it): only the title rule keeps 買収 out.
    p = parsed("北星出版は小説『北星商事が南海物産を買収した』を刊行した。")
    assert p.by_lemma("買収する") == []
    assert p.one("刊行する").subject.text == "北星出版"


def test_a_predicate_in_plain_quotes_is_no_title(parsed):
    p = parsed("首相は「北星商事を支援する」と述べた。")
    support = p.find("支援")
    assert not inside_a_title(support, "支援する", p.ctx_of(support))
    assert p.one("支援する").quoted


# -- counts, light verbs, cut sentences --------------------------------------------------------------------


def test_a_count_stands_for_what_it_counts(parsed):
    p = parsed("警官70人以上が駅を警備した。原告のうち5人が控訴した。隊員の3人が負傷した。")
    assert counted(p.find("以上")).text == "警官"
    assert p.one("控訴する").subject.text == "原告"
    assert p.one("負傷する").subject.text == "隊員"


def test_a_count_stands_for_the_whole_compound_the_parser_hung_flat_on_it(parsed):
    # 元|兵士|ら|計|5万|人: every part is a compound of 人; the counted noun is 兵士, widened to 元兵士,
    # and neither the suffix ら nor the prefix 計 is what the count counts.
    p = parsed("捕虜となった元兵士ら計5万人が帰国した。警察は日本人選手ら3人を保護した。")
    assert p.one("帰国する").subject.text == "元兵士"
    assert p.one("保護する").object.text == "日本人選手"


def test_a_name_that_ends_in_a_counter_is_a_name_not_a_count(parsed):
    # ウィリアム|3|世: 世 counts generations, but the recognizer's span makes it a king's name.
    p = parsed("オランダ総督ウィリアム3世が即位した。")
    assert p.one("即位する").subject.text == "ウィリアム3世"


def test_a_number_inside_the_phrase_makes_no_count_of_its_head(parsed):
    # 24|時間|運行|化: 化 is a suffix, and the number is not its count; nor is an age in brackets.
    p = parsed("北星市は、中央駅の24時間運行化を目指している。保育士の田中花子さん(31歳)が園児を助けた。")
    assert p.one("目指す").object.text == "24時間運行化"
    assert p.one("助ける").subject.text == "田中花子"


def test_a_count_of_nothing_named_stands_for_no_one(parsed):
    assert counted(parsed("3人が負傷した。").find("人")) is None


def test_a_light_verb_written_apart_takes_the_arguments_hung_on_its_adverb(parsed):
    claims = parsed("A国はB国やC国なんかとも仲良くしている。").by_lemma("仲良くする")
    assert [(c.subject.text, c.object.text) for c in claims] == [("A国", "B国"), ("A国", "C国")]


def test_a_verb_takes_the_object_hung_on_a_name_the_parser_made_a_verb(parsed):
    # アランドス is tagged VERB and takes こぼれ球を; the actor recognizer knows it is a name.
    goal = parsed("終了間際のこぼれ球をアランドス選手に決められ、逆転を許した。").one("決める")
    assert (goal.subject.text, goal.object.text) == ("アランドス", "こぼれ球")


def test_an_object_an_editor_supplies_in_brackets_is_the_verbs(parsed):
    p = parsed("北星市長は「今後も(空港建設を)全力で進める」と述べた。")
    assert p.one("進める").object.text == "空港建設"


def test_a_topic_an_editor_supplies_in_brackets_is_the_subject_not_the_speaker(parsed):
    p = parsed("近所の住人は「(川村さんは)1週間前までは自転車に乗って店に来ていた」と話した。")
    assert [(c.subject.text, c.subject_from) for c in p.by_lemma("乗る")] == [("川村", "explicit")]


def test_the_main_root_of_a_sentence_is_its_last_root(parsed):
    p = parsed("県警によると、男は逮捕された。")
    assert main_root(p.contexts[0].sentence).text == "逮捕"


# -- anaphors and titles -----------------------------------------------------------------------------------


def test_a_do_anaphor_is_written_as_its_antecedent(parsed):
    p = parsed("北星商事の山田太郎社長は会見した。同社長は謝罪した。")
    assert p.one("謝罪する").subject.text == "山田太郎"


def test_a_do_anaphor_with_nothing_named_before_it_stays_as_written(parsed):
    assert parsed("同社長は謝罪した。").one("謝罪する").subject.text == "同社長"


def test_a_bare_title_after_a_name_and_its_gloss_is_that_person(parsed):
    p = parsed("ゴルフの田中一郎(たなか・いちろう)選手が死去した。")
    assert p.one("死去する").subject.text == "田中一郎"


def test_a_bare_title_after_no_name_stays_a_title(parsed):
    assert parsed("選手が死去した。").one("死去する").subject.text == "選手"


# -- negation ----------------------------------------------------------------------------------------------


def test_a_focus_particle_and_a_second_suru_carry_negation_on(parsed):
    claim = parsed("ケニア政府は独立を承認してさえしない。").one("承認する")
    assert claim.negated


def test_a_verbal_noun_with_its_own_suru_and_no_negation_is_not_negated(parsed):
    assert not parsed("ケニア政府は独立を承認した。").one("承認する").negated


# -- light verbs with と/に, and words that are no predicates ---------------------------------------------


def test_a_noun_and_to_suru_is_a_light_verb(parsed):
    p = parsed("北星大学は、全講義を休講とした。大臣は羽田空港をハブ空港にする意向を示した。")
    closing = p.one("休講とする")
    assert (closing.subject.text, closing.object.text) == ("北星大学", "全講義")
    assert p.one("ハブ空港にする").object.text == "羽田空港"


def test_koto_ni_suru_is_no_light_verb_of_its_own(parsed):
    # …することにした: the decision is the clause's claim, not a verb ことにする.
    claims = parsed("北星大学は、全講義を休講することにした。").claims()
    assert "ことにする" not in {c.predicate_lemma for c in claims}


def test_a_kana_reading_in_brackets_is_no_predicate(parsed):
    from pipeline.claims.predicates import no_word

    p = parsed("警察署は、無職の森九右衛門(もり・きゅうえもん)容疑者を逮捕した。")
    kana = [t for t in p.tokens() if t.pos_ == "VERB" and t.text.startswith("きゅう")]
    assert kana and all(no_word(t) for t in kana)
    assert not no_word(p.find("逮捕"))
    assert [c.predicate_lemma for c in p.claims()] == ["逮捕する"]


def test_a_word_named_in_quotes_is_no_predicate(parsed):
    from pipeline.claims.predicates import quoted_word

    p = parsed("男は「殺す」を「倒す」と書き換えた。")
    assert quoted_word(p.find("殺す"))
    assert not quoted_word(p.find("書き換え"))
    assert p.by_lemma("殺す") == []


# -- ことができない, conjunctive nouns, lexical みる ---------------------------------------------------------


def test_koto_ga_dekinai_negates_the_verb(parsed):
    assert parsed("北星商事は会議に参加することができなかった。").one("参加する").negated
    assert not parsed("北星商事は会議に参加することができた。").one("参加する").negated


def test_a_clause_before_ippou_shares_the_main_subject(parsed):
    # …を見送る一方、…: 一方 joins two clauses; it is no noun the first one describes.
    p = parsed("政府は増税を見送る一方、歳出を削減した。")
    assert p.one("見送る").subject.text == "政府"


def test_miru_after_to_is_a_verb_of_its_own_and_after_te_an_auxiliary(parsed):
    p = parsed("県警は、怨恨による犯行とみて、逃げた男を捜している。")
    assert p.one("みる").subject.text == "県警"
    assert parsed("北星商事は新製品を試してみた。").by_lemma("みる") == []
