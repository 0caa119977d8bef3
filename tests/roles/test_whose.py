"""whose.py: whether a post is the name's, from the cases of the post and the name."""

import pytest

from nlp_extract.roles.whose import agree, same_case, same_cases, someone_elses, whose

from .tagged import at, morphology, person, reading, sentence

NAMES = morphology(
    reading("обамы", "обама", "PROPN:Gen,Sing,Masc"),
    reading("анна", "анна", "PROPN:Nom,Sing,Fem"),
    reading("светлану", "светлана", "PROPN:Acc,Sing,Fem"),
    reading("иванова", "иванов", "PROPN:Gen,Sing,Masc"),
    reading("иванова", "иванова", "PROPN:Nom,Sing,Fem"),
    reading("капитана", "капитан", "NOUN:Gen,Sing,Masc"),
    reading("писателя", "писатель", "NOUN:Gen,Sing,Masc"),
    reading("актёра", "актёр", "NOUN:Gen,Sing,Masc"),
    reading("представитель", "представитель", "NOUN:Nom,Sing,Masc"),
    reading("представителем", "представитель", "NOUN:Ins,Sing,Masc"),
    reading("представителя", "представитель", "NOUN:Gen,Sing,Masc"),
    reading("пограничника", "пограничник", "NOUN:Gen,Sing,Masc"),
)


@pytest.mark.parametrize(
    "text, tags, agrees",
    [
        ("министр Иванов", "NOUN:Nom PROPN:Nom", True),
        # an oblique name with no nominative reading is someone else's
        ("министр Обамы", "NOUN:Nom PROPN:Gen", False),
        ("представитель Обамы", "NOUN:Nom PROPN:Gen", False),
        # ... but the tagger's case is not trusted where the dictionary has a nominative
        ("министр Иванова", "NOUN:Nom PROPN:Gen", True),
        # a post held for another is the genitive name's ("адвокат Маркива"), unless genitive too
        ("представителем Иванова", "NOUN:Ins PROPN:Gen", False),
        ("представителя Иванова", "NOUN:Gen PROPN:Gen", True),
        ("министром Иванова", "NOUN:Ins PROPN:Gen", True),
        # a post in the name's case
        ("министра Иванова", "NOUN:Gen PROPN:Gen", True),
    ],
)
def test_agree(text, tags, agrees):
    post, name = sentence(text, tags).tokens
    assert agree(post, name, NAMES) is agrees


def test_whose_a_genitive_name_right_before_the_person_is_whose_post_it_is():
    tagged = sentence(
        "Адвокат [Александра Кокорина]PER [Андрей Ромашов]PER",
        "NOUN PROPN:Gen PROPN:Gen PROPN PROPN",
    )
    other, holder = tagged.mentions
    assert whose(other, holder, tagged.tokens, at(tagged, "Кокорина"))
    apart = sentence(
        "Адвокат [Александра Кокорина]PER , [Андрей Ромашов]PER",
        "NOUN PROPN:Gen PROPN:Gen PROPN PROPN",
    )
    assert not whose(*apart.mentions, apart.tokens, at(apart, "Кокорина"))


@pytest.mark.parametrize(
    "text, tags, elses",
    [
        # a genitive post after a noun that is no post, and a name that cannot be genitive
        ("дочь капитана [Анна]PER", "NOUN:Nom NOUN:Gen PROPN:Nom", True),
        ("мать пограничника [Светлану]PER", "NOUN:Acc NOUN:Gen PROPN:Acc", True),
        ("дочь писателя , актёра [Анна]PER", "NOUN:Nom NOUN:Gen NOUN:Gen PROPN:Nom", True),
        # the name may be genitive: the post is the name's
        ("дочь капитана [Иванова]PER", "NOUN:Nom NOUN:Gen PROPN:Gen", False),
        # nothing before the post
        ("капитана [Анна]PER", "NOUN:Gen PROPN:Nom", False),
        # a post in the nominative
        ("дочь капитан [Анна]PER", "NOUN:Nom NOUN:Nom PROPN:Nom", False),
    ],
)
def test_someone_elses(text, tags, elses):
    tagged = sentence(text, tags, NAMES)
    name = tagged.mentions[0]
    first = next(i for i, t in enumerate(tagged.tokens) if t.start == name.start)
    assert someone_elses(tagged, first - 1, first) is elses


def test_same_case_an_apposition_agrees_with_an_oblique_name():
    tagged = sentence(
        "слова [Александра Брода]PER , известного борца",
        "NOUN:Acc PROPN:Gen PROPN:Gen ADJ:Gen NOUN:Gen",
    )
    assert same_case(tagged.tokens, at(tagged, "борца"), person(tagged, "Александра Брода"))
    other = sentence(
        "соратник [Цзян Цзэминя]PER , премьер", "NOUN:Nom PROPN:Gen PROPN:Gen NOUN:Nom"
    )
    assert not same_case(other.tokens, at(other, "премьер"), other.mentions[0])


@pytest.mark.parametrize(
    "a, b, same",
    [("Gen", "Gen", True), ("Gen", "Acc", True), ("Nom", "Gen", False), (None, None, False)],
)
def test_same_cases_an_animate_accusative_is_the_genitives_form(a, b, same):
    first, second = sentence(
        "один два", f"NOUN{':' + a if a else ''} NOUN{':' + b if b else ''}"
    ).tokens
    assert same_cases(first, second) is same
