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
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path
from typing import IO, TYPE_CHECKING

from ..constants import ENTITY_TYPES
from ..errors import InputError, ModelError, UsageError
from ..reading.language import WARNINGS
from ..schema import DocError, Document, Meta

if TYPE_CHECKING:
    from ..pipeline import Extractor

DEFAULT_MAX_BYTES = 20_000_000
DEFAULT_INCLUDE = ("*.txt", "*.html", "*.htm")  # texts and saved web pages
# One BLAS thread per worker: N workers with a thread per core each only fight.
BLAS_ENV = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


@dataclass(frozen=True)
class Job:
    path: str
    id: str


def is_hidden(name: str) -> bool:
    return name.startswith(".") or name.endswith("~")


def walk(folder: Path, include: Sequence[str], exclude: Sequence[str]) -> Iterator[Job]:
    """Files under a folder, sorted, hidden ones and symlinked folders skipped (no loops)."""
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not is_hidden(d))
        for name in sorted(files):
            if is_hidden(name) or not wanted(name, include, exclude):
                continue
            path = Path(root) / name
            yield Job(str(path), path.relative_to(folder).as_posix())


def wanted(name: str, include: Sequence[str], exclude: Sequence[str]) -> bool:
    return any(fnmatch(name, p) for p in include) and not any(fnmatch(name, p) for p in exclude)


def collect(
    inputs: Iterable[str],
    include: Sequence[str],
    exclude: Sequence[str],
    stdin: IO[str] | None = None,
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
    if not unique:
        patterns = ", ".join(include)
        raise UsageError(f"no input files matched (file names taken: {patterns})")
    return list(unique.values())


def done_ids(output: Path, retry_errors: bool = False) -> dict[str, str]:
    """Ids already written to OUT, each with its failure's code ("" if it did not fail);
    a torn last line (killed mid-write) is cut off. With `retry_errors`, lines of
    documents that failed are taken out of OUT, to be redone."""
    if not output.exists():
        return {}
    data = output.read_bytes()
    complete = data[: data.rfind(b"\n") + 1]
    if len(complete) != len(data):
        with output.open("r+b") as handle:
            handle.truncate(len(complete))
    ids: dict[str, str] = {}
    kept, dropped = [], 0
    for line in complete.splitlines(keepends=True):
        try:
            doc = json.loads(line)
            identifier = doc["id"]
        except (ValueError, KeyError, TypeError):
            kept.append(line)
            continue
        code = failure(doc)
        if retry_errors and code:
            dropped += 1
            continue
        ids[identifier] = code
        kept.append(line)
    if dropped:
        from ..render.files import write_whole

        write_whole(output, b"".join(kept).decode("utf-8"))
    return ids


def failure(doc: dict) -> str:
    """The code of the failure a written line records, or "" (a warning is no failure)."""
    errors = doc.get("errors") or []
    codes = [e.get("code") for e in errors if isinstance(e, dict)]
    return next((str(code) for code in codes if code not in WARNINGS), "")


@dataclass(frozen=True)
class BatchOptions:
    """Everything `nlp-extract batch` was asked, from the CLI to the engines and workers."""

    inputs: tuple[str, ...]
    output: Path | None = None
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    workers: int = 1
    ordered: bool = True
    resume: bool = False
    retry_errors: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES
    date: str | None = None
    engine: str = "local"
    scheduler: str | None = None
    quiet: bool = False


# ---------------------------------------------------------------- per document


@dataclass
class Result:
    """One document's JSON line and what the closing summary adds up: counts, and the
    first error of a document that failed ("" for one that did not)."""

    line: str
    counts: dict[str, int]
    failed: bool
    id: str = ""
    error: str = ""

    @classmethod
    def of(cls, doc: Document) -> Result:
        counts: dict[str, int] = dict.fromkeys(ENTITY_TYPES, 0)
        for entity in doc.entities:
            counts[entity.type] += 1
        counts["dates"] = len(doc.dates)
        counts["agreements"] = len(doc.agreements)
        # a warning (a text not in Russian) is no failure: the document was read
        failures = [error for error in doc.errors if error.code not in WARNINGS]
        error = failures[0].code if failures else ""
        return cls(doc.to_json(), counts, bool(failures), doc.id, error)


class Worker:
    """A worker's extractor, its reference date and size limit, loaded once per process.
    A failure to load is kept and raised by the first document, so the batch stops
    with exit code 1 instead of respawning workers."""

    def __init__(self, date: str | None, max_bytes: int) -> None:
        from ..pipeline import Extractor

        self.date, self.max_bytes = date, max_bytes
        self.extractor: Extractor | None = None
        self.error = ""
        try:
            self.extractor = Extractor().warm_up()
        except Exception as error:
            self.error = f"{type(error).__name__}: {error}"

    def process(self, job: Job) -> Result:
        """One document as one result; failures become an `errors` entry, never an
        exception (but for models that did not load: nothing can run then)."""
        if self.extractor is None:
            raise ModelError(f"cannot load natasha models: {self.error}")
        return Result.of(self.document(job, self.extractor))

    def date_of(self, job: Job) -> str | None:
        """The reference date to give a document: --date, or with `--date name` the
        date its file's name holds."""
        from ..dates.reference import FROM_NAME, name_date

        return name_date(job.path) if self.date == FROM_NAME else self.date

    def document(self, job: Job, extractor: Extractor) -> Document:
        """The job's Document, or one that records why it failed."""
        from ..reading.reader import decode

        try:
            path = Path(job.path)
            if path.is_dir():
                return failed(job, "unreadable", f"{job.path}: is a directory")
            size = path.stat().st_size
            if size > self.max_bytes:
                message = f"{job.path}: {size} bytes is over --max-bytes {self.max_bytes}"
                return failed(job, "too_large", message)
            decoded = decode(path.read_bytes())
        except InputError as error:
            return failed(job, error.code, f"{job.path}: {error}")
        except OSError as error:
            return failed(job, "unreadable", f"{job.path}: {error.strerror or error}")
        try:
            return extractor.extract(
                decoded.text, date=self.date_of(job), id=job.id, encoding=decoded.encoding
            )
        except Exception as error:  # a crash in one document must not stop the batch
            return failed(job, "crash", f"{type(error).__name__}: {error}")


def failed(job: Job, code: str, message: str) -> Document:
    meta = Meta(date=None, url=None, title=None, encoding="unknown")
    return Document(id=job.id, meta=meta, errors=[DocError(code=code, message=message)])


# The worker of this process: a process pool calls module functions, not methods.
_worker: Worker | None = None


def start_worker(date: str | None, max_bytes: int) -> None:
    """Worker start-up: one BLAS thread, then the models, once."""
    global _worker
    for name in BLAS_ENV:
        os.environ[name] = "1"
    _worker = Worker(date, max_bytes)


def process(job: Job) -> Result:
    """The job, run by this process's worker."""
    if _worker is None:
        raise ModelError("no worker was started in this process")
    return _worker.process(job)


def process_all(jobs: Sequence[Job]) -> list[Result]:
    """Several jobs at once: one round trip to a worker process."""
    return [process(job) for job in jobs]
