"""Records to the plain data of the output files; no I/O.

Takes the dataclasses of ``pipeline.records``; gives JSON-able dicts:
``mention_record`` (a line of entities.jsonl), ``claim_record`` (a line of
claims.jsonl), ``failure_record`` (an entry of report.json's ``failed``), and
``edge_attributes``, a claim record flattened to the scalars a graph edge holds.
A claim becomes a record here and only here; the edge is read off that record.
"""

from __future__ import annotations

from typing import Any

from ..records import Argument, Claim, Failure, Mention


def mention_record(mention: Mention) -> dict[str, Any]:
    return {
        "doc_id": mention.doc_id,
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
        "label": mention.label,
        "type": mention.type,
        "entity_id": mention.entity_id,
    }


def _argument(argument: Argument | None, with_type: bool = True) -> dict[str, Any] | None:
    if argument is None:
        return None
    record: dict[str, Any] = {"text": argument.text, "entity_id": argument.entity_id}
    if with_type:
        record["type"] = argument.type
    record["start"] = argument.start
    record["end"] = argument.end
    return record


def claim_record(claim: Claim) -> dict[str, Any]:
    return {
        "id": claim.id,
        "doc_id": claim.doc_id,
        "sentence": {"start": claim.sentence_start, "end": claim.sentence_end, "text": claim.sentence_text},
        "subject": _argument(claim.subject),
        "predicate": {"lemma": claim.predicate_lemma, "text": claim.predicate_text},
        "object": _argument(claim.object),
        "negated": claim.negated,
        "modality": claim.modality,
        "source": _argument(claim.source, with_type=False),
        "quoted": claim.quoted,
        "source_chain": [_argument(a, with_type=False) for a in claim.source_chain],
        "section": claim.section,
        "subject_from": claim.subject_from,
        "event": claim.event,
        "polarity": claim.polarity,
        "event_note": claim.event_note,
    }


def failure_record(failure: Failure) -> dict[str, Any]:
    return {"input": failure.input, "line": failure.line, "doc_id": failure.doc_id, "reason": failure.reason}


# Edge attribute → its place in the claim record ("a.b" is record["a"]["b"]), in the order GraphML
# declares the keys and node-link JSON lists them. The subject and object are the edge's ends, and
# lists (source_chain) have no place in GraphML, so they are left out.
EDGE_ATTRIBUTES: dict[str, str] = {
    "claim_id": "id",
    "predicate": "predicate.lemma",
    "predicate_text": "predicate.text",
    "negated": "negated",
    "modality": "modality",
    "source": "source.text",
    "source_id": "source.entity_id",
    "quoted": "quoted",
    "event": "event",
    "polarity": "polarity",
    "event_note": "event_note",
    "section": "section",
    "doc_id": "doc_id",
    "sentence": "sentence.text",
    "sentence_start": "sentence.start",
    "sentence_end": "sentence.end",
    "subject_start": "subject.start",
    "subject_end": "subject.end",
    "object_start": "object.start",
    "object_end": "object.end",
    "source_start": "source.start",
    "source_end": "source.end",
}
# An offset the claim has not (a claim with no source) is -1, so that the column stays an integer.
_OFFSETS = frozenset(name for name in EDGE_ATTRIBUTES if name.endswith(("_start", "_end")))


def edge_attributes(record: dict[str, Any]) -> dict[str, object]:
    """A claim record as edge attributes: scalars of one type each (GraphML allows nothing else).

    What the record leaves empty (no source, no section, a source that is no entity) becomes "", and
    an offset it has not becomes -1.
    """
    return {name: _at(record, path, -1 if name in _OFFSETS else "") for name, path in EDGE_ATTRIBUTES.items()}


def _at(record: dict[str, Any], path: str, empty: object) -> object:
    # A missing key is a KeyError, so that a field renamed in claim_record cannot empty a column unseen.
    value: Any = record
    for step in path.split("."):
        if value is None:
            break
        value = value[step]
    return empty if value is None else value
