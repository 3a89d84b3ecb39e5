"""Which phrases name actors (arguments.is_actor, through ``SentenceContext.actor``): common nouns for
people, a person's title that is a verbal noun, the governments of places; and what is none of them."""

from __future__ import annotations

import pytest

from pipeline.claims.arguments import is_actor


def actor_text(p, word: str) -> str | None:
    token, ctx = p.at(word)
    found = ctx.actor(token)
    return found.text if found is not None else None


@pytest.mark.parametrize(
    ("text", "word", "actor"),
    [
        ("男が店に押し入った。", "男", "男"),  # a common noun for a person (person_nouns)
        ("清掃作業員が現場で倒れた。", "作業員", "清掃作業員"),  # a person by its ending (…員)
        ("監督は選手を起用した。", "監督", "監督"),  # a title that is a verbal noun
        ("青葉市は水道料金の値上げを発表した。", "市", "青葉市"),  # a city acts through its government
        ("野球委員会は大会の日程を決めた。", "委員会", "野球委員会"),  # a body ending in 会
    ],
)
def test_people_titles_and_governed_places_are_actors(parsed, text: str, word: str, actor: str):
    p = parsed(text)
    assert actor_text(p, word) == actor
    assert p.claims()[0].subject.text == actor


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("動員は3日に始まった。", "動員"),  # a verbal noun that ends like a person (…員) is an event
        ("青葉半島は多くの観光客を集めた。", "半島"),  # a place with no government of its own
        ("男が店に押し入った。", "店"),
        ("株主総会は新社長を選んだ。", "株主総会"),  # an event, though 会 ends actors' names (協会, 委員会)
        ("県大会は雨で中止された。", "大会"),
        ("不正通行は2年間で300回に及んだ。", "通行"),  # 行 ends bank names (合併行), not verbal nouns
        ("選手の帰国は来週に延びた。", "帰国"),  # nor 国
    ],
)
def test_events_ungoverned_places_and_things_are_no_actors(parsed, text: str, word: str):
    p = parsed(text)
    assert actor_text(p, word) is None


def test_a_place_is_an_actor_only_by_its_head(parsed):
    # 青葉市の中心部: the city is in the phrase, but the phrase names a district of it.
    p = parsed("青葉市の中心部は多くの観光客を集めた。")
    assert actor_text(p, "部") is None
    assert p.claims() == []


def test_a_verbal_noun_object_is_no_actor(parsed):
    token, ctx = parsed("政府は兵士の動員を決めた。").at("動員")
    argument = ctx.argument(token)
    assert argument.text == "動員"
    assert is_actor(argument, token) is False


def test_a_name_that_ends_in_a_verbal_noun_is_an_actor(parsed):
    # 北星|出版: the recognizer's span makes 出版 the end of a publisher's name, not an event.
    p = parsed("北星出版は小説を刊行した。")
    token, ctx = p.at("出版")
    assert is_actor(ctx.argument(token), token) is True
    assert p.one("刊行する").subject.text == "北星出版"
