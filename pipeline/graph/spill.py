"""A list of JSON records kept in a temporary file instead of memory, for report.json's long lists.

A run over millions of documents has a report entry for each; ``SpilledList``
appends them to an unnamed temporary file in the output folder (gone when
closed, or when the process dies) and reads them back in order, so that
report.json is written without ever holding its per-document list.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any


class SpilledList:
    """Append-only, iterable in order, ``len`` and truthiness like a list; one JSON line per item."""

    def __init__(self, folder: Path) -> None:
        self._file = tempfile.TemporaryFile(dir=folder)
        self._length = 0

    def append(self, item: Any) -> None:
        self._file.write(json.dumps(item, ensure_ascii=True, separators=(",", ":")).encode("ascii") + b"\n")
        self._length += 1

    def __len__(self) -> int:
        return self._length

    def __iter__(self) -> Iterator[Any]:
        self._file.flush()
        self._file.seek(0)
        try:
            for _, line in zip(range(self._length), self._file, strict=False):
                yield json.loads(line)
        finally:
            self._file.seek(0, 2)  # appends go on at the end

    def close(self) -> None:
        self._file.close()
