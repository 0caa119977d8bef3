"""An organisation's name goes on through "при X", "по X", "против X" after a body's
noun or an abbreviation; a phrase of how or when does not, nor a dependent body."""

import pytest

from nlp_extract.entities.dependents import dependents_end, shape_of, with_dependents
from nlp_extract.entities.spans import NameSpan

# the cases of the words below, as the dictionary reads them
CASES = {
    "Президенте": {"Loc"},
    "развитию": {"Dat"},
    "информационного": {"Gen", "Acc"},
    "общества": {"Gen", "Nom", "Acc"},
    "прокуратуре": {"Dat", "Loc"},
    "пыток": {"Gen"},
    "итогам": {"Dat"},
    "поддержке": {"Dat", "Loc"},
    "бобслею": {"Dat"},
    "скелетону": {"Dat"},
    "выступил": set(),
}


def cases(word: str) -> frozenset[str]:
    return frozenset(CASES.get(word, ()))


def stretched(text: str, name: str) -> str | None:
    """What dependents_end makes of the name at the text's start."""
    end = dependents_end(text, len(name), cases)
    return None if end is None else text[:end]


@pytest.mark.parametrize(
    "text, name, expected",
    [
        (
            "Совета при Президенте РФ по развитию информационного общества выступил",
            "Совета",
            "Совета при Президенте РФ по развитию информационного общества",
        ),
        ("комитета против пыток выступил", "комитета", "комитета против пыток"),
        ("сборная по бобслею и скелетону выступил", "сборная", "сборная по бобслею и скелетону"),
        ("Минфин по итогам года", "Минфин", None),  # how or when
        ("Совета при поддержке", "Совета", None),
        ("Совета в Москве", "Совета", None),  # no preposition of a body's matter
    ],
)
def test_what_a_preposition_governs(text, name, expected):
    assert stretched(text, name) == expected


def test_a_body_noun_after_adjectives_or_an_abbreviation_takes_its_dependents():
    text = "Следственного комитета при прокуратуре и МВД по развитию и Совета Федерации по пыток"
    spans = [
        NameSpan(0, 22, "ORG"),  # Следственного комитета
        NameSpan(41, 44, "ORG"),  # МВД
        NameSpan(59, 75, "ORG"),  # Совета Федерации: its last noun is a dependent
    ]
    found = [(text[s.start : s.end]) for s in with_dependents(text, spans, cases)]
    assert found == [
        "Следственного комитета при прокуратуре",
        "МВД по развитию",
        "МВД",  # the body the other belongs to stays a mention inside it
        "Совета Федерации",
    ]


def test_a_whole_text(extractor):
    text = "Член Совета при Президенте РФ по развитию информационного общества выступил."
    doc = extractor.extract(text)
    mentions = {e.type: [m.text for m in e.mentions] for e in doc.entities}
    assert mentions == {
        "ORG": ["Совета при Президенте РФ по развитию информационного общества"],
        "LOC": ["РФ"],  # nested, a mention of its own
    }


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


def test_a_persons_name_after_the_words_makes_them_a_posts():
    text = "директора НАСА по развитию Билл Герстенмайер выступил"
    spans = [NameSpan(10, 14, "ORG"), NameSpan(27, 44, "PER")]
    assert with_dependents(text, spans, cases) == spans
