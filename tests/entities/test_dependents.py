"""An organisation's name goes on through "при X", "по X", "против X" after a body's
noun, and "по" and a territory after an abbreviation; not what says how or when, not a
post's matter, never over a person. The sentences are written for nlp-extract."""

import pytest

from nlp_extract.entities.dependents import shape_of, with_dependents
from nlp_extract.entities.spans import NameSpan

# the cases of the words below, as the dictionary reads them
CASES = {
    "Президенте": {"Loc"},
    "развитию": {"Dat"},
    "местного": {"Gen", "Acc"},
    "самоуправления": {"Gen", "Nom", "Acc"},
    "прокуратуре": {"Dat", "Loc"},
    "пыток": {"Gen"},
    "запросу": {"Dat"},
    "бобслею": {"Dat"},
    "скелетону": {"Dat"},
    "Москве": {"Dat", "Loc"},
    "городу": {"Dat"},
    "Республике": {"Dat", "Loc"},
    "Татарстан": {"Nom", "Acc"},
    "Сирии": {"Gen", "Dat", "Loc"},
    "расширения": {"Gen", "Nom", "Acc"},
    "Рязани": {"Gen", "Dat", "Loc"},
    "Туле": {"Dat", "Loc"},
    "Твери": {"Gen", "Dat", "Loc"},
    "Петр": {"Nom"},
    "Иванов": {"Nom", "Gen", "Acc"},
}


def cases(word: str) -> frozenset[str]:
    return frozenset(CASES.get(word, ()))


def spans_of(text: str, *pieces: tuple[str, str]) -> list[NameSpan]:
    """(surface, type) pieces, found left to right."""
    out, position = [], 0
    for surface, kind in pieces:
        start = text.index(surface, position)
        out.append(NameSpan(start, start + len(surface), kind))
        position = start + len(surface)
    return out


def stretched(text: str, *pieces: tuple[str, str]) -> list[str]:
    spans = with_dependents(text, spans_of(text, *pieces), cases)
    return [text[span.start : span.end] for span in spans if span.type == "ORG"]


@pytest.mark.parametrize(
    "text, pieces, expected",
    [
        (  # a name cut short in what the body deals with, the country between
            "Член Совета при Президенте РФ по развитию местного самоуправления выступил",
            [("Совета при Президенте", "ORG"), ("РФ", "LOC")],
            ["Совета при Президенте РФ по развитию местного самоуправления"],
        ),
        (
            "Представитель Следственного комитета при прокуратуре выступил",
            [("Следственного комитета", "ORG")],
            ["Следственного комитета при прокуратуре"],
        ),
        (
            "сборная по бобслею и скелетону уехала",
            [("сборная", "ORG")],
            ["сборная по бобслею и скелетону"],
        ),
        (  # after a department's abbreviation, a territory: one name, cut short before
            "В ГУ МВД по Москве сообщили",
            [("ГУ МВД", "ORG")],
            ["ГУ МВД по Москве"],
        ),
        (  # a place's name whole, whatever its case
            "В МВД по Республике Татарстан заявили",
            [("МВД", "ORG"), ("Республике Татарстан", "LOC")],
            ["МВД по Республике Татарстан", "МВД"],
        ),
        (  # not what says how or when, nor a matter after an abbreviation
            "МВД по запросу прокуратуры проверило",
            [("МВД", "ORG")],
            ["МВД"],
        ),
        ("НАТО против расширения выступает давно", [("НАТО", "ORG")], ["НАТО"]),
        (  # a post's matter
            "Спецпредставитель ООН по Сирии прибыл",
            [("ООН", "ORG")],
            ["ООН"],
        ),
        (  # a person's name right after: the words are the post's
            "Начальник ГИБДД по городу Москве Петр Иванов сообщил",
            [("ГИБДД", "ORG"), ("Москве", "LOC"), ("Петр Иванов", "PER")],
            ["ГИБДД"],
        ),
        (  # no more than two prepositions chain
            "Совета по развитию по Рязани по Туле по Твери",
            [("Совета", "ORG")],
            ["Совета по развитию по Рязани"],
        ),
    ],
)
def test_what_of_the_name_follows(text, pieces, expected):
    assert stretched(text, *pieces) == expected


@pytest.mark.parametrize(
    "name, shape",
    [
        ("Следственного комитета", "headed"),
        ("Совета при Президенте", "headed"),  # a name NER cut short in what it deals with
        ("Совета Федерации", None),  # its last noun a dependent
        ("ГУ МВД", "abbreviated"),
        ("Газпром", None),
    ],
)
def test_the_names_that_take_dependents(name, shape):
    assert shape_of(name.split()) == shape


def test_never_over_another_organisation():
    text = "Следственного комитета при прокуратуре и МВД по Москве"
    assert stretched(text, ("Следственного комитета", "ORG"), ("МВД", "ORG")) == [
        "Следственного комитета при прокуратуре",
        "МВД по Москве",
        "МВД",
    ]


def test_a_whole_text(extractor):
    text = "Член Совета при Президенте России по развитию физической культуры выступил."
    doc = extractor.extract(text)
    mentions = {e.type: [m.text for m in e.mentions] for e in doc.entities}
    assert mentions["ORG"] == ["Совета при Президенте России по развитию физической культуры"]
    assert mentions["LOC"] == ["России"]  # nested, a mention of its own


def test_a_department_and_its_parent_body_are_one_name():
    text = "В ГУ МВД по Туле сообщили, что СУ СК работает."
    found = stretched(
        text, ("ГУ", "ORG"), ("МВД", "ORG"), ("Туле", "LOC"), ("СУ", "ORG"), ("СК", "ORG")
    )
    assert found == ["ГУ МВД по Туле", "МВД", "СУ СК", "СК"]


def test_no_department_of_a_list():
    text = "Представители ФСБ МВД не пришли."
    assert stretched(text, ("ФСБ", "ORG"), ("МВД", "ORG")) == ["ФСБ", "МВД"]


def test_a_department_named_with_and_without_its_country_is_one(extractor):
    text = (
        "В пресс-центре ГУ МВД России по Москве уточнили, что водитель задержан. Как "
        "сообщили в ГУ МВД по Москве, он был пьян. Сотрудники ГУ МВД Петербурга помогли."
    )
    names = {e.name: [m.text for m in e.mentions] for e in extractor.extract(text).entities}
    assert names["ГУ МВД России по Москве"] == ["ГУ МВД России по Москве", "ГУ МВД по Москве"]
    assert names["ГУ МВД Петербурга"] == ["ГУ МВД"]
