"""The words of a meeting, and of the shapes of a meeting word that are none."""

from __future__ import annotations

import re

TRIGGERS = frozenset(
    {
        "встреча", "переговоры", "переговор", "беседа", "встретиться", "встречаться",
        "побеседовать", "беседовать",
    }
)  # fmt: skip
# talks with an organisation are interviews
TALKS = frozenset({"беседа", "побеседовать", "беседовать"})
# the stems the trigger words' forms begin with: most tokens fail here, before the dictionary
STEMS = re.compile(r"(?:встре|встрет|перегово|бесед|побесед)", re.IGNORECASE)
# "Токаев принял в Астане премьер-министра Индии Нарендру Моди": a person received is met
RECEIVING = frozenset({"принять", "принимать"})
RECEIVE_STEMS = re.compile(r"(?:приня|прин[иу]ма)", re.IGNORECASE)
# "принял на работу Иванова", "принял в партию": the person is taken in, not met
TAKEN_IN = frozenset({"работу", "штат", "члены", "гражданство", "партию", "команду", "ряды"})
# "Миллер и Озерец, которые встречаются": the subject is the people before
WHO = frozenset({"который", "которая", "которое", "которые"})
# what a meeting is about: the people after these are no parties to it
TOPIC = frozenset({"о", "об", "обо", "про", "насчет", "насчёт", "относительно"})
# a comma before these opens another clause
CLAUSE_WORDS = frozenset(
    {"что", "который", "когда", "где", "если", "чтобы", "хотя", "поскольку", "а", "но", "однако"}
)
# "встретился с министром, а затем с президентом": a second meeting
THEN = frozenset({"затем", "потом", "позже", "также", "после", "этого", "и", "а"})
WITH = frozenset({"с", "со"})

# the verbs that hold a meeting: "Путин и Моди провели переговоры"
HOLD = frozenset(
    {
        "провести", "проводить", "начать", "начинать", "продолжить", "продолжать",
        "завершить", "завершать", "возобновить", "вести", "иметь", "устроить",
    }
)  # fmt: skip
# "стал встречаться": the beginning of a relationship
BEGIN = frozenset({"стать", "начать", "начинать", "становиться", "продолжать"})
# where people meet to perform or to play
ARENAS = frozenset(
    {
        "сцена", "ринг", "корт", "поле", "лёд", "лед", "татами", "площадка", "финал",
        "полуфинал", "четвертьфинал", "матч", "турнир", "поединок", "бой", "дуэль", "доска",
    }
)  # fmt: skip
