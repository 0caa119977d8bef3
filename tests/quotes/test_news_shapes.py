"""Classes of news sentences the first rules missed (issue 28, read on texts never used
for the rules): each case is written for nlp-extract in the shape of its class."""

import pytest

from .marked import quotes, said


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a participle of opinion after its speaker
            "Против закона выступили депутаты [КПРФ]ORG, считавшие, что налог ударит по бедным.",
            [("КПРФ", "indirect", "налог ударит по бедным")],
        ),
        (
            "На встрече выступил [Иван Петров]PER, заявивший, что завод закроют к весне.",
            [("Иван Петров", "indirect", "завод закроют к весне")],
        ),
        (  # verbs of hinting, swearing, notifying
            "«Цены могут вырасти уже летом», — намекнул [Олег Смирнов]PER.",
            [("Олег Смирнов", "direct", "Цены могут вырасти уже летом")],
        ),
        (
            "[Анна Белова]PER клянется, что никогда не видела этих документов.",
            [("Анна Белова", "indirect", "никогда не видела этих документов")],
        ),
        (
            "[Олег Смирнов]PER оповестил акционеров о том, что сделка сорвалась.",
            [("Олег Смирнов", "indirect", "сделка сорвалась")],
        ),
        (  # a possibility left open
            "[Олег Смирнов]PER не исключил, что компания уйдет с рынка.",
            [("Олег Смирнов", "indirect", "компания уйдет с рынка")],
        ),
        (
            "[Анна Белова]PER допускает, что выборы перенесут.",
            [("Анна Белова", "indirect", "выборы перенесут")],
        ),
        (  # an outlet citing someone's words: the one whose words they are
            "«Переговоры зашли в тупик», — приводит [ТАСС]ORG слова посла [Ивана Петрова=Иван "
            "Петров]PER.",
            [("Иван Петров", "direct", "Переговоры зашли в тупик")],
        ),
        (  # no words cited: no speech
            "[ТАСС]ORG приводит данные опроса, по которым рейтинг упал.",
            [],
        ),
        (  # an outlet citing a source it does not name: the source's words, no one named
            "[ТАСС]ORG приводит слова источника в правительстве о том, что пошлины повысят.",
            [(None, "indirect", "пошлины повысят")],
        ),
        (
            "[ТАСС]ORG привел слова [Ивана Петрова=Иван Петров]PER о том, что пошлины повысят.",
            [("Иван Петров", "indirect", "пошлины повысят")],
        ),
        (  # a clause ending in a quote before its attribution: the whole clause
            "Перед выстрелом он крикнул «Всем лежать», сообщил следователь [Олег Смирнов]PER.",
            [("Олег Смирнов", "indirect", "Перед выстрелом он крикнул «Всем лежать»")],
        ),
        (  # a source inside brackets with words of its own: what the brackets hold
            "[Иван Петров]PER пока не уходит (по его словам, он здоров и полон сил), но "
            "преемника уже ищут.",
            [("Иван Петров", "indirect", "он здоров и полон сил")],
        ),
        (  # the words before the attribution inside the brackets
            "[Иван Петров]PER пока остаётся в клубе (контракт продлят до весны, заверил его "
            "агент [Олег Смирнов]PER), но замену уже ищут.",
            [("Олег Смирнов", "indirect", "контракт продлят до весны")],
        ),
        (  # a bracketed source alone: the words around the brackets, not the marks
            "Компания [Intel]ORG (по данным [Reuters]ORG) купила завод в Ирландии.",
            [
                ("Reuters", "indirect", "Компания Intel"),
                ("Reuters", "indirect", "купила завод в Ирландии"),
            ],
        ),
        (  # "так" between the quote and its verb
            "«Мы закончили все работы», так сказал [Иван Петров]PER журналистам.",
            [("Иван Петров", "direct", "Мы закончили все работы")],
        ),
        (  # a date before the attribution is when too
            "В среду, 16 октября, как сообщает [ТАСС]ORG, премьером стал [Иван Петров]PER.",
            [("ТАСС", "indirect", "премьером стал Иван Петров")],
        ),
        (  # a date after the attribution is when, not words said
            "Премьером стал [Иван Петров]PER, сообщает [ТАСС]ORG в среду, 16 октября.",
            [("ТАСС", "indirect", "Премьером стал Иван Петров")],
        ),
        (  # a group with the date it spoke: no one named, the words still said
            "Певица Анна Белова вышла замуж, сообщают СМИ 3 мая 2021 года.",
            [(None, "indirect", "Певица Анна Белова вышла замуж")],
        ),
    ],
)
def test_cues_of_news(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize(
    "text, status",
    [
        ("[Олег Смирнов]PER не исключил, что компания уйдет с рынка.", "hypothetical"),
        ("[Анна Белова]PER допускает, что выборы перенесут.", "hypothetical"),
        ("[Олег Смирнов]PER исключил, что компания уйдет с рынка.", "negated"),
    ],
)
def test_possibility_and_ruling_out(text, status):
    assert [quote.status for quote in quotes(text)] == [status]


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # "продолжают покупать" says nothing and does not cut the clause before it
            "[Иван Петров]PER отметил, что реформа буксует, а многие регионы продолжают "
            "закупать старую технику, на что уходят миллионы.",
            [
                (
                    "Иван Петров",
                    "indirect",
                    "реформа буксует, а многие регионы продолжают закупать старую технику, "
                    "на что уходят миллионы",
                )
            ],
        ),
        (  # "пообещал снизить" with no clause: no quote
            "[Иван Петров]PER пообещал снизить тарифы, а губернатор поддержал его.",
            [],
        ),
        (  # a noun in -ть after the verb is no infinitive
            "Сын вернулся домой только утром, рассказала мать подростка [Анна Белова]PER.",
            [("Анна Белова", "indirect", "Сын вернулся домой только утром")],
        ),
    ],
)
def test_a_verb_of_an_infinitive_says_no_clause(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "«Мы будем работать, как и раньше. Команда сложилась»\n\n"
        "заявил после церемонии [Иван Петров]PER. Зал аплодировал.",
        "«Мы будем работать, как и раньше. Команда сложилась».\n\n"
        "— сказал после церемонии [Иван Петров]PER.",
    ],
)
def test_an_attribution_that_opens_the_next_paragraph(text):
    assert said(text) == [
        ("Иван Петров", "direct", "Мы будем работать, как и раньше. Команда сложилась")
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # opening a paragraph, it refers to the paragraph before; the speaker named
            # between "об этом" and the verb, by a title: the first person named there
            "[Иван Петров]PER согласится возглавить совет, если [Олег Смирнов]PER уйдет.\n\n"
            "Об этом бывший министр заявил, выступая на съезде, где выдвинули "
            "[Смирнова=Олег Смирнов]PER.",
            [
                (
                    "Иван Петров",
                    "indirect",
                    "Иван Петров согласится возглавить совет, если Олег Смирнов уйдет",
                )
            ],
        ),
        (  # words with a medium's name before the verb
            "Завод построят в Ступино. Об этом в интервью «[Ведомостям=Ведомости]ORG» "
            "сообщил [Иван Петров]PER.",
            [("Иван Петров", "indirect", "Завод построят в Ступино")],
        ),
        (  # a quote found there with no one named takes its speaker
            "Соседи считают, что долг давно погашен. Об этом заявил замминистра [Иван Петров]PER.",
            [("Иван Петров", "indirect", "долг давно погашен")],
        ),
    ],
)
def test_about_this(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a bare noun of an organisation: the one named before
            "[Яндекс]ORG запустил новый сервис.\nВ компании уверены, что он окупится за год.",
            "Яндекс",
        ),
        (  # the one the text is about, not the one it named last
            "[Яндекс]ORG запустил сервис такси. Позже [Яндекс]ORG купил стартап "
            "[Вездеход]ORG.\nЭксперты компании убеждены, что рынок вырастет вдвое.",
            "Яндекс",
        ),
        (  # a noun with an adjective describes another organisation
            "[Яндекс]ORG запустил новый сервис.\n"
            "Японская компания заявила, что выйдет на рынок в мае.",
            None,
        ),
    ],
)
def test_an_organisation_by_a_common_noun(text, expected):
    assert [quote.speaker_name for quote in quotes(text)] == [expected]


def test_a_noun_with_its_own_description_is_no_organisation_named_before():
    text = (
        "[Яндекс]ORG запустил новый сервис.\n"
        "Как сообщила пресс-служба агентства по связи, сервис проверят летом."
    )
    assert quotes(text) == []


@pytest.mark.parametrize(
    "source, codes, expected",
    [
        (  # the state not named otherwise: its name
            "[Минск]LOC считает, что долг за транзит давно погашен.",
            {},
            (None, "Белоруссия"),
        ),
        (  # the state's entity when the text names it
            "Переговоры с [США]LOC зашли в тупик. В [Вашингтоне=Вашингтон]LOC заявили, что "
            "санкции сохранятся.",
            {"США": "US"},
            ("e1", "США"),
        ),
        (  # a city that is no capital speaks for itself
            "[Мюнхен]LOC считает, что стадион построят к лету.",
            {},
            ("e1", "Мюнхен"),
        ),
    ],
)
def test_a_capital_speaks_for_its_state(source, codes, expected):
    from nlp_extract.quotes import read

    from .marked import marked, posts, regions

    text, entities = marked(source)
    for entity in entities:
        entity.code = codes.get(entity.name)
    assert [(q.speaker, q.speaker_name) for q in read(text, regions(text), entities, posts)] == [
        expected
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a group of people with no name after the verb: a quote, no one named
            "Цены на жилье вырастут к осени, считают аналитики.",
            [(None, "indirect", "Цены на жилье вырастут к осени")],
        ),
        (
            "Как считают российские эксперты, цены на жилье вырастут к осени.",
            [(None, "indirect", "цены на жилье вырастут к осени")],
        ),
        (  # words that are no group of people still need a speaker named
            "Цены на жилье вырастут к осени, считают в правительстве.",
            [],
        ),
        (  # a source with no name, and a group a source's word names
            "Как сообщил осведомлённый источник, цены на жилье вырастут к осени.",
            [(None, "indirect", "цены на жилье вырастут к осени")],
        ),
        (
            "Согласно СМИ, цены на жилье вырастут к осени.",
            [(None, "indirect", "цены на жилье вырастут к осени")],
        ),
        (
            "По свидетельствам очевидцев, здание загорелось после взрыва.",
            [(None, "indirect", "здание загорелось после взрыва")],
        ),
        (  # a certificate is no witness
            "По свидетельству о рождении, мальчику исполнилось семнадцать лет.",
            [],
        ),
        (  # a source's describing clause is the attribution's, and names no speaker
            "Как сообщил источник, близкий к [Минфину=Минфин]ORG, цены на жилье вырастут к осени.",
            [(None, "indirect", "цены на жилье вырастут к осени")],
        ),
        (  # words that only begin like such a clause are said
            "Как сообщил губернатор [Иван Петров]PER, близкие погибших получат компенсацию.",
            [("Иван Петров", "indirect", "близкие погибших получат компенсацию")],
        ),
    ],
)
def test_an_unnamed_group_speaks(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "О том, что завод закроют к весне, заявил [Иван Петров]PER.",
        "Однако о том, что завод закроют к весне, сообщил [Иван Петров]PER.",
    ],
)
def test_about_that_before_the_attribution_is_left_out(text):
    assert said(text) == [("Иван Петров", "indirect", "завод закроют к весне")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # "Согласно" and a named source
            "Согласно [Росстату=Росстат]ORG, цены выросли на пять процентов.",
            [("Росстат", "indirect", "цены выросли на пять процентов")],
        ),
        (  # a source the NER does not know, its name in Latin letters
            "Согласно comScore, аудитория сервиса выросла вдвое.",
            [("comScore", "indirect", "аудитория сервиса выросла вдвое")],
        ),
        (  # a law or a document is no source that speaks
            "Согласно Конституции, президент избирается на шесть лет.",
            [],
        ),
        (  # a statement's words, in the plural
            "По заявлениям [Минтранса=Минтранс]ORG, автобус врезался в остановку.",
            [("Минтранс", "indirect", "автобус врезался в остановку")],
        ),
        (
            "В соответствии с заявлением [Адриана Эдвардса=Адриан Эдвардс]PER, катастрофа "
            "стала самой страшной в этом году.",
            [("Адриан Эдвардс", "indirect", "катастрофа стала самой страшной в этом году")],
        ),
        (  # "собственным" between the pronoun and the noun
            "[Ву Сяньгуань]PER осуждён. По его собственному заявлению, клиентов было восемь тысяч.",
            [("Ву Сяньгуань", "indirect", "клиентов было восемь тысяч")],
        ),
    ],
)
def test_according_to_a_named_source(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize(
    "words, noun",
    [
        ("в компании", "компании"),
        ("этой компании", "компании"),
        ("в данном ведомстве", "ведомстве"),
        ("японская компания", None),
        ("в японской компании", None),
    ],
)
def test_a_bare_noun_names_the_organisation_before_unless_described(words, noun):
    from nlp_extract.quotes.nouns import noun_of_one_before
    from nlp_extract.quotes.text import words as words_of

    assert noun_of_one_before(words, words_of(words, 0, len(words))) == noun


def test_the_sentence_before_ends_at_no_initial():
    from nlp_extract.quotes.text import previous_sentence

    text = "Он ушёл. Путин встретился с Д. Медведевым. По его словам, всё решено."
    assert previous_sentence(text, text.index("По его")) == text.index("Путин")


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a source with no comma after it: its words end where the clause's begin
            "По словам медиков Пётр Сомов после операции находился в тяжёлом состоянии, "
            "которое улучшается.",
            [
                (
                    None,
                    "indirect",
                    "Пётр Сомов после операции находился в тяжёлом состоянии, которое улучшается",
                )
            ],
        ),
        (
            "По мнению районной прокуратуры итоговая сумма контракта была завышена вдвое.",
            [(None, "indirect", "итоговая сумма контракта была завышена вдвое")],
        ),
        (  # a preposition's words go on with the source, a comma closes it
            "По данным агентства [Bloomberg]ORG со ссылкой на источники в правительстве "
            "страны, сделка будет закрыта.",
            [("Bloomberg", "indirect", "сделка будет закрыта")],
        ),
        (  # a preposition governs its adjectives, its noun and a year after it
            "По данным [Росстата=Росстат]ORG за первый квартал 2023 года итоговая сумма выросла.",
            [("Росстат", "indirect", "итоговая сумма выросла")],
        ),
        (  # "со слов", "с его слов"
            "Со слов очевидцев, машина ехала очень быстро.",
            [(None, "indirect", "машина ехала очень быстро")],
        ),
        (
            "Подозреваемый [Зуев]PER, с его слов, весь вечер провёл дома.",
            [("Зуев", "indirect", "весь вечер провёл дома")],
        ),
        (  # but not the words a thing begins with
            "Письмо начинается со слов «Дорогая мама», а заканчивается просьбой о помощи.",
            [],
        ),
        ("Он начал выступление со слов благодарности, после чего перешёл к цифрам.", []),
        (  # a court's verbs of judging
            "[Суд]ORG также счел, что ответчик нарушил условия договора.",
            [("Суд", "indirect", "ответчик нарушил условия договора")],
        ),
        (
            "[Арбитраж]ORG постановил, что поставщик обязан вернуть аванс.",
            [("Арбитраж", "indirect", "поставщик обязан вернуть аванс")],
        ),
        (  # the verb before "об этом": the sentence before is what is said
            "Вратарь завершит карьеру этим летом.\n"
            "[Олег Третьяков]PER объявил об этом на пресс-конференции.",
            [("Олег Третьяков", "indirect", "Вратарь завершит карьеру этим летом")],
        ),
        (  # a preposition after "об этом" is no noun it names
            "Спортсмена лишат всех титулов.\n[Агентство]ORG объявило об этом в четверг.",
            [("Агентство", "indirect", "Спортсмена лишат всех титулов")],
        ),
        ("Завод закроют в мае.\n[Иван Петров]PER рассказал об этом решении в эфире.", []),
        (  # a question about it is no statement
            "Завод закроют в мае.\n[Иван Петров]PER спросил об этом губернатора.",
            [],
        ),
        (  # an attribution opening a subordinate clause: the clause before is the writer's
            "На главную роль студия рассматривает [Анну Белову=Анна Белова]PER.\n"
            "Однако [Игорь Минин]PER не может утвердить актрису, не выбрав партнёра на роль "
            "[Руслана]PER, так как, по его мнению, пара должна быть сыгранной.",
            [("Игорь Минин", "indirect", "пара должна быть сыгранной")],
        ),
        (  # "пока" with no comma before it is an adverb of the clause
            "Число погибших пока, по данным [МЧС]ORG, не уточняется.",
            [("МЧС", "indirect", "Число погибших пока"), ("МЧС", "indirect", "не уточняется")],
        ),
    ],
)
def test_sources_and_verbs_of_news(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # words said with an act: the noun of their saying, the subject's or no one's
            "Болельщик [Семён Ковалёв]PER выбежал на поле с криком «Судью на мыло!».",
            [("Семён Ковалёв", "direct", "Судью на мыло!")],
        ),
        (
            "У здания мэрии собрались около сотни жильцов с криками «Верните нам парк».",
            [(None, "direct", "Верните нам парк")],
        ),
        (  # the subject of the clause that holds the noun
            "Свидетель [Иван Петров]PER видел, как неизвестный напал на кассира с криком "
            "«Деньги на стол!».",
            [(None, "direct", "Деньги на стол!")],
        ),
        (  # inside a source's words, the quote stays theirs
            "По словам [Ивана Петрова=Иван Петров]PER, нападавший выбежал с криком «Стоять всем!».",
            [("Иван Петров", "indirect", "нападавший выбежал с криком «Стоять всем!»")],
        ),
        ("Он купил футболку с надписью «Беги, Форрест».", []),  # what an object bears
        ("Указ подписан с формулировкой «по семейным обстоятельствам».", []),
    ],
)
def test_words_said_with_an_act(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Районный суд, рассмотрев дело за два заседания, признал виновным водителя [Артёма "
        "Лисина=Артём Лисин]PER в нарушении правил.",
        "Накануне, после долгих слушаний, суд признал его невиновным по всем пунктам.",
    ],
)
def test_a_verdict_is_no_words_said(text):
    assert said(text) == []


def test_the_one_to_blame_speaks():
    text = "Он не заметил пешехода из-за тумана, заявил виновник аварии [Иван Петров]PER."
    assert said(text) == [("Иван Петров", "indirect", "Он не заметил пешехода из-за тумана")]
