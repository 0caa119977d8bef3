"""The speaker is the subject of the verb of speech: not its object ("признавался
Ремнику"), not a noun's dependent ("довод Магуайр"); "тот" is the one who is not the
subject; "он" goes on with who spoke just before when no one else became a subject."""

import pytest

from .marked import said


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # the object after the verb is no speaker
            "Журналист [Дэвид Ремник=Дэвид Ремник]PER написал его профиль. "
            "[Коэн=Леонард Коэн]PER признавался [Ремнику=Дэвид Ремник]PER, что готов "
            "к смерти и не боится её.",
            "Леонард Коэн",
        ),
        (  # a gerund's subject is the clause's: the court, not the one whose plea it is
            "[Мейрид Магуайр]PER подала иск. Однако [Верховный суд]ORG отклонил довод "
            "[Магуайр=Мейрид Магуайр]PER, отметив, что она подписала документ о запрете.",
            "Верховный суд",
        ),
        (  # "тот": the one asked, not the one who asked
            "Президент [Владимир Путин]PER спросил у [Орешкина=Максим Орешкин]PER, что самое "
            "важное в работе ведомства, на что тот ответил: «Самое плохое уже позади, "
            "важно подготовить меры роста».",
            "Максим Орешкин",
        ),
        (  # "он" goes on with the one who spoke, past a name in his words
            "Экс-президент [Виктор Янукович]PER рассказал, что не обсуждал с президентом "
            "[Путиным=Владимир Путин]PER ввод войск. В то же время он признал, что его "
            "письмо настоящее и не является фальшивкой.",
            "Виктор Янукович",
        ),
    ],
)
def test_the_speaker_is_the_subject(text, expected):
    assert said(text)[-1][0] == expected


def test_a_new_subject_named_since_takes_the_pronoun():
    text = (
        "[Виктор Янукович]PER рассказал, что не обсуждал это. Позже [Владимир Путин]PER "
        "выступил в Москве. Он заявил, что письмо было настоящим и важным."
    )
    assert said(text)[-1][0] == "Владимир Путин"


def test_one_verb_gives_its_quotes_one_speaker():
    text = (
        "Экс-президент [Виктор Янукович]PER рассказал, что не обсуждал с президентом "
        "[Путиным=Владимир Путин]PER ввод войск.\n"
        "В то же время он признал, что его письмо настоящее:\n"
        "Нет, это не фальшивка. Но это неофициальный указ, это разные вещи."
    )
    assert [speaker for speaker, *_ in said(text)] == ["Виктор Янукович"] * 3


def test_a_verb_joined_by_and_after_a_quote_goes_on_with_its_speaker():
    text = (
        "Пресс-секретарь президента [Дмитрий Песков]PER сказал, что тенденции в этом нет. "
        "«Это незначительное увеличение в рамках колебаний», — и добавил, что «дополнительные "
        "машины были обоснованы»."
    )
    assert said(text)[-1][0] == "Дмитрий Песков"


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a name after a preposition is no subject, though it does not decline
            "Полиция задержала людей, связанных с [Ибрагимом Бакрауи=Ибрагим Бакрауи]PER. "
            "По словам турецкого лидера [Эрдогана=Реджеп Эрдоган]PER, его правительство "
            "предупредило Бельгию.",
            "Реджеп Эрдоган",
        ),
        (  # a source after "По данным" is no body that opens the clause
            "По данным [Вести.ру]ORG, на допросе [Русаков]PER заявил, что не знал о взятках.",
            "Русаков",
        ),
        (  # "как" links a clause: the name after it is its subject
            "[USADA]ORG объявило о санкциях, после того как [Армстронг]PER заявил, что "
            "принимал допинг.",
            "Армстронг",
        ),
        (  # one asked since is who answers, not who spoke before
            "[Владимир Путин]PER заявил, что переговоры продолжатся. Позже журналисты "
            "спросили об этом министра [Сергея Лаврова=Сергей Лавров]PER. Он ответил, что "
            "решения пока нет.",
            "Сергей Лавров",
        ),
        (  # a name that depends on a noun since does not take the pronoun
            "[Милош Земан]PER заявил, что обещал сбросить правительство "
            "[Нечаса=Петр Нечас]PER. По его словам, новое правительство обеспечит "
            "расследование.",
            "Милош Земан",
        ),
        (  # after the verb too: the director, not the poet whose museum it is
            "Как рассказал директор музея [Гёте=Иоганн Гёте]PER во Франкфурте "
            "[Иван Ткаченко]PER, выставку посетили десять тысяч человек.",
            "Иван Ткаченко",
        ),
        (  # the name right after the verb is its subject, not a noun's dependent
            "«Мы обо всём договорились», — сказал [Олег Смирнов]PER после разговора с министром "
            "[Таро Коно]PER.",
            "Олег Смирнов",
        ),
    ],
)
def test_subjects_not_objects_nor_dependents(text, expected):
    assert said(text)[-1][0] == expected


def test_a_sentence_with_no_subject_goes_on_with_the_one_before():
    text = (
        "В 1992 году [Кигели V]PER получил убежище в США.\n"
        "Также заявлял, что готов вернуться в Руанду, но только в прежнем статусе."
    )
    assert said(text) == [
        ("Кигели V", "indirect", "готов вернуться в Руанду, но только в прежнем статусе")
    ]
