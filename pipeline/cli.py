"""Command line: ``python -m pipeline run INPUT... --out DIR``.

Exit status: 0 when every document was processed, 1 when some failed (they
are listed in report.json and the rest is still written), 2 for unusable
arguments (a one-line message on stderr, nothing written), 3 when the run
stopped before its end (a worker died, the cluster went away: ``--resume``
continues it), 130 when interrupted.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .io.inputs import STDIN, InputError, expand_inputs, read_documents
from .parse.model import DEFAULT_MODEL, ModelError, load_model, model_meta
from .parse.units import DEFAULT_BATCH_CHARS, DEFAULT_BATCH_SIZE

EXIT_OK, EXIT_FAILURES, EXIT_USAGE, EXIT_STOPPED = 0, 1, 2, 3
# What shells report for a process stopped by Ctrl-C (128 + SIGINT).
EXIT_INTERRUPTED = 130


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse exits 2 as well; keep its one-line form
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value} is less than 1")
    return number


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="python -m pipeline",
        description=(
            "Turn Japanese news text into a graph of who did what: actors, claims, GraphML, JSON and JSONL."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    run = commands.add_parser(
        "run",
        help="process documents into an output folder",
        description=(
            "Read documents, find actors and claims with GiNZA, and write entities.jsonl, claims.jsonl, "
            "graph.graphml, graph.json and report.json to DIR. Exit status: 0 all documents processed, "
            "1 some failed (listed in report.json, the rest written), 2 unusable arguments."
        ),
    )
    run.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help=(
            "a .txt file (one document, id = file name without extension), a .jsonl file (one "
            '{"id", "text", "meta", "comments"} object a line), a folder (every .txt and .jsonl below it, '
            "in sorted path order), or - for standard input (one document with id 'stdin')"
        ),
    )
    run.add_argument(
        "--out",
        required=True,
        metavar="DIR",
        type=Path,
        help="output folder; created if missing, its output files replaced whole",
    )
    run.add_argument(
        "--model",
        default=DEFAULT_MODEL,
        metavar="NAME",
        help=f"spaCy/GiNZA model package to load (default: {DEFAULT_MODEL})",
    )
    run.add_argument(
        "--workers",
        type=_positive,
        default=1,
        metavar="N",
        help="processes that parse and extract in parallel, each loading the model once (default: 1, "
        "in this process); with --engine dask, the local cluster's workers; outputs are the same for any N",
    )
    run.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="local: this machine's processes (default); dask: a Dask cluster (a local one, or "
        "--scheduler's), needs the dask extra: pip install 'ja-claim-graph[dask]'",
    )
    run.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="with --engine dask: the scheduler of a running cluster (tcp://host:8786) instead of a "
        "local one; every worker needs this package and the model installed",
    )
    run.add_argument(
        "--batch-size",
        type=_positive,
        default=DEFAULT_BATCH_SIZE,
        metavar="N",
        help=f"text units handed to the parser at a time, at most (default: {DEFAULT_BATCH_SIZE})",
    )
    run.add_argument(
        "--batch-chars",
        type=_positive,
        default=DEFAULT_BATCH_CHARS,
        metavar="N",
        help=f"characters handed to the parser at a time, at most; a longer unit goes alone "
        f"(default: {DEFAULT_BATCH_CHARS}: large batches cost GiNZA memory and time)",
    )
    run.add_argument(
        "--resume",
        action="store_true",
        help="continue an interrupted run on the same inputs and DIR without parsing again "
        "the documents it finished",
    )
    run.add_argument("--quiet", action="store_true", help="no progress bar")
    show = commands.add_parser(
        "show",
        help="sum up a run's output folder in the terminal",
        description=(
            "Print the top actors (aliases, country, sector), the best-supported claims between actors and "
            "the contradictions of a run's output folder, from its graph.json. Exit status: 0, or 2 when "
            "DIR holds no readable graph.json."
        ),
    )
    show.add_argument("out", metavar="DIR", type=Path, help="the --out folder of a run")
    show.add_argument(
        "--top",
        type=_positive,
        default=20,
        metavar="N",
        help="actors to list, most mentioned first (default: 20)",
    )
    show.add_argument(
        "--claims",
        type=_positive,
        default=15,
        metavar="N",
        help="best-supported claims and contradictions to list (default: 15)",
    )
    show.add_argument(
        "--width",
        type=_positive,
        default=100,
        metavar="N",
        help="columns to lay the tables out in (default: 100)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "show":
        return _show(args)
    return _run(args)


def _show(args: argparse.Namespace) -> int:
    from .show import ShowError, show

    try:
        show(args.out, top=args.top, claims=args.claims, width=args.width)
    except ShowError as error:
        print(f"python -m pipeline show: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    return EXIT_OK


def _fail_usage(message: str) -> int:
    print(f"python -m pipeline run: error: {message}", file=sys.stderr)
    return EXIT_USAGE


def _run(args: argparse.Namespace) -> int:
    from .engines import EngineUnavailable, WorkerLost
    from .runner import JOURNAL_DIR, ResumeMismatch, run

    if args.inputs.count(STDIN) > 1:
        return _fail_usage("standard input (-) can be read only once")
    if args.out.exists() and not args.out.is_dir():
        return _fail_usage(f"--out {args.out}: exists and is not a folder")
    try:
        paths = expand_inputs(args.inputs, exclude=args.out)
    except InputError as error:
        return _fail_usage(str(error))
    if args.scheduler and args.engine != "dask":
        return _fail_usage("--scheduler is for --engine dask")
    painter = _painter()  # started before the model loads, so that it imports matplotlib meanwhile
    try:
        model = model_meta(args.model)
        engine = _engine(args)
    except (ModelError, EngineUnavailable) as error:
        painter.close()
        return _fail_usage(str(error))
    if args.resume and not (args.out / JOURNAL_DIR / "journal.jsonl").is_file():
        print(
            f"python -m pipeline run: nothing to resume in {args.out}; running from the start",
            file=sys.stderr,
        )
    progress = _progress_bar(paths, args.quiet)
    try:
        report = run(
            engine,
            model,
            read_documents(paths),
            args.out,
            resume=args.resume,
            progress=progress.update if progress else None,
            inputs=paths,
            painter=painter,
        )
    except ResumeMismatch as error:
        return _fail_usage(str(error))
    except ModelError as error:  # a worker (a Dask worker on another machine) cannot load the model
        return _fail_usage(str(error))
    except WorkerLost as error:
        print(
            f"python -m pipeline run: stopped: {error}; run again with --resume to continue in {args.out}",
            file=sys.stderr,
        )
        return EXIT_STOPPED
    except OSError as error:
        return _fail_usage(
            f"cannot write to {args.out}: {error.strerror or error}"
            + (f" ({error.filename})" if error.filename else "")
        )
    except KeyboardInterrupt:
        print(
            f"python -m pipeline run: interrupted; run again with --resume to continue in {args.out}",
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED
    finally:
        if progress:
            progress.close()
        painter.close()
    counts = report.counts
    print(
        f"{counts['documents']} documents, {counts['claims']} claims, {counts['entities']} entities "
        f"-> {args.out}" + (f"; {counts['failed']} failed (see report.json)" if counts["failed"] else ""),
        file=sys.stderr,
    )
    return EXIT_FAILURES if report.failed else EXIT_OK


def _engine(args: argparse.Namespace):
    """Where documents are parsed: this process, worker processes, or a Dask cluster."""
    from .engines import ParseSettings

    settings = ParseSettings(args.model, args.batch_size, args.batch_chars)
    if args.engine == "dask":
        from .engines.cluster import DaskCluster

        return DaskCluster(settings, scheduler=args.scheduler, workers=args.workers)
    if args.workers > 1:  # this process only reads, journals and writes: it never loads the model
        from .engines.local import WorkerProcesses

        return WorkerProcesses(settings, args.workers)
    from .engines.local import InProcess

    return InProcess(load_model(args.model), settings)


def _painter():
    """The helper process that draws graph.png (graph/painter.py): it imports matplotlib while the
    model loads, on a core the loading leaves idle, and draws while this process writes the other files."""
    from .graph.painter import BackgroundPainter

    return BackgroundPainter()


def _progress_bar(paths: list[str], quiet: bool):
    """A bar with documents per second and the time left; its length is counted while the run starts."""
    if quiet or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    bar = tqdm(unit="doc", file=sys.stderr, dynamic_ncols=True)

    def count() -> None:
        total = _count_items(paths)
        with bar.get_lock():
            bar.total = total
        bar.refresh()

    threading.Thread(target=count, daemon=True).start()
    return bar


def _count_items(paths: list[str]) -> int | None:
    """Documents to expect (one per .txt, one per non-blank .jsonl line), so the bar knows its length."""
    total = 0
    for path in paths:
        if path == STDIN:
            total += 1
        elif path.lower().endswith(".jsonl") and os.path.isfile(path):
            try:
                with open(path, "rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            except OSError:
                total += 1
        else:
            total += 1
    return total
