"""The words of an agreement: its head nouns, the words of its title, of its dates."""

from __future__ import annotations

import re

from .words import read

# the head noun of a mention and the kind of agreement it names
HEAD_KINDS = {
    "конвенция": "convention",
    "договор": "treaty",
    "соглашение": "agreement",
    "меморандум": "memorandum",
    "протокол": "protocol",
    "контракт": "contract",
    "декларация": "declaration",
    "договоренность": "arrangement",
    "договорённость": "arrangement",
    "пакт": "treaty",
    "хартия": "treaty",
    "карта": "roadmap",
}
TRIGGER = re.compile(
    r"конвенц|договор|соглашени|меморандум|протокол|контракт|декларац|дорожн\w* карт|пакт|харти",
    re.IGNORECASE,
)
# words that open the dependent phrase of a title right after its head
OPENERS = frozenset({"о", "об", "по", "между", "на", "с", "со"})
INNER_PREPOSITIONS = OPENERS | {"в", "во", "за", "для", "от", "к", "и", "при", "против"}
# a "протокол" is as often a police record: it needs a signing word in its sentence
SIGNING = re.compile(r"подпис|ратифиц|заключ|присоедин|вступ\w* в силу|денонс", re.IGNORECASE)
# ordinals, demonstratives and appraisals qualify a mention, they are not part of a title
NOT_TITLE_ADJECTIVES = read("not_title_adjectives.txt")
# "контракт на поставку", "договор аренды": a commercial contract, no treaty
CONTRACT_WORDS = frozenset({"на", "аренды", "поставки", "купли-продажи", "подряда", "займа"})

# what a date is to an agreement, from the words near it
DATE_ROLES = [
    (
        "in_force",
        re.compile(r"вступ\w*\s+в\s+силу|действу\w*|вступлени\w+\s+в\s+силу", re.IGNORECASE),
    ),
    ("signed", re.compile(r"подпис\w*|заключ\w*|подписани\w+", re.IGNORECASE)),
    (
        "planned",
        re.compile(r"планир\w*|намер\w*|предполага\w*|должн\w*|будет|будут", re.IGNORECASE),
    ),
]
# "соглашение с Египтом", "между Россией и …": the parties follow
WITH_PARTY = re.compile(r"\b(?:с|со|между)\s", re.IGNORECASE)
