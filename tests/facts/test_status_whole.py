"""Whether a fact happened, read from its sentence's tree: the real parser and dictionary."""

from __future__ import annotations

import pytest

from nlp_extract.facts.clauses import Clause, Clauses
from nlp_extract.facts.status import event_status


@pytest.fixture(scope="module")
def clauses_of(extractor):
    def make(text: str) -> Clauses:
        return Clauses(text, extractor.models.syntax, extractor.morphology)

    return make


@pytest.mark.parametrize(
    "sentence, word, status",
    [
        # the event word's own dependents and tense
        ("Путин и Байден встретились в Женеве.", "встретились", "stated"),
        ("Путин и Байден так и не встретились.", "встретились", "negated"),
        ("Путин встретится с Байденом в Женеве.", "встретится", "planned"),
        ("Если Google купит Nest, акции вырастут.", "купит", "hypothetical"),
        ("Путин не только встретился с Байденом, но и посетил Женеву.", "встретился", "stated"),
        # a verb that governs it
        ("Google планирует приобрести Nest.", "приобрести", "planned"),
        ("Президент может встретиться с премьером в июле.", "встретиться", "hypothetical"),
        ("Сенатор призвал ввести санкции против России.", "санкции", "hypothetical"),
        ("США пригрозили ввести санкции против Ирана.", "санкции", "hypothetical"),
        ("Google так и не смог купить Nest.", "купить", "negated"),
        ("Песков опроверг, что Путин встречался с Байденом.", "встречался", "negated"),
        ("Путин отказался от предстоящей встречи с Байденом.", "встречи", "negated"),
        ("Путин не исключил встречи с Байденом.", "встречи", "hypothetical"),
        ("Ожидается, что Путин проведет переговоры с Байденом.", "переговоры", "hypothetical"),
        # a noun's verb of happening
        ("Встреча Путина и Байдена не состоится, заявил Песков.", "Встреча", "negated"),
        ("Переговоры Путина и Байдена пройдут в Женеве 16 июня.", "Переговоры", "planned"),
        ("Евросоюз ввел санкции против России.", "санкции", "stated"),
        ("ЕС может ввести новые санкции против России.", "санкции", "hypothetical"),
        # what sets a time, a topic or an opinion says nothing of the event
        ("Вопрос должен был подниматься во время встречи министров.", "встречи", "stated"),
        ("От комментариев по поводу покупки Nest в Google отказались.", "покупки", "stated"),
        ("Основатель MySQL выступает против сделки Oracle и Sun.", "сделки", "stated"),
        ("Новые поставки нефти вдвое увеличат объем торговли.", "поставки", "stated"),
    ],
)
def test_status_of_the_event_at_a_word(clauses_of, sentence, word, status):
    clauses = clauses_of(sentence)
    assert event_status(clauses, 0, len(sentence), sentence.index(word)) == status


def test_a_sentence_with_no_cue_is_not_parsed(clauses_of):
    asked = []
    clauses = clauses_of("Компания Google купила компанию Nest.")
    clauses.parse = lambda sentences: asked.append(sentences) or [[]]
    assert event_status(clauses, 0, 36, 17) == "stated"
    assert asked == []


def test_governors_stop_at_a_cycle():
    from nlp_extract.syntax import Arc
    from nlp_extract.tokens import Token

    tokens = [Token(0, 1, "а"), Token(2, 3, "б"), Token(4, 5, "в")]
    clause = Clause(tokens, [Arc(1, "obj"), Arc(2, "xcomp"), Arc(1, "xcomp")])
    assert clause.governors(0) == [1, 2]


def test_facts_in_the_pipeline_carry_status(extractor):
    text = (
        "Президент России Владимир Путин может встретиться с Дональдом Трампом в июле. "
        "Встреча Путина и Байдена не состоится, заявил Дмитрий Песков. "
        "Бывший президент США Билл Клинтон встретился с министром финансов Алексеем Кудриным."
    )
    facts = extractor.extract(text).facts
    meetings = {tuple(f.participant_names): f.status for f in facts if f.type == "meeting"}
    assert meetings[("Владимир Путин", "Дональд Трамп")] == "hypothetical"
    assert meetings[("Билл Клинтон", "Алексей Кудрин")] == "stated"
    assert any(status == "negated" for status in meetings.values())
    former = [f for f in facts if f.type == "occupation" and f.status == "former"]
    assert [f.person_name for f in former] == ["Билл Клинтон"]


@pytest.mark.parametrize(
    "sentence, person, status",
    [
        (
            "Министр финансов Алексей Кудрин не станет комментировать слухи.",
            "Алексей Кудрин",
            "stated",
        ),
        (
            "Максим Орешкин займёт пост помощника президента с понедельника.",
            "Максим Орешкин",
            "planned",
        ),
        (
            "Новым генеральным директором Nokia станет Стивен Элоп, сообщила компания.",
            "Стивен Элоп",
            "planned",
        ),
        (
            "Депутаты призвали назначить Сергея Глазьева председателем Центробанка.",
            "Сергей Глазьев",
            "hypothetical",
        ),
        (
            "В прошлом генеральный директор Microsoft Стив Балмер купил клуб.",
            "Стив Балмер",
            "former",
        ),
        (
            "Экс-министр финансов Алексей Кудрин возглавил Счётную палату.",
            "Алексей Кудрин",
            "former",
        ),
        ("Будущий президент США Джо Байден выступил в Делавэре.", "Джо Байден", "planned"),
        ("Несостоявшийся глава клуба Иван Петров вернулся в Москву.", "Иван Петров", "negated"),
    ],
)
def test_a_post_has_the_status_of_the_verb_that_gives_it(extractor, sentence, person, status):
    jobs = [f for f in extractor.extract(sentence).facts if f.type == "occupation"]
    assert [job.status for job in jobs if job.person_name == person][:1] == [status]


def test_a_condition_makes_the_event_hypothetical(clauses_of):
    sentence = "Если стороны договорятся, министры встретятся в Вене через неделю."
    clauses = clauses_of(sentence)
    at = sentence.index("встретятся")
    assert event_status(clauses, 0, len(sentence), at) == "hypothetical"
