"""Direct speech: words in quotation marks or after a dash, attributed by a verb.

`«…», — сказал X.` (the attribution after the marks), `X заявил: «…»` (before them,
with a colon), a quote split by its attribution (`«…, — сказал X, — …»`), a dialogue
line opened by a dash (`— …, — сказал X.`) and a quoted phrase a verb calls something
(`назвав его «непростительным оскорблением»`), and a paragraph announced by the one
before it (`Медведев сказал:` ending a paragraph: the next paragraph is his words,
as Wikinews sets a quotation apart without marks; with no verb, a paragraph in the
first person is the words of the subject before the colon), and an interview's lines
(`Мустафа Джемилев: …`). Marks with no attribution next to them — names, titles, scare
quotes — are no quote.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from itertools import islice, takewhile

from ..lexicon.naming import NAMING, NAMING_ONE, NICKNAMING, SAID_WITH, THING_BEFORE
from ..lexicon.quotes import AS_SAID, CUE
from .said import Said
from .sides import past_gloss
from .text import NAMES, Sentence, around, clause, has_words
from .zones import Zone, with_apposition

# the attribution right after a quote: "», — сказал", "», сказал"
AFTER = re.compile(r"\s*([,.!?…]?)\s*([—–-]?)\s*(?:(?:вот\s+)?так\s+(?=[а-яё]))?")
# the end of the speaker's words after the verb (a stop inside a word is a domain's:
# "сообщает Lenta.ru")
ZONE_END = re.compile(r"[,;:!?()—–\n]|\.(?!\w)|\s-\s")
# a verb, maybe its object, then a colon before the quote
BEFORE = re.compile(r"[^.!?«»\n]{0,80}?:\s*[—–-]?\s*$")
# the first letter of quoted words
FIRST_LETTER = re.compile(r"[^\W\d_]")
# "— сказал X, — …": the attribution inside a split quote, or after a dialogue line
INSIDE = re.compile(r"[,.!?…]?\s*(?:[—–]|(?<=\s)-)\s*(?=\w)")
DASH_LINE = re.compile(r"\s*[—–-]\s+")
# "— сказала она об инциденте, выступая с лекцией в 2005 году. — …": the dash that
# resumes a split quote after an attribution running on past its speaker
RESUMED = re.compile(r"[,.!?…]\s*(?:[—–]|-(?=\s))\s+")
# the most characters such an attribution runs on
RUN_ON = 150
# words of one speaking for themselves: a paragraph in the first person singular after a
# colon is its subject's words, though no verb of speech announces them (not "мы": the
# writer's "как мы писали", a message's "мы заблокировали вашу карту", a letter's to
# the one named: "Открытое письмо Олегу Смирнову:\nМы, жители посёлка, …")
FIRST_PERSON = re.compile(
    r"(?<![\w-])(?:я|мне|меня|мной|мой|моя|моё|мое|мои|моих|моим|моей|моего)(?![\w-])",
    re.IGNORECASE,
)
# "X сказал:" ending a paragraph: the verb, a few words (a name in quotes among them:
# "сообщил агентству «Москва»:"), the colon, no other clause between ("заявил о
# проверке, после чего прокуратура направила запросы:")
ANNOUNCING = re.compile(
    r"(?:(?!,\s*(?:после|котор[а-яё]*|а|но|где|когда|однако)(?![а-яё]))"
    r"(?:[^.!?«»\n]|«[^.!?«»\n]{1,60}»)){0,160}:\s*$",
    re.IGNORECASE,
)
# where the sentence of a verb starts: after the last stop before it
SENTENCE_STOP = re.compile(r".*[.!?…]\s+", re.DOTALL)
# "констатировал: Чехия так и не стала …": a few words after the verb, a colon, and
# words in no quotation marks (nor a dash of a dialogue)
COLON_AFTER = re.compile(r"[^.!?«»\"„“\n:]{0,80}?:[ \t]+(?=[^\s«»\"„“—–-])")
# where the clause of a verb opens: after its last comma, "как" or "что"
CLAUSE_OPENING = re.compile(r".*(?:,|(?<![\w-])(?:как|что)(?![\w-]))\s*", re.DOTALL)
OPENING_MARKS = '«"„“'
CLOSING_MARKS = '»"“”'


def zone_after(text: str, start: int, limit: int) -> Zone:
    """The speaker's words after a verb: up to a comma, a stop or a dash, past a
    bracket that glosses a name ("— заявил президент фонда (Human Rights Foundation)
    Тор Халворссен")."""
    end = ZONE_END.search(text, start, limit)
    at = end.start() if end else limit
    return Zone(start, (end and past_gloss(text, at, limit)) or at, before=False)


def quoted(text: str, sentence: Sentence, span: tuple[int, int]) -> list[Said]:
    """The direct quotes of one quoted span in its sentence, or none."""
    start, end = span[0] + 1, span[1] - 1
    # one word in quotes is words said only as a verb of naming's complement
    # ("характеризуют её состояние как «тяжёлое»"), else a scare quote
    if not has_words(text, start, end, 2) and not (
        has_words(text, start, end)
        and NAMING_ONE.search(text, sentence.start, span[0])
        and not titled(text, start, end)
    ):
        return []
    limit = sentence.paragraph[1]
    after = AFTER.match(text, end + 1)
    assert after is not None
    cue = CUE.match(text, after.end())
    marked = any(after.groups()) or text[end - 1] in ".!?…"
    if cue and cue.start() >= limit:  # "«…»\n\nзаявил X.": the attribution's own line
        line = text.find("\n", cue.end())
        limit = len(text) if line < 0 else line
        marked = marked or text[cue.start()].islower()
    if cue and marked and has_words(text, start, end, 3):
        zone = zone_after(text, cue.end(), limit)
        zones = with_apposition(text, zone, sentence.end)
        return split(text, start, end, (cue.start(), cue.end()), zones)
    head = text[sentence.start : span[0]]
    verb = None
    # "ввести режим «зелёного коридора»": a thing's name after its noun, no words said
    naming = None if THING_BEFORE.search(head) else NAMING.search(head)
    if BEFORE.search(head) or (naming and not titled(text, start, end)):
        verb = last_cue(text, sentence.start, span[0])
    if verb is None and (noun := SAID_WITH.search(head)):
        # "напал на милиционера с криком «…»": the subject's, named or not
        noun_end = sentence.start + noun.start() + len(noun.group().rstrip(" :'"))
        spoken = (sentence.start + noun.start(), noun_end)
        # the subject of the clause that holds the noun: "видел, как неизвестный напал
        # … с криком «…»" is no witness's; a source's words keep the quote within them
        opening = CLAUSE_OPENING.search(text, sentence.start, spoken[0])
        subject = Zone(opening.end() if opening else sentence.start, spoken[0], before=True)
        return [Said(start, end, spoken, (subject,), "direct", 1)]
    if verb is None:
        halves = split(text, start, end, (start, start), ())
        return halves if len(halves) == 2 else []
    colon = text.rfind(":", verb[1], span[0])
    zones = (
        Zone(sentence.start, verb[0], before=True),
        Zone(verb[1], colon if colon > 0 else verb[1], before=False),
    )
    if naming and not BEFORE.search(head) and NICKNAMING.match(naming.group()):
        return []  # "его называли «…»", "окрестили «…»": a name people give, no one's words
    return split(text, start, end, verb, zones)


def titled(text: str, start: int, end: int) -> bool:
    """Whether quoted words open with a capital: after a verb of naming or citing that is
    a name ("считают фильм «Собачье сердце»", "ссылается на «Независимую газету»"), as
    words said in that place are a phrase in lower case ("«непростительным оскорблением»")."""
    letter = FIRST_LETTER.search(text, start, end)
    return letter is not None and letter.group().isupper()


def last_cue(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The last verb of speech or naming in text[start:end]."""
    found = [m for m in CUE.finditer(text, start, end)]
    naming = NAMING.search(text, start, end)
    spans = [(m.start(), m.end()) for m in found]
    if naming:
        spans.append((naming.start(), naming.start() + len(naming.group().split()[0])))
    return max(spans) if spans else None


def split(
    text: str, start: int, end: int, cue: tuple[int, int], zones: tuple[Zone, ...]
) -> list[Said]:
    """A quote, or its two halves when an attribution splits it: "…, — сказал X, — …"."""
    for dash in INSIDE.finditer(text, start, end):
        inner = CUE.match(text, dash.end())
        if not inner:
            continue
        zone = zone_after(text, inner.end(), end)
        rest = DASH_LINE.match(text, zone.end + 1) or RESUMED.search(
            text, zone.end, min(end, zone.end + RUN_ON)
        )
        if zone.end >= end or not rest:
            continue
        own = (zone, *zones)
        first = clause(text, start, dash.start())
        second = clause(text, rest.end(), end)
        return [
            Said(*first, (inner.start(), inner.end()), own, "direct", 3),
            Said(*second, (inner.start(), inner.end()), own, "direct", 3),
        ]
    return [Said(*clause(text, start, end), cue, zones, "direct", 3)]


def dialogue(text: str, paragraph: tuple[int, int]) -> list[Said]:
    """A paragraph opened by a dash: "— …, — сказал X. — …"."""
    opening = DASH_LINE.match(text, paragraph[0])
    if not opening or opening.start() != paragraph[0]:
        return []
    start, end = opening.end(), paragraph[1]
    for dash in INSIDE.finditer(text, start, end):
        cue = CUE.match(text, dash.end())
        if not cue or dash.start() == start:
            continue
        zone = zone_after(text, cue.end(), end)
        found = [
            Said(*clause(text, start, dash.start()), (cue.start(), cue.end()), (zone,), "direct", 2)
        ]
        rest = DASH_LINE.match(text, zone.end + 1) if zone.end < end else None
        if rest:
            found.append(Said(*clause(text, rest.end(), end), found[0].cue, (zone,), "direct", 2))
        return found
    return []


def direct(text: str, sentence: Sentence, inside: Sequence[tuple[int, int]]) -> list[Said]:
    """The quotes in quotation marks that start in a sentence (`inside`: its paragraph's
    `marks`, in order; a sentence never ends inside them, so they are its own)."""
    first = bisect_left(inside, (sentence.start, -1))
    spans = islice(inside, first, None)
    return [
        said
        for span in takewhile(lambda span: span[0] < sentence.end, spans)
        for said in quoted(text, around(sentence, span[0]), span)
    ]


def announced(
    text: str, previous: tuple[int, int] | None, paragraph: tuple[int, int]
) -> list[Said]:
    """A paragraph a verb of speech and a colon end the paragraph before announce
    ("Нихад Авад сказал:", "Лола написала в инстаграме:"): the whole paragraph is
    direct speech, its speaker named around that verb; in quotation marks of its own,
    what is between them. A list of names is no speech ("в списке пострадавших:")."""
    if previous is None or text[paragraph[0] : paragraph[0] + 1] in "—–-":
        return []
    if text.count("\n", previous[1], paragraph[0]) > 2:
        return []  # two blank lines after the colon: the words announced are lost
    if text[paragraph[0] : paragraph[1]].rstrip().endswith(":"):
        return []  # "В заявлении говорится:": it announces the next paragraph itself
    if not text[previous[0] : previous[1]].rstrip().endswith(":"):
        return []  # no colon ends the paragraph before: nothing to look for a verb in
    verb = last_cue(text, previous[0], previous[1])
    colon = text.rfind(":", previous[0], previous[1])
    zones: tuple[Zone, ...]
    if verb is not None and ANNOUNCING.fullmatch(text, verb[1], previous[1]):
        stop = SENTENCE_STOP.match(text, previous[0], verb[0])
        zones = (
            Zone(stop.end() if stop else previous[0], verb[0], before=True),
            Zone(verb[1], colon, before=False),
        )
    elif FIRST_PERSON.search(text, paragraph[0], min(paragraph[1], paragraph[0] + 300)):
        # "Тренер решил вывести Тевеса из состава:" and words in the first person: those
        # of the subject, named at the sentence's start (up to its first comma)
        stop = SENTENCE_STOP.match(text, previous[0], colon)
        start = stop.end() if stop else previous[0]
        comma = text.find(",", start, colon)
        zones, verb = (Zone(start, comma if comma > 0 else colon, before=True),), None
    else:
        return []
    start, end = clause(text, *paragraph)
    if text[start : start + 1] in OPENING_MARKS:
        if text[end - 1 : end] not in CLOSING_MARKS:
            return []  # marks that close inside the paragraph: its own rules read it
        start, end = clause(text, start + 1, end - 1)
    if not has_words(text, start, end, 3) or NAMES.fullmatch(text, start, end):
        return []
    return [Said(start, end, verb, zones, "direct", 2, needs_speaker=verb is None)]


def unmarked(text: str, sentence: Sentence, inside: Sequence[tuple[int, int]]) -> list[Said]:
    """Direct speech with no quotation marks after a verb and a colon, to the end of its
    sentence: "Министр, наблюдая за происходящим, констатировал: Чехия так и не стала …"."""
    found = []
    for cue in CUE.finditer(text, sentence.start, sentence.end):
        colon = COLON_AFTER.match(text, cue.end(), sentence.end)
        if colon is None or any(a <= cue.start() < b for a, b in inside):
            continue
        if AS_SAID.search(text, sentence.start, cue.start()):
            continue  # "Как сообщили в МЧС, среди погибших: …": the colon is the clause's
        start, end = clause(text, colon.end(), sentence.end)
        if has_words(text, start, end, 3) and not NAMES.fullmatch(text, start, end):
            zones = (
                Zone(sentence.start, cue.start(), before=True),
                Zone(cue.end(), text.rfind(":", cue.end(), colon.end()), before=False),
            )
            span = (cue.start(), cue.end())
            found.append(Said(start, end, span, zones, "direct", 2, needs_speaker=True))
    return found
