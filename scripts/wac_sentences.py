#!/usr/bin/env python3
"""The named entities of WAC's train split as training sentences for the learned recognizer.

    python scripts/wac_sentences.py ../shared/eval/pas/wac_train.gold.json OUT.jsonl [--leave-open person]

Reads the split's gold file (the Kyoto University Wikipedia Annotated Corpus, CC BY-SA 4.0: documents
with their text and IREX named entities) and writes one line of a document a line, in the format of
``ner_train.jsonl`` (``{"id", "text", "entities": [{"start", "end", "type"}], "missing"}``), for the lines
that hold a person, an organization or a location (IREX's LOCATION is this project's place: countries
and other places). The spans IREX leaves OPTIONAL are ``missing``: the recognizer learns nothing from
them either way. ``--leave-open TYPE`` makes that type's spans ``missing`` too, where IREX draws it
otherwise than ``ner_train`` does. ``scripts/train_recognizer.py --extra`` trains on the result.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

# IREX types and this project's actor types.
TYPES = {"PERSON": "person", "ORGANIZATION": "organization", "LOCATION": "place"}
OPEN = "OPTIONAL"


def sentences(document: dict, leave_open: frozenset[str]) -> list[dict]:
    """The document's lines that hold an actor, with their spans relative to the line."""
    found = []
    start = 0
    for line in document["text"].split("\n"):
        end = start + len(line)
        inside = [e for e in document["entities"] if start <= e["start"] and e["end"] <= end]
        spans = [
            {"start": e["start"] - start, "end": e["end"] - start, "type": TYPES[e["type"]]}
            for e in inside
            if e["type"] in TYPES and TYPES[e["type"]] not in leave_open
        ]
        kept = [e for e in inside if e["type"] in TYPES]
        left_open = [e for e in kept if TYPES[e["type"]] in leave_open]
        missing = [
            {"start": e["start"] - start, "end": e["end"] - start}
            for e in [e for e in inside if e["type"] == OPEN] + left_open
        ]
        if kept:
            found.append(
                {"id": f"{document['doc_id']}@{start}", "text": line, "entities": spans, "missing": missing}
            )
        start = end + 1
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path, help="the split's gold file (eval/pas/wac_train.gold.json)")
    parser.add_argument("out", type=Path)
    parser.add_argument("--leave-open", action="append", default=[], choices=sorted(TYPES.values()))
    args = parser.parse_args()
    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    leave_open = frozenset(args.leave_open)
    with args.out.open("w", encoding="utf-8") as out:
        for document in gold["documents"]:
            for sentence in sentences(document, leave_open):
                out.write(json.dumps(sentence, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
