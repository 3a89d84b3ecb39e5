"""Reference lines (references.py): a line that cites a source states no claim, the rest of the text does."""

from __future__ import annotations

from pipeline.claims.references import (
    cited_title,
    dated_source,
    in_a_reference,
    title_before_a_dated_source,
    url,
)

# A sentence with a claim of its own comes first, so that a reference line has a topic to carry.
LEAD = "北星電機は新製品を発表した。"


def lemmas(p) -> list[tuple[str, str | None]]:
    return [(c.predicate_lemma, c.object and c.object.text) for c in p.claims()]


def line_of(p, word: str):
    token, ctx = p.at(word)
    return token, ctx.sentence


def test_a_headline_run_into_a_source_and_a_cited_title_gives_no_claim(parsed):
    p = parsed(LEAD + "北星電機、新工場の建設を発表北星新報『北星電機が新工場』。")
    headline, line = line_of(p, "建設")
    assert cited_title(line) and in_a_reference(headline, line)
    assert lemmas(p) == [("発表する", "新製品")]


def test_a_title_right_after_another_headline_is_a_citation(parsed):
    # …の建設を発表『題』。: no particle joins the title to the verbal noun before it.
    p = parsed(LEAD + "北星電機、新工場の建設を発表『北星電機が新工場』。")
    assert cited_title(p.ctx_of(p.find("建設")).sentence)
    assert lemmas(p) == [("発表する", "新製品")]


def test_a_work_named_after_a_common_noun_is_no_citation(parsed):
    # …を発表した映画『笑う門』。: the word before the title is no medium's name, and no date.
    p = parsed("北星社は新作を発表した映画『笑う門』。")
    verb, line = line_of(p, "発表")
    assert not cited_title(line) and not in_a_reference(verb, line)
    assert ("発表する", "新作") in lemmas(p)


def test_a_sentence_that_ends_inside_the_line_keeps_its_claims(parsed):
    p = parsed(LEAD + "(北星電機は旧工場を閉鎖した。)北星新報『新工場の建設へ』。")
    closing, line = line_of(p, "閉鎖")
    assert in_a_reference(p.find("新報"), line) and not in_a_reference(closing, line)
    assert ("閉鎖する", "旧工場") in lemmas(p)


def test_a_source_and_its_date_give_no_claim(parsed):
    p = parsed(LEAD + "北星電機、工場の閉鎖を決定北星新報、2012年3月4日10時5分(UTC+9)。")
    headline, line = line_of(p, "決定")
    assert dated_source(line) and in_a_reference(headline, line)
    assert lemmas(p) == [("発表する", "新製品")]


def test_a_source_and_a_date_after_a_space_give_no_claim(parsed):
    p = parsed(LEAD + "北星電機が工場の閉鎖を決定北星新報 2012年3月4日")
    assert dated_source(p.ctx_of(p.find("決定")).sentence)
    assert lemmas(p) == [("発表する", "新製品")]


def test_a_date_after_a_comma_that_follows_no_name_is_no_source(parsed):
    # …と発表したのは、4月8日。: a cleft dated by its focus, not a source's line.
    p = parsed("北星電機は、新工場の建設を発表したのは、4月8日。")
    verb, line = line_of(p, "発表")
    assert not dated_source(line)
    assert ("発表する", "建設") in lemmas(p)


def test_a_line_that_ends_in_an_address_after_a_source_gives_no_claim(parsed):
    p = parsed(LEAD + "北星電機、工場の閉鎖を決定北星新報 http://example.org/news/1")
    assert url(p.ctx_of(p.find("決定")).sentence)
    assert lemmas(p) == [("発表する", "新製品")]
    # A cited headline with a verb of its own: its act would be the last topic's.
    q = parsed(LEAD + "北星電機、工場閉鎖を決める 北星新報 http://example.org/news/1")
    assert lemmas(q) == [("発表する", "新製品")]


def test_an_address_inside_a_sentence_is_no_reference(parsed):
    p = parsed("北星電機は、新サイト(www.example.org)の運営を始めた。")
    assert not url(p.ctx_of(p.find("始め")).sentence)
    assert [lemma for lemma, _ in lemmas(p)] == ["始める"]


def test_a_headline_in_brackets_before_a_source_and_a_date_gives_no_claim(parsed):
    # The parser ends a sentence at 」: the headline is a line of its own, the source and date follow it.
    p = parsed(LEAD + "「新工場の建設を発表」 北星通信 2010年5月1日")
    assert title_before_a_dated_source(p.ctx_of(p.find("建設")).sentence)
    assert lemmas(p) == [("発表する", "新製品")]


def test_a_quotation_before_a_sentence_of_its_own_is_no_headline(parsed):
    p = parsed(LEAD + "「新工場の建設を発表」 北星通信は伝えた。")
    assert not title_before_a_dated_source(p.ctx_of(p.find("建設")).sentence)
    assert ("伝える", None) in lemmas(p)


def test_a_title_the_line_goes_on_after_is_no_citation(parsed):
    # The parser may end a sentence at a 』 inside one (…名前を『かがやき』・『はくたか』|とした。): a title
    # that the line goes on after is no citation, though a separator comes before it.
    p = parsed("北星鉄道は、新しい列車の名前を『かがやき』・『はくたか』とした。")
    sentence = p.ctx_of(p.find("北星")).sentence
    cut = next(t.i for t in sentence if t.text == "と" and t.nbor(-1).text == "』")
    assert not cited_title(sentence.doc[sentence.start : cut])


def test_each_part_of_a_sentence_run_together_is_a_line_of_its_own(parsed):
    # The parser sometimes runs a line and the next into one sentence: each part that ends in a
    # citation is a reference, a statement before it is not.
    p = parsed(
        "北星電機は工場を閉鎖した。北星電機、工場の売却を決定『北星電機の決算』。北星新報、2012年3月4日。"
    )
    doc = p.find("閉鎖").doc
    both = doc[0 : len(doc)]
    assert not in_a_reference(p.find("閉鎖"), both)
    assert in_a_reference(p.find("決定"), both) and in_a_reference(p.find("新報"), both)
