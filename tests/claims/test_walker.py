"""The walk through a document (walker.py) and what ``extract_claims`` writes, end to end: sentences,
what a sentence leaves the next, one claim per coordinated actor, ids and offsets."""

from __future__ import annotations

import pytest

from pipeline.claims.walker import MAX_TOPIC_CARRY

from .helpers import texts

# GiNZA ends a "sentence" after 元首相が、; the subject and the …によると still reach the predicate.
CUT_AT_COMMA = (
    "時事通信によると、14日午後、ペルーのキロガ(ルイス・キロガ)元首相が、ケニア西部、"
    "リフトバレー州(リフトバレーしゅう)ナクル(ナクル)市郊外のロンガイ(ロンガイ)村で視察中に転倒し、"
    "病院に運ばれた。"
)


def test_pieces_of_a_sentence_the_parser_cut_at_a_comma_are_one_sentence(parsed):
    p = parsed(CUT_AT_COMMA)
    assert len(list(p.units[0].doc.sents)) > 1, p.table()
    assert [ctx.sentence.text for ctx in p.contexts] == [CUT_AT_COMMA]
    fall = p.one("転倒する")
    assert (fall.subject.text, fall.modality, fall.source.text) == ("元首相", "reported", "時事通信")
    assert fall.sentence_text == CUT_AT_COMMA


def test_a_full_stop_ends_a_sentence(parsed):
    p = parsed("ケニアは派兵を拒否した。チリは軍を送った。")
    assert [c.sentence_text for c in p.claims()] == ["ケニアは派兵を拒否した。", "チリは軍を送った。"]
    refusal, sending = p.claims()
    assert (refusal.sentence_start, refusal.sentence_end) == (0, 12)
    assert (sending.sentence_start, sending.sentence_end) == (12, 21)


def test_a_claim_has_its_document_offsets_and_an_id_made_of_them(parsed):
    text = "ケニアは派兵を拒否した。チリは軍を送った。"
    sending = parsed(text).one("送る")
    assert sending.predicate_start == text.index("送")
    assert sending.id == f"t:{sending.predicate_start}"
    assert (sending.doc_id, sending.predicate_text, sending.predicate_lemma) == ("t", "送った", "送る")


# -- what a sentence leaves the next ------------------------------------------------------------------------


CARRY = "ケニア政府は派兵を拒否した。\n隣国の内戦には関与したくないと判断したのかもしれない\n"


def test_the_topic_carries_into_the_next_sentence(parsed):
    thought = parsed(CARRY).one("判断する")
    assert (thought.subject.text, thought.subject_from, thought.modality) == (
        "ケニア政府",
        "previous_sentence",
        "hedged",
    )


def test_no_topic_carries_into_a_comment(parsed):
    as_comment = CARRY.replace("\n", " |\n", 1)
    p = parsed(as_comment, sections=True)
    last = p.contexts[-1]
    assert (last.section, last.carried_topic) == ("comment", None)
    assert p.by_lemma("判断する") == []


def test_the_topic_carry_runs_out_after_sentences_that_say_something(parsed):
    head, tail = CARRY.splitlines(keepends=True)
    notes = "関連記事:隣国の選挙結果が地域の安定に影響する可能性も\n" * MAX_TOPIC_CARRY
    assert parsed(head + notes + tail).by_lemma("判断する") == []


def test_a_line_of_english_does_not_push_the_topic_back(parsed):
    head, tail = CARRY.splitlines(keepends=True)
    english = "See also: East Africa live updates: talks resume in Nairobi as border stays shut\n"
    assert parsed(head + english * MAX_TOPIC_CARRY + tail).one("判断する").subject.text == "ケニア政府"


@pytest.mark.parametrize(("between", "carried"), [(2, True), (3, False)])
def test_the_topic_carries_across_two_sentences_about_something_else_but_not_three(
    parsed, between: int, carried: bool
):
    # Sentences whose verbs have subjects of their own (可能性も…影響する) push the topic back;
    # MAX_TOPIC_CARRY (three) of them end it.
    head, tail = CARRY.splitlines(keepends=True)
    notes = "関連記事:隣国の選挙結果が地域の安定に影響する可能性も\n" * between
    thoughts = parsed(head + notes + tail).by_lemma("判断する")
    assert [c.subject.text for c in thoughts] == (["ケニア政府"] if carried else [])


# Every sentence after the first leaves its subject unsaid: all of them are about 北星商事.
UNSAID = (
    "北星商事は新型電池を発表した。\n来月から量産する。\n海外でも販売する。\n"
    "工場も増設する。\n新たに人員を採用する。"
)


def test_sentences_that_leave_every_subject_unsaid_do_not_age_the_topic(parsed):
    p = parsed(UNSAID)
    # More of them than MAX_TOPIC_CARRY, and the last still takes the topic.
    assert len(p.contexts) > MAX_TOPIC_CARRY + 1
    assert [ctx.carried_topic and ctx.carried_topic.text for ctx in p.contexts] == [None] + ["北星商事"] * 4
    hiring = p.one("採用する")
    assert (hiring.subject.text, hiring.subject_from, hiring.object.text) == (
        "北星商事",
        "previous_sentence",
        "人員",
    )


# 北星商事が…: no topic, but the main clause's が-subject is what the next sentence is about.
GA_SUBJECT = "北星商事が新型電池を発表した。\n来月から量産する。"


def test_the_main_clauses_ga_subject_carries_into_the_next_sentence(parsed):
    p = parsed(GA_SUBJECT)
    assert p.contexts[0].topic is None
    assert p.contexts[1].carried_topic.text == "北星商事"
    production = p.one("量産する")
    assert (production.subject.text, production.subject_from) == ("北星商事", "previous_sentence")


def test_a_ga_subject_that_is_no_actor_carries_nothing(parsed):
    # 株価が上がった: the share price is no actor; the topic from before carries on past it.
    p = parsed("北星商事は新型電池を発表した。\n株価が上がった。\n来月から量産する。")
    assert [ctx.carried_topic and ctx.carried_topic.text for ctx in p.contexts] == [
        None,
        "北星商事",
        "北星商事",
    ]
    assert p.one("量産する").subject.text == "北星商事"


def test_the_outlet_of_a_sentence_that_only_reports_is_not_carried(parsed):
    # …北星新聞が伝えた。: the next sentence goes on with the news, not with the outlet that carried it.
    p = parsed("北星商事は新型電池を発表した。\n北星新聞が伝えた。\n来月から量産する。")
    assert [ctx.carried_topic and ctx.carried_topic.text for ctx in p.contexts] == [
        None,
        "北星商事",
        "北星商事",
    ]
    assert p.one("量産する").subject.text == "北星商事"


def test_the_speaker_of_a_quotation_still_open_is_carried_into_the_next_sentence(parsed):
    p = parsed("ヤマダ報道官が記者会見で「厳重に抗議した。さらに大使を召還する」と述べた。")
    first, second = p.contexts
    assert (first.open_quote, first.carried_speaker) == (False, None)
    assert second.open_quote and second.carried_speaker.text == "ヤマダ"


# -- one claim per coordinated actor ------------------------------------------------------------------------


MERGER = "北星商事と南海物産は2日、来年春に経営統合することで一致したと発表した。"


def test_coordinated_subjects_give_one_claim_each_with_its_own_id(parsed):
    announcements = parsed(MERGER).by_lemma("発表する")
    assert [c.subject.text for c in announcements] == ["北星商事", "南海物産"]
    first, second = announcements
    assert second.id == first.id + "-1.0"
    assert first.predicate_start == second.predicate_start


def test_a_coordinated_topic_gives_each_of_its_actors_to_the_clauses_it_covers(parsed):
    p = parsed(MERGER)
    assert texts(p.contexts[0].topics) == ["北星商事", "南海物産"]
    assert [c.subject.text for c in p.by_lemma("統合する")] == ["北星商事", "南海物産"]


def test_a_single_topic_stays_one_subject(parsed):
    p = parsed("チリ政府は、首相と会談した後、声明を発表した。")
    assert [c.subject.text for c in p.by_lemma("会談する")] == ["チリ政府"]


def test_quoted_names_in_apposition_to_a_party_are_actors_and_coordinate(parsed):
    p = parsed("下院第1党「祖国と未来」と第2党の「共和民主連合」は、連立政権を組むことで合意した。")
    agreements = p.by_lemma("合意する")
    # The と inside 「祖国と未来」 coordinates nothing; the one after 」 does.
    assert [c.subject.text for c in agreements] == ["祖国と未来", "共和民主連合"]
    assert {(c.event, c.polarity) for c in agreements} == {("AGREE", "cooperation")}


def test_a_quoted_word_is_no_actor_by_itself(parsed):
    p = parsed("ロハス大統領も「国境線の変更」に関しては口を閉ざしている。")
    assert [c.subject.text for c in p.by_lemma("閉ざす")] == ["ロハス"]


def test_a_collective_anaphor_stands_for_the_two_actors_named_before_it(parsed):
    # 両社: the two companies of the sentence before, one claim each.
    p = parsed("北星商事は南海物産と会談した。両社は提携で合意した。")
    agreements = p.by_lemma("合意する")
    assert [c.subject.text for c in agreements] == ["北星商事", "南海物産"]
    assert [c.subject.entity_id for c in agreements] == [
        p.one("会談する").subject.entity_id,
        p.one("会談する").object.entity_id,
    ]


def test_a_phrase_with_no_coordinated_noun_is_not_split(parsed):
    p = parsed("国連のハマド報道官は、襲撃は反政府組織から分かれた集団が実行したと語った。")
    assert len(p.by_lemma("語る")) == 1


def test_gapped_subjects_in_a_report_each_get_a_claim_and_the_reporter_keeps_its_own(parsed):
    p = parsed("モラレス候補が48%、ベガ候補が35%の票を得たとチリ国営放送が伝えた。")
    votes = p.by_lemma("得る")
    assert [c.subject.text for c in votes] == ["モラレス候補", "ベガ候補"]
    assert {c.source.text for c in votes} == {"チリ国営放送"}
    assert p.one("伝える").subject.text == "チリ国営放送"


# -- subjects across clauses, end to end --------------------------------------------------------------------


def test_a_topic_the_parser_hung_on_the_quotation_is_still_the_topic(parsed):
    p = parsed("地元紙によると、住民らは「今回の判決は、行政による責任逃れだ」と批判し、上告する方針。")
    assert p.one("批判する").subject.text == "住民ら"
    assert p.one("上告する").subject.text == "住民ら"


def test_a_relative_clause_on_a_time_noun_takes_the_topic_and_its_report(parsed):
    p = parsed("地元紙によると、カトウ氏は朝に自宅を出て、警護官と共に視察していた途中の8時頃に倒れた模様。")
    tour = p.one("視察する")
    assert (tour.subject.text, tour.modality, tour.source.text) == ("カトウ", "reported", "地元紙")


def test_a_relative_clause_on_a_plain_noun_keeps_that_noun_as_object(parsed):
    p = parsed("隣国でさえも「大統領が一方的に始めた紛争には関わりたくない」と思っているのだろう。")
    start = p.one("始める")
    assert (start.subject.text, start.object.text) == ("大統領", "紛争")


def test_clauses_in_a_relative_clause_share_its_actor_but_the_main_verb_keeps_the_topic(parsed):
    p = parsed(
        "チリ外務省のロハス報道官は会見を開いた。"
        "特に、港を整備して銅を輸出する計画を進めているペルーについて、"
        "「ペルーの判断には驚いた」と触れた。"
    )
    harbour, export = p.one("整備する"), p.one("輸出する")
    assert (harbour.subject.text, harbour.object.text) == ("ペルー", "港")
    assert (export.subject.text, export.object.text) == ("ペルー", "銅")
    assert p.one("触れる").subject.text == "ロハス"


def test_an_unaccusative_verb_whose_subject_is_no_actor_is_no_claim(parsed):
    p = parsed(
        "当初は首相自身が語っていた通り政権の延命が目的だったのだろうが、"
        "野党の抵抗が強まった事で情勢が変わった。"
    )
    assert p.by_lemma("変わる") == []
    p = parsed("ケニア政府は野党を説得した。その後も、野党の強硬な態度は変わらず、政府は臨時国会を開いた。")
    assert p.by_lemma("変わる") == []
    assert p.one("開く").object.text == "臨時国会"


def test_hypothetical_claims_are_left_out_unless_asked_for(parsed):
    p = parsed("ケニアが協力したら、停戦は実現する。")
    assert p.claims() == []
    assert [(c.predicate_lemma, c.modality) for c in p.claims(include_hypothetical=True)] == [
        ("協力する", "hypothetical")
    ]


def test_a_negated_relative_clause_on_an_actor_who_is_welcomed(parsed):
    p = parsed(
        "国連安保理は周辺国の判断に驚きながらも「国境に軍を送らなかったチリを歓迎する」との声明を出した。"
    )
    sending = p.one("送る")
    assert (sending.subject.text, sending.subject_from, sending.negated) == ("チリ", "relative", True)
    # Not sending troops is no MOBILIZE or AID: negation changes the event.
    assert (sending.event, sending.polarity) == ("REJECT", "conflict")
    welcome = p.one("歓迎する")
    assert (welcome.subject.text, welcome.object.text) == ("国連安保理", "チリ")
    assert p.one("驚く").subject.text == "国連安保理"
