"""The .txt convention that splits an article from its reader comments (pipeline/sections.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.io.sections import split_sections
from pipeline.records import Section

from ..conftest import SEEDS

SEED = SEEDS / "000_7ef4c1ac817967bc.txt"
GOLD = Path("/work/shared/dev_gold/seed_claims.json")


def test_line_ending_in_bar_ends_the_article_and_each_line_after_is_a_comment() -> None:
    text = (
        "記事の本文。\nお知らせ:発信を再開しました。"
        " |\n港の再開はまだ先らしい\n\n早く元の暮らしに戻れますように\n"
    )
    sections = split_sections(text)
    assert sections[0] == Section("article", 0, text.index("港"))
    comments = [text[s.start : s.end] for s in sections[1:]]
    assert comments == ["港の再開はまだ先らしい", "早く元の暮らしに戻れますように"]
    assert {s.name for s in sections[1:]} == {"comment"}


def test_full_width_bar_also_ends_the_article() -> None:
    assert split_sections("本文。｜\nコメント\n")[1] == Section("comment", 5, 9)


def test_separator_line_belongs_to_neither_section() -> None:
    text = "本文。\n-----\nコメント一つ目\nコメント二つ目"
    sections = split_sections(text)
    assert sections[0] == Section("article", 0, 4)
    assert [text[s.start : s.end] for s in sections[1:]] == ["コメント一つ目", "コメント二つ目"]


def test_a_bar_inside_a_line_or_text_without_separator_is_all_article() -> None:
    assert split_sections("A | B の比較。\n次の文。") == ()
    assert split_sections("本文だけの記事。\n二行目。\n") == ()


def test_nothing_after_the_separator_gives_no_sections() -> None:
    assert split_sections("本文。 |\n\n") == ()


@pytest.mark.skipif(not (SEED.exists() and GOLD.exists()), reason="needs the seed and its gold sections")
def test_seed_sections_agree_with_the_gold() -> None:
    text = SEED.read_text(encoding="utf-8")
    [gold] = json.loads(GOLD.read_text(encoding="utf-8"))["documents"]
    sections = split_sections(text)
    by_name = {g["name"]: g for g in gold["sections"]}
    assert (sections[0].start, sections[0].end) == (by_name["article"]["start"], by_name["article"]["end"])
    assert sections[1].start == by_name["comment"]["start"]
    assert sections[-1].end <= by_name["comment"]["end"]
