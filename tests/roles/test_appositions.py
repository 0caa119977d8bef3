"""appositions.py: a title after the name, after a comma, a dash or in brackets."""

import pytest

from nlp_extract.roles.appositions import after, bracket_end, caption, one_of_them

from .tagged import morphology, read, reading, sentence

WORDS = morphology(
    reading("компании", "компания", "NOUN:Gen,Sing,Fem"),
    reading("агентства", "агентство", "NOUN:Gen,Sing,Neut"),
    reading("основателей", "основатель", "NOUN:Gen,Plur,Masc"),
    reading("борца", "борец", "NOUN:Gen,Sing,Masc"),
    reading("члена", "член", "NOUN:Gen,Sing,Masc"),
    reading("палаты", "палата", "NOUN:Gen,Sing,Fem"),
)


def last_token(tagged, name):
    return max(i for i, t in enumerate(tagged.tokens) if t.end <= name.end)


@pytest.mark.parametrize(
    "text, tags, expected",
    [
        (
            "сообщила [Анна Петрова]PER , пресс-секретарь компании «[Казатомпром]ORG» .",
            "VERB PROPN:Nom PROPN:Nom NOUN:Nom NOUN:Gen PROPN:Gen",
            [("Анна Петрова", "пресс-секретарь", "Казатомпром", None)],
        ),
        # after a dash, as lists of speakers write it
        (
            "[Светлана Яковлева]PER — директор [Global Cultural Project]ORG",
            "PROPN:Nom PROPN:Nom NOUN:Nom X X X",
            [("Светлана Яковлева", "директор", "Global Cultural Project", None)],
        ),
        # in brackets
        (
            "[Йоахим Лёв]PER ( второй тренер ) сказал",
            "PROPN:Nom PROPN:Nom ADJ:Nom NOUN:Nom VERB",
            [("Йоахим Лёв", "второй тренер", None, None)],
        ),
        # a name in brackets after the name is passed over
        (
            "[Скотт Хоровитц]PER ( [Scott Horowitz]PER ) , бывший астронавт",
            "PROPN:Nom PROPN:Nom X X ADJ:Nom NOUN:Nom",
            [("Скотт Хоровитц", "бывший астронавт", None, None)],
        ),
        # two posts joined by "и": both at the organisation named after the second
        (
            "[Иван Петров]PER , директор и совладелец агентства «[Ромашка]ORG»",
            "PROPN:Nom PROPN:Nom NOUN:Nom CCONJ NOUN:Nom NOUN:Gen PROPN:Gen",
            [
                ("Иван Петров", "директор", "Ромашка", None),
                ("Иван Петров", "совладелец", "Ромашка", None),
            ],
        ),
        # one of several holders: the post in the singular
        (
            "[Иван Петров]PER , один из основателей компании «[Ромашка]ORG»",
            "PROPN:Nom PROPN:Nom NUM:Nom ADP NOUN:Gen,Plur,Masc NOUN:Gen PROPN:Gen",
            [("Иван Петров", "основатель", "Ромашка", None)],
        ),
        # the next apposition after a comma is the person's too
        (
            "слова [Александра Брода]PER , известного борца , члена [Общественной палаты]ORG",
            "NOUN:Acc PROPN:Gen PROPN:Gen ADJ:Gen NOUN:Gen,Sing,Masc NOUN:Gen,Sing,Masc ADJ NOUN",
            [
                ("Александра Брода", "борец", None, None),
                ("Александра Брода", "член", "Общественной палаты", None),
            ],
        ),
        # a caption: a post right after the name in a line with no verb
        (
            "[Кирсан Илюмжинов]PER Президент [ФИДЕ]ORG",
            "PROPN:Nom PROPN:Nom NOUN:Nom PROPN:Gen",
            [("Кирсан Илюмжинов", "президент", "ФИДЕ", None)],
        ),
        # the title of the next person
        (
            "[Иван Петров]PER , выдающийся спортсмен и актёр [Олег Тактаров]PER",
            "PROPN:Nom PROPN:Nom ADJ:Nom NOUN:Nom CCONJ NOUN:Nom PROPN:Nom PROPN:Nom",
            [],
        ),
        # the post of the one the name depends on
        (
            "соратник [Цзян Цзэминя]PER , премьер [Ли Пэн]PER",
            "NOUN:Nom PROPN:Gen PROPN:Gen NOUN:Nom PROPN:Nom PROPN:Nom",
            [],
        ),
        # no comma or dash after the name, and a verb in the line: no apposition
        ("[Иван Петров]PER директор заявил", "PROPN:Nom PROPN:Nom NOUN:Nom VERB", []),
    ],
)
def test_after(text, tags, expected):
    tagged = sentence(text, tags, WORDS)
    name = next(m for m in tagged.mentions if m.type == "PER")
    assert read(tagged, after(tagged, last_token(tagged, name), name)) == expected


def test_a_title_in_brackets_ends_with_its_bracket():
    tagged = sentence("[Йоахим Лёв]PER ( второй тренер )", "PROPN PROPN ADJ:Nom NOUN:Nom")
    (role,) = after(tagged, 1, tagged.mentions[0])
    assert role.end == tagged.tokens[-1].end


@pytest.mark.parametrize(
    "text, expected",
    [
        ("( второй тренер ) ,", 3),
        ("( )", None),  # empty
        ("( второй ( тренер ) )", None),  # nested
        ("второй тренер", None),  # no bracket
    ],
)
def test_bracket_end(text, expected):
    tags = " ".join("X" for word in text.split() if word.isalpha())
    assert bracket_end(sentence(text, tags).tokens, 0) == expected


def test_one_of_them_and_caption():
    tagged = sentence("один из основателей", "NUM ADP NOUN:Gen,Plur")
    assert one_of_them(tagged.tokens, 0)
    assert not one_of_them(tagged.tokens[:2], 0)  # nothing after "из"
    line = sentence("[Кирсан Илюмжинов]PER Президент", "PROPN PROPN NOUN:Nom")
    assert caption(line, 2)
    said = sentence("[Кирсан Илюмжинов]PER Президент , сказал", "PROPN PROPN NOUN:Nom VERB")
    assert not caption(said, 2)
