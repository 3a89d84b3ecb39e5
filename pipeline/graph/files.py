"""Output files on disk: written whole or not at all, always valid UTF-8.

``atomic_writer(path)`` gives a binary file that replaces ``path`` only when
closed without error; ``open_target`` lets every writer take a path or an
open binary file; ``utf8`` encodes text as the outputs hold it;
``remove_stale_temporaries`` clears what a killed run left behind.
"""

from __future__ import annotations

import codecs
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

# Encoding error handler for text outputs: a lone surrogate, which UTF-8 cannot hold, is written as
# U+FFFD, so that every output file is valid UTF-8 whatever string reached it.
_REPLACE_SURROGATES = "pipeline-replace-surrogates"
codecs.register_error(_REPLACE_SURROGATES, lambda error: ("\ufffd".encode(), error.end))

Target = str | Path | IO[bytes]


def utf8(text: str) -> bytes:
    """``text`` as UTF-8, with any lone surrogate written as U+FFFD."""
    return text.encode("utf-8", _REPLACE_SURROGATES)


@contextmanager
def atomic_writer(path: Path) -> Iterator[IO[bytes]]:
    """Write to a temporary file beside ``path`` and rename it into place only on success."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with open(descriptor, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


@contextmanager
def open_target(target: Target) -> Iterator[IO[bytes]]:
    """A path is written atomically; an open binary file is written to and left open."""
    if isinstance(target, str | Path):
        with atomic_writer(Path(target)) as handle:
            yield handle
    else:
        yield target


def remove_stale_temporaries(folder: Path, names: Iterable[str]) -> None:
    """The temporary files of ``atomic_writer`` for these file names that a killed run left in ``folder``."""
    for name in names:
        for stale in folder.glob(f".{name}.*.tmp"):
            stale.unlink(missing_ok=True)


def _umask() -> int:
    # mkstemp creates files readable by their owner only; outputs get the usual permissions.
    current = os.umask(0)
    os.umask(current)
    return current
