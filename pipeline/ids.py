"""Graph node ids: readable, stable, and valid as GraphML ids (XML NMTOKEN)."""

from __future__ import annotations

import re
import unicodedata

# Characters outside XML's NameChar (spaces, most ASCII punctuation, symbols) cannot stand in a
# GraphML id; they become "_". CJK text, kana, letters and digits stay as written.
_NOT_NAME_CHAR = re.compile(
    "[^\\w.\\-:\u00b7\u0300-\u036f\u203f\u2040\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff]"
)


def normalize_name(text: str) -> str:
    """NFKC with runs of white space folded to one space: the form names are compared and keyed in."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def make_node_id(kind: str, name: str) -> str:
    """``make_node_id("organization", "NBC News")`` → ``organization:NBC_News``."""
    return f"{kind}:{_NOT_NAME_CHAR.sub('_', normalize_name(name).replace(' ', '_'))}"
