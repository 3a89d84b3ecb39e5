"""``python -m pipeline show DIR``: a run's output folder summed up in the terminal, 100 columns wide.

Reads DIR/graph.json (and DIR/report.json where it is there), folds the actor graph as the run did, and
prints the top actors with their aliases, country and sector, the best-supported claims between actors,
and the contradictions (``graph.summary`` gives the rows; this module only lays them out with rich).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .graph.actors import actor_graph
from .graph.nodelink import read_node_link
from .graph.outputs import GRAPH_JSON, REPORT
from .graph.summary import (
    ActorRow,
    Contradiction,
    EdgeRow,
    Statement,
    best_supported,
    contradictions,
    top_actors,
)

DEFAULT_WIDTH = 100
SENTENCE_CHARACTERS = 70


class ShowError(Exception):
    """DIR is no output folder of a run (no graph.json, or one that cannot be read)."""


def load(out_dir: Path):
    """The per-claim graph of a run, and its report (or None)."""
    path = out_dir / GRAPH_JSON
    if not path.is_file():
        raise ShowError(f"{out_dir} holds no {GRAPH_JSON}: give the --out folder of a run")
    try:
        graph = read_node_link(path)
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise ShowError(f"cannot read {path}: {error}") from None
    report = None
    try:
        report = json.loads((out_dir / REPORT).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    return graph, report


def show(
    out_dir: Path,
    file: IO[str] | None = None,
    top: int = 20,
    claims: int = 15,
    width: int = DEFAULT_WIDTH,
    color: bool | None = None,
) -> None:
    graph, report = load(out_dir)
    actors = actor_graph(graph)
    console = Console(
        file=file, width=width, no_color=color is False, force_terminal=color or None, highlight=False
    )
    console.print(_heading(out_dir, graph, actors, report))
    console.print(_actor_table(top_actors(graph, actors, top)))
    console.print(_edge_table(best_supported(graph, actors, claims)))
    disputed = contradictions(graph, claims)
    if disputed:
        console.print(_contradiction_table(disputed))
    else:
        console.print(Text("No contradictions: nothing is stated both affirmed and negated."))


def _heading(out_dir: Path, graph, actors, report) -> Text:
    text = Text(str(out_dir), style="bold")
    if report:
        counts = report.get("counts", {})
        text.append(
            f"\n{counts.get('documents', 0)} documents ({counts.get('failed', 0)} failed), "
            f"{counts.get('claims', 0)} claims, {counts.get('entities', 0)} entities"
        )
    text.append(
        f"\nper-claim graph: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges; "
        f"actor graph: {actors.number_of_nodes()} actors, {actors.number_of_edges()} edges"
    )
    return text


def _actor_table(rows: list[ActorRow]) -> Table:
    table = Table(title=f"Top {len(rows)} actors by mentions", title_justify="left", expand=True)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("actor", ratio=4, overflow="fold")
    table.add_column("type", no_wrap=True)
    table.add_column("country", no_wrap=True)
    table.add_column("sector", no_wrap=True)
    table.add_column("mentions", justify="right", no_wrap=True)
    table.add_column("claims", justify="right", no_wrap=True)
    table.add_column("aliases", ratio=4, overflow="fold")
    for rank, row in enumerate(rows, 1):
        table.add_row(
            *_cells(
                str(rank),
                row.label,
                row.type,
                row.country,
                row.sector,
                str(row.mentions),
                str(row.claims),
                "、".join(row.aliases),
            )
        )
    return table


def _edge_table(rows: list[EdgeRow]) -> Table:
    table = Table(
        title="Best-supported claims between actors: most sources, then documents, then claims",
        title_justify="left",
        expand=True,
    )
    table.add_column("subject", ratio=2, overflow="fold")
    table.add_column("event", no_wrap=True)
    table.add_column("object", ratio=2, overflow="fold")
    table.add_column("predicates", ratio=2, overflow="fold")
    table.add_column("src", justify="right", no_wrap=True)
    table.add_column("docs", justify="right", no_wrap=True)
    table.add_column("n", justify="right", no_wrap=True)
    table.add_column("for example", ratio=3, no_wrap=True, overflow="ellipsis")
    for row in rows:
        event = row.event + (" not" if row.negated else "") + (" ≠" if row.contradicted else "")
        table.add_row(
            *_cells(
                row.subject,
                event,
                row.object,
                "、".join(row.predicates),
                str(row.sources),
                str(row.documents),
                str(row.weight),
                " ".join(row.example.split()),
            )
        )
    return table


def _contradiction_table(rows: list[Contradiction]) -> Table:
    table = Table(
        title="Contradictions: stated both affirmed and negated (≠ above)",
        title_justify="left",
        expand=True,
    )
    table.add_column("subject → predicate → object", ratio=3, overflow="fold")
    table.add_column("affirmed: claims, sources, e.g.", ratio=4, overflow="fold")
    table.add_column("negated: claims, sources, e.g.", ratio=4, overflow="fold")
    for row in rows:
        table.add_row(
            *_cells(
                f"{row.subject} → {row.predicate} → {row.object}",
                _statement(row.affirmed),
                _statement(row.negated),
            )
        )
    return table


def _cells(*values: str) -> list[Text]:
    # Text, not str: rich would read "[...]" in a document's words as its own markup.
    return [Text(value) for value in values]


def _statement(statement: Statement) -> str:
    return f"{statement.count}: {'、'.join(statement.sources)}\n{_shorten(statement.example)}"


def _shorten(sentence: str) -> str:
    sentence = " ".join(sentence.split())
    return sentence if len(sentence) <= SENTENCE_CHARACTERS else sentence[: SENTENCE_CHARACTERS - 1] + "…"
