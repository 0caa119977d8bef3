"""Names beside the ids, so that a jq query needs no id lookup: a role's organisation,
a fact's people, an agreement's parties and dates. The ids stay: they are the join keys."""

from __future__ import annotations

from dataclasses import replace

from ..schema import (
    Agreement,
    AgreementDate,
    DateMention,
    DealFact,
    Document,
    MeetingFact,
    OccupationFact,
    OwnershipFact,
)


def with_names(document: Document) -> Document:
    names = {entity.id: entity.name for entity in document.entities}

    def name(identifier: str | None) -> str | None:
        return names.get(identifier) if identifier else None

    entities = [
        replace(
            entity,
            roles=[
                replace(role, org_name=name(role.org), place_name=name(role.place))
                for role in entity.roles
            ],
        )
        for entity in document.entities
    ]
    agreements = [
        named_agreement(agreement, document.dates, names) for agreement in document.agreements
    ]
    facts = []
    for fact in document.facts:
        if isinstance(fact, OccupationFact):
            fact = replace(
                fact,
                person_name=names[fact.person],
                org_name=name(fact.org),
                place_name=name(fact.place),
            )
        elif isinstance(fact, MeetingFact):
            fact = replace(
                fact,
                participant_names=[names[p] for p in fact.participants],
                place_name=name(fact.place),
            )
        elif isinstance(fact, DealFact):
            fact = replace(
                fact,
                participant_names=[names[p] for p in fact.participants],
                buyer_name=name(fact.buyer),
                seller_name=name(fact.seller),
                object_name=name(fact.object),
            )
        elif isinstance(fact, OwnershipFact):
            fact = replace(fact, owner_name=names[fact.owner], property_name=names[fact.property])
        facts.append(fact)
    return replace(document, entities=entities, agreements=agreements, facts=facts)


def named_agreement(
    agreement: Agreement, dates: list[DateMention], names: dict[str, str]
) -> Agreement:
    return replace(
        agreement,
        party_names=[names[p] for p in agreement.parties],
        dates=[dated(d, dates[d.date]) for d in agreement.dates],
    )


def dated(link: AgreementDate, date: DateMention) -> AgreementDate:
    return replace(link, text=date.text, start_date=date.start_date, end_date=date.end_date)
