"""graph.png: a static overview of the actors that take part in the most claims, drawn with matplotlib.

``overview_graph`` is the conversion (the top actors, their edges folded into one per pair; no I/O),
``write_png`` draws and writes it. Every text uses IPAexGothic, the file the matplotlib-fontja package
ships, by its path: Japanese names show as text rather than boxes, and a font of the same name installed
on the system cannot take its place and change the picture.
The picture is the same bytes for the same graph: a seeded layout, and no software name or date in
the PNG's metadata.
"""

from __future__ import annotations

import math
import warnings
from collections import Counter, defaultdict
from functools import cache
from typing import Any

import networkx as nx

from ..io.cleaning import display_text
from .files import Target, open_target
from .style import POLARITY_COLOURS, TYPE_COLOURS, edge_thickness, node_size, polarity_colour, type_colour

TOP_ACTORS = 40
LAYOUT_SEED = 12
SIZE_INCHES, DPI = (16.0, 11.0), 100


def overview_graph(actors: nx.MultiDiGraph, top: int = TOP_ACTORS) -> nx.Graph:
    """At most ``top`` actors: those of the strongest links between two actors, and every link among them.

    Pairs are taken by claims between them, then by their actors' claims and mentions, so a loose actor
    (one with claims on topics only) is never drawn. One undirected edge per pair: ``weight`` is all their
    claims, ``polarity`` the one most of them have.
    """
    weights: Counter[tuple[str, str]] = Counter()
    polarities: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for source, target, data in actors.edges(data=True):
        if source != target:
            pair = (min(source, target), max(source, target))
            weights[pair] += data["weight"]
            polarities[pair][data["polarity"]] += data["weight"]

    def standing(node: str) -> tuple[int, int]:
        return actors.nodes[node]["claims"], actors.nodes[node]["mentions"]

    def strength(pair: tuple[str, str]) -> tuple[Any, ...]:
        (claims_a, mentions_a), (claims_b, mentions_b) = standing(pair[0]), standing(pair[1])
        return (-weights[pair], -(claims_a + claims_b), -(mentions_a + mentions_b), pair)

    chosen: dict[str, None] = {}
    for pair in sorted(weights, key=strength):
        new = [node for node in pair if node not in chosen]
        if len(chosen) + len(new) > top:
            break
        chosen.update(dict.fromkeys(new))
    overview = nx.Graph()
    for node in sorted(chosen):
        overview.add_node(node, **actors.nodes[node])
    for pair in sorted(weights):
        if pair[0] in chosen and pair[1] in chosen:
            polarity = min(polarities[pair].items(), key=lambda item: (-item[1], item[0]))[0]
            overview.add_edge(*pair, weight=weights[pair], polarity=polarity)
    return overview


def layout(overview: nx.Graph) -> dict[str, tuple[float, float]]:
    """Each connected part laid out alone (seeded spring layout), the parts packed in rows, largest first.

    spring_layout on the whole would push the parts to the corners and crowd the largest in the middle.
    The rows are as wide as the picture's shape asks. Positions are rounded, so that the last bits of
    floating point cannot move a pixel.
    """
    parts = sorted(nx.connected_components(overview), key=lambda part: (-len(part), min(part)))
    if not parts:
        return {}
    # A part's box grows with the root of its size; a pair lies flat, so that it takes one row's height.
    sides = [2.4 * math.sqrt(len(part)) if len(part) > 2 else 2.4 for part in parts]
    gap = 0.6
    area = sum((side + gap) ** 2 for side in sides)
    row_width = max(sides[0], math.sqrt(area * SIZE_INCHES[0] / SIZE_INCHES[1]))
    positions: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for part, side in zip(parts, sides, strict=True):
        if x > 0 and x + side > row_width:
            x, y, row_height = 0.0, y - row_height - gap, 0.0
        if len(part) == 1:
            local = {next(iter(part)): (0.0, 0.0)}
        elif len(part) == 2:
            first, second = sorted(part)
            local = {first: (-side / 3, 0.0), second: (side / 3, 0.0)}
        else:
            local = nx.spring_layout(
                _sorted_part(overview, part), seed=LAYOUT_SEED, iterations=200, scale=side / 2
            )
        for node, (px, py) in local.items():
            height = side if len(part) > 2 else side / 2
            positions[node] = (round(float(x + side / 2 + px), 4), round(float(y - height / 2 + py), 4))
        x += side + gap
        row_height = max(row_height, side if len(part) > 2 else side / 2)
    return positions


def _sorted_part(graph: nx.Graph, part: set[str]) -> nx.Graph:
    """The part as a graph of its own, nodes and edges in sorted order.

    Not ``graph.subgraph(part)``: a view of a small part iterates the set it was given, in hash order,
    and the seeded layout would then differ from one process to the next.
    """
    own = nx.Graph()
    own.add_nodes_from(sorted(part))
    own.add_edges_from(
        sorted((min(u, v), max(u, v)) for u, v in graph.edges(part) if u in part and v in part)
    )
    return own


def warm_up() -> None:
    """Import matplotlib and load the font: about 0.7 s of ``write_png``'s 0.9 s, which a run spends
    in the painter's helper process while the model loads (painter.py), rather than after the last
    document. Never raises: drawing the picture reports what is wrong, at the end of the run."""
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: F401
        from matplotlib.figure import Figure  # noqa: F401
        from matplotlib.lines import Line2D  # noqa: F401

        _font(10)
    except Exception:  # noqa: BLE001
        pass


@cache
def font_path() -> str:
    """The TrueType file of IPAexGothic that matplotlib-fontja ships."""
    from matplotlib_fontja import get_font_ttf_path

    return str(get_font_ttf_path())


def _font(size: float) -> Any:
    from matplotlib.font_manager import FontProperties

    return FontProperties(fname=font_path(), size=size)


def draw(actors: nx.MultiDiGraph, title: str = "") -> Any:
    """The overview of the actors as a matplotlib Figure."""
    return draw_overview(overview_graph(actors), title)


def draw_overview(overview: nx.Graph, title: str = "") -> Any:
    """The overview (``overview_graph``) as a matplotlib Figure (no pyplot: no global figure state)."""
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    positions = layout(overview)
    figure = Figure(figsize=SIZE_INCHES, dpi=DPI)
    axes = figure.add_axes((0.01, 0.06, 0.98, 0.88))
    axes.set_axis_off()
    axes.set_aspect("equal", adjustable="datalim")
    for source, target, data in sorted(overview.edges(data=True), key=lambda edge: edge[2]["weight"]):
        (x1, y1), (x2, y2) = positions[source], positions[target]
        axes.plot(
            (x1, x2),
            (y1, y2),
            color=_rgb(polarity_colour(data["polarity"])),
            linewidth=edge_thickness(data["weight"]) * 0.8,
            alpha=0.6,
            zorder=1,
            solid_capstyle="round",
        )
    for node, data in overview.nodes(data=True):
        x, y = positions[node]
        size = node_size(data["mentions"])
        axes.scatter(
            [x], [y], s=(size * 1.4) ** 2, color=_rgb(type_colour(data["type"])), edgecolors="white", zorder=2
        )
        axes.annotate(
            display_text(str(data["label"])),
            (x, y),
            xytext=(0, -(size * 0.7 + 9)),
            textcoords="offset points",
            ha="center",
            va="center",
            fontproperties=_font(11),
            parse_math=False,  # a label is text: $ in it (US$, $$) opens no formula
            zorder=3,
            bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none", "alpha": 0.7},
        )
    axes.margins(0.08)
    figure.suptitle(title or _title(overview), fontproperties=_font(15), parse_math=False)
    handles = [
        Line2D([], [], marker="o", linestyle="", color=_rgb(c), markersize=10, label=t)
        for t, c in TYPE_COLOURS.items()
        if t != "topic"
    ] + [Line2D([], [], color=_rgb(c), linewidth=3, label=p) for p, c in POLARITY_COLOURS.items()]
    figure.legend(handles=handles, loc="lower center", ncol=len(handles), frameon=False, prop=_font(11))
    return figure


def _title(overview: nx.Graph) -> str:
    return (
        f"The strongest links between actors: {overview.number_of_nodes()} actors, "
        f"{overview.number_of_edges()} pairs (width: claims between them; size: mentions)"
    )


def _rgb(colour: tuple[int, int, int]) -> tuple[float, float, float]:
    return tuple(channel / 255 for channel in colour)  # type: ignore[return-value]


def write_png(actors: nx.MultiDiGraph, target: Target) -> None:
    write_overview_png(overview_graph(actors), target)


def write_overview_png(overview: nx.Graph, target: Target) -> None:
    """graph.png from the overview alone: what ``painter`` hands another process (40 nodes, not the graph)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    figure = draw_overview(overview)
    FigureCanvasAgg(figure)
    with open_target(target) as handle, warnings.catch_warnings():
        # A character the font lacks is drawn as a box; a warning per label would flood a batch's log.
        warnings.filterwarnings("ignore", message="Glyph .* missing from font", category=UserWarning)
        figure.savefig(handle, format="png", metadata={"Software": None})
