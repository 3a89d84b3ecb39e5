"""Anaphors and bare titles resolved to their antecedent's node, or dropped (no model: mentions by hand)."""

from __future__ import annotations

from pipeline.actors.candidates import LABEL_KNOWN_ORG
from pipeline.actors.coreference import (
    LABEL_ALIAS,
    LABEL_ANAPHOR,
    LABEL_READING,
    LABEL_TITLE,
    refers_back,
    resolve_anaphors,
)
from pipeline.actors.nodes import RawMention
from pipeline.actors.resolve import resolve
from pipeline.graph.build import REFERRING_LABELS


def _mentions(text: str, *spans: tuple[str, str, int]) -> list[RawMention]:
    """``(surface, type, occurrence)`` → the RawMention the recognizer would have given."""
    found = []
    for surface, actor_type, nth in spans:
        start = -1
        for _ in range(nth + 1):
            start = text.index(surface, start + 1)
        found.append(RawMention(start, start + len(surface), "test", resolve(surface, actor_type)))
    return sorted(found, key=lambda r: (r.start, r.end))


def _resolved(text: str, raw: list[RawMention]) -> list[tuple[str, str, str]]:
    return [(text[r.start : r.end], r.resolved.key, r.label) for r in resolve_anaphors(raw, text, resolve)]


def test_a_bare_do_anaphor_is_left_to_the_claims():
    text = "ミドリ電機は新製品を発表した。同社は来月から販売する。"
    raw = _mentions(text, ("ミドリ電機", "organization", 0), ("同社", "organization", 0))
    assert [m[0] for m in _resolved(text, raw)] == ["ミドリ電機"]


def test_a_name_a_do_anaphor_opens_with_no_antecedent_is_no_mention():
    text = "同県警は来月から調べる。北星県警が調べている。"
    raw = _mentions(text, ("同県警", "organization", 0), ("北星県警", "organization", 0))
    assert [m[0] for m in _resolved(text, raw)] == ["北星県警"]


def test_a_name_a_do_anaphor_opens_is_its_antecedent_s_name_and_the_rest():
    text = "ロシアでは感染が広がり、同国保健省が対策を発表した。"
    raw = _mentions(text, ("ロシア", "country", 0), ("同国保健省", "organization", 0))
    assert ("同国保健省", "ロシア保健省", LABEL_ANAPHOR) in _resolved(text, raw)


def test_a_body_named_again_with_do_is_the_same_body():
    text = "北星県警は捜査を始めた。同県警によると、男は容疑を認めている。"
    raw = _mentions(text, ("北星県警", "organization", 0), ("同県警", "organization", 0))
    assert ("同県警", "北星県警", LABEL_ANAPHOR) in _resolved(text, raw)


def test_a_bare_title_is_the_person_the_text_gave_it():
    text = "山野首相は会見で増税を否定した。首相は来週訪米する。"
    raw = _mentions(text, ("山野", "person", 0))
    assert ("首相", "山野", LABEL_TITLE) in _resolved(text, raw)


def test_a_bare_title_nobody_held_in_the_text_is_no_mention():
    text = "山野太郎氏は会見した。首相は来週訪米する。首相官邸で会談がある。"
    raw = _mentions(text, ("山野太郎", "person", 0))
    assert [m[0] for m in _resolved(text, raw)] == ["山野太郎"]


def test_the_graph_knows_the_labels_of_referring_mentions():
    assert {LABEL_ANAPHOR, LABEL_TITLE, LABEL_READING} == REFERRING_LABELS


def test_a_reading_in_brackets_after_a_name_names_the_same_actor():
    text = (
        "北星研究所（ほくせいけんきゅうじょ、英: Hokusei Institute）は、山野太郎（やまの たろう）が設立した。"
    )
    raw = _mentions(text, ("北星研究所", "organization", 0), ("山野太郎", "person", 0))
    resolved = _resolved(text, raw)
    assert ("ほくせいけんきゅうじょ", "北星研究所", LABEL_READING) in resolved
    assert ("やまの たろう", "山野太郎", LABEL_READING) in resolved


def test_what_a_recognizer_found_inside_a_name_s_reading_is_the_name():
    text = "北星国（ほくせいのくに）は、かつての地方区分である。"
    raw = _mentions(text, ("北星国", "location", 0), ("ほくせい", "person", 0))
    assert _resolved(text, raw) == [
        ("北星国", "北星国", "test"),
        ("ほくせいのくに", "北星国", LABEL_READING),
    ]


def test_hiragana_inside_the_reading_of_a_common_word_are_no_mention():
    text = "通学定期券（つうがくていきけん）は、ミドリ鉄道（みどりてつどう）が販売する。"
    raw = _mentions(text, ("けん", "person", 0), ("ミドリ鉄道", "organization", 0))
    assert [m[0] for m in _resolved(text, raw)] == ["ミドリ鉄道", "みどりてつどう"]


def test_an_abbreviation_in_brackets_after_a_body_is_that_body_wherever_the_document_writes_it():
    text = "北星獣疫機構（HEO）は22日、指針を発表した。HEO社の職員によると、HEOSとは別の機関だ。"
    raw = _mentions(text, ("北星獣疫機構", "organization", 0), ("HEO社", "organization", 0))
    assert _resolved(text, raw) == [
        ("北星獣疫機構", "北星獣疫機構", "test"),
        ("HEO", "北星獣疫機構", LABEL_ALIAS),
        ("HEO社", "北星獣疫機構", "test"),
    ]


def test_the_short_form_the_brackets_name_after_other_words_is_an_alias_too():
    text = "北星蹴球連盟（英語: Hokusei Football League、略称: HFL）は、HFLとも呼ばれる。"
    raw = _mentions(text, ("北星蹴球連盟", "organization", 0))
    assert [m for m in _resolved(text, raw) if m[2] == LABEL_ALIAS] == [
        ("HFL", "北星蹴球連盟", LABEL_ALIAS),
        ("HFL", "北星蹴球連盟", LABEL_ALIAS),
    ]


def test_a_name_before_the_abbreviation_of_a_known_body_is_that_body():
    text = "北星通信社（AFP）によると、AFPの記者が現地入りした。"
    raw = _mentions(text, ("北星通信社", "organization", 0), ("AFP", "organization", 1))
    start = text.index("AFP")
    raw.append(RawMention(start, start + 3, LABEL_KNOWN_ORG, resolve("AFP", "organization", LABEL_KNOWN_ORG)))
    known = resolve("AFP", "organization", LABEL_KNOWN_ORG).key
    assert [m[1] for m in _resolved(text, sorted(raw, key=lambda r: r.start))] == [known, known, known]


def test_capitals_in_brackets_after_a_place_or_a_person_or_among_other_words_are_no_alias():
    text = "ワシントン（AP）によると、山野太郎（MVP）とミドリ連合（加盟: 北星、ABC）が受賞した。"
    raw = _mentions(
        text, ("ワシントン", "location", 0), ("山野太郎", "person", 0), ("ミドリ連合", "organization", 0)
    )
    assert [m[0] for m in _resolved(text, raw)] == ["ワシントン", "山野太郎", "ミドリ連合"]


def test_brackets_after_a_name_that_hold_no_reading_are_no_mention():
    text = "北星研究所（1950年設立）と山野太郎（当時30歳）、北星ドラゴンズ（ミドリドーム）。"
    raw = _mentions(
        text,
        ("北星研究所", "organization", 0),
        ("山野太郎", "person", 0),
        ("北星ドラゴンズ", "organization", 0),
    )
    assert [m[0] for m in _resolved(text, raw)] == ["北星研究所", "山野太郎", "北星ドラゴンズ"]


def test_a_phrase_that_only_refers_back_is_told_from_a_name():
    assert all(refers_back(phrase) for phrase in ("首相", "社長", "同社", "同氏", "同首相", "同県"))
    assert not any(refers_back(phrase) for phrase in ("山野首相", "同様", "同日", "ミドリ電機", "デモ隊"))


def test_an_honorific_after_a_name_in_kana_is_no_bare_title():
    text = "歌手のいづみさんが来日した。いづみさんは会見した。"
    raw = _mentions(text, ("いづみ", "person", 0), ("いづみ", "person", 1))
    assert [m[0] for m in _resolved(text, raw)] == ["いづみ", "いづみ"]
