"""Titles in apposition after a name: "Анна Петрова, пресс-секретарь компании
«Казатомпром»", "Светлана Яковлева — директор …", "Йоахим Лёв (второй тренер)"."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..constants import PER
from ..entities.spans import NameSpan
from ..lexicon.grammar import ONE
from ..sentences import TaggedSentence, mention_at
from ..tokens import Token
from .posts import MAX_TITLE_TOKENS, TITLE_ADJECTIVES_MAX, is_position
from .titles import RoleSpan, acting, build, describes, title_end
from .whose import same_case


def after(sentence: TaggedSentence, last: int, person: NameSpan, depth: int = 0) -> list[RoleSpan]:
    """Apposition: "Анна Петрова, пресс-секретарь компании «Казатомпром», …", and
    after a dash, as lists of speakers write it ("Светлана Яковлева — директор …").
    Two posts joined by "и" ("директор и совладелец агентства …") are both the person's,
    at the organisation named after the second; so is the next apposition after a comma
    (`depth`: how many came before)."""
    tokens, mentions, morphology = sentence.tokens, sentence.mentions, sentence.morphology
    index = last + 1
    closing = bracket_end(tokens, index)
    if closing is not None:
        inside = mention_at(mentions, tokens[index + 1])
        if inside is not None and inside.type == PER:
            index = closing + 1  # "Скотт Хоровитц (Scott Horowitz), бывший астронавт"
        else:
            return bracketed_title(sentence, index, closing, person)
    if caption(sentence, index):
        index -= 1  # "Кирсан Илюмжинов Президент ФИДЕ": a caption without its comma
    elif index + 1 >= len(tokens) or tokens[index].text not in APPOSITION:
        return []
    position = index + 1
    if acting(tokens, position):
        position += 2  # "исполняющий обязанности официального представителя"
    one_of = one_of_them(tokens, position)
    position += 2 if one_of else 0  # "один из основателей компании": a founder
    opening = index + 3 if one_of else index + 1  # where the title's words start
    while (
        position < len(tokens)
        and describes(tokens[position])
        and not is_position(tokens[position], morphology)
        and position - index <= TITLE_ADJECTIVES_MAX
    ):
        position += 1
    if position >= len(tokens) or not is_position(tokens[position], morphology):
        return []
    end, joint = title_end(sentence, position)
    following = mention_at(mentions, tokens[end]) if end < len(tokens) else None
    if following is not None and following.type == PER:
        return []  # "…, выдающийся спортсмен и актёр Олег Тактаров": the next person's
    if not one_of and not same_case(tokens, position, person):
        return []  # "соратник Цзян Цзэминя, премьер …": the post of the one it depends on
    if joint is None:
        found = [build(sentence, opening, end, person)]
    else:
        second = build(sentence, joint + 1, end, person)
        first = build(sentence, opening, joint, person)
        found = [replace(first, org=first.org or second.org, end=second.end), second]
    if depth < STACKED and end < len(tokens) and tokens[end].text == ",":
        # "Александра Брода, известного борца с ксенофобией, члена Общественной палаты"
        found += after(sentence, end - 1, person, depth + 1)
    return found


STACKED = 2  # appositions after the first


def one_of_them(sentence: Sequence[Token], position: int) -> bool:
    """ "один из создателей театра": one of several holders of a post, which the
    genitive plural names."""
    return (
        position + 2 < len(sentence)
        and sentence[position].text.lower() in ONE
        and sentence[position + 1].text.lower() == "из"
    )


def caption(sentence: TaggedSentence, index: int) -> bool:
    """A post right after the name in a line with no verb, as captions and headlines
    write it."""
    tokens = sentence.tokens
    return (
        index < len(tokens)
        and is_position(tokens[index], sentence.morphology)
        and not any(token.pos in ("VERB", "AUX") or token.text == "," for token in tokens)
    )


def bracket_end(sentence: Sequence[Token], opening: int) -> int | None:
    """The ")" of a short bracket that opens at `opening`, else None."""
    if opening >= len(sentence) or sentence[opening].text != "(":
        return None
    for index in range(opening + 1, min(opening + 1 + MAX_TITLE_TOKENS, len(sentence))):
        if sentence[index].text == ")":
            return index if index > opening + 1 else None
        if sentence[index].text == "(":
            return None
    return None


def bracketed_title(
    sentence: TaggedSentence, opening: int, closing: int, person: NameSpan
) -> list[RoleSpan]:
    """ "Йоахим Лёв (второй тренер)": a title in brackets after the name."""
    tokens = sentence.tokens
    position = opening + 1
    while position < closing and describes(tokens[position]):
        position += 1
    if position >= closing or not is_position(tokens[position], sentence.morphology):
        return []
    role = build(sentence, opening + 1, closing, person)
    return [replace(role, end=max(role.end, tokens[closing].end))]  # the text closes its bracket


APPOSITION = (",", "—", "–", "-")
