"""Fixtures for the actor tests: a Doc as the actor rules see it, and what the whole pipeline makes of a text.

A rule reads GiNZA's own entities; ``actor_recognizer`` writes its spans back
to ``doc.ents``, so a rule is tested on a Doc parsed without that component
(``ginza``). ``actors`` and ``labelled`` run the whole pipeline with the rules
alone, every rule list as it stands (``PIPELINE_WITHOUT_RULE`` takes one rule
out for the whole session): they show what a rule changes in the output. The
learned recognizer, which could find the same span without the rule, is
switched off there; ``combined`` runs the component whole (test_learned.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from spacy.tokens import Doc


@pytest.fixture(scope="session")
def ginza(nlp) -> Callable[[str], Doc]:
    def _parse(text: str) -> Doc:
        with nlp.select_pipes(disable=["actor_recognizer"]):
            return nlp(text)

    return _parse


@contextmanager
def _rules_alone(nlp) -> Iterator[None]:
    component = nlp.get_pipe("actor_recognizer")
    recognizer, component.recognizer = component.recognizer, None
    try:
        yield
    finally:
        component.recognizer = recognizer


@pytest.fixture(scope="session")
def actors(nlp) -> Callable[[str], list[tuple[str, str]]]:
    """The rules' actor spans of a text as ``(text, type)``, in text order."""

    def _actors(text: str) -> list[tuple[str, str]]:
        with _rules_alone(nlp):
            doc = nlp(text)
        return [(doc.text[start:end], actor_type) for start, end, _, actor_type in doc._.actor_spans]

    return _actors


@pytest.fixture(scope="session")
def labelled(nlp) -> Callable[[str], list[tuple[str, str, str]]]:
    """The rules' actor spans as ``(text, type, label)``: the label says which rule found each."""

    def _labelled(text: str) -> list[tuple[str, str, str]]:
        with _rules_alone(nlp):
            doc = nlp(text)
        return [
            (doc.text[start:end], actor_type, label) for start, end, label, actor_type in doc._.actor_spans
        ]

    return _labelled


@pytest.fixture(scope="session")
def combined(nlp) -> Callable[[str], list[tuple[str, str, str]]]:
    """The whole component's spans, the learned recognizer and the combiner included."""

    def _combined(text: str) -> list[tuple[str, str, str]]:
        doc = nlp(text)
        return [
            (doc.text[start:end], actor_type, label) for start, end, label, actor_type in doc._.actor_spans
        ]

    return _combined
