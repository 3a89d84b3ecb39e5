"""What the learned actor recognizer costs: the pipeline's per-document work with and without it, in one run.

Usage:
    .venv/bin/python benchmarks/recognizer_cost.py [FILE_OR_FOLDER ...] [--repeat N] [--batch-size N]

With no arguments the corpus is the texts of ../shared/dev_gold/ner_dev.jsonl (if present) and
every .txt under seeds/. It prints the seconds for bare ``nlp.pipe`` (the model as spaCy loads
it, without the project's components), the seconds for the pipeline (``load_model`` with its
components, parsing, then ``process_document`` for every document: actors and claims), and
their ratio; and the pipeline with the actor rules alone, to show what the learned recognizer
costs. Each figure is the best of ``--repeat`` runs, taken in turns, after one warm-up
pass. Compare the ratio before and after a change; the absolute times depend on the machine.

This is a benchmark, not a test: it opens files and prints.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402

from pipeline.extract import process_document  # noqa: E402
from pipeline.io.inputs import expand_inputs, read_documents  # noqa: E402
from pipeline.parse.model import DEFAULT_MODEL, load_model  # noqa: E402
from pipeline.parse.units import parse_documents  # noqa: E402
from pipeline.records import Document  # noqa: E402

DEFAULT_NER_DEV = ROOT.parent / "shared" / "dev_gold" / "ner_dev.jsonl"


def corpus(paths: list[Path]) -> list[Document]:
    """Documents from .txt and .jsonl files (folders are searched for both), as the pipeline reads them."""
    found = read_documents(expand_inputs(str(path) for path in paths))
    return [document for document in found if isinstance(document, Document)]


def best_of(repeat: int, *works: Callable[[], object]) -> list[float]:
    """The fastest of ``repeat`` timed runs of each work, after one untimed warm-up of each.

    The works take turns (a, b, a, b …) so that a change in the machine's load during the run
    falls on both alike, and the ratio stays meaningful on a shared machine.
    """
    for work in works:
        work()
    best = [float("inf")] * len(works)
    for _ in range(repeat):
        for index, work in enumerate(works):
            started = time.perf_counter()
            work()
            best[index] = min(best[index], time.perf_counter() - started)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("inputs", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    args = parser.parse_args(argv)

    inputs = args.inputs or [p for p in (DEFAULT_NER_DEV, ROOT / "seeds") if p.exists()]
    documents = corpus(inputs)
    if not documents:
        parser.error("no documents found")

    bare = spacy.load(args.model)
    full = load_model(args.model)
    # The same pipeline with the actor rules alone: what the learned recognizer costs is the difference.
    rules_only = load_model(args.model)
    rules_only.get_pipe("actor_recognizer").recognizer = None
    texts = [document.text for document in documents]

    def run_bare() -> None:
        for _ in bare.pipe(texts, batch_size=args.batch_size):
            pass

    def run(nlp: spacy.language.Language) -> Callable[[], None]:
        def work() -> None:
            for document, units in parse_documents(nlp, documents, batch_size=args.batch_size):
                process_document(document, units)

        return work

    bare_seconds, full_seconds, rules_seconds = best_of(args.repeat, run_bare, run(full), run(rules_only))
    characters = sum(len(text) for text in texts)
    print(f"corpus: {len(documents)} documents, {characters} characters from {', '.join(map(str, inputs))}")
    print(f"bare pipes: {', '.join(bare.pipe_names)}")
    print(f"full pipes: {', '.join(full.pipe_names)}")
    print(f"bare nlp.pipe   {bare_seconds:8.3f} s")
    print(f"full pipeline   {full_seconds:8.3f} s")
    print(f"rules alone     {rules_seconds:8.3f} s  (the actor rules without the learned recognizer)")
    print(f"ratio full/bare {full_seconds / bare_seconds:8.3f}")
    print(
        f"learned recognizer's own cost: {full_seconds / rules_seconds - 1:+.1%} of the pipeline without it"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
