"""JSON Lines: records (dicts) in, one UTF-8 line each out (entities.jsonl, claims.jsonl).

``json_line`` is the conversion, ``write_jsonl`` the I/O (a path, written
atomically, or an open binary file).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from .files import Target, open_target, utf8

# Valid in JSON strings, but readers that split lines with str.splitlines() break on them.
_LINE_SEPARATORS = {"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"}


def json_line(record: dict[str, Any]) -> str:
    """One JSONL line: UTF-8 text, with the Unicode line separators escaped."""
    text = json.dumps(record, ensure_ascii=False, sort_keys=False, separators=(",", ":"))
    for separator, escape in _LINE_SEPARATORS.items():  # str.translate is ten times slower on CJK text
        if separator in text:
            text = text.replace(separator, escape)
    return text + "\n"


def write_jsonl(records: Iterable[dict[str, Any]], target: Target) -> None:
    """Append ``records`` to an open binary file, or write them as the whole of a file at a path."""
    with open_target(target) as handle:
        for record in records:
            handle.write(utf8(json_line(record)))
