"""Run the pipeline over a stream of documents and write the output folder.

Each document is parsed once and turned into a DocumentResult by a pure
function; results are appended to a journal in input order, and at the end
the journal's entries are handed, in that order, to ``graph.outputs.OutputWriter``,
which writes the files. The journal is what makes ``--resume`` possible and
keeps memory flat: only the graph is held whole.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.language import Language

from .actors.resolve import find_mentions
from .claims.walker import extract_claims
from .graph.convert import failure_record
from .graph.files import remove_stale_temporaries
from .graph.outputs import OUTPUT_FILES, OutputWriter, RunReport, write_report
from .parse.units import parse_documents
from .records import Document, DocumentResult, Failure, ParsedUnit

JOURNAL_DIR = ".partial"


def process_document(document: Document, units: list[ParsedUnit]) -> DocumentResult:
    """Everything we extract from one parsed document: a pure function of its input."""
    mentions, entities = find_mentions(document.id, document.text, units)
    claims = extract_claims(document, units, mentions)
    sentences = sum(1 for unit in units for _ in unit.doc.sents)
    return DocumentResult(
        document.id,
        document.input,
        document.encoding,
        sentences,
        tuple(mentions),
        tuple(entities),
        tuple(claims),
    )


class ResumeMismatch(RuntimeError):
    """--resume on inputs that are not those of the run being resumed."""


class Journal:
    """Append-only record of finished documents and failures, in input order (one JSON line each).

    The first line describes the run (its inputs and model), so that ``--resume`` can tell
    whether it is continuing the same run.
    """

    def __init__(self, out_dir: Path, header: dict[str, Any], resume: bool) -> None:
        self.path = out_dir / JOURNAL_DIR / "journal.jsonl"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # What an interrupted run finished: the keys of its entries, and how many were documents.
        self.done_keys: list[list[Any]] = []
        self.done_documents = 0
        self.resumed = resume and self.path.exists()
        if self.resumed:
            entries = self._read_valid_prefix()
            first = next(entries, None)
            if first is not None and first.get("header") != header:
                raise ResumeMismatch(
                    f"{out_dir} holds an interrupted run of other inputs or another model; "
                    "run again without --resume"
                )
            # Keep only the keys: a resumed journal can hold far more results than fit in memory.
            for entry in entries:
                self.done_keys.append(entry["key"])
                self.done_documents += "result" in entry
        if not self.resumed or not self.path.stat().st_size:
            self.path.write_text(_journal_line({"header": header}), encoding="ascii")
        self._handle = open(self.path, "a", encoding="ascii")

    def _read_valid_prefix(self) -> Iterator[dict[str, Any]]:
        """Yield the complete entries, then cut off the line a killed run was writing, if any."""
        valid_bytes = 0
        with open(self.path, "rb") as handle:
            for raw in handle:
                if not raw.endswith(b"\n"):
                    break
                try:
                    entry = json.loads(raw)
                except ValueError:
                    break
                valid_bytes += len(raw)
                yield entry
        with open(self.path, "r+b") as handle:
            handle.truncate(valid_bytes)

    def append(self, entry: dict[str, Any]) -> None:
        self._handle.write(_journal_line(entry))
        self._handle.flush()

    def entries(self) -> Iterator[dict[str, Any]]:
        self._handle.flush()
        with open(self.path, encoding="ascii") as handle:
            for line in handle:
                entry = json.loads(line)
                if "header" not in entry:
                    yield entry

    def close(self, remove: bool) -> None:
        self._handle.close()
        if remove:
            self.path.unlink(missing_ok=True)
            try:
                self.path.parent.rmdir()
            except OSError:
                pass


def _journal_line(entry: dict[str, Any]) -> str:
    # ASCII escapes carry any string (lone surrogates included) through the file and back unchanged.
    return json.dumps(entry, ensure_ascii=True, separators=(",", ":")) + "\n"


def _item_key(item: Document | Failure) -> list[Any]:
    if isinstance(item, Document):
        digest = hashlib.sha256(item.text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
        return ["document", item.input, item.line, item.id, digest]
    return ["failure", item.input, item.line, item.doc_id, item.reason]


def run(
    nlp: Language,
    model: dict[str, str],
    items: Iterable[Document | Failure],
    out_dir: Path,
    resume: bool = False,
    batch_size: int = 64,
    workers: int = 1,
    progress: Callable[[int], None] | None = None,
    inputs: list[str] | None = None,
) -> RunReport:
    """Process every item and write the output files; return the report that was written.

    With ``resume``, the items a previous run journaled in ``out_dir`` are taken from the journal
    instead of being parsed again; ``inputs`` (the input paths) and ``model`` must be those of that run.
    """
    started = time.perf_counter()
    remove_stale_temporaries(out_dir, OUTPUT_FILES)
    journal = Journal(out_dir, {"inputs": inputs, "model": model}, resume)
    remaining = _skip_done(items, journal.done_keys)
    if progress and journal.done_keys:
        progress(len(journal.done_keys))
    # Items read but not yet journaled, in input order: failures wait for the documents before them,
    # so that the journal stays in input order (the parser reads ahead of what it has finished).
    waiting: deque[Document | Failure] = deque()

    def journal_waiting_failures() -> None:
        while waiting and isinstance(waiting[0], Failure):
            failure = waiting.popleft()
            journal.append({"key": _item_key(failure), "failure": failure_record(failure)})
            if progress:
                progress(1)

    def documents() -> Iterator[Document]:
        for item in remaining:
            waiting.append(item)
            if isinstance(item, Failure):
                journal_waiting_failures()
            else:
                yield item

    parse_started = time.perf_counter()
    for document, units in parse_documents(nlp, documents(), batch_size=batch_size, workers=workers):
        waiting.popleft()  # this document: parse_documents yields in input order
        journal.append(_result_entry(document, units))
        if progress:
            progress(1)
        journal_waiting_failures()
    journal_waiting_failures()
    parse_seconds = time.perf_counter() - parse_started

    report = _write_outputs(journal, out_dir, model)
    report.timings = {
        "extract_seconds": round(parse_seconds, 3),
        "total_seconds": round(time.perf_counter() - started, 3),
        "resumed_documents": journal.done_documents,
    }
    write_report(report, out_dir)
    journal.close(remove=True)
    return report


def _result_entry(document: Document, units: list[ParsedUnit]) -> dict[str, Any]:
    try:
        result = process_document(document, units)
    except Exception as error:  # a bug met on one document must not cost the others
        failure = Failure(
            document.input, f"internal error: {type(error).__name__}: {error}", document.line, document.id
        )
        return {"key": _item_key(document), "failure": failure_record(failure)}
    entry = {"key": _item_key(document), "result": result.to_json(), "line": document.line}
    if document.original_id is not None:
        entry["original_id"] = document.original_id
    return entry


def _skip_done(
    items: Iterable[Document | Failure], done_keys: list[list[Any]]
) -> Iterator[Document | Failure]:
    """Check that the journaled entries are the first items, and return an iterator over the rest."""
    iterator = iter(items)
    for key in done_keys:
        item = next(iterator, None)
        if item is None or key != _item_key(item):
            raise ResumeMismatch(
                "the inputs differ from those of the interrupted run (a file changed, "
                "was added or removed); run again without --resume"
            )
    return iterator


def _write_outputs(journal: Journal, out_dir: Path, model: dict[str, str]) -> RunReport:
    """The output files, from the journal's entries in input order."""
    with OutputWriter(out_dir, model) as outputs:
        for entry in journal.entries():
            if "failure" in entry:
                outputs.add_failure(Failure(**entry["failure"]))
            else:
                outputs.add_result(
                    DocumentResult.from_json(entry["result"]), entry.get("line"), entry.get("original_id")
                )
        return outputs.finish()
