"""Facts: occupations, meetings, deals, ownership and agreements, tied to the entities
and dates of their sentence.

A chunk's sentences give meeting and agreement spans (`meetings.find_meetings`,
`agreements.find_agreements`); once the entities are known, `occupations` turns the
roles into facts, `link_agreements` gives the agreements their parties and dates, and
`read` gives the other facts, each with its text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from ..entities.grouping import Grouping
from ..lexicon.deals import DEAL, SAYS_OWNING
from ..roles.national import national_posts
from ..roles.titles import RoleSpan
from ..schema import (
    Agreement,
    DateMention,
    DealFact,
    Entity,
    MeetingFact,
    OccupationFact,
    OwnershipFact,
)
from ..sentences import SentenceIndex, region_of
from ..tokens import Region
from . import linking
from .agreements import AgreementSpan
from .clauses import Clauses
from .deals import deals
from .meetings import MeetingSpan
from .ownership import ownership, owns, shareholders
from .status import given_by_verb, post_status

Fact = OccupationFact | MeetingFact | DealFact | OwnershipFact


def occupations(
    text: str,
    regions: Sequence[Region],
    roles: Sequence[RoleSpan],
    grouping: Grouping,
    clauses: Clauses | None = None,
) -> list[OccupationFact]:
    """The occupation facts of the roles whose person is an entity, a regional adjective
    read as the post's place and a national post given its country; whether each is
    held, was, or is only planned or possible."""
    jobs = linking.occupations(text, roles, grouping.ids, grouping.countries)
    jobs = linking.regional_titles(jobs, grouping.places)
    jobs = national_posts(jobs, text, regions, grouping.country_mentions)
    starts = [start for start, _ in regions]
    return [
        replace(job, status=post_status(clauses, *regions[region_of(starts, job.start)], job))
        for job in jobs
    ]


def link_agreements(
    text: str,
    spans: Sequence[AgreementSpan],
    index: SentenceIndex,
    dates: Sequence[DateMention],
) -> list[Agreement]:
    """Each agreement with the parties and dates of its sentence."""
    return [linking.link_agreement(text, span, index, dates) for span in spans]


def read(
    text: str,
    index: SentenceIndex,
    meetings: Sequence[MeetingSpan],
    grouping: Grouping,
    jobs: Sequence[OccupationFact],
    entities: Sequence[Entity],
    clauses: Clauses | None = None,
) -> list[Fact]:
    """The facts of a text: posts (an owner's title is an ownership instead), meetings,
    deals and ownership; each rule gives its facts with their text, and reads from the
    `clauses` (the sentences' syntax) whether each happened and who did what."""
    found = deals(text, index, clauses)
    return [
        *(job for job in jobs if not owns(job)),
        *linking.meetings(text, index, meetings, grouping.ids, jobs, clauses),
        *found,
        *ownership(text, index, jobs, entities, clauses),
        *shareholders(text, index, found, entities),
    ]


def expect_parses(
    clauses: Clauses,
    text: str,
    regions: Sequence[Region],
    meetings: Sequence[MeetingSpan],
    roles: Sequence[RoleSpan],
    names: Sequence[tuple[int, int]],
) -> Clauses:
    """Tell the clauses which sentences the fact rules will ask for, so they are parsed in
    one batch: those with a purchase; and, with a cue of doubt, those with a meeting, deal
    or ownership word, or a post given by a verb. A deal or ownership needs two names in
    its sentence (`names`: the offsets of the named spans)."""
    starts = [start for start, _ in regions]
    named = Counter(region_of(starts, start) for start, _ in names)
    asked = [regions[region_of(starts, meeting.trigger)] for meeting in meetings]
    asked += list(
        {
            region
            for role in roles
            if given_by_verb(
                text, region := regions[region_of(starts, role.start)], role.start, role.end
            )
        }
    )
    purchases = []
    for number, region in enumerate(regions):
        if named[number] < 2:
            continue
        found = DEAL.search(text, *region)
        if found and found.lastgroup == "purchase":
            purchases.append(region)
        elif found or SAYS_OWNING.search(text, *region):
            asked.append(region)
    clauses.expect(purchases, doubtful_only=False)
    clauses.expect(asked)
    return clauses
