"""Batch extraction: walk inputs, run documents in worker processes, write JSON Lines.

Every input yields exactly one line, in input order: a failing document (unreadable,
binary, too large, or crashing the pipeline) becomes a line with an `errors` entry.
Lines are written whole and flushed, so `--resume` can trust every complete line
and drop a torn last one.
"""

from __future__ import annotations

import glob
import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path
from typing import IO, Any

from .errors import InputError, ModelError, UsageError

DEFAULT_MAX_BYTES = 20_000_000
# One BLAS thread per worker: N workers with a thread per core each only fight.
BLAS_ENV = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


@dataclass(frozen=True)
class Job:
    path: str
    id: str


def is_hidden(name: str) -> bool:
    return name.startswith(".") or name.endswith("~")


def walk(folder: Path, include: list[str], exclude: list[str]) -> Iterator[Job]:
    """Files under a folder, sorted, hidden ones and symlinked folders skipped (no loops)."""
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not is_hidden(d))
        for name in sorted(files):
            if is_hidden(name) or not wanted(name, include, exclude):
                continue
            path = Path(root) / name
            yield Job(str(path), path.relative_to(folder).as_posix())


def wanted(name: str, include: list[str], exclude: list[str]) -> bool:
    return any(fnmatch(name, p) for p in include) and not any(fnmatch(name, p) for p in exclude)


def collect(
    inputs: Iterable[str], include: list[str], exclude: list[str], stdin: IO[str] | None = None
) -> list[Job]:
    """Jobs for folders (recursive), globs, files, and `-` (a list of paths on stdin)."""
    jobs: list[Job] = []
    for item in inputs:
        if item == "-":
            lines = (stdin or sys.stdin).read().splitlines()
            jobs.extend(Job(line, line) for line in lines if line.strip())
        elif Path(item).is_dir():
            jobs.extend(walk(Path(item), include, exclude))
        elif any(char in item for char in "*?["):
            matches = sorted(glob.glob(item, recursive=True))
            jobs.extend(
                Job(m, m)
                for m in matches
                if Path(m).is_file() and wanted(Path(m).name, include, exclude)
            )
        elif os.path.lexists(item):
            jobs.append(Job(item, item))
        else:
            raise UsageError(f"{item}: no such file, folder or matching glob")
    unique: dict[str, Job] = {}
    for job in jobs:
        unique.setdefault(job.id, job)
    return list(unique.values())


def done_ids(output: Path) -> set[str]:
    """Ids already written to OUT; a torn last line (killed mid-write) is cut off."""
    if not output.exists():
        return set()
    data = output.read_bytes()
    complete = data[: data.rfind(b"\n") + 1]
    if len(complete) != len(data):
        with output.open("r+b") as handle:
            handle.truncate(len(complete))
    ids = set()
    for line in complete.splitlines():
        try:
            ids.add(json.loads(line)["id"])
        except (ValueError, KeyError, TypeError):
            continue
    return ids


# ---------------------------------------------------------------- per document

# The worker's extractor and reference date, set once by `init_worker`.
_worker: dict[str, Any] = {}


def init_worker(date: str | None) -> None:
    """Worker start-up: one BLAS thread, models loaded once. A failure is kept and raised
    by the first document, so the batch stops with exit code 1 instead of respawning."""
    for name in BLAS_ENV:
        os.environ[name] = "1"
    from .pipeline import Extractor

    _worker.clear()
    _worker["date"] = date
    try:
        _worker["extractor"] = Extractor().warm_up()
    except Exception as error:
        _worker["error"] = f"{type(error).__name__}: {error}"


@dataclass
class Result:
    """One document's JSON line and the counts the closing summary adds up."""

    line: str
    counts: dict[str, int]
    failed: bool


def process(job: Job, max_bytes: int) -> Result:
    """One document as one JSON line; failures become an `errors` entry, never an exception
    (but for models that did not load: nothing can run then)."""
    if "error" in _worker:
        raise ModelError(f"cannot load natasha models: {_worker['error']}")
    return summarise(render(job, max_bytes))


def summarise(line: str) -> Result:
    doc = json.loads(line)
    counts = {kind: 0 for kind in ("PER", "ORG", "LOC")}
    for entity in doc["entities"]:
        counts[entity["type"]] += 1
    counts["dates"] = len(doc["dates"])
    counts["agreements"] = len(doc["agreements"])
    return Result(line, counts, bool(doc["errors"]))


def render(job: Job, max_bytes: int) -> str:
    """The document's JSON line, or a line that records why it failed."""
    from .reader import decode
    from .schema import DocError, Document, Meta

    def failed(code: str, message: str) -> str:
        meta = Meta(date=None, url=None, title=None, encoding="unknown")
        return Document(
            id=job.id, meta=meta, errors=[DocError(code=code, message=message)]
        ).to_json()

    try:
        path = Path(job.path)
        if path.is_dir():
            return failed("unreadable", f"{job.path}: is a directory")
        size = path.stat().st_size
        if size > max_bytes:
            return failed("too_large", f"{job.path}: {size} bytes is over --max-bytes {max_bytes}")
        decoded = decode(path.read_bytes())
    except InputError as error:
        return failed(error.code, f"{job.path}: {error}")
    except OSError as error:
        return failed("unreadable", f"{job.path}: {error.strerror or error}")
    try:
        doc = _worker["extractor"].extract(
            decoded.text, date=_worker["date"], id=job.id, encoding=decoded.encoding
        )
        return doc.to_json()
    except Exception as error:  # a crash in one document must not stop the batch
        return failed("crash", f"{type(error).__name__}: {error}")
