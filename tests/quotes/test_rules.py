"""The quote rules on marked sentences in the shapes of Russian news (no models)."""

import pytest

from .marked import quotes, said

LAVROV = "Сергей Лавров"


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # the attribution after the marks
            "«Мы готовы к диалогу», — сказал [Сергей Лавров]PER.",
            [(LAVROV, "direct", "Мы готовы к диалогу")],
        ),
        (  # before them, with a colon
            "[Сергей Лавров]PER заявил журналистам: «Мы готовы к диалогу».",
            [(LAVROV, "direct", "Мы готовы к диалогу")],
        ),
        (  # split by its attribution: two quotes of one speaker
            "«Переговоры прошли хорошо, — сказал [Сергей Лавров]PER, — мы довольны итогами».",
            [
                (LAVROV, "direct", "Переговоры прошли хорошо"),
                (LAVROV, "direct", "мы довольны итогами"),
            ],
        ),
        (  # a dialogue line opened by a dash
            "— Мы ждем ответа от партнеров, — сказал [Иван Петров]PER.",
            [("Иван Петров", "direct", "Мы ждем ответа от партнеров")],
        ),
        (  # nested marks stay inside
            "«Решение „Газпрома“ нас не удивило», — заявил [Алексей Миллер]PER.",
            [("Алексей Миллер", "direct", "Решение „Газпрома“ нас не удивило")],
        ),
        (  # a quote that goes on in the next sentence
            "«Мы готовы к диалогу», — сказал [Сергей Лавров]PER. «Но не на любых условиях».",
            [
                (LAVROV, "direct", "Мы готовы к диалогу"),
                (LAVROV, "direct", "Но не на любых условиях"),
            ],
        ),
        (
            "[Алексей Кудрин]PER сообщил, что правительство одобрило проект.",
            [("Алексей Кудрин", "indirect", "правительство одобрило проект")],
        ),
        (
            "По словам [Лаврова=Сергей Лавров]PER, встреча пройдет в Женеве.",
            [(LAVROV, "indirect", "встреча пройдет в Женеве")],
        ),
        (
            "Как сообщил [Алексей Кудрин]PER, цены на лекарства будут снижены.",
            [("Алексей Кудрин", "indirect", "цены на лекарства будут снижены")],
        ),
        (
            "Цены на лекарства будут снижены, сообщил [Алексей Кудрин]PER.",
            [("Алексей Кудрин", "indirect", "Цены на лекарства будут снижены")],
        ),
        (  # a verb of opinion
            "[Виктор Петров]PER считает, что рынок восстановится к осени.",
            [("Виктор Петров", "indirect", "рынок восстановится к осени")],
        ),
        (  # an organisation speaks
            "В [МИД]ORG заявили, что не получали приглашения.",
            [("МИД", "indirect", "не получали приглашения")],
        ),
        (  # media report what comes before
            "Рынок вырос на пять процентов, передает «[Интерфакс]ORG».",
            [("Интерфакс", "indirect", "Рынок вырос на пять процентов")],
        ),
        (  # a medium the NER does not know is named all the same
            "Рынок вырос на пять процентов, пишет The Guardian.",
            [("The Guardian", "indirect", "Рынок вырос на пять процентов")],
        ),
        (  # a medium named by its domain
            "Рынок вырос на пять процентов, сообщает lenta.ru. Биржа закрылась.",
            [("lenta.ru", "indirect", "Рынок вырос на пять процентов")],
        ),
        (
            "«Сделка будет закрыта в марте», — пишет Gazeta.ru со ссылкой на источник.",
            [("Gazeta.ru", "direct", "Сделка будет закрыта в марте")],
        ),
        (  # two speakers in one sentence
            "[Наото Кан]PER заявил, что визит вызывает сожаление, а [Сэйдзи Маэхара]PER "
            "отметил, что он ранит чувства японцев.",
            [
                ("Наото Кан", "indirect", "визит вызывает сожаление"),
                ("Сэйдзи Маэхара", "indirect", "он ранит чувства японцев"),
            ],
        ),
        (  # the sentences before "Об этом заявил X"
            "Завод построят в Ступино. Об этом заявил [Бернд Пишетсридер]PER.",
            [("Бернд Пишетсридер", "indirect", "Завод построят в Ступино")],
        ),
    ],
)
def test_shapes(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a pronoun: the person named before
            "[Иван Петров]PER прибыл в Москву.\n«Мы ждем ответа», — сказал он.",
            "Иван Петров",
        ),
        (  # "она": the woman named last
            "[Алла Бут]PER приехала к мужу, [Виктору Буту=Виктор Бут]PER.\n"
            "«Нам разрешили встречу», — сказала она.",
            "Алла Бут",
        ),
        (  # a title alone
            "[Иван Петров]PER прибыл в Москву.\nМинистр добавил, что переговоры продолжатся.",
            "Иван Петров",
        ),
        (  # a surname alone: the person named in full before
            "Тренер [Юрген Клинсман]PER объявил состав.\n"
            "[Клинсман]PER сказал, что решение было трудным.",
            "Юрген Клинсман",
        ),
        (  # a surname alone spelt otherwise than the full name before
            "Спикером палаты избран [Джон Бейнер]PER.\n"
            "[Бенер]PER объявил, что цель Конгресса — вернуть власть гражданам.",
            "Джон Бейнер",
        ),
        (  # another surname is another person
            "Спикером палаты избран [Иван Петров]PER.\n"
            "[Петраков]PER объявил, что цель Конгресса — вернуть власть гражданам.",
            "Петраков",
        ),
        (  # the person in the nominative, not the one in the genitive
            "После визита [Дмитрия Медведева=Дмитрий Медведев]PER премьер [Наото Кан]PER "
            "заявил, что визит вызывает сожаление.",
            "Наото Кан",
        ),
        (  # a description after the verb, the name in an apposition
            "Вопрос поднимался на встрече, сказал в интервью [Би-би-си]ORG лидер "
            "[Меджлиса=Меджлис]ORG, народный депутат [Мустафа Джемилев]PER.",
            "Мустафа Джемилев",
        ),
        (
            "«Переговоры идут очень трудно», — сказал глава [МИД]ORG, [Сергей Лавров]PER.",
            LAVROV,
        ),
        (  # an apposition that is no name of the speaker
            "«Переговоры идут очень трудно», — сказал глава [МИД]ORG, встретив "
            "[Джона Керри=Джон Керри]PER.",
            "МИД",
        ),
        (  # "они": the organisation whose people were named before
            "Представители [Роскосмоса=Роскосмос]ORG не подтвердили эту версию.\n"
            "Они лишь сказали, что корабль приземлился в штатном режиме.",
            "Роскосмос",
        ),
        (  # "они" with no organisation's people named before: no one named
            "Министры встретились с главой [Роскосмоса=Роскосмос]ORG.\n"
            "Они заявили, что корабль приземлился в штатном режиме.",
            None,
        ),
        (  # a person before an organisation named after the verb
            "[Барак Обама]PER написал в [Twitter]ORG, что республиканцы мешают прогрессу.",
            "Барак Обама",
        ),
    ],
)
def test_speakers(text, expected):
    assert [quote.speaker_name for quote in quotes(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [  # names, titles and scare quotes in marks; verbs with no speaker or no clause
        "Директор ООО «Рога и копыта» подписал договор с [Газпромом=Газпром]ORG.",
        "Газета «Коммерсант» опубликовала интервью с министром.",
        "Фильм «Москва слезам не верит» показали по телевидению.",
        "Закон «О защите прав потребителей» вступил в силу в январе.",
        "Так называемые «реформы» провалились еще в прошлом году.",
        "Корабль «Союз ТМА-11» приземлился в Казахстане.",
        "Отмечается, что рынок вырос на пять процентов.",
        "В заявлении говорится, что рынок вырос на пять процентов.",
        "Говорят, что рынок вырос на пять процентов.",
        "Напомним, что рынок вырос на пять процентов.",
        "[Иван Петров]PER сообщил о своей отставке.",
        # a name closing the sentence in an oblique case is no apposition of a speaker
        "Республиканцы обещают отменить реформу, начатую президентом [Обамой=Барак Обама]PER.",
    ],
)
def test_not_quotes(text):
    assert quotes(text) == []


def test_interview_lines_are_quotes_of_their_label():
    text = (
        "[Голос Америки]ORG: Какой была реакция?\n\n"
        "[Мустафа Джемилев]PER: Реакция была положительной.\n\n"
        "[Голос Америки]ORG: Спасибо за интервью!"
    )
    assert said(text) == [
        ("Голос Америки", "direct", "Какой была реакция?"),
        ("Мустафа Джемилев", "direct", "Реакция была положительной."),
        ("Голос Америки", "direct", "Спасибо за интервью!"),
    ]


@pytest.mark.parametrize(
    "text, status",
    [
        ("[Иван Петров]PER заявил, что покидает пост.", "stated"),
        ("[Иван Петров]PER опроверг, что покидает пост.", "negated"),
        ("[Иван Петров]PER не сказал, что покидает пост.", "negated"),
        ("[Иван Петров]PER может заявить, что покидает пост.", "hypothetical"),
    ],
)
def test_status(text, status):
    assert [quote.status for quote in quotes(text)] == [status]


def test_speaker_is_the_entity_id_and_cue_as_written():
    (quote,) = quotes("«Мы готовы к диалогу», — Заявил [Сергей Лавров]PER.")
    assert (quote.speaker, quote.speaker_name, quote.cue) == ("e1", LAVROV, "Заявил")


def test_a_long_text_reads_every_paragraph_alike():
    """Each paragraph is read on its own: 300 copies give 300 times its quotes, and
    marks never closed give none (the rules stay linear in the text)."""
    paragraph = (
        "[Сергей Лавров]PER заявил, что Москва готова к переговорам. «Мы не откажемся от "
        "своих планов», — сказал он. Газета «Коммерсант» пишет, что рынок вырос.\n"
    )
    one = said(paragraph)
    assert len(one) == 3 and said(paragraph * 300) == one * 300
    assert quotes("Слово «без закрытия, — сказал он, " * 2000) == []
