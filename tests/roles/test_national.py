"""A head of state or government gets the country the story names around the post."""

import pytest

from .test_roles_whole import jobs_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the country the sentence before named
        (
            "В 2005 году внешний долг России уменьшился. "
            "В этом году премьер-министр Михаил Фрадков предполагает выплатить долг.",
            [("Михаил Фрадков", "премьер-министр", "Россия")],
        ),
        # a former minister, his ministry named
        (
            "Россия выдвинула кандидата. Им стал экс-министр энергетики Игорь Юсуфов.",
            [("Игорь Юсуфов", "экс-министр энергетики", "Россия")],
        ),
        # the document's only country, named after the post
        (
            "Глава государства Дмитрий Медведев и председатель правительства РФ Владимир "
            "Путин выразили соболезнования.",
            [
                ("Дмитрий Медведев", "глава", "РФ"),
                ("Владимир Путин", "председатель", "РФ"),
            ],
        ),
        # a nationality names another country than the one the text names
        (
            "Саммит пройдет в Китае. Британский премьер Гордон Браун отказался от участия.",
            [("Гордон Браун", "премьер", None)],
        ),
        # two countries, neither named near the post: none is guessed
        (
            "Кабель проложат от Венесуэлы до Кубы. Работы займут две недели.\n\n"
            "Фирмы попадали в черный список. Позже президент Обама смягчил ограничения.",
            [("Обама", "президент", None)],
        ),
        # posts listed with commas are several jobs: the organisation of the last is its own
        (
            "Правительство Израиля сообщает, что страну представит министр по делам "
            "разведки, глава Комиссии по атомной энергии Дан Меридор.",
            [
                ("Дан Меридор", "глава", "Комиссия по атомной энергии"),
                ("Дан Меридор", "министр по делам разведки", "Израиль"),
            ],
        ),
        # a post that is not a state's keeps no country
        (
            "В России открылся завод. Директор Иван Петров перерезал ленту.",
            [("Иван Петров", "директор", None)],
        ),
        # nor a title that names its state
        (
            "В России прошли выборы. Президент республики Игорь Смирнов проголосовал.",
            [("Игорь Смирнов", "президент республики", None)],
        ),
        # nor does a post the text qualifies ("президент клуба")
        (
            "В России открылся стадион. Президент клуба Иван Петров перерезал ленту.",
            [("Иван Петров", "президент", None)],
        ),
    ],
)
def test_the_country_of_a_state_post(extractor, text, expected):
    assert jobs_of(extractor, text) == expected
