"""Writing output: files whole or not at all (built under a temporary name, then moved),
and every failure to write, to a file or to standard output, as one WriteError."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from ..errors import STDOUT, UsageError, WriteError


@contextmanager
def writing(target: object = STDOUT) -> Iterator[None]:
    """An OSError inside becomes a WriteError naming the target. A closed pipe stays a
    BrokenPipeError: the reader went away, which is no failure (the CLI stops quietly)."""
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as error:
        raise WriteError(target, error) from None


# A pipe takes at most this much at once: a larger write that a reader leaves half-read
# returns short, and Python then lets the rest go without an error (`report | head`
# exited 0). Piece by piece, the next write after the reader went away fails.
PIECE = 1 << 16


def write_text(out: IO[str], text: str) -> None:
    """The text written piece by piece, so a closed pipe is a BrokenPipeError."""
    for start in range(0, len(text), PIECE):
        out.write(text[start : start + PIECE])
        out.flush()


def checked_target(path: Path) -> Path:
    """An output path that can be meant: not a folder, and in a folder that exists."""
    if path.is_dir():
        raise UsageError(f"cannot write {path}: it is a directory")
    if not path.parent.exists():
        raise UsageError(f"cannot write {path}: no such folder {path.parent}")
    return path


def temporary_beside(target: Path) -> Path:
    """A new empty file in the target's folder (so the final move is atomic)."""
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as error:
        raise WriteError(target, error) from None
    os.close(handle)
    return Path(name)


def publish(temporary: Path, target: Path) -> None:
    """Move the finished file into place, with the permissions a new file would have."""
    umask = os.umask(0)
    os.umask(umask)
    try:
        os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise WriteError(target, error) from None


def write_whole(target: Path, text: str) -> None:
    """The text in the target, complete, or the target untouched."""
    temporary = temporary_beside(target)
    try:
        temporary.write_text(text, encoding="utf-8")
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise WriteError(target, error) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    publish(temporary, target)
