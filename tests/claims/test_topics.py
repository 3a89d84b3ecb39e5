"""The sentence topic (claims.topic): the actor that clauses with no subject of their own share.

Each rule is called alone on a made-up sentence where it applies and on a close one where it does
not; the claims show that the rule, and no later one, gives the topic.
"""

from __future__ import annotations

from pipeline.claims.topics import (
    first_topic_outside_quotes,
    sentence_topic,
    subject_left_for_the_rest,
    topic_of_main_clause,
)

MO_TOPIC = "ケニアも新たな制裁を発表した。"
GA_ONLY = "ケニア軍が国境を越え、村を占拠した。"
# GiNZA ends a "sentence" after 元首相が、 and starts the next piece with the place.
CUT_AT_COMMA = (
    "14日午後、ペルーのキロガ(ルイス・キロガ)元首相が、ケニア西部、"
    "リフトバレー州(リフトバレーしゅう)ナクル(ナクル)市郊外のロンガイ(ロンガイ)村で"
    "視察中に転倒し、病院に運ばれた。"
)
ONE_PIECE = "14日午後、ペルーのキロガ元首相が視察先で転倒した。"
# The parser hangs AP通信は on the first reported clause, not on the main verb.
HIDDEN_TOPIC = "AP通信は、チリ政府は大使を召還し、抗議声明を出したと報じた。"
TOPIC_IN_QUOTES = "「ケニアは撤退する」と報道官が述べた。"


def test_a_mo_phrase_on_the_main_verb_is_the_topic(parsed):
    ctx = parsed(MO_TOPIC).contexts[0]
    assert topic_of_main_clause(ctx).text == "ケニア"
    assert ctx.topic.text == "ケニア"


def test_a_ga_subject_is_no_topic(parsed):
    ctx = parsed(GA_ONLY).contexts[0]
    assert topic_of_main_clause(ctx) is None
    assert first_topic_outside_quotes(ctx) is None
    assert subject_left_for_the_rest(ctx) is None
    assert ctx.topic is None


def test_a_mo_topic_carries_into_the_next_sentence(parsed):
    # も is no topic for first_topic_outside_quotes: only the main clause's rule finds it.
    p = parsed("ケニアも声明を発表した。\n国境を閉鎖した。")
    closing = p.one("閉鎖する")
    assert (closing.subject.text, closing.subject_from) == ("ケニア", "previous_sentence")


def test_a_subject_left_at_the_end_of_a_piece_the_parser_cut_off_is_the_topic(parsed):
    p = parsed(CUT_AT_COMMA)
    ctx = p.contexts[0]
    assert len([t for t in ctx.sentence if t.dep_ == "ROOT"]) > 1, p.table()
    assert subject_left_for_the_rest(ctx).text == "元首相"
    assert topic_of_main_clause(ctx) is None
    fall = p.one("転倒する")
    assert (fall.subject.text, fall.subject_from) == ("元首相", "topic")


def test_a_sentence_in_one_piece_has_no_subject_left_over(parsed):
    p = parsed(ONE_PIECE)
    assert subject_left_for_the_rest(p.contexts[0]) is None
    assert p.one("転倒する").subject_from == "explicit"


def test_the_first_wa_phrase_is_the_topic_wherever_the_parser_hung_it(parsed):
    p = parsed(HIDDEN_TOPIC)
    ctx = p.contexts[0]
    assert topic_of_main_clause(ctx) is None
    assert first_topic_outside_quotes(ctx).text == "AP通信"
    report = p.one("報ずる")
    assert (report.subject.text, report.subject_from) == ("AP通信", "topic")


def test_a_wa_phrase_inside_quotes_is_no_topic_of_the_sentence(parsed):
    ctx = parsed(TOPIC_IN_QUOTES).contexts[0]
    assert first_topic_outside_quotes(ctx) is None
    assert sentence_topic(ctx) is None


# The parser hangs the quoted ケニア政府は on 叫んだ, the main verb.
QUOTED_ON_THE_ROOT = "「ケニア政府は責任を取れ」とデモ隊が叫んだ。\n首相の辞任も求めた。"


def test_a_wa_phrase_inside_quotes_on_the_main_verb_is_no_topic(parsed):
    p = parsed(QUOTED_ON_THE_ROOT)
    quoted = p.find("政府")
    assert quoted.head == p.find("叫ん") and quoted.head.dep_ == "ROOT", p.table()
    ctx = p.contexts[0]
    assert topic_of_main_clause(ctx) is None
    assert ctx.topic is None
    # So what the next sentence leaves unsaid is the protesters' (the main clause's が-subject).
    demand = p.one("求める")
    assert (demand.subject.text, demand.subject_from) == ("デモ隊", "previous_sentence")


def test_a_non_actor_topic_is_no_topic(parsed):
    ctx = parsed("交渉は来週再開される。").contexts[0]
    assert sentence_topic(ctx) is None
