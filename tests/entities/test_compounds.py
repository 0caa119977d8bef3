"""Compound abbreviations and country-qualified names, as pure functions and in the gazetteer."""

import pytest

from nlp_extract.entities import gazetteer
from nlp_extract.entities.compounds import abbreviates, content_words, genitive


@pytest.mark.parametrize(
    "compound, full, expected",
    [
        ("Минфин", "Министерство финансов", True),
        ("Госдума", "Государственная дума", True),
        ("Совфед", "Совет Федерации", True),
        ("Центробанк", "Центральный банк", True),  # the linking "о"
        ("Минобороны", "Министерство обороны", True),  # the last word whole, in its case
        ("Центризбирком", "Центральная избирательная комиссия", True),
        ("Минпромторг", "Министерство промышленности и торговли", True),  # "и" left out
        ("Минэнерго", "Министерство энергетики", True),
        ("Минэкономразвития", "Министерство экономического развития", True),
        ("Еврокомиссия", "Европейская комиссия", True),
        ("Минфин", "Министерство обороны", False),
        ("Минск", "Министерство сельского хозяйства", False),  # every word gives a piece
        ("Госдума", "Государственная", False),  # one word is no compound's full name
        ("Минобороны", "Министерство финансов обороны", False),
    ],
)
def test_compounds(compound, full, expected):
    assert abbreviates(compound.lower(), content_words(full)) is expected


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Россия", "России"),
        ("Российская Федерация", "Российской Федерации"),
        ("Украина", "Украины"),
        ("Казахстан", "Казахстана"),
        ("Китай", "Китая"),
        ("Америка", "Америки"),
        ("США", "США"),
        ("Соединенные Штаты Америки", "Соединенных Штатов Америки"),
        ("Республика Казахстан", "Республики Казахстан"),
    ],
)
def test_country_genitive(name, expected):
    assert genitive(name) == expected


@pytest.mark.parametrize(
    "name, known",
    [
        # the Bank of Russia five ways
        ("Банк России", "Банк России"),
        ("ЦБ РФ", "Банк России"),
        ("Центральный банк РФ", "Банк России"),
        ("Центробанк", "Банк России"),
        ("ЦБ", "Банк России"),
        ("Госдума РФ", "Государственная дума"),
        ("Государственная дума Российской Федерации", "Государственная дума"),
        ("Государственная дума России", "Государственная дума"),
        ("Российский МИД", "Министерство иностранных дел России"),  # the country's adjective
        ("Росстат России", "Федеральная служба государственной статистики"),
        # a compound abbreviation of a name in the table, though the table lacks it
        (
            "Минвостокразвития",
            "Министерство Российской Федерации по развитию Дальнего Востока и Арктики",
        ),
        # another country's body is another body
        ("Минфин Украины", "Министерство финансов Украины"),
        ("Центральный банк Франции", None),
        ("Министерство обороны", None),  # whose, the text says
    ],
)
def test_gazetteer_knows_organisations(name, known):
    assert gazetteer.load().identity("ORG", name) == known


def test_gazetteer_lines_are_whole():
    table = gazetteer.load()
    assert len(table.organisation_facts) >= 300
    for canonical, (kind, country) in table.organisation_facts.items():
        assert kind and (country is None or (len(country) == 2 and country.isupper())), canonical
        assert table.identity("ORG", canonical) == canonical
