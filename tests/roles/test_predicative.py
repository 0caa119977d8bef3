"""predicative.py and pronouns.py: posts a verb states, and the post of "он"/"она"."""

import pytest

from nlp_extract.roles.predicative import post_after, predicative_roles
from nlp_extract.roles.pronouns import opening_person, pronoun_role

from .tagged import morphology, read, reading, sentence

WORDS = morphology(
    reading("стал", "стать", "VERB"),
    reading("станет", "стать", "VERB"),
    reading("работал", "работать", "VERB"),
    reading("является", "являться", "VERB"),
    reading("назначил", "назначить", "VERB"),
    reading("назначен", "назначить", "VERB:Pass"),
    reading("занимал", "занимать", "VERB"),
    reading("выступили", "выступить", "VERB"),
    reading("пост", "пост", "NOUN:Acc,Sing,Masc"),
    reading("кардиналом", "кардинал", "NOUN:Ins,Sing,Masc"),
    reading("аналитиком", "аналитик", "NOUN:Ins,Sing,Masc"),
    reading("руководителем", "руководитель", "NOUN:Ins,Sing,Masc"),
    reading("лаборатории", "лаборатория", "NOUN:Gen,Sing,Fem"),
    reading("императора", "император", "NOUN:Gen,Sing,Masc"),
    reading("операторами", "оператор", "NOUN:Ins,Plur,Masc"),
    reading("министром", "министр", "NOUN:Ins,Sing,Masc"),
    reading("депутатом", "депутат", "NOUN:Ins,Sing,Masc"),
    reading("парламента", "парламент", "NOUN:Gen,Sing,Masc"),
)


@pytest.mark.parametrize(
    "text, tags, expected",
    [
        # the subject's post, in the instrumental
        (
            "[Маккаррик]PER стал кардиналом .",
            "PROPN:Nom VERB NOUN:Ins,Sing,Masc",
            [("Маккаррик", "кардинал", None, None)],
        ),
        # over words between the name and the verb; the organisation before the post
        (
            "[Иван Петров]PER в 2001 году работал в [Яндексе]ORG аналитиком",
            "PROPN:Nom PROPN:Nom ADP NUM NOUN:Loc VERB ADP PROPN:Loc NOUN:Ins,Sing,Masc",
            [("Иван Петров", "аналитик", "Яндексе", None)],
        ),
        # a passive of appointing
        (
            "[Иван Петров]PER назначен министром",
            "PROPN:Nom PROPN:Nom VERB:Pass NOUN:Ins,Sing,Masc",
            [("Иван Петров", "министр", None, None)],
        ),
        # the genitive after "пост"
        (
            "[Акихито]PER занимал пост императора [Японии]LOC",
            "PROPN:Nom VERB NOUN:Acc,Sing,Masc NOUN:Gen,Sing,Masc PROPN:Gen",
            [("Акихито", "император", "Японии", None)],
        ),
        # the object's post
        (
            "назначил [Зворыкина]PER руководителем лаборатории",
            "VERB PROPN:Acc NOUN:Ins,Sing,Masc NOUN:Gen,Sing,Fem",
            [("Зворыкина", "руководитель", None, None)],
        ),
        # the title first, in the plural, and each person listed after the verb
        (
            "Операторами выступили [Михаил Агранович]PER и [Михаил Хасая]PER",
            "NOUN:Ins,Plur,Masc VERB PROPN:Nom PROPN:Nom CCONJ PROPN:Nom PROPN:Nom",
            [
                ("Михаил Агранович", "оператор", None, None),
                ("Михаил Хасая", "оператор", None, None),
            ],
        ),
        # "будучи" opening the sentence: the first person after it
        (
            "Будучи министром , [Иван Петров]PER открыл",
            "VERB NOUN:Ins,Sing,Masc PROPN:Nom PROPN:Nom VERB",
            [("Иван Петров", "министр", None, None)],
        ),
        # "не" states no post
        ("[Иван Петров]PER не станет министром", "PROPN:Nom PROPN:Nom PART VERB NOUN:Ins", []),
        # a person in an oblique case is no subject
        ("[Ивану Петрову]PER стал министром", "PROPN:Dat PROPN:Dat VERB NOUN:Ins", []),
        # a post in the nominative is no complement
        ("[Иван Петров]PER стал министр", "PROPN:Nom PROPN:Nom VERB NOUN:Nom", []),
    ],
)
def test_predicative_roles(text, tags, expected):
    tagged = sentence(text, tags, WORDS)
    assert read(tagged, predicative_roles(tagged, set())) == expected


def test_people_with_a_post_found_are_left_out():
    tagged = sentence("[Маккаррик]PER стал кардиналом", "PROPN:Nom VERB NOUN:Ins", WORDS)
    assert predicative_roles(tagged, {tagged.mentions[0]}) == []


def test_post_after_stops_at_a_person_or_a_verb():
    tagged = sentence("стал [Ивану]PER министром", "VERB PROPN:Dat NOUN:Ins", WORDS)
    assert post_after(tagged, 1, holds=False) is None
    clause = sentence("стал , что министром", "VERB SCONJ NOUN:Ins", WORDS)
    assert post_after(clause, 1, holds=False) is None
    quoted = sentence("работал в «[Яндексе]ORG» аналитиком", "VERB ADP PROPN NOUN:Ins", WORDS)
    assert post_after(quoted, 1, holds=False) == 5


@pytest.mark.parametrize(
    "text, tags, gender, expected",
    [
        (
            "В настоящий момент он является депутатом парламента",
            "ADP ADJ NOUN PRON VERB NOUN:Ins,Sing,Masc NOUN:Gen",
            "Masc",
            [("Леван Гачечиладзе", "депутат парламента", None, None)],
        ),
        # the pronoun's gender must be the name's
        (
            "Она является депутатом",
            "PRON VERB NOUN:Ins,Sing,Masc",
            "Masc",
            [],
        ),
        # the pronoun opens the clause, not a later one
        (
            "Сказал , что он является депутатом",
            "VERB SCONJ PRON VERB NOUN:Ins,Sing,Masc",
            "Masc",
            [],
        ),
    ],
)
def test_pronoun_role(text, tags, gender, expected):
    before = sentence(
        "[Леван Гачечиладзе]PER стал кандидатом", "PROPN:Nom,Masc PROPN:Nom VERB NOUN:Ins"
    )
    antecedent = before.mentions[0]
    tagged = sentence(text, tags, WORDS)
    role = pronoun_role(tagged, antecedent, gender)
    roles = [] if role is None else [role]
    found = [(title, org, place) for _, title, org, place in read(tagged, roles)]
    assert found == [item[1:] for item in expected]
    if role is not None:
        assert role.person == antecedent
        assert role.start == tagged.tokens[3].start  # from the pronoun on


def test_opening_person_is_the_nominative_name_a_sentence_opens_with():
    tagged = sentence(
        "[Леван Гачечиладзе]PER стал кандидатом", "PROPN:Nom,Masc PROPN:Nom VERB NOUN:Ins"
    )
    assert opening_person(tagged, tagged.mentions) == (0, tagged.mentions[0], "Masc")
    late = sentence(
        "По словам пресс-службы , вчера [Левана Гачечиладзе]PER",
        "ADP NOUN NOUN ADV PROPN:Gen PROPN:Gen",
    )
    assert opening_person(late, late.mentions) is None
