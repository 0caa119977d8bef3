"""Indirect speech: a clause a verb of saying or of opinion reports.

`X заявил, что …` (and "считает", "уверен", "полагая", "о том, что"); `По словам X, …`
and `…, по мнению X, …`; `как сообщил X, …` and `…, как сообщил X`; `…, сообщил X.`
and `Такой переход, считает X, повысит …` (an attribution between commas);
`Об этом сообщил X` (the sentences before). A verb with no clause ("сообщил о …")
reports no words, and a verb with no speaker ("Отмечается, что") is no verb here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..lexicon.phrases import DOCUMENT_VERBS
from ..lexicon.quotes import (
    ABOUT_REPORTED,
    ABOUT_THAT,
    ABOUT_THIS,
    ACCORDING,
    AS_REPORTED,
    AS_SAID,
    CONNECTORS,
    CUE,
    GERUNDS,
    INFINITIVE_AFTER,
    PARTICIPLES,
    RELATIVE_END,
    THAT,
)
from ..lexicon.speakers import PRONOUNS
from .said import Said
from .text import WINDOW, Sentence, around, clause, has_words, listed, words
from .zones import Zone, group_named, with_apposition

# where the clause of one speaker ends when another speaker follows in its sentence
TURN = re.compile(r"(?:,\s+(?:а|но|однако|и)|;)\s+", re.IGNORECASE)
# "…, а также напомнил", "… и подчеркнул": the same speaker's next verb
AND = re.compile(r"(?:,\s*|\s+)(?:а|но|и|однако)\s+(?:также\s+|еще\s+|ещё\s+)?$", re.IGNORECASE)
# an attribution between commas: the comma (and dash) right before the verb
COMMA_BEFORE = re.compile(r"[^»“\"\s]\s*,\s*(?:[—–-]\s*)?$")
# "…, передает «Интерфакс»": the attribution of what comes before the comma
COMMA = re.compile(r",\s*(?:[—–-]\s*)?$")
# the speaker's words end at a comma, a stop or a colon; a stop inside a word is a
# domain's ("сообщает baltinfo.ru"), one after a lone capital an initial's ("В. В. Путин")
ZONE_END = re.compile(r"[,;:!?()—–\n]|(?<!\b[A-ZА-ЯЁ])\.(?!\w)")
# "агентства по атомной энергии (Узатом)": a name in brackets closing the speaker's words
BRACKETED = re.compile(r"\(\s*[A-ZА-ЯЁ][^()]{0,40}\)(?=\s*[.,;:!?]|\s*$)")
# "…, которого цитирует «Интерфакс», …": a relative clause inside the attribution
WHICH = re.compile(r",\s*(?:котор|цитиру)\w*", re.IGNORECASE)


STOP_AFTER = re.compile(r"\s*[.!?…]")


def zone_to_comma(text: str, start: int, end: int) -> Zone:
    """The speaker's words from `start` to the next comma or stop, past a relative clause
    and a name in brackets ("пресс-служба агентства по атомной энергии (Узатом)")."""
    stop = ZONE_END.search(text, start, end)
    at = stop.start() if stop else end
    if stop and (bracket := BRACKETED.match(text, at, end)):
        return Zone(start, bracket.end(), before=False)
    if stop and WHICH.match(text, at):
        again = ZONE_END.search(text, at + 1, end)
        at = again.start() if again else end
    return Zone(start, at, before=False)


def pieces(
    text: str,
    sentence: Sentence,
    cue: tuple[int, int],
    zones: tuple[Zone, ...],
    before: int,
    needs_speaker: bool = True,
) -> list[Said]:
    """The words on either side of an attribution (its speaker's `zones`) inside a
    sentence, each of at least two words that are not a mere connector ("Вместе с тем,
    по словам X, …" keeps only what follows). An attribution that ends its sentence
    outranks a verb inside."""
    found = []
    sides = [(sentence.start, before)]
    # a stop right after the speaker's words ends the sentence, though the text glues
    # the next one on ("…, сообщает пресс-служба (Узатом).Кроме того, …")
    if not STOP_AFTER.match(text, zones[-1].end, sentence.end):
        sides.append((zones[-1].end, sentence.end))
    for start, end in sides:
        start, end = clause(text, start, end)
        said = " ".join(w.group().lower() for w in words(text, start, end))
        # "Как сообщил ТАСС, в списке пострадавших: Иван Петров, …": a list, no speech
        if (
            len(words(text, start, end)) >= 2
            and not connective(said)
            and not RELATIVE_END.search(text, start, end)
            and not listed(text, start, end)
        ):
            rank = 2 if end >= sentence.end - 1 and start == sentence.start else 1
            if lead := ABOUT_THAT.match(text, start, end):  # "О том, что …, заявил X"
                start = lead.end()
            found.append(Said(start, end, cue, zones, "indirect", rank, needs_speaker))
    return found


def connective(said: str) -> bool:
    """Whether words say nothing: a connector ("Более того"), or one with a pronoun
    ("Кроме того, он")."""
    if said in CONNECTORS:
        return True
    head, _, last = said.rpartition(" ")
    return head in CONNECTORS and last in PRONOUNS


def that_clause(text: str, sentence: Sentence, cue: re.Match[str], end: int) -> list[Said]:
    """`X заявил, что …`: the clause after "что", the speaker before the verb or after it."""
    that = THAT.match(text, cue.end(), sentence.end)
    if not that:
        return []
    turn = [m.end() for m in TURN.finditer(text, sentence.start, cue.start())]
    start = max([sentence.start, *turn])
    # "Японская полиция, по данным газеты, отметила": the source between is another's
    aside = ACCORDING.search(text, start, cue.start())
    named = aside.start() if aside and has_words(text, start, aside.start()) else cue.start()
    zones = (
        Zone(cue.end(), that.start() + len(that.group().split(",")[0]), before=False),
        Zone(start, named, before=True),
        Zone(sentence.start, named, before=True),
    )
    if not any(has_words(text, zone.start, zone.end) for zone in zones):
        return []  # "Говорят, что …": nobody says it
    start, end = clause(text, that.end(), end)
    if listed(text, start, end):
        return []
    return [Said(start, end, (cue.start(), cue.end()), zones, "indirect", 2)]


def by_verb(text: str, sentence: Sentence, cue: re.Match[str], end: int) -> list[Said]:
    """The quotes one verb of speech attributes in its sentence."""
    head = text[sentence.start : cue.start()]
    span = (cue.start(), cue.end())
    if AS_SAID.search(head):
        word = AS_SAID.search(head)
        assert word is not None
        zone = zone_to_comma(text, cue.end(), sentence.end)
        unnamed = group_named(text, zone)
        return pieces(text, sentence, span, (zone,), sentence.start + word.start(), not unnamed)
    about = ABOUT_THIS.search(head)
    if about:
        return about_this(text, sentence, span, sentence.start + about.start(1))
    found = that_clause(text, sentence, cue, end)
    if found:
        return found
    # "В сообщении X, выпущенном вчера, говорится:": the words before are the message's
    alone = cue.group().lower() in (*GERUNDS, *PARTICIPLES, *DOCUMENT_VERBS)
    if COMMA_BEFORE.search(head) and not alone:
        zone = zone_to_comma(text, cue.end(), sentence.end)
        zones = with_apposition(text, zone, sentence.end)
        return pieces(text, sentence, span, zones, cue.start(), not group_named(text, zone))
    return []


def about_this(text: str, sentence: Sentence, cue: tuple[int, int], named_from: int) -> list[Said]:
    """`Об этом сообщил X` and `Об этом X заявил` (the speaker's words from `named_from`
    to the verb): the sentences before it in its paragraph, or the paragraph before when
    it opens one."""
    zones = (zone_to_comma(text, cue[1], sentence.end), Zone(named_from, cue[0], before=True))
    start, end = sentence.paragraph[0], sentence.start
    if start == end:
        if sentence.previous is None:
            return []
        start, end = sentence.previous
    if not has_words(text, start, end, 2):
        return []
    return [Said(*clause(text, start, end), cue, zones, "indirect", 1, True, refers=True)]


def according(text: str, sentence: Sentence) -> list[Said]:
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
        if any(word in cue.group().lower().split() for word in ("его", "её", "ее", "их")):
            zone = Zone(cue.start(), cue.end(), before=False)
        else:
            zone = zone_to_comma(text, cue.end(), sentence.end)
        # an opening "По данным …," needs no name; "Согласно comScore, …" is a source's
        # word only when the source is one the text names
        opening = not has_words(text, sentence.start, cue.start())
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
        free = opening and len(cue.group().split()) > 1 and not described
        if CUE.match(text, clause(text, zone.end, sentence.end)[0]):
            continue  # "Полиция, по данным газеты, отметила, что": the verb's own subject
        found += pieces(text, sentence, span, (zone,), cue.start(), needs_speaker=not free)
    return found


def indirect(text: str, sentence: Sentence, quoted: list[tuple[int, int]]) -> list[Said]:
    """The indirect quotes of a sentence; verbs inside quotation marks, and verbs of an
    infinitive ("продолжают покупать"), are not read."""
    cues = [
        cue
        for cue in CUE.finditer(text, sentence.start, sentence.end)
        if not any(a < cue.start() < b for a, b in quoted)
        and not INFINITIVE_AFTER.match(text, cue.end())
    ]
    sources = according(text, sentence)
    found = list(sources)
    previous: list[Said] = []
    joined = None
    for number, cue in enumerate(cues):
        end = sentence.end
        inherit = joined is not None and previous
        joined = None
        if number + 1 < len(cues):
            following = cues[number + 1].start()
            joined = AND.search(text, cue.end(), following) or COMMA.search(
                text, cue.end(), following
            )
            turns = list(TURN.finditer(text, cue.end(), following))
            end = joined.start() if joined else turns[-1].start() if turns else end
        said = by_verb(text, around(sentence, cue.start()), cue, min(end, cue.end() + WINDOW))
        if inherit:  # "Лидер напомнил, что … и подчеркнул, что …": the same speaker
            said = [replace(s, zones=previous[-1].zones) for s in said]
        previous = said
        found += [through(text, s, sources) for s in said]
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
