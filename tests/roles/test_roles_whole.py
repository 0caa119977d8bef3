"""Roles (occupation facts) and meetings."""

import pytest


def roles_of(extractor, text):
    doc = extractor.extract(text)
    names = {e.id: e.name for e in doc.entities}
    return doc, [
        (names[f.person], f.title, names.get(f.org), names.get(f.place))
        for f in doc.facts
        if f.type == "occupation"
    ]


def jobs_of(extractor, text):
    """(person, title, org) of each occupation fact, by name."""
    return [job[:3] for job in roles_of(extractor, text)[1]]


def posts_of(extractor, text):
    """(person, title) of each occupation fact, by name."""
    return [job[:2] for job in roles_of(extractor, text)[1]]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Министр иностранных дел России Сергей Лавров прибыл в Минск.",
            ("Сергей Лавров", "министр иностранных дел", "Россия", None),
        ),
        (
            "Генеральный директор госкорпорации «Росатом» Алексей Лихачев прибыл в Каир.",
            ("Алексей Лихачев", "генеральный директор", "Росатом", None),
        ),
        (
            "«Работа идет по графику», — сообщила Анна Петрова, пресс-секретарь компании «Казатомпром».",
            ("Анна Петрова", "пресс-секретарь", "Казатомпром", None),
        ),
        (
            "По словам председателя правления АО «Казатомпром» Меиржана Юсупова, добыча выросла.",
            ("Меиржан Юсупов", "председатель правления", "Казатомпром", None),
        ),
        (
            "Экс-президент Перу Алан Гарсия дал интервью.",
            ("Алан Гарсия", "экс-президент", "Перу", None),
        ),
        # after a dash, as lists of speakers write it; and praise left out after a comma too
        (
            "Выступят Светлана Яковлева — директор Global Cultural Project, и другие.",
            ("Светлана Яковлева", "директор", "Global Cultural Project", None),
        ),
        (
            "«Это неприемлемо», — заявил Матиас Йорш, докладчик ПАСЕ, сообщает BBC.",
            ("Матиас Йорш", "докладчик", "ПАСЕ", None),
        ),
        (
            "На сцену вышел Адриано Челентано, известный певец, и запел.",
            ("Адриано Челентано", "певец", None, None),
        ),
        # a capitalised title that NER took into the name is the role, not a name part
        ("Император Акихито выразил желание уйти.", ("Акихито", "император", None, None)),
        # ё as written, and compounds recognised by either part
        (
            "Пришли народный артист России, дирижёр Валерий Гергиев и пианист.",
            ("Валерий Гергиев", "дирижёр", None, None),
        ),
        (
            "Журнал поставил его выше, уступив хип-хоп-исполнителю Шону Комбсу.",
            ("Шон Комбс", "хип-хоп-исполнитель", None, None),
        ),
        (
            "Суд рассмотрит дело журналиста-расследователя Ивана Голунова.",
            ("Иван Голунов", "журналист-расследователь", None, None),
        ),
        # a describing adjective belongs to the post; a verb the tagger calls one does not
        (
            "Выступил молодёжный тренер Иван Петров.",
            ("Иван Петров", "молодёжный тренер", None, None),
        ),
        # an adjective that praises the person is not part of the post
        (
            "Об этом заявил известный правозащитник Лев Пономарев.",
            ("Лев Пономарев", "правозащитник", None, None),
        ),
    ],
)
def test_title_org_person(extractor, text, expected):
    assert expected in roles_of(extractor, text)[1]


def test_ambassador_has_a_host_country(seed_doc):
    names = {e.id: e.name for e in seed_doc.entities}
    person = next(e for e in seed_doc.entities if e.name == "Бейбут Атамкулов")
    assert [(r.title, names[r.org], names[r.place]) for r in person.roles] == [
        ("посол", "Казахстан", "Узбекистан")
    ]
    director = next(e for e in seed_doc.entities if e.name == "Азим Ахмедхаджаев")
    assert [(r.title, names[r.org]) for r in director.roles] == [("директор", "Узатом")]


def test_a_name_that_starts_with_an_ordinary_word_keeps_it(extractor):
    doc, _ = roles_of(extractor, "Лев Толстой написал роман.")
    assert [e.name for e in doc.entities if e.type == "PER"] == ["Лев Толстой"]


def test_no_role_without_a_position_word(extractor):
    assert roles_of(extractor, "Вчера Сергей Лавров и Мурат Нуртлеу прибыли в Минск.")[1] == []


def test_meeting_of_the_two_people_on_the_seed(seed_doc):
    names = {e.id: e.name for e in seed_doc.entities}
    meetings = [f for f in seed_doc.facts if f.type == "meeting"]
    assert any(
        {names[p] for p in m.participants} == {"Азим Ахмедхаджаев", "Бейбут Атамкулов"}
        for m in meetings
    )


def test_meeting_place_and_date(extractor):
    doc = extractor.extract(
        "Президент Владимир Путин встретился с Нарендрой Моди в Москве 8 июля 2024 года."
    )
    names = {e.id: e.name for e in doc.entities}
    (meeting,) = [f for f in doc.facts if f.type == "meeting"]
    assert {names[p] for p in meeting.participants} == {"Владимир Путин", "Нарендра Моди"}
    assert names[meeting.place] == "Москва"
    assert doc.dates[meeting.date].start_date == "2024-07-08"


def test_coordinated_adjectives_belong_to_the_title(extractor):
    text = "Чрезвычайный и полномочный посол Италии в Грузии Виторио Сандали вручил верительные грамоты."
    assert ("Виторио Сандали", "чрезвычайный и полномочный посол", "Италия", "Грузия") in roles_of(
        extractor, text
    )[1]


def test_coordinated_words_inside_a_title(extractor):
    text = "Лихачев провел переговоры с министром электроэнергетики и возобновляемых источников энергии Египта Махмудом Исматом."
    assert (
        "Махмуд Исмат",
        "министр электроэнергетики и возобновляемых источников энергии",
        "Египет",
        None,
    ) in roles_of(extractor, text)[1]


def test_and_between_two_people_is_no_title(extractor):
    found = roles_of(extractor, "Министр Сергей Лавров и Мурат Нуртлеу провели переговоры.")[1]
    assert [r[0] for r in found] == ["Сергей Лавров"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a nationality adjective names the employer, not the post
        (
            "В Москве российский президент Владимир Путин встретился с журналистами из России.",
            ("Владимир Путин", "президент", "Россия"),
        ),
        # the post ends before the organisation's own noun and adjective
        (
            "Лидер фракции КПРФ Владимир Беспалов выступил против.",
            ("Владимир Беспалов", "лидер", "КПРФ"),
        ),
        # the organisation keeps its country's adjective: Japan's МИД, not Russia's
        (
            "Глава японского МИДа Сэйдзи Маэхара прибыл в Москву.",
            ("Сэйдзи Маэхара", "глава", "Японский МИД"),
        ),
    ],
)
def test_the_post_is_the_job_and_the_employer_is_the_org(extractor, text, expected):
    jobs = jobs_of(extractor, text)
    assert expected in jobs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the role is hers, not the minister's; no role for someone a post is "of"
        (
            "Помощник бывшего министра финансов Анна Сергеева дала интервью.",
            [("Анна Сергеева", "помощник бывшего министра финансов")],
        ),
        ("Представитель Обамы отказался от комментариев.", []),
        ("Президент с супругой Людмилой Путиной прибыл в Париж.", []),
        # several posts of one person, at one organisation
        (
            "Председатель совета директоров и генеральный директор компании «Алроса» Сергей Иванов выступил.",
            [
                ("Сергей Иванов", "генеральный директор"),
                ("Сергей Иванов", "председатель совета директоров"),
            ],
        ),
        # one post, several people; the post in the singular
        (
            "Комиссия исключила сенаторов Ивана Иванова и Петра Петрова.",
            [("Иван Иванов", "сенатор"), ("Петр Петров", "сенатор")],
        ),
    ],
)
def test_whose_post_it_is(extractor, text, expected):
    assert posts_of(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a genitive post after a noun that is no post is a third person's
        ("Об этом рассказала дочь капитана Анна Петрова.", []),
        ("Журналисты нашли мать пограничника Светлану Иванову.", []),
        # ... but not when the name is in the genitive too: it is the post's holder
        (
            "Начался визит президента Казахстана Касым-Жомарта Токаева.",
            [("Касым-Жомарт Токаев", "президент")],
        ),
        # a genitive name before the person says whose: the post is the person's
        (
            "Адвокат Олега Сидорова Андрей Ромашов обжаловал приговор.",
            [("Андрей Ромашов", "адвокат")],
        ),
        # a list of posts before the name
        (
            "Писатель, поэт и журналист Дмитрий Быков выступил в Казани.",
            [
                ("Дмитрий Быков", "журналист"),
                ("Дмитрий Быков", "поэт"),
                ("Дмитрий Быков", "писатель"),
            ],
        ),
    ],
)
def test_whose_post_it_is_in_longer_shapes(extractor, text, expected):
    assert posts_of(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В 2001 году Теодор Маккаррик стал кардиналом.", [("Теодор Маккаррик", "кардинал", None)]),
        (
            "До этого Иван Петров работал в «Яндексе» аналитиком.",
            [("Иван Петров", "аналитик", "Яндекс")],
        ),
        (
            "Сергей Морозов был назначен генеральным директором компании «Северсталь».",
            [("Сергей Морозов", "генеральный директор", "Северсталь")],
        ),
        (
            "С 1989 года Акихито занимал пост императора Японии.",
            [("Акихито", "император", "Япония")],
        ),
        (
            "Губернатор назначил Олега Смирнова министром здравоохранения.",
            [("Олег Смирнов", "министр здравоохранения", None)],
        ),
        (
            "Операторами выступили Михаил Агранович и Михаил Хасая.",
            [("Михаил Агранович", "оператор", None), ("Михаил Хасая", "оператор", None)],
        ),
        (
            "Место спикера Палаты представителей занял республиканец Джон Бенер.",
            [("Джон Бенер", "спикер", "Палата представителей")],
        ),
        # no post is stated: negated, or the instrumental is no post
        ("Иван Петров не станет министром.", []),
        ("Иван Петров стал свидетелем аварии.", []),
    ],
)
def test_a_post_stated_by_a_verb(extractor, text, expected):
    jobs = jobs_of(extractor, text)
    assert jobs == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adjective of a place the text names is the post's region
        (
            "Свердловский губернатор Евгений Куйвашев приехал в Нижний Тагил. "
            "Свердловская область получит субсидии.",
            ("Евгений Куйвашев", "губернатор", "Свердловская область"),
        ),
        # the post ends before the generic noun of its organisation, and before "на"
        (
            "Глава государства Дмитрий Медведев подписал указ.",
            ("Дмитрий Медведев", "глава", None),
        ),
        (
            "Глава делегации на переговорах Иван Петров выступил.",
            ("Иван Петров", "глава", None),
        ),
        # a post written again without its organisation is the one the text named
        (
            "Президент Франции Николя Саркози прибыл в Рим. Президент Саркози выступил.",
            ("Николя Саркози", "президент", "Франция"),
        ),
    ],
)
def test_the_post_and_where_it_is_held(extractor, text, expected):
    assert set(jobs_of(extractor, text)) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two groups met one after the other are two meetings
        (
            "Министр Сергей Лавров встретился с коллегой Ван И, а затем с президентом Си Цзиньпином.",
            [{"Сергей Лавров", "Ван И"}, {"Сергей Лавров", "Си Цзиньпин"}],
        ),
        # who reports or comments on a meeting is no party to it
        (
            "«Всё прошло хорошо», — сообщил Дмитрий Песков после встречи Владимира Путина с Нарендрой Моди.",
            [{"Владимир Путин", "Нарендра Моди"}],
        ),
        (
            "Иван Петров прокомментировал встречу Анны Сидоровой с Олегом Смирновым.",
            [{"Анна Сидорова", "Олег Смирнов"}],
        ),
        # the subject after its verb
        (
            "На встречу с Виктором Бутом прибудут его дочь Лиза и мать Раиса.",
            [{"Виктор Бут", "Лиза", "Раиса"}],
        ),
        # no second person met: journalists, teams, going to meet someone halfway
        ("Сергей Лавров на встрече с журналистами ответил на вопросы.", []),
        ("Сборная России встретится со сборной Германии.", []),
        ("Президент пошёл навстречу Ивану Петрову и Анне Сидоровой.", []),
        # what the people did is not the meeting the noun names
        ("Иван Петров и Анна Сидорова написали статью к годовщине встречи на Эльбе.", []),
        # held by a verb that holds meetings
        (
            "Иван Петров и Анна Сидорова провели переговоры в Москве.",
            [{"Иван Петров", "Анна Сидорова"}],
        ),
        # the family of a person is met, not the person
        ("Министр Иван Петров встретился с семьей писателя Олега Смирнова.", []),
        # a daughter in the same case as her father is a party
        (
            "Встреча Ивана Петрова и его дочери Анны с Олегом Смирновым прошла в Кремле.",
            [{"Иван Петров", "Анна", "Олег Смирнов"}],
        ),
        # who is talked about is no party
        (
            "Министр Иван Петров побеседовал с послом Олегом Смирновым о Борисе Сидорове.",
            [{"Иван Петров", "Олег Смирнов"}],
        ),
        # a talk with a news agency is an interview
        ("Пресс-секретарь Иван Петров в беседе с ТАСС сообщил о планах.", []),
        # a relationship, and a pronoun that is the party
        ("В 2010 году Иван Петров стал встречаться с актрисой Анной Сидоровой.", []),
        ("Анна Сидорова, с которой Иван Петров встречался несколько лет, уехала.", []),
        # ... but "которые" is the people before it
        (
            "Иван Петров и Олег Смирнов, которые сегодня встречаются в Минске, обсудят долг.",
            [{"Иван Петров", "Олег Смирнов"}],
        ),
        # on a stage or in a final: a show or a match
        ("Иван Петров и Олег Смирнов снова встретятся на одной сцене.", []),
        ("Рафаэль Надаль встретится с Роджером Федерером в финале турнира.", []),
    ],
)
def test_who_meets_whom(extractor, text, expected):
    doc = extractor.extract(text)
    names = {e.id: e.name for e in doc.entities}
    meetings = [{names[p] for p in f.participants} for f in doc.facts if f.type == "meeting"]
    assert meetings == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an acting holder, before the name and after it
        (
            "Исполняющая обязанности министра финансов Анна Петрова приехала.",
            ("Анна Петрова", "исполняющий обязанности министра финансов", None),
        ),
        (
            "Марк Тоунер, исполняющий обязанности официального представителя Госдепартамента США, выступил.",
            (
                "Марк Тоунер",
                "исполняющий обязанности официального представителя",
                "Госдепартамент США",
            ),
        ),
        # an abbreviation in brackets and „…“ quotes inside the title
        (
            "Генеральный секретарь Объединённого фронта за демократию (ОФДД) Наттавута Сайкыа выступил.",
            ("Наттавута Сайкыа", "генеральный секретарь", "Объединённый фронт за демократию"),
        ),
        # a participle the lexicon lists as a post
        (
            "Аарон Гринспен, управляющий компанией FaceCash, выступил.",
            ("Аарон Гринспен", "управляющий", "FaceCash"),
        ),
        # a post that opens a sentence is no organisation
        (
            "Замглавы Федеральной миграционной службы Михаил Тюркин заявил о нарушениях.",
            ("Михаил Тюркин", "замглавы", "Федеральная миграционная служба"),
        ),
    ],
)
def test_acting_bracketed_and_participle_posts(extractor, text, expected):
    jobs = jobs_of(extractor, text)
    assert jobs == [expected]


def test_a_post_before_an_apposition_is_the_previous_persons(extractor):
    text = (
        "Конкурент Марка Цукерберга, создателя Facebook, Аарон Гринспен, "
        "управляющий компанией FaceCash, выступил."
    )
    doc = extractor.extract(text)
    names = {e.id: e.name for e in doc.entities}
    owners = {(names[f.owner], names[f.property]) for f in doc.facts if f.type == "ownership"}
    assert owners == {("Марк Цукерберг", "Facebook")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a post held for someone named after it in the genitive is not that person's
        (
            "Первый заместитель Клишаса Людмила Бокова выступила.",
            [("Людмила Бокова", "первый заместитель")],
        ),
        # the minister is the one whose case the name shares
        ("Заместитель министра Иванова провёл совещание.", [("Иванов", "министр")]),
        # a list of posts after a relation noun is a third person's
        ("Приехала дочь знаменитого писателя, актёра и режиссёра Мария Шукшина.", []),
        # an apposition followed by a name is that name's; one in another case is no one's
        (
            "Пришли актёры Андрей Мерзликин и Алиса Гребенщикова, выдающийся спортсмен Олег Тактаров.",
            [
                ("Андрей Мерзликин", "актёр"),
                ("Алиса Гребенщикова", "актёр"),
                ("Олег Тактаров", "спортсмен"),
            ],
        ),
        ("Вместо Оливера Кана, капитаном стал Михаэль Баллак.", [("Михаэль Баллак", "капитан")]),
        # a name governed by a preposition has no title before it
        ("Эксперты именно на Ли Пэна возлагают ответственность.", []),
    ],
)
def test_whose_post_by_case(extractor, text, expected):
    assert posts_of(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where someone comes from is not where they work
        ("Приехал архитектор из Хорватии Зденко Кожул.", [("Зденко Кожул", "архитектор", None)]),
        # an award won is no post
        ("Победил чемпион мира Веселин Топалов.", []),
    ],
)
def test_origin_and_awards_are_no_posts(extractor, text, expected):
    jobs = jobs_of(extractor, text)
    assert jobs == expected


def test_titles_in_brackets_after_the_name(extractor):
    _, jobs = roles_of(
        extractor,
        "Юрген Клинсман, Йоахим Лёв (второй тренер) и Андреас Кёпке (тренер вратарей) "
        "сообщили это решение.",
    )
    assert [(j[0], j[1]) for j in jobs] == [
        ("Йоахим Лёв", "второй тренер"),
        ("Андреас Кёпке", "тренер вратарей"),
    ]
    doc = extractor.extract(
        "Юрген Клинсман, Йоахим Лёв (второй тренер) и Андреас Кёпке (тренер вратарей) "
        "сообщили это решение."
    )
    assert [f.text for f in doc.facts if f.type == "occupation"] == [
        "Йоахим Лёв (второй тренер)",
        "Андреас Кёпке (тренер вратарей)",
    ]
    _, jobs = roles_of(extractor, "Президент России Владимир Путин (на фото) заявил о планах.")
    assert [(j[0], j[1], j[2]) for j in jobs] == [("Владимир Путин", "президент", "Россия")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a post sought is not held
        ("Суд приговорил экс-кандидата в президенты Беларуси Андрея Санникова.", []),
        # an adverb inside the organisation's name is no part of the title
        (
            "Кандидатом стала лидер французского крайне правого Национального фронта Марин Ле Пен.",
            [("Марин Ле Пен", "лидер", "Национальный фронт")],
        ),
    ],
)
def test_posts_sought_and_title_ends(extractor, text, expected):
    jobs = jobs_of(extractor, text)
    assert jobs == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "он"/"она" opening the next sentence is the person the sentence before opened with
        (
            "Леван Гачечиладзе стал кандидатом от оппозиции. "
            "В настоящий момент он является депутатом парламента Грузии.",
            [("Леван Гачечиладзе", "депутат парламента")],
        ),
        # ... when the gender agrees
        (
            "Анна Петрова приехала в Тбилиси. Сейчас он является депутатом парламента Грузии.",
            [],
        ),
        # a phrase after "в" says where the post was taken up, it is no part of it
        (
            "В 1981 году Теодор Маккаррик был назначен епископом в епархию в штате Нью-Джерси.",
            [("Теодор Маккаррик", "епископ")],
        ),
    ],
)
def test_pronoun_subjects_and_title_phrases(extractor, text, expected):
    assert posts_of(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a post the tagger calls an adjective, as written in the lexicon
        (
            "Экс-председатель Верховного народного собрания КНДР Хван Чжан Еп рассказал о том.",
            [("Хван Чжан Еп", "экс-председатель", "Верховное народное собрание КНДР")],
        ),
        # a verb the tagger calls an adjective ends the title: a headline without commas
        (
            "Израильскому премьеру привиделся антисемитский заговор Беньямин Нетаньяху "
            "отказался от участия в саммите.",
            [],
        ),
        # an age between the post and the name is no such word
        (
            "Сенат утвердил кандидатуру директора ФБР 68-летнего Роберта Мюллера.",
            [("Роберт Мюллер", "директор", "ФБР")],
        ),
        # appositions one after another are all the person's
        (
            "Таковы слова Александра Брода, известного борца с ксенофобией, члена "
            "Общественной палаты.",
            [
                ("Александр Брод", "борец с ксенофобией", None),
                ("Александр Брод", "член", "Общественная палата"),
            ],
        ),
        # two titles in one case, with no comma between, are both the person's
        (
            "Министр обороны России генерал армии Сергей Шойгу прибыл в Минск.",
            [
                ("Сергей Шойгу", "генерал армии", None),
                ("Сергей Шойгу", "министр обороны", "Россия"),
            ],
        ),
        (
            "В интервью наблюдатель от ОБСЕ португальский парламентарий Хуан Суареш сообщил о выборах.",
            [("Хуан Суареш", "парламентарий", None), ("Хуан Суареш", "наблюдатель", "ОБСЕ")],
        ),
        # a plural post before a comma is the other people listed
        (
            "Пришли представители Госдумы, председатель Совета муфтиев России Равиль Гайнутдин.",
            [("Равиль Гайнутдин", "председатель", "Совет муфтиев России")],
        ),
        # "один из": one of the holders of a post, which the genitive plural names
        (
            "Дань отдали Эдуарду Мишлену, одному из президентов группы компаний Michelin.",
            [("Эдуард Мишлен", "президент", "Michelin")],
        ),
        ("Иван Петров, один из лучших игроков клуба, выступил.", [("Иван Петров", "игрок", None)]),
        # "и.о." and "врио" are acting holders
        (
            "И.о. губернатора Иван Петров сказал.",
            [("Иван Петров", "исполняющий обязанности губернатора", None)],
        ),
        (
            "Врио министра финансов Иван Петров сказал.",
            [("Иван Петров", "исполняющий обязанности министра финансов", None)],
        ),
        # a capitalised word NER left out of the name ends the title
        ("Фильм режиссёра Эмира Кустурицы вышел в прокат.", [("Кустурица", "режиссёр", None)]),
        # a phrase of time ends the title
        (
            "Пост первого вице-президента до назначения Алиевой пустовал.",
            [("Алиева", "первый вице-президент", None)],
        ),
        # a caption: the post right after the name, in a line with no verb
        ("Кирсан Илюмжинов Президент ФИДЕ", [("Кирсан Илюмжинов", "президент", "ФИДЕ")]),
        # a noun for a person between: the name stands with it, not with the post
        ("Причиной стало убийство полицейским 29-летнего британца Марка Дуггана.", []),
        (
            "Сенат заслушал доклад главы ФБР республиканца Джеймса Коми.",
            [("Джеймс Коми", "глава", "ФБР")],
        ),
        # a post held for another, whatever its case, with a genitive name after it
        ("Информация была опровергнута официальными представителями Путина.", []),
    ],
)
def test_tagger_slips_around_a_title(extractor, text, expected):
    assert jobs_of(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "её" stands for the organisation named last before it, in this sentence ...
        (
            "Компания «Яндекс» купила сервис, её глава Аркадий Волож доволен.",
            [("Аркадий Волож", "глава", "Яндекс")],
        ),
        # ... or the one before
        (
            "Компания «Яндекс» выросла. Её генеральный директор Аркадий Волож доволен.",
            [("Аркадий Волож", "генеральный директор", "Яндекс")],
        ),
        # a person named last is no organisation
        (
            "Министр Иван Петров приехал в Москву. Его заместитель Олег Смирнов остался.",
            [("Иван Петров", "министр", None), ("Олег Смирнов", "заместитель", None)],
        ),
        # the source that reports is no antecedent
        (
            "Как пишет The Independent, сервис станет платным. Его основатель Джон Килинг "
            "так решил.",
            [("Джон Килинг", "основатель", None)],
        ),
    ],
)
def test_a_possessive_pronoun_before_a_post(extractor, text, expected):
    assert jobs_of(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Алексей Миллер возглавляет компанию «Газпром» с 2001 года.",
            [("Алексей Миллер", "глава", "Газпром")],
        ),
        # a participle after the name, beside a post of the person's own
        (
            "Его место займёт посол Японии Синдзи Харада, ранее возглавлявший МИД.",
            [("Синдзи Харада", "посол", "Япония"), ("Синдзи Харада", "глава", "МИД")],
        ),
        # the passive: the organisation, then who heads it
        (
            "Арестованы активисты Народной партии, возглавляемой Беназир Бхутто.",
            [("Беназир Бхутто", "глава", "Народная партия")],
        ),
        # no organisation governed by the verb
        ("Иван Петров возглавил рейтинг Forbes.", []),
        ("Иван Петров возглавил отдел России в МИДе.", []),
        # a committee of the Senate is part of it; a Latin name stands with its kind
        ("Джон Керри возглавляет комитет Сената по иностранным делам.", []),
        ("Эрик Шмидт возглавлял компанию Google.", [("Эрик Шмидт", "глава", "Google")]),
    ],
)
def test_a_post_stated_by_a_verb_of_heading(extractor, text, expected):
    assert jobs_of(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Уральцы помнят, что сделал Борис Ельцин для области, ещё будучи первым "
            "секретарём обкома.",
            [("Борис Ельцин", "первый секретарь обкома")],
        ),
        (
            "Будучи министром обороны, Иван Петров открыл завод.",
            [("Иван Петров", "министр обороны")],
        ),
        # "будучи" belongs to the nearest person before it
        (
            "Иван Петров сказал, что Олег Смирнов, будучи мэром, открыл завод.",
            [("Олег Смирнов", "мэр")],
        ),
    ],
)
def test_a_post_stated_by_being(extractor, text, expected):
    assert posts_of(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        # the closing quote of the organisation, and no sentence's full stop
        (
            "Алексей Миллер возглавляет компанию «Газпром» с 2001 года.",
            "Алексей Миллер возглавляет компанию «Газпром»",
        ),
        (
            "«Работа идет», — сообщила Анна Петрова, пресс-секретарь компании «Казатомпром».",
            "Анна Петрова, пресс-секретарь компании «Казатомпром»",
        ),
        # from the organisation "её" stands for, when the sentence names it
        (
            "Главным владельцем компании «Яндекс» является её основатель Аркадий Волож.",
            "«Яндекс» является её основатель Аркадий Волож",
        ),
        # an abbreviation's point is no full stop
        (
            "Выступил Виктор Майклсон — зав. кафедрой истории МГУ.",
            "Виктор Майклсон — зав. кафедрой истории МГУ",
        ),
    ],
)
def test_the_words_that_state_a_post(extractor, text, stated):
    (fact,) = extractor.extract(text).facts
    assert fact.text == stated == text[fact.start : fact.end]


def test_a_post_that_governs_the_next_is_no_second_title(extractor):
    posts = posts_of(
        extractor, "Путин назначил заместителя министра иностранных дел Василия Небензю постпредом."
    )
    assert ("Василий Небензя", "заместитель") not in posts
