"""Output files written whole or not at all: built under a temporary name, then moved."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ..errors import WriteError


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
