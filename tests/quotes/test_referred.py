"""Speakers referred to, not named: a pronoun going on with the organisation just
quoted, a source's noun sharing a stem with a body named before."""

import pytest

from .marked import said


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # "ее" of the outlet just quoted
            "Кандидата не нашли. Об этом пишет газета «[Коммерсант]ORG».\n"
            "По ее данным, все претенденты отказались.",
            "Коммерсант",
        ),
        (  # "она" with no woman named: the organisation just quoted
            "[Майкл Видениус]PER против сделки. [Еврокомиссия]ORG тоже выступала против, "
            "заявив, что она вредна. В декабре она заявила, что не видит противоречий.",
            "Еврокомиссия",
        ),
        (  # a person named in the quote before: the pronoun is hers
            "Как сообщает [New York Times]ORG, тысячи людей приветствовали [Аун Сан Су Чжи]PER. "
            "Выступая, она заявила, что надежду терять не стоит.",
            "Аун Сан Су Чжи",
        ),
        (  # a person named since
            "[Минфин]ORG сообщил, что бюджет исполнен. Министр [Антон Силуанов]PER выступил. "
            "По его словам, дефицита нет.",
            "Антон Силуанов",
        ),
        (  # the outlet's interlocutor: the one who spoke to it just before
            "Число кандидатов выросло, сообщил [РИА Новости]ORG представитель "
            "[Мосгоризбиркома=Мосгоризбирком]ORG.\n"
            "«Документы подал электромонтер», — сказал собеседник агентства.",
            "Мосгоризбирком",
        ),
        (  # the noun of a body that spoke by name
            "Как сообщила федеральная прокуратура [Бельгии=Бельгия]LOC, арестованы двое.\n"
            "Как уточнили представители прокуратуры, оба готовили теракт.",
            "федеральная прокуратура Бельгии",
        ),
        (  # an adjective of a body named before
            "В [Минобороны России]ORG перестановки.\n"
            "Генерал покидает пост, сообщили в пресс-службе оборонного ведомства.",
            "Минобороны России",
        ),
    ],
)
def test_the_speaker_referred_to(text, expected):
    assert said(text)[-1][0] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a body of a place written before, no entity: its own noun stands for it
            "Прокуратура [Бельгии=Бельгия]LOC начала проверку. В прокуратуре уточнили, что "
            "задержаны двое.",
            [("Прокуратура Бельгии", "indirect", "задержаны двое")],
        ),
        (  # a country's adjective names the body, and the bare noun after goes on with it
            "Французская полиция сообщила, что задержан третий подозреваемый. Полиция "
            "добавила, что его допрашивают.",
            [
                ("Французская полиция", "indirect", "задержан третий подозреваемый"),
                ("Французская полиция", "indirect", "его допрашивают"),
            ],
        ),
        (  # a place's adjective that names no country names no body
            "Местная полиция сообщила, что задержан третий подозреваемый.",
            [(None, "indirect", "задержан третий подозреваемый")],
        ),
        (  # an organisation of its kind named before is the one meant
            "[Генпрокуратура Украины]ORG возбудила дело. В украинской прокуратуре уточнили, "
            "что задержаны двое.",
            [("Генпрокуратура Украины", "indirect", "задержаны двое")],
        ),
        (  # not one of another country
            "[Генпрокуратура России]ORG направила запрос. Украинская прокуратура заявила, "
            "что запрос получен.",
            [("Украинская прокуратура", "indirect", "запрос получен")],
        ),
        (  # a body no state has by that name: no speaker
            "[Челси]ORG уволил тренера. Английский клуб сообщил, что контракт расторгнут.",
            [(None, "indirect", "контракт расторгнут")],
        ),
        (  # of the bodies written before, the nearest
            "Полиция [Франции=Франция]LOC начала расследование. Британская полиция сообщила, "
            "что задержан подозреваемый. В полиции добавили, что ему предъявлены обвинения.",
            [
                ("Британская полиция", "indirect", "задержан подозреваемый"),
                ("Британская полиция", "indirect", "ему предъявлены обвинения"),
            ],
        ),
    ],
)
def test_a_body_no_entity_names_by_its_own_noun(text, expected):
    assert said(text) == expected


def test_a_source_noun_of_no_body_named_names_no_one():
    text = (
        "В [Минобороны России]ORG перестановки.\n"
        "Генерал покидает пост, сообщили в пресс-службе полиции."
    )
    assert said(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a name after a noun is its dependent, not the subject
            "76-летний [Сильвио Берлускони]PER, лидер партии, за час до заявления "
            "[Монти=Марио Монти]PER сообщил прессе, что готов бороться.",
            "Сильвио Берлускони",
        ),
        (  # a post before a name: the subject
            "Накануне визита [Путина=Владимир Путин]PER министр [Лавров=Сергей Лавров]PER "
            "заявил, что встреча состоится.",
            "Сергей Лавров",
        ),
        (  # the only person named, whatever stands before
            "Директор департамента [Иван Петров]PER заявил, что сроки сдвинутся.",
            "Иван Петров",
        ),
    ],
)
def test_the_subject_not_a_dependent(text, expected):
    assert said(text)[0][0] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Пресс-служба [Кадырова=Рамзан Кадыров]PER заявила, что в Чечне праздник.",
            "пресс-служба Кадырова",
        ),
        (
            "В пресс-службе [Кадырова=Рамзан Кадыров]PER сообщили, что он здоров.",
            "пресс-служба Кадырова",
        ),
    ],
)
def test_a_persons_press_service(text, expected):
    assert said(text)[0][0] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # "она": the woman the text's verbs tell, though her name does not
            "[Моника Левински]PER осудила штурм.\n"
            "[Джанет Рено]PER возглавила министерство. [Рено=Джанет Рено]PER санкционировала "
            "штурм.\n«Это была опасная ситуация», — сказала она.",
            "Джанет Рено",
        ),
        (  # "он": the man the verbs tell, not a woman named nearer by a name that tells not
            "[Джо Ли]PER объявил о своём решении. Позже [Ким Рено]PER выступила в его "
            "поддержку.\n«Это решение окончательное и "
            "обсуждению не подлежит», — сказал он.",
            "Джо Ли",
        ),
        (  # a man's first name in -а: the verb of his own quote tells his sex
            "Бизнесмен [Карло Бруни]PER задержан в среду.\n"
            "«Мне сообщили об этом утром», — заявил адвокат [Андреа Росси]PER.\n"
            "Он сказал, что [Бруни=Карло Бруни]PER не признаёт вины.",
            "Андреа Росси",
        ),
        (  # a short form tells the sex as a past tense does: "убеждена" is a woman's
            "«Мы ждём встречи», — рассказала [Ольга Ким]PER. [Марк Ким]PER ждёт суда. "
            "Тем не менее супруга убеждена, что встречи будут частыми.",
            "Ольга Ким",
        ),
    ],
)
def test_a_pronoun_is_the_person_of_its_sex_the_text_tells(text, expected):
    assert said(text)[-1][0] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a title of no one named gives way to the one who told of it
            "Министр заявил, что цены вырастут. Об этом сообщила пресс-служба [Минфина=Минфин]ORG.",
            [("Минфин", "indirect", "цены вырастут")],
        ),
        (  # a pronoun of no one named
            "Она отметила, что цены вырастут. Об этом сообщила пресс-служба [Минфина=Минфин]ORG.",
            [("Минфин", "indirect", "цены вырастут")],
        ),
        (  # one named in its own zone still speaks
            "[Антон Силуанов]PER заявил, что цены вырастут. Об этом сообщила пресс-служба "
            "[Минфина=Минфин]ORG.",
            [("Антон Силуанов", "indirect", "цены вырастут")],
        ),
    ],
)
def test_a_zone_naming_no_one_found_shadows_no_later_speaker(text, expected):
    assert said(text) == expected


def test_a_press_service_named_alone_is_of_the_body_that_spoke_before():
    text = (
        "«Обыск прошёл без нарушений», — говорится в сообщении [МВД Киргизии]ORG.\n"
        "Пресс-служба отмечает, что в доме находились сотрудники посольства."
    )
    assert [speaker for speaker, *_ in said(text)] == ["МВД Киргизии"] * 2


KINDS = {"МИД России": "ministry", "Международный уголовный суд": "court", "Сбербанк": "bank"}


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # the kind the gazetteer knows: a ministry, not the court named more often
            "[МИД России]ORG раскритиковал [Международный уголовный суд]ORG. "
            "[МУС=Международный уголовный суд]ORG работает 14 лет.\n"
            "В ведомстве отметили, что суд вынес всего четыре приговора.",
            "МИД России",
        ),
        (  # the noun in the name, no gazetteer needed
            "[Министерство обороны Японии]ORG опровергло слова [Kyodo]ORG. "
            "[Kyodo]ORG настаивает.\nВ министерстве пояснили, что учения не проводились.",
            "Министерство обороны Японии",
        ),
        (  # one the gazetteer does not know may be of the kind: named most often
            "[Ромашка]ORG взяла кредит в [Сбербанке=Сбербанк]ORG. [Ромашка]ORG купила станки.\n"
            "В компании отметили, что завод заработает в мае.",
            "Ромашка",
        ),
        (  # no organisation of the kind: the one named most often
            "[Kyodo]ORG и [Reuters]ORG пишут об учениях. [Kyodo]ORG настаивает.\n"
            "В министерстве пояснили, что учения не проводились.",
            "Kyodo",
        ),
    ],
)
def test_a_bare_noun_of_an_organisation_is_one_of_its_kind(text, expected):
    from nlp_extract.quotes import read

    from .marked import Known, marked, posts, regions

    source, entities = marked(text)
    (quote,) = read(source, regions(source), entities, posts, known=Known(KINDS))
    assert quote.speaker_name == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a body's own noun: the body with it in its name, named less often
            "[Конституционный суд Чехии=Конституционный суд Чехии]ORG рассмотрел иск "
            "[Шкода Авто]ORG. [Шкода Авто]ORG просила отменить штраф. Суд также счел, что "
            "штраф законен.",
            ["Конституционный суд Чехии"],
        ),
        (  # never another organisation: no court named, no speaker
            "[Шкода Авто]ORG просила отменить штраф. Суд счел, что штраф законен.",
            [None],
        ),
        (  # the noun heads the name: not a word that begins with its letters
            "[Объединенная судостроительная корпорация]ORG подала иск к верфи. Суд счел, "
            "что иск необоснован.",
            [None],
        ),
        (
            "[Совет Федерации]ORG одобрил закон. Федерация заявила, что против.",
            [None],
        ),
        (  # a compound that ends with the noun
            "[Мосгорсуд]ORG рассмотрел иск. Суд счел, что иск необоснован.",
            ["Мосгорсуд"],
        ),
        (  # a noun with its own dependent names another body
            "[Конституционный суд Чехии=Конституционный суд Чехии]ORG рассмотрел иск. В "
            "комитете образования пояснили, что иск необоснован.",
            [None],
        ),
    ],
)
def test_a_bodys_own_noun_stands_for_a_body_of_its_name(text, expected):
    assert [speaker for speaker, *_ in said(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a participle's clause tells where the statement was, not who made it
            "В заявлении [МВД]ORG, опубликованном в [Facebook]ORG, говорится, что задержаны трое.",
            "МВД",
        ),
        (  # a relative clause
            "[Amnesty International]ORG, которая сотрудничает с [ООН]ORG, заявила, что "
            "доклад готов.",
            "Amnesty International",
        ),
        (  # nothing outside the clause: what it names is all there is
            "Как сообщил работающий в [ООН]ORG, доклад готов.",
            "ООН",
        ),
    ],
)
def test_a_clause_describing_a_noun_names_no_speaker(text, expected):
    assert [speaker for speaker, *_ in said(text)] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # "их" of two organisations, the subject of a plural verb before
            "Источники сообщали о двух погибших, однако потом [ГИБДД]ORG и [МЧС]ORG "
            "опровергли это. По их информации, пострадавших трое.",
            ["ГИБДД"],
        ),
        (  # the first of a list
            "[Сбербанк]ORG, [ВТБ]ORG и [Газпромбанк]ORG снизили ставки на 0.5 процента. "
            "По их словам, спрос растет.",
            ["Сбербанк"],
        ),
        (  # two organisations that are no verb's subject together
            "[ГИБДД]ORG сообщила о ДТП в районе [МЧС]ORG. По их информации, пострадавших трое.",
            [None],
        ),
    ],
)
def test_they_are_the_first_of_two_organisations_that_spoke(text, expected):
    assert [speaker for speaker, *_ in said(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # the subject of the sentence before, not a noun's dependent after it
            "[Хавьер Сантос]PER подал иск. [Сантос=Хавьер Сантос]PER добивался признания "
            "отцовства [Иглесиаса=Хулио Иглесиас]PER. По его словам, роман был в 1970-х.",
            ["Хавьер Сантос"],
        ),
    ],
)
def test_a_pronoun_goes_on_with_the_subject(text, expected):
    assert [speaker for speaker, *_ in said(text)] == expected
