"""The Dask engine (``--engine dask``): partitions of documents parsed on a dask.distributed cluster.

A ``LocalCluster`` of ``workers`` processes (one thread each) by default, or
the running cluster at ``scheduler``. Each Dask worker loads the model once, on
its first partition (``tasks.process_partition`` keeps it per process), so
workers can join or leave mid-run. Documents travel with their tasks: only
this process reads the inputs and writes the outputs, and the workers need the
package and the model installed, not the files. At most a bounded window of
partitions is out at once, and their lines come back in input order, so the
outputs are byte-identical to a local run.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from contextlib import ExitStack

from ..records import Document
from . import EngineUnavailable, WorkerLost
from .local import in_order
from .tasks import ParseSettings, partitions, process_partition

# Partitions out at once per worker thread of the cluster (with a floor, for a cluster still starting).
PARTITIONS_PER_THREAD = 2
MIN_WINDOW = 4
INSTALL_HINT = "pip install 'ja-claim-graph[dask]'"
# How long to keep trying a scheduler that does not answer.
CONNECT_TIMEOUT = "20s"


class DaskCluster:
    """Parse and extract on Dask workers; ``scheduler`` None starts a LocalCluster of ``workers``."""

    def __init__(self, settings: ParseSettings, scheduler: str | None = None, workers: int = 1) -> None:
        try:
            from distributed import Client
        except ImportError:
            raise EngineUnavailable(f"--engine dask needs dask.distributed: {INSTALL_HINT}") from None
        self.settings = settings
        self.workers = workers
        self._client = None
        if scheduler is not None:  # connect now: a scheduler that does not answer is a usage error
            try:
                self._client = Client(scheduler, timeout=CONNECT_TIMEOUT)
            except (OSError, ValueError) as error:
                raise EngineUnavailable(f"cannot reach the Dask scheduler {scheduler}: {error}") from None

    def journal_lines(self, documents: Iterable[Document]) -> Iterator[str]:
        from distributed import Client, LocalCluster
        from distributed.client import FutureCancelledError
        from distributed.scheduler import KilledWorker

        with ExitStack() as stack:
            if self._client is not None:
                client = stack.enter_context(self._client)
            else:
                cluster = stack.enter_context(
                    LocalCluster(
                        n_workers=self.workers,
                        threads_per_worker=1,
                        processes=True,
                        dashboard_address=None,
                        silence_logs=logging.ERROR,
                    )
                )
                client = stack.enter_context(Client(cluster))
            threads = sum(client.nthreads().values()) or self.workers
            tasks = (
                client.submit(process_partition, partition, self.settings, pure=False)
                for partition in partitions(documents)
            )
            try:
                yield from in_order(tasks, window=max(MIN_WINDOW, threads * PARTITIONS_PER_THREAD))
            except (KilledWorker, FutureCancelledError, OSError) as error:
                raise WorkerLost(f"the Dask cluster lost a task ({type(error).__name__}: {error})") from None
