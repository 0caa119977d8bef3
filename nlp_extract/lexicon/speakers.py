"""The words of a speaker that is no name: a pronoun ("он"), a post or a head of
anything ("министр", "глава"), a spokesperson or a source ("представитель",
"источник"), an unnamed group ("эксперты"), the noun of an organisation ("в компании"),
a capital speaking for its state ("Минск считает")."""

from __future__ import annotations

import re

from ..constants import fold_key
from .words import rows

# words of a speaker who was named before; a woman's of them; those that own ("По его
# словам")
PRONOUNS = frozenset({"он", "она", "его", "её", "ее", "ему", "ей", "сам", "сама"})
FEMALE_PRONOUNS = frozenset({"она", "её", "ее", "ей", "сама"})
POSSESSIVE = frozenset({"его", "её", "ее"})
EMPHATIC = frozenset({"сам", "сама"})
# words that call the head of anything ("глава ведомства", "руководитель компании"),
# and the posts of a head they may stand for
HEADS = frozenset({"глава", "руководитель", "начальник", "шеф"})
HEAD_POSTS = frozenset(
    {
        "глава", "руководитель", "начальник", "шеф", "министр", "директор", "гендиректор",
        "председатель", "президент", "губернатор", "мэр", "премьер-министр", "премьер",
        "канцлер", "командующий", "главнокомандующий", "ректор", "генсек", "управляющий",
    }
)  # fmt: skip
# "они" after these words and an organisation speaks for it: "Представители Роскосмоса
# не подтвердили … . Они лишь сказали, что …"
SPOKESPEOPLE_PLURAL = frozenset(
    {"представители", "сотрудники", "руководители", "специалисты", "власти", "юристы"}
)
# an organisation speaks through them: "представитель Роскосмоса", "в МИД"
SPOKESPEOPLE = frozenset(
    {
        "представитель", "представители", "представителя", "представителей", "пресс-служба",
        "пресс-службы", "пресс-секретарь", "пресс-секретаря", "сотрудники", "сотрудников",
        "официальный", "официального", "источник", "источники", "источников", "в", "во",
        "руководство", "руководства", "делегация", "делегации", "наблюдатели", "наблюдателей",
    }
)  # fmt: skip
# a press service named alone ("Пресс-служба отмечает"): the body that spoke before
PRESS_SERVICE = frozenset({"пресс-служба", "пресс-службы", "пресс-службе", "пресс-центр"})
# "передает «Интерфакс» со ссылкой на пресс-службу МВД": the source an outlet cites
CITING = re.compile(r"(?<![\w-])(?:со\s+ссылкой|ссылаясь)\s+на(?![\w-])", re.IGNORECASE)
# the words of a source an outlet quotes, named or not: "рассказал «Ъ» источник в
# правительстве", "сообщил РИА Новости представитель X", "собеседник агентства"
SOURCES = frozenset(
    stem + end
    for stem, ends in (
        ("источник", ("", "а", "и", "ов")), ("собеседник", ("", "а", "и", "ов")),
        ("участник", ("", "а", "и", "ов")), ("представител", ("ь", "я", "и", "ей")),
        ("сотрудник", ("", "а", "и", "ов")), ("пресс-служб", ("а", "ы", "е", "у")),
        ("пресс-секретар", ("ь", "я")), ("пресс-центр", ("", "а", "е")),
        ("спикер", ("", "а")), ("один", ("",)), ("одна", ("",)),
    )
    for end in ends
)  # fmt: skip
# people in the plural who speak with no name, a class of words, not a list of them: a
# plural noun ("эксперты", "очевидцы") or a plural adjective or participle used as one
# ("знакомые", "военные", "пострадавшие", "многие"), maybe after an adjective
# ("российские аналитики", "местные СМИ": the abbreviation is of a plural) and before a
# genitive ("знакомые артиста"), or one of them ("один из источников")
GROUP = re.compile(
    r"(?:(?:[а-яё]+(?:ие|ые)\s+)?(?:[а-яё-]{4,}[ыи]|[а-яё-]{3,}(?:ые|ие|иеся|ыеся)|СМИ)"
    r"|(?:один|одна)\s+из\s+[а-яё]+(?:ов|ев|ей|ых|их)(?:ся)?)(?:\s+[а-яё]+[ауяи])?"
)
# "сказал собеседник агентства": the one an outlet quoted just before
INTERLOCUTORS = frozenset({"собеседник", "собеседника", "собеседники", "собеседников"})
# nouns a news text calls an organisation it has named: "В компании уверены, что",
# "эксперты корпорации", "в ведомстве пояснили": each stem, its endings (the nominative,
# genitive, prepositional) and the kinds of organisation (the gazetteer's) it calls, where
# it tells ("в ведомстве" is a ministry or a service, not a court named nearer)
ORG_NOUN_TABLE = (
    ("компани", ("я", "и"), {"company", "state-corporation", "bank"}),
    ("корпораци", ("я", "и"), {"company", "state-corporation"}),
    ("организаци", ("я", "и"), None),
    ("госкорпораци", ("я", "и"), {"state-corporation"}),
    ("парти", ("я", "и"), {"party"}),
    ("фирм", ("а", "ы", "е"), {"company"}),
    ("концерн", ("", "а", "е"), {"company"}),
    ("холдинг", ("", "а", "е"), {"company"}),
    ("банк", ("", "а", "е"), {"bank", "central-bank"}),
    ("фонд", ("", "а", "е"), None),
    ("агентств", ("о", "а", "е"), {"agency", "media"}),
    ("ведомств", ("о", "а", "е"), {"ministry", "service", "agency"}),
    ("министерств", ("о", "а", "е"), {"ministry"}),
    ("оператор", ("", "а", "е"), {"company"}),
)
# bodies a text calls by their name's own noun: "Суд счел" is the court it named
# ("Верховный суд Израиля") or one of its kind, never the company the text is about
OWN_NOUN_TABLE: tuple[tuple[str, tuple[str, ...], set[str]], ...] = (
    ("суд", ("", "а", "е"), {"court"}),
    ("полици", ("я", "и"), set()),
    ("прокуратур", ("а", "ы", "е"), set()),
    ("комисси", ("я", "и"), set()),
    ("комитет", ("", "а", "е"), set()),
    ("совет", ("", "а", "е"), set()),
    ("федераци", ("я", "и"), set()),
    ("ассоциаци", ("я", "и"), set()),
    ("союз", ("", "а", "е"), set()),
    ("коллеги", ("я", "и"), set()),
    ("клуб", ("", "а", "е"), set()),
)
ORG_NOUNS = frozenset(
    stem + end for stem, ends, _ in ORG_NOUN_TABLE + OWN_NOUN_TABLE for end in ends
)
ORG_NOUN_KINDS = {
    stem: kinds for stem, _, kinds in ORG_NOUN_TABLE + OWN_NOUN_TABLE if kinds is not None
}
OWN_NOUNS = frozenset(stem for stem, _, _ in OWN_NOUN_TABLE)
# nouns a news text calls a person it has named: "Российский лидер также напомнил"
REFERRING = frozenset(
    {
        "лидер", "глава", "маэстро", "эксперт", "политик", "премьер", "президент", "супруга",
        "жена", "муж", "создатель", "основатель", "аналитик", "спикер", "министр", "главком",
        "губернатор", "мэр", "дипломат", "бизнесмен", "тренер", "певец", "певица", "актер",
        "актёр", "режиссер", "режиссёр", "писатель", "чиновник", "депутат", "сенатор",
        "кандидат",
    }
)  # fmt: skip
# a headline's label that names a speaker with no name: "СМИ: …", "Следствие: …" (a
# body or a group that speaks, not a post or a source, which head a film's credits, a
# portrait or a note: "Режиссер: …", "Президент: новые лица …", "Источник: данные …")
HEADLINE_SPEAKERS = frozenset(
    {
        "сми", "следствие", "полиция", "прокуратура", "власти", "эксперты", "ученые",
        "учёные", "врачи", "медики", "очевидцы", "свидетели", "аналитики", "синоптики",
        "разведка", "спасатели",
    }
)  # fmt: skip
# words that say a title goes on with the one who spoke before ("Актёр также признался")
ALSO = frozenset({"также", "тоже"})
# a capital speaks for its state: "Минск считает, что" (the capital's name folded ->
# the state's code and name)
CAPITALS = {fold_key(capital): (code, state) for capital, code, state in rows("capitals.tsv")}
