"""The Extractor: every stage over one text, composed in one place, returning a Document.

A text is read as a page (metadata, content regions), its reference date decided,
its dates found; then, a chunk of regions at a time, its named spans are found and
named and its agreements and roles read; the spans of all chunks are grouped into
entities, and the facts tie entities, dates and agreements together.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property

from .constants import ORG, PER
from .dates import DateExtractor
from .dates.reference import reference_date
from .entities import gazetteer
from .entities.build import (
    build_entities,
    canonical_names,
    country_ids,
    country_mentions,
    entity_ids,
    place_names,
)
from .entities.group import cluster
from .entities.names import NameParser
from .entities.naming import agreed_names, named, qualify_by_place
from .entities.propagate import propagate
from .entities.readable import with_names
from .entities.repair import (
    common_word_off,
    organisation_off,
    repair,
    title_off,
    two_people_apart,
)
from .entities.retype import (
    dateline,
    join_name_parts,
    known_places,
    majority_type,
    quoted_names,
    retype_known,
)
from .entities.spans import NameSpan, ner_spans, overlay
from .facts.agreements import TRIGGER as AGREEMENT_TRIGGER
from .facts.agreements import AgreementSpan, find_agreements
from .facts.deals import SOURCE_BEFORE, deals
from .facts.linking import link_agreement, meetings, occupations, regional_titles, roles_of
from .facts.meetings import MeetingSpan, find_meetings
from .facts.ownership import ownership, owns, shareholders
from .models import Models
from .morphology import Morphology
from .reading.language import language
from .reading.language import warning as language_warning
from .reading.markup import is_html, page_meta, visible, with_page_texts
from .reading.page import blocks, parse_page
from .roles.find import find_roles
from .roles.heading import heading_roles
from .roles.national import national_posts
from .roles.posts import POSSESSIVE, is_position_word
from .roles.predicative import predicative_roles
from .roles.pronouns import opening_person, pronoun_role
from .roles.titles import RoleSpan
from .schema import (
    DateMention,
    DealFact,
    Document,
    MeetingFact,
    Meta,
    OccupationFact,
    OwnershipFact,
)
from .sentences import SentenceIndex
from .tokens import Region, Token, TokenIndex, split_by_region, tag_morph, tokenize_blocks


@dataclass(frozen=True)
class Reading:
    """A text, its Document, and the content regions (sentences) the pipeline read:
    what every output format is written from."""

    text: str
    document: Document
    regions: list[Region]


@dataclass(frozen=True)
class ChunkReading:
    """What one run of regions yields; its tokens are gone once it is read."""

    spans: list[NameSpan]
    agreements: list[AgreementSpan]
    roles: list[RoleSpan]
    meetings: list[MeetingSpan]


class Extractor:
    """Loads natasha's models once (lazily) and extracts from any number of texts."""

    def __init__(self, models: Models | None = None) -> None:
        self.models = models or Models()

    @property
    def morphology(self) -> Morphology:
        return self.models.morphology

    @cached_property
    def names(self) -> NameParser:
        return NameParser(self.morphology)

    @cached_property
    def dates(self) -> DateExtractor:
        return DateExtractor(self.morphology)

    def warm_up(self) -> Extractor:
        self.models.warm_up()
        _ = self.names, self.dates
        return self

    def extract(
        self,
        text: str,
        date: str | date | None = None,
        id: str = "-",
        encoding: str = "utf-8",
    ) -> Document:
        """Entities, dates, agreements and facts of one decoded text."""
        return self.read(text, date, id, encoding).document

    def read(
        self,
        text: str,
        date: str | date | None = None,
        id: str = "-",
        encoding: str = "utf-8",
    ) -> Reading:
        """The Document of one decoded text, with the regions it was read from. A web
        page is read by its visible text, which keeps every offset of the page."""
        source, markup = text, is_html(text)
        if markup:
            text = visible(source)
        page = parse_page(text)
        if markup:
            head = page_meta(source)
            page.title, page.url = head.title or page.title, head.url or page.url
            page.date = head.date or page.date
        reference = reference_date(text, page, self.dates, date)
        code = language(text)
        errors = [warning] if (warning := language_warning(code)) else []
        meta = Meta(
            date=page.date,
            url=page.url,
            title=page.title,
            encoding=encoding,
            chars=len(text),
            format="html" if markup else "text",
            language=code,
            reference_date=reference.isoformat() if reference else None,
        )
        if not page.regions:
            return Reading(source, Document(id=id, meta=meta, errors=errors), [])

        dates = self.dates(text, page.regions, reference)
        readings = [self.read_chunk(text, chunk, dates) for chunk in chunks(text, page.regions)]
        spans = majority_type([span for reading in readings for span in reading.spans])
        clusters = cluster(text, spans, gazetteer.load())
        names = canonical_names(text, clusters, gazetteer.load())
        countries = country_ids(clusters, names, gazetteer.load())
        ids = entity_ids(clusters)
        jobs = occupations([role for r in readings for role in r.roles], ids, countries)
        jobs = regional_titles(jobs, place_names(clusters, names))
        jobs = national_posts(
            jobs, text, page.regions, country_mentions(clusters, names, gazetteer.load())
        )
        entities = build_entities(
            text, clusters, names, self.names, gazetteer.load(), roles_of(jobs)
        )
        index = SentenceIndex(page.regions, spans, entities, dates)
        agreements = [
            link_agreement(text, span, index, dates)
            for reading in readings
            for span in reading.agreements
        ]
        facts: list[OccupationFact | MeetingFact | DealFact | OwnershipFact] = [
            *(job for job in jobs if not owns(job)),  # an owner's title is an ownership
            *meetings(text, index, [m for r in readings for m in r.meetings], ids, jobs),
            *(found := deals(text, index)),
            *ownership(text, index, jobs, entities),
            *shareholders(text, index, found, entities),
        ]
        facts = [replace(fact, text=text[fact.start : fact.end]) for fact in facts]
        document = Document(
            id=id,
            meta=meta,
            entities=entities,
            dates=dates,
            agreements=agreements,
            facts=facts,
            errors=errors,
        )
        if markup:
            document = with_page_texts(document, source)
        return Reading(source, with_names(document), page.regions)

    def read_chunk(
        self, text: str, regions: list[Region], dates: Sequence[DateMention]
    ) -> ChunkReading:
        """Named spans, agreement titles and roles of a run of regions.

        The chunk's tokens live only while it is read, so a long text never holds all
        of them at once.
        """
        in_blocks = tokenize_blocks(text, blocks(text, regions))
        spans = self.find_spans(text, regions, in_blocks)
        sentences = dict(enumerate(split_by_region(in_blocks, regions)))
        index = SentenceIndex(regions, spans)
        with_agreements = [
            i for i, region in enumerate(regions) if AGREEMENT_TRIGGER.search(text, *region)
        ]
        needed = sorted(set(index.mentions) | set(with_agreements))
        tagged = dict(zip(needed, tag_morph(self.models.morph, [sentences[i] for i in needed])))
        tokens = TokenIndex(list(tagged.values()))

        spans = agreed_names(text, named(text, spans, tokens, self.morphology))
        spans = retype_known(spans, gazetteer.load())
        org_names = multiword_org_names(spans)  # before "МИД" becomes "МИД России"
        spans = qualify_by_place(text, spans, tokens)
        date_spans = [(item.start, item.end) for item in dates]
        agreements = [
            agreement
            for i in with_agreements
            for agreement in find_agreements(text, tagged[i], self.morphology, date_spans)
        ]
        named_index = SentenceIndex(regions, spans)
        roles = self.roles(text, tagged, named_index)
        found = [
            meeting
            for i, local in sorted(named_index.mentions.items())
            if i in tagged and any(m.type == PER for m in local) and len(local) >= 2
            for meeting in find_meetings(tagged[i], local, self.morphology)
        ]
        return ChunkReading(propagate(text, spans, regions, org_names), agreements, roles, found)

    def find_spans(
        self, text: str, regions: list[Region], in_blocks: list[list[Token]]
    ) -> list[NameSpan]:
        """natasha's NER spans, repaired and completed (datelines, quoted names, repeats)."""
        morphology = self.morphology
        spans = repair(text, ner_spans(self.models.ner, in_blocks), morphology.lemma)
        spans = title_off(text, spans, lambda word: is_position_word(word, morphology))
        spans = common_word_off(text, spans, morphology.is_common_word)
        spans = organisation_off(text, spans, morphology.is_organisation)
        spans = two_people_apart(text, spans, morphology.is_first_name)
        spans = overlay(spans, dateline(text, regions))
        spans = overlay(spans, quoted_names(text, spans))
        spans = propagate(text, spans, regions)
        spans = join_name_parts(text, spans, morphology)
        return known_places(text, spans, regions, gazetteer.load(), morphology)

    def roles(
        self, text: str, tagged: dict[int, list[Token]], index: SentenceIndex
    ) -> list[RoleSpan]:
        """Title–person pairs of the sentences that name a person."""
        found: list[RoleSpan] = []
        subject: tuple[int, NameSpan, str | None] | None = None  # a sentence's opening person
        for i, local in sorted(index.mentions.items()):
            if i not in tagged:
                continue
            if subject is not None and subject[0] == i - 1:
                role = pronoun_role(tagged[i], local, self.morphology, subject[1], subject[2])
                found += [role] if role else []
            people = [m for m in local if m.type == PER]
            if not people:
                continue
            roles = find_roles(
                tagged[i], local, self.morphology, antecedents(text, tagged[i], index, i)
            )
            held = {role.person for role in roles}
            found += roles + predicative_roles(tagged[i], local, self.morphology, held)
            found += heading_roles(tagged[i], local, self.morphology)
            subject = opening_person(i, tagged[i], people)
        return found


def antecedents(
    text: str, sentence: list[Token], index: SentenceIndex, region: int
) -> list[NameSpan] | None:
    """What "его"/"её" before a post may stand for: the mentions of this sentence and the
    one before, the sources that report left out; None when the sentence has no such
    pronoun (the sentence's own mentions then serve)."""
    if not any(token.text.lower() in POSSESSIVE for token in sentence):
        return None
    near = [*index.mentions.get(region - 1, []), *index.mentions[region]]
    return [m for m in near if not SOURCE_BEFORE.search(text, max(0, m.start - 30), m.start)]


def multiword_org_names(spans: list[NameSpan]) -> dict[str, str]:
    """Canonical organisation names of several words, to find where they stand uninflected."""
    return {m.name: ORG for m in spans if m.type == ORG and " " in m.name and m.name[:1].isupper()}


# A long text is read in runs of regions of about this many characters, cut at line
# breaks, so its tokens never all sit in memory at once.
CHUNK_CHARS = 100_000


def chunks(text: str, regions: list[Region]) -> list[list[Region]]:
    """Consecutive regions grouped up to CHUNK_CHARS, each group ending at a line break."""
    groups: list[list[Region]] = [[]]
    size = 0
    for number, region in enumerate(regions):
        groups[-1].append(region)
        size += region[1] - region[0]
        following = regions[number + 1][0] if number + 1 < len(regions) else len(text)
        if size >= CHUNK_CHARS and "\n" in text[region[1] : following]:
            groups.append([])
            size = 0
    return [group for group in groups if group]
