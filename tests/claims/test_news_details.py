"""Details of news prose that decide a claim's fields: a negation carried by a subsidiary verb, a time set
apart by は, a formal stem before とする, a pointer to another page, a の-subject before a modifier of
the noun. Every sentence is made up for its test."""

from __future__ import annotations

from pipeline.claims.modality import is_negated
from pipeline.claims.objects import contrastive_non_actor
from pipeline.claims.references import pointer_to_another_page

from .helpers import text_of


def test_the_negation_of_a_subsidiary_verb_is_the_main_verbs(parsed):
    p = parsed("母親は「息子が帰ってこない」と警察に通報した。")
    assert is_negated(p.find("帰っ"))
    assert p.one("帰る").negated
    assert not parsed("北星社は資料を捨ててしまった。").one("捨てる").negated


def test_a_time_set_apart_by_wa_is_no_object(parsed):
    p = parsed("前年はロシアが部隊を送り込んで制圧した。")
    assert contrastive_non_actor(*p.at("制圧")) is None
    assert p.one("制圧する").object is None


def test_a_thing_set_apart_by_wa_is_the_object(parsed):
    p = parsed("北星国は、独立は認めない。")
    assert [a.text for a in contrastive_non_actor(*p.at("認め"))] == ["独立"]


def test_a_formal_noun_before_to_suru_makes_no_predicate(parsed):
    assert parsed("北星社は、他の店舗は従来どおりとする。").claims() == []
    assert parsed("北星社は、全店舗を休業とする。").one("休業とする").subject.text == "北星社"


def test_a_line_that_points_to_another_page_states_nothing(parsed):
    p = parsed("詳しくは関連記事「北星社が新製品」を参照。北星社は新製品を発表した。")
    assert pointer_to_another_page(p.contexts[0].sentence)
    assert not pointer_to_another_page(p.contexts[1].sentence)
    assert [c.predicate_lemma for c in p.claims()] == ["発表する"]


def test_a_no_subject_before_a_modifier_of_the_noun_is_still_the_clauses(parsed):
    p = parsed("北星社の展開している他の店へ異動する予定だ。")
    business = p.one("展開する")
    assert (business.subject.text, business.object.text) == ("北星社", "店")


def test_a_direction_a_clause_describes_is_no_object_of_it(parsed):
    p = parsed("政府は、外国軍隊が撤退する方向性を示した。")
    assert p.one("撤退する").object is None
    assert p.one("示す").object.text == "方向性"


def test_ni_oite_written_in_kanji_is_no_predicate(parsed):
    p = parsed("北星市に於いては、市長が計画を発表した。")
    assert [c.predicate_lemma for c in p.claims()] == ["発表する"]


def test_a_version_number_cut_at_its_points_is_one_object(parsed):
    p = parsed("ミドリ財団は、新しいバージョン1.0.6をリリースした。")
    assert p.one("リリースする").object.text == "バージョン1.0.6"


def test_oyobi_inside_a_no_phrase_does_not_coordinate_it_with_the_noun_after(parsed):
    p = parsed("ミドリ財団は、ブラウザのミドリおよびメールソフトのアオバの新版を公開した。")
    assert [text_of(c.object) for c in p.by_lemma("公開する")] == ["新版"]
