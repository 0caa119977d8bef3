"""Shapes of Wikinews and wire copy the factRu-written rules missed (read on the NEREL
quotes gold's rules split): each case is written for nlp-extract in its class's shape."""

import pytest

from .marked import quotes, said


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a paragraph a verb and a colon announce, set apart without marks
            "Совет назначил награду.\n"
            "Директор совета [Нихад Авад]PER сказал:\n"
            "Мы надеемся, что награда поможет найти стрелка.\n"
            "Полиция молчит.",
            [("Нихад Авад", "direct", "Мы надеемся, что награда поможет найти стрелка")],
        ),
        (  # the speaker named in an earlier sentence of the announcing paragraph
            "[Лола Каримова]PER вернулась в Ташкент. Она написала в инстаграме:\n"
            "Отец в реанимации. Прошу не верить слухам.",
            [("Лола Каримова", "direct", "Отец в реанимации. Прошу не верить слухам")],
        ),
        (  # a name in quotation marks between the verb and the colon
            "Адвокат певицы [Ольга Седова]PER сообщила газете «Вечер»:\n"
            "О планах на осень она расскажет на пресс-конференции.",
            [("Ольга Седова", "direct", "О планах на осень она расскажет на пресс-конференции")],
        ),
        (  # many words between the verb and the colon
            "Актёр [Павел Гуров]PER сообщил в своём телеграм-канале о продаже дома в "
            "Подмосковье, построенного его отцом в девяностые годы:\n"
            "Мы приняли это решение всей семьёй.",
            [("Павел Гуров", "direct", "Мы приняли это решение всей семьёй")],
        ),
    ],
)
def test_a_paragraph_announced_by_a_verb_and_a_colon(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a colon with no verb of speech announces nothing
        ("Среди задержанных:\nИван Петров, Олег Смирнов и еще трое.", []),
        # nor one another clause separates from the verb
        (
            "[Олег Смирнов]PER заявил о начале проверки, после чего прокуратура направила "
            "запросы в ведомства, перечень которых приводится ниже:\n"
            "Министерство финансов, налоговая служба и таможня.",
            [],
        ),
        # a quote in marks of its own keeps its own rule: what is said is without them
        (
            "Известно, что [Иван Петров]PER сказал:\n«Работы закончены полностью».",
            [("Иван Петров", "direct", "Работы закончены полностью")],
        ),
    ],
)
def test_no_announcement_without_a_verb_of_speech_or_with_marks(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a phrase of conclusion, its speaker unnamed
            "Комиссия пришла к выводу, что заключенный не опасен.",
            [(None, "indirect", "заключенный не опасен")],
        ),
        (  # two speakers of one clause: the first
            "[Дэвид Кэмерон]PER и [Ник Клегг]PER дали понять, что визит отложат.",
            [("Дэвид Кэмерон", "indirect", "визит отложат")],
        ),
        (  # a wish or a demand with "чтобы"
            "[Турция]LOC потребовала, чтобы США выдали проповедника.",
            [("Турция", "indirect", "США выдали проповедника")],
        ),
        (
            "Жители хотят, чтобы дело расследовали заново.",
            [(None, "indirect", "дело расследовали заново")],
        ),
        (  # hope with words between the verb and "что"
            "[Рами Хамдалла]PER выражал надежду на то, что кабинет продержится до осени.",
            [("Рами Хамдалла", "indirect", "кабинет продержится до осени")],
        ),
        (  # a source described by an adjective, closed by a comma
            "По неофициальным данным [РИА Новости]ORG, пост займет гендиректор.",
            [("РИА Новости", "indirect", "пост займет гендиректор")],
        ),
        (
            "По утверждениям чиновников, уведомление отправили в марте.",
            [(None, "indirect", "уведомление отправили в марте")],
        ),
    ],
)
def test_phrases_of_opinion_wish_and_source(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Министр хотел уйти в отставку.",  # an infinitive, no clause
        "Делегация пришла к зданию, что стоит у реки.",  # no phrase of conclusion
        "Отец дал сыну понять задачу.",  # no clause
        "По предварительным данным, затраты составят два триллиона.",  # no one named
        "По предварительным данным затраты операторов составят два триллиона рублей.",
    ],
)
def test_no_quote_without_the_whole_phrase_or_a_source(text):
    assert said(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # an outlet in quotation marks between the verb and "что"
            '[Андрей Воробьев]PER заявил "[Ъ]ORG", что у партии нет позиции.',
            [("Андрей Воробьев", "indirect", "у партии нет позиции")],
        ),
        (  # the comma before "что" missed
            "[Посольство США]ORG выражает надежду что сотрудничество продолжится.",
            [("Посольство США", "indirect", "сотрудничество продолжится")],
        ),
    ],
)
def test_words_between_the_verb_and_its_clause(text, expected):
    assert said(text) == expected


def test_a_clause_is_the_nearer_verbs():
    text = (
        "[Анна Белова]PER вернулась в клуб. Когда её спросили «Вы останетесь?» она "
        "ответила, что останется в клубе."
    )
    assert [quote.cue for quote in quotes(text)] == ["ответила"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # after the quote, the message and its author
            '"Изъяты пулеметы и автоматы", - говорится в сообщении [МВД]ORG.',
            [("МВД", "direct", "Изъяты пулеметы и автоматы")],
        ),
        (  # the message and its author before the verb
            "В сообщении [Белого дома=Белый дом]ORG говорится, что дочь поступит в Гарвард.",
            [("Белый дом", "indirect", "дочь поступит в Гарвард")],
        ),
        (  # a relative clause of the document its author published
            "[Пентагон]ORG опубликовал справку, в которой говорилось, что задержанный опасен.",
            [("Пентагон", "indirect", "задержанный опасен")],
        ),
        (  # a message with no author named: the organisation the text is about
            '[МВД Киргизии]ORG провело обыск.\n"Изъяты два ножа", - говорится в пресс-релизе.',
            [("МВД Киргизии", "direct", "Изъяты два ножа")],
        ),
        (  # a paragraph a message announces
            "В сообщении [Союза кинематографистов=Союз кинематографистов]ORG говорится:\n\n"
            "Причиной смерти стала остановка сердца.",
            [("Союз кинематографистов", "direct", "Причиной смерти стала остановка сердца")],
        ),
    ],
)
def test_the_words_of_a_message(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Как говорится, без труда не выловишь и рыбку из пруда.",  # a saying
        "В резолюции говорится, что водитель отвечает за все.",  # an act: no one author
        # the paragraph announced is lost: two blank lines after the colon
        "В сообщении [Союза]ORG говорится:\n\n\nПричиной смерти стала остановка сердца.",
    ],
)
def test_no_words_of_a_message(text):
    assert said(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # the words before a message's verb are the message's, not its words
            "В сообщении [Белого дома=Белый дом]ORG, выпущенном в воскресенье, говорится:\n\n"
            "Дочь президента поступила в Гарвард.",
            [("Белый дом", "direct", "Дочь президента поступила в Гарвард")],
        ),
        (  # a paragraph that announces the next is no words announced
            "[Спартак]ORG объявил об отставке тренера:\n\n"
            "В заявлении на сайте [клуба=Спартак]ORG говорится:\n\n"
            "Тренер принял решение уйти сам.",
            [("Спартак", "direct", "Тренер принял решение уйти сам")],
        ),
        (  # a dash glued to the verb after the quote
            '"Эта фигура приемлемее для Москвы",-заявил господин [Бигнов=Рамиль Бигнов]PER.',
            [("Рамиль Бигнов", "direct", "Эта фигура приемлемее для Москвы")],
        ),
        (  # a connector of time is no piece of what is said
            "После этого, по словам [Ивана Петрова=Иван Петров]PER, появились две кандидатуры.",
            [("Иван Петров", "indirect", "появились две кандидатуры")],
        ),
        (  # "по Оценке" inside a name is no source
            "Игру запретил Федеральный Комитет по Оценке СМИ, выдавший ей рейтинг.",
            [],
        ),
    ],
)
def test_attributions_that_are_no_attributions(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "[Павел Климкин]PER назвал освобождение двух заключенных вопросом «ближайших недель».",
            [("Павел Климкин", "direct", "ближайших недель")],
        ),
        (
            "[Посольство США]ORG считает случившееся «неприятным инцидентом».",
            [("Посольство США", "direct", "неприятным инцидентом")],
        ),
        (
            "[Аль-Джазира]ORG, в свою очередь, ссылается на «надежный источник в Катаре».",
            [("Аль-Джазира", "direct", "надежный источник в Катаре")],
        ),
    ],
)
def test_a_quoted_fragment_a_verb_takes(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Жюри назвало победителем конкурса фильм «Левиафан».",  # no verb of ours: "назвало"
        "Он считает, что «Спартак» выиграет.",  # a clause, its name a trap
    ],
)
def test_no_fragment_without_the_verbs_shape(text):
    assert all(kind != "direct" for _, kind, _ in said(text))


@pytest.mark.parametrize(
    "text, expected",
    [  # a title or an outlet the verb names or cites is a name, not words said
        ("Многие зрители считают фильм «Собачье сердце» лучшей экранизацией Булгакова.", []),
        ("[Иван Петров]PER в своей статье ссылается на «Независимую газету».", []),
        ("Министр назвал свою новую книгу «Время больших перемен».", []),
        (  # words said in the same shape still are
            "[Иван Петров]PER назвал решение суда «непростительным оскорблением граждан».",
            [("Иван Петров", "direct", "непростительным оскорблением граждан")],
        ),
    ],
)
def test_a_name_a_verb_of_naming_takes_is_no_quote(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a verb of proposing: each quoted phrase of the run is a quote
            "[Али Салех]PER предложил в обмен «начать с чистого листа» и «разобраться с ними "
            "в позитивном духе».",
            [
                ("Али Салех", "direct", "начать с чистого листа"),
                ("Али Салех", "direct", "разобраться с ними в позитивном духе"),
            ],
        ),
        (  # a verb of judging, a few words between
            "[Эверитт Джеймсон]PER осуждал решение президента «отдать Аль-Кудс евреям».",
            [("Эверитт Джеймсон", "direct", "отдать Аль-Кудс евреям")],
        ),
        (  # a capital after the verb's words: a name, not words said
            "[Иван Петров]PER раскритиковал фильм «Собачье сердце».",
            [],
        ),
        (  # a body names in the neuter past
            "[Исламское государство]ORG назвало исполнителя теракта «солдатом халифата».",
            [("Исламское государство", "direct", "солдатом халифата")],
        ),
        (  # one word after a verb of describing or accusing
            "Врачи характеризуют её состояние как «удовлетворительное».",
            [(None, "direct", "удовлетворительное")],
        ),
        (
            "[Верховный суд]ORG обвинил её в распространении «пропаганды».",
            [("Верховный суд", "direct", "пропаганды")],
        ),
        (  # one word with no such verb: a scare quote
            "Это был «шпион» из Москвы, заявила [Анна Петрова]PER газете.",
            [("Анна Петрова", "indirect", "Это был «шпион» из Москвы")],
        ),
        (  # a thing's name after its noun: no words said
            "Мэр [Сергей Собянин]PER предложил ввести режим «зелёного коридора» для автобусов.",
            [],
        ),
        (  # no verb of speech: a scare quote
            "Он собирался создать так называемую «спящую ячейку» в городе.",
            [],
        ),
    ],
)
def test_a_quoted_phrase_a_verb_of_speech_takes_is_a_quote(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [  # a list of names after an attribution and a colon is no speech, direct or not
        (
            "Как сообщил [ТАСС]ORG, в списке пострадавших:\n\nИван Петров, Сергей Иванов и "
            "Олег Смирнов.",
            [],
        ),
        (
            "Как сообщил [ТАСС]ORG, в списке пострадавших: Иван Петров, Сергей Иванов и Олег "
            "Смирнов.",
            [],
        ),
        (
            "По данным [МЧС]ORG, среди погибших: Анна Белова и Олег Смирнов.",
            [],
        ),
        (  # the colon of "как сообщили X, …" is the clause's, no verb's: no direct speech
            "Как сообщили в [МЧС]ORG, среди погибших: двое детей и водитель автобуса.",
            [("МЧС", "indirect", "среди погибших: двое детей и водитель автобуса")],
        ),
        (  # a list of no names after a colon is words said
            "Как сообщил [ТАСС]ORG, в больницу доставлены трое: двое детей и водитель.",
            [("ТАСС", "indirect", "в больницу доставлены трое: двое детей и водитель")],
        ),
    ],
)
def test_a_list_after_an_attribution_and_a_colon_is_no_speech(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "[Роскомнадзор]ORG: новостные агрегаторы обязаны сообщить свою посещаемость\n"
            "Служба направила уведомления владельцам сервисов.",
            [("Роскомнадзор", "direct", "новостные агрегаторы обязаны сообщить свою посещаемость")],
        ),
        (  # a place before the colon heads a report: no one's words
            "[Москва]LOC: на дорогах пробки в девять баллов\nВодители стоят по часу.",
            [],
        ),
        (  # a word of who speaks, no name: the words are still someone's
            "СМИ: певица Анна Белова госпитализирована\nВрачи не дают прогнозов.",
            [(None, "direct", "певица Анна Белова госпитализирована")],
        ),
        (
            "Следствие: поджог склада заказал его владелец\nДело передано в суд.",
            [(None, "direct", "поджог склада заказал его владелец")],
        ),
        (  # a report's heading is no one's
            "Итоги проверки: склад сгорел из-за проводки\nДело закрыто.",
            [],
        ),
        (  # the head of a body or a place named: the head's words
            "Глава Тувы: тайга будет восстановлена за десять лет\nЛесники начали посадки.",
            [(None, "direct", "тайга будет восстановлена за десять лет")],
        ),
        (  # a post and a place, a head and an abbreviation
            "Мэр Твери: ремонт моста закончат к осени\nРабочие вышли на смену.",
            [(None, "direct", "ремонт моста закончат к осени")],
        ),
        (  # a head's body named with its adjective
            "Глава Удмуртской Республики: зарплаты учителей повысят\nРешение принято.",
            [(None, "direct", "зарплаты учителей повысят")],
        ),
        (  # a book's chapter, a film's credits: no one's words
            "Глава Третья: детство в маленьком городе\nВ тот год шёл снег.",
            [],
        ),
        (
            "Глава II: как всё начиналось в маленьком городе\nВ тот год шёл снег.",
            [],
        ),
        (
            "Режиссер: Иван Петров снял фильм о войне\nПремьера пройдёт в мае.",
            [],
        ),
    ],
)
def test_a_headline_of_someones_words(text, expected):
    assert said(text) == expected


def test_words_in_the_first_person_after_a_colon_are_the_subjects():
    text = (
        "Новый тренер [Ву Цзиньсу]PER решил вывести из состава [Карлоса Тевеса=Карлос Тевес]PER:\n"
        "Тевес знает о моих планах, выпускать на поле я его не планирую."
    )
    assert said(text) == [
        ("Ву Цзиньсу", "direct", "Тевес знает о моих планах, выпускать на поле я его не планирую")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the writer's "мы", and a message's, are no words of the one named before the colon
        "Министр [Олег Смирнов]PER представил проект бюджета:\n"
        "Как мы писали ранее, дефицит составит три процента.",
        "Жительница города [Анна Белова]PER получила сообщение:\n"
        "Мы заблокировали вашу карту, перезвоните по номеру банка.",
        # a letter to the one named
        "Открытое письмо [Олегу Смирнову=Олег Смирнов]PER:\n"
        "Мы, жители посёлка, просим вас вмешаться.",
    ],
)
def test_words_in_the_first_person_plural_after_a_colon_are_no_ones(text):
    assert said(text) == []


def test_a_report_after_a_colon_is_no_ones_words():
    text = (
        "Полиция опубликовала список задержанных:\n"
        "Среди задержанных трое жителей города и двое приезжих."
    )
    assert said(text) == []


def test_a_wiki_link_around_the_verb_reads_as_its_words():
    text = (
        "Президент подписал закон о моратории на выплату долга, "
        "[http://rada.gov.ua/news?id=57479 сообщается] на сайте [Верховной Рады=Верховная Рада]ORG."
    )
    found = quotes(text)
    assert [(q.speaker_name, q.text, q.cue) for q in found] == [
        ("Верховная Рада", "Президент подписал закон о моратории на выплату долга", "сообщается")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Отравление [Скрипаля=Сергей Скрипаль]PER: следы ведут в Москву\nТекст заметки.",
        "[Анна Смирнова]PER получила SMS:\nВаша карта заблокирована, позвоните нам срочно.",
        "Бизнесмена [Ивана Петрова=Иван Петров]PER обвиняют в «организации преступного "
        "сообщества».",
        "Мэр [Иван Петров]PER был уволен с формулировкой «в связи с утратой доверия».",
    ],
)
def test_no_ones_words(text):
    assert said(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # the subject opens the sentence, before its first comma
            "По словам [Рэппа=Энтони Рэпп]PER, в тот вечер [Спейси=Кевин Спейси]PER был пьян:\n"
            "Он схватил меня и долго не отпускал.",
            "Энтони Рэпп",
        ),
        (  # "который" before the verb is the one named before its comma
            "[Трамп]PER помиловал [Джо Арпайо]PER, который называл себя «самым суровым "
            "шерифом Америки».",
            "Джо Арпайо",
        ),
        (  # "им." is a pronoun before a sentence, not "имени"
            "[Сергей Лавров]PER рассказал, что доверяет им. Переговоры пройдут в Женеве в мае.",
            "Сергей Лавров",
        ),
    ],
)
def test_review_shapes(text, expected):
    found = said(text)
    assert found[-1][0] == expected and "Переговоры" not in found[-1][2]


def test_a_press_service_after_an_agency_is_not_the_agencys():
    text = (
        "«Решение принято», — говорится в заявлении [Газпрома=Газпром]ORG. Об этом сообщает "
        "[РИА Новости]ORG.\nПресс-служба уточнила, что выплаты начнутся в мае."
    )
    assert said(text)[-1][0] != "РИА Новости"


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a headline whose label is a name of words in lower case
            "[Исламское государство]ORG: стрельбу устроил его сторонник\n\n"
            "[Исламское государство]ORG выпустило заявление.",
            [("Исламское государство", "direct", "стрельбу устроил его сторонник")],
        ),
        (  # a place's name heads a report, not words said
            "[Нижний Новгород]LOC: на улицах прошёл парад\n\nВ параде участвовали тысячи.",
            [],
        ),
    ],
)
def test_a_headline_labelled_by_a_name_the_text_finds(text, expected):
    assert said(text) == expected


def test_a_label_is_the_name_the_colon_follows():
    from nlp_extract.quotes.labels import labelled

    text = "Исламское государство: взрыв устроил его сторонник"
    (line,) = labelled(text, (0, len(text)), [(0, 9), (0, 21)])
    assert (line.zones[0].end, text[line.start : line.end]) == (21, "взрыв устроил его сторонник")


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # wiki italics around a quote are markup, not words
            "[Ольга Смирнова]PER ответила на вопрос: ''«Я остаюсь в команде»''.",
            [("Ольга Смирнова", "direct", "Я остаюсь в команде")],
        ),
        (
            "Пресс-секретарь [Олег Смирнов]PER вышел к журналистам. ''«Решение уже "
            "принято»'', — сказал он.",
            [("Олег Смирнов", "direct", "Решение уже принято")],
        ),
        (  # an apostrophe in a name stays
            "[Шон О'Нил]PER заявил, что сезон окончен.",
            [("Шон О'Нил", "indirect", "сезон окончен")],
        ),
    ],
)
def test_wiki_italics_around_a_quote(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # an infinitive of naming inside reported speech: part of it
            "[Иван Петров]PER сказал, что реформу можно назвать «запоздалой», поскольку она "
            "опоздала на десять лет.",
            [
                (
                    "Иван Петров",
                    "indirect",
                    "реформу можно назвать «запоздалой», поскольку она опоздала на десять лет",
                )
            ],
        ),
    ],
)
def test_words_quoted_inside_reported_speech(text, expected):
    assert said(text) == expected
