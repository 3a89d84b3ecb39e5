"""Which tokens are predicates and their dictionary-form lemma (predicates.py)."""

from __future__ import annotations

import pytest

from pipeline.claims.predicates import is_passive, is_predicate, predicate_lemma, predicate_surface


def lemmas(p) -> list[str]:
    return [c.predicate_lemma for c in p.claims()]


def test_an_adjective_in_a_quotation_is_no_predicate(parsed):
    p = parsed("ムワンギ氏は「本当につらかった」と手紙を残した。")
    assert not is_predicate(p.find("つらかっ"))
    assert lemmas(p) == ["残す"]


def test_the_first_part_of_a_compound_verbal_noun_is_no_predicate(parsed):
    # 在宅|起訴する: only the last part is the verb.
    p = parsed("地検は元社長を近く在宅起訴する方針だ。")
    assert not is_predicate(p.find("在宅"))
    prosecution = p.one("起訴する")
    assert (prosecution.subject.text, prosecution.object.text) == ("地検", "元社長")


def test_a_verbal_noun_under_a_time_suffix_is_no_predicate(parsed):
    # 採決|後に行う: the vote dates the talks, it is no claim of its own.
    p = parsed("地元紙によれば、与野党は予算協議を採決後に行うと発表した。")
    assert not is_predicate(p.find("採決"))
    assert p.by_lemma("採決する") == []
    talks = p.one("行う")
    assert (talks.subject.text, talks.object.text) == ("与野党", "予算協議")


def test_the_same_verbal_noun_with_suru_is_a_predicate(parsed):
    vote = parsed("両党は採決すると発表した。").one("採決する")
    assert vote.subject.text == "両党"


def test_an_imperative_orders_and_states_nothing(parsed):
    p = parsed("デモ隊は「大統領は国を去れ」と叫んだ。")
    assert not is_predicate(p.find("去れ"))
    assert p.by_lemma("去る") == []
    assert p.one("叫ぶ").subject.text == "デモ隊"


def test_a_quotative_to_iu_is_no_predicate(parsed):
    p = parsed("ケニア政府が国境を閉鎖したという情報が流れた。")
    assert not is_predicate(p.find("いう"))
    assert "いう" not in lemmas(p) and "言う" not in lemmas(p)


def test_a_verbal_noun_ending_a_headline_is_a_predicate(parsed):
    p = parsed("北星商事が南海物産の買収を発表。")
    assert is_predicate(p.find("発表"))
    announcement = p.one("発表する")
    assert (announcement.subject.text, announcement.object.text) == ("北星商事", "買収")


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        ("ケニア政府は派兵を拒否した。", "拒否", "拒否する"),  # a verbal noun takes する
        ("ケニア政府は方針を明らかにした。", "し", "明らかにする"),  # the noun before に is the predicate
        ("チリはペルーと仲良くしている。", "し", "仲良くする"),  # an adverb in く written apart
        ("ケニア政府は首相の続投を支持した。", "支持", "支持する"),
        ("警察は容疑者に嘘を言わせた。", "言わ", "言わせる"),  # a causative keeps させる
    ],
)
def test_predicate_lemma(parsed, text: str, word: str, lemma: str):
    assert predicate_lemma(parsed(text).find(word)) == lemma


def test_passives_and_their_surface(parsed):
    p = parsed("ケニア軍の兵士が武装勢力に拘束された。")
    detained = p.find("拘束")
    assert is_passive(detained)
    assert predicate_surface(detained) == "拘束された"
    assert p.one("拘束する").predicate_text == "拘束された"


def test_a_potential_of_eru_is_no_passive(parsed):
    p = parsed("ケニア政府は支持を得られなかった。")
    assert not is_passive(p.find("得"))
    support = p.one("得る")
    assert (support.subject.text, support.object.text, support.negated) == ("ケニア政府", "支持", True)


# -- constructions the rules once got wrong ----------------------------------------------------------------


def test_the_imperative_of_a_verbal_noun_states_nothing(parsed):
    assert parsed("デモ隊は「政府は退陣しろ」と叫んだ。").by_lemma("退陣する") == []


def test_a_verbal_noun_that_is_the_object_of_a_bare_suru_is_the_predicate(parsed):
    claims = parsed("ケニア警察は首相の側近の身柄拘束をした。").by_lemma("身柄拘束する")
    assert [c.subject.text for c in claims] == ["ケニア警察"]
