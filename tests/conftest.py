"""Shared fixtures: the GiNZA model is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.parse.model import load_model
from pipeline.parse.units import parse_documents
from pipeline.records import Document, ParsedUnit

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
OUTPUTS = ROOT / "outputs"


@pytest.fixture(scope="session")
def nlp():
    return load_model()


@pytest.fixture(scope="session")
def parse(nlp):
    """Parse text as a one-document input: returns (document, units)."""

    def _parse(text: str, doc_id: str = "t") -> tuple[Document, list[ParsedUnit]]:
        document = Document(doc_id, text, "<test>")
        [(parsed, units)] = list(parse_documents(nlp, [document]))
        return parsed, units

    return _parse
