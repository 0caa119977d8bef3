"""What a document says is shown as text, never run: markup and terminal escapes in the
table, highlight, batch and report views."""

from __future__ import annotations

import io
import json
import re

import pytest
from rich.console import Console
from typer.testing import CliRunner

from nlp_extract.cli import app
from nlp_extract.render.terminal import visible

runner = CliRunner()

BRACKETS = (
    "Министр иностранных дел России Сергей Лавров [/] встретился 5 марта 2025 года "
    "с [b]госсекретарем США Марко Рубио[/b] в Женеве, [link=https://example.org]сообщает ТАСС[/link].\n"
)
# clear-screen, a window title, CSI as one C1 character, a hyperlink (OSC 8), DEL
ESCAPES = (
    "Президент России Владимир Путин встретился \x1b[2J с премьер-министром Индии "
    "Нарендрой Моди \x1b]0;pwned\x1b\\ в Москве \x9b31m 3 мая, "
    "\x1b]8;;https://example.org\x1b\\сообщает ТАСС\x1b]8;;\x1b\\. \x7f\n"
)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Лавров\x1b[2J", "Лавров␛[2J"),
        ("\x1b]0;title\x07", "␛]0;title␇"),
        ("\x9b31m", "\ufffd31m"),
        ("ТАСС\x7f\x08\x0c\x00", "ТАСС␡␈␌␀"),
        ("строка\tстолбец\r\nстрока\n", "строка\tстолбец\r\nстрока\n"),
        ("[/] [b]Женева[/b] «Газпром» — 5 мая", "[/] [b]Женева[/b] «Газпром» — 5 мая"),
    ],
)
def test_visible_shows_each_control_as_one_sign(text, shown):
    assert visible(text) == shown
    assert len(visible(text)) == len(text)  # offsets into the text still fit


def test_every_control_but_tab_and_line_ends_is_replaced():
    controls = "".join(map(chr, [*range(0x20), *range(0x7F, 0xA0)]))
    assert [char for char in visible(controls) if not char.isprintable()] == ["\t", "\n", "\r"]


def extract(tmp_path, text, *args, env=None):
    path = tmp_path / "news.txt"
    path.write_text(text, encoding="utf-8")
    return runner.invoke(app, ["extract", str(path), *args], env=env)


def test_a_table_shows_brackets_as_written(tmp_path, extractor):
    result = extract(tmp_path, BRACKETS, "--format", "table")
    assert result.exit_code == 0, result.output
    # the meeting's sentence, as the text wrote it, in the facts table
    for piece in ("Лавров [/] встретился", "[b]госсекретарем", "Рубио[/b]"):
        assert piece in result.stdout
    assert "Марко Рубио" in result.stdout and "Сергей Лавров" in result.stdout


def test_a_coloured_table_makes_no_bold_and_no_link_of_the_text(tmp_path, extractor):
    result = extract(tmp_path, BRACKETS, "--format", "table", env={"FORCE_COLOR": "1"})
    assert result.exit_code == 0, result.output
    assert "[b]госсекретарем" in result.stdout
    assert "\x1b]8;" not in result.stdout  # no hyperlink


@pytest.mark.parametrize(
    ("args", "env"),
    [
        (["--format", "table"], {"NO_COLOR": "1"}),
        (["--format", "table"], {"FORCE_COLOR": "1"}),
        (["--format", "highlight"], {"NO_COLOR": "1"}),
        (["--format", "highlight"], {"FORCE_COLOR": "1"}),
    ],
)
def test_no_escape_of_the_text_reaches_a_terminal_view(tmp_path, extractor, args, env):
    result = extract(tmp_path, ESCAPES, *args, env=env)
    assert result.exit_code == 0, result.output
    out = result.stdout
    for sequence in ("\x1b]8;;", "\x1b[2J", "\x1b]0;", "\x9b", "\x7f"):
        assert sequence not in out
    if "NO_COLOR" in env:
        assert "\x1b" not in out
    assert "␛[2J" in out


def test_the_json_keeps_the_text_exactly(tmp_path, extractor):
    result = extract(tmp_path, ESCAPES, "--format", "json")
    doc = json.loads(result.stdout)
    mentions = [m for e in doc["entities"] for m in e["mentions"]]
    assert mentions and all(ESCAPES[m["start"] : m["end"]] == m["text"] for m in mentions)
    assert any("\x1b[2J" in fact["text"] for fact in doc["facts"])


def test_names_in_the_tables_are_text(extractor):
    from nlp_extract.render.tables import print_tables

    doc = extractor.extract(BRACKETS, id="[b]новости[/b]\x1b[2J.txt")
    hostile = ["Сергей [/] Лавров", "[link=https://example.org]Рубио[/link]", "ТАСС\x1b]0;x\x07"]
    assert len(doc.entities) >= len(hostile)
    for entity, name in zip(doc.entities, hostile, strict=False):
        entity.name = name
    console = Console(width=200, record=True, file=io.StringIO(), force_terminal=True)
    print_tables(doc, console)
    out = console.export_text(styles=True, clear=False)
    text = console.export_text()
    for name in ("Сергей [/] Лавров", "[link=https://example.org]Рубио[/link]", "ТАСС␛]0;x␇"):
        assert name in text
    assert "[b]новости[/b]␛[2J.txt" in text
    assert "\x1b]" not in out and "\x1b[2J" not in out


def test_a_coloured_highlight_keeps_its_marks_in_place(extractor):
    from nlp_extract.render.highlight import coloured

    text = "Лавров\x1b[2J прибыл в Женеву. [b]Рубио[/b] прибыл в Москву."
    console = Console(width=200, record=True, file=io.StringIO(), force_terminal=True)
    console.print(coloured(text, extractor.extract(text)))
    line = console.export_text().splitlines()[0]
    assert line == visible(text) == "Лавров␛[2J прибыл в Женеву. [b]Рубио[/b] прибыл в Москву."
    styled = console.export_text(styles=True)
    assert "\x1b[2J" not in styled


@pytest.fixture(scope="module")
def hostile_lines(extractor, tmp_path_factory):
    """A batch's JSON Lines whose entity names and ids hold markup and escapes."""
    text = "Президент США Дональд Трамп встретился с Джо Байденом в Вашингтоне."
    doc = json.loads(extractor.extract(text, id="[b]a[/b]\x1b[2J.txt").to_json())
    names = ["Дональд [/] Трамп", "[b]Джо Байден[/b]", "Вашингтон\x1b]0;pwned\x07"]
    assert len(doc["entities"]) >= len(names)
    for entity, name in zip(doc["entities"], names, strict=False):
        entity["name"] = name
    path = tmp_path_factory.mktemp("hostile") / "batch.jsonl"
    path.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("env", [{"NO_COLOR": "1"}, {"FORCE_COLOR": "1"}])
def test_the_report_table_shows_names_as_written(hostile_lines, env):
    result = runner.invoke(app, ["report", str(hostile_lines), "--format", "table"], env=env)
    assert result.exit_code == 0, result.output
    for name in ("Дональд [/] Трамп", "[b]Джо Байден[/b]", "Вашингтон␛]0;pwned␇"):
        assert name in result.stdout
    assert "\x1b]0;" not in result.stdout and "\x07" not in result.stdout


def test_the_batch_summary_names_failed_files_as_written(tmp_path, extractor):
    folder = tmp_path / "in"
    folder.mkdir()
    # a file name holds no "/", so no "[/]"; a style and a link would vanish as markup
    for name in ("[red]сломан.txt", "[link=https:example.org]ссылка.txt", "экран\x1b[2J.txt"):
        (folder / name).write_bytes(bytes(range(256)) * 8)
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["batch", str(folder), "-o", str(out), "--workers", "1"])
    assert result.exit_code == 3, result.output
    for shown in ("[red]сломан.txt (binary)", "[link=https:example.org]ссылка.txt", "экран␛[2J"):
        assert shown in result.stderr
    assert "\x1b[2J" not in result.stderr


def test_an_error_shows_the_file_name_without_its_escapes(tmp_path):
    result = runner.invoke(app, ["extract", str(tmp_path / "нет\x1b]0;pwned\x07.txt")])
    assert result.exit_code == 2
    assert "нет␛]0;pwned␇.txt: no such file" in result.stderr
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr


def test_marks_stay_on_their_words_after_crlf_line_ends(extractor):
    from nlp_extract.render.highlight import coloured

    text = "Сергей Лавров прибыл в Женеву.\r\nМарко Рубио прибыл в Женеву.\r\nПутин в Москве.\r\n"
    doc = extractor.extract(text)
    console = Console(width=80, record=True, file=io.StringIO(), force_terminal=True)
    console.print(coloured(text, doc))
    out = console.export_text(styles=True)
    shown = [m.text for e in doc.entities for m in e.mentions]
    assert {"Марко Рубио", "Москве"} <= set(shown)
    for word in shown:
        assert re.search(rf"\x1b\[[0-9;]+m{word}\x1b\[0m", out), word
