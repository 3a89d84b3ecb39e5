"""How the graph looks wherever it is drawn (graph.gexf, actors.gexf, graph.html, graph.png): one palette.

Colours are (red, green, blue) in 0–255. Node types not listed (a kind a later version adds) take
``OTHER_COLOUR``. Sizes grow with the square root of mentions, so that a country named a thousand
times does not hide everything else; thickness with the square root of the number of claims.
"""

from __future__ import annotations

import math

# Node colour by type: people warm, states blue, bodies green, places ochre, unnamed actors grey-violet,
# topics pale (they are context, not actors). Chosen to stay apart for the common forms of colour blindness.
TYPE_COLOURS: dict[str, tuple[int, int, int]] = {
    "person": (230, 97, 1),
    "country": (33, 102, 172),
    "organization": (27, 158, 119),
    "location": (191, 129, 45),
    "actor": (117, 112, 179),
    "topic": (189, 189, 189),
}
OTHER_COLOUR = (120, 120, 120)

# Edge colour by polarity (claims.jsonl ``polarity``): cooperation green, conflict red, neutral grey.
POLARITY_COLOURS: dict[str, tuple[int, int, int]] = {
    "cooperation": (26, 152, 80),
    "conflict": (215, 48, 39),
    "neutral": (150, 150, 150),
}

MIN_NODE_SIZE, MAX_NODE_SIZE = 4.0, 40.0
MIN_THICKNESS, MAX_THICKNESS = 1.0, 12.0


def type_colour(node_type: str) -> tuple[int, int, int]:
    return TYPE_COLOURS.get(node_type, OTHER_COLOUR)


def polarity_colour(polarity: str) -> tuple[int, int, int]:
    return POLARITY_COLOURS.get(polarity, POLARITY_COLOURS["neutral"])


def hex_colour(rgb: tuple[int, int, int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def node_size(mentions: int) -> float:
    """4 for a node named once, growing with the square root of mentions, at most 40."""
    return round(min(MAX_NODE_SIZE, MIN_NODE_SIZE + 2.0 * math.sqrt(max(mentions, 1) - 1)), 2)


def edge_thickness(weight: int) -> float:
    """1 for one claim, growing with the square root of the number of claims, at most 12."""
    return round(min(MAX_THICKNESS, MIN_THICKNESS + math.sqrt(max(weight, 1) - 1)), 2)
