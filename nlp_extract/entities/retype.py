"""Type repairs: datelines, quoted names, the gazetteer, one type per name in a document."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace

from ..constants import CLOSING_QUOTES, DOUBLE_QUOTES, LOC, OPENING_QUOTES, ORG, PER, fold_key
from ..morphology import Morphology
from ..overlap import SpanIndex
from ..reading.page import DATELINE
from .gazetteer import Gazetteer
from .likeness import PATRONYMIC
from .spans import WORD, NameSpan, by_position


def dateline(text: str, regions: Iterable[tuple[int, int]]) -> list[NameSpan]:
    """The city (LOC) and agency (ORG) of every dateline that opens a content region."""
    found = []
    for start, end in regions:
        match = DATELINE.match(text, start, end)
        if not match:
            continue
        found.append(NameSpan(match.start("city"), match.end("city"), LOC))
        if match.group("agency"):
            found.append(NameSpan(match.start("agency"), match.end("agency"), ORG))
    return found


# what no name opens with: "О …", "В городе …", "Я …", "Чем …", "Не …"
OPENING_NO_NAME = ("PREP", "CONJ", "PRCL", "NPRO")
QUOTED = re.compile(rf"[{OPENING_QUOTES}\"]([^{DOUBLE_QUOTES}\n]{{2,80}})[{CLOSING_QUOTES}\"]")


def quoted_names(text: str, mentions: list[NameSpan], morphology: Morphology) -> list[NameSpan]:
    """A quoted phrase that holds a place and more words is an organisation: «Голос
    Америки», «Друзья культуры Азербайджана»; not a title, slogan or quotation that
    holds one: «О муниципальной службе в РФ», «Я лечу над Россией», «Украина превыше
    всего!», «Калязин — Сергиев Посад» (see reads_as_name)."""
    found = []
    for mention in mentions:
        if mention.type != LOC:
            continue
        window = max(0, mention.start - 80)
        for match in QUOTED.finditer(text, window, min(len(text), mention.end + 80)):
            inner = match.group(1)
            if (
                match.start(1) <= mention.start
                and mention.end <= match.end(1)
                and (match.start(1), match.end(1)) != (mention.start, mention.end)
                and inner[:1].isupper()
                and len(inner.split()) <= 6
                and reads_as_name(inner, morphology)
            ):
                found.append(NameSpan(match.start(1), match.end(1), ORG))
    return found


def reads_as_name(phrase: str, morphology: Morphology) -> bool:
    """A phrase that can be a name: no finite verb (an infinitive may be a noun's
    homonym: «Вести Москвы»), no "!" or "?", no spaced dash between two names, and no
    preposition, conjunction, particle or pronoun to open it."""
    if any(mark in phrase for mark in "!?") or re.search(r"\s[—–-]\s", phrase):
        return False
    tags = [morphology.likeliest_tag(word.lower()) for word in WORD.findall(phrase)]
    if not tags or any(gram in tags[0] for gram in OPENING_NO_NAME):
        return False
    return not any("VERB" in tag for tag in tags)


def known_places(
    text: str,
    mentions: list[NameSpan],
    regions: Iterable[tuple[int, int]],
    gazetteer: Gazetteer,
    morphology: Morphology,
) -> list[NameSpan]:
    """Countries, regions and cities the NER missed ("… стран Европы"), and organisations
    known by one word ("выделении Интерполу гранта"): a capitalised word inside a
    sentence whose dictionary form is in the gazetteer and is not a person's name
    ("Владимир", "София")."""
    covered = SpanIndex([(m.start, m.end) for m in mentions])
    added = []
    for start, end in regions:
        words = list(WORD.finditer(text, start, end))
        for word in words[1:]:  # a sentence's first word is capitalised anyway
            surface = word.group()
            if (
                not surface[:1].isupper()
                or surface.isupper()
                or covered.overlapping(word.start(), word.end())
            ):
                continue
            kinds = {gazetteer.type_of(lemma) for lemma in morphology.lemmas(surface)}
            kind = LOC if LOC in kinds else ORG if ORG in kinds else None
            if kind is not None and not morphology.is_person_name(surface):
                added.append(NameSpan(word.start(), word.end(), kind))
    return by_position(mentions + added) if added else mentions


def place_off(
    text: str, mentions: list[NameSpan], gazetteer: Gazetteer, morphology: Morphology
) -> list[NameSpan]:
    """NER runs a place into the person after it ("Арканзас Уинтроп О. Рокфеллер", a
    caption's "Франция Эммануэль Макрон"): a PER mention of three words or more whose
    first word is a known place and no first name is a place and a person."""
    out = []
    for mention in mentions:
        first = WORD.match(text, mention.start, mention.end) if mention.type == PER else None
        rest = text[first.end() : mention.end].split() if first else []
        if (
            first
            and len(rest) >= 2
            and not morphology.is_first_name(first.group())
            and LOC in {gazetteer.type_of(lemma) for lemma in morphology.lemmas(first.group())}
        ):
            out.append(NameSpan(mention.start, first.end(), LOC))
            start = (
                first.end()
                + len(text[first.end() : mention.end])
                - len(text[first.end() : mention.end].lstrip())
            )
            mention = replace(mention, start=start, name_start=start)
        out.append(mention)
    return out


def join_name_parts(text: str, mentions: list[NameSpan], morphology: Morphology) -> list[NameSpan]:
    """A first name or surname tagged apart from the rest of the person joins it:
    "правления Меиржана (ORG) Юсупова (PER)" is one person, and so is the surname
    before a first name and patronymic ("Суркова Владислава Юрьевича"). Nothing joins
    before a first name and surname: "президент Сальвадора Франсиско Флорес", "шериф
    округа Харрис Эд Гонзалес" name a place, then the person."""
    out: list[NameSpan] = []
    for mention in mentions:
        if out:
            last = out[-1]
            pair = {last.type, mention.type}
            between = text[last.end : mention.start]
            other = mention if last.type == PER else last
            if (
                PER in pair
                and pair != {PER}
                and between == " "
                and " " not in text[other.start : other.end]
                and morphology.is_person_name(text[other.start : other.end])
                and not (other is last and opens_with_full_name(text, mention, morphology))
            ):
                out[-1] = NameSpan(last.start, mention.end, PER)
                continue
        out.append(mention)
    return out


def opens_with_full_name(text: str, mention: NameSpan, morphology: Morphology) -> bool:
    """The mention starts with two words neither of which is a patronymic: a first
    name and surname ("Франсиско Флорес", "Роман Абрамович"), where a patronymic would
    follow a first name the surname may stand before ("Суркова | Владислава Юрьевича").
    A patronymic is the dictionary's, or a word it does not know with a patronymic's
    ending ("Андарбекович")."""
    words = text[mention.start : mention.end].split()
    return len(words) >= 2 and not any(
        morphology.is_patronymic(word)
        or (PATRONYMIC.search(word.lower()) is not None and not morphology.is_known(word.lower()))
        for word in words[:2]
    )


def retype_known(mentions: Sequence[NameSpan], gazetteer: Gazetteer) -> list[NameSpan]:
    """Known countries, regions and cities are LOC; known organisations are ORG. A name
    with its descriptor keeps its type: «Москва» of "агентства «Москва»" is no city. A
    person keeps it too, unless the name is a country the text names as a place
    elsewhere ("Эсватини" beside "Королевство Эсватини"): a rare country's name is
    no one's."""
    countries = {
        code
        for mention in mentions
        if mention.type == LOC and (code := gazetteer.country_code(mention.name))
    }
    out = []
    for mention in mentions:
        if mention.type == PER:
            known = LOC if gazetteer.country_code(mention.name) in countries else None
        else:
            known = None if mention.has_descriptor else gazetteer.type_of(mention.name)
        out.append(replace(mention, type=known) if known and known != mention.type else mention)
    return out


def majority_type(mentions: list[NameSpan]) -> list[NameSpan]:
    """A name seen with one type in most of its mentions gets that type in all of them;
    a name with its descriptor ("агентства «Москва»") neither votes nor changes."""
    votes: dict[str, Counter[str]] = {}
    for mention in mentions:
        if not mention.has_descriptor:
            votes.setdefault(fold_key(mention.name), Counter())[mention.type] += 1
    out = []
    for mention in mentions:
        counts = votes.get(fold_key(mention.name))
        if counts is None or mention.has_descriptor:
            out.append(mention)
            continue
        best, best_count = counts.most_common(1)[0]
        if best_count * 2 > sum(counts.values()) and best != mention.type:
            mention = replace(mention, type=best)
        out.append(mention)
    return out
