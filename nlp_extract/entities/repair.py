"""Span repairs on natasha's NER output, as general rules over character spans.

- split: one span over a list or a bracketed alias ("Ши Тао (Shi Tao)",
  "Йемен • Замбия") becomes one mention per name;
- trim: stray punctuation, bullets and unbalanced brackets at the edges;
- quotes: a span that opens a quote closes it ("Агентства "Узатом" → …"Узатом"");
- descriptors: in "Агентства «Узатом»" the mention is the name «Узатом» (as in
  factRuEval's org_name) while the canonical name keeps the descriptor;
- drop: numbers, Roman numerals and bare legal forms are never entities.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from .mentions import Mention

OPEN_QUOTES = "«“„"
CLOSE_QUOTES = "»”“"
STRAIGHT_QUOTES = "\"'"
# Split points inside one NER span: list bullets, semicolons, line breaks, and for
# people and places also commas ("Овечкин, Фёдоров").
SEPARATORS = {"PER": r"[•·;|\n\r,]", "LOC": r"[•·;|\n\r,]", "ORG": r"[•·;|\n\r]"}
EDGE_JUNK = " \t\r\n-–—•·,.;:!?/\\*+=_"
ROMAN_OR_NUMBER = re.compile(r"^(?:[IVXLCDM]+|\d[\d.,]*)(?:\s*[-–—]\s*(?:[IVXLCDM]+|\d[\d.,]*))?$")
INITIAL_END = re.compile(r"(?:^|[\s.])[A-ZА-ЯЁ]\.$")
# Legal forms and descriptor nouns that stand before a quoted organisation name.
LEGAL_FORMS = {
    "ао",
    "оао",
    "зао",
    "пао",
    "ооо",
    "нао",
    "гуп",
    "муп",
    "фгуп",
    "гбу",
    "фгбу",
    "ано",
    "нко",
    "тоо",
    "ип",
    "ук",
    "нпо",
    "фк",
    "хк",
    "пк",
    "ск",
    "гк",
    "рфпи",
}
DESCRIPTORS = LEGAL_FORMS | {
    "агентство",
    "компания",
    "корпорация",
    "госкорпорация",
    "концерн",
    "холдинг",
    "группа",
    "банк",
    "фонд",
    "партия",
    "движение",
    "газета",
    "журнал",
    "издание",
    "телеканал",
    "радиостанция",
    "радио",
    "институт",
    "университет",
    "центр",
    "завод",
    "комбинат",
    "театр",
    "клуб",
    "союз",
    "ассоциация",
    "объединение",
    "служба",
    "министерство",
    "ведомство",
    "комитет",
    "фирма",
    "организация",
    "предприятие",
    "оператор",
    "сеть",
    "издательство",
    "студия",
    "музей",
    "галерея",
    "фабрика",
    "трест",
    "кооператив",
    "общество",
    "товарищество",
    "управление",
    "департамент",
    "бюро",
    "академия",
    "лаборатория",
    "инициатива",
    "коалиция",
    "блок",
    "фракция",
    "клиника",
    "больница",
    "школа",
    "колледж",
    "лицей",
    "риа",
    "иа",
    "тк",
    "гостиница",
    "отель",
}
# Common nouns natasha tags as organisations although they name no one.
NOT_NAMES = {"сми", "интернет", "соцсети", "вуз", "вузы", "аэс", "гэс", "тэц", "нии", "жкх"}


def split(text: str, mentions: Iterable[Mention]) -> Iterator[Mention]:
    """One mention per name: cut at list separators and around bracketed aliases."""
    for mention in mentions:
        pattern = SEPARATORS.get(mention.type, r"[•·;|\n\r]") + r"|[()\[\]]"
        start = mention.start
        for match in re.finditer(pattern, text[mention.start : mention.end]):
            cut = mention.start + match.start()
            yield Mention(start, cut, mention.type)
            start = cut + 1
        yield Mention(start, mention.end, mention.type)


def trim(text: str, mention: Mention) -> Mention:
    """Strip junk from both edges; keep the dot of a trailing initial ("А. С. Пушкин" → "С.")."""
    start, end = mention.start, mention.end
    while start < end and text[start] in EDGE_JUNK:
        start += 1
    while start < end and text[end - 1] in EDGE_JUNK:
        if text[end - 1] == "." and INITIAL_END.search(text[start:end]):
            break
        end -= 1
    return Mention(start, end, mention.type)


def quote_balance(text: str) -> int:
    """Positive when quotes open more than they close."""
    opened = sum(text.count(q) for q in OPEN_QUOTES if q not in CLOSE_QUOTES)
    closed = sum(text.count(q) for q in CLOSE_QUOTES if q not in OPEN_QUOTES)
    straight = sum(text.count(q) for q in STRAIGHT_QUOTES) % 2
    return opened - closed + straight


def balance_quotes(text: str, mention: Mention, reach: int = 60) -> Mention:
    """Close an opened quote if the closing one follows within the same phrase, else drop it."""
    start, end = mention.start, mention.end
    if quote_balance(text[start:end]) > 0:
        tail = re.match(rf"[^\n\r«»\"“”„.!?;]{{0,{reach}}}?[»\"”“]", text[end:])
        if tail:
            end += tail.end()
        else:
            while start < end and (text[start] in OPEN_QUOTES + STRAIGHT_QUOTES):
                start += 1
            cut = max(text.rfind(q, start, end) for q in OPEN_QUOTES + STRAIGHT_QUOTES)
            if cut >= start:
                end = cut
    elif (
        quote_balance(text[start:end]) < 0
        and start
        and text[start - 1] in OPEN_QUOTES + STRAIGHT_QUOTES
    ):
        start -= 1
    return trim(text, Mention(start, end, mention.type))


def name_in_quotes(text: str, mention: Mention) -> Mention:
    """ "ОАО «Газпром»": the mention is the quoted name, the canonical span keeps the descriptor."""
    found = re.search(r"[«\"“„]([^«»\"“”„]+)[»\"”“]\s*$", text[mention.start : mention.end])
    if mention.type != "ORG" or not found:
        return mention
    inner = Mention(mention.start + found.start(1), mention.start + found.end(1), mention.type)
    inner.name_start = mention.start
    inner.name_end = mention.end
    return inner


def descriptor_before(text: str, mention: Mention, lemma: Callable[[str], str]) -> None:
    """Widen the canonical span over a descriptor before a quoted name ("госкорпорации «Росатом»")."""
    if mention.type != "ORG" or mention.name_start != mention.start:
        return
    window = max(0, mention.start - 40)
    found = re.search(r"([А-ЯЁа-яёA-Za-z-]+)\s*[«\"“„]$", text[window : mention.start])
    closing = text[mention.end : mention.end + 1]
    if found and closing and closing in '»"”“' and lemma(found.group(1)) in DESCRIPTORS:
        mention.name_start = window + found.start(1)
        mention.name_end = mention.end + 1


def is_name(text: str, mention: Mention) -> bool:
    """Drop numbers, Roman numerals, bare legal forms and common nouns."""
    surface = text[mention.start : mention.end]
    if not re.search(r"[A-Za-zА-ЯЁа-яё]{2}", surface) or ROMAN_OR_NUMBER.match(surface):
        return False
    words = surface.lower().split()
    return not all(word in LEGAL_FORMS or word in NOT_NAMES for word in words)


TITLE_THEN_NAME = re.compile(r"(\S+)\s+(?=[A-ZА-ЯЁ])")


def title_off(text: str, mentions: Iterable[Mention], is_title: Callable[[str], bool]) -> None:
    """NER takes a capitalised title into the name ("Император Акихито", "Принц
    Чарльз"): a PER mention that opens with a position word before a capitalised
    word starts after it, so the title is read as the person's role."""
    for mention in mentions:
        if mention.type != "PER":
            continue
        found = TITLE_THEN_NAME.match(text, mention.start, mention.end)
        if found and is_title(found.group(1)):
            if mention.name_start == mention.start:
                mention.name_start = found.end()
            mention.start = found.end()


def repair(text: str, mentions: Iterable[Mention], lemma: Callable[[str], str]) -> list[Mention]:
    """All span repairs, in order; the result is sorted and free of empty or duplicate spans."""
    repaired: dict[tuple[int, int], Mention] = {}
    for piece in split(text, mentions):
        piece = balance_quotes(text, trim(text, piece))
        if piece.end <= piece.start:
            continue
        piece = name_in_quotes(text, piece)
        if not is_name(text, piece):
            continue
        descriptor_before(text, piece, lemma)
        repaired.setdefault((piece.start, piece.end), piece)
    return sorted(repaired.values(), key=lambda m: (m.start, m.end))
