"""Posts a verb of heading states: "X возглавляет «Газпром»", "Синдзи Харада, ранее
возглавлявший МИД", "Народная партия, возглавляемая Бхутто".

The person heads the organisation the verb governs: the organisation must follow the
verb at once, or after the noun that names its kind ("возглавил компанию «Яндекс»"),
so "возглавил рейтинг Forbes" heads no Forbes. The post is "глава".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..constants import DOUBLE_QUOTE_MARKS as QUOTES
from ..constants import ORG, PER
from ..entities.spans import NameSpan
from ..lexicon import OBLIQUE
from ..lexicon.organisations import GOVERNMENTS, ORG_WORDS
from ..lexicon.posts import HEAD
from ..sentences import TaggedSentence, mention_at, name_token
from ..tokens import Token
from .posts import folded_lemmas
from .titles import RoleSpan

TITLE = "глава"
REACH = 4  # tokens between the name and its verb: "Харада, ранее возглавлявший"


def heading_roles(sentence: TaggedSentence) -> list[RoleSpan]:
    """The organisations the people of the sentence head (a post of its own: "посол …
    Харада, ранее возглавлявший МИД" holds both)."""
    tokens = sentence.tokens
    found: list[RoleSpan] = []
    for verb, token in enumerate(tokens):
        if token.text[:7].lower() != "возглав" or not sentence.morphology.lemmas(token.text) & HEAD:
            continue
        if token.feats.get("Voice") == "Pass":  # "партия, возглавляемая Бхутто"
            person = following_person(sentence, verb)
            org = preceding_org(sentence, verb)
        else:
            person = subject(sentence, verb)
            org = object_org(sentence, verb)
        if person is None or org is None:
            continue
        start, end = min(person.start, org.start), max(person.end, org.end)
        closing = next((t for t in tokens if t.start == end and t.text in QUOTES), None)
        end = closing.end if closing is not None else end  # «Газпром»: its closing quote
        found.append(RoleSpan(person, TITLE, org, None, start, end))
    return found


def subject(sentence: TaggedSentence, verb: int) -> NameSpan | None:
    """The person in the nominative just before the verb ("Харада, ранее возглавлявший")."""
    tokens = sentence.tokens
    for index in range(verb - 1, max(verb - 1 - REACH, -1), -1):
        token = tokens[index]
        inside = mention_at(sentence.mentions, token)
        if inside is not None:
            first = name_token(tokens, inside)
            if inside.type != PER or first is None:
                return None
            return None if tokens[first].feats.get("Case") in OBLIQUE else inside
        if token.pos in ("VERB", "AUX", "PRON", "NOUN", "SCONJ") or token.text in ".;:!?":
            return None
    return None


def object_org(sentence: TaggedSentence, verb: int) -> NameSpan | None:
    """The organisation right after the verb, or after the noun of its kind."""
    tokens, mentions = sentence.tokens, sentence.mentions
    index = past_quotes(tokens, verb + 1, 1)
    if index >= len(tokens):
        return None
    inside = mention_at(mentions, tokens[index])
    if inside is not None:
        return inside if inside.type == ORG else None  # "возглавил Россию" heads no country
    kind = folded_lemmas(tokens[index].text, sentence.morphology)
    if not kind & ORG_WORDS:
        return None  # "возглавил рейтинг Forbes"
    after = past_quotes(tokens, index + 1, 1)
    inside = mention_at(mentions, tokens[after]) if after < len(tokens) else None
    if inside is None or inside.type == PER:
        return None
    if kind & GOVERNMENTS:
        return inside  # "возглавляет правительство России": at the country
    # "возглавил компанию «Яндекс»": the name stands with its kind, in quotes or in its
    # case; "комитет Сената" is a part of the Senate, "отдел России" about the country
    name = tokens[after]
    apposed = (
        after > index + 1  # quoted
        or not re.search("[а-яё]", name.text, re.IGNORECASE)  # "компанию Google"
        or name.feats.get("Case") == tokens[index].feats.get("Case")
    )
    return inside if inside.type == ORG and apposed else None


def past_quotes(sentence: Sequence[Token], index: int, step: int) -> int:
    """The first index from `index`, going by `step`, that holds no quote mark."""
    while 0 <= index < len(sentence) and sentence[index].text in QUOTES:
        index += step
    return index


def following_person(sentence: TaggedSentence, verb: int) -> NameSpan | None:
    """The person right after the verb."""
    if verb + 1 >= len(sentence.tokens):
        return None
    inside = mention_at(sentence.mentions, sentence.tokens[verb + 1])
    return inside if inside is not None and inside.type == PER else None


def preceding_org(sentence: TaggedSentence, verb: int) -> NameSpan | None:
    """The organisation right before ", возглавляемая"."""
    tokens = sentence.tokens
    index = verb - 1
    if index >= 0 and tokens[index].text == ",":
        index -= 1
    index = past_quotes(tokens, index, -1)
    inside = mention_at(sentence.mentions, tokens[index]) if index >= 0 else None
    return inside if inside is not None and inside.type == ORG else None
