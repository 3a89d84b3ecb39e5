"""Engines on this machine: parsing in this process, or in N worker processes.

``WorkerProcesses`` starts N processes that each load the model once, sends
them partitions of documents, and yields their journal lines in input order;
at most ``window`` partitions are out at once, so memory stays flat however
long the input. This process never loads the model then: it reads, journals
and writes.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING

from ..children import stop_pool
from ..records import Document
from . import WorkerLost
from .tasks import PARTITION_DOCUMENTS, ParseSettings, partitions, process_partition, start_worker

if TYPE_CHECKING:
    from spacy.language import Language

# Partitions out at once per worker: one being parsed, one waiting, so no worker idles between tasks.
PARTITIONS_PER_WORKER = 2


class InProcess:
    """Parse and extract in this process, with a model already loaded."""

    def __init__(self, nlp: Language, settings: ParseSettings) -> None:
        self.nlp = nlp
        self.settings = settings

    def journal_lines(self, documents: Iterable[Document]) -> Iterator[str]:
        from .work import partition_lines

        # No further ahead of the journal than one batch: an interrupted run loses no more than that.
        settings = self.settings
        for partition in partitions(
            documents, min(settings.batch_size, PARTITION_DOCUMENTS), settings.batch_chars
        ):
            yield from partition_lines(self.nlp, partition, settings)


class WorkerProcesses:
    """Parse and extract in ``workers`` processes, each loading the model once."""

    def __init__(self, settings: ParseSettings, workers: int) -> None:
        self.settings = settings
        self.workers = workers

    def journal_lines(self, documents: Iterable[Document]) -> Iterator[str]:
        # "spawn": a worker starts clean (no threads or locks copied from this process) on every system.
        pool = ProcessPoolExecutor(
            self.workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=start_worker,
            initargs=(self.settings.model,),
        )
        try:
            yield from in_order(
                (pool.submit(process_partition, part, self.settings) for part in partitions(documents)),
                window=self.workers * PARTITIONS_PER_WORKER,
            )
        except BrokenProcessPool:
            stop_pool(pool)
            raise WorkerLost("a worker process died (out of memory?)") from None
        except BaseException:
            stop_pool(pool)
            raise
        pool.shutdown()


def in_order(tasks: Iterator[Future], window: int) -> Iterator[str]:
    """The lines of each task's result, task after task, with at most ``window`` tasks submitted.

    Works for concurrent.futures and Dask futures alike (both have ``result()``).
    """
    pending: deque[Future] = deque()
    for task in tasks:
        pending.append(task)
        if len(pending) >= window:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()
