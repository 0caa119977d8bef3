"""Quotes: who said what, in quotation marks or reported.

`read` cuts the text's paragraphs into sentences that never end inside quotation
marks, finds direct quotes (`direct`) and indirect ones (`indirect`), keeps one quote
for each run of words two rules found, and gives each its speaker (`speakers`): the
entity named where it is attributed, or the person a pronoun or a title stands for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..constants import ORG, PER
from ..entities.sex import NameSex, PastSex, no_name_sex, past_sex_by_ending
from ..lexicon.phrases import DOCUMENT, DOCUMENT_VERBS
from ..lexicon.quotes import DENIAL, HYPOTHETICAL, NOT_BEFORE, POSSIBLE, RULED_OUT
from ..lexicon.speakers import HEAD_POSTS, HEADLINE_SPEAKERS
from ..morphology import Cases
from ..schema import Entity, Quote
from ..schema.facts import FactStatus
from ..tokens import Region
from .direct import announced, dialogue, direct, unmarked
from .indirect import indirect
from .labels import interview, labelled
from .outlets import BY_LETTERS, Organisations
from .overlaps import clash, without_overlaps
from .persons import usual_name
from .referents import Nominative, no_nominative
from .said import Said
from .sources import any_case
from .speakers import Posts, Speakers
from .subjects import Asides, no_asides
from .text import (
    Sentence,
    clause,
    has_words,
    marks,
    paragraphs,
    sentences,
    unemphasised,
    unlinked,
)


def read(
    text: str,
    regions: Sequence[Region],
    entities: Sequence[Entity],
    posts: Posts,
    known: Organisations = BY_LETTERS,
    nominative: Nominative = no_nominative,
    past_sex: PastSex = past_sex_by_ending,
    cases: Cases = any_case,
    asides: Asides = no_asides,
    name_sex: NameSex = no_name_sex,
) -> list[Quote]:
    """The quotes of a text, in text order, each with its speaker when one is named;
    `posts` gives the posts a word names ("министра" -> {"министр"}), `known` what the
    gazetteer knows of an organisation's name (a media outlet's: "Ъ", "Рейтер"; its
    kind: "ministry"), `nominative` a phrase in
    the nominative ("в палестинском правительстве" -> "палестинское правительство"),
    `past_sex` the sex of a past-tense verb ("сказала": a woman's), `cases` the cases a
    word may be in ("врачей": Gen, Acc), `name_sex` a first name's sex ("Джеймс": a
    man's)."""
    source, text = text, unemphasised(unlinked(text))
    blocks = paragraphs(text, regions)
    lines = [interview(text, paragraph) for paragraph in blocks]
    if blocks and not lines[0]:  # a headline "Исламское государство: …"
        names = [(m.start, m.end) for e in entities if e.type in (PER, ORG) for m in e.mentions]
        lines[0] = labelled(text, blocks[0], names)
    # an interview is several lines: one "Москва: …" is a heading, though a headline
    # "Роскомнадзор: …" is the words of the one it names
    interviewed = sum(map(len, lines)) > 1
    if lines and not interviewed and not speaks_in_headline(lines[0], entities):
        # "СМИ: …", "Следствие: …": a speaker no name names is one still
        lines[0] = [
            replace(said, needs_speaker=False) for said in unnamed_in_headline(text, lines[0])
        ]
    kept: list[Said] = []
    about: list[Said] = []
    for number, (paragraph, line) in enumerate(zip(blocks, lines)):
        previous = blocks[number - 1] if number else None
        found, alone = in_paragraph(text, paragraph, previous, cases)
        about += [said for said in found if said.refers]
        found = [said for said in found if not said.refers]
        found = without_overlaps(text, found + (line if interviewed or number == 0 else []))
        before = kept[-1:]  # a quote of the paragraph before may go on in this one
        kept += without_overlaps(text, found + continued(text, alone, before + found))
    kept = referred(kept, about)
    direct_spans = [(s.start, s.end) for s in kept if s.kind == "direct"]
    speakers = Speakers(
        text, entities, posts, direct_spans, known, nominative, past_sex, asides, name_sex
    )
    records = [record(text, said, speakers, source) for said in kept]
    # "как рассказал «Ъ» один из участников встречи": a source with no name still speaks
    return [
        quote
        for quote, said in zip(records, kept)
        if quote.speaker_name
        or not (said.needs_speaker or (of_document(text, said) and not authored(text, said)))
        or speakers.quoted_by_outlet(said.zones)
    ]


def speaks_in_headline(line: list[Said], entities: Sequence[Entity]) -> bool:
    """Whether a first line "X: …" is headed by the name of a person or an organisation
    alone (a headline of their words), not a place ("Москва: …" heads a report) nor a
    phrase that holds a name ("Отравление Скрипаля: …", "Дело Политковской: …")."""
    if not line:
        return False
    label = line[0].zones[0]
    return any(
        entity.type in (PER, ORG) and (m.start, m.end) == (label.start, label.end)
        for entity in entities
        for m in entity.mentions
    )


# the name of a body or place a head's word heads: a capital's word or an abbreviation,
# not a Roman numeral nor an ordinal ("Глава Малайзии", "Мэр Москвы", "Глава МВД"; not
# "Глава IV", "Глава Первая")
HEADED = re.compile(
    r"(?![IVXLC]+$)(?!(?:Перв|Втор|Трет|Четв[её]рт|Пят|Шест|Седьм|Восьм|Девят|Десят)[а-яё]*$)"
    r"(?:[А-ЯЁA-Z]{2,}|[А-ЯЁA-Z][а-яёa-z-]+)"
)


def unnamed_in_headline(text: str, line: list[Said]) -> list[Said]:
    """A first line "X: …" whose label names a speaker by a word of who speaks, not by a
    name ("СМИ: …"), or a head of a body or a place named ("Глава Малайзии: …", "Мэр
    Москвы: …"; not "Глава I: …" of a book), or none."""
    if not line:
        return []
    label = line[0].zones[0]
    first, *rest = text[label.start : label.end].split()
    headed = first.lower() in HEAD_POSTS and rest and HEADED.fullmatch(rest[0])
    return line if first.lower() in HEADLINE_SPEAKERS or headed else []


def of_document(text: str, said: Said) -> bool:
    """Whether a message says it ("В заявлении говорится, что", "Согласно сообщению, …"):
    a quote only when its author is named or referred to."""
    cue = cue_words(text, said)
    if len(cue) == 2 and cue[0] in ("согласно", "по") and re.fullmatch(DOCUMENT, cue[1]):
        return True
    return bool(cue) and cue[0] in DOCUMENT_VERBS


def authored(text: str, said: Said) -> bool:
    """Whether a source's words after its message's noun give its author, though no
    entity: "По сообщению полиции, …" is the police's account, "Согласно сообщению, …"
    no one's."""
    return cue_words(text, said)[:1] in (["по"], ["согласно"]) and any(
        has_words(text, zone.start, zone.end) for zone in said.zones
    )


def cue_words(text: str, said: Said) -> list[str]:
    """The words of a find's cue, lower case ("по", "сообщению")."""
    return text[said.cue[0] : said.cue[1]].lower().split() if said.cue else []


def in_paragraph(
    text: str, paragraph: tuple[int, int], previous: tuple[int, int] | None, cases: Cases
) -> tuple[list[Said], list[tuple[int, int]]]:
    """What the rules find in a paragraph (`previous` is the one before), and its
    sentences all in quotation marks."""
    found = dialogue(text, paragraph) + announced(text, previous, paragraph)
    alone: list[tuple[int, int]] = []
    inside = marks(text, *paragraph)
    for sentence in sentences(text, paragraph, inside, previous):
        found += direct(text, sentence, inside)
        found += indirect(text, sentence, inside, cases)
        found += unmarked(text, sentence, inside)
        if (span := (sentence.start, sentence.end - trailing_stops(text, sentence))) in inside:
            alone.append(span)
    return found, alone


def trailing_stops(text: str, sentence: Sentence) -> int:
    """How many stops end a sentence: "«…»." has one after its mark."""
    tail = text[sentence.start : sentence.end]
    return len(tail) - len(tail.rstrip(".!?…"))


def continued(text: str, alone: list[tuple[int, int]], found: list[Said]) -> list[Said]:
    """A sentence all in quotation marks right after a quote goes on with it:
    "«…», говорит X. «…»" is two quotes of X."""
    more = []
    for first, last in alone:
        before = [s for s in found if s.end <= first]
        if before and first - before[-1].end < 120:
            start, end = clause(text, first + 1, last - 1)
            more.append(Said(start, end, None, before[-1].zones, "direct", 0))
    return more


def referred(found: list[Said], about: list[Said]) -> list[Said]:
    """An "Об этом сообщил X" find over quotes found there gives them its speaker's
    zones after their own ("Соседи считают, что … . Об этом заявил X"); over none, it
    is a quote of its own."""
    for said in about:
        inside = [
            number
            for number, other in enumerate(found)
            if said.start <= other.start and other.end <= said.end + 1
        ]
        for number in inside:
            found[number] = replace(found[number], zones=found[number].zones + said.zones)
        if not inside and not any(clash(said, other) for other in found):
            found.append(said)
    return sorted(found, key=lambda s: s.start)


def status(text: str, said: Said) -> FactStatus:
    """A denial ("опроверг, что") is negated, "может заявить" and "не исключил, что"
    hypothetical."""
    if said.cue is None:
        return "stated"
    before = text[max(0, said.cue[0] - 20) : said.cue[0]]
    negated = NOT_BEFORE.search(before) is not None
    if RULED_OUT.match(text, said.cue[0]):
        return "hypothetical" if negated else "negated"
    if DENIAL.match(text, said.cue[0]) or negated:
        return "negated"
    possible = POSSIBLE.match(text, said.cue[0]) or HYPOTHETICAL.search(before)
    return "hypothetical" if possible else "stated"


def cue_sex(cue: str) -> bool | None:
    """Whether a verb of speech is a woman's (True) or a man's (False), as its past tense
    or short form tells ("сказала", "уверена"; "сказал", "убеждён"); None when it does not
    ("сообщили", "говорит")."""
    if cue.endswith(("л", "ла")):
        return cue.endswith("ла")
    if cue.endswith(("ен", "ён", "ена", "ёна")):
        return cue.endswith("а")
    return None


def record(text: str, said: Said, speakers: Speakers, source: str) -> Quote:
    """The Quote of a find, its speaker resolved (`text` as the rules read it, `source`
    as the document has it: the quote's words are the document's)."""
    cue = text[said.cue[0] : said.cue[1]].lower() if said.cue else ""
    female = cue_sex(cue)
    # "он" or a title stands for someone named before the words said, not in them; in
    # "Об этом он заявил" for the first person named in the words it refers to
    at = min(said.cue[0], said.start) if said.cue else said.start
    if said.refers:
        at = speakers.first_person_end(said.start, said.end) or at
    if (same := speakers.heard.of_cue(said.cue)) is not None:
        entity, name = (same, None) if isinstance(same, Entity) else (None, same)
    else:
        entity, name = speakers.speaker(said.zones, at, female)
    if entity is None and name is None and of_document(text, said):
        # "Согласно сообщению", "говорится в пресс-релизе": the one who spoke just before
        author = speakers.author_before(at)
        entity, name = (None, author) if isinstance(author, str) else (author, None)
    span = [said.start, said.end, *(said.cue or ())]
    speakers.heard.hear(min(span), max(span), entity or name, said.cue, female)
    return Quote(
        start=said.start,
        end=said.end,
        text=source[said.start : said.end],
        speaker=entity.id if entity else None,
        speaker_name=usual_name(entity, text) if entity else name,
        cue=source[said.cue[0] : said.cue[1]] if said.cue else "",
        kind=said.kind,
        status=status(text, said),
    )


__all__ = ["Asides", "Posts", "Sentence", "read"]
