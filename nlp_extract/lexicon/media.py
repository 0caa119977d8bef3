"""Who reports: the words before a news source, and the names of media."""

from __future__ import annotations

import re

from ..constants import OPENING_QUOTES
from .grammar import ADJECTIVE_ENDING

# the agency that reports a deal is no party to it
SOURCE_BEFORE = re.compile(
    r"(?:сообща\w*|переда[её]т|передал\w*|пишет|писал\w*|по\s+данным|по\s+сообщению"
    r"|по\s+информации|со\s+ссылкой\s+на|издани\w*|газет\w*|агентств\w*)\s*"
    rf"[{OPENING_QUOTES}\"]?\s*$",
    re.IGNORECASE,
)

MEDIA_NAME = re.compile(
    r"\.(?:ru|com|рф|net|org)\b|новост|^(?:интерфакс|тасс|итар-тасс|риа|reuters|рейтер|блумберг"
    r"|bloomberg|ap|afp|bbc|би-би-си|ведомости|коммерсант|известия)$",
    re.IGNORECASE,
)

# the case endings of an outlet's noun: the noun is a word of its own ("журнал",
# "газетой", never "журналист" or "газетчик")
NOUN_END = r"(?:а|о|е|и|у|ы|я|ю|ой|ою|ей|ею|ем|ом|ам|ям|ами|ями|ах|ях|ов|ий|й)?(?![\w-])"
# a noun that calls the name after it an outlet's: "газета Blitz Quotidiano", "катарский
# телеканал «Аль-Джазира»", "новостной портал «Элаф»"
OUTLET_BEFORE = re.compile(
    r"(?<![\w-])(?:газет|издани|информагентств|агентств|телеканал|телекомпани|радиостанци"
    rf"|портал|журнал|таблоид|еженедельник|ежедневник){NOUN_END}\s*"
    rf"[{OPENING_QUOTES}\"]?\s*$",
    re.IGNORECASE,
)
# a noun of an outlet, its stem: "издания", "агентство", "газета"
OUTLET_NOUN = re.compile(rf"(газет|издани|агентств|телеканал|портал|журнал){NOUN_END}")
# "агентство" after an adjective: one of news or of a country keeps it an outlet's noun
# ("информационное агентство", "японское агентство Киодо"); any other makes it another
# kind of agency ("рейтинговое агентство Moody's", "Федеральное агентство Росавиация")
AGENCY_ADJECTIVE = re.compile(
    rf"(?<![\w-])([а-яё]+{ADJECTIVE_ENDING})\s+агентств{NOUN_END}\s*[{OPENING_QUOTES}\"]?\s*$",
    re.IGNORECASE,
)
# the adjectives of a news agency ("официальное агентство SANA", "государственное
# агентство Синьхуа" are news agencies too)
NEWS_ADJECTIVES = ("информационн", "новостн", "телеграфн", "официальн", "государственн")
