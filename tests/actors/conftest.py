"""Fixtures for the actor tests: a Doc as the actor rules see it, and what the whole pipeline makes of a text.

A rule reads GiNZA's own entities; ``actor_recognizer`` writes its spans back
to ``doc.ents``, so a rule is tested on a Doc parsed without that component
(``ginza``). ``actors`` and ``labelled`` run the whole pipeline, with every
rule list as it stands (``PIPELINE_WITHOUT_RULE`` takes one rule out for the
whole session): they show what a rule changes in the output.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc


@pytest.fixture(scope="session")
def ginza(nlp) -> Callable[[str], Doc]:
    def _parse(text: str) -> Doc:
        with nlp.select_pipes(disable=["actor_recognizer"]):
            return nlp(text)

    return _parse


@pytest.fixture(scope="session")
def actors(nlp) -> Callable[[str], list[tuple[str, str]]]:
    """The component's actor spans of a text as ``(text, type)``, in text order."""

    def _actors(text: str) -> list[tuple[str, str]]:
        doc = nlp(text)
        return [(doc.text[start:end], actor_type) for start, end, _, actor_type in doc._.actor_spans]

    return _actors


@pytest.fixture(scope="session")
def labelled(nlp) -> Callable[[str], list[tuple[str, str, str]]]:
    """The component's actor spans as ``(text, type, label)``: the label says which rule found each."""

    def _labelled(text: str) -> list[tuple[str, str, str]]:
        doc = nlp(text)
        return [
            (doc.text[start:end], actor_type, label) for start, end, label, actor_type in doc._.actor_spans
        ]

    return _labelled
