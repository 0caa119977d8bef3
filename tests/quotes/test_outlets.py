"""The outlet a source spoke to, or that cites one, is no speaker when the attribution
names the source; an outlet reporting on its own is (NEREL gold's convention)."""

import pytest

from nlp_extract.quotes import read

from .marked import Known, marked, posts, quotes, regions, said


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # the outlet told, in the dative, before the source's words
            "Число кандидатов выросло до 13, сообщил [РИА Новости]ORG в четверг "
            "представитель [Мосгоризбиркома=Мосгоризбирком]ORG.",
            [("Мосгоризбирком", "indirect", "Число кандидатов выросло до 13")],
        ),
        (  # the body before the verb, the outlet between
            "В [мэрии Уфы=мэрия Уфы]ORG [РИА Новости]ORG сообщили, что назначение состоялось.",
            [("мэрия Уфы", "indirect", "назначение состоялось")],
        ),
        (  # the source an outlet cites
            "Как сообщает [Интерфакс]ORG со ссылкой на пресс-службу [МВД]ORG, решение "
            "принял министр.",
            [("МВД", "indirect", "решение принял министр")],
        ),
        (  # an outlet cites another outlet, named after a noun of one
            "Эмир встретится с семьей, передает агентство [Рейтер]ORG со ссылкой на "
            "телеканал «[Аль-Джазира]ORG».",
            [("Аль-Джазира", "indirect", "Эмир встретится с семьей")],
        ),
        (  # a source with no name: no speaker, but still a quote
            "Как рассказал [РИА Новости]ORG один из участников встречи, решение отложено.",
            [(None, "indirect", "решение отложено")],
        ),
        (  # a person who spoke to an outlet
            "[Андрей Воробьев]PER заявил [Интерфаксу=Интерфакс]ORG, что позиции нет.",
            [("Андрей Воробьев", "indirect", "позиции нет")],
        ),
    ],
)
def test_the_source_speaks_not_the_outlet(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Решение отложено, пишет газета «[Труд]ORG» со ссылкой на свои источники.",
            [("Труд", "indirect", "Решение отложено")],
        ),
        (
            "Об этом сообщает местная газета [Blitz Quotidiano]ORG.",
            [],  # nothing before it to refer to
        ),
        (
            "По данным [РИА Новости]ORG, решение отложено.",
            [("РИА Новости", "indirect", "решение отложено")],
        ),
    ],
)
def test_an_outlet_on_its_own_speaks(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # "издание" after an outlet named: that outlet
            "Кандидата не нашли. Об этом пишет газета «[Коммерсант]ORG».\n"
            "По данным издания, все кандидаты отказались.",
            [
                ("Коммерсант", "indirect", "Кандидата не нашли"),
                ("Коммерсант", "indirect", "все кандидаты отказались"),
            ],
        ),
        (  # "агентство": the outlet named after that noun, not the one it cites
            "Эмир уйдет в отставку, передает агентство [Рейтер]ORG со ссылкой на "
            "телеканал «[Аль-Джазира]ORG».\nСлухи ходили давно, отмечает агентство.",
            [
                ("Аль-Джазира", "indirect", "Эмир уйдет в отставку"),
                ("Рейтер", "indirect", "Слухи ходили давно"),
            ],
        ),
        (  # "по данным газеты" between a subject and its verb: no quote of its own
            "Митинг прошел мирно, уточняет газета «[Труд]ORG».\n"
            "Полиция, по данным газеты, отметила, что протестующих стало больше.",
            [
                ("Труд", "indirect", "Митинг прошел мирно"),
                (None, "indirect", "протестующих стало больше"),
            ],
        ),
    ],
)
def test_a_bare_noun_of_an_outlet_is_the_outlet_named(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Как сообщила федеральная прокуратура [Бельгии=Бельгия]LOC, арестованы двое.",
            "федеральная прокуратура Бельгии",
        ),
        ("Посольство [США]LOC считает, что инцидент исчерпан.", "Посольство США"),
        (
            "Как сообщило министерство юстиции [США]LOC, обвиняемый арестован.",
            "министерство юстиции США",
        ),
        ("[Бельгия]LOC заявила, что обвиняемые арестованы.", "Бельгия"),  # the state
        ("Власти [США]LOC заявили, что обвиняемые арестованы.", "США"),  # no body
    ],
)
def test_a_body_of_a_place_no_entity_names(text, expected):
    (quote,) = quotes(text)
    assert quote.speaker_name == expected


def nominative(words):
    return NOMINATIVES.get(" ".join(words))


NOMINATIVES = {
    "палестинском правительстве": "палестинское правительство",
    "пресс-службы посольства США": None,
    "посольства США": "посольство США",
    "пресс-службе базы": None,
    "базы": "база",
}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Премьер подал в отставку, сообщил [РИА Новости]ORG источник в палестинском "
            "правительстве.",
            "палестинское правительство",
        ),
        (
            "Оружие ввезли с ведома властей, сообщил представитель пресс-службы посольства "
            "[США]LOC.",
            "посольство США",
        ),
        ("«Вопросами занимается посольство», — сообщили в пресс-службе базы.", None),
    ],
)
def test_a_body_a_source_is_in_by_words_no_entity_holds(text, expected):
    source, entities = marked(text)
    found = read(source, regions(source), entities, posts, nominative=nominative)
    assert [quote.speaker_name for quote in found] == [expected]


def test_the_outlet_a_source_told_names_no_body():
    text = "«Премьер ушел сам», — сообщил источник агентству [Франс Пресс]ORG."
    source, entities = marked(text)
    found = read(source, regions(source), entities, posts, nominative=lambda words: "агентство")
    assert [quote.speaker_name for quote in found] == [None]


def test_a_source_the_ner_took_for_a_person_is_no_person():
    assert said("[Источник]PER в правительстве сообщил, что премьер ушел сам.") == [
        (None, "indirect", "премьер ушел сам")
    ]


def test_a_name_after_journalist_is_no_outlet():
    from nlp_extract.quotes.outlets import outlets

    from .marked import marked

    text, entities = marked("Как рассказал журналист [Иван Петров]PER, журнал [Огонек]ORG закрыт.")
    assert outlets(text, entities, lambda name: False) == {"e2"}


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # an agency of another kind is no outlet, nor where the text calls it so again
            "Рейтинговое агентство [Moody's]ORG понизило рейтинг банка. Позже агентство "
            "[Moody's]ORG и агентство [Рейтер]ORG подтвердили данные.",
            {"e2"},
        ),
        ("Федеральное агентство [Росавиация]ORG и японское агентство [Киодо]ORG.", {"e2"}),
        ("Информационное агентство [Синьхуа]ORG.", {"e1"}),
        # a noun of an outlet as a word of its own: no "журналистка", "газетчик"
        ("Об этом написали журналистка [Анна Смирнова]PER и газетчик [Олег Кашин]PER.", set()),
    ],
)
def test_a_noun_of_an_outlet_before_a_name(text, expected):
    from nlp_extract.quotes.outlets import outlets

    source, entities = marked(text)
    assert outlets(source, entities, lambda name: False) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # its source speaks for it, not dropped as an outlet's
            "Рейтинговое агентство [Fitch]ORG понизило рейтинг Турции. Как сообщил агентству "
            "[Reuters]ORG представитель [Fitch]ORG, решение принято единогласно.",
            [("Fitch", "indirect", "решение принято единогласно")],
        ),
        (  # the bare noun still stands for it
            "Рейтинговое агентство [Fitch]ORG понизило рейтинг банка «[Пересвет]ORG».\n"
            "Как сообщает агентство, рейтинг изменен из-за ограничений на снятие наличных.",
            [("Fitch", "indirect", "рейтинг изменен из-за ограничений на снятие наличных")],
        ),
    ],
)
def test_an_agency_of_another_kind(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Как сообщил «[Вестям.ru=Вести.ru]ORG» представитель [МВД]ORG, задержаны трое.",
            [("МВД", "indirect", "задержаны трое")],
        ),
        (
            "Задержаны трое, сообщил «[Донецким новостям=Донецкие новости]ORG» источник в полиции.",
            [(None, "indirect", "Задержаны трое")],
        ),
    ],
)
def test_an_outlet_by_its_letters_that_no_gazetteer_knows(text, expected):
    source, entities = marked(text)
    found = read(source, regions(source), entities, posts, known=Known())
    assert [(q.speaker_name, q.kind, q.text) for q in found] == expected


def test_a_bare_outlet_noun_is_the_outlet_that_spoke_just_before():
    text = (
        "Жители села нашли кости, сообщает «[Тамбовская жизнь]ORG».\n"
        "Издание поясняет, что такие захоронения типичны для мордвы."
    )
    assert [speaker for speaker, *_ in said(text)] == ["Тамбовская жизнь"] * 2


def test_an_official_agency_is_an_outlet_not_the_speaker_of_its_source():
    text = "«Город освобождён», — сказал официальному агентству [SANA]ORG представитель властей."
    assert said(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a source opens the words an outlet reports: the source speaks through it
            "По информации представителей [ООН]ORG, все члены ассамблеи проголосовали "
            "единогласно, сообщает [РБК]ORG.",
            ("ООН", "все члены ассамблеи проголосовали единогласно"),
        ),
        (  # an act is no source: the outlet reports it
            "Согласно распоряжению президента [Дмитрия Медведева=Дмитрий Медведев]PER, "
            "переход на зимнее время отменяется, сообщает [NEWSru.com]ORG.",
            (
                "NEWSru.com",
                "Согласно распоряжению президента Дмитрия Медведева, переход на "
                "зимнее время отменяется",
            ),
        ),
    ],
)
def test_a_source_speaks_through_the_outlet_that_reports_its_words(text, expected):
    assert [(speaker, words) for speaker, _, words in said(text)] == [expected]


def test_a_source_speaks_through_no_outlet_past_another_speaker():
    text = (
        "По словам [Шойгу]PER, учения пройдут в мае, однако [Пентагон]ORG считает, что они "
        "начнутся раньше, сообщает [ТАСС]ORG."
    )
    assert ("Пентагон", "indirect", "они начнутся раньше") in said(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # the network the words were published in is no speaker
            "Группа отменила турне. Об этом в [Twitter]ORG сообщила компания [Live Nation]ORG.",
            "Live Nation",
        ),
        ("Он написал в [Twitter]ORG, что стена будет построена.", None),
        (  # a plural verb with no subject: the company's people spoke
            "Как заявили в [Twitter]ORG, сервис не будет передавать данные.",
            "Twitter",
        ),
        (  # the network's company speaks
            "[Facebook]ORG заявил, что удалит аккаунты.",
            "Facebook",
        ),
    ],
)
def test_a_social_network_the_words_were_published_in_is_no_speaker(text, expected):
    source, entities = marked(text)
    found = read(
        source,
        regions(source),
        entities,
        posts,
        known=Known({"Twitter": "platform", "Facebook": "platform"}),
    )
    assert [quote.speaker_name for quote in found] == [expected]
