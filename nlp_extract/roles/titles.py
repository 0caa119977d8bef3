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

from ..constants import DOUBLE_QUOTE_MARKS as QUOTES
from ..constants import LOC, ORG, PER
from ..entities.spans import NameSpan
from ..lexicon.organisations import ORG_WORDS
from ..lexicon.posts import PRAISE, country_of
from ..morphology import Morphology
from ..nominative import normalize_name
from ..sentences import TaggedSentence, mention_at
from ..tokens import Token
from .posts import (
    ADJECTIVE,
    MAX_TITLE_TOKENS,
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


def title_end(sentence: TaggedSentence, position: int) -> tuple[int, int | None]:
    """Where a title that starts at its position noun ends (before a comma, a verb or a
    person), and the "и" before a second post in it, if any."""
    tokens, mentions, morphology = sentence.tokens, sentence.mentions, sentence.morphology
    end = position + 1
    joint = None
    while end < len(tokens) and end - position <= MAX_TITLE_TOKENS:
        token = tokens[end]
        inside = mention_at(mentions, token)
        if (
            token.text in ",;:—–()!?"
            or (token.text == "." and end == len(tokens) - 1)  # not "зав. кафедрой"
            or token.pos in ("VERB", "AUX")
            or (inside is not None and inside.type == PER)
        ):
            break
        if (
            joint is None
            and token.text.lower() == "и"
            and end + 1 < len(tokens)
            and is_position(tokens[end + 1], morphology)
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


def build(sentence: TaggedSentence, start: int, stop: int, person: NameSpan) -> RoleSpan:
    """The role whose title starts at token `start`; entities up to token `stop` are its
    org and place."""
    tokens, morphology = sentence.tokens, sentence.morphology
    start, country = widened(sentence, start)
    title, org, place = title_words(sentence, start, stop)
    title = trimmed(title, morphology)
    if country is None:
        country = next(
            (country_of(t.text) for t in title if t.pos == "ADJ" and country_of(t.text)), None
        )
        title = [t for t in title if not (t.pos == "ADJ" and country_of(t.text))]
    span_start = min(tokens[start].start, person.start)
    span_end = max(tokens[stop - 1].end if stop > start else person.end, person.end)
    abbreviated = acting_abbreviation(tokens, start)
    if abbreviated is not None and title:  # "и.о. губернатора", "врио губернатора"
        name = " ".join(["исполняющий обязанности", *(t.text.lower() for t in title)])
        span_start = min(tokens[abbreviated].start, span_start)
    elif acting(title, 0):  # the words after "исполняющий обязанности" keep their case
        name = " ".join(["исполняющий", *(t.text.lower() for t in title[1:])])
    else:
        name = normalize_name(morphology, title, "TITLE").lower()
    plural = any(t.pos == "NOUN" and t.feats.get("Number") == "Plur" for t in title)
    return RoleSpan(person, name, org, place, span_start, span_end, country, plural)


def widened(sentence: TaggedSentence, start: int) -> tuple[int, str | None]:
    """The title's start moved left over the adjectives that belong to the post
    ("генеральный директор"), and the country of a nationality adjective met there: a
    "российский президент" is employed by the country, not titled by it."""
    tokens, mentions = sentence.tokens, sentence.mentions
    while start > 0 and mention_at(mentions, tokens[start - 1]) is None:
        before = tokens[start - 1]
        coordinated = (  # "чрезвычайный и полномочный посол"
            before.text.lower() == "и"
            and start > 1
            and tokens[start - 2].pos == "ADJ"
            and tokens[start].pos == "ADJ"
        )
        word = before.text.lower()
        if (
            (before.pos != "ADJ" and not coordinated)
            or PRAISE.fullmatch(word)
            or (before.pos == "ADJ" and not ADJECTIVE.fullmatch(word))
        ):
            break
        if country_of(word):  # "российский президент": the country is the employer
            return start, country_of(word)
        start -= 1  # "генеральный директор"
    return start, None


def title_words(
    sentence: TaggedSentence, start: int, stop: int
) -> tuple[list[Token], NameSpan | None, NameSpan | None]:
    """The words of the title from `start` up to `stop`, and the organisation and place
    named among them: the words after the organisation, or after where the title ends,
    are about the post, not its name."""
    tokens, mentions = sentence.tokens, sentence.mentions
    title: list[Token] = []
    org = place = None
    ended = False  # the title ends before an organisation's noun ("лидер | фракции")
    for index in range(start, stop):
        token = tokens[index]
        inside = mention_at(mentions, token)
        if inside is not None:
            org, place = employer(tokens, index, inside, org, place)
            continue
        if title and not ended:
            ended = ends_title(sentence, index, stop)
        if (
            org is None
            and not ended
            and token.text not in QUOTES
            and token.text.lower() not in ("в", "во")
        ):
            title.append(token)
    return title, org, place


def employer(
    tokens: Sequence[Token],
    index: int,
    inside: NameSpan,
    org: NameSpan | None,
    place: NameSpan | None,
) -> tuple[NameSpan | None, NameSpan | None]:
    """The organisation and place with the mention at `index` taken in: the first
    organisation or place is the employer, a place after "в" the post's seat ("посол
    России в Узбекистане"), and one after "из" only where the person comes from."""
    before_word = tokens[index - 1].text.lower() if index > 0 else ""
    if inside.type not in (ORG, LOC) or before_word == "из":  # "из Хорватии": origin
        return org, place
    if before_word in ("в", "во") and org is not None and place is None and inside.type == LOC:
        return org, inside
    return (inside, place) if org is None else (org, place)


def ends_title(sentence: TaggedSentence, index: int, stop: int) -> bool:
    """The title's words end at token `index`: what follows is about the post or its
    organisation, or is a name NER left out."""
    tokens, mentions = sentence.tokens, sentence.mentions
    token = tokens[index]
    word = token.text.lower()
    if word in ("на", "до", "после"):
        return True  # "глава делегации | на переговорах", "вице-президента | до назначения"
    if word[:1].isdigit():
        return True  # "премьер | 23 декабря 2011 года": a date, not the post's words
    if (
        word in ("в", "во")
        and index + 1 < stop
        and mention_at(mentions, tokens[index + 1]) is None
        and tokens[index + 1].text[:1].islower()
    ):
        return True  # "епископ | в епархию в штате …": a phrase about the post
    if token.text[:1].isupper() and not token.text.isupper():
        return True  # "режиссёра Эмира Кустурицу": a name NER left out of the mention
    # the noun of an organisation ("лидер | фракции КПРФ"); the dictionary is asked last
    return (
        token.pos == "NOUN"
        and not is_position(token, sentence.morphology)
        and bool(folded_lemmas(token.text, sentence.morphology) & ORG_WORDS)
    )


def trimmed(title: list[Token], morphology: Morphology) -> list[Token]:
    """The title without praise before it, which describes the person wherever the title
    starts ("Адриано Челентано, известный певец"), and without the words after its noun,
    which belong to the organisation that follows ("глава японского | МИДа")."""
    start, end = 0, len(title)
    while start < end and title[start].pos == "ADJ" and PRAISE.fullmatch(title[start].text.lower()):
        start += 1
    while (
        end > start
        and title[end - 1].pos in ("ADP", "CCONJ", "PUNCT", "ADJ", "ADV")
        and not is_position(title[end - 1], morphology)  # a noun the tagger calls an adjective
    ):
        end -= 1
    return title[start:end]
