"""The post of the person "он"/"она" stands for: "Леван Гачечиладзе стал кандидатом.
В настоящий момент он является депутатом парламента" is Гачечиладзе's post, when the
pronoun's gender agrees with the name the sentence before opened with."""

from __future__ import annotations

from dataclasses import replace

from ..entities.spans import NameSpan
from ..lexicon.grammar import PRONOUNS
from ..sentences import TaggedSentence, name_token
from .predicative import subject_post
from .titles import RoleSpan


def pronoun_role(
    sentence: TaggedSentence, antecedent: NameSpan, gender: str | None
) -> RoleSpan | None:
    """ "Он является депутатом парламента": the post of the person the sentence before
    was about (`antecedent`, its subject), when "он"/"она" agrees with its gender."""
    tokens = sentence.tokens
    start = next(
        (i for i, t in enumerate(tokens[:4]) if t.text.lower() in PRONOUNS and t.pos == "PRON"),
        None,
    )
    if start is None or PRONOUNS[tokens[start].text.lower()] != gender:
        return None
    if any(t.pos in ("VERB", "AUX", "PUNCT") for t in tokens[:start]):
        return None  # the pronoun opens the clause: "В настоящий момент он …"
    role = subject_post(sentence, start, start, antecedent)
    return replace(role, start=tokens[start].start) if role is not None else None


def opening_person(
    sentence: TaggedSentence, people: list[NameSpan]
) -> tuple[int, NameSpan, str | None] | None:
    """The person a sentence opens with (of its `people`), in the nominative, with the
    sentence's region and the name's gender: what "он"/"она" of the next sentence most
    often refers to."""
    tokens = sentence.tokens
    first = people[0]
    words = [t for t in tokens if t.start < first.start and t.pos != "PUNCT"]
    at = name_token(tokens, first)
    if len(words) > 3 or at is None or tokens[at].feats.get("Case") not in (None, "Nom"):
        return None
    return sentence.region, first, tokens[at].feats.get("Gender")
