"""A title read off its tokens: where it ends, its nominative, its employer and host.

The title runs from its position noun over the lowercase words that complete it
("министр иностранных дел"), and ends before a verb, a person, a phrase after "на" or
"в", or the noun of the organisation that follows ("лидер | фракции КПРФ"); praise and
nationality adjectives are not part of it ("российский президент": the country is the
employer).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..constants import LOC, ORG, PER
from ..entities.spans import NameSpan
from ..morphology import Morphology
from ..nominative import normalize_name
from ..sentences import mention_at
from ..tokens import Token
from .posts import (
    ADJECTIVE,
    MAX_TITLE_TOKENS,
    ORG_WORDS,
    PRAISE,
    country_of,
    folded_lemmas,
    is_position,
)


@dataclass(frozen=True)
class RoleSpan:
    person: NameSpan
    title: str  # nominative, lower case
    org: NameSpan | None
    place: NameSpan | None
    start: int
    end: int
    country: str | None = None  # ISO code of a nationality adjective: "российский президент"
    plural: bool = False  # "сенаторов Иванова и Петрова": the post of each person listed


def title_end(
    sentence: Sequence[Token], position: int, mentions: Sequence[NameSpan], morphology: Morphology
) -> tuple[int, int | None]:
    """Where a title that starts at its position noun ends (before a comma, a verb or a
    person), and the "и" before a second post in it, if any."""
    end = position + 1
    joint = None
    while end < len(sentence) and end - position <= MAX_TITLE_TOKENS:
        token = sentence[end]
        inside = mention_at(mentions, token)
        if (
            token.text in ",;:—–()!?"
            or (token.text == "." and end == len(sentence) - 1)  # not "зав. кафедрой"
            or token.pos in ("VERB", "AUX")
            or (inside is not None and inside.type == PER)
        ):
            break
        if (
            joint is None
            and token.text.lower() == "и"
            and end + 1 < len(sentence)
            and is_position(sentence[end + 1], morphology)
        ):
            joint = end
        end += 1
    return end, joint


def acting(sentence: Sequence[Token], position: int) -> bool:
    """ "исполняющий обязанности …": an acting holder of the post that follows."""
    return (
        position + 1 < len(sentence)
        and sentence[position].text.lower().startswith("исполняющ")
        and sentence[position + 1].text.lower().startswith("обязанност")
    )


def acting_abbreviation(sentence: Sequence[Token], start: int) -> int | None:
    """Where "и.о." or "врио" stands right before the title, if it does."""
    if start >= 1 and sentence[start - 1].text.lower() in ("врио", "и.о.", "и.о"):
        return start - 1
    if start >= 4 and "".join(t.text.lower() for t in sentence[start - 4 : start]) == "и.о.":
        return start - 4
    return None


def describes(token: Token) -> bool:
    """An adjective, or a participle ("управляющий директор")."""
    return token.pos == "ADJ" or (token.pos == "VERB" and token.feats.get("VerbForm") == "Part")


def build(
    sentence: Sequence[Token],
    start: int,
    stop: int,
    person: NameSpan,
    mentions: Sequence[NameSpan],
    morphology: Morphology,
) -> RoleSpan:
    """The role whose title starts at token `start`; entities up to token `stop` are its org and place."""
    country: str | None = None
    while start > 0 and mention_at(mentions, sentence[start - 1]) is None:
        before = sentence[start - 1]
        coordinated = (  # "чрезвычайный и полномочный посол"
            before.text.lower() == "и"
            and start > 1
            and sentence[start - 2].pos == "ADJ"
            and sentence[start].pos == "ADJ"
        )
        word = before.text.lower()
        if (
            (before.pos != "ADJ" and not coordinated)
            or PRAISE.fullmatch(word)
            or (before.pos == "ADJ" and not ADJECTIVE.fullmatch(word))
        ):
            break
        if country_of(word):  # "российский президент": the country is the employer
            country = country or country_of(word)
            break
        start -= 1  # "генеральный директор"
    title: list[Token] = []
    org = place = None
    ended = False  # the title ends before an organisation's noun ("лидер | фракции")
    for index in range(start, stop):
        token = sentence[index]
        inside = mention_at(mentions, token)
        if inside is not None:
            before_word = sentence[index - 1].text.lower() if index > 0 else ""
            if inside.type in (ORG, LOC) and before_word != "из":  # "из Хорватии": origin
                preceded_by_in = before_word in ("в", "во")
                if preceded_by_in and org is not None and place is None and inside.type == LOC:
                    place = inside
                elif org is None:
                    org = inside
            continue
        if title and token.text.lower() in ("на", "до", "после"):
            ended = True  # "глава делегации | на переговорах", "вице-президента | до назначения"
        if (
            title
            and token.text.lower() in ("в", "во")
            and index + 1 < stop
            and mention_at(mentions, sentence[index + 1]) is None
            and sentence[index + 1].text[:1].islower()
        ):
            ended = True  # "епископ | в епархию в штате …": a phrase about the post
        if title and token.pos == "NOUN" and not is_position(token, morphology):
            ended = ended or bool(folded_lemmas(token.text, morphology) & ORG_WORDS)
        if title and token.text[:1].isupper() and not token.text.isupper():
            ended = True  # "режиссёра Эмира Кустурицу": a name NER left out of the mention
        if (
            org is None
            and not ended
            and token.text not in '«»"'
            and token.text.lower() not in ("в", "во")
        ):
            title.append(token)
    # praise describes the person, not the post, wherever the title starts
    # ("Адриано Челентано, известный певец")
    while title and title[0].pos == "ADJ" and PRAISE.fullmatch(title[0].text.lower()):
        title.pop(0)
    # a title ends in its noun: an adjective left at its end belongs to the organisation
    # that follows ("глава японского | МИДа")
    while (
        title
        and title[-1].pos in ("ADP", "CCONJ", "PUNCT", "ADJ", "ADV")
        and not is_position(title[-1], morphology)  # a noun the tagger calls an adjective
    ):
        title.pop()
    if country is None:
        country = next(
            (country_of(t.text) for t in title if t.pos == "ADJ" and country_of(t.text)), None
        )
        title = [t for t in title if not (t.pos == "ADJ" and country_of(t.text))]
    span_start = min(sentence[start].start, person.start)
    span_end = max(sentence[stop - 1].end if stop > start else person.end, person.end)
    abbreviated = acting_abbreviation(sentence, start)
    if abbreviated is not None and title:  # "и.о. губернатора", "врио губернатора"
        name = " ".join(["исполняющий обязанности", *(t.text.lower() for t in title)])
        span_start = min(sentence[abbreviated].start, span_start)
    elif acting(title, 0):  # the words after "исполняющий обязанности" keep their case
        name = " ".join(["исполняющий", *(t.text.lower() for t in title[1:])])
    else:
        name = normalize_name(morphology, title, "TITLE").lower()
    plural = any(t.pos == "NOUN" and t.feats.get("Number") == "Plur" for t in title)
    return RoleSpan(person, name, org, place, span_start, span_end, country, plural)
