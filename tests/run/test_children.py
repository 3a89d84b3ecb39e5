"""Helper processes end with the run that started them (children.py)."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor

from pipeline.children import stop_pool


def test_stopping_a_pool_ends_its_helpers_and_its_manager_thread():
    # A manager thread left running may close its wake-up pipe while the exit hook writes to it.
    pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
    assert pool.submit(abs, -3).result() == 3
    processes = list(pool._processes.values())
    manager = pool._executor_manager_thread
    stop_pool(pool)
    assert not manager.is_alive()
    for process in processes:
        process.join(timeout=5)
        assert not process.is_alive()
