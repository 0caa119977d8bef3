"""Whose post a title is: the case of a post and of the name beside it.

A title stands in apposition with the name it belongs to and shares its case;
"представитель Обамы", "дочь капитана Анна", "соратник Цзян Цзэминя, премьер …" name
a post of someone else. The tagger's cases of names are trusted only where the
dictionary agrees.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..entities.spans import NameSpan
from ..lexicon.posts import RELATIONAL
from ..morphology import Morphology
from ..sentences import TaggedSentence, name_token
from ..tokens import Token
from .posts import folded_lemmas, is_position


def agree(post: Token, name: Token, morphology: Morphology) -> bool:
    """A post in the nominative and a name in an oblique case that has no nominative
    reading, or a post held for another with a genitive name after it: the name is
    someone else's ("представитель Обамы", "президент с супругой Людмилой"). The
    tagger's cases of names are not trusted further than that."""
    post_case, name_case = post.feats.get("Case"), name.feats.get("Case")
    if name_case == "Gen" and post_case not in ("Gen", "Acc") and is_relational(post, morphology):
        return False  # "адвокат Маркива", "официальными представителями Путина"
    if post_case != "Nom" or name_case not in ("Gen", "Dat", "Ins", "Loc"):
        return True
    return any(form.feats.get("Case") == "Nom" for form in morphology.forms(name.text.lower()))


def is_relational(post: Token, morphology: Morphology) -> bool:
    return bool(folded_lemmas(post.text, morphology) & RELATIONAL)


def whose(other: NameSpan, person: NameSpan, sentence: Sequence[Token], index: int) -> bool:
    """A genitive name right before the person is whose post it is, not a holder:
    "Адвокат Александра Кокорина Андрей Ромашов" is Ромашов's post."""
    between = [t for t in sentence if other.end <= t.start and t.end <= person.start]
    return not between and sentence[index].feats.get("Case") == "Gen"


def someone_elses(sentence: TaggedSentence, position: int, first: int) -> bool:
    """ "дочь капитана Ханна", "мать пограничника Светлану": a genitive post after a
    noun that is no post belongs to a third person, when the name cannot be genitive."""
    tokens, morphology = sentence.tokens, sentence.morphology
    post, name = tokens[position], tokens[first]
    if post.feats.get("Case") != "Gen":
        return False  # the name's own tag is not trusted: its dictionary forms are
    cases = {form.feats.get("Case") for form in morphology.forms(name.text.lower())} - {None}
    if not cases or "Gen" in cases:
        return False  # may be genitive, or the dictionary cannot say ("Ху Цзиньтао")
    left = position - 1
    while left >= 0 and (
        tokens[left].pos == "ADJ"
        or tokens[left].text.lower() in (",", "и")
        or is_position(tokens[left], morphology)  # "дочь писателя, актёра и режиссёра"
    ):
        left -= 1
    return left >= 0 and tokens[left].pos == "NOUN" and not is_position(tokens[left], morphology)


def same_case(sentence: Sequence[Token], position: int, person: NameSpan) -> bool:
    """An apposition agrees with an oblique name ("слова Александра Брода, известного
    борца …"); a post in another case is someone else's ("соратник Цзян Цзэминя,
    премьер …")."""
    name = name_token(sentence, person)
    case = sentence[name].feats.get("Case") if name is not None else None
    if name is None or case not in ("Gen", "Dat", "Ins", "Loc"):
        return True
    post = sentence[position]
    return post.feats.get("Case") is None or same_cases(post, sentence[name])


def same_cases(a: Token, b: Token) -> bool:
    """The tagger gives both one case (an animate accusative is the genitive's form)."""
    cases = {a.feats.get("Case"), b.feats.get("Case")}
    return None not in cases and (len(cases) == 1 or cases == {"Gen", "Acc"})
