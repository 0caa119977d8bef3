"""Verbs whose quoted complement is words said: of naming ("назвал его «…»"),
describing, accusing, judging and proposing; and the nouns a quoted name follows
("режим «…»"), after which quoted words are a thing's name."""

from __future__ import annotations

import re

# a name people give, with no one giving it ("его называли «…»", "окрестили «…»"),
# a charge with no one bringing it ("его обвиняют в «…»")
NICKNAMING = re.compile(r"(?:называ(?:ют|ли)|окрестили|обвиня(?:ют|ли))(?![\w-])", re.IGNORECASE)
# the past stems of verbs whose quoted complement is the words of their subject: of
# judging ("осуждал", "критиковал"), proposing, promising, demanding and threatening
# (not "передал", "написал", "объявил": what they take in quotes is a name as often)
SPOKEN = (
    "предложи", "предлага", "пообеща", "обеща", "осуди", "осужда", "критикова",
    "раскритикова", "поблагодари", "благодари", "призыва", "потребова", "требова",
    "пригрози", "угрожа",
)  # fmt: skip
# the stems of the verbs of naming ("назвал", "окрестили"), of naming in the present
# ("называет", "характеризуют"), of accusing and of describing: NAMING reads them with
# the words their phrase may have, NAMING_ONE with one word in quotes after them
NAMING_STEMS = ("назва", "призва", "охарактеризова", "окрести")
NAMING_NOW = ("называ", "характеризу")
ACCUSING = ("обвини", "обвиня")
DESCRIBING = ("описа", "описыва")


def stems(*groups: tuple[str, ...]) -> str:
    """An alternation of the stems of some groups."""
    return "(?:" + "|".join(stem for group in groups for stem in group) + ")"


# "назвал его «…»": a verb of naming, accusing or describing and a few words before
# the marks ("называл себя «…»", "характеризуют её состояние как «тяжёлое»", "обвинил
# её в «пропаганде»", "описывала своё жилище как «светлое»",
# "сообщали о «туристе из России»", "с криками «…»", "с формулировкой «…»")
NAMING = re.compile(
    r"(?<![\w-])(?:"
    + stems(NAMING_STEMS)
    + r"(?:л|ла|ли|ло|в|ть)\s+(?:(?:[\w-]+|«[^«»]*»,?)\s+){0,6}"
    r"|" + stems(NAMING_NOW) + r"(?:л|ла|ли|ет|ют|я)\s+(?:[\w-]+\s+){0,4}?(?:как\s+)?"
    r"|(?:считает|считают|считал|считала|считали)\s+(?:[\w-]+\s+){1,2}"
    r"|(?:ссылается|ссылаются|ссылался|ссылалась|ссылались)\s+на\s+(?:[\w-]+\s+){0,3}"
    r"|" + stems(ACCUSING) + r"(?:л|ла|ли|в|ет|ют)\s+(?:[\w-]+\s+){0,4}?в\s+(?:[\w-]+\s+){0,2}"
    r"|" + stems(DESCRIBING) + r"(?:л|ла|ли|в|ет|ют)\s+(?:[\w-]+\s+){0,4}?как\s+"
    r"|(?:сообща|сообщи)(?:л|ла|ли|ло|ет|ют)\s+о\s+(?:[\w-]+\s+){0,2}"
    r"|с\s+(?:криками|лозунгами|лозунгом)\s+"
    # any verb of speech, judging or proposing with a quoted phrase as its complement
    # ("предложил в обмен «начать с чистого листа» и «…»", "осуждал решение «…»",
    # "пообещал продолжить политику «…»"), a phrase before in the same run
    r"|" + stems(SPOKEN) + r"(?:л|ла|ли|ло|в)\s+(?:(?:[\w-]+|«[^«»]*»,?)\s+){0,4})$",
    re.IGNORECASE,
)
# nouns a name in quotes follows: of programmes, regimes, projects, operations, works
THING_BEFORE = re.compile(
    r"(?<![\w-])(?:режим|программ|проект|операци|акци|кампани|стать|закон|указ|фильм|книг"
    r"|песн|спектакл|передач|конкурс|форум|премии|преми)[а-яё]*\s+$",
    re.IGNORECASE,
)
# the verbs of naming, describing and accusing right before one word in quotes
NAMING_ONE = re.compile(
    r"(?<![\w-])"
    + stems(NAMING_STEMS, NAMING_NOW, DESCRIBING, ACCUSING)
    + r"(?:л|ла|ли|ло|в|ть|ет|ют|я)\s+(?:[\w-]+\s+){0,5}?(?:как\s+|в\s+[\w-]+\s+)?$",
    re.IGNORECASE,
)
# words said with an act, the noun of their saying before them: "с криками «…»", "под
# лозунгами «…»", "со словами «…»" (what objects bear, "с надписью «…»", is as often a
# name; a formula of an order or an award, "с формулировкой «…»", a document's)
SAID_WITH = re.compile(
    r"(?<![\w-])(?:с|со|под)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:крик(?:ом|ами)|словами|лозунг(?:ом|ами)|призыв(?:ом|ами))\s*:?\s*(?:'')?$",
    re.IGNORECASE,
)
