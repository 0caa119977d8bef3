import json
import shlex
import subprocess
import sys

import jsonschema
import pytest
from typer.testing import CliRunner

from nlp_extract.cli import app

from ..conftest import CLI, EXAMPLES, SEED

runner = CliRunner()


def run(*args, input=None):
    return runner.invoke(app, list(args), input=input)


@pytest.fixture(scope="module")
def seed_json(extractor):
    result = run("extract", str(SEED), "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_seed_json_validates_against_the_schema(seed_json):
    schema = json.loads(run("schema").stdout)
    jsonschema.validate(seed_json, schema)
    assert seed_json["id"] == str(SEED)
    assert seed_json["meta"]["date"] == "2026-02-19"
    assert seed_json["meta"]["url"].startswith("https://uz.sputniknews.ru/")
    assert seed_json["meta"]["encoding"] == "utf-8"


def test_seed_json_offsets_index_the_raw_text(seed_json):
    text = SEED.read_bytes().decode("utf-8")
    spans = [m for e in seed_json["entities"] for m in e["mentions"]]
    spans += seed_json["dates"] + seed_json["agreements"]
    assert spans
    for span in spans:
        assert text[span["start"] : span["end"]] == span["text"]


def test_piped_output_defaults_to_json(extractor):
    result = run("extract", str(SEED))  # CliRunner's stdout is not a terminal
    assert json.loads(result.stdout)["id"] == str(SEED)


def test_jsonl_is_one_line(extractor):
    result = run("extract", str(EXAMPLES / "dateline_ria.txt"), "-f", "jsonl")
    lines = result.stdout.splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["entities"]


def test_table_format_lists_each_entity_once_and_the_facts(extractor):
    result = run("extract", str(SEED), "--format", "table")
    assert result.exit_code == 0
    assert "People" in result.stdout and "Places" in result.stdout
    entities, facts = result.stdout.split("Facts")
    assert entities.count("Азим Ахмедхаджаев") == 1
    assert "{" not in result.stdout
    # the facts are shown too: the seed's "провели рабочую встречу" by default
    assert "встреча:" in facts and "meeting" in facts and "Атамкулов" in facts


def test_stdin(extractor):
    text = "Министр иностранных дел России Сергей Лавров прибыл в Минск."
    result = run("extract", "-", "-f", "json", input=text.encode("utf-8"))
    doc = json.loads(result.stdout)
    assert doc["id"] == "-"
    assert {"Сергей Лавров", "Минск"} <= {e["name"] for e in doc["entities"]}


def test_windows1251_file_reports_its_encoding_and_keeps_crlf_offsets(extractor):
    path = EXAMPLES / "windows1251_crlf.txt"
    doc = json.loads(run("extract", str(path), "-f", "json").stdout)
    assert doc["meta"]["encoding"] == "cp1251"
    text = path.read_bytes().decode("cp1251")
    assert "\r\n" in text
    for entity in doc["entities"]:
        for mention in entity["mentions"]:
            assert text[mention["start"] : mention["end"]] == mention["text"]
    assert "Денис Паслер" in {e["name"] for e in doc["entities"]}


def test_empty_file_gives_an_empty_valid_document(tmp_path, extractor):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    result = run("extract", str(path), "-f", "json")
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert doc["entities"] == [] and doc["dates"] == [] and doc["errors"] == []
    jsonschema.validate(doc, json.loads(run("schema").stdout))


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda p: p / "missing.txt", "no such file"),
        (lambda p: p, "is a directory"),
        (
            lambda p: (p / "bin.dat").write_bytes(bytes(range(256)) * 8) and p / "bin.dat",
            "binary|not text",
        ),
    ],
)
def test_bad_input_is_one_line_error_exit_2(tmp_path, make, message):
    result = run("extract", str(make(tmp_path)))
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert lines[0].startswith("Error: ")
    assert "Traceback" not in result.output
    import re

    assert re.search(message, lines[0])


def test_bad_date_option_is_a_usage_error():
    result = run("extract", str(SEED), "--date", "19.02.2026")
    assert result.exit_code == 2
    assert "not a date" in result.stderr


def test_unknown_format_is_a_usage_error():
    assert run("extract", str(SEED), "--format", "xml").exit_code == 2


@pytest.mark.parametrize("command", ["extract", "batch", "report", "schema"])
def test_every_command_has_help_with_examples_and_exit_codes(command):
    result = run(command, "--help")
    assert result.exit_code == 0 and "Usage" in result.stdout
    examples = result.stdout.split("Examples:")[1].split("Exit codes:")[0]
    assert examples.count(f"nlp-extract {command}") >= 2
    assert "130 interrupted" in result.stdout
    if command in ("extract", "batch"):
        assert "YYYY-MM-DD" in result.stdout


def test_the_main_help_gives_the_exit_codes():
    assert "Exit codes" in run("--help").stdout


def test_real_pipe_into_json_loads():
    """The installed entry point, piped: stdout must be pure JSON."""
    out = subprocess.run(
        [sys.executable, "-m", "nlp_extract", "extract", str(SEED)],
        capture_output=True,
        check=True,
    )
    doc = json.loads(out.stdout.decode("utf-8"))
    assert doc["meta"]["title"].startswith("Узбекистан и Казахстан")


def test_bundled_schema_is_generated_from_the_records():
    from importlib.resources import files

    from nlp_extract.schema import schema_text

    bundled = files("nlp_extract.data").joinpath("schema.json").read_text(encoding="utf-8")
    assert bundled == schema_text(), (
        "regenerate: python -m nlp_extract.schema > nlp_extract/data/schema.json"
    )
    assert run("schema").stdout == bundled


def test_extracting_never_loads_pydantic():
    """pydantic only derives the schema; loading it costs every start a tenth of a second."""
    code = (
        "import sys\n"
        "from nlp_extract.cli import app\n"
        "try:\n"
        "    app(['extract', sys.argv[1], '--format', 'json'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('pydantic loaded:', 'pydantic' in sys.modules, file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", code, str(SEED)], capture_output=True, text=True)
    assert json.loads(result.stdout)["entities"]  # the extraction really ran
    assert result.stderr.strip().endswith("pydantic loaded: False"), result.stderr


def test_an_empty_selection_is_a_usage_error(tmp_path):
    (tmp_path / "a.pdf").write_bytes(b"%PDF")
    result = run("batch", str(tmp_path), "-o", str(tmp_path / "out.jsonl"))
    assert result.exit_code == 2 and "no input files matched" in result.output
    result = run("batch", str(tmp_path / "*.nothing"))
    assert result.exit_code == 2


def test_verbose_adds_the_traceback_and_keeps_the_exit_code(tmp_path):
    missing = str(tmp_path / "missing.txt")
    plain, verbose = run("extract", missing), run("-v", "extract", missing)
    assert plain.exit_code == verbose.exit_code == 2
    assert "Traceback" in verbose.output and "Traceback" not in plain.output
    assert verbose.output.rstrip().endswith(plain.output.rstrip())


def piped(shell: str) -> subprocess.CompletedProcess[str]:
    """A shell pipeline run by bash; its last output line is the first command's exit code."""
    return subprocess.run(
        ["bash", "-c", shell + "; echo ${PIPESTATUS[0]}"],
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_a_closed_pipe_stops_the_batch_quietly():
    from ..conftest import ROOT

    folders = " ".join(
        shlex.quote(str(ROOT / name)) for name in ("seeds", "examples", "tests/data")
    )
    shell = f"{CLI} batch {folders} --include '*' | head -c 20 > /dev/null"
    result = piped(shell)
    assert "Error" not in result.stderr and "Traceback" not in result.stderr
    assert result.stdout.splitlines()[-1] in ("0", "141")


def test_a_report_larger_than_a_pipe_into_head_exits_141(tmp_path, seed_doc):
    """`report … | head -n 1`: a reader that goes away mid-output is exit 141, as the
    README says, not 0 with the rest of the output silently dropped."""
    lines = tmp_path / "many.jsonl"
    record = json.loads(seed_doc.to_json())
    with lines.open("w", encoding="utf-8") as out:
        for number in range(60):  # a report of several hundred kilobytes
            print(json.dumps({**record, "id": f"doc{number}"}, ensure_ascii=False), file=out)
    shell = f"{CLI} report {shlex.quote(str(lines))} -f json | head -n 1 > /dev/null"
    result = piped(shell)
    assert result.stdout.splitlines()[-1] == "141", result.stderr
    assert result.stderr == ""
