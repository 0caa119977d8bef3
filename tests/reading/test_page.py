from nlp_extract.reading.page import MAX_SENTENCE_CHARS, parse_page

DUMP = (
    "date 2025-03-03 https://example.ru/news/1\n"
    "Лавров провел переговоры с главой МИД Казахстана\n"
    "2025-03-03T10:15+0300\n"
    "казахстан\n"
    "внешняя политика\n"
    "МОСКВА, 3 мар — РИА Новости. Министр иностранных дел России Сергей Лавров провел переговоры.\n"
    "13:41 03.03.2025 (обновлено: 14:53 03.03.2025)\n"
    "Министр иностранных дел России Сергей Лавров провел переговоры.\n"
    "Стороны обсудили подготовку к заседанию Совета министров иностранных дел СНГ.\n"
)


def region_texts(text):
    return [text[start:end] for start, end in parse_page(text).regions]


def test_metadata_line_gives_date_url_and_title():
    page = parse_page(DUMP)
    assert (page.date, page.url) == ("2025-03-03", "https://example.ru/news/1")
    assert page.title == "Лавров провел переговоры с главой МИД Казахстана"


def test_timestamps_tags_and_repeats_are_not_content():
    texts = region_texts(DUMP)
    assert not any(text.startswith(("date ", "2025-03-03T", "13:41")) for text in texts)
    assert "казахстан" not in texts and "внешняя политика" not in texts
    assert sum("Сергей Лавров провел переговоры" in text for text in texts) == 1
    assert texts[-1].startswith("Стороны обсудили")


def test_plain_text_is_all_content():
    text = "Первое предложение о переговорах в Москве.\n\nВторое предложение о встрече в Минске."
    assert region_texts(text) == [
        "Первое предложение о переговорах в Москве.",
        "Второе предложение о встрече в Минске.",
    ]


def test_repeat_inside_a_run_on_paragraph_is_dropped():
    text = (
        "Первая фраза статьи о сотрудничестве двух стран.Кроме того, рассмотрены перспективы обмена данными.\n"
        "Кроме того, рассмотрены перспективы обмена данными.\n"
    )
    assert all(start < text.index("\n") for start, _ in parse_page(text).regions)


def test_a_sentence_without_full_stops_is_cut_at_spaces():
    """A list or table dump with no full stops must not reach the models as one
    sentence of thousands of words."""
    words = [f"слово{n}" for n in range(3000)]
    text = "Список: " + " ".join(words) + " конец"
    regions = parse_page(text).regions
    assert len(regions) > 1
    assert all(end - start <= MAX_SENTENCE_CHARS for start, end in regions)
    assert all(not text[start].isspace() and not text[end - 1].isspace() for start, end in regions)
    # nothing lost, nothing cut inside a word
    assert " ".join(text[start:end] for start, end in regions) == text


def test_glued_sentences_are_cut_but_not_at_a_given_names_abbreviation():
    text = (
        "Визит Дж.Керри в Уфу завершился.Кроме того, министр посетил Вл.Сорокина в Ош.\n"
        "Мощность выросла до 500 Вт.Цена не изменилась."
    )
    assert region_texts(text) == [
        "Визит Дж.Керри в Уфу завершился.",
        "Кроме того, министр посетил Вл.Сорокина в Ош.",
        "Мощность выросла до 500 Вт.",
        "Цена не изменилась.",
    ]
