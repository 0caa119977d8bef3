"""Text that is not Russian is told, not read as if it were."""

import json

import pytest
from typer.testing import CliRunner

from nlp_extract.cli import app
from nlp_extract.reading.language import language

runner = CliRunner()
UKRAINIAN = "Президент України Володимир Зеленський заявив, що Київ готовий до переговорів.\n"


@pytest.mark.parametrize(
    "text, code",
    [
        (UKRAINIAN, "uk"),
        (
            "Қазақстан Республикасының Президенті Қасым-Жомарт Тоқаев Астанада кездесу өткізді.",
            "kk",
        ),
        ("Прэзідэнт Беларусі Аляксандр Лукашэнка сустрэўся з паслом Расіі.", "be"),
        ("Председник Србије Александар Вучић је рекао да је Београд спреман.", "sr"),
        ("Microsoft announced on Monday that it will acquire the company.", "en"),
        ("Der Bundeskanzler traf sich mit dem französischen Präsidenten.", "und-Latn"),
        ("12345 — 678", "und"),
        # Russian, with a Ukrainian name in it, or full of Latin company names
        ("Посол Казахстана прибыл в Ташкент, а затем в Київ.", "ru"),
        ("Фонд Digital Sky Technologies купил 5% акций Facebook.", "ru"),
        ("Министр иностранных дел России Сергей Лавров прибыл в Минск.", "ru"),
    ],
)
def test_language_by_letters(text, code):
    assert language(text) == code


def test_every_russian_dev_text_is_russian():
    from ..conftest import ROOT

    for name in ("names_dev", "facts_dev", "agreements_dev", "dates_dev"):
        for line in (ROOT / "tests" / "data" / f"{name}.jsonl").open(encoding="utf-8"):
            text = json.loads(line)["text"]
            assert language(text) == "ru", text


def test_a_ukrainian_text_is_read_with_a_warning_and_its_language(extractor):
    doc = extractor.extract(UKRAINIAN)
    assert doc.meta.language == "uk"
    assert [error.code for error in doc.errors] == ["not_russian"]
    assert extractor.extract("Сергей Лавров прибыл в Минск.").errors == []


def test_the_warning_reaches_stderr_and_is_no_batch_failure(tmp_path, extractor):
    (tmp_path / "uk.txt").write_text(UKRAINIAN, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "uk.txt"), "-f", "json"])
    assert result.exit_code == 0
    assert result.stderr.startswith("Warning: the text seems to be Ukrainian, not Russian")
    batch = runner.invoke(app, ["batch", str(tmp_path), "--workers", "1", "-q"])
    assert batch.exit_code == 0
    assert json.loads(batch.stdout)["meta"]["language"] == "uk"
