"""Helper processes (parse workers, graph.png's painter) that end with the process that started them.

A parent stopped by Ctrl-C stops its helpers itself; one killed outright (kill -9, out of memory)
cannot, so each helper watches its parent and exits when it is gone. Only the standard library:
a helper that draws a picture does not import spaCy for this.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import os
import signal
import threading
from concurrent.futures import ProcessPoolExecutor

# How long stopping a pool waits for its manager thread (it ends as soon as it sees its helpers gone).
_MANAGER_JOIN_SECONDS = 5.0


def follow_parent() -> None:
    """Set up a helper process (a pool's initializer): it ignores Ctrl-C and ends with its parent."""
    # Ctrl-C reaches the whole process group: the main process alone handles it (and stops the helpers).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()


def _exit_with(parent: multiprocessing.process.BaseProcess) -> None:
    multiprocessing.connection.wait([parent.sentinel])
    os._exit(1)


def stop_pool(pool: ProcessPoolExecutor) -> None:
    """Stop a pool's helpers at once: cancel what has not started, and end them rather than wait for them
    (a helper left to finish a task after its parent has gone on would write to the parent's stderr)."""
    processes = list((getattr(pool, "_processes", None) or {}).values())  # shutdown forgets them
    manager = getattr(pool, "_executor_manager_thread", None)
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()
    # Let the pool's manager thread see its helpers gone and close its wake-up pipe now: left running,
    # it may close the pipe while the interpreter's exit hook writes to it (Python 3.11's
    # concurrent.futures), which prints a traceback at exit.
    if manager is not None and manager is not threading.current_thread():
        manager.join(timeout=_MANAGER_JOIN_SECONDS)
