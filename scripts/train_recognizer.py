#!/usr/bin/env python3
"""Train the learned actor recognizer (pipeline/actors/learned.py) on ner_train.jsonl; deterministic.

    python scripts/train_recognizer.py GOLD.jsonl --out DIR [--parsed CACHE.spacy] [--epochs N]
        [--folds K --holdout I --predictions FILE] [--extra MORE.jsonl --extra-parsed CACHE.spacy]

GOLD.jsonl: one sentence a line, ``{"id", "text", "entities": [{"start", "end", "type"}]}``
(../shared/dev_gold/ner_train.jsonl). Each sentence is parsed with ja_ginza (or read from
``--parsed``, a DocBin this script wrote before, so that several runs parse once), its gold spans
are set as entities, and the NER is trained from a fixed seed with one thread, the sentences
shuffled by a seeded generator: the same data gives the same weights.

``--folds K --holdout I`` trains on the sentences of every fold but I (a sentence's fold is its
line number modulo K) and writes the spans it predicts on fold I to ``--predictions`` (JSONL,
``{"id", "spans": [[start, end, type], ...]}``): the out-of-fold predictions the combiner is
trained on (scripts/train_combiner.py). Without them it trains on every sentence and writes the
weights to DIR (pipeline/data/recognizer/ ships them). ``--extra`` adds sentences that are always
trained on and never predicted (another corpus's; ``"missing"`` spans, which its annotators left
open, teach nothing).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SEED = 0


def parsed_sentences(gold_path: Path, cache: Path | None, nlp):  # noqa: ANN001, ANN201
    """Every sentence of the gold file parsed by bare ja_ginza, in file order (or read from the cache)."""
    from spacy.tokens import DocBin

    records = [json.loads(line) for line in gold_path.open(encoding="utf-8") if line.strip()]
    if cache is not None and cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        if len(docs) != len(records):
            sys.exit(f"{cache} holds {len(docs)} sentences, {gold_path} {len(records)}: remove the cache")
        return records, docs
    from pipeline.io.cleaning import clean_for_parse

    with nlp.select_pipes(disable=[p for p in nlp.pipe_names if p == "actor_recognizer"]):
        docs = list(nlp.pipe((clean_for_parse(r["text"]) for r in records), batch_size=64))
    if cache is not None:
        DocBin(docs=docs, store_user_data=True).to_disk(cache)
    return records, docs


def example(record: dict, doc):  # noqa: ANN001, ANN201
    """The training pair: the parsed sentence with no entities, and the same one with the gold spans."""
    from spacy.tokens import Span
    from spacy.training import Example
    from spacy.util import filter_spans

    from pipeline.actors.learned import recognizer_input

    predicted = recognizer_input(doc)
    reference = doc.copy()
    spans = []
    for entity in record["entities"]:
        span = reference.char_span(entity["start"], entity["end"], alignment_mode="expand")
        if span is None:
            continue
        # A span may not start or end on a space or a bracket (the transition system cannot say so).
        start, end = span.start, span.end
        while start < end and (reference[start].is_space or reference[start].is_punct):
            start += 1
        while end > start and (reference[end - 1].is_space or reference[end - 1].is_punct):
            end -= 1
        # Nor run across a sentence start (the parser's, which the recognizer sees at run time too).
        if start < end and not any(token.is_sent_start for token in reference[start + 1 : end]):
            spans.append(Span(reference, start, end, entity["type"]))
    # Spans the annotators left open (WAC's OPTIONAL) teach nothing either way.
    missing = [
        span
        for item in record.get("missing", ())
        if (span := reference.char_span(item["start"], item["end"], alignment_mode="expand")) is not None
    ]
    entities = filter_spans(spans)
    missing = [m for m in missing if not any(m.start < e.end and e.start < m.end for e in entities)]
    reference.set_ents(entities, missing=filter_spans(missing), default="outside")
    return Example(predicted, reference)


def train(examples: list, vocab, epochs: int, log=print):  # noqa: ANN001, ANN201
    from spacy.util import fix_random_seed, minibatch

    from pipeline.actors.learned import LABELS, blank_recognizer

    fix_random_seed(SEED)
    nlp = blank_recognizer(vocab)
    ner = nlp.get_pipe("ner")
    for label in LABELS:
        ner.add_label(label)
    optimizer = nlp.initialize(lambda: examples)
    order = random.Random(SEED)
    for epoch in range(epochs):
        started = time.time()
        shuffled = examples[:]
        order.shuffle(shuffled)
        losses: dict[str, float] = {}
        for batch in minibatch(shuffled, size=32):
            nlp.update(batch, drop=0.2, sgd=optimizer, losses=losses)
        log(f"epoch {epoch + 1}: loss {losses.get('ner', 0.0):.1f} ({time.time() - started:.0f} s)")
    return nlp


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--out", type=Path, help="where to write the weights (a folder)")
    parser.add_argument("--parsed", type=Path, help="a DocBin cache of the parsed sentences")
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--folds", type=int, default=0)
    parser.add_argument("--holdout", type=int, default=0)
    parser.add_argument("--predictions", type=Path)
    parser.add_argument(
        "--extra", type=Path, help="more gold sentences, always trained on (WAC's train split)"
    )
    parser.add_argument("--extra-parsed", type=Path, help="a DocBin cache of the --extra sentences")
    args = parser.parse_args()
    if args.folds and args.predictions is None:
        parser.error("--folds needs --predictions")
    if not args.folds and args.out is None:
        parser.error("give --out (or --folds with --predictions)")

    import spacy

    from pipeline.actors.learned import learned_spans

    ginza = spacy.load("ja_ginza")
    records, docs = parsed_sentences(args.gold, args.parsed, ginza)
    held = [i for i in range(len(records)) if args.folds and i % args.folds == args.holdout]
    held_set = set(held)
    examples = [example(records[i], docs[i]) for i in range(len(records)) if i not in held_set]
    if args.extra is not None:
        extra_records, extra_docs = parsed_sentences(args.extra, args.extra_parsed, ginza)
        examples += [example(r, d) for r, d in zip(extra_records, extra_docs, strict=True)]
    print(f"training on {len(examples)} sentences", flush=True)
    nlp = train(examples, ginza.vocab, args.epochs, log=lambda m: print(m, flush=True))
    if args.folds:
        with args.predictions.open("w", encoding="utf-8") as out:
            for i in held:
                spans = [list(span) for span in learned_spans(nlp, docs[i])]
                out.write(json.dumps({"id": records[i]["id"], "spans": spans}, ensure_ascii=False) + "\n")
    if args.out is not None:
        args.out.mkdir(parents=True, exist_ok=True)
        nlp.get_pipe("ner").to_disk(args.out, exclude=["vocab"])  # ja_ginza's vocabulary is not ours to ship
    return 0


if __name__ == "__main__":
    sys.exit(main())
