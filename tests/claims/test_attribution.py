"""Who a claim is attributed to: the framing verbs on the way up (claims.frame) and the sources of a
sentence (claims.source); each rule where it applies and where it must not, then the claim."""

from __future__ import annotations

from pipeline.claims.attribution import (
    Attribution,
    according_to_phrase,
    attribute,
    framing_verbs_above,
    hearsay,
    impersonal_hedge,
    impersonal_report,
    reporter_of_the_sentence_before,
    speaker_of_quotation_cut_short,
    speech_or_thought,
)
from pipeline.claims.attribution import opener_of_carried_quotation as carried_quotation_source

from .helpers import text_of, texts

NONE_YET = Attribution()


def chain(attribution: Attribution) -> list[str | None]:
    return texts(attribution.chain)


# -- claims.frame: one framing verb (the clause, the verb, context, found so far, loose) --------------


HEDGED = "ケニア軍は撤退したとみられる。"
REPORTED = "ケニア軍は国境を越えたとされる。"
SAID = "「制裁を解除する」と大統領が述べた。"


def frame(rule, p, word: str, loose: bool = False) -> Attribution | None:
    clause, ctx = p.at(word)
    return rule(clause, clause.head, ctx, NONE_YET, loose)


def test_to_mirareru_hedges_its_content(parsed):
    p = parsed(HEDGED)
    assert frame(impersonal_hedge, p, "撤退") == Attribution(hedged=True)
    assert p.one("撤退する").modality == "hedged"


def test_to_mirareru_does_not_hedge_across_a_loose_clause(parsed):
    assert frame(impersonal_hedge, parsed(HEDGED), "撤退", loose=True) == Attribution(hedged=False)


def test_to_sareru_is_no_hedge(parsed):
    assert frame(impersonal_hedge, parsed(REPORTED), "越え") is None


def test_to_sareru_reports_its_content_with_no_source(parsed):
    p = parsed(REPORTED)
    assert frame(impersonal_report, p, "越え") == Attribution(reported=True)
    crossing = p.one("越える")
    assert (crossing.subject.text, crossing.modality, crossing.source) == ("ケニア軍", "reported", None)


def test_to_tsutaerareta_has_no_speaker_even_with_a_topic_on_it(parsed):
    # The parser hangs ケニア軍は on 伝えられた: it is what was reported on, not who reported.
    p = parsed("ケニア軍は国境を越えたと伝えられた。")
    crossing = p.one("越える")
    assert (crossing.modality, crossing.source_chain) == ("reported", ())


def test_an_active_speech_verb_is_no_impersonal_report(parsed):
    assert frame(impersonal_report, parsed(SAID), "解除") is None


# …といい、: kana いう passes on what others say, and the clause after it is the writer's own.
HEARSAY = "ケニア軍が村を占拠したといい、国連は調査団を派遣した。"


def test_kana_iu_frames_hearsay_with_no_source(parsed):
    p = parsed(HEARSAY)
    assert frame(hearsay, p, "占拠") == Attribution(reported=True)
    occupation = p.one("占拠する")
    assert (occupation.subject.text, occupation.modality, occupation.source) == ("ケニア軍", "reported", None)
    # 国連 is the subject of the next clause, not the one who says it.
    dispatch = p.one("派遣する")
    assert (dispatch.subject.text, dispatch.modality) == ("国連", "asserted")


def test_iu_in_kanji_is_no_hearsay_but_a_speech_verb_with_its_speaker(parsed):
    p = parsed("ケニア軍が村を占拠したと国連が言った。")
    assert frame(hearsay, p, "占拠") is None
    occupation = p.one("占拠する")
    assert (occupation.modality, occupation.source.text) == ("reported", "国連")


def test_the_speaker_of_a_speech_verb_is_the_source(parsed):
    p = parsed(SAID)
    found = frame(speech_or_thought, p, "解除")
    assert (found.reported, chain(found)) == (True, ["大統領"])
    lift = p.one("解除する")
    assert (lift.modality, lift.source.text, lift.quoted) == ("reported", "大統領", True)


def test_a_verb_that_is_no_speech_verb_frames_nothing(parsed):
    # …ことを決めた is no report: what was decided stays asserted.
    p = parsed("ケニア政府は部隊を撤退させることを決めた。")
    clause, ctx = p.at("撤退")
    assert speech_or_thought(clause, p.find("決め"), ctx, NONE_YET, False) is None
    assert p.one("撤退する").modality == "asserted"


COMMENT_THOUGHT = "本文です。 |\n国境の封鎖は長引くと思う。\n"


def test_a_commenters_own_thought_hedges_its_content(parsed):
    p = parsed(COMMENT_THOUGHT, sections=True)
    found = frame(speech_or_thought, p, "長引く")
    assert found == Attribution(hedged=True)


def test_the_same_thought_in_the_article_reports_it(parsed):
    assert frame(speech_or_thought, parsed(COMMENT_THOUGHT), "長引く") == Attribution(reported=True)


# -- claims.source: the parties a claim is attributed to (predicate, context, found so far) -----------------


def test_every_framing_verb_up_to_the_root_is_read(parsed):
    p = parsed("米CNNによると、チリは「ペルーとの協定は結ばない」と明かした。")
    found = framing_verbs_above(*p.at("結ば"), NONE_YET)
    assert (found.reported, chain(found)) == (True, ["チリ"])
    treaty = p.one("結ぶ")
    # CNN reports what Chile said: the chain keeps both, outermost first.
    assert [a.text for a in treaty.source_chain] == ["米CNN", "チリ"]
    assert (treaty.source.text, treaty.negated, treaty.object.text) == ("チリ", True, "協定")


def test_the_main_verb_has_no_framing_verb_above_it(parsed):
    assert framing_verbs_above(*parsed(SAID).at("述べ"), NONE_YET) == NONE_YET


# ヤマダ報道官が「…。 : a 。 cut the quotation before its と述べた.
CUT_SHORT = "ヤマダ報道官が記者会見で「厳重に抗議した。さらに大使を召還する」と述べた。"


def test_a_quotation_cut_short_by_a_full_stop_is_its_openers(parsed):
    p = parsed(CUT_SHORT)
    found = speaker_of_quotation_cut_short(*p.at("抗議"), NONE_YET)
    assert (found.reported, chain(found)) == (True, ["ヤマダ"])
    protest = p.one("抗議する")
    assert (protest.modality, protest.source.text, protest.quoted) == ("reported", "ヤマダ", True)


def test_a_sentence_whose_quotation_closes_is_not_cut_short(parsed):
    assert speaker_of_quotation_cut_short(*parsed(CUT_SHORT).at("述べ"), NONE_YET) is None


# The middle sentence of 「…。…。…」と述べた has no framing verb and no 「 of its own.
MIDDLE = (
    "ヤマダ報道官が記者会見で「我が国は抗議を続ける。我が国は大使も召還する。対話には応じない」と述べた。"
)


def test_a_sentence_inside_a_quotation_carried_from_before_is_its_openers(parsed):
    p = parsed(MIDDLE)
    found = carried_quotation_source(*p.at("召還"), NONE_YET)
    assert (found.reported, chain(found)) == (True, ["ヤマダ"])
    recall = p.one("召還する")
    assert (recall.modality, recall.source.text, recall.quoted) == ("reported", "ヤマダ", True)


def test_the_sentence_that_opens_the_quotation_carries_none_in(parsed):
    assert carried_quotation_source(*parsed(MIDDLE).at("続ける"), NONE_YET) is None


ACCORDING_TO = "ロイター通信によると、ケニア軍が国境を越えた。"


def test_niyoru_to_makes_the_outlet_the_source(parsed):
    p = parsed(ACCORDING_TO)
    found = according_to_phrase(*p.at("越え"), NONE_YET)
    assert (found.reported, chain(found)) == (True, ["ロイター通信"])
    crossing = p.one("越える")
    assert (crossing.modality, crossing.source.text) == ("reported", "ロイター通信")


def test_the_report_a_niyoru_to_phrase_states_is_the_writer_s_and_its_subject_the_source(parsed):
    p = parsed("北星新聞が先週伝えたところによれば、ケニア軍が国境を越えた。")
    report = p.one("伝える")
    assert (report.subject.text, report.modality, report.source) == ("北星新聞", "asserted", None)
    crossing = p.one("越える")
    assert (crossing.modality, crossing.source.text) == ("reported", "北星新聞")


def test_the_citing_phrase_is_no_hearsay_of_the_sentence_final_to_iu(parsed):
    # …という frames what the outlet found out, not the outlet's own inquiry.
    p = parsed("北星新聞がケニア政府に取材したところによれば、ケニア軍は国境を越えたという。")
    inquiry = p.one("取材する")
    assert (inquiry.subject.text, inquiry.modality) == ("北星新聞", "asserted")
    assert p.one("越える").modality == "reported"


def test_the_owner_of_a_report_that_is_no_actor_is_the_source(parsed):
    crossing = parsed("警察の発表によると、男が国境を越えた。").one("越える")
    assert crossing.source.text == "警察"


def test_the_owner_of_a_report_past_its_modifier_is_the_source(parsed):
    # 北星新聞の別の記事: the parser hangs the outlet on 別, not on 記事.
    p = parsed("北星新聞の別の記事によると、山田社長は辞任する意向を示した。")
    assert p.one("示す").source.text == "北星新聞"


def test_the_subject_of_a_document_that_is_no_actor_is_the_source(parsed):
    p = parsed("厚生労働省が公開した資料によると、男が国境を越えた。")
    assert p.one("越える").source.text == "厚生労働省"
    assert (p.one("公開する").subject.text, p.one("公開する").modality) == ("厚生労働省", "asserted")


def test_an_actor_with_an_owner_is_itself_the_source(parsed):
    crossing = parsed("ケニアの国防省によると、男が国境を越えた。").one("越える")
    assert crossing.source.text == "国防省"


def test_a_sentence_without_niyoru_to_has_no_outlet(parsed):
    assert according_to_phrase(*parsed("ケニア軍が国境を越え、村を占拠した。").at("越え"), NONE_YET) is None


def test_a_sentence_final_to_iu_passes_on_what_others_say(parsed):
    occupation = parsed("ケニア軍が村を占拠したと言う。").one("占拠する")
    assert (occupation.modality, occupation.source) == ("reported", None)


def test_a_kana_iu_with_a_speaker_named_after_the_content_reports_that_speaker(parsed):
    occupation = parsed("ケニア軍が村を占拠したと、村から逃れた住民がいう。").one("占拠する")
    assert (occupation.modality, occupation.source.text) == ("reported", "住民")


# -- attribution end to end ----------------------------------------------------------------------------------


# チリは「…」とAFPが報じている: the quotation's content is Chile's, as AFP reports it.
QUOTE_REPORTED = "チリは「ペルーが提案した国境線の変更を受け入れなかった」と仏AFP通信が報じている。"


def test_a_quotation_is_reported_and_the_topic_before_it_is_its_subject(parsed):
    p = parsed(QUOTE_REPORTED)
    refusal = p.one("受け入れる")
    assert (refusal.subject.text, refusal.object.text, refusal.negated) == ("チリ", "変更", True)
    assert (refusal.modality, refusal.source.text, refusal.quoted) == ("reported", "仏AFP通信", True)
    assert [a.text for a in refusal.source_chain] == ["仏AFP通信"]


def test_the_reporting_verb_itself_is_asserted(parsed):
    report = parsed(QUOTE_REPORTED).one("報ずる")
    assert report.subject.text == "仏AFP通信"
    assert (report.modality, report.source, report.source_chain) == ("asserted", None, ())
    assert report.quoted is False
    assert report.event == "SAY"


def test_according_to_reports_every_claim_and_nests_the_speaker(parsed):
    p = parsed(
        "現地紙によれば、軍の暫定評議会は3日、国営ラジオで全土を掌握したと宣言し、"
        "議会の解散命令を無効とした。"
    )
    declaration = p.one("宣言する")
    assert (declaration.modality, declaration.source.text) == ("reported", "現地紙")
    seizure = p.one("掌握する")
    assert seizure.subject.text == "暫定評議会"
    assert [a.text for a in seizure.source_chain] == ["現地紙", "暫定評議会"]
    assert seizure.source.text == "暫定評議会"
    # Nとする is a light verb with its object, not the quotative とする.
    annulment = p.one("無効とする")
    assert (annulment.object.text, annulment.modality) == ("解散命令", "reported")


def test_a_sentence_with_no_source_is_asserted_and_its_content_reported(parsed):
    p = parsed("北星商事と南海物産は2日、来年春に経営統合することで一致したと発表した。")
    assert {c.modality for c in p.by_lemma("発表する")} == {"asserted"}
    assert {c.modality for c in p.by_lemma("一致する")} == {"reported"}


def test_a_quotation_split_by_a_full_stop_stays_reported(parsed):
    p = parsed(
        "共同通信によると、ナカムラ外相は閣議後の会見で「交渉は失敗だった。来週にも大使を召還せざるを得ない。"
    )
    recall = p.one("召還する")
    assert recall.subject.text == "ナカムラ"
    # ざるを得ない is a double negative: the recall happens.
    assert (recall.modality, recall.quoted, recall.negated) == ("reported", True, False)


def test_mirareteiru_hedges_the_content(parsed):
    p = parsed("「もう限界だ」と書き残しており、ムワンギ氏は辞任したとみられている。")
    assert p.one("辞任する").modality == "hedged"


def test_mirareru_hedges_its_joined_clauses_but_not_one_before_a_loose_ga(parsed):
    p = parsed(
        "警察庁のカトウ長官は5日に反政府勢力によって拘束されたが、翌日に脱出し、北部に逃れたと見られる。"
    )
    assert p.one("拘束する").modality == "asserted"
    assert p.one("脱出する").modality == "hedged"
    assert p.one("逃れる").modality == "hedged"


def test_a_koto_complement_of_a_speech_verb_is_reported(parsed):
    p = parsed("北星商事は5日、南海物産からの買収提案を役員会で協議することを表明した。")
    review = p.one("協議する")
    assert (review.subject.text, review.object.text, review.modality) == ("北星商事", "買収提案", "reported")
    assert p.one("表明する").modality == "asserted"


def test_a_plan_a_speaker_hints_at_is_reported(parsed):
    p = parsed("新会社の会長に就く田村浩二氏は、来年には工場の売却も検討する考えを示唆した。")
    plan = p.one("検討する")
    assert (plan.subject.text, plan.object.text, plan.modality) == ("田村浩二", "売却", "reported")
    assert p.one("示唆する").modality == "asserted"


def test_the_first_of_two_reported_clauses_is_reported_too(parsed):
    # Xは「…」と明かし、…と報じた: 明かし runs into the complement of 報じる.
    p = parsed(
        "ロイター通信は26日、チリ政府は「協定には署名しない」と明かし、"
        "ペルーが求めた大使の派遣を拒否したと報じている。"
    )
    reveal = p.one("明かす")
    assert (reveal.subject.text, reveal.modality) == ("チリ政府", "reported")
    assert reveal.source.text == "ロイター通信"
    signing = p.one("署名する")
    assert (signing.negated, [a.text for a in signing.source_chain]) == (True, ["ロイター通信", "チリ政府"])
    assert p.one("報ずる").subject.text == "ロイター通信"


def test_one_party_framing_its_own_words_twice_is_one_source(parsed):
    p = parsed("AFP通信によると、チリのロハス外相は、記者会見で「ペルーとの衝突はない」とする認識を示した。")
    clash = p.one("衝突する")
    assert [a.text for a in clash.source_chain] == ["AFP通信", "ロハス"]
    assert clash.negated


def test_attribute_reads_every_source_rule_in_turn(parsed):
    p = parsed("ロイター通信によると、チリ政府は「大使を召還する」と述べた。")
    found = attribute(*p.at("召還"))
    assert (found.reported, found.hedged, chain(found)) == (True, False, ["ロイター通信", "チリ政府"])


# -- constructions the rules once got wrong ----------------------------------------------------------------


def test_a_sentence_final_hiragana_to_iu_passes_on_what_others_say(parsed):
    assert parsed("ケニア軍が村を占拠したという。").one("占拠する").modality == "reported"


def test_the_outlet_of_niyoru_to_is_no_agent_of_a_passive(parsed):
    assert parsed("地元紙によると、ケニアの元首相が病院に運ばれた。").by_lemma("運ぶ") == []


# -- a sentence attributed by the one after it (walker.extract_claims) -------------------------------------


def test_a_sentence_that_only_names_a_reporter_attributes_the_one_before(parsed):
    p = parsed("政府は軍を派遣した。北星新聞が伝えた。")
    assert reporter_of_the_sentence_before(p.contexts[1]).text == "北星新聞"
    dispatch = p.one("派遣する")
    assert (dispatch.modality, text_of(dispatch.source)) == ("reported", "北星新聞")


def test_a_thing_said_of_with_to_iu_is_no_reporter_of_the_sentence_before(parsed):
    p = parsed("北星署は男を逮捕した。宝くじの偽造事件は全国で初めてという。")
    assert reporter_of_the_sentence_before(p.contexts[1]) is None
    assert p.one("逮捕する").source is None


def test_a_report_verb_with_content_of_its_own_attributes_nothing_before(parsed):
    p = parsed("政府は軍を派遣した。北星新聞は首相の辞任を伝えた。")
    assert reporter_of_the_sentence_before(p.contexts[1]) is None
    assert p.one("派遣する").modality == "asserted"
