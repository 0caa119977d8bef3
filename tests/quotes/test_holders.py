"""A title or post in an attribution is the person named before who holds it ("Министр
добавил", "глава Минсвязи"), with no models: marked texts and their entities' roles."""

import pytest


def test_a_title_is_the_person_named_before_who_holds_it():
    from nlp_extract.quotes import read
    from nlp_extract.schema import Role

    from .marked import marked, posts, regions

    text, entities = marked(
        "[Владимир Путин]PER принял [Алексея Кудрина=Алексей Кудрин]PER.\n"
        "Президент заявил, что бюджет будет сбалансирован."
    )
    entities[0].roles.append(Role(title="президент"))
    (quote,) = read(text, regions(text), entities, posts)
    assert (quote.speaker_name, quote.text) == ("Владимир Путин", "бюджет будет сбалансирован")
    entities[0].roles.clear()  # no post known: the person named last
    (quote,) = read(text, regions(text), entities, posts)
    assert quote.speaker_name == "Алексей Кудрин"


@pytest.mark.parametrize(
    "source, posts, expected",
    [
        (  # a post in an oblique case
            "[Антон Силуанов]PER встретился с [Германом Грефом=Герман Греф]PER.\n"
            "По словам министра, бюджет будет исполнен без дефицита.",
            {"Антон Силуанов": "министр финансов", "Герман Греф": "глава"},
            "Антон Силуанов",
        ),
        (  # the first post of a compound one
            "[Дэвид Кэмерон]PER встретился с [Эдом Милибэндом=Эд Милибэнд]PER.\n"
            "«Мы проведем референдум в этом году», — сказал британский премьер.",
            {"Дэвид Кэмерон": "премьер-министр", "Эд Милибэнд": "лидер лейбористов"},
            "Дэвид Кэмерон",
        ),
        (  # no post known: the man named last, of a man's verb
            "[Эммануэль Макрон]PER принял [Ангелу Меркель=Ангела Меркель]PER.\n"
            "Глава государства заявил, что Европа должна быть единой.",
            {},
            "Эммануэль Макрон",
        ),
        (  # a post of a place is a person's
            "[Сергей Собянин]PER встретился с жителями района.\n"
            "Мэр [Москвы=Москва]LOC заявил, что ремонт завершится в сентябре.",
            {},
            "Сергей Собянин",
        ),
        (  # a post the text gave with no organisation, now given with one
            "Сервис представил создатель сети [Марк Цукерберг]PER.\n"
            "«Это не электронная почта», — пояснил создатель [Facebook]ORG.",
            {"Марк Цукерберг": "создатель"},
            "Марк Цукерберг",
        ),
        (  # a head of anything: the person named last who heads something
            "[Сергей Шойгу]PER встретился с жителем города [Иваном Петровым=Иван Петров]PER.\n"
            "«Помощь получат все пострадавшие семьи», — сказал глава ведомства.",
            {"Сергей Шойгу": "министр по чрезвычайным ситуациям"},
            "Сергей Шойгу",
        ),
        (  # "она": a name that does not tell is a woman's before a man's
            "[Хиллари Клинтон]PER встретилась с [Сергеем Лавровым=Сергей Лавров]PER.\n"
            "«Мы продолжим переговоры с Ираном», — сказала она.",
            {},
            "Хиллари Клинтон",
        ),
        (  # "сам" stresses the title: the post's holder, not the man named last
            "[Владимир Путин]PER принял [Алексея Кудрина=Алексей Кудрин]PER.\n"
            "Президент и сам заявил, что бюджет будет сбалансирован.",
            {"Владимир Путин": "президент"},
            "Владимир Путин",
        ),
        (  # a noun a text calls a person it has named, no post of anyone's
            "[Герман Кейн]PER выдвинулся в президенты.\n"
            "В своём заявлении новоиспечённый кандидат сказал, что страна в застое.",
            {},
            "Герман Кейн",
        ),
    ],
)
def test_a_post_names_the_person_who_holds_it(source, posts, expected):
    from nlp_extract.quotes import read
    from nlp_extract.schema import Role

    from .marked import marked, regions
    from .marked import posts as posts_of

    text, entities = marked(source)
    for entity in entities:
        if entity.name in posts:
            entity.roles.append(Role(title=posts[entity.name]))
    assert [quote.speaker_name for quote in read(text, regions(text), entities, posts_of)] == [
        expected
    ]


@pytest.mark.parametrize(
    "attribution",
    [
        "По словам главы ведомства, помощь получат все пострадавшие семьи.",
        "Как сообщил глава ведомства, помощь получат все пострадавшие семьи.",
    ],
)
def test_a_post_in_the_genitive_singular_names_its_holder(attribution):
    """ "главы" is the genitive of "глава" as well as its plural: a post in -а/-я."""
    from .marked import said

    found = said(f"[Сергей Шойгу]PER прибыл в Крымск.\n{attribution}")
    assert [name for name, _, _ in found] == ["Сергей Шойгу"]


def test_posts_named():
    from nlp_extract.quotes.holders import posts_named

    def posts(word):
        lemma = {"главы": "глава", "экс-главы": "глава", "судьи": "судья", "министры": "министр"}
        return frozenset({word, lemma[word]}) if word in lemma else frozenset()

    assert posts_named(["главы", "ведомства"], posts, genitive=True) == {"глава"}
    assert posts_named(["экс-главы"], posts, genitive=True) == {"глава"}
    assert posts_named(["судьи"], posts, genitive=True) == {"судья"}
    assert posts_named(["министры"], posts, genitive=True) == frozenset()  # a plural, no one person
    assert posts_named(["бывшего", "главы"], posts, genitive=True) == {"глава"}
    assert (
        posts_named(["дочь", "судьи"], posts, genitive=True) == frozenset()
    )  # a dependent of "дочь"
    # before a verb a word in -и is a plural subject, not a genitive: "Судьи считают"
    assert posts_named(["судьи"], posts) == frozenset()


def test_a_plural_post_before_the_verb_names_no_one_holder():
    from .marked import said

    text = (
        "[Антон Силуанов]PER выступил в Думе. Главы регионов считают, что бюджет не сбалансирован."
    )
    assert said(text) == [(None, "indirect", "бюджет не сбалансирован")]


def test_a_womans_post_tells_her_sex():
    from nlp_extract.quotes.holders import female_post

    assert female_post(frozenset({"спортсменка"})) is True
    assert female_post(frozenset({"глава"})) is None


def test_a_title_that_goes_on_is_the_one_who_spoke_before():
    """ "Актёр также признался" after Спейси's words is Спейси when no one holds the post,
    not the man named since; the post's holder, where one does, speaks."""
    from nlp_extract.quotes import read
    from nlp_extract.schema import Role

    from .marked import marked, posts, regions

    source = (
        "[Энтони Рэпп]PER обвинил [Кевина Спейси=Кевин Спейси]PER.\n"
        "«Я не помню этой встречи», — ответил [Спейси=Кевин Спейси]PER.\n"
        "[Марк Смит]PER пришёл на суд.\n"
        "Актёр {}признался, что давно жалеет об этом."
    )
    for also, expected in (("также ", "Кевин Спейси"), ("", "Марк Смит")):
        text, entities = marked(source.format(also))
        speakers = [quote.speaker_name for quote in read(text, regions(text), entities, posts)]
        assert speakers == ["Кевин Спейси", expected]
    text, entities = marked(source.format("также "))
    entities[0].roles.append(Role(title="актер"))  # a holder of the post speaks
    speakers = [quote.speaker_name for quote in read(text, regions(text), entities, posts)]
    assert speakers == ["Кевин Спейси", "Энтони Рэпп"]


def test_a_title_that_goes_on_is_the_posts_holder_where_there_is_one():
    from nlp_extract.quotes import read
    from nlp_extract.schema import Role

    from .marked import marked, posts, regions

    text, entities = marked(
        "[Антон Силуанов]PER встретился с предпринимателями.\n"
        "«Налоги слишком высоки», — сказал [Иван Петров]PER.\n"
        "Министр также отметил, что бюджет сбалансирован."
    )
    entities[0].roles.append(Role(title="министр"))
    speakers = [quote.speaker_name for quote in read(text, regions(text), entities, posts)]
    assert speakers == ["Иван Петров", "Антон Силуанов"]
