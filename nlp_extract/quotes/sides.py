"""The words on either side of an attribution: the speaker's words up to a comma, the
clause before and after them in the sentence, and the sentences `Об этом сообщил X`
refers to."""

from __future__ import annotations

import re
from dataclasses import replace

from ..lexicon.quotes import ABOUT_THAT, CONNECTORS, DATE_ALONE, RELATIVE_END, SUBORDINATE_END
from ..lexicon.speakers import PRONOUNS
from .said import Said
from .text import Sentence, clause, has_words, listed, words
from .zones import Zone

# the speaker's words end at a comma, a stop or a colon; a stop inside a word is a
# domain's ("сообщает baltinfo.ru"), one after a lone capital an initial's ("В. В. Путин")
ZONE_END = re.compile(r"[,;:!?()—–\n]|(?<!\b[A-ZА-ЯЁ])\.(?!\w)")
# "агентства по атомной энергии (Узатом)": a name in brackets in the speaker's words
BRACKETED = re.compile(r"\(\s*[A-ZА-ЯЁ][^()\n]{0,60}\)")
# a person's or body's name after such a bracket, with its own bracket: after a verb of
# speech ("заявил глава миссии (ОБСЕ) Ламберто Заньер (Lamberto Zannier) в интервью"),
# in a source's words only up to a comma or a stop ("По данным союза (Unión …) Сесар
# Дуран, …", not "По данным полиции (МВД) Иван Петров (на фото) был задержан": the name
# opens what is said)
NAME_AFTER = re.compile(r"(?:\s+[A-ZА-ЯЁ][\w.-]*){1,4}(?:\s*\([^()\n]{0,60}\))?")
SOURCE_NAME_AFTER = re.compile(NAME_AFTER.pattern + r"(?=\s*[,.;]|\s*$)")
PUNCTUATION_AFTER = re.compile(r"\s*(?:[.,;:!?]|$)")
# "…, которого цитирует «Интерфакс», …": a relative clause inside the attribution
WHICH = re.compile(r",\s*(?:котор|цитиру)\w*", re.IGNORECASE)
# "источник, знакомый с ситуацией, …", "…, пожелавший остаться неназванным": a clause
# describing an unnamed source right after it is the attribution's, not words said
SOURCE_ENDS = re.compile(r"(?:источник|собеседник)(?:а|и|ов)?\s*$", re.IGNORECASE)
SOURCE_CLAUSE = re.compile(
    r"\s*,\s*(?:знаком|близк|осведомл|пожелавш|попросивш)[^,.!?]*(?:,|(?=[.!?])|$)",
    re.IGNORECASE,
)


STOP_AFTER = re.compile(r"\s*[.!?…]")
GOES_ON_AFTER_BRACKET = re.compile(r"\)\s+[a-zа-яё]")


def zone_to_comma(text: str, start: int, end: int, source: bool = False) -> Zone:
    """The speaker's words from `start` to the next comma or stop, past a relative clause
    and a name in brackets ("пресс-служба агентства по атомной энергии (Узатом)")."""
    stop = ZONE_END.search(text, start, end)
    at = stop.start() if stop else end
    if stop and (past := past_gloss(text, at, end, SOURCE_NAME_AFTER if source else NAME_AFTER)):
        return Zone(start, past, before=False)
    if stop and WHICH.match(text, at):
        again = ZONE_END.search(text, at + 1, end)
        at = again.start() if again else end
    return Zone(start, at, before=False)


def past_gloss(
    text: str, at: int, end: int, name_after: re.Pattern[str] = NAME_AFTER
) -> int | None:
    """Where the speaker's words stopped at `at` by a bracket that glosses a name go on
    to: the name after the bracket ("представитель союза (Unión Nacional) Сесар Дуран,
    …"), or the bracket's end when the words end there ("(Узатом).Кроме того")."""
    bracket = BRACKETED.match(text, at, end)
    if bracket is None:
        return None
    if named := name_after.match(text, bracket.end(), end):
        return named.end()
    if PUNCTUATION_AFTER.match(text, bracket.end(), end):
        return bracket.end()
    return None


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
    named_to = zones[-1].end
    if brackets := bracketing(text, sentence, before):
        # "(по его словам, он здоров)", "(контракт продлят, заверил агент)"
        if has_words(text, named_to, brackets[1], 2) or has_words(text, brackets[0], before, 2):
            sentence = replace(sentence, start=brackets[0] + 1, end=brackets[1])
        else:  # "Компания (по данным ТАСС) купила завод": the words around the brackets
            before, named_to = brackets[0], brackets[1] + 1
    if SOURCE_ENDS.search(text, max(0, named_to - 20), named_to) and (
        described := SOURCE_CLAUSE.match(text, named_to, sentence.end)
    ):
        named_to = described.end()
    sides = [(sentence.start, before)]
    # a stop right after the speaker's words ends the sentence, though the text glues
    # the next one on ("…, сообщает пресс-служба (Узатом).Кроме того, …")
    # (nor do words that go on with no mark after a name's own bracket: "заявил глава
    # миссии Ламберто Заньер (Lamberto Zannier) в интервью агентству")
    goes_on = named_to == zones[-1].end and GOES_ON_AFTER_BRACKET.match(
        text, named_to - 1, sentence.end
    )
    if not STOP_AFTER.match(text, named_to, sentence.end) and not goes_on:
        sides.append((named_to, sentence.end))
    for start, end in sides:
        start, end = clause(text, start, end)
        said = " ".join(w.group().lower() for w in words(text, start, end))
        # "Как сообщил ТАСС, в списке пострадавших: Иван Петров, …": a list, no speech
        if (
            len(words(text, start, end)) >= 2
            and not connective(said)
            and not RELATIVE_END.search(text, start, end)
            and not (end <= before and SUBORDINATE_END.search(text, start, end))
            and not listed(text, start, end)
            and not DATE_ALONE.fullmatch(text, start, end)  # "…, сообщает AFP, 16 октября"
        ):
            rank = 2 if end >= sentence.end - 1 and start == sentence.start else 1
            if lead := ABOUT_THAT.match(text, start, end):  # "О том, что …, заявил X"
                start = lead.end()
            found.append(Said(start, end, cue, zones, "indirect", rank, needs_speaker))
    return found


def bracketing(text: str, sentence: Sentence, at: int) -> tuple[int, int] | None:
    """The brackets of a sentence an attribution at `at` is inside ("Баффет не уходит (по
    его словам, он здоров), но …"; "Компания (по данным ТАСС) купила завод"), or none."""
    opening = text.rfind("(", sentence.start, at)
    if opening < 0 or text.rfind(")", opening, at) >= 0:
        return None
    closing = text.find(")", at, sentence.end)
    return None if closing < 0 else (opening, closing)


def connective(said: str) -> bool:
    """Whether words say nothing: a connector ("Более того"), or one with a pronoun
    ("Кроме того, он")."""
    if said in CONNECTORS:
        return True
    head, _, last = said.rpartition(" ")
    return head in CONNECTORS and last in PRONOUNS


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
