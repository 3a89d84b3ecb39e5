"""Helpers for the tests of the views (graph.html, graph.png)."""

from __future__ import annotations

import re

_DATA_BLOCK = re.compile(r'<script type="application/json" id="graph-data">(.*?)</script>', re.DOTALL)


def data_block(page: str) -> str:
    """The text of graph.html's JSON data element."""
    found = _DATA_BLOCK.findall(page)
    assert len(found) == 1, "graph.html has one data block"
    return found[0]
