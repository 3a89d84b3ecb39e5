"""Hypothesis strategies shared by the property tests: text that breaks readers and writers."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import settings
from hypothesis import strategies as st

# Characters that break things: controls, zero-width and bidi marks, separators, BOM, noncharacters,
# lone surrogates, astral characters; mixed with any code point at all.
NASTY = st.sampled_from(
    list(
        "\x00\x01\x08\x0b\x0c\x0d\x1b\x1f\x7f\x85\x9f\u00ad\u200b\u200d\u200e\u2028\u2029\u202e\u2066"
        "\ufeff\ufffe\uffff\ud800\udbff\udc00\udfff\U0001f600\U00020bb7\U0010ffff<>&\"'\n\t 。「」"
    )
)
CHARS = st.one_of(NASTY, st.characters(exclude_categories=()))
TEXT = st.text(CHARS, max_size=60)
# XML 1.0 NameChar+: what GraphML's schema allows as a node or edge id (xs:NMTOKEN).
NAME_TOKEN = re.compile(
    "^[-.0-9:A-Z_a-z\u00b7\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u037d\u037f-\u1fff\u200c\u200d"
    "\u203f\u2040\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd"
    "\U00010000-\U000effff]+$"
)
FAST = settings(max_examples=60, deadline=None)


def invisible(text: str) -> bool:
    return any(unicodedata.category(char) in {"Cc", "Cf", "Cs", "Co"} for char in text)


def no_surrogates(text: str) -> bool:
    return not any("\ud800" <= char <= "\udfff" for char in text)
