"""Quotes through the whole pipeline (natasha's models), on a news text."""

import pytest

TEXT = """Министр финансов России Алексей Кудрин заявил, что бюджет на следующий год будет сбалансирован.

«Мы не планируем повышать налоги, — сказал он журналистам в Москве. — Дефицит будет покрыт из резервов».

По словам Кудрина, решение поддержал премьер-министр Владимир Путин.

В Министерстве экономического развития заявили, что прогноз роста сохранится, передает «Интерфакс».

Газета «Ведомости» опубликовала статью «Бюджетный маневр».
"""


def test_who_said_what(extractor):
    doc = extractor.extract(TEXT)
    found = [(q.speaker_name, q.kind, q.text) for q in doc.quotes]
    assert found == [
        ("Алексей Кудрин", "indirect", "бюджет на следующий год будет сбалансирован"),
        ("Алексей Кудрин", "direct", "Мы не планируем повышать налоги"),
        ("Алексей Кудрин", "direct", "Дефицит будет покрыт из резервов"),
        ("Алексей Кудрин", "indirect", "решение поддержал премьер-министр Владимир Путин"),
        ("Министерство экономического развития", "indirect", "прогноз роста сохранится"),
    ]
    ids = {entity.name: entity.id for entity in doc.entities}
    for quote in doc.quotes:
        assert TEXT[quote.start : quote.end] == quote.text
        assert quote.speaker == ids[quote.speaker_name]
        assert quote.status == "stated"
    assert [q.cue for q in doc.quotes] == ["заявил", "сказал", "сказал", "По словам", "заявили"]


POSTS = """Министр финансов Антон Силуанов встретился с главой Сбербанка Германом Грефом. По словам министра, бюджет будет исполнен без дефицита.

Премьер-министр Великобритании Дэвид Кэмерон встретился с лидером лейбористов Эдом Милибэндом. «Мы проведем референдум о членстве в ЕС», — сказал британский премьер.
"""


def test_a_post_in_any_case_names_its_holder(extractor):
    """The morphology reads "министра" as the post "министр", "премьер" as the first
    post of "премьер-министр"."""
    doc = extractor.extract(POSTS)
    assert [(q.speaker_name, q.cue) for q in doc.quotes] == [
        ("Антон Силуанов", "По словам"),
        ("Дэвид Кэмерон", "сказал"),
    ]


def test_a_speaker_named_by_initials_ends_no_words_at_their_stops(extractor):
    text = "Отставка принята, сообщил В. В. Путин. Потом он уехал."
    doc = extractor.extract(text)
    assert [(q.speaker_name, q.text) for q in doc.quotes] == [("В. В. Путин", "Отставка принята")]


def test_an_outlet_citing_an_unnamed_source_in_a_body(extractor):
    cited = (
        "Премьер Палестины Рами Хамдалла подал в отставку, сообщает агентство Рейтер со "
        "ссылкой на источник в палестинском правительстве."
    )
    own = "Министр подал в отставку, пишет газета «Коммерсант» со ссылкой на свои источники."
    assert [q.speaker_name for q in extractor.extract(cited).quotes] == [
        "палестинское правительство"
    ]
    assert [q.speaker_name for q in extractor.extract(own).quotes] == ["Коммерсант"]


def test_a_body_of_a_place_in_another_case_is_the_body_not_the_state(extractor):
    text = "По заявлениям департамента транспорта Москвы, автобус врезался в остановку."
    doc = extractor.extract(text)
    assert [(q.speaker_name, q.text) for q in doc.quotes] == [
        ("департамент транспорта Москвы", "автобус врезался в остановку")
    ]


def test_people_speaking_from_a_body_are_the_body(extractor):
    text = "Как сообщили из городской прокуратуры, задержанных отпустили под залог."
    assert [(q.speaker_name, q.text) for q in extractor.extract(text).quotes] == [
        ("городская прокуратура", "задержанных отпустили под залог")
    ]


def test_a_place_subject_after_words_of_when_speaks(extractor):
    text = "На прошлой неделе Франция заявила, что не будет поставлять оружие повстанцам."
    assert [(q.speaker_name, q.text) for q in extractor.extract(text).quotes] == [
        ("Франция", "не будет поставлять оружие повстанцам")
    ]
    text = "На прошлой неделе в Берлине заявили, что не будут поставлять оружие."
    assert [q.speaker_name for q in extractor.extract(text).quotes] == [None]


@pytest.mark.parametrize(
    "text",
    [  # a place after a preposition is no subject, though its name does not decline
        "Независимые эксперты из США заявили, что вакцина безопасна.",
        "На прошлой неделе в США заявили, что санкции продлят.",
        # a participle's "из" is not a body's people speaking
        "Уволенный из областной администрации чиновник заявил, что его оклеветали.",
    ],
)
def test_no_place_or_body_speaks_here(extractor, text):
    assert [q.speaker_name for q in extractor.extract(text).quotes] == [None]


def test_an_adjective_in_nn_opens_an_apposition_not_a_describing_clause(extractor):
    text = "Представитель Пентагона, военный атташе Джон Смит, заявил, что учения пройдут в мае."
    assert [q.speaker_name for q in extractor.extract(text).quotes] == ["Джон Смит"]


def test_a_post_of_a_place_is_its_holder_not_a_body(extractor):
    text = (
        "Эмманюэль Макрон прилетел в Берлин. По словам президента Франции, переговоры продолжатся."
    )
    assert [q.speaker_name for q in extractor.extract(text).quotes] == ["Эмманюэль Макрон"]


def test_a_gerunds_speaker_is_the_subject_of_its_clause(extractor):
    text = "Министр Клод Эвин раскритиковал решение режиссера Жака Тати, назвав его «абсурдом»."
    assert [(q.speaker_name, q.text) for q in extractor.extract(text).quotes] == [
        ("Клод Эвин", "абсурдом")
    ]


def test_a_name_in_a_clause_of_its_own_is_no_subject(extractor):
    """The parse tells a participle's clause before the verb: the name in it is no
    speaker, though nearer the verb."""
    text = (
        "Анна Сидорова, в прошлом занимавшая пост министра финансов и сменившая на посту "
        "лидера своей партии известного бизнесмена Зорана Петровича (Zoran Petrović), "
        "который также был заподозрен в коррупции, заявила, что намерена реформировать банки."
    )
    assert [q.speaker_name for q in extractor.extract(text).quotes] == ["Анна Сидорова"]


def test_an_unnamed_source_cited_about_a_thing_names_no_body(extractor):
    """ "о том" before "что" is no part of the source's words: "источника в правительстве
    о том" would name a body "правительство о том"."""
    text = "ТАСС приводит слова источника в правительстве о том, что пошлины повысят."
    found = [(q.speaker_name, q.text) for q in extractor.extract(text).quotes]
    assert found == [(None, "пошлины повысят")]


@pytest.mark.parametrize(
    "text, speakers",
    [
        (  # a pronoun passes over a name the dictionary knows as a man's
            "На сцене Мэллори Хэйган и песня Джеймса Брауна. Когда её спросили о школах, "
            "она ответила, что охрана нужна каждой из них.",
            ["Мэллори Хэйган"],
        ),
        (  # the verbs of a person's own quotes tell their sex before the dictionary
            "«Мы любим Париж», — сказала Ким Кардашьян журналистам. Её муж Канье Уэст также "
            "дал интервью. Она добавила, что поездка была запланирована давно.",
            ["Ким Кардашьян", "Ким Кардашьян"],
        ),
        (  # a country's body by its adjective is the organisation of that country
            "Генпрокуратура РФ возбудила дело. В российской прокуратуре уточнили, что "
            "задержаны двое. Генпрокуратура Турции промолчала.",
            ["Генпрокуратура РФ"],
        ),
    ],
)
def test_who_the_words_refer_to(extractor, text, speakers):
    assert [q.speaker_name for q in extractor.extract(text).quotes] == speakers
