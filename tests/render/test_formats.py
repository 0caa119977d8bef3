"""Output formats: highlight, CSV/TSV, CoNLL and brat, through the CLI on the seed."""

import csv
import io
import json
import re

import pytest
from typer.testing import CliRunner

from nlp_extract.cli import app
from nlp_extract.render.export import spans_from_conll
from nlp_extract.render.highlight import brackets

from ..conftest import SEED

runner = CliRunner()


@pytest.fixture(scope="module")
def seed(extractor, seed_text):
    return seed_text, json.loads(runner.invoke(app, ["extract", str(SEED), "-f", "json"]).stdout)


def run(*args: str) -> str:
    result = runner.invoke(app, ["extract", str(SEED), *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_csv_round_trips_through_the_csv_module(seed):
    text, doc = seed
    rows = list(csv.DictReader(io.StringIO(run("-f", "csv"))))
    mentions = sum(len(e["mentions"]) for e in doc["entities"])
    things = ("dates", "agreements", "facts", "quotes")
    assert len(rows) == mentions + sum(len(doc[name]) for name in things)
    for row in rows:
        assert text[int(row["start"]) : int(row["end"])] == row["text"]
    entity_ids = {e["id"] for e in doc["entities"]}
    facts = [row for row in rows if row["kind"] == "fact"]
    assert {row["type"] for row in facts} == {f["type"] for f in doc["facts"]}
    for row in facts:  # the entity ids a fact is about, to join on
        assert set(row["value"].split(";")) <= entity_ids
    quotes = [row for row in rows if row["kind"] == "quote"]
    assert [row["text"] for row in quotes] == [q["text"] for q in doc["quotes"]] != []
    for row in quotes:  # the speaker's entity id and name
        speaker = next(e for e in doc["entities"] if e["id"] == row["value"])
        assert row["type"] == next(q["kind"] for q in doc["quotes"] if q["text"] == row["text"])
        assert row["name"] == speaker["name"] == "Узатом"
    dates = [row for row in rows if row["kind"] == "date"]
    assert {"value": "2026-07-01/2026-12-31"}.items() <= next(
        r for r in dates if r["text"].startswith("III")
    ).items()


def test_tsv_and_excel_bom():
    assert run("-f", "tsv").splitlines()[0].split("\t")[:3] == ["doc", "kind", "type"]
    assert run("-f", "csv", "--excel").startswith("\ufeffdoc,")


def test_csv_quotes_commas_quotes_and_newlines(extractor):
    from nlp_extract.render.export import to_delimited

    doc = extractor.extract('Директор ООО "Рога, копыта и\nко" Иван Петров прибыл в Москву.')
    parsed = list(csv.reader(io.StringIO(to_delimited(doc, ","))))
    assert all(len(row) == 8 for row in parsed)


def test_conll_reads_back_into_the_json_mentions(seed):
    text, doc = seed
    spans = spans_from_conll(text, run("-f", "conll"))
    expected = sorted(
        (e["type"], m["start"], m["end"]) for e in doc["entities"] for m in e["mentions"]
    )
    assert sorted(spans) == expected


def test_brat_lines_index_the_text_and_facts_are_relations(seed):
    text, doc = seed
    lines = run("-f", "brat").splitlines()
    spans = [line for line in lines if line.startswith("T")]
    relations = [line for line in lines if line.startswith("R")]
    things = ("dates", "agreements", "quotes")
    mentions = sum(len(e["mentions"]) for e in doc["entities"])
    assert len(spans) == mentions + sum(len(doc[name]) for name in things)
    surfaces = {}
    for line in spans:
        ident, annotation, surface = line.split("\t")
        kind, start, end = annotation.split(" ")
        kinds = {"PER", "ORG", "LOC", "DATE", "AGREEMENT", "QUOTE"}
        assert re.fullmatch(r"T\d+", ident) and kind in kinds
        assert text[int(start) : int(end)] == surface
        surfaces[ident] = surface
    keys = ("person", "org", "place", "owner", "property")
    about = [[f[k] for k in keys if f.get(k)] + f.get("participants", []) for f in doc["facts"]]
    facts = [line for line in relations if "\tSaid " not in line]
    assert len(facts) == sum(len(ids) >= 2 for ids in about) > 0
    for line in relations:
        ident, annotation = line.split("\t")
        kind, first, second = annotation.split(" ")
        assert kind in {"Occupation", "Meeting", "Deal", "Ownership", "Said"}
        assert first[len("Arg1:") :] in surfaces and second[len("Arg2:") :] in surfaces
    # each quote: a Said relation from its speaker's mention, and its kind
    said = [line.split("\t")[1].split(" ") for line in relations if "\tSaid " in line]
    assert len(said) == len(doc["quotes"]) == 3
    # "сообщает пресс-служба … (Узатом)", "— отметили в Узатоме" and "— добавили"
    assert [surfaces[speaker[5:]] for _, speaker, _ in said] == ["Узатом"] + ["Узатоме"] * 2
    assert [surfaces[quote[5:]] for _, _, quote in said] == [q["text"] for q in doc["quotes"]]
    kinds = [line.split("\t")[1] for line in lines if line.startswith("A")]
    assert [kind.split(" ")[2] for kind in kinds] == ["indirect", "direct", "direct"]


def test_highlight_without_colour_is_bracket_markup():
    out = run("-f", "highlight", "--no-color")
    assert "[Азим Ахмедхаджаев]PER" in out
    assert "[III–IV квартале 2026 года]DATE" in out
    assert "\x1b[" not in out


def test_highlight_marks_quotes_around_their_mentions(extractor):
    text = "«Мы не откажемся от своих планов», — сказал глава МИД России Сергей Лавров."
    assert brackets(text, extractor.extract(text)) == (
        "«[Мы не откажемся от своих планов]QUOTE», — сказал глава [МИД]ORG [России]LOC "
        "[Сергей Лавров]PER."
    )


def test_highlight_trims_long_texts(extractor):
    out = run("-f", "highlight", "--max-chars", "300")
    assert "more characters" in out and len(out) < 600


def test_highlight_snapshot_in_brackets(extractor):
    """A fixed rendering: nested spans nest, labels follow their span."""
    text = "Россия и Египет подписали соглашение о сотрудничестве с Казахстаном 5 мая 2024 года."
    doc = extractor.extract(text)
    assert brackets(text, doc) == (
        "[Россия]LOC и [Египет]LOC подписали [соглашение о сотрудничестве с [Казахстаном]LOC]AGREEMENT "
        "[5 мая 2024 года]DATE."
    )


def test_version_and_completion_options():
    assert re.fullmatch(r"nlp-extract \d+\.\d+\.\d+\n", runner.invoke(app, ["--version"]).stdout)
    assert "--install-completion" in runner.invoke(app, ["--help"]).stdout


def test_tables_fit_80_columns(seed_doc):
    from rich.console import Console

    from nlp_extract.render.tables import print_tables

    console = Console(width=80, record=True, file=io.StringIO())
    print_tables(seed_doc, console)
    lines = console.export_text().splitlines()
    assert max(len(line) for line in lines) <= 80
    assert any("Бейбут Атамкулов" in line for line in lines)
    quotes = lines.index(next(line for line in lines if line.startswith("Quotes")))
    assert "speaker" in lines[quotes + 2] and "what is said" in lines[quotes + 2]
    cells = [cell.strip() for cell in lines[quotes + 4].split("│")[1:4]]
    assert cells == ["Узатом", "сообщает", "indirect"]


def test_coloured_highlight_snapshot_at_fixed_width(extractor):
    from rich.console import Console

    from nlp_extract.render.highlight import coloured

    text = "Россия и Египет подписали соглашение о сотрудничестве с Казахстаном 5 мая 2024 года."
    console = Console(
        width=60, record=True, file=io.StringIO(), force_terminal=True, color_system="standard"
    )
    console.print(coloured(text, extractor.extract(text)))
    assert console.export_text(clear=False) == (
        "Россия и Египет подписали соглашение о сотрудничестве с \n"
        "Казахстаном 5 мая 2024 года.\n"
        "\n"
        " PER  ORG  LOC  DATE  AGREEMENT  QUOTE \n"
    )
    assert "\x1b[" in console.export_text(styles=True)


def test_conll_writes_the_pipelines_sentences_once(extractor):
    from nlp_extract.render.export import to_conll

    repeated = "Министр иностранных дел России Сергей Лавров прибыл в Минск с визитом."
    text = f"date 2026-02-19 https://example.org/a\nЗаголовок\n{repeated}\n{repeated}\n"
    conll = to_conll(extractor.read(text))
    sentences = [block for block in conll.split("\n\n") if block.strip()]
    assert sum("Лавров\tI-PER" in block for block in sentences) == 1
    assert "https" not in conll  # the metadata line is no sentence


@pytest.mark.parametrize("width", [60, 80, 120])
def test_table_header_wraps_between_fields(width):
    from rich.console import Console

    from nlp_extract.render.tables import header

    doc = nlp_extract_doc()
    console = Console(width=width, record=True, no_color=True)
    console.print(header(doc))
    lines = console.export_text().splitlines()
    assert all(len(line) <= width for line in lines)
    fields = [part for line in lines[:-1] for part in line.split(" · ")]  # the last is the title
    assert "date 2026-02-19" in fields and "2 agreements" in fields


def nlp_extract_doc():
    from nlp_extract import default_extractor

    return default_extractor().extract(SEED.read_text(encoding="utf-8"), id=str(SEED))


def test_date_cells_say_what_a_date_means():
    from nlp_extract.render.tables import date_cells
    from nlp_extract.schema import DateMention

    def mention(**fields):
        base = {
            "start": 0,
            "end": 1,
            "text": "x",
            "start_date": None,
            "end_date": None,
            "granularity": "day",
        }
        return DateMention(**{**base, **fields})

    assert date_cells(mention(granularity="duration", value="P10Y")) == ("10 лет", "")
    assert date_cells(mention(granularity="duration", value="P1Y6M")) == ("1 год 6 месяцев", "")
    assert date_cells(mention(granularity="set", value="P1Y")) == ("каждый год", "")
    assert date_cells(mention(relative=True))[0].endswith("give --date)")
    assert date_cells(mention(granularity="range", end_date="2030-12-31")) == ("…", "2030-12-31")


def test_force_color_colours_a_pipe_and_no_color_wins():
    runner = CliRunner()
    args = ["extract", str(SEED), "--format", "highlight"]
    forced = runner.invoke(app, args, env={"FORCE_COLOR": "1", "NO_COLOR": ""})
    assert "\x1b[" in forced.stdout
    both = runner.invoke(app, args, env={"FORCE_COLOR": "1", "NO_COLOR": "1"})
    assert "\x1b[" not in both.stdout and "[Азим Ахмедхаджаев]PER" in both.stdout


STATUS_TEXT = (
    "Президент России Владимир Путин может встретиться с Дональдом Трампом в июле. "
    "Компания Google купила у Motorola компанию Nest."
)


def test_every_view_says_when_a_fact_did_not_happen(tmp_path, extractor):
    path = tmp_path / "news.txt"
    path.write_text(STATUS_TEXT, encoding="utf-8")

    def view(name: str) -> str:
        result = runner.invoke(app, ["extract", str(path), "-f", name])
        assert result.exit_code == 0, result.output
        return result.stdout

    facts = {
        row["type"]: row
        for row in csv.DictReader(io.StringIO(view("csv")))
        if row["kind"] == "fact"
    }
    assert facts["meeting"]["name"].endswith("(возможно)")
    assert facts["deal"]["name"] == "покупка: покупатель Google, продавец Motorola, что Nest"
    relations = dict(line.split("\t")[:2] for line in view("brat").splitlines() if line[0] == "R")
    notes = [line.split("\t") for line in view("brat").splitlines() if line[0] == "#"]
    assert [(relations[note[1].split()[1]].split()[0], note[2]) for note in notes] == [
        ("Meeting", "status: hypothetical")
    ]
    assert "(hypothetical)" in view("table")
