"""A pytest plugin that holds ``pytest -m "not model"`` to its promise: no test there loads a model.

    python -m pytest -m "not model" -p tests.model_guard

A test not marked ``model`` (by hand, or by tests/conftest.py for the ``nlp`` and ``parse``
fixtures) fails if it calls ``spacy.load`` on an installed model package, or starts
``python -m pipeline`` in a subprocess, which would load one.
"""

from __future__ import annotations

import subprocess
from collections.abc import Sequence
from typing import Any

import pytest


def _starts_the_pipeline(args: Any) -> bool:
    if isinstance(args, str | bytes) or not isinstance(args, Sequence):
        return False
    words = [str(word) for word in args]
    return any(a == "-m" and b == "pipeline" for a, b in zip(words, words[1:], strict=False))


@pytest.fixture(autouse=True)
def _no_model_unless_marked(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    if request.node.get_closest_marker("model"):
        return
    import spacy

    test, load = request.node.nodeid, spacy.load

    def guarded_load(name: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(name, str) and spacy.util.is_package(name):
            pytest.fail(f"{test} loads the model {name!r}: mark it @pytest.mark.model", pytrace=False)
        return load(name, *args, **kwargs)

    class GuardedPopen(subprocess.Popen):
        def __init__(self, args: Any, *rest: Any, **kwargs: Any) -> None:
            if _starts_the_pipeline(args):
                pytest.fail(
                    f"{test} runs the pipeline in a subprocess, which loads the model: "
                    "mark it @pytest.mark.model",
                    pytrace=False,
                )
            super().__init__(args, *rest, **kwargs)

    monkeypatch.setattr(spacy, "load", guarded_load)
    monkeypatch.setattr(subprocess, "Popen", GuardedPopen)
