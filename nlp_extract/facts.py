"""Facts that tie agreements to the entities and dates of their sentence."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from .agreements import AgreementSpan
from .schema import Agreement, AgreementDate, DateMention, Entity

DATE_ROLES = [
    ("in_force", re.compile(r"вступ\w*\s+в\s+силу|действу\w*|вступлени\w+\s+в\s+силу", re.IGNORECASE)),
    ("signed", re.compile(r"подпис\w*|заключ\w*|подписани\w+", re.IGNORECASE)),
    ("planned", re.compile(r"планир\w*|намер\w*|предполага\w*|должн\w*|будет|будут", re.IGNORECASE)),
]


def sentence_of(regions: Sequence[tuple[int, int]], offset: int) -> tuple[int, int]:
    index = bisect_right([start for start, _ in regions], offset) - 1
    return regions[max(index, 0)]


def date_role(text: str, span: AgreementSpan, date: DateMention, sentence_start: int) -> str | None:
    """What the date is to the agreement: from the words between them, else from the
    verb before the agreement ("заключили соглашение … 19 ноября 2015 года")."""
    between = text[span.end : date.start] if date.start >= span.end else text[date.end : span.start]
    for context in (between, text[sentence_start : min(span.start, date.start)]):
        for role, pattern in DATE_ROLES:
            if pattern.search(context):
                return role
    return None


def link_agreement(
    text: str,
    span: AgreementSpan,
    name: str,
    regions: Sequence[tuple[int, int]],
    entities: Sequence[Entity],
    dates: Sequence[DateMention],
) -> Agreement:
    """The agreement record with its parties and dates from the same sentence."""
    low, high = sentence_of(regions, span.start)
    parties = []
    for entity in entities:
        if entity.type == "PER" or (entity.type == "LOC" and not entity.code):
            continue
        if any(low <= m.start < high and not (span.start <= m.start < span.end) for m in entity.mentions):
            parties.append(entity.id)
    linked = [
        AgreementDate(date=index, role=date_role(text, span, item, low))
        for index, item in enumerate(dates)
        if low <= item.start < high
    ]
    return Agreement(
        start=span.start,
        end=span.end,
        text=text[span.start : span.end],
        name=name,
        kind=span.kind,
        aliases=[span.alias] if span.alias else [],
        parties=parties,
        dates=linked,
    )
