"""Collective anaphors (anaphora.py): 両社, 両者, 2人 stand for the two actors of their kind named before
them. ``members`` alone on hand-made mentions (no model), then the claims through ``SentenceContext``."""

from __future__ import annotations

from pipeline.claims.anaphora import members
from pipeline.records import Argument, Mention

from .helpers import text_of, texts

TEXT = "北星商事は南海物産と会談した。東洋日報によると、両社は提携で合意した。"


def mention(text: str, actor_type: str = "organization", label: str = "Company", at: str = TEXT) -> Mention:
    start = at.index(text)
    return Mention("t", start, start + len(text), text, label, actor_type, f"{actor_type}:{text}")


HOKUSEI, NANKAI, TOYO = mention("北星商事"), mention("南海物産"), mention("東洋日報", label="Newspaper")
BEFORE = [HOKUSEI, NANKAI, TOYO]
AT = TEXT.index("両社")


def collective(text: str) -> Argument:
    return Argument(text, None, None)


def test_ryosha_stands_for_the_last_two_companies():
    assert texts(members(collective("両社"), BEFORE, AT, TEXT)) == ["北星商事", "南海物産"]
    assert [a.entity_id for a in members(collective("両社"), BEFORE, AT, TEXT)] == [
        "organization:北星商事",
        "organization:南海物産",
    ]


def test_an_outlet_cited_as_a_source_is_no_member():
    # 両者 takes actors of any kind, so only the citation keeps 東洋日報 out.
    assert texts(members(collective("両者"), BEFORE, AT, TEXT)) == ["北星商事", "南海物産"]


def test_the_same_actor_named_twice_counts_once():
    text = "北星商事は南海物産と会談し、北星商事の社長が両社の合意を発表した。"
    before = [
        mention("北星商事", at=text),
        mention("南海物産", at=text),
        Mention(
            "t",
            text.index("北星商事", 5),
            text.index("北星商事", 5) + 4,
            "北星商事",
            "Company",
            "organization",
            "organization:北星商事",
        ),
    ]
    # In the order of their last mentions.
    assert texts(members(collective("両社"), before, text.index("両社"), text)) == ["南海物産", "北星商事"]


def test_a_collective_noun_takes_only_actors_of_its_kind():
    text = "ケニアの北星商事はチリの南海物産と提携した。両国は歓迎した。"
    before = [
        mention("ケニア", "country", "Country", text),
        mention("北星商事", at=text),
        mention("チリ", "country", "Country", text),
        mention("南海物産", at=text),
    ]
    at = text.index("両国")
    assert texts(members(collective("両国"), before, at, text)) == ["ケニア", "チリ"]
    assert texts(members(collective("両社"), before, at, text)) == ["北星商事", "南海物産"]


def test_no_members_for_a_word_that_is_no_collective_anaphor_or_names_an_entity():
    assert members(collective("北星商事"), BEFORE, AT, TEXT) is None
    assert members(collective("両論"), BEFORE, AT, TEXT) is None  # 論 names no kind of actor
    assert members(Argument("両社", "organization:両社", "organization"), BEFORE, AT, TEXT) is None


def test_two_organizations_of_no_known_sector_stand_in_for_two_parties():
    text = "未来連合と緑の未来は連立で合意し、両党は協議を始めた。"
    first = mention("未来連合", label="Organization_Other", at=text)
    second = mention("緑の未来", label="proper_noun", at=text)
    company = mention("北星商事", at="北星商事" + text)
    found = members(collective("両党"), [first, second], text.index("両党"), text)
    assert texts(found) == ["未来連合", "緑の未来"]
    # A company is of a known sector, and no party.
    assert members(collective("両党"), [company, second], text.index("両党"), text) is None


def test_no_members_with_fewer_than_two_actors_of_the_kind():
    assert members(collective("両社"), [HOKUSEI, TOYO], AT, TEXT) is None
    assert members(collective("両国"), BEFORE, AT, TEXT) is None


def lookback_text(gap: int) -> tuple[str, list[Mention]]:
    """北星商事 ends ``gap`` characters before 両社 (南海物産 nearer)."""
    head = "北星商事は南海物産と会談した。"
    text = head + "。" * (gap - (len(head) - 4)) + "両社は提携で合意した。"
    return text, [mention("北星商事", at=text), mention("南海物産", at=text)]


def test_actors_named_up_to_300_characters_before_are_members():
    text, before = lookback_text(300)
    assert text.index("両社") - before[0].end == 300
    assert texts(members(collective("両社"), before, text.index("両社"), text)) == ["北星商事", "南海物産"]


def test_an_actor_named_more_than_300_characters_before_is_no_member():
    text, before = lookback_text(301)
    assert members(collective("両社"), before, text.index("両社"), text) is None


# -- through SentenceContext.actors: one claim per member -------------------------------------------------


def test_the_subject_ryosha_gives_one_claim_per_company(parsed):
    p = parsed("北星商事と南海物産は提携を発表した。\n両社は来春に新会社を設立する。")
    founding = p.by_lemma("設立する")
    assert [(c.subject.text, c.object.text) for c in founding] == [
        ("北星商事", "新会社"),
        ("南海物産", "新会社"),
    ]
    assert founding[1].id == founding[0].id + "-1.0"


def test_a_collective_anaphor_with_too_few_actors_before_it_stays_as_written(parsed):
    founding = parsed("北星商事は新会社の設立を発表した。\n両社は来春に新会社を設立する。").by_lemma(
        "設立する"
    )
    assert [c.subject.text for c in founding] == ["両社"]


def test_the_nouns_listed_before_a_count_are_each_a_subject(parsed):
    p = parsed("北星国と南星国の2か国は協定に署名した。")
    assert sorted(c.subject.text for c in p.by_lemma("署名する")) == ["北星国", "南星国"]
    assert [c.subject.text for c in parsed("隊員の3人が現地に到着した。").by_lemma("到着する")] == ["隊員"]


def test_a_reflexive_subject_is_the_subject_of_the_clause_above(parsed):
    p = parsed("山田容疑者は、自分が店に放火したと供述した。")
    arson = p.one("放火する")
    assert (arson.subject.text, arson.modality, text_of(arson.source)) == ("山田", "reported", "山田")


def test_a_reflexive_that_is_no_subject_leaves_the_subject_alone(parsed):
    assert parsed("山田氏は自分の会社を売却した。").one("売却する").subject.text == "山田"
