"""Make text safe to parse and to write without moving a single character.

Control characters, zero-width and other format characters, and HTML tags
are blanked out with spaces of the same length, so that every offset into
the cleaned text is an offset into the decoded text too. Values shown to a
person (GraphML labels and attributes) lose them altogether.
"""

from __future__ import annotations

import re

_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]{0,2000})?/?>|<!--.{0,10000}?-->", re.DOTALL)

# Characters that carry no visible text: C0/C1 controls but tab and line feed, zero-width and bidi
# format characters, line/paragraph separators, BOM, surrogates, private use, and noncharacters.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f"
    "\ufeff\ufff9-\ufffb\ud800-\udfff\ue000-\uf8ff\ufdd0-\ufdef\ufffe\uffff"
    "\U000e0000-\U000e007f\U0001fffe\U0001ffff\U000ffffe-\U0010ffff]"
)
_SURROGATE = re.compile("[\ud800-\udfff]")
# Runs of ASCII white space (blanked markup among them) show as one space.
_DISPLAY_SPACE = re.compile("[ \t\n]+")


def replace_surrogates(text: str) -> str:
    """Lone surrogates (from JSON escapes like \\ud800) cannot be written as UTF-8: make them U+FFFD."""
    return _SURROGATE.sub("\ufffd", text)


def clean_for_parse(text: str) -> str:
    """Return ``text`` with invisible characters and HTML tags blanked; same length."""
    text = _HTML_TAG.sub(lambda match: " " * len(match.group()), text)
    return _INVISIBLE.sub(" ", text)


def display_text(text: str) -> str:
    """``text`` as a label to show: no HTML tags, invisible characters or line breaks; spaces collapsed."""
    text = _INVISIBLE.sub("", _HTML_TAG.sub("", text))
    return _DISPLAY_SPACE.sub(" ", text).strip(" ")
