"""Shared fixtures: the GiNZA model is loaded once per test session, and only by tests that ask for it.

Any test that uses the ``nlp`` or ``parse`` fixture (directly or through
another fixture) is marked ``model`` here, so ``pytest -m "not model"`` runs
the pure-logic tests without loading GiNZA.

``PIPELINE_WITHOUT_RULE=list:rule`` (as ``scripts/rule_deletion.py`` sets it)
switches one rule off for the whole session, to see whether a test notices.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pipeline.records import Document, ParsedUnit

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
OUTPUTS = ROOT / "outputs"
MODEL_FIXTURES = frozenset({"nlp", "parse"})


def _disable_rules_named_in_the_environment() -> None:
    specs = [spec for spec in os.environ.get("PIPELINE_WITHOUT_RULE", "").split(",") if spec]
    if not specs:
        return
    from pipeline import rules
    from pipeline.actors import component  # noqa: F401  (imports every actor rule list)
    from pipeline.claims import walker  # noqa: F401  (imports every claim rule list)

    for spec in specs:
        rules.disable(spec)


_disable_rules_named_in_the_environment()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if MODEL_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.model)


@pytest.fixture(scope="session")
def nlp():
    from pipeline.parse.model import load_model

    return load_model()


@pytest.fixture(scope="session")
def parse(nlp):
    """Parse text as a one-document input: returns (document, units)."""
    from pipeline.parse.units import parse_documents

    def _parse(text: str, doc_id: str = "t") -> tuple[Document, list[ParsedUnit]]:
        document = Document(doc_id, text, "<test>")
        [(parsed, units)] = list(parse_documents(nlp, [document]))
        return parsed, units

    return _parse
