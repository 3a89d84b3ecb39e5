"""The one loader of the word lists in ``pipeline/data/``: each file read once, its lists handed out frozen.

A data file is a JSON object. Keys starting with ``_`` describe the file
(``_about``, ``_licence``). Every other key is one list, written either as
``{"source": "where the words come from", "words": [...]}`` or, in the older
files, as a bare list or mapping. Rules never open files: they ask here, at
import time, for the sets and tables they use.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


class LexiconError(KeyError):
    """A rule asked for a list that its data file does not hold."""


@cache
def load(name: str) -> dict[str, Any]:
    """The whole of ``pipeline/data/{name}.json``, parsed once per process."""
    text = resources.files("pipeline.data").joinpath(f"{name}.json").read_text(encoding="utf-8")
    return json.loads(text)


def entry(name: str, key: str) -> Any:
    """One list or table of a data file, without its ``source`` note."""
    data = load(name)
    if key not in data:
        raise LexiconError(f"pipeline/data/{name}.json has no list {key!r}")
    value = data[key]
    if isinstance(value, dict) and "words" in value:
        return value["words"]
    return value


def words(name: str, key: str) -> frozenset[str]:
    """A word list as a set (for membership tests)."""
    return frozenset(entry(name, key))


def ordered(name: str, key: str) -> tuple[str, ...]:
    """A word list in the order the file gives (where order matters: longest first, by priority)."""
    return tuple(entry(name, key))


def longest_first(name: str, key: str) -> tuple[str, ...]:
    """A word list sorted for suffix stripping and matching: longest first, ties in file order."""
    return tuple(sorted(entry(name, key), key=len, reverse=True))


def table(name: str, key: str) -> dict[str, Any]:
    """A mapping (a label to a type, a word to its sector)."""
    return dict(entry(name, key))
