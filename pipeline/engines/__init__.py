"""Where documents are parsed and extracted: this process, worker processes, or a Dask cluster.

Every engine takes the run's documents in input order and gives back one
journal line per document (``journal.document_entry``), in the same order,
holding at most a bounded window of documents and results at once. The lines
are the same whichever engine made them, so the outputs are byte-identical.

- ``local.InProcess``: parses in this process (``--workers 1``);
- ``local.WorkerProcesses``: N processes, each loading the model once (``--workers N``);
- ``cluster.DaskCluster``: Dask workers, each loading the model once (``--engine dask``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol

from ..records import Document
from .tasks import ParseSettings

__all__ = ["Engine", "EngineUnavailable", "ParseSettings", "WorkerLost"]


class EngineUnavailable(RuntimeError):
    """The engine asked for cannot run here (its package is missing, its scheduler unreachable)."""


class WorkerLost(RuntimeError):
    """A worker died or the cluster went away mid-run: what was journaled stays, --resume goes on."""


class Engine(Protocol):
    def journal_lines(self, documents: Iterable[Document]) -> Iterator[str]:
        """One journal line per document, in input order."""
        ...
