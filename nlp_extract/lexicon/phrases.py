"""Verbs that say only with the words around them: "дали понять, что", "пришла к выводу,
что", "потребовала, чтобы", "приводит Reuters слова X", "говорится в сообщении МВД", "В
заявлении говорится, что"."""

from __future__ import annotations

import re

# verbs that say only with the words after them: "дали понять, что", "пришла к выводу,
# что", "потребовала, чтобы", "хотят, чтобы", "сошлись во мнении, что"
# (the cue is the whole phrase, the verb alone before "чтобы")
UNDERSTAND = re.compile(r"[\w-]+\s+понять(?![\w-])", re.IGNORECASE)
CONCLUDE = re.compile(r"[\w-]+\s+к\s+(?:выводу|заключению)(?![\w-])", re.IGNORECASE)
SO_THAT = re.compile(r"[\w-]+(?=\s*,\s*чтобы(?![\w-]))", re.IGNORECASE)
# "сходятся во мнении, что", "обратил внимание, что", "под предлогом, что"
OPINION = re.compile(r"[\w-]+\s+во\s+мнении(?![\w-])", re.IGNORECASE)
NOTICE = re.compile(r"[\w-]+\s+внимание(?![\w-])", re.IGNORECASE)
PRETEXT = re.compile(r"под\s+предлогом(?=\s*,\s*что(?![\w-]))", re.IGNORECASE)
# "«…», — приводит Reuters слова представителя ООН": the words cited are the one's
# named after, up to three words between the verb and "слова" (the outlet, "в своём
# материале"), not "приводит его слова" (the one "его" stands for)
CITED_WORDS = re.compile(
    r"[\w-]+\s+(?:(?!(?:его|её|ее|их)\s)[^\s.,;:!?«»\"]+\s+){0,3}?слова(?![\w-])", re.IGNORECASE
)
# the verbs of citing: the words are the one's cited, not the outlet's that cites them
# ("Reuters приводит слова источника, что …": a source not named)
CITING_HEADS = frozenset(
    {
        "приводит", "приводят", "привел", "привёл", "привела", "привело", "привели",
        "приводил", "приводила", "приводило", "приводили",
    }
)  # fmt: skip
FOLLOWED_BY = {
    **dict.fromkeys(("дал", "дала", "дали", "дает", "даёт", "дают", "давал", "давала", "давали"), UNDERSTAND),
    **dict.fromkeys(("пришел", "пришёл", "пришла", "пришли", "приходит", "приходят"), CONCLUDE),
    **dict.fromkeys(
        (
            "хочет", "хотят", "хотел", "хотела", "хотели", "требует", "требуют", "требовал",
            "требовала", "требовали", "потребовал", "потребовала", "потребовали",
        ),
        SO_THAT,
    ),
    **dict.fromkeys(("сходятся", "сошлись", "сходились", "сходится", "сошелся", "сошёлся"), OPINION),
    **dict.fromkeys(("обратил", "обратила", "обратили", "обращает", "обращают"), NOTICE),
    "под": PRETEXT,
    **dict.fromkeys(CITING_HEADS, CITED_WORDS),
}  # fmt: skip

# a message's words: "говорится в сообщении МВД", "В заявлении Белого дома говорится",
# "В сообщении «Милана» говорится:" (a quoted name right after the message's noun),
# "справку, в которой говорилось, что", "опубликовал комментарий. В нём сказано, что"
# (its author speaks, or the one who spoke before);
# not an act's ("В резолюции говорится": a decree, a resolution has no one author)
DOCUMENT_VERBS = frozenset(
    {
        "говорится", "говорилось", "сказано", "указывается", "указывалось", "утверждается",
        "указано", "отмечается", "отмечалось", "предполагается", "поясняется", "уточняется",
        "подчеркивается", "подчёркивается", "подчеркнуто", "подчёркнуто",
    }
)  # fmt: skip
DOCUMENT = (
    r"(?:сообщени|заявлени|пресс-релиз|документ|письм|доклад|справк|публикаци|стать|"
    r"текст|обращени|коммюнике|отч[её]т|интервью|блог|запис|материал|комментари)\w*"
)
# the noun of a body before its quoted name in a message's words ("В заявлении компании
# «Газпром»", "В сообщении пресс-службы «Роснефти»")
ORG_DESCRIPTOR = (
    r"(?:компании|пресс-службы|агентства|банка|клуба|партии|концерна|холдинга|фонда"
    r"|издания|газеты|телеканала|группы|корпорации|ассоциации|федерации)"
)
IN_DOCUMENT_AFTER = re.compile(rf"[\w-]+\s+в\s+(?:[\w-]+\s+)?{DOCUMENT}(?![\w-])", re.IGNORECASE)
IN_DOCUMENT_BEFORE = re.compile(
    rf"(?:(?<![\w-])в\s+(?:[\w-]+\s+)?{DOCUMENT}(?:\s+(?:{ORG_DESCRIPTOR}\s+)?«[^«»\n]{{1,60}}»)?[^.!?;:«»\"]{{0,80}}"
    r"|в\s+(?:котор(?:ом|ой|ых)|н[её]м|ней))\s*$",
    re.IGNORECASE,
)
PHRASE_HEADS = FOLLOWED_BY.keys() | DOCUMENT_VERBS


def phrase(text: str, word: re.Match[str]) -> re.Match[str] | None:
    """The cue a head of a phrase begins, or none: "дали понять", "говорится в
    сообщении", "говорится" after "В заявлении"."""
    said = word.group().lower()
    if said in FOLLOWED_BY:
        return FOLLOWED_BY[said].match(text, word.start())
    after = IN_DOCUMENT_AFTER.match(text, word.start())
    if after:
        return after
    found = IN_DOCUMENT_BEFORE.search(text, max(0, word.start() - 120), word.start())
    return word if found else None
