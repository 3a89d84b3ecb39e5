"""Speed and memory of the whole pipeline against bare GiNZA on the same documents, in one run.

Usage:
    .venv/bin/python benchmarks/speed.py [FILE_OR_FOLDER ...] [--documents 75] [--workers N]
        [--batch-sizes 1,16,1000] [--scale 3] [--repeat 1] [--dask] [--batch-chars 500,8000]


The corpus is the first ``--documents`` documents of the inputs, in order (.jsonl lines and .txt
files; folders are searched in sorted path order); by default the first 75 articles of
../shared/corpora/wikinews/articles_0-999.jsonl. Every run is a process of its own, so each has its
own peak memory, and each is timed whole (interpreter start and model load included):

- bare ja_ginza: ``spacy.load`` and ``nlp.pipe`` at each of ``--batch-sizes`` (1000 is spaCy's default);
- the pipeline, ``python -m pipeline run`` with ``--workers 1`` and ``--workers N`` (default: the
  number of cores), and with ``--engine dask`` if ``--dask``;
- the pipeline with each ``--batch-chars`` given (to choose its default);
- the pipeline with ``--workers 1`` on ``--scale`` times as many documents (the next ones in the input):
  its peak memory against the first's.

It prints each run's throughput in characters per second (whole process, and the parse alone for bare
GiNZA), CPU seconds (steadier than the clock on a shared machine; workers forked from a fork server
included, from samples), peak memory (the largest process's resident set, and all of a run's
processes together, sampled, with the pages forked workers share counted once), then the ratios the
project holds itself to.
``benchmarks/long_document.py`` times one very long document. This is a benchmark, not a test: it
opens files and prints.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "wikinews" / "articles_0-999.jsonl"
PYTHON = sys.executable
sys.path.insert(0, str(ROOT))

# The child process of a bare run: load the model, parse every text, report the two durations.
BARE_CHILD = """
import json, sys, time
started = time.perf_counter()
import spacy
nlp = spacy.load(sys.argv[1])
loaded = time.perf_counter()
texts = [json.loads(line)["text"] for line in open(sys.argv[3], encoding="utf-8")]
for _ in nlp.pipe(texts, batch_size=int(sys.argv[2])):
    pass
print(json.dumps({"load_seconds": loaded - started, "parse_seconds": time.perf_counter() - loaded}))
"""


@dataclass
class Run:
    name: str
    characters: int
    seconds: float  # the whole process, wall clock
    cpu_seconds: float  # user + system, of the process and its workers
    peak_mb: float  # the largest process
    peak_all_mb: float  # all of the run's processes at once, shared pages once (sampled every 2 s)
    extra: dict = field(default_factory=dict)

    @property
    def throughput(self) -> float:
        return self.characters / self.seconds


def documents(paths: list[Path]) -> list[dict]:
    """Every document of the inputs as the pipeline reads them, in order, as ``{"id", "text"}`` records."""
    from pipeline.io.inputs import expand_inputs, read_documents
    from pipeline.records import Document

    found = read_documents(expand_inputs(str(path) for path in paths))
    return [{"id": d.id, "text": d.text} for d in found if isinstance(d, Document)]


def write_corpus(records: list[dict], path: Path) -> int:
    with open(path, "w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return sum(len(record["text"]) for record in records)


class ProcessTree:
    """A run's process and its descendants, sampled from /proc (Linux only) at a cost the run can bear.

    Each sample reads every process's stat (resident set and CPU seconds, a fraction of a millisecond);
    the tree is found again every ``RESCAN`` samples (a scan of /proc, some 3 ms); all processes'
    proportional set sizes, a page that forked processes share counted once, every ``PSS_EVERY``
    samples (/proc/PID/smaps_rollup walks the page tables: some 6 ms a process of the model's size).
    """

    RESCAN = 10
    PSS_EVERY = 40
    TICKS = os.sysconf("SC_CLK_TCK")
    PAGE_MB = os.sysconf("SC_PAGE_SIZE") / 1024 / 1024

    def __init__(self, root: int) -> None:
        self.root = root
        self.family: set[int] = {root}
        self.samples = 0
        self.peak_largest_mb = 0.0
        self.peak_all_mb = 0.0
        self.cpu_seconds: dict[int, float] = {}  # each process's own, as last seen

    def sample(self) -> None:
        if self.samples % self.RESCAN == 0:
            self.family = _descendants(self.root)
        if self.samples % self.PSS_EVERY == 0:
            self.peak_all_mb = max(self.peak_all_mb, sum(map(_pss_kb, self.family)) / 1024)
        self.samples += 1
        for pid in self.family:
            try:
                with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as handle:
                    fields = handle.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            self.cpu_seconds[pid] = (int(fields[11]) + int(fields[12])) / self.TICKS  # utime, stime
            self.peak_largest_mb = max(self.peak_largest_mb, int(fields[21]) * self.PAGE_MB)


def _descendants(root: int) -> set[int]:
    parents: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                with open(f"/proc/{entry.name}/stat", encoding="ascii", errors="replace") as handle:
                    parents[int(entry.name)] = int(handle.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
    family, grew = {root}, True
    while grew:
        new = {pid for pid, parent in parents.items() if parent in family} - family
        family |= new
        grew = bool(new)
    return family


def _pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii", errors="replace") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def measure(name: str, command: list[str], characters: int) -> Run:
    """Run a command as its own process: wall clock, CPU, peak memory of the largest and of all processes."""
    errors = tempfile.TemporaryFile()  # not a pipe: a chatty child must never block on it
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=errors)
    tree = ProcessTree(process.pid)
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            tree.sample()
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    done.set()
    sampler.join()
    peak_largest = max(tree.peak_largest_mb, usage.ru_maxrss / 1024)
    print(f"  ran {name}: {seconds:.1f} s, {peak_largest:.0f} MB", file=sys.stderr, flush=True)
    if process.returncode not in (0, 1):
        errors.seek(0)
        raise SystemExit(
            f"{name}: exit {process.returncode}: {errors.read().decode(errors='replace')[-2000:]}"
        )
    extra = json.loads(output) if output.strip().startswith(b"{") else {}
    # The kernel counts a child's CPU and peak memory into its parent's only when the parent waits for
    # it: workers forked from a fork server are its children, and it is not waited for (it ends when
    # the run does). The samples count them: every process's CPU as last seen, less the last 50 ms.
    return Run(
        name,
        characters,
        seconds,
        max(usage.ru_utime + usage.ru_stime, sum(tree.cpu_seconds.values())),
        peak_largest,
        max(tree.peak_all_mb, usage.ru_maxrss / 1024),
        extra,
    )


def bare(corpus: Path, characters: int, batch_size: int, model: str) -> Run:
    command = [PYTHON, "-c", BARE_CHILD, model, str(batch_size), str(corpus)]
    return measure(f"bare ja_ginza, batch_size={batch_size}", command, characters)


def pipeline(corpus: Path, characters: int, out: Path, *options: str, name: str) -> Run:
    command = [PYTHON, "-m", "pipeline", "run", str(corpus), "--out", str(out), "--quiet", *options]
    return measure(name, command, characters)


def same_outputs(first: Path, second: Path) -> bool:
    names = ("entities.jsonl", "claims.jsonl", "graph.graphml", "graph.json")
    if any((first / n).read_bytes() != (second / n).read_bytes() for n in names):
        return False
    reports = [json.loads((folder / "report.json").read_text(encoding="utf-8")) for folder in (first, second)]
    for report in reports:
        report.pop("timings")
    return reports[0] == reports[1]


def print_runs(runs: list[Run]) -> None:
    print(
        f"{'run':<44} {'chars':>8} {'seconds':>8} {'chars/s':>8} {'parse chars/s':>13} "
        f"{'CPU s':>7} {'peak MB':>8} {'all MB':>7}"
    )
    for run in runs:
        parse = run.extra.get("parse_seconds")
        parse_rate = f"{run.characters / parse:13.0f}" if parse else f"{'':>13}"
        print(
            f"{run.name:<44} {run.characters:8d} {run.seconds:8.2f} {run.throughput:8.0f} {parse_rate} "
            f"{run.cpu_seconds:7.2f} {run.peak_mb:8.0f} {run.peak_all_mb:7.0f}"
        )


def verdict(value: float, target: float, at_least: bool = True) -> str:
    passed = value >= target if at_least else value <= target
    return f"{value:6.3f}  ({'≥' if at_least else '≤'} {target}: {'yes' if passed else 'NO'})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("inputs", nargs="*", type=Path)
    parser.add_argument("--documents", type=int, default=75, help="the first N documents (default 75)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--batch-sizes", default="1,16,1000", help="bare GiNZA's batch sizes to time")
    parser.add_argument("--scale", type=int, default=3, help="the memory check's corpus, in corpora")
    parser.add_argument("--repeat", type=int, default=1, help="time each run this many times, keep the best")
    parser.add_argument("--dask", action="store_true", help="also time --engine dask (a LocalCluster)")
    parser.add_argument(
        "--batch-chars", default="", help="also time the pipeline (1 worker) with each of these --batch-chars"
    )
    parser.add_argument("--model", default="ja_ginza")
    args = parser.parse_args(argv)

    inputs = args.inputs or [DEFAULT_CORPUS]
    records = documents(inputs)
    if not records:
        parser.error("no documents found")
    folder = Path(tempfile.mkdtemp(prefix="speed-"))
    corpus, scaled = folder / "corpus.jsonl", folder / "scaled.jsonl"
    characters = write_corpus(records[: args.documents], corpus)
    scaled_records = list(islice(records, args.documents * args.scale))
    scaled_characters = write_corpus(scaled_records, scaled)
    print(
        f"corpus: the first {min(args.documents, len(records))} documents, {characters} characters, of "
        f"{', '.join(map(str, inputs))}; memory check: the first {len(scaled_records)} "
        f"({scaled_characters} characters)"
    )
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} at the start")

    batch_sizes = [int(size) for size in args.batch_sizes.split(",")]
    plans = [
        (f"bare {size}", lambda size=size: bare(corpus, characters, size, args.model)) for size in batch_sizes
    ]
    plans.append(
        ("full 1", lambda: pipeline(corpus, characters, folder / "w1", name="pipeline, --workers 1"))
    )
    plans.append(
        (
            f"full {args.workers}",
            lambda: pipeline(
                corpus,
                characters,
                folder / f"pipeline, --workers {args.workers}",
                "--workers",
                str(args.workers),
                name=f"pipeline, --workers {args.workers}",
            ),
        )
    )
    if args.dask:
        plans.append(
            (
                "dask",
                lambda: pipeline(
                    corpus,
                    characters,
                    folder / "dask",
                    "--engine",
                    "dask",
                    "--workers",
                    str(args.workers),
                    name=f"pipeline, --engine dask, {args.workers} workers",
                ),
            )
        )
    for chars in filter(None, args.batch_chars.split(",")):
        plans.append(
            (
                f"chars {chars}",
                lambda chars=chars: pipeline(
                    corpus,
                    characters,
                    folder / f"chars{chars}",
                    "--batch-chars",
                    chars,
                    name=f"pipeline, --batch-chars {chars}",
                ),
            )
        )
    best: dict[str, Run] = {}
    turns: list[dict[str, Run]] = []
    for _ in range(args.repeat):  # in turns, so that a change in the machine's load falls on all alike
        turns.append({})
        for key, plan in plans:
            run = turns[-1][key] = plan()
            if key not in best or run.seconds < best[key].seconds:
                best[key] = run
    scaled_run = pipeline(
        scaled, scaled_characters, folder / "scaled", name=f"pipeline, --workers 1, {args.scale}x documents"
    )
    runs = [*best.values(), scaled_run]
    print()
    print_runs(runs)

    bares = [best[f"bare {size}"] for size in batch_sizes]
    fastest = max(bares, key=lambda run: run.throughput)
    fastest_parse = max(bares, key=lambda run: run.characters / run.extra["parse_seconds"])
    leanest = min(bares, key=lambda run: run.peak_mb)
    one, many = best["full 1"], best[f"full {args.workers}"]
    print()
    print(f"fastest bare run: {fastest.name}; leanest: {leanest.name}")
    bare_parse_rate = fastest_parse.characters / fastest_parse.extra["parse_seconds"]
    load_seconds = min(run.seconds - run.extra["parse_seconds"] for run in bares)
    workers = f"--workers {args.workers}"
    ratios = [
        (
            "pipeline --workers 1 / fastest bare, whole processes",
            verdict(one.throughput / fastest.throughput, 0.9),
        ),
        ("pipeline --workers 1 / bare nlp.pipe alone (no load)", f"{one.throughput / bare_parse_rate:6.3f}"),
        ("CPU seconds, pipeline --workers 1 / fastest bare", f"{one.cpu_seconds / fastest.cpu_seconds:6.3f}"),
        (f"{workers} / --workers 1, throughput", verdict(many.throughput / one.throughput, 1.8)),
        (
            # What does not parallelize: starting Python and loading the model (timed in the bare run).
            f"{workers} / --workers 1, after the model load ({load_seconds:.1f} s)",
            f"{(one.seconds - load_seconds) / (many.seconds - load_seconds):6.3f}",
        ),
        (
            "peak memory, pipeline --workers 1 / leanest bare",
            verdict(one.peak_mb / leanest.peak_mb, 1.5, False),
        ),
        (
            f"peak memory, largest process of {workers} / leanest bare",
            f"{many.peak_mb / leanest.peak_mb:6.3f}",
        ),
        (
            f"peak memory, all processes of {workers} / leanest bare",
            f"{many.peak_all_mb / leanest.peak_mb:6.3f}",
        ),
        (
            f"peak memory, {args.scale}x documents / 1x (--workers 1)",
            verdict(scaled_run.peak_mb / one.peak_mb, 1.2, False),
        ),
        (
            f"outputs of --workers 1 and {workers} identical",
            str(same_outputs(folder / "w1", folder / many.name)),
        ),
    ]
    if args.dask:
        ratios.append(
            (
                "outputs of --workers 1 and --engine dask identical",
                str(same_outputs(folder / "w1", folder / "dask")),
            )
        )
    if args.repeat > 1:
        # Each best is taken from whichever turn was fastest for it, so a ratio of bests can pair a quiet
        # turn with a busy one; the ratios within each turn, runs minutes apart, show the spread.
        fastest_key = f"bare {max(batch_sizes, key=lambda size: best[f'bare {size}'].throughput)}"
        ratios.append(
            (
                "per turn: pipeline --workers 1 / fastest bare",
                _per_turn(turns, lambda turn: turn["full 1"].throughput / turn[fastest_key].throughput),
            )
        )
        ratios.append(
            (
                f"per turn: {workers} / --workers 1",
                _per_turn(
                    turns, lambda turn: turn[f"full {args.workers}"].throughput / turn["full 1"].throughput
                ),
            )
        )
    for label, value in ratios:
        print(f"{label:<58} {value}")
    print(f"outputs kept in {folder}")
    return 0


def _per_turn(turns: list[dict[str, Run]], ratio: Callable[[dict[str, Run]], float]) -> str:
    values = [ratio(turn) for turn in turns]
    return f"{statistics.median(values):6.3f}  (median; {', '.join(f'{value:.3f}' for value in values)})"


if __name__ == "__main__":
    raise SystemExit(main())
