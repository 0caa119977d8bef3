"""Where a person's or organisation's name starts and ends, on sentences of our own:
a place before a full name, a full name the text repeats, quoted titles with a place."""

import pytest


def entities(extractor, text):
    doc = extractor.extract(text)
    return {(e.type, text[m.start : m.end]) for e in doc.entities for m in e.mentions}


@pytest.mark.parametrize(
    "text, place, person",
    [
        ("Бывший президент Сальвадора Франсиско Флорес скончался в больнице.", "Сальвадора",
         "Франсиско Флорес"),
        ("По словам шерифа округа Харрис Эда Гонзалеса, стрелок задержан.", "Харрис",
         "Эда Гонзалеса"),
        ("Глава администрации города Иванова Александр Кузьмичев подал в отставку.", "Иванова",
         "Александр Кузьмичев"),
    ],
)  # fmt: skip
def test_a_place_before_a_full_name_stays_apart(extractor, text, place, person):
    found = entities(extractor, text)
    assert ("PER", person) in found
    assert not any(kind == "PER" and place in mention for kind, mention in found)


@pytest.mark.parametrize(
    "words, joined",
    [
        (("Суркова", "Владислава Юрьевича"), True),  # surname first, as decrees write it
        (("Меиржана", "Юсупова"), True),  # a first name tagged apart
        (("Сальвадора", "Франсиско Флорес"), False),  # a first name and surname: whole
        # a surname with a patronymic's ending is a surname when the dictionary says so
        (("Иванова", "Роман Абрамович"), False),
        # a patronymic the dictionary lacks is told by its ending
        (("Дудаева", "Асламбека Андарбековича"), True),
    ],
)
def test_a_name_word_tagged_apart_joins_only_what_lacks_it(extractor, words, joined):
    from nlp_extract.entities.retype import join_name_parts
    from nlp_extract.entities.spans import NameSpan

    before, person = words
    text = f"Указ о {before} {person} подписан."
    start = text.index(before)
    spans = [
        NameSpan(start, start + len(before), "LOC"),
        NameSpan(start + len(before) + 1, start + len(before) + 1 + len(person), "PER"),
    ]
    out = join_name_parts(text, spans, extractor.morphology)
    assert (len(out) == 1) == joined
    if joined:
        assert (out[0].type, text[out[0].start : out[0].end]) == ("PER", f"{before} {person}")


def test_a_full_name_written_twice_stays_one_person(extractor):
    text = (
        "Кабинет сформировал Синдзо Абэ. Абэ обещал реформы. Сам Синдзо уже был премьером, "
        "а Синдзо Абэ теперь возглавит правительство второй раз."
    )
    doc = extractor.extract(text)
    people = [e for e in doc.entities if e.type == "PER"]
    assert [p.name for p in people] == ["Синдзо Абэ"]
    assert len(people[0].mentions) == 4


def test_two_names_side_by_side_once_are_two_people(extractor):
    text = "На фото: Акихито Нарухито. Император Акихито отрекся, а Нарухито стал императором."
    names = {e.name for e in extractor.extract(text).entities if e.type == "PER"}
    assert names == {"Акихито", "Нарухито"}


@pytest.mark.parametrize(
    "text, title",
    [
        ("Депутаты приняли закон «О муниципальной службе в РФ» во втором чтении.",
         "О муниципальной службе в РФ"),
        ("Он исполнил песню «Я лечу над Россией» на концерте.", "Я лечу над Россией"),
        ("Толпа скандировала «Украина превыше всего!» у здания.", "Украина превыше всего!"),
        ("Авария произошла на трассе «Калязин — Сергиев Посад» ночью.",
         "Калязин — Сергиев Посад"),
    ],
)  # fmt: skip
def test_a_quoted_title_holding_a_place_is_no_organisation(extractor, text, title):
    assert not any(mention == title for _, mention in entities(extractor, text))


def test_a_quoted_name_holding_a_place_is_an_organisation(extractor):
    text = "Об этом сообщила радиостанция «Голос Америки» в пятницу."
    assert ("ORG", "Голос Америки") in entities(extractor, text)


def test_a_one_letter_name_counts_in_quote_marks_only(extractor):
    text = "Как сообщил «Ъ» источник в мэрии, решение принято. В пункте Б указано иное."
    doc = extractor.extract(text)
    (media,) = [e for e in doc.entities if e.type == "ORG"]
    assert [text[m.start : m.end] for m in media.mentions] == ["Ъ"]
    assert not any(text[m.start : m.end] == "Б" for e in doc.entities for m in e.mentions)


@pytest.mark.parametrize(
    "text, person",
    [
        ("Шестидесятивосьмилетняя Руссефф заявила, что стала жертвой заговора.", "Руссефф"),
        ("45-летний Иванов покинул пост.", "Иванов"),
    ],
)
def test_an_age_opening_a_sentence_is_no_part_of_the_name(extractor, text, person):
    people = {mention for kind, mention in entities(extractor, text) if kind == "PER"}
    assert people == {person}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Тренер клуба сэр Бобби Робсон ушёл в отставку. Сэр Бобби благодарил болельщиков.",
         "Бобби Робсон"),
        ("Сам Сэр Джон Мейджор выступил в парламенте.", "Джон Мейджор"),
        ("Ответ господина Лесина пришёл в среду. Господин Лесин ушёл.", "Лесин"),
        ("Вчера мадам Жанна Дюпон открыла выставку.", "Жанна Дюпон"),
    ],
)  # fmt: skip
def test_a_form_of_address_is_no_part_of_a_name(extractor, text, name):
    people = [e for e in extractor.extract(text).entities if e.type == "PER"]
    assert [p.name for p in people] == [name]
    assert all(
        not m.text.lower().startswith(("сэр", "господин", "мадам"))
        for p in people
        for m in p.mentions
    )


def test_a_stage_name_of_address_stays_whole(extractor):
    names = {e.name for e in extractor.extract("Певица Леди Гага дала концерт.").entities}
    assert "Леди Гага" in names


def test_a_word_of_address_alone_stays_a_name(extractor):
    people = extractor.extract("Защитник Сеньор забил гол. Тренер похвалил Сеньора.").entities
    assert [(e.type, e.name, len(e.mentions)) for e in people] == [("PER", "Сеньор", 2)]
    shops = extractor.extract("«Мадам» открыла новый бутик в Париже.").entities
    assert ("ORG", "Мадам") in {(e.type, e.name) for e in shops}
