"""Run the pipeline over a stream of documents and write the output folder.

An engine (``pipeline.engines``: this process, worker processes or a Dask
cluster) parses each document once and turns it into the journal line of its
DocumentResult, a pure function of the document; the lines come back in input
order and are appended to the journal, with the failures between them. At the
end the journal's entries are handed, in that order, to
``graph.outputs.OutputWriter``, which writes the files. The journal is what
makes ``--resume`` possible and keeps memory flat: only the graph is held whole.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .engines import Engine, ParseSettings
from .graph.files import remove_stale_temporaries
from .graph.outputs import OUTPUT_FILES, OutputWriter, RunReport, write_report
from .journal import JOURNAL_DIR, Journal, ResumeMismatch, failure_entry, item_key
from .parse.units import DEFAULT_BATCH_CHARS, DEFAULT_BATCH_SIZE
from .records import Document, DocumentResult, Failure

if TYPE_CHECKING:
    from spacy.language import Language

    from .graph.painter import BackgroundPainter

__all__ = ["JOURNAL_DIR", "ResumeMismatch", "run"]


def run(
    engine: Engine | Language,
    model: dict[str, str],
    items: Iterable[Document | Failure],
    out_dir: Path,
    resume: bool = False,
    batch_size: int = DEFAULT_BATCH_SIZE,
    batch_chars: int = DEFAULT_BATCH_CHARS,
    progress: Callable[[int], None] | None = None,
    inputs: list[str] | None = None,
    painter: BackgroundPainter | None = None,
) -> RunReport:
    """Process every item and write the output files; return the report that was written.

    ``engine`` parses and extracts (a loaded model means this process, with ``batch_size`` and
    ``batch_chars``). With ``resume``, the items a previous run journaled in ``out_dir`` are taken
    from the journal instead of being parsed again; ``inputs`` (the input paths) and ``model`` must
    be those of that run. A ``painter`` draws graph.png in a process of its own.
    """
    if not hasattr(engine, "journal_lines"):  # a loaded model: parse in this process
        from .engines.local import InProcess

        engine = InProcess(engine, ParseSettings(model["name"], batch_size, batch_chars))
    started = time.perf_counter()
    remove_stale_temporaries(out_dir, OUTPUT_FILES)
    journal = Journal(out_dir, {"inputs": inputs, "model": model}, resume)
    remaining = _skip_done(items, journal.done_keys())
    if progress and journal.done_entries:
        progress(journal.done_entries)
    # Items read but not yet journaled, in input order: failures wait for the documents before them,
    # so that the journal stays in input order (the engine reads ahead of what it has finished).
    waiting: deque[Document | Failure] = deque()

    def journal_waiting_failures() -> None:
        while waiting and isinstance(waiting[0], Failure):
            journal.append(failure_entry(waiting.popleft()))
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
    for line in engine.journal_lines(documents()):
        waiting.popleft()  # this document: engines yield in input order
        journal.append(line)
        if progress:
            progress(1)
        journal_waiting_failures()
    journal_waiting_failures()
    parse_seconds = time.perf_counter() - parse_started

    report = _write_outputs(journal, out_dir, model, painter)
    report.timings = {
        "extract_seconds": round(parse_seconds, 3),
        "total_seconds": round(time.perf_counter() - started, 3),
        "resumed_documents": journal.done_documents,
    }
    write_report(report, out_dir)
    journal.close(remove=True)
    return report


def _skip_done(
    items: Iterable[Document | Failure], done_keys: Iterable[list[Any]]
) -> Iterator[Document | Failure]:
    """Check that the journaled entries are the first items, and return an iterator over the rest."""
    iterator = iter(items)
    for key in done_keys:
        item = next(iterator, None)
        if item is None or key != item_key(item):
            raise ResumeMismatch(
                "the inputs differ from those of the interrupted run (a file changed, "
                "was added or removed); run again without --resume"
            )
    return iterator


def _write_outputs(
    journal: Journal, out_dir: Path, model: dict[str, str], painter: BackgroundPainter | None
) -> RunReport:
    """The output files, from the journal's entries in input order."""
    with OutputWriter(out_dir, model, painter) as outputs:
        for entry in journal.entries():
            if "failure" in entry:
                outputs.add_failure(Failure(**entry["failure"]))
            else:
                outputs.add_result(
                    DocumentResult.from_json(entry["result"]), entry.get("line"), entry.get("original_id")
                )
        return outputs.finish()
