"""A bare surname (or first name) that two people of a document share: each mention is
the namesake just named, else the one the story is about.

"Уоррен Баффет … Баффет … его сын Говард Баффет … Баффет-младший …", "Фидель Кастро
… Рауль Кастро … Кастро заявил": a short name that is part of several full names joins
none of them when names are linked (group.py), and all its mentions are one group.
Read in order, a bare "Кастро" a sentence or two after a full name is that namesake;
further on, it is the one the story names most (the first named, on a tie). A bare
name whose verb or case tells a woman or a man is never a namesake of the other sex
("Её брат Роберт Рено писал … Рено, чей рост …, сказала": Джанет Рено).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from ..constants import PER
from .full_names import part_of_name
from .likeness import person_words
from .sex import PastSex, mention_sex, past_sex_by_ending, told_sex
from .spans import NameSpan

# how far back a full name is the one a bare name right after it means: a sentence or two
JUST_NAMED = 300


def share_namesakes(
    text: str,
    mentions: Sequence[NameSpan],
    groups: list[list[int]],
    past_sex: PastSex = past_sex_by_ending,
) -> list[list[int]]:
    """The groups (lists of indexes into `mentions`, which are in text order) with each
    group of short names that several full names of people contain handed out among
    them, mention by mention (the caller's lists are left as they are)."""
    groups = [list(group) for group in groups]
    said = [person_words(mention.name) for mention in mentions]
    fuller = {
        number: {said[i] for i in group} - {()}
        for number, group in enumerate(groups)
        if mentions[group[0]].type == PER
    }
    moved: dict[int, list[int]] = {}
    for number, names in fuller.items():
        if any(len(name) > 1 for name in names):
            continue  # a group that holds a full name keeps its mentions
        owners = [
            other
            for other, whole in fuller.items()
            if other != number
            and any(part_of_name(part, name) for part in names for name in whole if len(name) > 1)
        ]
        if len(owners) < 2:
            continue
        full_starts = {
            owner: sorted(mentions[i].start for i in groups[owner] if len(said[i]) > 1)
            for owner in owners
        }
        sexes = {
            owner: told_sex(
                text, ((mentions[i].start, mentions[i].end) for i in groups[owner]), past_sex
            )
            for owner in owners
        }
        for index in groups[number]:
            mention = mentions[index]
            sex = mention_sex(text, mention.start, mention.end, past_sex)
            fitting = {o: s for o, s in full_starts.items() if sexes[o] in (None, sex)}
            starts = fitting if sex is not None and fitting else full_starts
            moved.setdefault(meant(starts, mention.start), []).append(index)
        groups[number] = []
    for owner, indexes in moved.items():
        groups[owner] = sorted(groups[owner] + indexes)
    return [group for group in groups if group]


def meant(starts: dict[int, list[int]], at: int) -> int:
    """The owner whose full name stands last within JUST_NAMED before `at`; else the one
    whose full name the text writes most, the first named on a tie."""
    just = {
        owner: before
        for owner, positions in starts.items()
        if (index := bisect_left(positions, at)) > 0
        and at - (before := positions[index - 1]) < JUST_NAMED
    }
    if just:
        return max(just, key=lambda owner: just[owner])
    return min((-len(s), s[0], owner) for owner, s in starts.items() if s)[2]
