"""Web pages: read by their visible text, with offsets into the page as decoded."""

import pytest
from typer.testing import CliRunner

from nlp_extract.cli import app
from nlp_extract.reading.markup import is_html, page_meta, visible

from ..conftest import EXAMPLES

runner = CliRunner()
PAGE = EXAMPLES / "saved_page.html"


@pytest.mark.parametrize(
    "text, page",
    [
        (PAGE.read_text(encoding="utf-8"), True),
        ("<p>Сергей Лавров прибыл в Минск.</p><p>Его встретили.</p>", True),
        ("Сергей Лавров прибыл в Минск.", False),
        ("Если a < b и b > c, то <<Газпром>> здесь ни при чём.", False),
        ("Тег <p> в тексте о вёрстке.", False),  # one tag is no page
    ],
)
def test_is_html(text, page):
    assert is_html(text) == page


def test_visible_text_keeps_every_place_and_drops_the_markup():
    page = (
        '<head><title>Т</title></head><script>var x = "Париж";</script><p>5&nbsp;марта&raquo;</p>'
    )
    text = visible(page)
    assert len(text) == len(page)
    assert "Париж" not in text and "<" not in text and "Т" not in text
    assert text.index("5") == page.index("5")
    assert "5\xa0" in text and "»" in text
    assert text[page.index("<p>")] == "\n"  # a block tag keeps paragraphs apart


def test_head_meta_gives_title_address_and_day():
    head = page_meta(PAGE.read_text(encoding="utf-8"))
    assert (head.title, head.url, head.date) == (
        "Лавров прибыл в Минск",
        "https://ria.ru/20250305/lavrov.html",
        "2025-03-05",
    )


@pytest.fixture(scope="module")
def page_doc(extractor):
    return extractor.extract(PAGE.read_text(encoding="utf-8"), id=str(PAGE))


def test_a_page_is_read_by_its_visible_text(page_doc):
    page = PAGE.read_text(encoding="utf-8")
    names = {entity.name for entity in page_doc.entities}
    assert {"Сергей Лавров", "Минск", "РИА Новости", "Александр Лукашенко"} <= names
    assert not names & {"Париж", "Лондон", "Берлин"}  # in the script and the style
    navigation = (page.index("<nav>"), page.index("</nav>"))
    starts = [m.start for e in page_doc.entities for m in e.mentions]
    assert not [start for start in starts if navigation[0] <= start < navigation[1]]
    meta = page_doc.meta
    assert (meta.format, meta.date, meta.reference_date) == ("html", "2025-03-05", "2025-03-05")
    day = next(d for d in page_doc.dates if "марта" in d.text)
    assert (day.text, day.start_date, day.granularity) == ("5&nbsp;марта", "2025-03-05", "day")


def test_every_offset_indexes_the_page_as_decoded(page_doc):
    page = PAGE.read_text(encoding="utf-8")
    spans = [m for e in page_doc.entities for m in e.mentions]
    spans += [*page_doc.dates, *page_doc.agreements, *page_doc.facts]
    assert len(spans) > 10
    for span in spans:
        assert page[span.start : span.end] == span.text


def test_brat_and_highlight_line_up_with_the_page(extractor):
    page = PAGE.read_text(encoding="utf-8")
    brat = runner.invoke(app, ["extract", str(PAGE), "-f", "brat"])
    assert brat.exit_code == 0
    for line in brat.stdout.splitlines():
        if line.startswith("T"):
            _, where, written = line.split("\t")
            start, end = map(int, where.split()[1:3])
            assert page[start:end] == written
    highlight = runner.invoke(app, ["extract", str(PAGE), "-f", "highlight", "--no-color"])
    assert "[Сергей Лавров]PER" in highlight.stdout
