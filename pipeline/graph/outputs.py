"""The output folder: document results and failures in, in input order; the output files out.

``OutputWriter`` streams mentions and claims to entities.jsonl and claims.jsonl
as results come, folds them into the graph, and at ``finish`` writes the
graph's files (``write_graph_files``: the per-claim graph, the actor graph and
the views, all from the one graph) and returns the ``RunReport``; ``write_report``
writes report.json. Every file is written to a temporary name and renamed into
place, so a killed run never leaves a half-written file behind. The report's
lists (one entry per document) wait in temporary files (``spill``), not in memory.
"""

from __future__ import annotations

from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

from ..records import DocumentResult, Failure
from .actors import actor_graph, scalar_graph
from .build import TOPIC, UNNAMED_ACTOR, GraphBuilder
from .convert import claim_record, failure_record, mention_record
from .files import atomic_writer
from .gexf import write_gexf
from .graphml import write_graphml
from .html import write_html
from .jsonl import write_jsonl
from .nodelink import write_json, write_node_link
from .png import write_png

if TYPE_CHECKING:
    from .painter import BackgroundPainter
from .spill import SpilledList

ENTITIES, CLAIMS, GRAPHML, GRAPH_JSON, REPORT = (
    "entities.jsonl",
    "claims.jsonl",
    "graph.graphml",
    "graph.json",
    "report.json",
)
# The views: the actor graph (actors.graphml, actors.json), GEXF with Gephi styling, a page, a picture.
ACTORS_GRAPHML, ACTORS_JSON, GRAPH_GEXF, ACTORS_GEXF, GRAPH_HTML, GRAPH_PNG = (
    "actors.graphml",
    "actors.json",
    "graph.gexf",
    "actors.gexf",
    "graph.html",
    "graph.png",
)
OUTPUT_FILES = (
    ENTITIES,
    CLAIMS,
    GRAPHML,
    GRAPH_JSON,
    REPORT,
    ACTORS_GRAPHML,
    ACTORS_JSON,
    GRAPH_GEXF,
    ACTORS_GEXF,
    GRAPH_HTML,
    GRAPH_PNG,
)


# The report's lists, in the order report.json gives them; each may be a list or a SpilledList.
_REPORT_LISTS = ("failed", "renamed_ids", "documents")


@dataclass
class RunReport:
    model: dict[str, str]
    documents: list[dict[str, Any]] | SpilledList = field(default_factory=list)
    failed: list[dict[str, Any]] | SpilledList = field(default_factory=list)
    renamed_ids: list[dict[str, Any]] | SpilledList = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    # Facts about this run rather than its input (seconds, documents taken over from an interrupted
    # run): the one part of report.json that may differ between runs of the same input.
    timings: dict[str, float | int] = field(default_factory=dict)

    def to_json(self, lists: bool = True) -> dict[str, Any]:
        """report.json's data; without ``lists``, the lists are left empty (``write_report`` streams them)."""
        return {
            "counts": self.counts,
            "failed": list(self.failed) if lists else [],
            "renamed_ids": list(self.renamed_ids) if lists else [],
            "documents": list(self.documents) if lists else [],
            "model": self.model,
            "timings": self.timings,
        }


class OutputWriter:
    """Writes one run's outputs into ``out_dir``; use it as a context manager, and call ``finish``.

    Leaving the ``with`` block on an error removes the JSONL files begun, and leaves the old ones.
    """

    def __init__(
        self, out_dir: Path, model: dict[str, str], painter: BackgroundPainter | None = None
    ) -> None:
        self.out_dir = out_dir
        self._painter = painter
        out_dir.mkdir(parents=True, exist_ok=True)
        self._files = ExitStack()
        self._report = RunReport(
            model=model,
            documents=SpilledList(out_dir),
            failed=SpilledList(out_dir),
            renamed_ids=SpilledList(out_dir),
        )
        self._counts = {"documents": 0, "failed": 0, "sentences": 0, "mentions": 0, "claims": 0}
        self._builder = GraphBuilder()
        self._entities = self._files.enter_context(atomic_writer(out_dir / ENTITIES))
        self._claims = self._files.enter_context(atomic_writer(out_dir / CLAIMS))

    def __enter__(self) -> OutputWriter:
        return self

    def __exit__(self, *error: Any) -> bool | None:
        return self._files.__exit__(*error)

    def add_result(
        self, result: DocumentResult, line: int | None = None, original_id: str | None = None
    ) -> None:
        """One document's result; ``original_id`` is the id its input gave, where that was renamed."""
        if original_id is not None:
            self._report.renamed_ids.append(
                {"input": result.input, "line": line, "original_id": original_id, "doc_id": result.doc_id}
            )
        self._counts["documents"] += 1
        self._counts["sentences"] += result.sentences
        self._counts["mentions"] += len(result.mentions)
        self._counts["claims"] += len(result.claims)
        write_jsonl(map(mention_record, result.mentions), self._entities)
        write_jsonl(map(claim_record, result.claims), self._claims)
        self._builder.add(result)
        self._report.documents.append(
            {
                "doc_id": result.doc_id,
                "input": result.input,
                "line": line,
                "encoding": result.encoding,
                "sentences": result.sentences,
                "mentions": len(result.mentions),
                "claims": len(result.claims),
            }
        )

    def add_failure(self, failure: Failure) -> None:
        self._report.failed.append(failure_record(failure))
        self._counts["failed"] += 1

    def finish(self) -> RunReport:
        """Put the JSONL files in place, write the graph files; return the report (without timings)."""
        self._files.close()
        graph = self._builder.build()
        write_graph_files(graph, self.out_dir, self._painter)
        counts = self._counts
        counts["entities"] = sum(
            1 for _, data in graph.nodes(data=True) if data["type"] not in {TOPIC, UNNAMED_ACTOR}
        )
        counts["nodes"] = graph.number_of_nodes()
        counts["edges"] = graph.number_of_edges()
        self._report.counts = counts
        return self._report


def write_graph_files(
    graph: nx.MultiDiGraph, out_dir: Path, painter: BackgroundPainter | None = None
) -> None:
    """The graph's files; with a ``painter``, graph.png is drawn in its process while the rest are written."""
    actors = actor_graph(graph)
    picture = painter.start(actors, out_dir / GRAPH_PNG) if painter is not None else None
    write_graphml(graph, out_dir / GRAPHML)
    write_node_link(graph, out_dir / GRAPH_JSON)
    write_graphml(scalar_graph(actors), out_dir / ACTORS_GRAPHML)
    write_node_link(actors, out_dir / ACTORS_JSON)
    write_gexf(graph, out_dir / GRAPH_GEXF)
    write_gexf(actors, out_dir / ACTORS_GEXF)
    write_html(actors, graph, out_dir / GRAPH_HTML)
    if picture is None:
        write_png(actors, out_dir / GRAPH_PNG)
    else:
        picture()


def write_report(report: RunReport, out_dir: Path) -> None:
    """report.json, its lists streamed from where they wait: the bytes of ``json_text(report.to_json())``."""
    data = report.to_json(lists=False)
    for name in _REPORT_LISTS:
        data[name] = iter(getattr(report, name))
    with atomic_writer(out_dir / REPORT) as handle:
        write_json(data, handle)
