"""Make text safe to parse and to write without moving a single character.

Control characters, zero-width and other format characters, and HTML tags
are blanked out with spaces of the same length, so that every offset into
the cleaned text is an offset into the decoded text too. Values shown to a
person (GraphML labels and attributes) lose them altogether.
"""

from __future__ import annotations

import re

_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]{0,2000})?/?>|<!--.{0,10000}?-->", re.DOTALL)

# Characters that carry no visible text: controls (Unicode category Cc) but tab and line feed, format
# characters (Cf: soft hyphen, zero-width and bidi marks, BOM, tag characters; the list of Unicode 15),
# line and paragraph separators, surrogates (Cs), private use (Co), and noncharacters.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f"
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3"
    "\U0001d173-\U0001d17a\U000e0001-\U000e007f"
    "\u2028\u2029\ud800-\udfff\ue000-\uf8ff\U000f0000-\U0010ffff"
    "\ufdd0-\ufdef\ufffe\uffff\U0001fffe\U0001ffff\U0002fffe\U0002ffff\U0003fffe\U0003ffff"
    "\U0004fffe\U0004ffff\U0005fffe\U0005ffff\U0006fffe\U0006ffff\U0007fffe\U0007ffff"
    "\U0008fffe\U0008ffff\U0009fffe\U0009ffff\U000afffe\U000affff\U000bfffe\U000bffff"
    "\U000cfffe\U000cffff\U000dfffe\U000dffff\U000efffe\U000effff]"
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


# What display_text would change: most values (a million edges' worth) have none of it.
_NOT_FOR_DISPLAY = re.compile("<|[\t\n]|  |^ | $|" + _INVISIBLE.pattern)


def display_text(text: str) -> str:
    """``text`` as a label to show: no HTML tags, invisible characters or line breaks; spaces collapsed."""
    if not _NOT_FOR_DISPLAY.search(text):
        return text
    text = _INVISIBLE.sub("", _HTML_TAG.sub("", text))
    return _DISPLAY_SPACE.sub(" ", text).strip(" ")
