"""Arbitrary Unicode and arbitrary bytes against the reader and the cleaning (no model needed).

Whatever the input holds (control characters, astral characters, lone surrogate escapes), the reader
yields documents or failures without raising, and cleaning moves no offset.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from pipeline.io.cleaning import clean_for_parse
from pipeline.io.inputs import read_documents
from pipeline.records import Document, Failure

from ..strategies import CHARS, FAST, TEXT, no_surrogates


def _read_file(name: str, data: bytes) -> list[Document | Failure]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, name)
        path.write_bytes(data)
        return list(read_documents([str(path)]))


@FAST
@given(st.binary(max_size=400))
def test_any_bytes_in_a_text_file_give_a_document_or_a_failure(data):
    [item] = _read_file("doc.txt", data)
    assert isinstance(item, Document | Failure)
    if isinstance(item, Document):
        assert no_surrogates(item.text) and clean_for_parse(item.text).strip()


@FAST
@given(st.binary(max_size=400))
def test_any_bytes_in_a_jsonl_file_never_raise(data):
    for item in _read_file("docs.jsonl", data):
        assert isinstance(item, Document | Failure)


@FAST
@given(
    st.lists(
        st.one_of(
            st.fixed_dictionaries({"id": TEXT, "text": TEXT}),
            st.fixed_dictionaries(
                {"text": st.one_of(TEXT, st.integers(), st.none(), st.lists(TEXT, max_size=2))}
            ),
            TEXT,
            st.integers(),
        ),
        max_size=6,
    )
)
def test_any_json_records_give_one_item_a_line_and_distinct_ids(records):
    # ensure_ascii keeps lone surrogates as \\udxxx escapes, as a JSON producer may write them.
    data = "\n".join(json.dumps(record) for record in records).encode("utf-8")
    items = _read_file("docs.jsonl", data)
    lines = [number for number, record in enumerate(records, 1) if json.dumps(record).strip()]
    assert [item.line for item in items] == lines
    documents = [item for item in items if isinstance(item, Document)]
    assert len({d.id for d in documents}) == len(documents)
    assert all(no_surrogates(d.id) and no_surrogates(d.text) for d in documents)


@FAST
@given(st.text(CHARS, max_size=300))
def test_cleaning_keeps_every_offset(text):
    cleaned = clean_for_parse(text)
    assert len(cleaned) == len(text)
    assert all(cleaned[i] == text[i] for i in range(len(text)) if cleaned[i] != " ")
