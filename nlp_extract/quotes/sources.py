"""Sources: `По словам X, …`, `со слов X`, `Согласно X`, `Как сообщается на сайте X`,
and a source an outlet reports through (`По информации X, …, сообщает РБК`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from ..lexicon.grammar import ADJECTIVE_WORD, PREPOSITIONS
from ..lexicon.quotes import ABOUT_REPORTED, ACCORDING, AS_REPORTED, CONNECTORS, CUE
from ..morphology import Cases
from .said import Said
from .sides import about_this, pieces, zone_to_comma
from .text import Sentence, around, clause, has_words, words
from .zones import Zone, group_named

# a source's words longer than this run on past a comma the writer left out
SOURCE_WORDS = 6
# a word of a source's words, a name in quotation marks whole
SOURCE_WORD = re.compile(r"[«\"„][^«»\"„“\n]{1,40}[»\"“]|[\w-]+")
# words that go on with a source however a dictionary reads them: Latin letters,
# capitals ("агентства Bloomberg", "МВД России"), a name in quotation marks
NAME_GOES_ON = re.compile(r"[«\"„]|[A-Za-z]|[A-ZА-ЯЁ]{2,}(?![а-яё])")


# "начинается со слов", "начал выступление со слов благодарности": what a thing begins
# with, no one's account
STARTS_WITH = re.compile(
    r"(?<![\w-])(?:начина|начал|начн|заканчива|закончи|открыва|откры|заверш)\w*"
    r"(?:\s+[\w-]+)?\s+$",
    re.IGNORECASE,
)
QUOTED_AFTER = re.compile(r"\s*[«\"„]")


def any_case(word: str) -> frozenset[str]:
    """Without a dictionary any word may be a genitive: no source's words are cut."""
    return frozenset({"Gen"})


def source_words(text: str, zone: Zone, cases: Cases) -> Zone:
    """`По словам врачей Ричард Бах в момент …`: a source's words with no comma after
    them end before the first word, after the first, that is a number or a word the
    dictionary reads in cases other than the genitive only, unless a preposition
    governs it ("источника в силовых структурах", "за первый квартал 2023 года")."""
    found = list(SOURCE_WORD.finditer(text, zone.start, zone.end))
    if len(found) <= SOURCE_WORDS:
        return zone
    governed = just_governed = False
    for before, word in pairwise(found):
        said = word.group()
        if said.lower() in PREPOSITIONS:
            governed = True
            continue
        # a preposition governs its adjectives and numbers up to a noun, and a number
        # goes on right after it ("квартал 2023 года")
        if governed or (said.isdigit() and just_governed):
            governed = governed and bool(said.isdigit() or ADJECTIVE_WORD.fullmatch(said.lower()))
            just_governed = True
            continue
        just_governed = False
        read = frozenset() if NAME_GOES_ON.match(said) else cases(said)
        if said.isdigit() or (read and "Gen" not in read):
            return Zone(zone.start, before.end(), before=False)
    return zone


def according(text: str, sentence: Sentence, cases: Cases = any_case) -> list[Said]:
    """`По словам X, …`: the rest of the sentence, or both sides of it mid-sentence;
    `Как сообщается на сайте X, …` when X is named; `Об этом сообщается на сайте X`."""
    found = []
    whole = sentence
    for cue in ABOUT_REPORTED.finditer(text, whole.start, whole.end):
        sentence = around(whole, cue.start())
        found += about_this(text, sentence, (cue.start(), cue.end()), cue.start())
    for cue in AS_REPORTED.finditer(text, whole.start, whole.end):
        sentence = around(whole, cue.start())
        zone = zone_to_comma(text, cue.end(), sentence.end)
        start = cue.end() - len(cue.group().lstrip())  # "…, сообщается": the verb's
        found += pieces(text, sentence, (start, cue.end()), (zone,), cue.start())
    for cue in ACCORDING.finditer(text, whole.start, whole.end):
        sentence = around(whole, cue.start())
        span = (cue.start(), cue.end())
        if cue.group().lower().endswith(" слов") and (
            STARTS_WITH.search(text, max(0, cue.start() - 40), cue.start())
            or QUOTED_AFTER.match(text, cue.end())
        ):
            continue  # "Письмо начинается со слов «…»": the words a thing begins with
        if any(word in cue.group().lower().split() for word in ("его", "её", "ее", "их")):
            zone = Zone(cue.start(), cue.end(), before=False)
        else:
            zone = source_words(
                text, zone_to_comma(text, cue.end(), sentence.end, source=True), cases
            )
        # an opening "По данным …," needs no name, after a connector too ("Кроме того,
        # по данным обвинения, …"); "Согласно comScore, …" is a source's word only when
        # the source is one the text names
        before = " ".join(w.group().lower() for w in words(text, sentence.start, cue.start()))
        opening = not before or before in CONNECTORS
        named = cue.group().split()
        if len(named) > 1 and named[0].islower() and named[-1][0].isupper():
            continue  # "Комитет по Оценке СМИ": a name's words
        # "По предварительным данным, …" names no one: no quote without a name, and one
        # a comma closes ("По неофициальным данным «Ъ», …")
        described = cue.group("described") is not None
        if described and (
            text[zone.end : zone.end + 1] != "," or has_words(text, zone.start, zone.end, 7)
        ):
            continue
        # "Согласно СМИ, …": a group of people with no name speaks, as after a verb
        free = (opening and len(cue.group().split()) > 1 and not described) or group_named(
            text, zone
        )
        if CUE.match(text, clause(text, zone.end, sentence.end)[0]):
            continue  # "Полиция, по данным газеты, отметила, что": the verb's own subject
        found += pieces(text, sentence, span, (zone,), cue.start(), needs_speaker=not free)
    return found


# a source's words, not an act's: "По словам", "По информации", "По данным"
SOURCE_CUE = re.compile(r"по\s", re.IGNORECASE)


def through(text: str, said: Said, sources: Sequence[Said]) -> Said:
    """A quote a verb attributes after it ("…, сообщает РБК") whose words a source's
    attribution opens ("По информации представителей ООН, …"), with no other verb of
    speech between: the source speaks through the one who reports it, who speaks only
    when the source names no one. An act is no source ("согласно распоряжению
    президента, …, сообщает NEWSru.com")."""
    for source in sources:
        if (
            source.cue
            and SOURCE_CUE.match(text, source.cue[0])
            and said.cue
            and said.start <= source.cue[0]
            and source.start < said.end <= said.cue[0]
            # no one else speaks between: "…, однако Пентагон считает, что …" is his own
            and next(CUE.finditer(text, source.start, said.end), None) is None
        ):
            start = max(said.start, source.start)
            # both attributions read: it goes before the source's find alone
            rank = max(said.rank, source.rank + 1)
            return replace(said, start=start, zones=source.zones + said.zones, rank=rank)
    return said
