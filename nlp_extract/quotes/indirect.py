"""Indirect speech: a clause a verb of saying or of opinion reports.

`X заявил, что …` (and "считает", "уверен", "полагая", "о том, что"); `как сообщил X,
…` and `…, как сообщил X`; `…, сообщил X.` and `Такой переход, считает X, повысит …`
(an attribution between commas); `Об этом сообщил X` and `X объявил об этом` (the
sentences before); with `По словам X, …` and the other sources of `sources`. A verb
with no clause ("сообщил о …") reports no words, and a verb with no speaker
("Отмечается, что") is no verb here.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..lexicon.phrases import CITING_HEADS, DOCUMENT_VERBS
from ..lexicon.quotes import (
    ABOUT_THIS,
    ACCORDING,
    AS_SAID,
    CUE,
    GERUNDS,
    INFINITIVE_AFTER,
    NOT_BEFORE,
    PARTICIPLES,
    THAT,
    THIS_AFTER,
    VERDICT_AFTER,
)
from ..morphology import Cases
from .said import Said
from .sides import about_this, pieces, zone_to_comma
from .sources import according, any_case, through
from .text import WINDOW, Sentence, around, clause, has_words, listed
from .zones import Zone, group_named, with_apposition

# "о том" before "что": no words of the speaker's
ABOUT_IT = re.compile(r"\s+(?:о|об)\s+(?:том|этом)\s*$", re.IGNORECASE)
# verbs of finding out and of calling, which also take an object with no words said:
# after one, "что" and a verb is a relative clause of the object, "чтобы" and an
# infinitive a purpose ("установил рекорд, что стало сенсацией", "призвал сына, чтобы
# поговорить"; not "установило, что", "призвал власти, чтобы они ушли")
RIGHT_AFTER = re.compile(r"(?:установ|выясн|призва|призыва)", re.IGNORECASE)
NO_CLAUSE = re.compile(
    r"(?:не\s+)?[а-яё]+(?:л|ла|ло|ли|лся|лась|лось|лись|ет|ит|ют|ят|ть|ться|ти|чь)(?![\w-])",
    re.IGNORECASE,
)
# a verb of asking: what it asks about is no statement
ASKED = re.compile(r"(?:спрос|спраш|поинтересова)", re.IGNORECASE)
NEXT_WORD = re.compile(r"\s+([а-яё]+)")

# where the clause of one speaker ends when another speaker follows in its sentence
TURN = re.compile(r"(?:,\s+(?:а|но|однако|и)|;)\s+", re.IGNORECASE)
# "…, а также напомнил", "… и подчеркнул": the same speaker's next verb
AND = re.compile(r"(?:,\s*|\s+)(?:а|но|и|однако)\s+(?:также\s+|еще\s+|ещё\s+)?$", re.IGNORECASE)
# an attribution between commas: the comma (and dash) right before the verb, not after
# a quote (`«…», — сказал X` is direct), unless words before the quote open the clause
# ("Он кричал «Аллаху акбар», заявил прокурор": all of it the prosecutor's)
COMMA_BEFORE = re.compile(r"[^»“\"\s]\s*,\s*(?:[—–-]\s*)?$")
QUOTE_COMMA = re.compile(r"[»“\"]\s*,\s*$")
QUOTE_OPENING = re.compile(r"\s*[«„“\"]")
# "…, передает «Интерфакс»": the attribution of what comes before the comma
COMMA = re.compile(r",\s*(?:[—–-]\s*)?$")


def that_clause(text: str, sentence: Sentence, cue: re.Match[str], end: int) -> list[Said]:
    """`X заявил, что …`: the clause after "что", the speaker before the verb or after it."""
    that = THAT.match(text, cue.end(), sentence.end)
    if not that or nearer_verb(text, cue.end(), that.end()):
        return []
    # "установил рекорд, что стало сенсацией", "призвал сына, чтобы поговорить": a verb
    # that says only with its clause right after it
    conjunction = that.start() + that.group().lower().rfind("что")
    if (
        RIGHT_AFTER.match(cue.group())
        and has_words(text, cue.end(), conjunction)
        and NO_CLAUSE.match(text, that.end())
    ):
        return []
    turn = [m.end() for m in TURN.finditer(text, sentence.start, cue.start())]
    start = max([sentence.start, *turn])
    # "Японская полиция, по данным газеты, отметила": the source between is another's
    aside = ACCORDING.search(text, start, cue.start())
    named = aside.start() if aside and has_words(text, start, aside.start()) else cue.start()
    after = that.start() + len(that.group().split(",")[0])
    about = ABOUT_IT.search(text, cue.end(), after)  # "заявил журналистам о том, что"
    zones: tuple[Zone, ...] = (
        Zone(cue.end(), about.start() if about else after, before=False),
        Zone(start, named, before=True),
        Zone(sentence.start, named, before=True),
    )
    if cue.group().split()[0].lower() in CITING_HEADS:
        # "СМИ привели слова Рухани о том, что": the one cited, not the outlet citing
        zones = zones[:1]
    if not any(has_words(text, zone.start, zone.end) for zone in zones):
        return []  # "Говорят, что …": nobody says it
    start, end = clause(text, that.end(), end)
    if listed(text, start, end):
        return []
    return [Said(start, end, (cue.start(), cue.end()), zones, "indirect", 2)]


def nearer_verb(text: str, start: int, end: int) -> bool:
    """Whether a finite verb of speech stands between a verb and its "что": "спросили её
    мнение, она ответила, что" is the nearer verb's clause (a participle of the object,
    "заявил сообщившему об этом агентству, что", is none)."""
    return any(cue.group().lower() not in PARTICIPLES for cue in CUE.finditer(text, start, end))


def by_verb(
    text: str, sentence: Sentence, cue: re.Match[str], end: int, cases: Cases = any_case
) -> list[Said]:
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
    if refers_back(text, cue, cases):  # "X объявил об этом на пресс-конференции"
        turn = [m.end() for m in TURN.finditer(text, sentence.start, cue.start())]
        return about_this(text, sentence, span, max([sentence.start, *turn]))
    # "В сообщении X, выпущенном вчера, говорится:": the words before are the message's
    alone = cue.group().lower() in (*GERUNDS, *PARTICIPLES, *DOCUMENT_VERBS)
    quote_before = QUOTE_COMMA.search(head) and not QUOTE_OPENING.match(head)
    if (COMMA_BEFORE.search(head) or quote_before) and not alone:
        zone = zone_to_comma(text, cue.end(), sentence.end)
        zones = with_apposition(text, zone, sentence.end)
        return pieces(text, sentence, span, zones, cue.start(), not group_named(text, zone))
    return []


def indirect(
    text: str, sentence: Sentence, quoted: list[tuple[int, int]], cases: Cases = any_case
) -> list[Said]:
    """The indirect quotes of a sentence; verbs inside quotation marks, and verbs of an
    infinitive ("продолжают покупать"), are not read."""
    cues = [
        cue
        for cue in CUE.finditer(text, sentence.start, sentence.end)
        if not any(a < cue.start() < b for a, b in quoted)
        and not INFINITIVE_AFTER.match(text, cue.end())
        and not VERDICT_AFTER.match(text, cue.end())
        and not said_nothing(text, cue)
    ]
    sources = according(text, sentence, cases)
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
        reach = min(end, cue.end() + WINDOW)
        said = by_verb(text, around(sentence, cue.start()), cue, reach, cases)
        if inherit:  # "Лидер напомнил, что … и подчеркнул, что …": the same speaker
            said = [replace(s, zones=previous[-1].zones) for s in said]
        previous = said
        found += [through(text, s, sources) for s in said]
    return found


def said_nothing(text: str, cue: re.Match[str]) -> bool:
    """A gerund of speech denied says nothing: "ушла, ничего не сказав, что удивило всех"."""
    if cue.group().lower() not in GERUNDS:
        return False
    # "не" right before it, read in the few characters there, not the whole text before
    return NOT_BEFORE.search(text, max(0, cue.start() - 20), cue.start()) is not None


def refers_back(text: str, cue: re.Match[str], cases: Cases) -> bool:
    """Whether "об этом" after a verb refers to what was said before ("объявил об этом
    на пресс-конференции"), not to a thing it names ("рассказал об этом решении"); a
    question is no statement ("спросил об этом губернатора")."""
    this = THIS_AFTER.match(text, cue.end())
    if this is None or ASKED.match(cue.group()):
        return False
    noun = NEXT_WORD.match(text, this.end())  # a preposition ("об этом в четверг") is none
    return noun is None or len(noun.group(1)) < 3 or "Loc" not in cases(noun.group(1))
