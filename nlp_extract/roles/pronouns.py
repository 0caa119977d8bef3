"""The post of the person "он"/"она" stands for: "Леван Гачечиладзе стал кандидатом.
В настоящий момент он является депутатом парламента" is Гачечиладзе's post, when the
pronoun's gender agrees with the name the sentence before opened with."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..entities.spans import NameSpan
from ..morphology import Morphology
from ..sentences import name_token
from ..tokens import Token
from .predicative import subject_post
from .titles import RoleSpan

PRONOUNS = {"он": "Masc", "она": "Fem"}


def pronoun_role(
    sentence: Sequence[Token],
    mentions: Sequence[NameSpan],
    morphology: Morphology,
    antecedent: NameSpan,
    gender: str | None,
) -> RoleSpan | None:
    """ "Он является депутатом парламента": the post of the person the sentence before
    was about (`antecedent`, its subject), when "он"/"она" agrees with its gender."""
    start = next(
        (i for i, t in enumerate(sentence[:4]) if t.text.lower() in PRONOUNS and t.pos == "PRON"),
        None,
    )
    if start is None or PRONOUNS[sentence[start].text.lower()] != gender:
        return None
    if any(t.pos in ("VERB", "AUX", "PUNCT") for t in sentence[:start]):
        return None  # the pronoun opens the clause: "В настоящий момент он …"
    role = subject_post(sentence, start, start, antecedent, mentions, morphology)
    return replace(role, start=sentence[start].start) if role is not None else None


def opening_person(
    region: int, sentence: list[Token], people: list[NameSpan]
) -> tuple[int, NameSpan, str | None] | None:
    """The person a sentence opens with, in the nominative, and the name's gender: what
    "он"/"она" of the next sentence most often refers to."""
    first = people[0]
    words = [t for t in sentence if t.start < first.start and t.pos != "PUNCT"]
    at = name_token(sentence, first)
    if len(words) > 3 or at is None or sentence[at].feats.get("Case") not in (None, "Nom"):
        return None
    return region, first, sentence[at].feats.get("Gender")
