"""graph.png drawn in a process of its own, beside the rest of the run.

Drawing the picture costs about 0.9 s, most of it importing matplotlib and loading the font, and it
came after the last document, while the other output files were written one after another.
``BackgroundPainter`` starts a helper process when the run starts: it imports matplotlib while the
model loads (which leaves a core idle, whatever the engine), and at the end draws the picture from
the overview (``png.overview_graph``: at most 40 actors, not the graph) while this process writes the
other files. The picture's bytes are the same as when drawn here; if the helper
died, it is drawn here.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import networkx as nx

from ..children import follow_parent, stop_pool
from .png import overview_graph, warm_up, write_overview_png


class BackgroundPainter:
    """A helper process that draws graph.png; use it as a context manager around the run."""

    def __init__(self) -> None:
        # "spawn": the helper starts clean, without this process's model or threads.
        self._pool = ProcessPoolExecutor(
            1, mp_context=multiprocessing.get_context("spawn"), initializer=follow_parent
        )
        # A pool starts its process at the first task: the warm-up is that task.
        self._pool.submit(warm_up)

    def start(self, actors: nx.MultiDiGraph, target: Path) -> Callable[[], None]:
        """Begin drawing the actors' picture into ``target``; return the function that waits for it."""
        overview = overview_graph(actors)
        try:
            drawn: Future | None = self._pool.submit(write_overview_png, overview, target)
        except (BrokenProcessPool, RuntimeError):
            drawn = None

        def wait() -> None:
            try:
                if drawn is not None:
                    drawn.result()  # an error writing the file is raised here, as if written here
                    return
            except BrokenProcessPool:
                pass
            write_overview_png(overview, target)

        return wait

    def __enter__(self) -> BackgroundPainter:
        return self

    def __exit__(self, *error: object) -> None:
        self.close()

    def close(self) -> None:
        """End the helper process; a picture not yet drawn is dropped."""
        stop_pool(self._pool)
