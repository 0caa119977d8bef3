"""Batch: input walking, failure isolation, resume after a kill, engines."""

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nlp_extract.batch.jobs import Job, collect, done_ids
from nlp_extract.cli import app

from ..conftest import EXAMPLES, SEED

runner = CliRunner()
TEXT = "Министр иностранных дел России Сергей Лавров прибыл в Минск.\n"


def lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def folder(tmp_path) -> Path:
    """Good and bad documents side by side."""
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    shutil.copy(SEED, root / "seed.txt")
    shutil.copy(EXAMPLES / "windows1251_crlf.txt", root / "sub" / "cp1251.txt")
    (root / "empty.txt").write_bytes(b"")
    (root / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (root / "notes.md").write_text("не текст для пакета", encoding="utf-8")
    (root / ".hidden.txt").write_text(TEXT, encoding="utf-8")
    (root / "sub" / "loop").symlink_to(root, target_is_directory=True)
    (root / "dangling.txt").symlink_to(root / "gone.txt")
    return root


def test_collect_walks_sorted_filters_and_skips_hidden_and_loops(folder):
    ids = [job.id for job in collect([str(folder)], ["*.txt"], [])]
    assert ids == ["binary.txt", "dangling.txt", "empty.txt", "seed.txt", "sub/cp1251.txt"]
    assert next(j.id for j in collect([str(folder)], ["*.txt"], ["b*"])) == "dangling.txt"


def test_collect_globs_files_and_stdin_lists(folder):
    assert [j.id for j in collect([str(folder / "s*.txt")], ["*.txt"], [])] == [
        str(folder / "seed.txt")
    ]
    import io

    listed = collect(["-"], ["*.txt"], [], stdin=io.StringIO(f"{folder / 'seed.txt'}\n\n"))
    assert listed == [Job(str(folder / "seed.txt"), str(folder / "seed.txt"))]


def test_every_input_gives_one_line_and_failures_are_recorded(folder, tmp_path, extractor):
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["batch", str(folder), "-o", str(out), "--workers", "1", "-q"])
    assert result.exit_code == 3  # finished, some documents failed
    docs = {d["id"]: d for d in lines(out)}
    assert list(docs) == ["binary.txt", "dangling.txt", "empty.txt", "seed.txt", "sub/cp1251.txt"]
    assert docs["binary.txt"]["errors"][0]["code"] == "binary"
    assert docs["dangling.txt"]["errors"][0]["code"] == "unreadable"
    assert docs["empty.txt"]["errors"] == [] and docs["empty.txt"]["entities"] == []
    assert docs["sub/cp1251.txt"]["meta"]["encoding"] == "cp1251"
    assert any(e["name"] == "Азим Ахмедхаджаев" for e in docs["seed.txt"]["entities"])


def test_the_summary_names_failed_files_and_resume_counts_what_it_skips(tmp_path, extractor):
    folder, out = tmp_path / "in", tmp_path / "out.jsonl"
    folder.mkdir()
    (folder / "good.txt").write_text(TEXT, encoding="utf-8")
    (folder / "broken.txt").write_bytes(bytes(range(256)) * 8)
    first = runner.invoke(app, ["batch", str(folder), "-o", str(out), "--workers", "1"])
    assert first.exit_code == 3
    assert "Failed: broken.txt (binary)." in first.stderr
    assert f"| .id' {out}; redo them with --retry-errors." in first.stderr

    # --resume skips both, and still says that one of them failed
    again = runner.invoke(app, ["batch", str(folder), "-o", str(out), "--workers", "1", "--resume"])
    assert again.exit_code == 3
    assert re.search(r"skipped, done before\s*│\s*2 ", again.stderr)
    assert "Failed: broken.txt (binary)." in again.stderr
    assert len(lines(out)) == 2

    # --retry-errors takes the failed line out and redoes it
    (folder / "broken.txt").write_text(TEXT, encoding="utf-8")
    retried = runner.invoke(
        app, ["batch", str(folder), "-o", str(out), "-q", "--workers", "1", "--retry-errors"]
    )
    assert retried.exit_code == 0
    docs = {doc["id"]: doc for doc in lines(out)}
    assert sorted(docs) == ["broken.txt", "good.txt"] and len(lines(out)) == 2
    assert docs["broken.txt"]["errors"] == [] and docs["broken.txt"]["entities"]


def test_a_second_run_without_resume_writes_the_output_anew(tmp_path, extractor):
    folder, out = tmp_path / "in", tmp_path / "out.jsonl"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    for _ in range(2):
        result = runner.invoke(app, ["batch", str(folder), "-o", str(out), "--workers", "1", "-q"])
        assert result.exit_code == 0
    assert [doc["id"] for doc in lines(out)] == ["a.txt"]


def test_all_good_exits_zero_and_stdout_is_jsonl(tmp_path, extractor):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    result = runner.invoke(app, ["batch", str(tmp_path), "--workers", "1"])
    assert result.exit_code == 0
    (doc,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert doc["id"] == "a.txt"


def test_oversized_file_is_an_error_line(tmp_path, extractor):
    (tmp_path / "big.txt").write_text(TEXT * 50, encoding="utf-8")
    result = runner.invoke(app, ["batch", str(tmp_path), "--workers", "1", "--max-bytes", "100"])
    assert result.exit_code == 3
    assert json.loads(result.stdout)["errors"][0]["code"] == "too_large"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_permission_denied_is_an_error_line(tmp_path, extractor):
    path = tmp_path / "secret.txt"
    path.write_text(TEXT, encoding="utf-8")
    path.chmod(0)
    result = runner.invoke(app, ["batch", str(tmp_path), "--workers", "1"])
    assert json.loads(result.stdout)["errors"][0]["code"] == "unreadable"


def test_usage_errors_exit_2(tmp_path):
    assert runner.invoke(app, ["batch", str(tmp_path / "missing")]).exit_code == 2
    assert runner.invoke(app, ["batch", str(tmp_path), "--resume"]).exit_code == 2


def test_torn_last_line_is_dropped(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "a.txt"}\n{"id": "b.t', encoding="utf-8")
    assert done_ids(out) == {"a.txt": ""}
    assert out.read_text(encoding="utf-8") == '{"id": "a.txt"}\n'


def make_corpus(root: Path, count: int) -> None:
    root.mkdir()
    text = SEED.read_text(encoding="utf-8")
    for number in range(count):
        (root / f"doc{number:03d}.txt").write_text(text, encoding="utf-8")


def start_batch(
    tmp_path: Path, out: Path, workers: int, lines_first: int, documents: int = 40
) -> tuple[list[str], subprocess.Popen]:
    """A real batch (in a session of its own, as a shell job would be), returned once it
    has written `lines_first` lines."""
    corpus = tmp_path / "corpus"
    make_corpus(corpus, documents)
    command = [sys.executable, "-m", "nlp_extract", "batch", str(corpus), "-o", str(out), "-q"]
    command += ["--workers", str(workers)]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, start_new_session=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and (
        not out.exists() or out.read_bytes().count(b"\n") < lines_first
    ):
        time.sleep(0.05)
    return command, process


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT])
def test_killed_batch_resumes_to_every_document_once(tmp_path, sig):
    out = tmp_path / "out.jsonl"
    command, process = start_batch(tmp_path, out, workers=1, lines_first=3)
    process.send_signal(sig)
    process.wait(timeout=60)
    if sig == signal.SIGINT:
        assert process.returncode == 130
    written = out.read_bytes().count(b"\n")
    assert 3 <= written < 40
    subprocess.run([*command, "--resume"], check=True, timeout=300)
    ids = [doc["id"] for doc in lines(out)]
    assert sorted(ids) == [f"doc{n:03d}.txt" for n in range(40)]


def worker_pids(pid: int) -> list[int]:
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return [int(c) for c in children if "spawn_main" in Path(f"/proc/{c}/cmdline").read_text()]


def running(pid: int) -> bool:
    """Alive and not a zombie (a container's init may never reap one)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


@pytest.mark.parametrize(
    "how",
    [
        "SIGINT to the group",  # Ctrl-C in a terminal
        "SIGINT to the group twice",  # an impatient Ctrl-C; timeout -s INT sends two as well
        "SIGINT to the main process",
        "SIGTERM to the main process",
    ],
)
def test_an_interrupted_batch_with_workers_stops_at_once_and_leaves_nothing_behind(tmp_path, how):
    out = tmp_path / "out.jsonl"
    _, process = start_batch(tmp_path, out, workers=2, lines_first=2, documents=400)
    workers = worker_pids(process.pid)
    assert len(workers) == 2
    sig = signal.SIGTERM if "SIGTERM" in how else signal.SIGINT
    sent = time.monotonic()
    if "group" in how:
        os.killpg(process.pid, sig)
        if "twice" in how:
            time.sleep(0.2)
            os.killpg(process.pid, sig)
    else:
        process.send_signal(sig)
    _, stderr = process.communicate(timeout=30)
    assert time.monotonic() - sent < 10
    assert process.returncode == 130
    assert stderr == "Error: interrupted\n"
    deadline = time.monotonic() + 5
    while any(map(running, workers)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(map(running, workers))
    assert 2 <= len(lines(out)) < 400  # every line whole: each one parses


def test_two_workers_keep_input_order(tmp_path):
    corpus, out = tmp_path / "corpus", tmp_path / "out.jsonl"
    make_corpus(corpus, 6)
    result = runner.invoke(app, ["batch", str(corpus), "-o", str(out), "--workers", "2", "-q"])
    assert result.exit_code == 0
    assert [d["id"] for d in lines(out)] == [f"doc{n:03d}.txt" for n in range(6)]


def test_dask_engine_writes_the_same_bytes_as_the_local_one(folder, tmp_path):
    pytest.importorskip("distributed")
    local, dask = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    runner.invoke(app, ["batch", str(folder), "-o", str(local), "--workers", "1", "-q"])
    result = runner.invoke(
        app, ["batch", str(folder), "-o", str(dask), "--engine", "dask", "--workers", "2", "-q"]
    )
    assert result.exit_code == 3, result.output
    assert dask.read_bytes() == local.read_bytes()


def test_models_that_cannot_load_stop_the_batch_with_exit_1(tmp_path, monkeypatch):
    from nlp_extract import pipeline

    def broken(self):
        raise OSError("weights unreadable")

    monkeypatch.setattr(pipeline.Extractor, "warm_up", broken)
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    result = runner.invoke(app, ["batch", str(tmp_path), "--workers", "1", "-q"])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: cannot load natasha models")


def test_find_pipes_a_list_of_paths(tmp_path, extractor):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    result = runner.invoke(
        app, ["batch", "-", "--workers", "1", "-q"], input=f"{tmp_path / 'a.txt'}\n"
    )
    assert result.exit_code == 0
    assert json.loads(result.stdout)["id"] == str(tmp_path / "a.txt")


def test_permission_denied_as_the_os_reports_it(tmp_path, monkeypatch, extractor):
    """Root reads any file, so the OS error is raised here the way a user's run meets it."""
    secret = tmp_path / "secret.txt"
    secret.write_text(TEXT, encoding="utf-8")
    (tmp_path / "open.txt").write_text(TEXT, encoding="utf-8")
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    result = runner.invoke(app, ["batch", str(tmp_path), "--workers", "1"])
    assert result.exit_code == 3
    docs = {d["id"]: d for d in map(json.loads, result.stdout.splitlines())}
    assert docs["secret.txt"]["errors"][0] == {
        "code": "unreadable",
        "message": f"{secret}: Permission denied",
    }
    assert docs["open.txt"]["entities"]


def test_a_killed_worker_ends_the_batch_with_an_error_then_resume_finishes(tmp_path):
    out = tmp_path / "out.jsonl"
    command, process = start_batch(tmp_path, out, workers=2, lines_first=2)
    os.kill(worker_pids(process.pid)[-1], signal.SIGKILL)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 1
    assert "worker process died" in stderr
    subprocess.run([*command, "--resume"], check=True, timeout=300)
    assert sorted(doc["id"] for doc in lines(out)) == [f"doc{n:03d}.txt" for n in range(40)]


def test_numpy_loads_only_after_a_worker_limits_blas():
    """OpenBLAS reads its thread count once, when numpy loads: everything the batch
    imports before `init_worker` must leave numpy unloaded, or --workers 1 would run
    two BLAS threads on top of the worker."""
    code = (
        "import sys\n"
        "import nlp_extract.cli, nlp_extract.batch.runner, nlp_extract.batch.jobs, nlp_extract.models\n"
        "from nlp_extract.models import check_installed\n"
        "check_installed()\n"
        "print('numpy' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr


def test_a_pool_left_early_is_shut_down_before_it_returns(tmp_path):
    """A reader that stops after the first result (a full disk, a closed pipe) leaves
    no pool thread behind for Python's exit to race with."""
    import threading

    from nlp_extract.batch.engines import run_local
    from nlp_extract.batch.jobs import BatchOptions

    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text("Иван Петров приехал в Москву.", encoding="utf-8")
    jobs = [Job(str(path), path.name) for path in sorted(tmp_path.glob("*.txt"))]
    before = set(threading.enumerate())
    results = run_local(jobs, BatchOptions(inputs=(str(tmp_path),), workers=2))
    next(results)
    results.close()  # as the writer's error unwinds the generator
    assert [t.name for t in set(threading.enumerate()) - before] == []


def test_date_name_gives_each_file_the_date_its_name_holds(tmp_path, extractor):
    folder = tmp_path / "news"
    folder.mkdir()
    story = "Вчера в Москве прошла встреча министров."
    (folder / "2018-11-12_meeting.txt").write_text(story, encoding="utf-8")
    (folder / "undated.txt").write_text(story, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    args = ["batch", str(folder), "-o", str(out), "--workers", "1", "-q", "--date", "name"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    docs = {d["id"]: d for d in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    dated, undated = docs["2018-11-12_meeting.txt"], docs["undated.txt"]
    assert dated["meta"]["reference_date"] == "2018-11-12"
    assert [(d["text"], d["start_date"]) for d in dated["dates"]] == [("Вчера", "2018-11-11")]
    assert undated["meta"]["reference_date"] is None
    bad = runner.invoke(app, ["batch", str(folder), "-o", str(out), "--date", "names", "-q"])
    assert bad.exit_code == 2 and "Error:" in bad.output and "'name'" in bad.output
