"""Engines on this machine: parsing in this process, or in N worker processes.

``WorkerProcesses`` starts N processes that each have the model loaded, sends
them partitions of documents, and yields their journal lines in input order;
at most ``window`` partitions are out at once, so memory stays flat however
long the input. This process never loads the model then: it reads, journals
and writes.

Where the system can fork, the workers are forked from a fork server that loaded
the model once (``preload.py``): N workers cost one model load, not N at once on
the same cores, and they share its memory until they write to it; elsewhere each
worker is spawned and loads the model itself.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.context
import multiprocessing.forkserver
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING

from ..children import stop_pool
from ..records import Document
from . import WorkerLost
from .tasks import (
    MODEL_VARIABLE,
    PARTITION_DOCUMENTS,
    PRELOADED_MODULE,
    ParseSettings,
    partitions,
    process_partition,
    start_worker,
)

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
    """Parse and extract in ``workers`` processes, each with the model loaded once."""

    def __init__(self, settings: ParseSettings, workers: int) -> None:
        self.settings = settings
        self.workers = workers
        # The fork server starts loading the model now, as a run in this process would.
        self._context = worker_context(settings.model)

    def journal_lines(self, documents: Iterable[Document]) -> Iterator[str]:
        pool = ProcessPoolExecutor(
            self.workers,
            mp_context=self._context,
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


def worker_context(model: str) -> multiprocessing.context.BaseContext:
    """How worker processes start: forked from a fork server that has ``model`` loaded, or spawned.

    Neither copies this process's threads or locks. The fork server is one per process, started at the
    first run with workers; a later run with another model has its workers load that one themselves.
    """
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([PRELOADED_MODULE])
    previous = os.environ.get(MODEL_VARIABLE)
    os.environ[MODEL_VARIABLE] = model  # read by the fork server as it starts (it takes this environment)
    try:
        multiprocessing.forkserver.ensure_running()
    finally:
        if previous is None:
            del os.environ[MODEL_VARIABLE]
        else:
            os.environ[MODEL_VARIABLE] = previous
    return context


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
