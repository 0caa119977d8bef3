"""A person's mention whose first word is no part of the name, read off: a title
("Император Акихито"), a form of address ("сэр Алекс Фергюсон"), a sentence's common
word ("Предшественник Кравцов"), an organisation NER ran into the person ("оператор
Аль-Джазиры Сами аль-Хадж")."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace

from ..constants import OPENING_QUOTES, ORG, PER
from .spans import NameSpan

TITLE_THEN_NAME = re.compile(r"(\S+)\s+(?=[A-ZА-ЯЁ])")
# "Шестидесятивосьмилетняя", "45-летний": an adjective of age
AGE = re.compile(r"[а-яё\d-]+летн(?:ий|яя|ее|его|ей|юю|им|ем|ие|их|ими|ему)")


def opening_word(text: str, mention: NameSpan) -> re.Match[str] | None:
    """A person's mention's first word, when a capitalised one follows it."""
    return TITLE_THEN_NAME.match(text, mention.start, mention.end) if mention.type == PER else None


def after_word(mention: NameSpan, word: re.Match[str]) -> NameSpan:
    """The mention from after its first word on."""
    name_start = word.end() if mention.name_start == mention.start else mention.name_start
    return replace(mention, start=word.end(), name_start=name_start)


# the letters a surname's case forms share ("адвока" of "Адвокат", "Адвоката")
STEM = 6


def title_off(
    text: str, mentions: Iterable[NameSpan], is_title: Callable[[str], bool]
) -> list[NameSpan]:
    """NER takes a capitalised title into the name ("Император Акихито", "Принц
    Чарльз"): a PER mention that opens with a position word before a capitalised
    word starts after it, so the title is read as the person's role; a person that is
    such a word alone, or an organisation or place that is one opening a sentence, is
    none."""
    mentions = list(mentions)
    # a post that is a surname of the text ("Дик Адвокат" … "Адвоката") stays a name
    surnames = {
        words[-1].lower()[:STEM]
        for m in mentions
        if m.type == PER and len(words := text[m.start : m.end].split()) > 1
    }
    out = []
    for mention in mentions:
        word = text[mention.start : mention.end]
        if (
            mention.type != PER
            and " " not in word
            and SENTENCE_START.search(text, max(0, mention.start - 3), mention.start)
            and is_title(word)
        ):
            continue  # a post that opens a sentence is no organisation: "Замглавы …"
        if mention.type == PER and " " not in word and is_title(word):
            if word.lower()[:STEM] not in surnames:
                continue  # a post alone is no name: "напомнил Папа" (the role finds him)
        found = opening_word(text, mention)
        if found and is_title(found.group(1)):
            mention = after_word(mention, found)
        out.append(mention)
    return out


def address_off(
    text: str, mentions: Iterable[NameSpan], is_address: Callable[[str], bool]
) -> list[NameSpan]:
    """A person's mention that opens with a form of address before a capitalised word
    starts after it ("сэр Алекс Фергюсон", "господина Лесина"), as NEREL writes names; a
    word of address alone stays what it is (the surname "Сеньор", a shop «Мадам»)."""
    return opening_off(text, mentions, lambda word, _: is_address(word))


# what may stand before the first word of a sentence
SENTENCE_START = re.compile(rf"(?:^|[.!?…]\s*|\n\s*|[—–-]\s+|[{OPENING_QUOTES}\"]\s*)$")


def common_word_off(
    text: str, mentions: Iterable[NameSpan], is_common: Callable[[str], bool]
) -> list[NameSpan]:
    """A sentence's capitalised first word is no part of the name NER joins it to
    ("Предшественник Кравцов", "Поп-звезда Мадонна"): a PER mention that opens a
    sentence with a common noun or adjective of the dictionary, or a compound of age the
    dictionary lacks ("Шестидесятивосьмилетняя Руссефф"), starts after it."""
    return opening_off(
        text,
        mentions,
        lambda word, mention: (
            SENTENCE_START.search(text, max(0, mention.start - 3), mention.start) is not None
            and (is_common(word) or AGE.fullmatch(word.lower()) is not None)
        ),
    )


def opening_off(
    text: str, mentions: Iterable[NameSpan], is_off: Callable[[str, NameSpan], bool]
) -> list[NameSpan]:
    """Each person's mention from after its opening word on, where `is_off` tells that
    word (and the mention) is no part of the name."""
    out = []
    for mention in mentions:
        found = opening_word(text, mention)
        if found and is_off(found.group(1), mention):
            mention = after_word(mention, found)
        out.append(mention)
    return out


def organisation_off(
    text: str, mentions: Iterable[NameSpan], is_organisation: Callable[[str], bool]
) -> list[NameSpan]:
    """NER runs an organisation into the person after it ("оператор Аль-Джазиры Сами
    аль-Хадж", "лидера Аль-Кайды Усамы бин Ладена"): a PER mention of three words or
    more whose first word the dictionary knows as an organisation's name is two."""
    out = []
    for mention in mentions:
        found = opening_word(text, mention)
        rest = text[found.end() : mention.end].split() if found else []
        if found and len(rest) >= 2 and is_organisation(found.group(1)):
            out.append(NameSpan(mention.start, mention.start + len(found.group(1)), ORG))
            mention = replace(mention, start=found.end(), name_start=found.end())
        out.append(mention)
    return out
