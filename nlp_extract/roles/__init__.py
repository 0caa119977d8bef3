"""Who holds which post: titles before and after names, posts a verb states, a pronoun's
post, the organisations a verb of heading gives, and the country of a national post.

`read` is the entry: the title–person pairs of a chunk's tagged sentences.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..constants import PER
from ..entities.spans import NameSpan
from ..lexicon import POSSESSIVE, SOURCE_BEFORE
from ..sentences import TaggedSentence
from .find import find_roles
from .heading import heading_roles
from .predicative import predicative_roles
from .pronouns import opening_person, pronoun_role
from .titles import RoleSpan


def read(text: str, sentences: Sequence[TaggedSentence]) -> list[RoleSpan]:
    """Title–person pairs of the sentences that name a person; a sentence right after
    one that opens with a person may give that person's post by "он"/"она"."""
    found: list[RoleSpan] = []
    before = {sentence.region: sentence.mentions for sentence in sentences}
    subject: tuple[int, NameSpan, str | None] | None = None  # a sentence's opening person
    for sentence in sentences:
        if not sentence.mentions:
            continue
        if subject is not None and subject[0] == sentence.region - 1:
            role = pronoun_role(sentence, subject[1], subject[2])
            found += [role] if role else []
        people = [m for m in sentence.mentions if m.type == PER]
        if not people:
            continue
        near = antecedents(text, sentence, before.get(sentence.region - 1, []))
        roles = find_roles(sentence, near)
        held = {role.person for role in roles}
        found += roles + predicative_roles(sentence, held)
        found += heading_roles(sentence)
        subject = opening_person(sentence, people)
    return found


def antecedents(
    text: str, sentence: TaggedSentence, previous: Sequence[NameSpan]
) -> list[NameSpan] | None:
    """What "его"/"её" before a post may stand for: the mentions of this sentence and the
    one before (`previous`), the sources that report left out; None when the sentence has
    no such pronoun (the sentence's own mentions then serve)."""
    if not any(token.text.lower() in POSSESSIVE for token in sentence.tokens):
        return None
    near = [*previous, *sentence.mentions]
    return [m for m in near if not SOURCE_BEFORE.search(text, max(0, m.start - 30), m.start)]
