"""Compact marked texts for the quote rules, with no models: mentions in brackets with
their type, and the entity's name after "=" when the text inflects it:

    marked("По словам [Лаврова=Сергей Лавров]PER, встреча пройдет в Женеве.")

Mentions with the same name are one entity. Each line of the text is one content
region, as the pipeline gives them.
"""

from __future__ import annotations

import re

from nlp_extract.quotes import read
from nlp_extract.schema import Entity, Mention, Quote

MENTION = re.compile(r"\[([^\]=]+)(?:=([^\]]+))?\](PER|ORG|LOC)")
# the posts the tests know, each form with its nominative
TITLES = {
    form: post
    for post, forms in {
        "министр": ("министр", "министра", "министру"),
        "глава": ("глава", "главы"),
        "президент": ("президент", "президента"),
        "директор": ("директор", "директора"),
        "посол": ("посол", "посла"),
        "мэр": ("мэр", "мэра"),
        "премьер": ("премьер", "премьера"),
        "создатель": ("создатель", "создателя"),
        "губернатор": ("губернатор", "губернатора"),
        "актер": ("актёр", "актёра", "актер"),
    }.items()
    for form in forms
}


def posts(word: str) -> frozenset[str]:
    """The post a word names, as the pipeline's morphology gives it."""
    post = TITLES.get(word.lower())
    return frozenset({post}) if post else frozenset()


# the cases of the words the tests need, as the dictionary reads them; others none
CASES = {
    "медиков": {"Gen", "Acc"},
    "очевидцев": {"Gen", "Acc"},
    "прокуратуры": {"Gen", "Nom", "Acc"},
    "районной": {"Gen", "Dat", "Ins", "Loc"},
    "ссылкой": {"Ins"},
    "источники": {"Nom", "Acc"},
    "правительстве": {"Loc"},
    "страны": {"Gen", "Nom", "Acc"},
    "Пётр": {"Nom"},
    "Сомов": {"Nom"},
    "итоговая": {"Nom"},
    "сумма": {"Nom"},
    "операции": {"Gen", "Dat", "Loc", "Nom", "Acc"},
    "первый": {"Nom", "Acc"},
    "квартал": {"Nom", "Acc"},
    "года": {"Gen"},
    "в": {"Loc", "Acc"},  # the dictionary reads a letter as an abbreviation too
    "решении": {"Loc"},
}


def cases(word: str) -> frozenset[str]:
    return frozenset(CASES.get(word, ()))


# the countries of the texts, as the pipeline codes them
COUNTRIES = {"Россия": "RU", "США": "US", "Израиль": "IL", "Сирия": "SY", "Украина": "UA"}


class Known:
    """A gazetteer that knows the kinds of a few organisations (`kinds`: name -> kind)
    and no outlet by name."""

    def __init__(self, kinds: dict[str, str] | None = None) -> None:
        self.kinds = kinds or {}

    def is_media(self, name: str) -> bool:
        return False

    def kind(self, name: str) -> str | None:
        return self.kinds.get(name)


def marked(source: str) -> tuple[str, list[Entity]]:
    """The plain text and its entities."""
    text, entities, position = "", {}, 0
    for match in MENTION.finditer(source):
        text += source[position : match.start()]
        written, name, kind = match.group(1), match.group(2) or match.group(1), match.group(3)
        start = len(text)
        text += written
        entity = entities.setdefault(
            name,
            Entity(
                id=f"e{len(entities) + 1}",
                type=kind,
                name=name,
                mentions=[],
                code=COUNTRIES.get(name) if kind == "LOC" else None,
            ),
        )
        entity.mentions.append(Mention(start=start, end=len(text), text=written))
        position = match.end()
    text += source[position:]
    return text, list(entities.values())


def regions(text: str) -> list[tuple[int, int]]:
    """Each non-empty line."""
    found, start = [], 0
    for line in text.split("\n"):
        if line.strip():
            found.append((start, start + len(line)))
        start += len(line) + 1
    return found


def quotes(source: str) -> list[Quote]:
    """The quotes the rules find in a marked text."""
    text, entities = marked(source)
    found = read(text, regions(text), entities, posts, cases=cases)
    for quote in found:
        assert text[quote.start : quote.end] == quote.text
    return found


def said(source: str) -> list[tuple[str | None, str, str]]:
    """(speaker's name, kind, what is said) of each quote."""
    return [(quote.speaker_name, quote.kind, quote.text) for quote in quotes(source)]
