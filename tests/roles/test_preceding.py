"""preceding.py: a title written before the name, read leftwards from it."""

import pytest

from nlp_extract.roles.preceding import before, bracketed_name, governing_post, title_left

from .tagged import at, morphology, person, read, reading, sentence

# "президенты" is a post in the plural
SOUGHT = [reading("президенты", "президент", "NOUN:Acc,Plur,Masc")]
# "британца" names a person in both its readings; "полицейским" is a post
BRITON = [
    reading("британца", "британец", "NOUN:Gen,Sing,Masc", "anim"),
    reading("британца", "британец", "NOUN:Acc,Sing,Masc", "anim"),
    reading("полицейским", "полицейский", "NOUN:Ins,Sing,Masc", "anim"),
]
# "Анна" has no genitive reading
NAMES = [
    reading("капитана", "капитан", "NOUN:Gen,Sing,Masc"),
    reading("анна", "анна", "PROPN:Nom,Sing,Fem"),
]
WORDS = morphology(
    reading("министра", "министр", "NOUN:Gen,Sing,Masc"),
    reading("финансов", "финансы", "NOUN:Gen,Plur"),
    *NAMES,
)


def first_token(tagged, name):
    return next(i for i, t in enumerate(tagged.tokens) if t.start == person(tagged, name).start)


@pytest.mark.parametrize(
    "text, tags, name, expected",
    [
        # the post that governs a genitive post is the person's
        (
            "заместитель министра финансов [Иван Петров]PER",
            "NOUN:Nom NOUN:Gen,Sing,Masc NOUN:Gen,Plur PROPN:Nom PROPN:Nom",
            "Иван Петров",
            ("Иван Петров", "заместитель министра финансов", None, None),
        ),
        # ... unless the name shares the genitive post's case: the minister's name
        (
            "заместитель министра [Иванова]PER",
            "NOUN:Nom NOUN:Gen,Sing,Masc PROPN:Gen",
            "Иванова",
            ("Иванова", "министр", None, None),
        ),
        # acting holders: the title starts at "исполняющая обязанности"
        (
            "исполняющая обязанности министра [Анна Петрова]PER",
            "VERB:Nom,Part NOUN:Acc,Plur NOUN:Gen,Sing,Masc PROPN:Nom PROPN:Nom",
            "Анна Петрова",
            ("Анна Петрова", "исполняющий обязанности министра", None, None),
        ),
        # an abbreviation in brackets belongs to the organisation before it
        (
            "лидер [Объединённого фронта]ORG ( [ОФДД]ORG ) [Наттавут Сайкыа]PER",
            "NOUN:Nom ADJ:Gen NOUN:Gen PROPN:Gen PROPN:Nom PROPN:Nom",
            "Наттавут Сайкыа",
            ("Наттавут Сайкыа", "лидер", "Объединённого фронта", None),
        ),
    ],
)
def test_before_reads_the_title(text, tags, name, expected):
    tagged = sentence(text, tags, WORDS)
    role = before(tagged, first_token(tagged, name), person(tagged, name))
    assert role is not None and read(tagged, [role]) == [expected]


@pytest.mark.parametrize(
    "text, tags",
    [
        # governed by a preposition
        ("возлагают на [Ли Пэн]PER", "VERB ADP PROPN PROPN"),
        # a post sought, not held
        ("кандидат в президенты [Иван Петров]PER", "NOUN:Nom ADP NOUN:Acc,Plur PROPN PROPN"),
        # a verb between the post and the name
        ("министр заявил [Иван Петров]PER", "NOUN:Nom VERB PROPN:Nom PROPN:Nom"),
        # a comma between them
        ("министр , [Иван Петров]PER", "NOUN:Nom PROPN:Nom PROPN:Nom"),
        # a verb the tagger calls an adjective
        ("министру привиделся [Иван Петров]PER", "NOUN:Dat ADJ:Nom PROPN:Nom PROPN:Nom"),
        # a third person's post: the daughter's name cannot be genitive
        ("дочь капитана [Анна]PER", "NOUN:Nom NOUN:Gen,Sing,Masc PROPN:Nom"),
        # the name stands with a noun for a person in its case, not with the post
        (
            "убийство полицейским британца [Марка Дуггана]PER",
            "NOUN:Nom NOUN:Ins NOUN:Gen,Sing PROPN:Gen,Sing PROPN:Gen,Sing",
        ),
        # a bracket that holds no organisation's name ends the title
        ("лидер ( директор ) [Иван Петров]PER", "NOUN:Nom NOUN:Nom PROPN PROPN"),
    ],
)
def test_before_finds_no_title(text, tags):
    tagged = sentence(text, tags, morphology(*BRITON, *NAMES, *SOUGHT))
    name = tagged.mentions[-1]
    first = next(i for i, t in enumerate(tagged.tokens) if t.start == name.start)
    assert before(tagged, first, name) is None


def test_title_left_finds_the_post_noun_and_a_noun_the_name_stands_with():
    tagged = sentence(
        "убийство полицейским британца [Марка Дуггана]PER",
        "NOUN:Nom NOUN:Ins NOUN:Gen,Sing PROPN:Gen,Sing PROPN:Gen,Sing",
        morphology(*BRITON),
    )
    assert title_left(tagged, 3, tagged.mentions[0]) == (1, tagged.tokens[2])


def test_governing_post_looks_over_adjectives_and_genitives_only():
    tagged = sentence("помощник бывшего министра", "NOUN:Nom ADJ:Gen NOUN:Gen,Sing,Masc", WORDS)
    assert governing_post(tagged, at(tagged, "министра")) == 0
    apart = sentence("помощник , министра", "NOUN:Nom NOUN:Gen,Sing,Masc", WORDS)
    assert governing_post(apart, at(apart, "министра")) is None


def test_bracketed_name():
    tagged = sentence("фронта ( [ОФДД]ORG )", "NOUN:Gen PROPN")
    assert bracketed_name(tagged, at(tagged, ")")) == 1
    person_inside = sentence("фронта ( [Иван]PER )", "NOUN:Gen PROPN")
    assert bracketed_name(person_inside, at(person_inside, ")")) is None
