"""What a mention resolves to on its way to a graph node: the records resolve.py and coreference.py share."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Resolved:
    """A mention's node: its type, key and display name, and its country and sector where known."""

    type: str
    key: str
    name: str
    country: str | None = None
    sector: str | None = None


@dataclass(frozen=True)
class RawMention:
    """A mention's offsets in the document, the label that found it, and its node."""

    start: int
    end: int
    label: str
    resolved: Resolved
