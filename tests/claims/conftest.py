"""``parsed(text)``: a made-up text parsed once per session, with its contexts and claims (helpers.py)."""

from __future__ import annotations

import pytest

from .helpers import Parsed, analyse


@pytest.fixture(scope="session")
def parsed(parse):
    cache: dict[tuple[str, bool], Parsed] = {}

    def _parsed(text: str, sections: bool = False) -> Parsed:
        key = (text, sections)
        if key not in cache:
            cache[key] = analyse(parse, text, sections)
        return cache[key]

    return _parsed
