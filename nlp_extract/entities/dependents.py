"""An organisation's name goes on through the body it is attached to and the matter it
deals with: "Совета при Президенте РФ по развитию информационного общества", "ГУ МЧС
России по Санкт-Петербургу", "Комитета по правам человека" are one name each, as
factRuEval and NEREL write them. Not what says how or when ("Минфин по итогам года",
"МВД по запросу прокуратуры", "при задержании"), nor a post's matter ("спецпредставитель
ООН по Сирии", "директора НАСА по космическим полётам Билл Герстенмайер")."""

from __future__ import annotations

import re

from ..constants import LOC, ORG, PER
from ..lexicon.grammar import ADJECTIVE_WORD, PREPOSITIONS
from ..morphology import Cases
from .spans import NameSpan

# the nouns of bodies named by what they deal with: the head of a mention after
# adjectives ("Следственного комитета", "Совета при Президенте"; not "Совета Федерации")
BODY = re.compile(
    r"(?:совет|комитет|комисси|бюро|отдел|управлени|групп|служб|агентств|федераци"
    r"|организаци|ассоциаци|союз|центр|департамент|инспекци|сборн|движени|фронт|палат"
    r"|штаб|фонд|трибунал|коллеги)\w*"
)
# a preposition of what a body deals with, and the case its words are in
PREPOSITION = re.compile(r"[ \u00a0](при|по|против)[ \u00a0]")
CASE = {"при": "Loc", "по": "Dat", "против": "Gen"}
# whom a body is attached to ("при Президенте", "при прокуратуре", "при главном
# архитекторе Москвы"): a name, a body, a post
HOST = re.compile(
    r"[А-ЯЁA-Z].*|(?:президент|правительств|прокуратур|министерств|губернатор|мэр"
    r"|архитектор|администраци|патриарх|ректор|посольств|министр)\w*"
)
# a territory a body's office serves ("ГУ МВД по Москве", "МВД по городу Москве")
TERRITORY = re.compile(r"[А-ЯЁ].*|(?:город|област|кра|округ|район|республик|регион)\w*")
# the words after "по" or "при" that say how, when or why, not what about: "по итогам
# года", "по словам", "по запросу", "при поддержке"
CIRCUMSTANCES = frozenset(
    {
        "итогам", "словам", "данным", "мнению", "поводу", "случаю", "причине", "просьбе",
        "инициативе", "требованию", "телефону", "телевидению", "радио", "адресу",
        "состоянию", "сведениям", "информации", "оценкам", "оценке", "подсчетам",
        "подсчётам", "версии", "решению", "приглашению", "результатам", "ходу", "мере",
        "сути", "существу", "возможности", "сравнению", "линии", "плану", "графику",
        "праву", "закону", "заявлению", "прогнозам", "прогнозу", "указанию",
        "распоряжению", "приказу", "согласованию", "окончании", "завершении", "факту",
        "обвинению", "подозрению", "статье", "делу", "месту", "всей", "всему", "всем",
        "поддержке", "участии", "этом", "помощи", "содействии", "условии", "необходимости",
        "посредничестве", "жизни", "встрече", "попытке", "том", "наличии", "отсутствии",
        "этому", "тому", "крайней", "меньшей", "большей", "сообщению", "сообщениям",
        "время", "сей", "запросу", "поручению", "жалобе", "вине", "признакам",
        "материалам", "следам", "видеосвязи", "пенальти", "части", "неофициальным",
        "официальным", "предварительным", "своей", "своему", "воле",
    }
)  # fmt: skip
WORD = re.compile(r"[ \u00a0]([\w-]+)")
ABBREVIATION = re.compile(r"[A-ZА-ЯЁ]{2,}")
GENITIVE = frozenset({"Gen"})
# a post whose matter follows its organisation: "спецпредставитель ООН по Сирии"
POST_BEFORE = re.compile(
    r"(?:представител|посланник|уполномоченн|посл[аоу]|заместител|советник)\w*\s+$",
    re.IGNORECASE,
)
# how many words a preposition governs, and how many prepositions a name chains
REACH = 6
CHAIN = 2


def with_dependents(text: str, spans: list[NameSpan], cases: Cases) -> list[NameSpan]:
    """Each organisation's mention with what follows it of its name: a country or
    region's name in the genitive, then "при X", "по X", "против X" after a body's
    noun; "по" and a territory after an abbreviation ("ГУ МВД по Москве"). The places,
    people and parent bodies named inside stay mentions of their own, nested in it, as
    NEREL has them; a person's name right after makes them a post's words."""
    spans = with_units(text, spans)
    places = {span.start: span.end for span in spans if span.type == LOC}
    out = []
    for number, span in enumerate(spans):
        out.append(span)
        shape = shape_of(text[span.start : span.end].split())
        if span.type != ORG or span.has_descriptor or shape is None:
            continue
        if any(o.start < span.start and span.end <= o.end for o in out[-4:-1]):
            continue  # the parent body nested in "ГУ МВД": the whole name goes on
        if shape == "abbreviated" and POST_BEFORE.search(text, max(0, span.start - 30), span.start):
            continue
        end = span.end
        following = [o for o in spans[number + 1 :] if o.start >= end]  # none nested
        if following and following[0].type == LOC and text[end : following[0].start] == " ":
            end = following[0].end  # "ГУ МЧС России по …": the country between
        # never over another organisation or a person: "комитета при прокуратуре и МВД"
        other = next((o.start for o in following if o.type in (ORG, PER)), len(text))
        reading = Reading(text, cases, places, other, shape == "abbreviated")
        stretched = reading.dependents_end(end)
        if stretched is None or named_after(text, stretched, following):
            continue
        # "Совета при Президенте" was a name cut short; so was a department's ("ГУ МВД")
        if shape == "headed" or UNIT.fullmatch(text[span.start : span.end].split()[0]):
            out[-1] = NameSpan(span.start, stretched, ORG)
        else:  # "МВД" of "МВД по Москве" is the body the other belongs to
            out[-1:] = [NameSpan(span.start, stretched, ORG), span]
    return out


# a department's abbreviation before its parent body's: "ГУ МВД", "ГСУ СК", "ТУ Росимущества"
UNIT = re.compile(r"Г?С?У|ТУ|ОВД")


def with_units(text: str, spans: list[NameSpan]) -> list[NameSpan]:
    """A department's abbreviation and its parent body's name right after it are one
    organisation ("ГУ МВД России"), the parent's mention nested in it, where the NER
    gave two."""
    out: list[NameSpan] = []
    for number, span in enumerate(spans):
        parent = spans[number + 1] if number + 1 < len(spans) else None
        if (
            parent is not None
            and span.type == ORG == parent.type
            and UNIT.fullmatch(text[span.start : span.end])
            and text[span.end : parent.start] == " "
        ):
            out.append(NameSpan(span.start, parent.end, ORG))
        else:
            out.append(span)
    return out


def shape_of(words: list[str]) -> str | None:
    """ "headed": a body's noun after adjectives only, what it deals with after it or
    not ("Следственного комитета", "Совета при Президенте"; not "Совета Федерации");
    "abbreviated": abbreviations only ("ГУ МВД"); else None."""
    if all(map(ABBREVIATION.fullmatch, words)):
        return "abbreviated"
    # the first word no adjective, or the last ("сборная" is a noun)
    head = next((n for n, word in enumerate(words) if not ADJECTIVE_WORD.fullmatch(word)), None)
    head = len(words) - 1 if head is None else head
    if not BODY.fullmatch(words[head].lower()):
        return None
    rest = words[head + 1 : head + 2]
    return "headed" if not rest or rest[0] in CASE else None


def named_after(text: str, end: int, following: list[NameSpan]) -> bool:
    """Whether a person's name follows right after `end`."""
    person = next((o for o in following if o.start >= end), None)
    return person is not None and person.type == PER and not text[end : person.start].strip()


class Reading:
    """The words after an organisation's mention, read for what of its name they are:
    `places` maps a place mention's start to its end, nothing is read from `limit` on,
    and after an abbreviation only "по" and a territory are ("ГУ МВД по Москве")."""

    def __init__(
        self, text: str, cases: Cases, places: dict[int, int], limit: int, abbreviated: bool
    ) -> None:
        self.text, self.cases, self.places = text, cases, places
        self.limit, self.abbreviated = limit, abbreviated

    def dependents_end(self, at: int) -> int | None:
        """Where the words the prepositions from `at` open end ("при Президенте РФ по
        развитию информационного общества"), or None when none opens there."""
        end = None
        for _ in range(CHAIN):
            preposition = PREPOSITION.match(self.text, at)
            if preposition is None:
                break
            words_end = self.governed_end(preposition.end() - 1, preposition.group(1))
            if words_end is None:
                break
            end = at = words_end
        return end

    def governed_end(self, at: int, preposition: str) -> int | None:
        """Where the words a preposition governs end, or None when they say how or when
        or are no body's matter: the first in its case, then words in it or the
        genitive (an abbreviation may be either: "РФ"), "и" between two, a place whole
        ("по Республике Татарстан")."""
        case, end, words, position = CASE[preposition], None, 0, at
        while words < REACH and (word := WORD.match(self.text, position)):
            said = word.group(1)
            if word.start(1) >= self.limit or said.lower() in CIRCUMSTANCES:
                return None if said.lower() in CIRCUMSTANCES else end
            if end is None and not self.opens(said, preposition, word.end()):
                return None
            if said == "и" and end is not None:
                position = word.end()
                continue
            if word.start(1) in self.places:  # a place's name, whatever its case
                end = position = self.places[word.start(1)]
                words += 1
                continue
            read = GENITIVE if ABBREVIATION.fullmatch(said) else self.cases(said)
            wanted = {case} if end is None else {case, "Gen"}
            # another preposition ends them (a chain of "при" and "по" goes on above)
            if said.lower() in PREPOSITIONS or not read & wanted:
                break
            end, words, position = word.end(), words + 1, word.end()
        return end

    def opens(self, said: str, preposition: str, after: int) -> bool:
        """Whether a word may open a body's dependents: after an abbreviation a
        territory after "по"; after "при" a name, a body or a post, an adjective before
        it or not ("при главном архитекторе")."""
        if self.abbreviated:
            return preposition == "по" and TERRITORY.fullmatch(said) is not None
        if preposition != "при":
            return True
        if ADJECTIVE_WORD.fullmatch(said) and (noun := WORD.match(self.text, after)):
            said = noun.group(1)
        return HOST.fullmatch(said) is not None
