"""What is sent to a worker: the settings, partitions of documents, and the task that runs on them.

This module imports nothing heavy, so that the process which only hands out
partitions and writes the outputs never loads spaCy; the task imports the
parsing code (``work``) in the worker, where it runs.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..children import follow_parent
from ..parse.units import DEFAULT_BATCH_CHARS, DEFAULT_BATCH_SIZE
from ..records import Document

# A partition (the documents one task takes to a worker) holds at most this many documents and
# characters: about a second of parsing, so that the last one keeps the other workers waiting little,
# and still a thousand times what sending it costs. A longer document goes alone.
PARTITION_DOCUMENTS = 16
PARTITION_CHARS = DEFAULT_BATCH_CHARS

# The module a fork server imports before forking workers, and the variable that names its model.
PRELOADED_MODULE = f"{__package__}.preload"
MODEL_VARIABLE = "PIPELINE_WORKER_MODEL"


@dataclass(frozen=True)
class ParseSettings:
    """What a worker needs to parse like any other: the model package and the batch limits."""

    model: str
    batch_size: int = DEFAULT_BATCH_SIZE
    batch_chars: int = DEFAULT_BATCH_CHARS


def partitions(
    documents: Iterable[Document], most_documents: int | None = None, most_chars: int | None = None
) -> Iterator[list[Document]]:
    """Consecutive runs of documents of at most PARTITION_DOCUMENTS and PARTITION_CHARS (or as given)."""
    most_documents = most_documents or PARTITION_DOCUMENTS
    most_chars = most_chars or PARTITION_CHARS
    partition: list[Document] = []
    length = 0
    for document in documents:
        if partition and (len(partition) >= most_documents or length + len(document.text) > most_chars):
            yield partition
            partition, length = [], 0
        partition.append(document)
        length += len(document.text)
    if partition:
        yield partition


def process_partition(documents: list[Document], settings: ParseSettings) -> list[str]:
    """A worker's task: the journal lines of a partition of documents, in order."""
    from .work import cached_model, partition_lines

    return partition_lines(cached_model(settings.model), documents, settings)


def start_worker(model: str) -> None:
    """Set up a worker process: it ends with its parent, and loads the model before its first task."""
    follow_parent()
    from .work import cached_model

    cached_model(model)
