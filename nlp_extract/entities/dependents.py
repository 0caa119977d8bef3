"""An organisation's name goes on through the body it is attached to and the matter it
deals with: "Совета при Президенте РФ по развитию информационного общества", "ГУ МЧС
России по Санкт-Петербургу", "комитета ООН против пыток" are one name each, as
factRuEval and NEREL write them; "Минфин по итогам года" and "при поддержке" are not."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..constants import LOC, ORG, PER
from ..lexicon.grammar import ADJECTIVE_WORD
from .spans import NameSpan

# the nouns of bodies named by what they deal with, the head of a mention that ends in
# one after adjectives only ("Следственного комитета", not "Совета Федерации")
BODY = re.compile(
    r"(?:совет|комитет|комисси|бюро|отдел|управлени|групп|служб|агентств|федераци"
    r"|организаци|ассоциаци|союз|центр|департамент|инспекци|сборн|движени|фронт|палат"
    r"|штаб|фонд|трибунал|коллеги)\w*"
)
# a preposition of what a body deals with, and the case its words are in
PREPOSITION = re.compile(r"[ \u00a0](при|по|против)[ \u00a0]")
CASE = {"при": "Loc", "по": "Dat", "против": "Gen"}
# the words after "по" or "при" that say how or when, not what about: "по итогам года",
# "по словам", "при поддержке"
CIRCUMSTANCES = frozenset(
    {
        "итогам", "словам", "данным", "мнению", "поводу", "случаю", "причине", "просьбе",
        "инициативе", "требованию", "телефону", "телевидению", "радио", "адресу",
        "состоянию", "сведениям", "информации", "оценкам", "подсчетам", "подсчётам",
        "версии", "решению", "приглашению", "результатам", "ходу", "мере", "сути",
        "существу", "возможности", "сравнению", "линии", "плану", "графику", "праву",
        "закону", "заявлению", "прогнозам", "указанию", "распоряжению", "приказу",
        "согласованию", "окончании", "завершении", "факту", "обвинению", "подозрению",
        "статье", "делу", "месту", "всей", "всему", "всем", "поддержке", "участии",
        "этом", "помощи", "содействии", "условии", "необходимости", "посредничестве",
        "жизни", "встрече", "попытке", "том", "наличии", "отсутствии", "этому", "тому",
        "крайней", "меньшей", "большей", "сообщению", "сообщениям", "время", "сей",
    }
)  # fmt: skip
WORD = re.compile(r"[ \u00a0]([\w-]+)")
ABBREVIATION = re.compile(r"[A-ZА-ЯЁ]{2,}")
GENITIVE = frozenset({"Gen"})
# prepositions end the words another governs (a chain of "при" and "по" goes on)
PREPOSITIONS = frozenset({"в", "во", "на", "с", "со", "по", "при", "для", "от", "до", "из", "за"})
# how many words what a body deals with may hold
REACH = 6

Cases = Callable[[str], frozenset[str]]


def with_dependents(text: str, spans: list[NameSpan], cases: Cases) -> list[NameSpan]:
    """Each organisation's mention with what follows it of its name: a country or
    region's name in the genitive, then "при X", "по X", "против X", after a body's
    noun or an abbreviation ("ГУ МВД"). The places, people and parent bodies named
    inside stay mentions of their own, nested in it, as NEREL has them. Words a name
    follows are a post's ("заместитель директора НАСА по космическим полётам Билл
    Герстенмайер"), no body's."""
    out = []
    for number, span in enumerate(spans):
        out.append(span)
        shape = shape_of(text[span.start : span.end].split())
        if span.type != ORG or span.has_descriptor or shape is None:
            continue
        end = span.end
        following = spans[number + 1 :]
        if following and following[0].type == LOC and text[end : following[0].start] == " ":
            end = following[0].end  # "ГУ МЧС России по …": the country between
        # never over another organisation: "комитета при прокуратуре и МВД по …"
        other = next((o.start for o in following if o.type == ORG), len(text))
        stretched = dependents_end(text, end, cases, other)
        if stretched is None or named_after(text, stretched, following):
            continue
        if shape == "headed":  # "Совета при Президенте" was a name cut short
            out[-1] = NameSpan(span.start, stretched, ORG)
            continue
        # "МВД" of "МВД по Москве" is the body the other belongs to, a name of its own
        out[-1:] = [NameSpan(span.start, stretched, ORG), span]
    return out


def shape_of(words: list[str]) -> str | None:
    """ "headed": a body's noun after adjectives only, what it deals with after it or
    not ("Следственного комитета", "Совета при Президенте"; not "Совета Федерации");
    "abbreviated": abbreviations only ("ГУ МВД"); else None."""
    if all(map(ABBREVIATION.fullmatch, words)):
        return "abbreviated"
    head = next((n for n, word in enumerate(words) if not ADJECTIVE_WORD.fullmatch(word)), None)
    if head is None or not BODY.fullmatch(words[head].lower()):
        return None
    rest = words[head + 1 : head + 2]
    return "headed" if not rest or rest[0] in CASE else None


def named_after(text: str, end: int, following: list[NameSpan]) -> bool:
    """Whether a person's name follows right after `end`."""
    person = next((o for o in following if o.start >= end), None)
    return person is not None and person.type == PER and not text[end : person.start].strip()


def dependents_end(text: str, at: int, cases: Cases, limit: int | None = None) -> int | None:
    """Where the words the prepositions from `at` open end ("при Президенте РФ по
    развитию информационного общества"), or None when none opens there; none past
    `limit`."""
    end = None
    while (preposition := PREPOSITION.match(text, at)) is not None:
        case = CASE[preposition.group(1)]
        words_end = governed_end(text, preposition.end() - 1, case, cases, limit or len(text))
        if words_end is None:
            break
        end = at = words_end
    return end


def governed_end(text: str, at: int, case: str, cases: Cases, limit: int) -> int | None:
    """Where the words a preposition governs end: the first in its case and not a word
    of how or when ("по итогам"), then words in it or the genitive (an abbreviation
    may be either: "РФ"), "и" between two."""
    end, words, position = None, 0, at
    while words < REACH and (word := WORD.match(text, position)) and word.start(1) < limit:
        said = word.group(1)
        if said == "и" and end is not None:
            position = word.end()
            continue
        read = GENITIVE if ABBREVIATION.fullmatch(said) else cases(said)
        wanted = {case} if end is None else {case, "Gen"}
        if said.lower() in CIRCUMSTANCES | PREPOSITIONS or not read & wanted:
            break
        end, words, position = word.end(), words + 1, word.end()
    return end
