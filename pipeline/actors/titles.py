"""Titles, posts and honorifics written after a person's name (data/titles.json), and ``strip_title``.

Takes a name as written (``サトウ大統領``, ``山野氏``); gives the name without
them. ``PERSONAL_TITLES`` are those only a person holds, ``KIN_TITLES`` those
that say a name is a person's or a family's.
"""

from __future__ import annotations

import re

from .. import lexicons
from .tokens import MIDDLE_DOTS

# Titles and honorifics that follow a person's name, longest first (the order strip_title tries them in).
TITLES: tuple[str, ...] = lexicons.longest_first("titles", "titles")
# The same, for asking whether a word is one.
TITLE_WORDS: frozenset[str] = frozenset(TITLES)
# Words after a name that say it is a person's or a family's (タナカ兄弟, 光武皇帝).
KIN_TITLES: frozenset[str] = lexicons.words("titles", "kin_titles")
# Titles held only by a person (a head of state, a minister, an honorific), never by a team or a post.
PERSONAL_TITLES: frozenset[str] = lexicons.words("titles", "personal_titles")
# What stands between a name and its title (サトウ・大統領, 山野 氏).
TITLE_STRIP = MIDDLE_DOTS + " 　"


# Ranks the press writes before a name (横綱・白鵬), besides the titles it may write there too (首相・山野).
_RANKS_BEFORE_NAMES: frozenset[str] = lexicons.words("titles", "ranks_before_names")
_TITLE_BEFORE = re.compile(rf"(?P<title>[^{MIDDLE_DOTS}]+)[{MIDDLE_DOTS}](?=.)")


def strip_title_before(text: str) -> str:
    """``横綱・北星山``, ``首相・山野`` → the name after the dot: a rank or a title written before
    the name."""
    before = _TITLE_BEFORE.match(text)
    if before and (before.group("title") in TITLE_WORDS or before.group("title") in _RANKS_BEFORE_NAMES):
        return text[before.end() :]
    return text


def strip_title(text: str) -> str:
    """``プーチン大統領`` → ``プーチン``; ``岸田氏`` → ``岸田``; a bare title stays as it is (only what
    follows the name goes: callers cut spans by the length left)."""
    changed = True
    while changed:
        changed = False
        for title in TITLES:
            if text.endswith(title) and len(text) > len(title):
                text = text[: -len(title)].rstrip(TITLE_STRIP)
                changed = True
                break
    return text
