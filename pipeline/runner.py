"""Run the pipeline over a stream of documents and write the output folder.

Each document is parsed once and turned into a DocumentResult by a pure
function; results are appended to a journal in input order, and the output
files are assembled from the journal at the end. The journal is what makes
``--resume`` possible and keeps memory flat: only the graph is held whole.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language

from .claims import extract_claims
from .entities import find_mentions
from .export import atomic_writer, claim_record, dumps_json, json_line, mention_record, write_graph_files
from .graph import GraphBuilder
from .parsing import ParsedUnit, parse_documents
from .records import Document, DocumentResult, Failure

OUTPUT_FILES = ("entities.jsonl", "claims.jsonl", "graph.graphml", "graph.json", "report.json")
JOURNAL_DIR = ".partial"


def process_document(document: Document, units: list[ParsedUnit]) -> DocumentResult:
    """Everything we extract from one parsed document: a pure function of its input."""
    mentions, entities = find_mentions(document.id, document.text, units)
    claims = extract_claims(document, units, mentions)
    sentences = sum(1 for unit in units for _ in unit.doc.sents)
    return DocumentResult(document.id, document.input, document.encoding, sentences,
                          tuple(mentions), tuple(entities), tuple(claims))


@dataclass
class RunReport:
    model: dict[str, str]
    documents: list[dict[str, Any]] = field(default_factory=list)
    failed: list[dict[str, Any]] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "counts": self.counts,
            "failed": self.failed,
            "documents": self.documents,
            "model": self.model,
            "timings": self.timings,
        }


class Journal:
    """Append-only record of finished documents and failures, in input order (one JSON line each)."""

    def __init__(self, out_dir: Path, resume: bool) -> None:
        self.path = out_dir / JOURNAL_DIR / "journal.jsonl"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.done: list[dict[str, Any]] = []
        if resume and self.path.exists():
            self.done = self._read_valid_prefix()
        else:
            self.path.write_text("", encoding="utf-8")
        self._handle = open(self.path, "a", encoding="utf-8")

    def _read_valid_prefix(self) -> list[dict[str, Any]]:
        entries, valid_bytes = [], 0
        with open(self.path, "rb") as handle:
            for raw in handle:
                if not raw.endswith(b"\n"):
                    break  # the line a killed run was writing
                try:
                    entries.append(json.loads(raw))
                except json.JSONDecodeError:
                    break
                valid_bytes += len(raw)
        with open(self.path, "r+b") as handle:
            handle.truncate(valid_bytes)
        return entries

    def append(self, entry: dict[str, Any]) -> None:
        self._handle.write(json.dumps(entry, ensure_ascii=False) + "\n")
        self._handle.flush()

    def entries(self) -> Iterator[dict[str, Any]]:
        self._handle.flush()
        with open(self.path, encoding="utf-8") as handle:
            for line in handle:
                yield json.loads(line)

    def close(self, remove: bool) -> None:
        self._handle.close()
        if remove:
            self.path.unlink(missing_ok=True)
            try:
                self.path.parent.rmdir()
            except OSError:
                pass


def _item_key(item: Document | Failure) -> list[Any]:
    if isinstance(item, Document):
        return ["document", item.input, item.line, item.id]
    return ["failure", item.input, item.line, item.doc_id]


def run(
    nlp: Language,
    model: dict[str, str],
    items: Iterable[Document | Failure],
    out_dir: Path,
    resume: bool = False,
    batch_size: int = 64,
    workers: int = 1,
    progress: Callable[[int], None] | None = None,
) -> RunReport:
    """Process every item and write the five output files; return the report that was written."""
    started = time.perf_counter()
    journal = Journal(out_dir, resume)
    done = iter(journal.done)
    # Skip what a previous, interrupted run finished: the journal is a prefix of the same input stream.
    resumed = len(journal.done)
    remaining = _skip_done(items, done, resumed)

    def documents() -> Iterator[Document]:
        for item in remaining:
            if isinstance(item, Failure):
                journal.append({"key": _item_key(item), "failure": _failure_json(item)})
                if progress:
                    progress(1)
            else:
                yield item

    parse_started = time.perf_counter()
    for document, units in parse_documents(nlp, documents(), batch_size=batch_size, workers=workers):
        result = process_document(document, units)
        journal.append({"key": _item_key(document), "result": result.to_json(),
                        "line": document.line})
        if progress:
            progress(1)
    parse_seconds = time.perf_counter() - parse_started

    report = _write_outputs(journal, out_dir, model)
    report.timings = {
        "extract_seconds": round(parse_seconds, 3),
        "total_seconds": round(time.perf_counter() - started, 3),
    }
    report.counts["resumed_documents"] = resumed
    with atomic_writer(out_dir / "report.json") as handle:
        handle.write(dumps_json(report.to_json()))
    journal.close(remove=True)
    return report


def _skip_done(items: Iterable[Document | Failure], done: Iterator[dict[str, Any]], count: int
               ) -> Iterator[Document | Failure]:
    iterator = iter(items)
    for _ in range(count):
        item = next(iterator, None)
        entry = next(done, None)
        if item is None or entry is None or entry["key"] != _item_key(item):
            raise ResumeMismatch("the inputs differ from those of the interrupted run; run again without --resume")
    yield from iterator


class ResumeMismatch(RuntimeError):
    """--resume on inputs that are not those of the run being resumed."""


def _failure_json(failure: Failure) -> dict[str, Any]:
    return {"input": failure.input, "line": failure.line, "doc_id": failure.doc_id, "reason": failure.reason}


def _write_outputs(journal: Journal, out_dir: Path, model: dict[str, str]) -> RunReport:
    report = RunReport(model=model)
    builder = GraphBuilder()
    counts = {"documents": 0, "failed": 0, "sentences": 0, "mentions": 0, "claims": 0}
    with atomic_writer(out_dir / "entities.jsonl") as entities_out, \
            atomic_writer(out_dir / "claims.jsonl") as claims_out:
        for entry in journal.entries():
            if "failure" in entry:
                report.failed.append(entry["failure"])
                counts["failed"] += 1
                continue
            result = DocumentResult.from_json(entry["result"])
            counts["documents"] += 1
            counts["sentences"] += result.sentences
            counts["mentions"] += len(result.mentions)
            counts["claims"] += len(result.claims)
            for mention in result.mentions:
                entities_out.write(json_line(mention_record(mention)))
            for claim in result.claims:
                claims_out.write(json_line(claim_record(claim)))
            builder.add(result)
            report.documents.append({
                "doc_id": result.doc_id, "input": result.input, "line": entry.get("line"),
                "encoding": result.encoding, "sentences": result.sentences,
                "mentions": len(result.mentions), "claims": len(result.claims),
            })
    graph = builder.build()
    write_graph_files(graph, out_dir)
    counts["entities"] = sum(1 for _, data in graph.nodes(data=True) if data["type"] not in {"topic", "actor"})
    counts["nodes"] = graph.number_of_nodes()
    counts["edges"] = graph.number_of_edges()
    report.counts = counts
    return report
