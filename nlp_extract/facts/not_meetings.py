"""Shapes of a meeting word that name no meeting of the people around it.

"Иван и Анна стали встречаться" is a couple, "встретятся на одной сцене" a show,
"встретится с Надалем в финале" a match, "сделали заявление к годовщине встречи" a
meeting of others; "с семьей писателя Смирнова" met the family, not the writer.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..entities.spans import NameSpan
from ..lexicon.meetings import ARENAS, BEGIN, HOLD
from ..roles.posts import is_position
from ..sentences import TaggedSentence, mention_at, name_token
from ..tokens import Token


def inchoative(sentence: TaggedSentence, index: int) -> bool:
    """ "стал встречаться", "начали встречаться": an infinitive after a verb of beginning."""
    tokens = sentence.tokens
    return (
        index > 0
        and tokens[index].feats.get("VerbForm") == "Inf"
        and bool(sentence.morphology.lemmas(tokens[index - 1].text) & BEGIN)
    )


def on_stage(sentence: TaggedSentence, index: int) -> bool:
    """ "встретятся на одной сцене", "встретится с Надалем в финале": "на"/"в" and a
    stage or a match within the next few words."""
    morphology = sentence.morphology
    following = sentence.tokens[index + 1 : index + 8]
    for position, token in enumerate(following):
        if token.text in ",.;:!?":
            return False
        if token.text.lower() in ("на", "в", "во"):
            nouns = following[position + 1 : position + 4]
            if any(morphology.lemmas(t.text) & ARENAS for t in nouns if t.pos == "NOUN"):
                return True
    return False


def other_verb_between(sentence: TaggedSentence, subjects: Sequence[NameSpan], index: int) -> bool:
    """A finite verb between the subjects and the meeting noun that does not hold it:
    the subjects did something else, the meeting is another's; unless they did it at
    the meeting ("обсудили на встрече", "заявили в ходе переговоров")."""
    if not subjects:
        return False
    tokens, morphology = sentence.tokens, sentence.morphology
    if at_the_meeting(tokens, index):
        return False
    start = name_token(tokens, subjects[-1]) or 0
    return any(
        token.pos in ("VERB", "AUX")
        and token.feats.get("VerbForm") == "Fin"
        and not morphology.lemmas(token.text) & HOLD
        for token in tokens[start:index]
    )


def at_the_meeting(tokens: Sequence[Token], index: int) -> bool:
    """ "на встрече", "в ходе переговоров", "во время беседы": where the subjects acted."""
    before = [token.text.lower() for token in tokens[max(0, index - 2) : index]]
    return before[-1:] == ["на"] or before in (["в", "ходе"], ["во", "время"])


def someone_of(sentence: TaggedSentence, trigger: int, mention: NameSpan) -> bool:
    """A name in the genitive after a noun that is no post: "с семьей бывшего президента
    ЮАР Нельсона Манделы" met the family."""
    tokens = sentence.tokens
    first = name_token(tokens, mention)
    if first is None or tokens[first].feats.get("Case") != "Gen":
        return False
    position = first - 1
    while position > trigger:
        token = tokens[position]
        if token.pos not in ("ADJ", "NOUN", "PROPN"):
            return False
        if (
            mention_at(sentence.mentions, token) is None
            and token.pos == "NOUN"
            and not is_position(token, sentence.morphology)  # "бывшего президента ЮАР" goes on
        ):
            # "его дочери Иванки" is an apposition in the name's case
            return token.feats.get("Case") not in ("Gen", None)
        position -= 1
    return False
