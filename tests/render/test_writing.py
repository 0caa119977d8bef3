"""Outputs that cannot be written: one `Error:` line, a documented exit code, nothing
half-written left as if complete. Run as real processes: a full device and a closed
descriptor are only real there."""

import json
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nlp_extract.cli import app

from ..conftest import CLI, SEED

runner = CliRunner()
needs_dev_full = pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
TEXT = "Посол Казахстана Бейбут Атамкулов прибыл в Ташкент.\n"


def shell(command: str) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", "-c", command], capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("small")
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    return folder


@needs_dev_full
@pytest.mark.parametrize(
    "command",
    ["schema", "schema --corpus", "extract {file}", "extract -f csv {file}", "batch {folder} -q"],
)
def test_a_full_device_on_stdout_is_one_line_and_exit_1(command, small):
    result = shell(f"{CLI} " + command.format(file=small / "a.txt", folder=small) + " > /dev/full")
    assert result.returncode == 1
    assert result.stderr == "Error: cannot write standard output: No space left on device\n"


@needs_dev_full
def test_a_full_device_under_a_report_is_one_line(small, tmp_path):
    lines = tmp_path / "docs.jsonl"
    lines.write_text(
        runner.invoke(app, ["batch", str(small), "--workers", "1", "-q"]).stdout, encoding="utf-8"
    )
    result = shell(f"{CLI} report {lines} -f json > /dev/full")
    assert result.returncode == 1
    assert result.stderr == "Error: cannot write standard output: No space left on device\n"


@pytest.mark.skipif(not Path("/proc/version").exists(), reason="needs Linux /proc")
@pytest.mark.parametrize("command", ["batch {folder} --workers 1", "extract {file}"])
def test_a_file_that_refuses_writes_is_one_line(command, small):
    """/proc/version opens for writing, even for root, and then refuses every write."""
    args = command.format(file=small / "a.txt", folder=small).split()
    result = runner.invoke(app, [*args, "-o", "/proc/version", "-q" if "batch" in args else "-v"])
    assert result.exit_code == 1
    assert result.output.splitlines()[-1].startswith("Error: cannot write /proc/version: ")


@pytest.mark.parametrize("command", ["batch {folder}", "extract {file}"])
def test_output_into_a_folder_or_a_missing_one_is_a_usage_error(command, small, tmp_path):
    args = command.format(file=small / "a.txt", folder=small).split()
    result = runner.invoke(app, [*args, "-o", str(tmp_path)])
    assert (result.exit_code, result.output) == (
        2,
        f"Error: cannot write {tmp_path}: it is a directory\n",
    )
    missing = tmp_path / "gone" / "out.json"
    result = runner.invoke(app, [*args, "-o", str(missing)])
    assert result.exit_code == 2
    assert result.output == f"Error: cannot write {missing}: no such folder {missing.parent}\n"


def test_extract_into_a_file_writes_it_whole_in_the_format_its_suffix_names(tmp_path, extractor):
    as_json, as_csv = tmp_path / "seed.json", tmp_path / "seed.csv"
    assert runner.invoke(app, ["extract", str(SEED), "-o", str(as_json)]).exit_code == 0
    assert runner.invoke(app, ["extract", str(SEED), "-o", str(as_csv)]).exit_code == 0
    piped = runner.invoke(app, ["extract", str(SEED), "-f", "json"]).stdout
    assert as_json.read_text(encoding="utf-8") == piped
    assert json.loads(piped)["entities"]
    assert as_csv.read_text(encoding="utf-8").startswith("doc,kind,type,name,text,start,end,value")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["seed.csv", "seed.json"]  # no temporaries


@pytest.mark.parametrize("command", ["extract {missing}", "batch {missing}", "report {missing}"])
def test_verbose_after_the_command_adds_the_traceback_and_keeps_the_exit_code(command, tmp_path):
    args = command.format(missing=tmp_path / "missing.txt").split()
    plain, verbose = runner.invoke(app, args), runner.invoke(app, [*args, "-v"])
    assert plain.exit_code == verbose.exit_code == 2
    assert verbose.output.rstrip().endswith(plain.output.rstrip())
    assert "Traceback" in verbose.output and "Traceback" not in plain.output


def test_a_read_only_folder_is_one_line_naming_the_file(small, tmp_path, monkeypatch):
    """Root writes anywhere, so the OS error is raised here the way a user's run meets it."""
    import errno

    real = Path.open

    def read_only(self, mode="r", *args, **kwargs):
        if "a" in mode or "w" in mode:
            raise OSError(errno.EROFS, "Read-only file system", str(self))
        return real(self, mode, *args, **kwargs)

    monkeypatch.setattr(Path, "open", read_only)
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["batch", str(small), "-o", str(out), "--workers", "1", "-q"])
    assert (result.exit_code, result.output) == (
        1,
        f"Error: cannot write {out}: Read-only file system\n",
    )
