"""titles.py: a title read off its tokens, from its post noun to the name."""

import pytest

from nlp_extract.roles.titles import acting_abbreviation, build, title_end

from .tagged import at, morphology, person, read, reading, sentence

WORDS = morphology(
    reading("госкорпорации", "госкорпорация", "NOUN:Gen,Sing,Fem"),
    reading("фракции", "фракция", "NOUN:Gen,Sing,Fem"),
    reading("губернатора", "губернатор", "NOUN:Gen,Sing,Masc"),
    reading("министра", "министр", "NOUN:Gen,Sing,Masc"),
)


@pytest.mark.parametrize(
    "text, tags, title, expected",
    [
        # the adjectives before the post noun are the post's
        (
            "Генеральный директор госкорпорации «[Росатом]ORG» [Алексей Лихачев]PER",
            "ADJ:Nom NOUN:Nom NOUN:Gen PROPN:Nom PROPN:Nom PROPN:Nom",
            "директор",
            ("Алексей Лихачев", "генеральный директор", "Росатом", None),
        ),
        # a nationality adjective names the employer, not the post
        (
            "Российский президент [Владимир Путин]PER",
            "ADJ:Nom NOUN:Nom PROPN:Nom PROPN:Nom",
            "президент",
            ("Владимир Путин", "президент", None, None),
        ),
        # the title ends before the noun of an organisation ("лидер | фракции КПРФ")
        (
            "лидер фракции [КПРФ]ORG [Геннадий Зюганов]PER",
            "NOUN:Nom NOUN:Gen PROPN:Gen PROPN:Nom PROPN:Nom",
            "лидер",
            ("Геннадий Зюганов", "лидер", "КПРФ", None),
        ),
        # a place after "в" is the post's seat; the first organisation or place its employer
        (
            "посол [Казахстана]LOC в [Узбекистане]LOC [Бейбут Атамкулов]PER",
            "NOUN:Nom PROPN:Gen ADP PROPN:Loc PROPN:Nom PROPN:Nom",
            "посол",
            ("Бейбут Атамкулов", "посол", "Казахстана", "Узбекистане"),
        ),
        # a country after "из" is where the person comes from
        (
            "тренер из [Хорватии]LOC [Игор Штимац]PER",
            "NOUN:Nom ADP PROPN:Gen PROPN:Nom PROPN:Nom",
            "тренер",
            ("Игор Штимац", "тренер", None, None),
        ),
        # the title is read in the nominative
        (
            "губернатора [Ивана Петрова]PER",
            "NOUN:Gen,Sing,Masc PROPN:Gen PROPN:Gen",
            "губернатора",
            ("Ивана Петрова", "губернатор", None, None),
        ),
        # a phrase after "на" is about the post, not its name
        (
            "глава делегации на переговорах [Иван Петров]PER",
            "NOUN:Nom NOUN:Gen ADP NOUN:Loc,Plur PROPN:Nom PROPN:Nom",
            "глава",
            ("Иван Петров", "глава делегации", None, None),
        ),
        # a date after the post is when, not the post's words
        (
            "премьер 23 декабря 2011 года [Дмитрий Медведев]PER",
            "NOUN:Nom NUM NOUN:Gen NUM NOUN:Gen PROPN:Nom PROPN:Nom",
            "премьер",
            ("Дмитрий Медведев", "премьер", None, None),
        ),
        # a capitalised word after the title is a name NER left out, not the title's
        (
            "режиссёра Эмира [Кустурицу]PER",
            "NOUN:Acc PROPN:Acc PROPN:Acc",
            "режиссёра",
            ("Кустурицу", "режиссёра", None, None),
        ),
    ],
)
def test_build_reads_the_title_from_its_post_noun_to_the_name(text, tags, title, expected):
    tagged = sentence(text, tags, WORDS)
    name = tagged.mentions[-1]
    stop = next(i for i, t in enumerate(tagged.tokens) if t.start == name.start)
    role = build(tagged, at(tagged, title), stop, name)
    assert read(tagged, [role]) == [expected]
    assert role.end == name.end


def test_build_gives_the_country_of_a_nationality_adjective_and_leaves_it_out():
    tagged = sentence("Российский президент [Владимир Путин]PER", "ADJ:Nom NOUN:Nom PROPN PROPN")
    role = build(tagged, 1, 2, person(tagged, "Владимир Путин"))
    assert (role.title, role.country, role.start) == ("президент", "RU", tagged.tokens[1].start)


def test_build_leaves_praise_out_of_the_title_after_the_name():
    tagged = sentence(
        "[Адриано Челентано]PER , известный певец , запел", "PROPN PROPN ADJ:Nom NOUN:Nom VERB"
    )
    role = build(tagged, at(tagged, "известный"), at(tagged, "певец") + 1, tagged.mentions[0])
    assert role.title == "певец"


def test_build_leaves_an_appraisal_of_age_or_wealth_out_of_the_title():
    tagged = sentence("Старый миллиардер [Уоррен Баффет]PER", "ADJ:Nom NOUN:Nom PROPN PROPN")
    role = build(tagged, 0, 2, person(tagged, "Уоррен Баффет"))
    assert role.title == "миллиардер"


def test_build_ends_the_title_in_its_noun():
    """ "глава японского | МИДа": the adjective left at the end is the organisation's."""
    tagged = sentence(
        "глава японского [МИДа]ORG [Таро Асо]PER", "NOUN:Nom ADJ:Gen PROPN PROPN PROPN"
    )
    role = build(tagged, 0, at(tagged, "Таро"), person(tagged, "Таро Асо"))
    assert read(tagged, [role]) == [("Таро Асо", "глава", "МИДа", None)]


def test_build_marks_a_plural_post():
    words = morphology(reading("сенаторов", "сенатор", "NOUN:Gen,Plur,Masc"))
    tagged = sentence("сенаторов [Иванова]PER", "NOUN:Gen,Plur,Masc PROPN:Gen", words)
    role = build(tagged, 0, 1, tagged.mentions[0])
    assert (role.title, role.plural) == ("сенатор", True)


@pytest.mark.parametrize(
    "text, tags",
    [
        ("и.о. губернатора [Иван Петров]PER", "CCONJ X NOUN:Gen,Sing,Masc PROPN PROPN"),
        ("врио губернатора [Иван Петров]PER", "X NOUN:Gen,Sing,Masc PROPN PROPN"),
    ],
)
def test_an_acting_holder_is_named_in_full(text, tags):
    tagged = sentence(text, tags, WORDS)
    role = build(tagged, at(tagged, "губернатора"), at(tagged, "Иван"), tagged.mentions[0])
    assert (role.title, role.start) == ("исполняющий обязанности губернатора", 0)
    assert acting_abbreviation(tagged.tokens, at(tagged, "губернатора")) == 0


def test_title_end_stops_at_a_comma_and_finds_a_second_post():
    tagged = sentence(
        "министр финансов и глава делегации , [Иван Петров]PER",
        "NOUN:Nom NOUN:Gen CCONJ NOUN:Nom NOUN:Gen PROPN PROPN",
    )
    assert title_end(tagged, 0) == (5, 2)  # ends before ","; "и" joins "глава"


@pytest.mark.parametrize(
    "text, tags, end",
    [
        ("министр заявил", "NOUN:Nom VERB", 1),  # a verb
        ("министр [Иван Петров]PER", "NOUN:Nom PROPN PROPN", 1),  # a person
        ("зав. кафедрой", "NOUN NOUN:Ins", 3),  # an abbreviation's dot is no end
        ("директор .", "NOUN:Nom", 1),  # the sentence's last dot is
    ],
)
def test_title_end(text, tags, end):
    assert title_end(sentence(text, tags), 0)[0] == end
