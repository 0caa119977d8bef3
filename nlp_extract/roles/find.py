"""Who holds what position where: titles tied to people, read around PER mentions.

Two shapes cover most of Russian news:
- title before the name: "Директор Агентства «Узатом» Азим Ахмедхаджаев",
  "посол Казахстана в Узбекистане Бейбут Атамкулов", "по словам председателя правления … Юсупова";
- title in apposition after it: "Анна Петрова, пресс-секретарь компании «Казатомпром»",
  "Светлана Яковлева — директор Global Cultural Project", "Йоахим Лёв (второй тренер)".
How a title is read is in titles.py, titles before the name in preceding.py, titles
after it in appositions.py, whose post it is in whose.py, and posts stated by a verb
("стал кардиналом") in predicative.py.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from ..constants import DOUBLE_QUOTE_MARKS as QUOTES
from ..constants import LOC, ORG, PER
from ..entities.spans import NameSpan
from ..lexicon import POSSESSIVE
from ..sentences import TaggedSentence
from ..tokens import Token
from .appositions import after
from .posts import is_position
from .preceding import before
from .titles import RoleSpan
from .whose import same_cases


def find_roles(
    sentence: TaggedSentence, antecedents: Sequence[NameSpan] | None = None
) -> list[RoleSpan]:
    """Title–person pairs in one morph-tagged sentence (`antecedents`: the mentions "её"
    may stand for, of this sentence and the one before; by default this sentence's)."""
    tokens = sentence.tokens
    if not tokens:
        return []
    starts = [t.start for t in tokens]
    low, high = tokens[0].start, tokens[-1].end
    local = [m for m in sentence.mentions if low <= m.start < high]
    sentence = TaggedSentence(sentence.region, tokens, local, sentence.morphology)
    found: list[RoleSpan] = []
    for person in (m for m in local if m.type == PER):
        first = bisect_left(starts, person.start)
        last = bisect_left(starts, person.end) - 1
        role = before(sentence, first, person)
        more: list[RoleSpan] = []
        if role is None:
            posts = after(sentence, last, person)
            role, more = (posts[0], posts[1:]) if posts else (None, [])
        role = role or listed_role(tokens, found, person)
        if role and role.org is None:
            named = local if antecedents is None else antecedents
            org = pronoun_org(tokens, starts, role, named)
            if org is not None and org.start >= low:  # the text states it from the name on
                quote = next((t for t in tokens if t.end == org.start and t.text in QUOTES), None)
                start = quote.start if quote is not None else org.start
                role = replace(role, org=org, start=min(role.start, start))
            elif org is not None:
                role = replace(role, org=org)
        if role:
            found.append(role)
            found.extend(more)
            found.extend(second_post(sentence, starts, role))
    return found


def pronoun_org(
    sentence: Sequence[Token], starts: Sequence[int], role: RoleSpan, mentions: Sequence[NameSpan]
) -> NameSpan | None:
    """ "Главным владельцем Facebook является её основатель …": a post after "его"/"её"
    is at the organisation named last before the pronoun, in its sentence or the one
    before (`mentions`: of both sentences)."""
    index = bisect_left(starts, role.start)
    if index == 0 or sentence[index - 1].text.lower() not in POSSESSIVE:
        return None
    pronoun = sentence[index - 1].start
    before = [m for m in mentions if m.end <= pronoun and m.type != LOC]
    return before[-1] if before and before[-1].type == ORG else None


def second_post(sentence: TaggedSentence, starts: Sequence[int], role: RoleSpan) -> list[RoleSpan]:
    """ "председатель совета директоров и генеральный директор компании …", "писатель,
    поэт и журналист Дмитрий Быков": the posts listed before the one found are the
    person's too, at its organisation when they name none (when joined by "и"); so is a
    title in the same case written right before it ("наблюдатель от ОБСЕ португальский
    парламентарий Хуан Суареш")."""
    tokens, morphology = sentence.tokens, sentence.morphology
    posts: list[RoleSpan] = []
    if role.start >= role.person.start:
        return posts  # the title follows the name: what precedes is someone else's
    titles = {role.title}
    index = bisect_left(starts, role.start)
    while 2 <= index < len(tokens):
        joined = tokens[index - 1].text.lower() in ("и", ",")
        if joined:
            other = before(sentence, index - 1, role.person)
        elif is_position(tokens[index - 1], morphology):
            break  # "заместителя министра …": one title, the post that governs the other
        else:  # "Министр обороны России генерал армии Сергей Шойгу": two titles, no comma
            other = before(sentence, index, role.person)
            if other is not None and not same_cases(
                tokens[bisect_left(starts, other.start)], tokens[index]
            ):
                other = None
        if (
            other is None
            or other.title in titles
            or plural_post(sentence, bisect_left(starts, other.start))
        ):
            break  # "представители Госдумы, председатель Совета муфтиев …": others listed
        titles.add(other.title)
        # "председатель совета директоров и генеральный директор компании": one employer;
        # "министр по делам разведки, глава Комиссии …": a list of jobs
        shared = tokens[index - 1].text == "и"
        posts.append(
            replace(
                other,
                org=other.org or (role.org if shared else None),
                country=other.country or (role.country if shared else None),
                end=role.end,
            )
        )
        index = bisect_left(starts, other.start)
    return posts


def plural_post(sentence: TaggedSentence, start: int) -> bool:
    """The title's post noun, the first from `start`, is plural ("представители")."""
    position = next(
        (t for t in sentence.tokens[start:] if is_position(t, sentence.morphology)), None
    )
    return position is not None and position.feats.get("Number") == "Plur"


def listed_role(
    sentence: Sequence[Token], found: Sequence[RoleSpan], person: NameSpan
) -> RoleSpan | None:
    """ "сенаторов Иванова и Петрова": a plural post is each listed person's."""
    if found and found[-1].plural and listed_after(sentence, found[-1], person):
        return replace(found[-1], person=person, end=max(found[-1].end, person.end))
    return None


def listed_after(sentence: Sequence[Token], role: RoleSpan, person: NameSpan) -> bool:
    """The person follows the role's person in a list ("Иванова и Петрова", "…, Петрова")."""
    between = [t.text for t in sentence if role.person.end <= t.start and t.end <= person.start]
    return bool(between) and all(word in (",", "и") for word in between)
