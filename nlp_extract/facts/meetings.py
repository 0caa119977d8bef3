"""Who meets whom: the people in the places a meeting word gives its parties.

- the subject of the clause: "Путин и Моди провели переговоры", "Эрдоган в ходе
  встречи с …";
- after the word: "встреча Путина с Моди", "переговоры между … и …", "встретился
  с министром …, а затем с президентом …" (two meetings).

A clause ends at a speech verb ("— сообщил Мустафа Джемилев" reports the meeting), at
"что", "который" and the like, at a quotation, and at "а"/"но" after a comma; a meeting
with journalists or "с обоими шахматистами" names no second person and is none. Who is
talked about ("о …", "по поводу …") or whose family is met is no party; a meeting on a
stage or in a final is a show or a match, "стал встречаться" a couple, and a talk with
an agency an interview.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..constants import DOUBLE_QUOTE_MARKS as QUOTES
from ..constants import ORG, PER
from ..entities.spans import NameSpan
from ..lexicon import OBLIQUE
from ..lexicon.meetings import (
    CLAUSE_WORDS,
    RECEIVE_STEMS,
    RECEIVING,
    STEMS,
    TAKEN_IN,
    TALKS,
    THEN,
    TOPIC,
    TRIGGERS,
    WHO,
    WITH,
)
from ..lexicon.speech import SPEECH_VERBS
from ..morphology import Morphology
from ..roles.posts import is_position
from ..sentences import TaggedSentence, mention_at, name_token
from ..tokens import Token
from .not_meetings import inchoative, on_stage, other_verb_between, someone_of

NAME_IN_QUOTES = 5  # a quoted stretch this short is a name («Центр»), not a quotation
BREAKS = frozenset(";:()—–")


@dataclass(frozen=True)
class MeetingSpan:
    participants: tuple[NameSpan, ...]  # people, in the order written
    # organisations met "с": a party when one person meets them
    organisations: tuple[NameSpan, ...]
    trigger: int  # offset of the meeting word


def find_meetings(sentence: TaggedSentence) -> list[MeetingSpan]:
    """The meetings of one morph-tagged sentence, one per meeting word and group met."""
    tokens, mentions, morphology = sentence.tokens, sentence.mentions, sentence.morphology
    found: list[MeetingSpan] = []
    for index, token in enumerate(tokens):
        if token.pos not in ("NOUN", "VERB") or not STEMS.match(token.text):
            continue
        if mention_at(mentions, token) is not None:
            continue
        if not morphology.lemmas(token.text) & TRIGGERS:
            continue
        if token.pos == "VERB" and inchoative(sentence, index):
            continue  # "стал встречаться с …": a couple, not a meeting
        if token.pos == "VERB" and on_stage(sentence, index):
            continue  # "встретятся на одной сцене", "встретится в финале": a show, a match
        subjects = left_people(sentence, index)
        talk = bool(morphology.lemmas(token.text) & TALKS)
        for people, organisations in right_groups(sentence, index):
            if not people and not organisations and token.pos == "NOUN":
                if other_verb_between(sentence, subjects, index):
                    continue  # "Трамп и Путин сделали заявление к 75-летию встречи …"
            meeting = MeetingSpan(
                tuple(dict.fromkeys([*subjects, *people])),
                () if talk else tuple(organisations),  # "в беседе с НСН": an interview
                token.start,
            )
            if len(meeting.participants) + len(meeting.organisations) >= 2:
                found.append(meeting)
    return found + receptions(sentence)


def receptions(sentence: TaggedSentence) -> list[MeetingSpan]:
    """ "Токаев принял в Астане премьер-министра Индии Нарендру Моди": the subject meets
    the people the verb takes in the accusative; "принял на работу …" takes them in."""
    tokens, morphology = sentence.tokens, sentence.morphology
    found: list[MeetingSpan] = []
    for index, token in enumerate(tokens):
        if token.pos != "VERB" or not RECEIVE_STEMS.match(token.text):
            continue
        if not morphology.lemmas(token.text.lower()) & RECEIVING:
            continue
        subjects = left_people(sentence, index)
        guests = received(sentence, index)
        if subjects and guests:
            found.append(MeetingSpan(tuple(dict.fromkeys([*subjects, *guests])), (), token.start))
    return found


def received(sentence: TaggedSentence, index: int) -> list[NameSpan]:
    """The people a verb of receiving takes as its object, to the clause's end: the first
    name or post after it outside a prepositional phrase, in the accusative (which the
    tagger may call genitive: they agree for people), and those listed with it ("…
    президента Белоруссии Александра Лукашенко и Нурсултана Назарбаева")."""
    tokens = sentence.tokens
    guests: list[NameSpan] = []
    taken = False  # the verb's object is a post or a person
    for position in range(index + 1, len(tokens)):
        token = tokens[position]
        if clause_ends(sentence, position) or token.text.lower() in TAKEN_IN:
            break
        if token.pos in ("VERB", "AUX"):
            break  # "принял решение назначить Шойгу": another verb's object
        if token.text == "," and not person_next(sentence, position):
            break
        inside = mention_at(sentence.mentions, token)
        person = inside is not None and inside.type == PER
        nominal = token.pos in ("NOUN", "PROPN") and tokens[position - 1].pos != "ADP"
        if not taken and nominal and (inside is None or person):
            if token.feats.get("Case") not in ("Acc", "Gen"):
                break
            if not (person or is_position(token, sentence.morphology)):
                break  # "принял отставку …", "принял решение": it takes something else
            taken = True
        if inside is not None and person and taken and inside not in guests:
            if name_token(tokens, inside) == position:
                guests.append(inside)
    return guests


def left_people(sentence: TaggedSentence, index: int) -> list[NameSpan]:
    """People in the nominative before the meeting word, back to the clause's start."""
    tokens = sentence.tokens
    people: list[NameSpan] = []
    position = index - 1
    while position >= 0:
        token = tokens[position]
        if token.text in QUOTES:
            opening = quoted_name_start(tokens, position)
            if opening is None:
                break
            position = opening - 1
            continue
        if is_speech(token, sentence.morphology):
            people.clear()  # "— сообщил Песков после встречи …": who speaks
            break
        if token.text in BREAKS or (
            token.text.lower().startswith("котор") and token.text.lower() not in WHO
        ):
            break  # "Сабирова, с которой он встречался": the pronoun is the party
        if token.text == "," and position + 1 < index:
            if tokens[position + 1].text.lower() in CLAUSE_WORDS:
                break
        inside = mention_at(sentence.mentions, token)
        if inside is not None and inside.type == PER:
            if not oblique(tokens, inside) and inside not in people:
                people.insert(0, inside)
        position -= 1
    return people


Group = tuple[list[NameSpan], list[NameSpan]]  # the people and the organisations met


def right_groups(sentence: TaggedSentence, index: int) -> list[Group]:
    """People (and organisations after "с") after the meeting word, to the clause's end;
    ", а затем с …" starts a second group, met by the same subject."""
    tokens = sentence.tokens
    groups: list[Group] = [([], [])]
    position = index + 1
    inverted = False  # past a verb, only its subject: "на встречу с X прибудут Y и Z"
    while position < len(tokens):
        token = tokens[position]
        if token.text in QUOTES:
            closing = quoted_name_end(tokens, position)
            if closing is None:
                break
            position = closing + 1
            continue
        if clause_ends(sentence, position):
            break
        if token.pos in ("VERB", "AUX") and token.feats.get("VerbForm") == "Fin":
            if inverted:
                break  # a second verb: another clause
            inverted = True
        if token.text == ",":
            if inverted and not person_next(sentence, position):
                break  # "на встречу с X прибудут Y, …": the subject's list is over
            again = next_group(tokens, position)
            if again is not None:
                groups.append(([], []))
                position = again
                continue
            if position + 1 < len(tokens) and tokens[position + 1].text.lower() in CLAUSE_WORDS:
                break
        inside = mention_at(sentence.mentions, token)
        # past the verb a name in an oblique case is its object, not who meets
        if inside is not None and not (inverted and oblique(tokens, inside)):
            add_party(groups[-1], sentence, index, position, inside)
        position += 1
    return [group for group in groups if group[0] or group[1]] or [([], [])]


def clause_ends(sentence: TaggedSentence, position: int) -> bool:
    """Whom a meeting is with ends at a break, a speech verb or its topic: "побеседовал
    с Корреа по поводу Эдварда Сноудена" is no meeting with Snowden."""
    tokens = sentence.tokens
    token = tokens[position]
    if token.text in BREAKS or token.text in ".!?" or is_speech(token, sentence.morphology):
        return True
    word = token.text.lower()
    return word in TOPIC or (
        word == "по"
        and position + 1 < len(tokens)
        and tokens[position + 1].text.lower() in ("поводу", "вопросу")
    )


def person_next(sentence: TaggedSentence, comma: int) -> bool:
    """A person's name right after the comma: the list of who meets goes on."""
    tokens = sentence.tokens
    if comma + 1 >= len(tokens):
        return False
    listed = mention_at(sentence.mentions, tokens[comma + 1])
    return listed is not None and listed.type == PER


def next_group(tokens: Sequence[Token], comma: int) -> int | None:
    """Where ", а затем с …" puts its "с": a second group is met; else None."""
    words = [t.text.lower() for t in tokens[comma + 1 : comma + 5]]
    again = next((i for i, word in enumerate(words) if word in WITH), None)
    if again is not None and words[0] in THEN and all(w in THEN for w in words[:again]):
        return comma + again + 1
    return None


def add_party(
    group: Group, sentence: TaggedSentence, trigger: int, position: int, mention: NameSpan
) -> None:
    """A person met joins the group unless a relative is met instead ("с семьей …");
    an organisation only when it is met "с" it."""
    people, organisations = group
    if mention.type == PER and mention not in people:
        if not someone_of(sentence, trigger, mention):
            people.append(mention)
    elif (
        mention.type == ORG
        and after_with(sentence.tokens, position, mention)
        and mention not in organisations
    ):
        organisations.append(mention)


def oblique(sentence: Sequence[Token], mention: NameSpan) -> bool:
    """The tagger puts the name's first word in an oblique case: no subject."""
    first = name_token(sentence, mention)
    return first is not None and sentence[first].feats.get("Case") in OBLIQUE


def after_with(sentence: Sequence[Token], position: int, mention: NameSpan) -> bool:
    """The organisation is what is met: "встречались с Минэкономразвития"."""
    first = name_token(sentence, mention)
    return (
        first is not None
        and first > 0
        and sentence[first - 1].text.lower() in WITH
        and first <= position
    )


def is_speech(token: Token, morphology: Morphology) -> bool:
    return token.pos == "VERB" and bool(morphology.lemmas(token.text) & SPEECH_VERBS)


def quoted_name_start(sentence: Sequence[Token], closing: int) -> int | None:
    """The opening quote of a short quoted name that ends at `closing`, else None."""
    for position in range(closing - 1, max(closing - 1 - NAME_IN_QUOTES, -1), -1):
        if sentence[position].text in QUOTES:
            return position
    return None


def quoted_name_end(sentence: Sequence[Token], opening: int) -> int | None:
    """The closing quote of a short quoted name that starts at `opening`, else None."""
    for position in range(opening + 1, min(opening + 1 + NAME_IN_QUOTES, len(sentence))):
        if sentence[position].text in QUOTES:
            return position
    return None
