"""find.py: the title–person pairs of a sentence, before or after each name."""

from dataclasses import replace

import pytest

from nlp_extract.roles.find import find_roles, listed_after, pronoun_org

from .tagged import morphology, read, reading, sentence

WORDS = morphology(
    reading("компании", "компания", "NOUN:Gen,Sing,Fem"),
    reading("сенаторов", "сенатор", "NOUN:Gen,Plur,Masc"),
    reading("представители", "представитель", "NOUN:Nom,Plur,Masc"),
    reading("кокорина", "кокорин", "PROPN:Gen,Sing,Masc"),
)


@pytest.mark.parametrize(
    "text, tags, expected",
    [
        # the title before the name
        (
            "Министр иностранных дел [России]LOC [Сергей Лавров]PER прибыл в [Минск]LOC .",
            "NOUN:Nom ADJ:Gen,Plur NOUN:Gen,Plur PROPN:Gen PROPN:Nom PROPN:Nom VERB ADP PROPN",
            [("Сергей Лавров", "министр иностранных дел", "России", None)],
        ),
        # the title after it, when none stands before
        (
            "— сообщила [Анна Петрова]PER , пресс-секретарь компании «[Казатомпром]ORG» .",
            "VERB PROPN:Nom PROPN:Nom NOUN:Nom NOUN:Gen PROPN:Gen",
            [("Анна Петрова", "пресс-секретарь", "Казатомпром", None)],
        ),
        # a plural post is each listed person's
        (
            "встреча сенаторов [Иванова]PER и [Петрова]PER",
            "NOUN:Nom NOUN:Gen,Plur,Masc PROPN:Gen CCONJ PROPN:Gen",
            [("Иванова", "сенатор", None, None), ("Петрова", "сенатор", None, None)],
        ),
        # the posts listed before the one found are the person's too
        (
            "писатель , поэт и журналист [Дмитрий Быков]PER",
            "NOUN:Nom NOUN:Nom CCONJ NOUN:Nom PROPN:Nom PROPN:Nom",
            [
                ("Дмитрий Быков", "журналист", None, None),
                ("Дмитрий Быков", "поэт", None, None),
                ("Дмитрий Быков", "писатель", None, None),
            ],
        ),
        # ... but not posts in the plural: others listed before him
        (
            "представители [Госдумы]ORG , председатель [Равиль Гайнутдин]PER",
            "NOUN:Nom,Plur,Masc PROPN:Gen NOUN:Nom PROPN:Nom PROPN:Nom",
            [("Равиль Гайнутдин", "председатель", None, None)],
        ),
        # a post after "её" is at the organisation named before the pronoun
        (
            "Главным владельцем [Facebook]ORG является её основатель [Марк Цукерберг]PER",
            "ADJ:Ins NOUN:Ins PROPN VERB PRON NOUN:Nom PROPN:Nom PROPN:Nom",
            [("Марк Цукерберг", "основатель", "Facebook", None)],
        ),
        # a genitive name before the person is whose post it is, not a holder
        (
            "Адвокат [Александра Кокорина]PER [Андрей Ромашов]PER заявил",
            "NOUN:Nom PROPN:Gen PROPN:Gen PROPN:Nom PROPN:Nom VERB",
            [("Андрей Ромашов", "адвокат", None, None)],
        ),
        # a sentence with no title gives none
        (
            "[Иван Петров]PER прибыл в [Минск]LOC .",
            "PROPN:Nom PROPN:Nom VERB ADP PROPN",
            [],
        ),
    ],
)
def test_find_roles(text, tags, expected):
    tagged = sentence(text, tags, WORDS)
    assert read(tagged, find_roles(tagged)) == expected


def test_the_organisation_of_her_post_may_be_in_the_sentence_before():
    both = sentence(
        "[Facebook]ORG растёт . Её основатель [Марк Цукерберг]PER",
        "PROPN VERB PRON NOUN:Nom PROPN:Nom PROPN:Nom",
    )
    facebook, name = both.mentions
    second = replace(both, tokens=both.tokens[3:], mentions=[name])
    (role,) = find_roles(second, both.mentions)
    assert (role.org, role.start) == (facebook, second.tokens[1].start)  # the span stays
    assert find_roles(second)[0].org is None  # by default: this sentence's mentions


def test_pronoun_org_wants_the_pronoun_right_before_the_post():
    tagged = sentence(
        "[Facebook]ORG и основатель [Марк Цукерберг]PER", "PROPN CCONJ NOUN:Nom PROPN PROPN"
    )
    (role,) = find_roles(tagged)
    starts = [t.start for t in tagged.tokens]
    assert pronoun_org(tagged.tokens, starts, role, tagged.mentions) is None


def test_a_list_goes_on_from_name_to_name_over_commas_and_and():
    tagged = sentence(
        "сенаторов [Иванова]PER и [Петрова]PER , [Сидорова]PER",
        "NOUN:Gen,Plur PROPN CCONJ PROPN PROPN",
        WORDS,
    )
    roles = find_roles(tagged)
    assert [title for _, title, _, _ in read(tagged, roles)] == ["сенатор"] * 3
    _, second, third = tagged.mentions
    assert listed_after(tagged.tokens, roles[0], second)
    assert listed_after(tagged.tokens, roles[1], third)
    assert not listed_after(tagged.tokens, roles[0], third)  # "Петрова" between
