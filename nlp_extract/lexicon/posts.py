"""The words around a post: praise that is no part of it, the verbs that give it, whose it is.

The post nouns themselves are in data/positions.txt, the nationality adjectives in
data/country_adjectives.tsv: both read on first use.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files

from ..constants import fold_yo
from .grammar import ADJECTIVE_ENDING

# adjectives that describe the person, not the post: "известный правозащитник" holds
# the post "правозащитник", "генеральный директор" the post "генеральный директор"
PRAISE = re.compile(
    r"(?:известн|знаменит|популярн|легендарн|выдающ|прославленн|талантлив|скандальн"
    r"|культов|именит|мастит|опытн|молод|юн|пожил|покойн|превосходн|блестящ|замечательн"
    r"|велик|лучш|сам|стар|богат|влиятельн|пресловут|небезызвестн|одиозн)" + ADJECTIVE_ENDING
)

# posts held for another person, who follows in the genitive
RELATIONAL = frozenset(
    {
        "представитель", "адвокат", "защитник", "тренер", "помощник", "советник", "агент",
        "заместитель", "пресс-секретарь", "секретарь", "юрист", "биограф", "продюсер",
        "менеджер", "телохранитель", "охранник", "врач", "соратник",
    }
)  # fmt: skip

# posts a country holds; "министр" heads "министр финансов", "министр по делам …"
NATIONAL_POSTS = frozenset(
    {
        "президент", "вице-президент", "премьер", "премьер-министр", "вице-премьер",
        "канцлер", "госсекретарь", "министр",
    }
)  # fmt: skip
# "глава государства", "глава правительства": the title stops before the noun
STATE = re.compile(r"\bглав\w*\s+(?:государства|правительства)\b", re.IGNORECASE)

# "возглавил компанию": the verb gives its subject the post "глава"
HEAD = frozenset({"возглавлять", "возглавить"})

# verbs whose instrumental complement is the subject's post
BECOME = frozenset(
    {
        "быть", "стать", "становиться", "являться", "работать", "проработать", "служить",
        "прослужить", "трудиться", "остаться", "оставаться", "выступать", "выступить",
        "числиться",
    }
)  # fmt: skip
# verbs whose instrumental complement is the object's post; their passive is the subject's
APPOINT = frozenset(
    {"назначить", "назначать", "избрать", "избирать", "переизбрать", "утвердить", "утверждать"}
)
# "занимать пост президента"
HOLD = frozenset({"занимать", "занять"})
POST_NOUNS = frozenset({"пост", "должность"})
SEATS = POST_NOUNS | {"место", "кресло"}  # "место спикера … занял …"


@lru_cache(maxsize=1)
def positions() -> frozenset[str]:
    """The lexicon's lemmas, ё written as е."""
    text = files("nlp_extract.data").joinpath("positions.txt").read_text(encoding="utf-8")
    return frozenset(
        fold_yo(line.strip())
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    )


@lru_cache(maxsize=1)
def country_adjectives() -> tuple[tuple[str, str], ...]:
    """(adjective stem, ISO code), longest stems first."""
    text = files("nlp_extract.data").joinpath("country_adjectives.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return tuple(sorted(((stem, code) for stem, code in rows), key=lambda row: -len(row[0])))


def country_of(word: str) -> str | None:
    """The country a nationality adjective names ("российского" -> RU)."""
    word = word.lower()
    return next((code for stem, code in country_adjectives() if word.startswith(stem)), None)
