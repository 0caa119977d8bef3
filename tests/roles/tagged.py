"""Compact tagged sentences for the roles rules, over a fake morphology (no models).

A case is written as razdel's tests write theirs: the sentence with its mentions in
brackets and their type after them, and the words' tags in one line, one per word
(punctuation is tagged PUNCT by itself):

    sentence(
        "Министр иностранных дел [России]LOC [Сергей Лавров]PER прибыл",
        "NOUN:Nom ADJ:Gen,Plur NOUN:Gen,Plur PROPN:Gen PROPN:Nom PROPN:Nom VERB",
    )

A tag is a part of speech and, after ":", feature values; each value names its
feature (Gen is a Case, Plur a Number, Fem a Gender, Pass a Voice, Part a VerbForm).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from nlp_extract.entities.spans import NameSpan
from nlp_extract.morphology import Morphology
from nlp_extract.roles.titles import RoleSpan
from nlp_extract.sentences import TaggedSentence
from nlp_extract.tokens import Token, tokenize_span

from ..fakes import FakeDictionary, FakeForm, features

MENTION = re.compile(r"\[([^\]]+)\](PER|ORG|LOC)")


class Form(FakeForm):
    """A reading that also inflects to the nominative singular ("сенаторов" ->
    "сенатор"), as titles ask."""

    def inflect(self, grams: set[str]) -> FakeForm | None:
        case = next(iter(grams - {"Sing", "Plur"}))
        if case not in self.cases:
            return None
        return FakeForm(self.cases[case], self.normal, self.pos, {**self.feats, "Case": case})


def reading(word: str, normal: str, tag: str, *grams: str) -> Form:
    """A dictionary reading of a lower-case word: its lemma, its tag as in `sentence`
    and OpenCorpora grams ("anim"); it inflects to its lemma in the nominative."""
    pos, feats = parse_tag(tag)
    return Form(word, normal, pos, feats, frozenset({pos, *grams}), {"Nom": normal})


def morphology(*readings: Form) -> Morphology:
    """A dictionary of just these readings."""
    return Morphology(FakeDictionary(list(readings)))


def parse_tag(tag: str) -> tuple[str, dict[str, str]]:
    pos, _, values = tag.partition(":")
    return pos, features(values)


def sentence(text: str, tags: str, readings: Morphology | None = None) -> TaggedSentence:
    """The tagged sentence a case writes (`readings`: the dictionary the rules ask)."""
    mentions: list[NameSpan] = []
    plain = ""
    at = 0
    for match in MENTION.finditer(text):
        plain += text[at : match.start()]
        mentions.append(NameSpan(len(plain), len(plain) + len(match[1]), match[2]))
        plain += match[1]
        at = match.end()
    plain += text[at:]
    words = tags.split()
    tokens: list[Token] = []
    for token in tokenize_span(plain, 0, len(plain)):
        if not any(c.isalnum() for c in token.text):
            tokens.append(token._replace(pos="PUNCT"))
            continue
        assert words, f"no tag for {token.text!r}"
        pos, feats = parse_tag(words.pop(0))
        tokens.append(token._replace(pos=pos, feats=feats))
    assert not words, f"tags left over: {words}"
    return TaggedSentence(0, tokens, mentions, readings or morphology())


def text_of(sentence: TaggedSentence) -> str:
    """The sentence's text back from its tokens (one space between them, as razdel cut it)."""
    out = ""
    for token in sentence.tokens:
        out += " " * (token.start - len(out)) + token.text
    return out


def span(sentence: TaggedSentence, mention: NameSpan | None) -> str | None:
    return None if mention is None else text_of(sentence)[mention.start : mention.end]


def read(sentence: TaggedSentence, roles: Sequence[RoleSpan]) -> list[tuple[str | None, ...]]:
    """Each role as (person, title, org, place), by their text."""
    return [
        (span(sentence, r.person), r.title, span(sentence, r.org), span(sentence, r.place))
        for r in roles
    ]


def at(sentence: TaggedSentence, word: str) -> int:
    """The index of the first token written `word`."""
    return next(i for i, token in enumerate(sentence.tokens) if token.text == word)


def person(sentence: TaggedSentence, name: str) -> NameSpan:
    """The PER mention written `name`."""
    return next(m for m in sentence.mentions if span(sentence, m) == name)
