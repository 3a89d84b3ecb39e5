"""How much memory the outputs take at scale: synthetic document results fed to the OutputWriter.

Usage:
    .venv/bin/python benchmarks/graph_memory.py [--claims 1000000] [--claims-per-document 10]

Builds DocumentResults shaped like those of news articles (ten claims and fifteen mentions a
document, two claims a sentence of 60 characters, actors drawn from 50,000 entities with a few
frequent ones, objects from 200,000 topics), feeds them to ``graph.outputs.OutputWriter`` as a run
would, and prints the resident memory after feeding (the graph being built) and at the peak (the
graph files written), the seconds, and the size of each file. No model is loaded. A benchmark, not a
test: it writes into a temporary folder and prints.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.graph.outputs import OutputWriter, write_report  # noqa: E402
from pipeline.records import Argument, Claim, DocumentResult, Entity, Mention  # noqa: E402

KANA = "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん"
KANJI = "日米中露政府首相大統領会談制裁発表支援拒否合意協力軍事経済国際会議選挙議会外交貿易関税交渉"
TYPES = ("person", "country", "organization", "location")
PREDICATES = [f"{a}{b}する" for a in KANJI[:25] for b in KANJI[25:45]]


def _words(rng: random.Random, length: int) -> str:
    return "".join(rng.choice(KANJI if i % 3 else KANA) for i in range(length))


def _actor(rng: random.Random) -> tuple[str, str, str]:
    """(entity id, type, name): a few actors are named very often, most rarely (as in news)."""
    number = min(int(rng.paretovariate(0.6)), 50_000)
    kind = TYPES[number % 4]
    return f"{kind}:名{number}", kind, f"名{number}"


def document(rng: random.Random, number: int, claims_per_document: int) -> DocumentResult:
    doc_id = f"doc{number}"
    text_offset = 0
    mentions, entities, claims = [], {}, []
    for index in range(claims_per_document):
        if index % 2 == 0:
            sentence = _words(rng, 60) + "。"
            sentence_start, text_offset = text_offset, text_offset + len(sentence)
        subject_id, subject_type, subject_name = _actor(rng)
        mention = Mention(doc_id, sentence_start, sentence_start + len(subject_name), subject_name, "Person",
                          subject_type, subject_id)  # fmt: skip
        mentions.append(mention)
        entities[subject_id] = Entity(subject_id, subject_type, subject_name)
        if index % 2:
            object_id, object_type, object_name = _actor(rng)
            mentions.append(Mention(doc_id, sentence_start + 10, sentence_start + 10 + len(object_name),
                                    object_name, "Country", object_type, object_id))  # fmt: skip
            entities[object_id] = Entity(object_id, object_type, object_name)
            target = Argument(object_name, object_id, object_type, sentence_start + 10, sentence_start + 12)
        else:
            topic = f"話題{rng.randrange(200_000)}"
            target = Argument(topic, None, None, sentence_start + 20, sentence_start + 20 + len(topic))
        predicate = rng.choice(PREDICATES)
        claims.append(
            Claim(
                id=f"{doc_id}:{sentence_start + 40 + index}",
                doc_id=doc_id,
                sentence_start=sentence_start,
                sentence_end=sentence_start + len(sentence),
                sentence_text=sentence,
                predicate_lemma=predicate,
                predicate_text=predicate[:-2] + "した",
                predicate_start=sentence_start + 40,
                subject=Argument.of(mention),
                object=target,
                negated=rng.random() < 0.1,
                modality=rng.choice(("asserted", "asserted", "reported", "hedged")),
                source=None,
                quoted=False,
                section="article",
                event=rng.choice(("SAY", "OTHER", "SUPPORT", "REJECT")),
                polarity="neutral",
            )
        )
    return DocumentResult(doc_id, "synthetic.jsonl", "utf-8", claims_per_document // 2, tuple(mentions),
                          tuple(entities.values()), tuple(claims))  # fmt: skip


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * resource.getpagesize() / 2**20


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--claims-per-document", type=int, default=10)
    args = parser.parse_args(argv)
    rng = random.Random(1)
    documents = args.claims // args.claims_per_document
    started_mb = current_mb()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="graph-memory-") as folder:
        out = Path(folder)
        with OutputWriter(out, {"name": "synthetic", "version": "0"}) as outputs:
            for number in range(documents):
                outputs.add_result(document(rng, number, args.claims_per_document), line=number + 1)
            fed_mb, fed_seconds = current_mb(), time.perf_counter() - started
            report = outputs.finish()
        report.timings = {}
        write_report(report, out)
        seconds = time.perf_counter() - started
        sizes = {path.name: path.stat().st_size for path in sorted(out.iterdir())}
    counts = report.counts
    print(
        f"{counts['documents']} documents, {counts['claims']} claims -> {counts['nodes']} nodes, "
        f"{counts['edges']} edges"
    )
    print(f"resident memory before: {started_mb:.0f} MB (Python, networkx, the pipeline's modules)")
    print(
        f"after feeding every result ({fed_seconds:.0f} s): {fed_mb:.0f} MB, "
        f"{(fed_mb - started_mb) * 2**20 / max(1, counts['claims']):.0f} bytes a claim"
    )
    print(
        f"peak, writing the graph files ({seconds:.0f} s in all): {peak_mb():.0f} MB, "
        f"{(peak_mb() - started_mb) * 2**20 / max(1, counts['claims']):.0f} bytes a claim"
    )
    print("files: " + ", ".join(f"{name} {size / 2**20:.0f} MB" for name, size in sizes.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
