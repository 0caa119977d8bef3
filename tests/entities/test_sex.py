"""A person's sex read from the text: a surname's case form, the verb a name is the
subject of; and what it decides: a woman's name read as a man's genitive, the namesake
a bare surname is."""

import pytest

from nlp_extract.entities.canonical import canonical
from nlp_extract.entities.gazetteer import Gazetteer
from nlp_extract.entities.group import cluster
from nlp_extract.entities.sex import mention_sex, told_sex

from .test_group import names, spans


def sex_of(text: str, name: str) -> bool | None:
    start = text.index(name)
    return mention_sex(text, start, start + len(name))


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("Однако Панфилова уточнила, что всё в порядке.", "Панфилова", True),
        ("Позднее Рено, чей рост был больше 180 сантиметров, сказала, что", "Рено", True),
        ("Её брат Роберт Рено долгое время писал для газеты.", "Роберт Рено", False),
        ("Её мать – Дебби Рейнольдс – сказала журналистам", "Дебби Рейнольдс", True),
        ("Кандидатуру Мирославы Немцовой поддержат.", "Мирославы Немцовой", True),
        ("Премьер встретился с Петровым.", "Петровым", False),
        ("Андрей Луговой заявил о провокации.", "Андрей Луговой", False),
        ("Джейн Остин написала роман.", "Джейн Остин", True),
        # a dependent of a noun is no subject: the verb is the noun's
        ("Жена Кинчева сказала, что он в больнице.", "Кинчева", None),
        ("Пресс-секретарь Александра отказалась назвать клинику.", "Александра", None),
        ("Путин и Меркель обсудили кризис.", "Путин", None),
        ("Тогда Рено было 54 года.", "Рено", None),
    ],
)
def test_what_a_mention_tells(text, name, expected):
    assert sex_of(text, name) is expected


def test_most_mentions_decide_and_a_tie_tells_nothing():
    text = "Рено сказала. Рено заявила. Рено ушёл."
    spans_ = [(m, m + 4) for m in (0, 14, 28)]
    assert told_sex(text, spans_) is True
    assert told_sex(text, spans_[1:]) is None


def test_a_womans_nominative_read_as_a_mans_genitive_is_her_name():
    text = (
        "Кандидатуру Мирославы Немцовой поддержат. "
        "«Это ошибка», — констатировала Мирослава Немцова."
    )
    found = spans(
        text,
        ("Мирославы Немцовой", "PER", "Мирослава Немцова"),
        ("Мирослава Немцова", "PER", "Мирослав Немцов"),
    )
    assert canonical(text, found, Gazetteer()) == "Мирослава Немцова"


def test_a_womans_first_name_misread_keeps_her_surface():
    text = "Лолла Каримова сообщила, что отец болен. Каримова написала об этом."
    found = spans(text, ("Лолла Каримова", "PER", "Лолл Каримова"), ("Каримова", "PER", "Каримова"))
    assert canonical(text, found, Gazetteer()) == "Лолла Каримова"


def test_a_mans_name_read_in_the_genitive_stays_his():
    text = "Иван Петров заявил. Заявление Ивана Петрова прочли."
    found = spans(
        text, ("Иван Петров", "PER", "Иван Петров"), ("Ивана Петрова", "PER", "Ивана Петрова")
    )
    assert canonical(text, found, Gazetteer()) == "Иван Петров"


def test_a_bare_surname_is_the_namesake_of_its_sex():
    text = (
        "Джанет Рено родилась в Майами. Её брат Роберт Рено долгое время писал для газеты. "
        "Позднее Рено, чей рост был больше 180 сантиметров, сказала, что хотела стать юристом."
    )
    found = spans(
        text,
        ("Джанет Рено", "PER", "Джанет Рено"),
        ("Роберт Рено", "PER", "Роберт Рено"),
        ("Рено", "PER", "Рено"),
    )
    assert names(cluster(text, found, Gazetteer())) == [["Джанет Рено", "Рено"], ["Роберт Рено"]]


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("Встреча с Сергеем Шойгу прошла в резиденции.", "Сергеем Шойгу", None),
        ("Встреча с Ириной Петровой прошла спокойно.", "Ириной Петровой", True),
        ("Позднее Луговой заявил, что не виновен.", "Луговой", False),
    ],
)
def test_an_instrumental_is_no_nominative_and_the_verb_tells_first(text, name, expected):
    assert sex_of(text, name) is expected


def test_the_dictionary_tells_a_verb_from_a_noun(extractor):
    past_sex = extractor.morphology.past_sex
    assert [past_sex(w) for w in ("сказала", "добавил", "начала", "телеканала", "зал")] == [
        True,
        False,
        None,
        None,
        None,
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # nouns in -ала, -ал between a man's name and his verb are no verbs of a woman
            "По словам Дмитрия Пескова, встреча состоится. Песков в эфире телеканала "
            "«Россия 24» добавил, что детали уточняются.",
            "Дмитрий Песков",
        ),
        ("Депутат Ирина Яровая внесла законопроект. Законопроект Яровой приняли.", "Ирина Яровая"),
    ],
)
def test_names_read_with_the_dictionary(extractor, text, expected):
    people = [e.name for e in extractor.extract(text).entities if e.type == "PER"]
    assert people == [expected]


def test_short_first_names_in_om_are_nominatives():
    assert sex_of("Нападающий Артём Дзюба заявил о травме.", "Артём Дзюба") is False
