"""Classes of news sentences the rules missed on texts they never saw (issue 28, NEREL
documents 61-120): each case is written for nlp-extract in the shape of its class."""

import pytest

from .marked import quotes, said


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # reflexive verbs of speech and a gerund of writing before a colon
            "После встречи [Анна Белова]PER отшутилась: «Это была аллергия на соперника».",
            [("Анна Белова", "direct", "Это была аллергия на соперника")],
        ),
        (
            "[Олег Смирнов]PER назвал свой уход шуткой, написав в своём блоге:\n"
            "Ха-ха-ха! Я никуда не ухожу. Все слухи ложь.",
            [("Олег Смирнов", "direct", "Ха-ха-ха! Я никуда не ухожу. Все слухи ложь")],
        ),
        (
            "Как выразился [Олег Смирнов]PER, завод «добывал золото из воздуха».",
            [("Олег Смирнов", "indirect", "завод «добывал золото из воздуха»")],
        ),
        (
            "[Олег Смирнов]PER признавался журналисту, что готов уйти из спорта.",
            [("Олег Смирнов", "indirect", "готов уйти из спорта")],
        ),
        (  # a gerund whose clause follows "тем, что"
            "Штаб [Анны Беловой=Анна Белова]PER скрывал её болезнь, объясняя случившееся "
            "тем, что она перегрелась.",
            [("Анна Белова", "indirect", "она перегрелась")],
        ),
        (  # phrases of opinion, notice and pretext with a clause
            "[Олег Смирнов]PER и [Анна Белова]PER сходятся во мнении, что реформа провалилась.",
            [("Олег Смирнов", "indirect", "реформа провалилась")],
        ),
        (
            "[Олег Смирнов]PER обратил внимание на то, что зрители увидели реальные бои.",
            [("Олег Смирнов", "indirect", "зрители увидели реальные бои")],
        ),
        (
            "[Олег Смирнов]PER назначил [Ивана Петрова=Иван Петров]PER под предлогом, что "
            "тот хороший экономист.",
            [("Олег Смирнов", "indirect", "тот хороший экономист")],
        ),
        (  # present forms of verbs of speech the lexicon had only in the past
            "Также [Анна Белова]PER замечает, что реформа провалилась.",
            [("Анна Белова", "indirect", "реформа провалилась")],
        ),
        (
            "Сам [Олег Смирнов]PER скромно признаётся: «Сегодня у меня обычный рабочий день».",
            [("Олег Смирнов", "direct", "Сегодня у меня обычный рабочий день")],
        ),
        (
            "[Анна Белова]PER сетует, что зарплаты не растут уже третий год.",
            [("Анна Белова", "indirect", "зарплаты не растут уже третий год")],
        ),
    ],
)
def test_cues_of_independent_news(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "[Олег Смирнов]PER обратил внимание на новую модель.",
        "[Олег Смирнов]PER описал ситуацию в городе подробно.",
        "[Олег Смирнов]PER зашёл под предлогом встречи с друзьями.",
    ],
)
def test_no_clause_no_quote(text):
    assert said(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # the attribution runs on past its speaker before the dash resumes the quote
            "«Это была опасная ситуация, — сказала [Анна Белова]PER об инциденте, выступая "
            "с лекцией в 2005 году. — Трагедия в том, что мы никогда не узнаем ответа».",
            [
                ("Анна Белова", "direct", "Это была опасная ситуация"),
                ("Анна Белова", "direct", "Трагедия в том, что мы никогда не узнаем ответа"),
            ],
        ),
        (
            '"По сути, команда стала сборной области, - сказал на пресс-конференции '
            'председатель [Михаил Белоусов]PER. - Она должна представлять весь футбол".',
            [
                ("Михаил Белоусов", "direct", "По сути, команда стала сборной области"),
                ("Михаил Белоусов", "direct", "Она должна представлять весь футбол"),
            ],
        ),
    ],
)
def test_quote_split_by_a_long_attribution(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # direct speech after a colon, in no quotation marks, to the end of its sentence
            "Министр [Карл Шварценберг]PER, наблюдая за происходящим, констатировал: страна "
            "так и не стала западноевропейской. Она остаётся в Центральной Европе.",
            [("Карл Шварценберг", "direct", "страна так и не стала западноевропейской")],
        ),
        (
            "[Анна Белова]PER сказала журналистам: мы не будем ничего менять до осени.",
            [("Анна Белова", "direct", "мы не будем ничего менять до осени")],
        ),
        (  # a list of names after a colon is no speech
            "Соглашение подтвердили [Олег Смирнов]PER и другие: Алжир, Египет, Катар, "
            "Тринидад и Тобаго, а также Россия.",
            [],
        ),
        (  # a dialogue dash or marks after the colon are other rules'
            "[Анна Белова]PER заявила: «Мы не будем ничего менять до осени».",
            [("Анна Белова", "direct", "Мы не будем ничего менять до осени")],
        ),
    ],
)
def test_unmarked_after_a_colon(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # "Как …" of a group with no name, or one of them: a quote with no speaker
            "Как сообщают СМИ, в городе снесли последний памятник.",
            [(None, "indirect", "в городе снесли последний памятник")],
        ),
        (
            "Как говорят знакомые артиста, он чувствовал себя хорошо.",
            [(None, "indirect", "он чувствовал себя хорошо")],
        ),
        (
            "Как выразился один из очевидцев, город «жил одним днём».",
            [(None, "indirect", "город «жил одним днём»")],
        ),
        (  # when the group spoke, before it or after it
            "Как сообщили ранее местные СМИ, в церковь вошёл мужчина.",
            [(None, "indirect", "в церковь вошёл мужчина")],
        ),
        (
            "Он арестован и содержится в тюрьме, сообщили итальянские СМИ в конце ноября.",
            [(None, "indirect", "Он арестован и содержится в тюрьме")],
        ),
        ("Как сообщалось в понедельник, завод закрыт.", []),
        ("Как сообщил в понедельник, завод закрыт.", []),
    ],
)
def test_as_said_by_a_group_with_no_name(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize(
    "group",
    [  # a class: a plural noun, or a plural adjective or participle used as one
        "военные", "ученые", "пострадавшие", "многие", "близкие артиста", "местные СМИ",
        "очевидцы", "российские аналитики", "одна из собравшихся",
    ],
)  # fmt: skip
def test_an_unnamed_group_of_any_word_of_its_class(group):
    assert said(f"Как утверждают {group}, удар был нанесен ночью.") == [
        (None, "indirect", "удар был нанесен ночью")
    ]


@pytest.mark.parametrize("words", ["в правительстве", "на заводе", "вчера"])
def test_words_of_no_group_still_need_a_speaker(words):
    assert said(f"Как сообщили {words}, удар был нанесен ночью.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # other verbs of a document, and "в нём" of one named before
            "[МИД России=МИД России]ORG опубликовал комментарий. В нём сказано, что суд не "
            "оправдал надежд.",
            [("МИД России", "indirect", "суд не оправдал надежд")],
        ),
        (
            "В официальном комментарии [МИД]ORG отмечается, что суд вынес четыре приговора.",
            [("МИД", "indirect", "суд вынес четыре приговора")],
        ),
        (
            "В докладе [Минфина=Минфин]ORG указано, что дефицит бюджета снизится.",
            [("Минфин", "indirect", "дефицит бюджета снизится")],
        ),
        (
            "В публикации агентства [Reuters]ORG предполагается, что мордва заимствовала плуг.",
            [("Reuters", "indirect", "мордва заимствовала плуг")],
        ),
        # with no document, nobody says it
        ("Отмечается, что суд вынес четыре приговора.", []),
        ("Предполагается, что мост откроют летом.", []),
    ],
)
def test_the_words_of_a_document(text, expected):
    assert said(text) == expected


def test_no_words_said_after_an_attribution_its_stop_ends():
    """Text read from a page glues the next sentence to a stop ("(Узатом).Кроме того"):
    the attribution's stop ends the sentence all the same."""
    text = (
        "Стороны обсудили сотрудничество, сообщает пресс-служба агентства "
        "([Узатом]ORG).Кроме того, рассмотрены перспективы подготовки кадров."
    )
    assert said(text) == [("Узатом", "indirect", "Стороны обсудили сотрудничество")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a connector before a mid-sentence attribution says nothing
            "Более того, как отмечает [Анна Белова]PER, рынок растёт третий год подряд.",
            [("Анна Белова", "indirect", "рынок растёт третий год подряд")],
        ),
        (
            "Кроме того, он, как сообщает [Reuters]ORG, встречался с послом в Лондоне.",
            [("Reuters", "indirect", "встречался с послом в Лондоне")],
        ),
        (  # a relative clause an attribution interrupts: its pronoun is no piece
            "Невеста была в платье, которое, по словам блогера [Анны Беловой=Анна Белова]PER, "
            "стоило 480 000 долларов.",
            [("Анна Белова", "indirect", "стоило 480 000 долларов")],
        ),
        (  # a law or a pronoun standing for one is no source
            "Согласно Конституции [Азербайджана=Азербайджан]LOC, первый вице-президент "
            "берёт на себя полномочия главы государства.",
            [],
        ),
        (
            "Закон был принят в июне. Согласно ему 2 года тюрьмы — максимальная мера.",
            [],
        ),
        (  # nor a relative standing for an act: the words are the act's
            "Губернатор [Олег Смирнов]PER подписал постановление, согласно которому "
            "[Анна Белова]PER назначена министром.",
            [],
        ),
        (  # a source named after "согласно" still speaks
            "Согласно [Интерфаксу=Интерфакс]ORG, переговоры завершились без результата.",
            [("Интерфакс", "indirect", "переговоры завершились без результата")],
        ),
        (  # a name that begins like a relative is a name
            "Согласно [Которову=Иван Которов]PER, переговоры завершились без результата.",
            [("Иван Которов", "indirect", "переговоры завершились без результата")],
        ),
    ],
)
def test_words_that_say_nothing_and_sources_that_are_none(text, expected):
    assert said(text) == expected


def test_a_clause_before_a_list_is_speech():
    text = (
        "[Сергей Лавров]PER заявил, что в переговорах примут участие три страны: Россия, "
        "Китай и Индия."
    )
    assert said(text) == [
        (
            "Сергей Лавров",
            "indirect",
            "в переговорах примут участие три страны: Россия, Китай и Индия",
        )
    ]


@pytest.mark.parametrize(
    "text",
    [
        "По данным [РБК]ORG, обыски проводятся по делу о хищении (ч. 4 ст. 160 УК РФ).",
        "По данным [РБК]ORG, студенты МГУ им. Ломоносова вышли на акцию протеста.",
    ],
)
def test_a_word_cut_short_ends_no_sentence(text):
    said_ = said(text)
    assert len(said_) == 1 and said_[0][2].endswith(("УК РФ)", "акцию протеста"))


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "[Верховный суд]ORG также обвинил её в распространении «антиизраильской пропаганды».",
            [("Верховный суд", "direct", "антиизраильской пропаганды")],
        ),
        (
            "Сама [Маргарет Тэтчер]PER описывала своё жилище как «светлое и с прекрасным видом».",
            [("Маргарет Тэтчер", "direct", "светлое и с прекрасным видом")],
        ),
        (  # a title after such a verb is no words said
            "[Анна Белова]PER сообщила о «Лебедином озере» в новой постановке.",
            [],
        ),
    ],
)
def test_a_quoted_phrase_a_verb_of_accusing_or_describing_takes(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "[Джо Арпайо]PER, который называл себя «самым суровым шерифом Америки», помилован.",
            [("Джо Арпайо", "direct", "самым суровым шерифом Америки")],
        ),
        (
            "Врачи характеризуют её состояние уже не как «крайне тяжёлое», а как стабильное.",
            [(None, "direct", "крайне тяжёлое")],
        ),
        (  # a name people give, no one giving it: no one's words
            "Форум, который называют «газовой ОПЕК», собрался в Дохе.",
            [],
        ),
        (  # a name in quotation marks among the words between the verb and the phrase
            "[Олег Смирнов]PER назвал поправки к закону «О связи» «полным провалом».",
            [("Олег Смирнов", "direct", "полным провалом")],
        ),
        (  # two phrases in a row
            "[Анна Белова]PER назвала реформу «ошибкой века», «ударом по семьям».",
            [
                ("Анна Белова", "direct", "ошибкой века"),
                ("Анна Белова", "direct", "ударом по семьям"),
            ],
        ),
    ],
)
def test_words_a_verb_of_naming_or_characterising_takes(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a source that opens its sentence after a connector needs no name
            "Завод закрыли весной. Кроме того, по данным следствия, директор вывел деньги.",
            [(None, "indirect", "директор вывел деньги")],
        ),
        (
            "Однако по мнению аналитиков, цены на нефть вырастут.",
            [(None, "indirect", "цены на нефть вырастут")],
        ),
        (  # a message's noun with its author after it names the source
            "По сообщению полиции, все трое пострадавших уже дома.",
            [(None, "indirect", "все трое пострадавших уже дома")],
        ),
        (  # an outlet with no name is a source too, after a connector as at the start
            "Вместе с тем, по данным газеты, рынок вырос.",
            [(None, "indirect", "рынок вырос")],
        ),
        ("Согласно сообщению, все трое пострадавших уже дома.", []),
        ("Он вышел, и по данным следствия, директор вывел деньги.", []),
    ],
)
def test_sources_of_no_one_named(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a verb written with ё
            "[Олег Смирнов]PER подчёркивал, что уходит по собственному желанию.",
            [("Олег Смирнов", "indirect", "уходит по собственному желанию")],
        ),
        (  # a gerund of "сказать"
            "[Анна Белова]PER отказалась от поста, сказав, что устала от политики.",
            [("Анна Белова", "indirect", "устала от политики")],
        ),
        (  # a call is words said
            "[Олег Смирнов]PER призвал жителей сохранять спокойствие:\n"
            "Мы делаем всё, чтобы вернуть воду в дома как можно скорее.",
            [
                (
                    "Олег Смирнов",
                    "direct",
                    "Мы делаем всё, чтобы вернуть воду в дома как можно скорее",
                )
            ],
        ),
        ("[Олег Смирнов]PER призвал жителей сохранять спокойствие.", []),
        (  # what an inquiry established is its account
            "[Следственный комитет]ORG установил, что пожар начался из-за проводки.",
            [("Следственный комитет", "indirect", "пожар начался из-за проводки")],
        ),
        (
            "Журналисты [РБК]ORG выяснили, что сделка сорвалась в последний момент.",
            [("РБК", "indirect", "сделка сорвалась в последний момент")],
        ),
        ("Позже выяснилось, что сделка сорвалась.", []),
    ],
)
def test_verbs_of_calling_and_their_forms(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a verb of finding out or calling takes its clause right after it, not a
        # relative or a purpose after its object
        "[Иван Петров]PER установил мировой рекорд, что стало сенсацией.",
        "[Иван Петров]PER выяснил отношения с соседом, что закончилось дракой.",
        "[Иван Петров]PER призвал сына в кабинет, чтобы поговорить.",
        # a gerund of speech denied says nothing
        "[Анна Иванова]PER ушла, ничего не сказав, что удивило всех.",
        # a source after a connector with a pronoun: the pronoun is the subject
        "[Иван Петров]PER уехал. Кроме того, он, по данным следствия, вывел деньги.",
    ],
)
def test_no_words_said_by_these(text):
    assert said(text) == []


def test_a_participle_of_the_object_is_no_nearer_verb():
    text = "[Иван Петров]PER заявил ранее сообщившему об этом агентству, что уходит."
    assert [(q.cue, q.speaker_name) for q in quotes(text)] == [("заявил", "Иван Петров")]


def test_a_name_in_brackets_inside_the_speakers_words():
    text = (
        "Как заявил глава фонда «Чистый берег» (Clean Shore Foundation) [Олег Смирнов]PER, "
        "пляж откроют в июне."
    )
    assert said(text) == [("Олег Смирнов", "indirect", "пляж откроют в июне")]


@pytest.mark.parametrize(
    "attribution, speaker",
    [
        (  # past the gloss to the name, and the name's own gloss after it
            "сказал глава фонда «Чистый берег» (Clean Shore Foundation) [Олег Смирнов]PER "
            "(Oleg Smirnov).",
            "Олег Смирнов",
        ),
        ("сказал представитель фонда ([Clean Shore]ORG).", "Clean Shore"),
    ],
)
def test_a_name_in_brackets_after_the_verb_of_a_direct_quote(attribution, speaker):
    text = "«Пляж откроют в июне, как и обещали», — " + attribution
    assert said(text) == [(speaker, "direct", "Пляж откроют в июне, как и обещали")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a name and its own bracket close the attribution: the bracket is no quote
            "Пляж откроют в июне, сообщил глава фонда (Clean Shore) [Олег Смирнов]PER (на фото).",
            [("Олег Смирнов", "indirect", "Пляж откроют в июне")],
        ),
        (  # the attribution goes on after the name's own bracket
            "Пляж откроют в июне, сообщил глава фонда (Clean Shore) [Олег Смирнов]PER "
            "(Oleg Smirnov) в интервью агентству.",
            [("Олег Смирнов", "indirect", "Пляж откроют в июне")],
        ),
        (  # a name that opens what is said after a source's bracket is no source
            "По данным полиции (МВД) [Олег Смирнов]PER (на фото) был задержан в аэропорту.",
            [],
        ),
    ],
)
def test_a_name_after_a_bracket_of_an_indirect_quote(text, expected):
    assert [q for q in said(text) if q[0] == "Олег Смирнов"] == expected


def test_about_this_with_a_date_between_commas():
    text = (
        "Директор завода уходит в отставку. Об этом в понедельник, 1 ноября, сообщил мэр "
        "[Олег Смирнов]PER."
    )
    assert said(text) == [("Олег Смирнов", "indirect", "Директор завода уходит в отставку")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # "Об этом" reaches past no verb of speech nor clause
            "Мост закроют на ремонт. Об этом сообщил мэр [Иван Петров]PER, добавив, что "
            "объезд уже готов.",
            [
                ("Иван Петров", "indirect", "Мост закроют на ремонт"),
                ("Иван Петров", "indirect", "объезд уже готов"),
            ],
        ),
        (
            "Мост закроют на ремонт. Об этом знали все, но никто не сказал ни слова, заявил "
            "[Иван Петров]PER.",
            [("Иван Петров", "indirect", "Об этом знали все, но никто не сказал ни слова")],
        ),
    ],
)
def test_about_this_reaches_no_further_than_a_date(text, expected):
    assert said(text) == expected


def test_a_bracket_goes_on_only_to_a_name():
    text = (
        "Как заявил директор завода ([Уралмаш]ORG) «все работы идут по плану», но сроки сдвигаются."
    )
    assert "Уралмаш" not in {speaker for speaker, *_ in said(text)}
