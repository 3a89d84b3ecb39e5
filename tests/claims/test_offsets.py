"""Every argument says where it stands in the text (context.MentionLinker, anaphora.py): its ``start``
and ``end`` point at the text it is written as. Hand-made mentions and phrases, no model."""

from __future__ import annotations

from pipeline.claims.anaphora import antecedent, members
from pipeline.claims.arguments import Phrase
from pipeline.claims.context import MentionLinker
from pipeline.records import Argument, Mention

TEXT = "北星商事の田中一郎社長は南海物産と会談した。同社は両社の提携を発表し、南海物産労組は反発した。"


def mention(text: str, actor_type: str, at: int = 0) -> Mention:
    start = TEXT.index(text, at)
    return Mention("t", start, start + len(text), text, "rule", actor_type, f"{actor_type}:{text}")


HOKUSEI, TANAKA, NANKAI = (
    mention("北星商事", "organization"),
    mention("田中一郎", "person"),
    mention("南海物産", "organization"),
)
UNION = mention("南海物産", "organization", at=TEXT.index("労組") - 4)
LINKER = MentionLinker([HOKUSEI, TANAKA, NANKAI, UNION], TEXT)


def phrase(text: str, at: int = 0) -> Phrase:
    start = TEXT.index(text, at)
    return Phrase(text, start, start + len(text))


def link(text: str, head: str, at: int = 0) -> Argument:
    found = phrase(text, at)
    head_start = TEXT.index(head, found.start)
    return LINKER.argument(found, head_start, head_start + len(head))


def at(argument: Argument) -> str:
    assert argument.start is not None and argument.end is not None
    return TEXT[argument.start : argument.end]


def test_a_phrase_that_is_a_mention_points_at_it():
    argument = link("南海物産", "南海物産")
    assert (argument.text, argument.entity_id) == ("南海物産", "organization:南海物産")
    assert (argument.start, argument.end) == (NANKAI.start, NANKAI.end)


def test_a_name_with_its_title_stripped_points_at_the_name_alone():
    argument = link("田中一郎社長", "社長")
    assert argument.text == at(argument) == "田中一郎"
    assert argument.entity_id == "person:田中一郎"


def test_a_phrase_that_holds_a_mention_points_at_the_whole_phrase():
    argument = link("南海物産労組", "労組")
    assert argument.text == at(argument) == "南海物産労組"
    assert argument.entity_id == "organization:南海物産"


def test_a_phrase_with_no_mention_points_at_itself():
    argument = link("両社の提携", "提携")
    assert argument.text == at(argument) == "両社の提携"
    assert argument.entity_id is None


def test_an_anaphor_points_at_the_mention_it_stands_for():
    anaphor = phrase("同社")
    found = antecedent(
        Argument("同社", None, None, anaphor.start, anaphor.end), [HOKUSEI, NANKAI], anaphor.start
    )
    assert found is not None and found.text == at(found) == "南海物産"
    assert found.start == NANKAI.start


def test_collective_members_point_at_each_member():
    anaphor = phrase("両社")
    found = members(Argument("両社"), [HOKUSEI, TANAKA, NANKAI], anaphor.start, TEXT)
    assert found is not None
    assert [at(a) for a in found] == ["北星商事", "南海物産"]


def test_offsets_play_no_part_in_equality():
    # The same actor named twice is one argument: coordinations and subject == object checks rely on it.
    assert Argument("北星商事", "organization:北星商事", "organization", 0, 4) == Argument(
        "北星商事", "organization:北星商事", "organization", 30, 34
    )


def test_a_name_with_an_office_after_it_is_the_name_alone():
    text = "山田太郎国土交通大臣は法案を提出した。"
    name = Mention("t", 0, 4, "山田太郎", "Person", "person", "person:山田太郎")
    office = Phrase("山田太郎国土交通大臣", 0, 10)
    argument = MentionLinker([name], text).argument(office, 8, 10)
    assert (argument.text, argument.start, argument.end) == ("山田太郎", 0, 4)


def test_an_organization_with_a_title_word_after_it_keeps_its_phrase():
    text = "北星商事社長室は声明を出した。"
    company = Mention("t", 0, 4, "北星商事", "Company", "organization", "organization:北星商事")
    argument = MentionLinker([company], text).argument(Phrase("北星商事社長室", 0, 7), 4, 7)
    assert argument.text == "北星商事社長室"
