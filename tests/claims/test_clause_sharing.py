"""Subjects shared along a chain of clauses, both ways: from the clause a sentence opens with to the verbs
after it, and from a means clause (…することで). Every sentence is made up for its test."""

from __future__ import annotations

from pipeline.claims.subjects import (
    announcer_inside_the_announcement,
    ga_subject_displaced_into_a_clause,
    ga_subject_of_a_set_off_clause,
    ga_subject_of_an_earlier_clause,
    ga_subject_of_the_opening_clause,
)

# -- claims.subject: ga_subject_of_the_opening_clause ------------------------------------------------------


def test_the_ga_subject_of_the_opening_clause_is_the_main_verbs(parsed):
    p = parsed("社長が経費を削り、赤字を埋めた。")
    found = ga_subject_of_the_opening_clause(*p.at("埋め"))
    assert (found.token.text, found.how) == ("社長", "clause")
    assert p.one("埋める").subject.text == "社長"


def test_the_ga_subject_of_a_means_clause_is_the_main_verbs(parsed):
    p = parsed("社長が経費を削ることで赤字を埋めた。")
    assert ga_subject_of_the_opening_clause(*p.at("埋め")).token.text == "社長"


def test_a_topic_in_the_sentence_keeps_the_opening_clauses_subject_to_itself(parsed):
    # 政府は、A社が撤退した後…: where a topic stands over the sentence, a が inside a clause is another's.
    p = parsed("政府は、北星電機が工場を閉鎖し、跡地を買い取った。")
    assert ga_subject_of_the_opening_clause(*p.at("買い取っ")) is None


def test_an_opening_clause_whose_subject_is_no_actor_gives_none(parsed):
    assert ga_subject_of_the_opening_clause(*parsed("雨が降り、試合を中止した。").at("中止")) is None


# -- claims.subject_chain: ga_subject_of_an_earlier_clause -------------------------------------------------


def test_a_middle_clause_shares_the_opening_clauses_ga_subject(parsed):
    p = parsed("男が店に押し入り、現金を奪って逃げた。")
    robbery, ctx = p.at("奪っ")
    found = ga_subject_of_an_earlier_clause(robbery, robbery.head, robbery, ctx)
    assert (found.token.text, found.how) == ("男", "clause")
    assert p.one("奪う").subject.text == "男"


def test_a_clause_after_one_with_a_subject_of_its_own_does_not_borrow_another(parsed):
    p = parsed("男が店に押し入り、店員が警察に通報した。")
    assert p.one("通報する").subject.text == "店員"
    call, ctx = p.at("押し入り")
    assert ga_subject_of_an_earlier_clause(call, call.head, call, ctx) is None


# -- claims.subject_chain: subject_of_joined_clause --------------------------------------------------------


def test_a_clause_shares_only_a_subject_written_before_it(parsed):
    # …起訴し、北星簡裁も…出した: the も-subject of the later clause is not the earlier clause's.
    p = parsed("北星区検は、規則の変更を見落としたまま、男性を起訴し、北星簡裁も、罰金の命令を出した。")
    assert p.one("起訴する").subject.text == "北星区検"
    assert p.one("出す").subject.text == "北星簡裁"


# -- claims.subject: ga_subject_displaced_into_a_clause ----------------------------------------------------


def test_a_ga_subject_hung_on_a_clause_with_a_nearer_one_is_the_verb_aboves(parsed):
    p = parsed("北星電機が5日付けの文書で、部品に不具合があることを発表した。")
    found = ga_subject_displaced_into_a_clause(*p.at("発表"))
    assert (found.token.text, found.how) == ("電機", "explicit")
    assert p.one("発表する").subject.text == "北星電機"


def test_the_subject_of_a_clause_inside_the_content_stays_there(parsed):
    # …北星軍が…を認めたとし、…があったと主張していた: 北星軍 is what the claim says admitted it, not who
    # claims; a verb further up with a が of its own does not make it displaced.
    p = parsed("その後、文書をもとに、北星軍が捕虜の移送を認めたとし、国に違反があったと訴えていた。")
    claim, ctx = p.at("訴え")
    assert ga_subject_displaced_into_a_clause(claim, ctx) is None
    assert p.by_lemma("訴える") == []


def test_the_subject_of_a_relative_clause_is_not_lifted_out_of_it(parsed):
    p = parsed("北星電機が開発した製品を採用した。")
    assert ga_subject_displaced_into_a_clause(*p.at("採用")) is None
    assert p.by_lemma("採用する") == []


# -- claims.subject: ga_subject_of_a_set_off_clause --------------------------------------------------------


def test_the_main_verb_shares_the_subject_of_a_clause_set_off_by_a_comma_hung_in_a_relative_clause(parsed):
    # The parser hangs 会見をし、 on 遅れた, inside the relative clause on こと.
    p = parsed(
        "北星電機の田中一郎社長が10日に記者会見をし、部品の納入が遅れたことについて「管理に不備があった」と謝罪した。"
    )
    found = ga_subject_of_a_set_off_clause(*p.at("謝罪"))
    assert (found.token.text, found.how) == ("社長", "clause")
    assert p.one("謝罪する").subject.text == "田中一郎"


def test_the_patient_of_a_passive_set_off_clause_is_not_the_main_verbs_subject(parsed):
    assert (
        ga_subject_of_a_set_off_clause(*parsed("北星銀行が買収され、翌月に店舗を閉じた。").at("閉じ")) is None
    )


def test_a_clause_of_contrast_keeps_its_subject(parsed):
    p = parsed("北星電機が工場を建てたが、翌年には閉鎖した。")
    assert ga_subject_of_a_set_off_clause(*p.at("閉鎖")) is None


def test_a_topic_that_is_no_actor_keeps_the_set_off_clauses_subject_to_itself(parsed):
    p = parsed("調査チームは、北星電機が工場を閉鎖し、跡地を売却したと結論づけた。")
    assert ga_subject_of_a_set_off_clause(*p.at("結論")) is None


def test_a_clause_inside_what_a_copula_says_keeps_its_subject(parsed):
    # 北星家が築き、…都市であり、: the clause modifies 都市; the city is what faces the sea.
    p = parsed("北星家が築き、のちに幕府が置かれた都市であり、海に面している。")
    assert ga_subject_of_a_set_off_clause(*p.at("面し")) is None


# -- claims.subject: announcer_inside_the_announcement -----------------------------------------------------


def test_who_announces_their_own_act_is_the_subject_the_parser_hung_in_it(parsed):
    p = parsed("北星新聞によると、北星ベアーズの山田一郎監督が今季限りで辞任すると会見で明らかにした。")
    clear = p.find("明らか")
    verb = next(t for t in p.tokens() if t.lemma_ == "する" and t.i > clear.i)
    found = announcer_inside_the_announcement(verb, p.ctx_of(verb))
    assert (found.token.text, found.how) == ("監督", "explicit")
    assert p.one("明らかにする").subject.text == "山田一郎"


def test_a_report_of_anothers_act_gives_the_reporter_no_subject_from_it(parsed):
    p = parsed("北星新聞によると、首相が辞任すると報じた。")
    assert announcer_inside_the_announcement(*p.at("報じ")) is None
    assert p.by_lemma("報じる") == []


# -- claims.subject_check: gapped_subjects, with several が-subjects on one verb ----------------------------


def test_several_ga_subjects_of_one_verb_each_have_their_claim(parsed):
    p = parsed("また日本勢では山田一郎選手が5位、田中次郎選手が6位に入った。")
    assert sorted(c.subject.text for c in p.by_lemma("入る")) == ["山田一郎", "田中次郎"]


def test_one_ga_subject_is_one_claim(parsed):
    assert [c.subject.text for c in parsed("山田一郎選手が5位に入った。").by_lemma("入る")] == ["山田一郎"]


# -- coordination with および (arguments.conjuncts) ---------------------------------------------------------


def test_nouns_joined_by_oyobi_are_coordinated(parsed):
    p = parsed("北星テレビおよび北星新聞は、首相が辞任すると報道した。")
    assert sorted(c.subject.text for c in p.by_lemma("報道する")) == ["北星テレビ", "北星新聞"]
