"""The journal of a run: one JSON line per finished document or failure, in input order.

``failure_entry`` and ``engines.work.document_entry`` make the lines (a worker
makes a document's line itself, so only text crosses between processes); ``Journal``
appends them in ``DIR/.partial/journal.jsonl``, synced to disk often enough that
a power cut loses at most the last few documents, and reads them back for
``--resume`` and for writing the outputs.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from .graph.convert import failure_record
from .records import Document, Failure

JOURNAL_DIR = ".partial"
# The journal goes to disk (fsync) after this many entries or seconds, whichever comes first: a power
# cut then loses at most the last few documents, and a line is only ever lost whole or cut short,
# which --resume drops. Syncing every line would cost more than parsing a tweet-sized document.
SYNC_EVERY_ENTRIES = 16
SYNC_EVERY_SECONDS = 2.0


class ResumeMismatch(RuntimeError):
    """--resume on inputs that are not those of the run being resumed."""


def journal_line(entry: dict[str, Any]) -> str:
    # ASCII escapes carry any string (lone surrogates included) through the file and back unchanged.
    return json.dumps(entry, ensure_ascii=True, separators=(",", ":")) + "\n"


def item_key(item: Document | Failure) -> list[Any]:
    """What identifies an item across runs, so that --resume can tell it is the same input."""
    if isinstance(item, Document):
        digest = hashlib.sha256(item.text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
        return ["document", item.input, item.line, item.id, digest]
    return ["failure", item.input, item.line, item.doc_id, item.reason]


def failure_entry(failure: Failure) -> str:
    return journal_line({"key": item_key(failure), "failure": failure_record(failure)})


class Journal:
    """Append-only record of finished documents and failures, in input order (one JSON line each).

    The first line describes the run (its inputs and model), so that ``--resume`` can tell
    whether it is continuing the same run.
    """

    def __init__(self, out_dir: Path, header: dict[str, Any], resume: bool) -> None:
        self.path = out_dir / JOURNAL_DIR / "journal.jsonl"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # What an interrupted run finished: how many entries, and how many of them were documents.
        self.done_entries = 0
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
            for entry in entries:
                self.done_entries += 1
                self.done_documents += "result" in entry
        if not self.resumed or not self.path.stat().st_size:
            with open(self.path, "w", encoding="ascii") as handle:
                handle.write(journal_line({"header": header}))
                _sync(handle)
            _sync_folder(self.path.parent)
        self._handle = open(self.path, "a", encoding="ascii")
        self._unsynced = 0
        self._synced_at = time.monotonic()

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

    def append(self, line: str) -> None:
        """Add one entry (a line from ``document_entry`` or ``failure_entry``)."""
        self._handle.write(line)
        self._handle.flush()  # a killed process loses nothing written; a power cut, what is not synced
        self._unsynced += 1
        if self._unsynced >= SYNC_EVERY_ENTRIES or time.monotonic() - self._synced_at >= SYNC_EVERY_SECONDS:
            self.sync()

    def sync(self) -> None:
        _sync(self._handle)
        self._unsynced = 0
        self._synced_at = time.monotonic()

    def entries(self) -> Iterator[dict[str, Any]]:
        """Every entry so far, in input order, read back from the file (so never all held at once)."""
        self.sync()
        with open(self.path, encoding="ascii") as handle:
            for line in handle:
                entry = json.loads(line)
                if "header" not in entry:
                    yield entry

    def done_keys(self) -> Iterator[list[Any]]:
        """The keys of what the interrupted run finished, in input order."""
        with open(self.path, encoding="ascii") as handle:
            for line in islice(handle, 1, 1 + self.done_entries):
                yield json.loads(line)["key"]

    def close(self, remove: bool) -> None:
        self._handle.close()
        if remove:
            self.path.unlink(missing_ok=True)
            try:
                self.path.parent.rmdir()
            except OSError:
                pass


def _sync(handle: Any) -> None:
    handle.flush()
    os.fsync(handle.fileno())


def _sync_folder(folder: Path) -> None:
    """Make a new file's name durable too (its folder's entry), where the system allows it."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
