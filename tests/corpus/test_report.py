"""The corpus report: identity across documents, the views, and bad input."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nlp_extract.cli import app
from nlp_extract.corpus.identity import entity_key, link_keys
from nlp_extract.entities.gazetteer import load
from tests.browser import CHROMIUM, open_page

runner = CliRunner()

TEXTS = {
    "a.txt": "Президент США Дональд Трамп встретился с Джо Байденом в Вашингтоне. "
    "Евросоюз ввел пошлины, сообщает ТАСС.",
    "b.txt": "Трамп заявил, что Соединенные Штаты не подпишут соглашение. "
    "Европейский союз ответил 5 марта 2025 года.",
    "c.txt": "Сын президента Хантер Байден дал показания. Байден-младший отказался "
    "от комментариев. Министр обороны России Андрей Белоусов прибыл в Минск.",
    "d.txt": "Глава Минобороны Андрей Белоусов провел встречу с министром обороны "
    "Белоруссии Виктором Хрениным. Решение ЕС осудили в Москве.",
}


@pytest.fixture(scope="module")
def batch_lines(extractor, tmp_path_factory):
    """The texts as a batch writes them: one JSON line per document, in a file."""
    folder = tmp_path_factory.mktemp("corpus")
    lines = [extractor.extract(text, id=name).to_json() for name, text in TEXTS.items()]
    path = folder / "batch.jsonl"
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def report(*args, input=None):
    return runner.invoke(app, ["report", *map(str, args)], input=input)


@pytest.fixture(scope="module")
def model(batch_lines):
    result = report(batch_lines, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def entity_named(model, name):
    return next(e for e in model["entities"] if e["name"] == name)


def test_the_model_validates_against_its_json_schema(model):
    import jsonschema

    result = runner.invoke(app, ["schema", "--corpus"])
    jsonschema.validate(model, json.loads(result.stdout))


def test_every_document_entity_is_a_member_of_exactly_one_corpus_entity(model, batch_lines):
    members = [(m["doc"], m["entity"]) for e in model["entities"] for m in e["members"]]
    documents = [json.loads(line) for line in batch_lines.read_text(encoding="utf-8").splitlines()]
    assert sorted(members) == sorted((d["id"], e["id"]) for d in documents for e in d["entities"])
    assert model["documents"] == len(TEXTS)


def test_every_corpus_entity_counts_its_distinct_documents(model):
    for entity in model["entities"]:
        documents = {m["doc"] for m in entity["members"]}
        assert entity["documents"] == len(documents), entity["name"]
        assert all(role["documents"] <= len(documents) for role in entity["roles"])


def written(id, *names):
    """A hand-written v1 document whose entities are people of these names."""
    entities = [
        {"id": f"e{n}", "type": "PER", "name": name,
         "mentions": [{"start": 0, "end": len(name), "text": name}]}
        for n, name in enumerate(names, 1)
    ]  # fmt: skip
    return {"schema_version": "1", "id": id, "meta": {}, "entities": entities, "dates": []}


def test_every_view_counts_documents_not_members(tmp_path):
    # a.txt kept "Трамп" apart from "Дональд Трамп"; the corpus joins all three
    docs = [written("a.txt", "Дональд Трамп", "Трамп"), written("b.txt", "Трамп")]
    lines = tmp_path / "joined.jsonl"
    lines.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), "utf-8")
    (trump,) = json.loads(report(lines, "--format", "json").stdout)["entities"]
    assert (trump["name"], trump["documents"], len(trump["members"])) == ("Трамп", 2, 3)
    assert report(lines, "-o", tmp_path / "joined.db").exit_code == 0
    db = sqlite3.connect(tmp_path / "joined.db")
    assert db.execute("SELECT documents, mentions FROM entities").fetchall() == [(2, 3)]
    table = report(lines, "--format", "table").stdout
    assert re.search(r"Трамп\s*│\s*2\s*│\s*3\s*│", table), table
    assert report(lines, "-o", tmp_path / "joined.html").exit_code == 0
    assert '"documents":2,"mentions":3' in (tmp_path / "joined.html").read_text("utf-8")


def test_one_thing_across_documents(model):
    trump = entity_named(model, "Дональд Трамп")
    assert {m["doc"] for m in trump["members"]} == {"a.txt", "b.txt"}
    usa = entity_named(model, "США")
    assert usa["code"] == "US" and "Соединенные Штаты" in usa["aliases"]
    eu = next(e for e in model["entities"] if "ЕС" in e["aliases"] or e["name"] == "ЕС")
    assert {m["doc"] for m in eu["members"]} == {"a.txt", "b.txt", "d.txt"}
    belousov = entity_named(model, "Андрей Белоусов")
    assert belousov["documents"] == 2


def test_namesakes_and_relatives_stay_apart(model):
    names = [e["name"] for e in model["entities"] if e["type"] == "PER"]
    assert "Хантер Байден" in names and "Джо Байден" in names
    assert "Байден-младший" in names  # not joined to either


def test_the_report_of_parts_equals_the_report_of_the_whole(batch_lines, tmp_path, model):
    lines = batch_lines.read_text(encoding="utf-8").splitlines(keepends=True)
    first, second = tmp_path / "part1.jsonl", tmp_path / "part2.jsonl"
    first.write_text("".join(lines[:2]), encoding="utf-8")
    second.write_text("".join(lines[2:]), encoding="utf-8")
    result = report(second, first, "--format", "json")  # parts in another order
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == model


def test_stdin_and_repeated_documents_count_once(batch_lines, model):
    text = batch_lines.read_text(encoding="utf-8")
    result = report("-", "--format", "json", input=text + text)
    assert json.loads(result.stdout) == model


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"schema_version": "1", "id": "x", "meta"', "torn line"),
        ('{"name": "x"}\n', "not an nlp-extract document"),
    ],
)
def test_a_torn_or_foreign_line_is_one_error_naming_file_and_line(
    batch_lines, tmp_path, line, reason
):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(batch_lines.read_text(encoding="utf-8") + line, encoding="utf-8")
    target = tmp_path / "corpus.db"
    result = report(bad, "-o", target)
    assert result.exit_code == 2
    assert result.output.startswith(f"Error: {bad}, line {len(TEXTS) + 1}: ")
    assert reason in result.output and result.output.count("\n") == 1
    assert list(tmp_path.iterdir()) == [bad]  # no database, not even a temporary one


def test_sqlite_tables_and_queries(batch_lines, tmp_path, model):
    target = tmp_path / "corpus.db"
    result = report(batch_lines, "-o", target)
    assert result.exit_code == 0, result.output
    db = sqlite3.connect(target)
    ids = {name: id for id, name in db.execute("SELECT id, name FROM entities")}
    assert ids == {e["name"]: e["id"] for e in model["entities"]}
    # mentions point at corpus entities: Трамп's mentions come from both documents
    docs = db.execute(
        "SELECT DISTINCT m.doc FROM mentions m JOIN entities e ON e.id = m.entity "
        "WHERE e.name = 'Дональд Трамп' ORDER BY m.doc"
    ).fetchall()
    assert docs == [("a.txt",), ("b.txt",)]
    assert db.execute("SELECT count(*) FROM mentions WHERE entity IS NULL").fetchone() == (0,)
    # every mention's text is what the document says at its offsets
    for doc, start, end, text in db.execute("SELECT doc, start, end, text FROM mentions"):
        assert TEXTS[doc][start:end] == text
    roles = db.execute(
        "SELECT e.name, r.title FROM roles r JOIN entities e ON e.id = r.entity"
    ).fetchall()
    assert ("Дональд Трамп", "президент") in roles
    counted = db.execute(
        "SELECT e.documents, count(DISTINCT m.doc) FROM entities e "
        "JOIN members m ON m.entity = e.id GROUP BY e.id"
    ).fetchall()
    assert counted and all(stored == distinct for stored, distinct in counted)
    foreign = db.execute("SELECT * FROM pragma_foreign_key_list('mentions')").fetchall()
    assert {row[2] for row in foreign} == {"documents", "entities"}


# every column of the database that holds an entity id
ENTITY_COLUMNS = {
    "aliases": {"entity"},
    "members": {"entity"},
    "mentions": {"entity"},
    "roles": {"entity", "org"},
    "agreement_parties": {"entity"},
    "facts": {"person", "org", "place", "owner", "property"},
    "fact_participants": {"entity"},
    "meetings": {"a", "b"},
    "quotes": {"speaker"},
}


def test_every_entity_id_column_has_a_foreign_key_and_all_hold(batch_lines, tmp_path):
    """A client such as Datasette shows a name, not a bare id, wherever a column holds one;
    and every id held there is an entity of the database."""
    target = tmp_path / "corpus.db"
    assert report(batch_lines, "-o", target).exit_code == 0
    db = sqlite3.connect(target)
    for table, columns in ENTITY_COLUMNS.items():
        keys = db.execute(f"SELECT * FROM pragma_foreign_key_list('{table}')").fetchall()
        to_entities = {row[3] for row in keys if row[2] == "entities"}
        assert to_entities == columns, table
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("SELECT count(*) FROM facts WHERE org IS NOT NULL").fetchone()[0] > 0
    assert db.execute("SELECT count(*) FROM meetings").fetchone()[0] > 0


def test_who_said_what_across_the_corpus(model):
    """Quotes filed under their speaker's corpus entity, with their documents."""
    said = {item["speaker"]["name"]: item for item in model["quotes"]}
    trump = said["Дональд Трамп"]
    assert trump["speaker"]["id"] == entity_named(model, "Дональд Трамп")["id"]
    assert (trump["type"], trump["documents"]) == ("PER", 1)
    (quote,) = trump["quotes"]
    assert (quote["doc"], quote["kind"], quote["cue"]) == ("b.txt", "indirect", "заявил")
    assert TEXTS["b.txt"][quote["start"] : quote["end"]] == quote["text"]
    assert quote["text"] == "Соединенные Штаты не подпишут соглашение"
    assert said["ТАСС"]["quotes"][0]["text"] == "Евросоюз ввел пошлины"


def test_sqlite_quotes_point_at_documents_and_entities(batch_lines, tmp_path):
    target = tmp_path / "corpus.db"
    assert report(batch_lines, "-o", target).exit_code == 0
    db = sqlite3.connect(target)
    rows = db.execute(
        "SELECT q.doc, e.name, q.cue, q.kind, q.start, q.end, q.text FROM quotes q "
        "JOIN entities e ON e.id = q.speaker JOIN documents d ON d.id = q.doc ORDER BY q.doc"
    ).fetchall()
    assert [row[:4] for row in rows] == [
        ("a.txt", "ТАСС", "сообщает", "indirect"),
        ("b.txt", "Дональд Трамп", "заявил", "indirect"),
    ]
    for doc, _, _, _, start, end, text in rows:
        assert TEXTS[doc][start:end] == text
    assert db.execute("PRAGMA foreign_key_check(quotes)").fetchall() == []


def test_the_readme_corpus_jq_line_answers_what_one_person_said(model):
    readme = (Path(__file__).parent.parent.parent / "README.md").read_text(encoding="utf-8")
    (query,) = re.findall(r"^  jq -r '(\.quotes.+)'$", readme, re.M)
    if not shutil.which("jq"):
        pytest.skip("no jq")
    out = subprocess.run(
        ["jq", "-r", query], input=json.dumps(model), capture_output=True, text=True, check=True
    )
    assert out.stdout == "b.txt\tСоединенные Штаты не подпишут соглашение\n"


def test_every_table_of_the_database_is_documented_in_the_readme(batch_lines, tmp_path):
    target = tmp_path / "corpus.db"
    assert report(batch_lines, "-o", target).exit_code == 0
    db = sqlite3.connect(target)
    tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    readme = (Path(__file__).parent.parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("**The SQLite database**")[1].split("```sql")[0]
    first_cells = [line.split("|")[1] for line in section.splitlines() if line.startswith("| `")]
    assert tables == {name for cell in first_cells for name in re.findall(r"`(\w+)", cell)}


def test_table_view_lists_top_entities(batch_lines):
    result = report(batch_lines, "--format", "table", "--top", "3")
    assert result.exit_code == 0
    assert "People" in result.stdout and "Дональд Трамп" in result.stdout
    said = re.sub(r"[\s│|]", "", result.stdout.split("Who said what")[1])  # cells fold
    assert "СоединенныеШтатынеподпишутсоглашение" in said and "ТАСС" in said


def dom_of(page: Path) -> str:
    """The page as headless Chromium leaves it after its scripts ran."""
    view = open_page(page, 1280, 900, {"dom": "document.documentElement.outerHTML"})
    assert view.errors == []
    return view.values["dom"]


@pytest.mark.skipif(CHROMIUM is None, reason="no Chromium (apt-get install chromium)")
def test_html_page_loads_in_a_real_browser_without_script_errors(batch_lines, tmp_path, model):
    page = tmp_path / "report.html"
    assert report(batch_lines, "-o", page).exit_code == 0
    assert "<script src" not in page.read_text(encoding="utf-8")  # self-contained
    dom = dom_of(page)
    assert 'data-ready="yes"' in dom and '<pre id="errors"></pre>' in dom
    top = model["entities"][0]
    assert f'data-id="{top["id"]}"' in dom and top["name"] in dom


# "<!--<script>" puts the parser into a state where the data swallows the page's script
HOSTILE = [
    "<!--<script>",
    "</script><img src=x onerror=document.body.dataset.pwned=1>",
    "«Рога & копыта» <b>ООО</b>",
]


@pytest.fixture(scope="module")
def hostile_lines(extractor, tmp_path_factory):
    """A batch's JSON Lines whose entity names and document id hold markup."""
    doc = json.loads(extractor.extract(TEXTS["a.txt"], id="<!--a.txt").to_json())
    assert len(doc["entities"]) > len(HOSTILE)
    for entity, name in zip(doc["entities"], HOSTILE, strict=False):
        entity["name"] = name
    path = tmp_path_factory.mktemp("hostile") / "batch.jsonl"
    path.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def test_the_pages_data_holds_no_markup_and_reads_back_as_the_model(hostile_lines, tmp_path):
    page = tmp_path / "report.html"
    assert report(hostile_lines, "-o", page).exit_code == 0
    html = page.read_text(encoding="utf-8")
    data = html.split('<script id="data" type="application/json">')[1].split("</script>")[0]
    assert not {"<", ">", "&"} & set(data)
    expected = json.loads(report(hostile_lines, "--format", "json").stdout)
    assert json.loads(data) == expected
    assert {e["name"] for e in expected["entities"]} >= set(HOSTILE)


@pytest.mark.skipif(CHROMIUM is None, reason="no Chromium (apt-get install chromium)")
def test_names_with_markup_show_as_text_in_a_real_browser(hostile_lines, tmp_path):
    from html import escape

    page = tmp_path / "report.html"
    assert report(hostile_lines, "-o", page).exit_code == 0
    dom = dom_of(page)
    assert 'data-ready="yes"' in dom and '<pre id="errors"></pre>' in dom
    entities = json.loads(report(hostile_lines, "--format", "json").stdout)["entities"]
    for entity in entities:  # every one a row, its name as text
        row = f'<tr class="row" data-id="{entity["id"]}"><td><span class="dot {entity["type"]}">'
        assert row + f"</span>{escape(entity['name'], quote=False)}</td>" in dom
    assert "<img" not in dom and "data-pwned" not in dom  # nothing made, nothing run


@pytest.mark.parametrize(
    ("entities", "groups"),
    [
        # a surname or first name alone joins the one full name that has it
        ([("PER", "Дональд Трамп"), ("PER", "Трамп")], [[0, 1]]),
        ([("PER", "Джо Байден"), ("PER", "Хантер Байден"), ("PER", "Байден")], [[0], [1], [2]]),
        ([("PER", "Джо Байден"), ("PER", "Байден-младший")], [[0], [1]]),
        (
            [("PER", "Реджеп Тайип Эрдоган"), ("PER", "Реджеп Эрдоган"), ("PER", "Эрдоган")],
            [[0, 1, 2]],
        ),
        # countries by code, organisations by the table, abbreviations by initials
        ([("LOC", "США"), ("LOC", "Соединенные Штаты"), ("LOC", "Америка")], [[0, 1, 2]]),
        ([("ORG", "ЕС"), ("ORG", "Евросоюз"), ("ORG", "Европейский союз")], [[0, 1, 2]]),
        ([("ORG", "Русская православная церковь"), ("ORG", "РПЦ")], [[0, 1]]),
        ([("ORG", "Газпром"), ("ORG", "«Газпром»"), ("LOC", "Газпром")], [[0, 1], [2]]),
    ],
)
def test_corpus_identity(entities, groups):
    gazetteer = load()
    keys = [
        entity_key(
            kind, name, [], gazetteer.country_code(name) if kind == "LOC" else None, gazetteer
        )
        for kind, name in entities
    ]
    names = {key: name for key, (_, name) in zip(keys, entities)}
    links = link_keys(names, {})
    roots = [links.find(key) for key in keys]
    found = {}
    for index, root in enumerate(roots):
        found.setdefault(root, []).append(index)
    assert list(found.values()) == groups


def test_the_readme_queries_run_on_a_report_database(batch_lines, tmp_path):
    import re
    from pathlib import Path

    readme = (Path(__file__).parent.parent.parent / "README.md").read_text(encoding="utf-8")
    (block,) = re.findall(r"```sql\n(.*?)```", readme, re.S)
    queries = [query for query in block.split(";") if "SELECT" in query]
    target = tmp_path / "corpus.db"
    assert report(batch_lines, "-o", target).exit_code == 0
    db = sqlite3.connect(target)
    results = [db.execute(query).fetchall() for query in queries]
    assert len(results) == 3
    assert results[0][0][0] in {"Дональд Трамп", "Андрей Белоусов"}  # in two documents each


def test_output_into_a_missing_folder_is_a_usage_error(batch_lines, tmp_path):
    result = report(batch_lines, "-o", tmp_path / "nowhere" / "corpus.db")
    assert result.exit_code == 2 and result.output.startswith("Error: cannot write")


@pytest.mark.skipif(not Path("/proc/version").exists(), reason="needs Linux /proc")
def test_output_where_no_file_can_be_made_is_one_error(batch_lines):
    result = report(batch_lines, "-o", "/proc/report.html")  # not even root may create it
    assert result.exit_code == 1, result.output
    assert result.output.startswith("Error: cannot write /proc/report.html: ")
    assert result.output.count("\n") == 1


PAGE_FACTS = {
    "ready": "document.body.dataset.ready",
    "width": "document.documentElement.scrollWidth",
    "columns": "getComputedStyle(document.querySelector('main')).gridTemplateColumns.split(' ').length",
    "overlaps": "document.body.dataset.labelOverlaps",
    "meetings": "[...document.querySelectorAll('#meetings tbody tr')].map((row) => row.dataset.id)",
    "months": "[...document.querySelectorAll('#timeline g.bar')].map((bar) => bar.dataset.month)",
    # a click on a node of the network opens that entity's details
    "tapped": "(() => { const node = network.nodes()[0]; node.emit('tap');"
    " return [node.id(), document.getElementById('detail').dataset.entity]; })()",
    # the search of a fact table keeps the rows that hold the words
    "found": "(() => { const box = document.querySelector('#meetings-card input');"
    " box.value = 'Белоусов'; box.dispatchEvent(new Event('input'));"
    " return document.querySelectorAll('#meetings tbody tr').length; })()",
}


@pytest.mark.skipif(CHROMIUM is None, reason="no Chromium (apt-get install chromium)")
@pytest.mark.parametrize(("width", "columns"), [(1280, 2), (390, 1)])
def test_the_page_on_a_desktop_and_a_phone(batch_lines, tmp_path, model, width, columns):
    page = tmp_path / "report.html"
    assert report(batch_lines, "-o", page).exit_code == 0
    view = open_page(page, width, 900, PAGE_FACTS)
    assert view.errors == [] and view.values["ready"] == "yes"
    values = view.values
    assert values["width"] == width and values["columns"] == columns  # no sideways scroll
    pairs = [" ".join(p["id"] for p in m["participants"]) for m in model["meetings"]]
    assert pairs and sorted(values["meetings"]) == sorted(pairs)  # every pair in a row
    assert values["overlaps"] == "0"
    assert values["tapped"][0] == values["tapped"][1]
    months = set(model["documents_by_month"]) | {e["start_date"][:7] for e in model["timeline"]}
    assert months and sorted(values["months"]) == sorted(months)
    belousov = [m for m in model["meetings"] if "Белоусов" in json.dumps(m, ensure_ascii=False)]
    assert values["found"] == len(belousov) > 0


def test_datasette_metadata_beside_the_database_describes_every_table_and_column(
    batch_lines, tmp_path
):
    from nlp_extract.corpus.datasette import metadata_path

    target = tmp_path / "corpus.db"
    assert report(batch_lines, "-o", target).exit_code == 0
    written = metadata_path(target)
    assert written == tmp_path / "corpus.metadata.json"
    tables = json.loads(written.read_text(encoding="utf-8"))["databases"]["corpus"]["tables"]
    db = sqlite3.connect(target)
    names = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert set(tables) == names
    for table in names:
        columns = {row[1] for row in db.execute(f"SELECT * FROM pragma_table_info('{table}')")}
        assert set(tables[table]["columns"]) == columns, table
        assert tables[table]["description"] and all(tables[table]["columns"].values())
    assert tables["entities"]["label_column"] == "name"  # a foreign key shows the name
    statuses = {status for (status,) in db.execute("SELECT status FROM facts")}
    assert statuses and statuses <= {"stated", "planned", "negated", "hypothetical", "former"}
    assert db.execute("SELECT count(*) FROM meetings WHERE status IS NULL").fetchone() == (0,)


def test_a_folder_is_the_json_lines_in_it(batch_lines, tmp_path, model):
    parts = tmp_path / "out" / "parts"
    parts.mkdir(parents=True)
    lines = batch_lines.read_text(encoding="utf-8").splitlines(keepends=True)
    (parts / "1.jsonl").write_text("".join(lines[:2]), encoding="utf-8")
    (tmp_path / "out" / "2.jsonl").write_text("".join(lines[2:]), encoding="utf-8")
    (tmp_path / "out" / "notes.txt").write_text("not read", encoding="utf-8")
    result = report(tmp_path / "out", "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == model


def test_a_folder_of_texts_is_one_error_not_an_empty_corpus(tmp_path):
    (tmp_path / "a.txt").write_text("Трамп прибыл в Берлин.", encoding="utf-8")
    for given in (tmp_path, tmp_path / "*"):
        result = report(given, "--format", "json")
        assert result.exit_code == 2
        assert result.output.startswith("Error: ") and result.output.count("\n") == 1
