"""Titles written before a name: "Директор Агентства «Узатом» Азим Ахмедхаджаев",
"посол Казахстана в Узбекистане Бейбут Атамкулов", "по словам председателя правления …
Юсупова". The title is read leftwards from the name to its post noun, over the words a
title is made of; whose post it is (the name's, or a third person's) is in whose.py.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from ..constants import PER, QUOTES_AND_HYPHEN
from ..entities.spans import NameSpan
from ..morphology import Morphology
from ..sentences import TaggedSentence, mention_at
from ..tokens import Token
from .posts import ADJECTIVE, MAX_TITLE_TOKENS, is_position
from .titles import RoleSpan, acting, build
from .whose import agree, same_cases, someone_elses, whose


def before(sentence: TaggedSentence, first: int, person: NameSpan) -> RoleSpan | None:
    """Title, employer and place written before the name (its first token: `first`)."""
    tokens = sentence.tokens
    if first > 0 and tokens[first - 1].pos == "ADP":
        return None  # "эксперты именно на Ли Пэн возлагают": governed by the preposition
    found = title_left(sentence, first, person)
    if found is None:
        return None
    position, apposition = found
    if not agree(tokens[position], tokens[first], sentence.morphology):
        return None
    if apposition is not None and not same_cases(tokens[position], apposition):
        return None  # "убийство полицейским … британца Марка Дуггана": he is the Briton
    start = title_start(sentence, position, first)
    return None if start is None else build(sentence, start, first, person)


def title_left(
    sentence: TaggedSentence, first: int, person: NameSpan
) -> tuple[int, Token | None] | None:
    """The post noun of the title left of the name, walking left over the words a title
    is made of, and the noun for a person the name stands in apposition with, if any;
    None when a word on the way shows the name has no title there."""
    tokens, mentions, morphology = sentence.tokens, sentence.mentions, sentence.morphology
    index = first - 1
    position = None
    apposition: Token | None = None  # a noun for a person the name stands with
    while index >= 0 and first - index <= MAX_TITLE_TOKENS:
        token = tokens[index]
        inside = mention_at(mentions, token)
        if inside is not None and inside.type == PER:
            if not whose(inside, person, tokens, index):
                return None
            index = bisect_left([t.start for t in tokens], inside.start) - 1
            continue
        if inside is None and is_position(token, morphology):
            position = index
            governing = governing_post(sentence, index)
            if governing is None or not governed(tokens, index, governing, first):
                break
            index = governing
            continue
        if inside is None and token.text == ")":
            # "Объединённого фронта … (ОФДД) Наттавута Сайкыа": an abbreviation in brackets
            opening = bracketed_name(sentence, index)
            if opening is None:
                return None
            index = opening - 1
            continue
        if inside is None and breaks_title(tokens, index):
            return None
        if inside is None and apposed(token, tokens[first], morphology):
            apposition = token
        index -= 1
    return None if position is None else (position, apposition)


def governed(tokens: Sequence[Token], index: int, governing: int, first: int) -> bool:
    """ "заместитель министра", "помощник бывшего министра", "председатель совета
    директоров": the post at `index` depends on the one that governs it, which is the
    person's; not when it is in the nominative, or shares the name's case the governing
    one lacks ("заместитель министра Иванова": the minister)."""
    case = tokens[index].feats.get("Case")
    name_case = tokens[first].feats.get("Case")
    return case != "Nom" and not (case == name_case != tokens[governing].feats.get("Case"))


def breaks_title(tokens: Sequence[Token], index: int) -> bool:
    """A word no title holds: punctuation other than quotes and dashes, a verb, pronoun
    or conjunction (save "и" inside a title), or a verb the tagger calls an adjective."""
    token = tokens[index]
    if token.pos == "PUNCT":
        return token.text not in QUOTES_AND_HYPHEN
    if token.pos in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ"):
        return not joins_title_words(tokens, index)
    # "премьеру привиделся заговор": a verb the tagger calls an adjective
    return token.pos == "ADJ" and not adjectival(token.text.lower())


def title_start(sentence: TaggedSentence, position: int, first: int) -> int | None:
    """Where the title whose post noun is at `position` starts: at "исполняющая
    обязанности" before its adjectives, if written; None for a post sought ("кандидат в
    президенты") or held by a third person ("дочь капитана Анна")."""
    tokens = sentence.tokens
    left = position
    while left > 0 and tokens[left - 1].pos == "ADJ":
        left -= 1
    if left > 0 and tokens[left - 1].text.lower() in ("в", "во"):
        return None  # "кандидат в президенты": a post sought, not held
    if left >= 2 and acting(tokens, left - 2):
        return left - 2  # "исполняющая обязанности министра Анна Петрова"
    if someone_elses(sentence, position, first):
        return None
    return position


def apposed(token: Token, name: Token, morphology: Morphology) -> bool:
    """A noun for a person in the name's case and number that is no post ("британца
    Марка Дуггана"): the name stands in apposition with it."""
    if not (
        token.pos == "NOUN"
        and token.feats.get("Number") == name.feats.get("Number")
        and same_cases(token, name)
    ):
        return False  # the dictionary is asked only of the few nouns left
    forms = morphology.forms(token.text.lower())
    return bool(forms) and all("NOUN" in form.tag and "anim" in form.tag for form in forms)


def adjectival(word: str) -> bool:
    """An adjective's ending, a number, or an age ("68-летнего")."""
    return bool(ADJECTIVE.fullmatch(word.rsplit("-", 1)[-1])) or not word.replace("-", "").isalpha()


def governing_post(sentence: TaggedSentence, index: int) -> int | None:
    """The post left of a post, over at most three adjectives and genitive nouns."""
    tokens, mentions, morphology = sentence.tokens, sentence.mentions, sentence.morphology
    for left in range(index - 1, max(index - 5, -1), -1):
        token = tokens[left]
        if mention_at(mentions, token) is not None:
            return None
        if is_position(token, morphology):
            return left
        if not (token.pos == "ADJ" or (token.pos == "NOUN" and token.feats.get("Case") == "Gen")):
            return None
    return None


def bracketed_name(sentence: TaggedSentence, closing: int) -> int | None:
    """The "(" of a bracket that holds nothing but an organisation's name, else None."""
    tokens = sentence.tokens
    for opening in range(closing - 1, max(closing - 5, 0), -1):
        if tokens[opening].text == "(":
            inner = tokens[opening + 1 : closing]
            named = [mention_at(sentence.mentions, t) for t in inner]
            if inner and all(m is not None and m.type != PER for m in named):
                return opening
            return None
    return None


def joins_title_words(sentence: Sequence[Token], index: int) -> bool:
    """ "министр электроэнергетики и возобновляемых источников": an "и" between
    lowercase words of one title."""
    if sentence[index].text.lower() != "и" or index == 0 or index + 1 >= len(sentence):
        return False
    return all(
        t.pos in ("NOUN", "ADJ") and t.text[:1].islower()
        for t in (sentence[index - 1], sentence[index + 1])
    )
