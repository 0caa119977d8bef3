"""Who reports: the words before a news source, and the names of media."""

from __future__ import annotations

import re

from ..constants import OPENING_QUOTES

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

# a noun that calls the name after it an outlet's: "газета Blitz Quotidiano", "катарский
# телеканал «Аль-Джазира»", "новостной портал «Элаф»"
OUTLET_BEFORE = re.compile(
    r"(?<![\w-])(?:газет|издани|информагентств|агентств|телеканал|телекомпани|радиостанци"
    r"|портал|журнал(?!ист)|таблоид|еженедельник|ежедневник)\w*\s*"
    rf"[{OPENING_QUOTES}\"]?\s*$",
    re.IGNORECASE,
)
# a noun of an outlet, its stem: "издания", "агентство", "газета"
OUTLET_NOUN = re.compile(r"(газет|издани|агентств|телеканал|портал|журнал(?!ист))\w{0,3}")
