"""Agreements: treaties, conventions, memoranda, contracts, "договоренность о …".

A mention is a head noun (соглашение, конвенция …) with the adjectives that agree
with it in front ("Венскую", "межправительственное") and the dependent phrase after
it ("о гражданской ответственности за ядерный ущерб"), read off natasha's morph tags.
Verbs and adjectives of the same root ("согласился", "договорная практика") are not
nouns and never match.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..constants import QUOTES_AND_HYPHEN as QUOTE_MARKS
from ..grammars.date_words import MONTH_FORM
from ..lexicon.agreements import (
    CONTRACT_WORDS,
    HEAD_KINDS,
    INNER_PREPOSITIONS,
    NOT_TITLE_ADJECTIVES,
    OPENERS,
    SIGNING,
)
from ..nominative import normalize_name
from ..overlap import leftmost_longest
from ..sentences import TaggedSentence
from ..tokens import Token

CONTENT = {"NOUN", "PROPN", "ADJ", "NUM"}
MAX_TAIL = 12


@dataclass(frozen=True)
class AgreementSpan:
    start: int
    end: int
    kind: str
    name: str  # the nominative title
    alias: str | None = None
    refers_to: str | None = None  # the title of an agreement named inside this one


@dataclass(frozen=True)
class Candidate:
    first: int  # token indexes of the title in its sentence
    last: int
    kind: str
    alias: str | None
    start: int
    end: int


def find_agreements(
    text: str, sentence: TaggedSentence, dates: Sequence[tuple[int, int]] = ()
) -> list[AgreementSpan]:
    """Agreement mentions in one morph-tagged sentence; `dates` are spans no title runs into."""
    tokens = sentence.tokens
    stops = {token.start for token in tokens for start, end in dates if start <= token.start < end}
    sentence_text = text[tokens[0].start : tokens[-1].end] if tokens else ""
    candidates: list[Candidate] = []
    for index, token in enumerate(tokens):
        if token.pos in ("NOUN", "PROPN"):
            found = candidate(sentence, index, stops, sentence_text)
            if found is not None:
                candidates.append(found)
    return spans_of(sentence, candidates)


def candidate(
    sentence: TaggedSentence, index: int, stops: set[int], sentence_text: str
) -> Candidate | None:
    """The title whose head noun is at `index`, when the noun and its words name an agreement."""
    tokens, lemma = sentence.tokens, sentence.morphology.lemma
    head = lemma(tokens[index].text)
    kind = HEAD_KINDS.get(head)
    if kind is None:
        return None
    first = title_start(sentence, index)
    if head == "карта" and not (first < index and lemma(tokens[index - 1].text) == "дорожный"):
        return None  # a map, not a roadmap
    last = tail_end(tokens, index, stops)
    if kind == "arrangement" and last == index:
        return None  # "договоренность" alone names nothing
    if kind == "protocol" and not SIGNING.search(sentence_text):
        return None
    if kind == "treaty" and head == "договор" and is_contract(tokens, first, index, last):
        kind = "contract"
    alias = bracketed_alias(tokens, last)
    return Candidate(first, last, kind, alias, tokens[first].start, tokens[last].end)


def title_start(sentence: TaggedSentence, head: int) -> int:
    """The first of the adjectives that agree with the head, an ordinal or "этот" excepted:
    they qualify the mention, not the title."""
    tokens, lemma = sentence.tokens, sentence.morphology.lemma
    first = head
    while (
        first > 0
        and tokens[first - 1].pos == "ADJ"
        and agrees(tokens[first - 1], tokens[head])
        and lemma(tokens[first - 1].text) not in NOT_TITLE_ADJECTIVES
    ):
        first -= 1
    return first


def spans_of(sentence: TaggedSentence, candidates: list[Candidate]) -> list[AgreementSpan]:
    """The outermost titles, each followed by the agreement it names inside it:
    "протокол о продлении договора о …" is the protocol, and the treaty it extends."""
    spans = []
    outer = leftmost_longest(candidates, lambda found: (found.start, found.end))
    for found in outer:
        inner = next(
            (
                other
                for other in candidates
                if other not in outer and found.start < other.start and other.end <= found.end
            ),
            None,
        )
        refers_to = title(sentence, inner) if inner else None
        spans.append(
            AgreementSpan(
                found.start, found.end, found.kind, title(sentence, found), found.alias, refers_to
            )
        )
        if inner is not None:
            spans.append(
                AgreementSpan(
                    inner.start, inner.end, inner.kind, title(sentence, inner), inner.alias
                )
            )
    return spans


def title(sentence: TaggedSentence, found: Candidate) -> str:
    """The candidate's nominative title."""
    span = sentence.tokens[found.first : found.last + 1]
    return normalize_name(sentence.morphology, span, "AGREEMENT")


def agrees(adjective: Token, noun: Token) -> bool:
    """Same case and number; nominative and accusative often share one form and the
    tagger splits them ("межправительственное соглашение")."""
    cases = {adjective.feats.get("Case"), noun.feats.get("Case")}
    same_case = len(cases - {None}) <= 1 or cases == {"Nom", "Acc"}
    number = adjective.feats.get("Number"), noun.feats.get("Number")
    return same_case and (None in number or number[0] == number[1])


def is_content(token: Token) -> bool:
    """Words a title is made of; full participles ("автоматизированной") count as adjectives."""
    participle = (
        token.pos == "VERB"
        and token.feats.get("VerbForm") == "Part"
        and "Variant" not in token.feats
    )
    return token.pos in CONTENT or participle


def tail_end(sentence: Sequence[Token], head: int, stops: set[int]) -> int:
    """Index of the last token of the head's dependent phrase (the head itself if none)."""
    nxt = head + 1
    if nxt >= len(sentence):
        return head
    opener = sentence[nxt]
    genitive = (
        is_content(opener) and opener.feats.get("Case") == "Gen" and not opener.text[:1].isdigit()
    )
    if opener.text.lower() not in OPENERS and not genitive:
        return head
    last, index = head, nxt
    while index < len(sentence) and index - head <= MAX_TAIL:
        token = sentence[index]
        word = token.text.lower()
        following = sentence[index + 1] if index + 1 < len(sentence) else None
        if token.text[:1].isdigit() and following is not None and is_date_word(following.text):
            break  # "… АЭС 19 ноября 2015 года": the date is not the title
        latin_name = token.text[:1].isupper() and token.text.isascii() and token.text.isalpha()
        if token.start in stops:
            break  # a date or duration ends the title: "… вооружений на пять лет"
        if latin_name or (
            is_content(token)
            and (
                not token.text[:1].isdigit() or (following is not None and following.pos == "NOUN")
            )
        ):
            last = index  # a number counts only before its noun: "на поставку 20 самолетов"
        elif token.text in QUOTE_MARKS:
            pass
        elif word in INNER_PREPOSITIONS | {"of", "and"}:
            # "соглашение о сотрудничестве в Москве": a place or date after "в" is not the title
            if (
                word in ("в", "во")
                and following is not None
                and (following.text[:1].isupper() or following.text[:1].isdigit())
            ):
                break
            if following is None or (
                not is_content(following)
                and following.pos not in ("ADP", "X")
                and following.text not in QUOTE_MARKS
            ):
                break
        else:
            break
        index += 1
    while last > head and sentence[last].text.lower() in INNER_PREPOSITIONS:
        last -= 1
    words = [t.text for t in sentence[head : last + 1]]
    opened = sum(w in "«„" for w in words) - sum(w in "»“" for w in words)
    if opened > 0 and last + 1 < len(sentence) and sentence[last + 1].text in "»“":
        last += 1  # close the quoted name the title ends with
    return last


def is_date_word(word: str) -> bool:
    return bool(MONTH_FORM.match(word.lower())) or word.lower().startswith("год")


def is_contract(sentence: Sequence[Token], first: int, head: int, last: int) -> bool:
    words = [t.text.lower() for t in sentence[head + 1 : last + 1]]
    adjectives = [t.text.lower() for t in sentence[first:head]]
    international = any(a.startswith(("межгосудар", "междунар", "межправит")) for a in adjectives)
    return not international and bool(words) and words[0] in CONTRACT_WORDS


def bracketed_alias(sentence: Sequence[Token], last: int) -> str | None:
    """ "Договор о нераспространении ядерного оружия (ДНЯО)": the abbreviation in brackets."""
    if last + 3 < len(sentence) + 1 and last + 2 < len(sentence):
        opening, word = sentence[last + 1], sentence[last + 2]
        closing = sentence[last + 3] if last + 3 < len(sentence) else None
        if (
            opening.text == "("
            and closing is not None
            and closing.text == ")"
            and word.text.isupper()
        ):
            return word.text
    return None
