"""The Extractor: every stage over one text, composed in one place, returning a Document.

A text is read as a page (metadata, content regions), its reference date decided,
its dates found; then, a chunk of regions at a time, its named spans are found and
named and its agreements, roles and meetings read; the spans of all chunks are
grouped into entities, and the facts tie entities, dates and agreements together.
"""

from __future__ import annotations

import gc
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property

from . import facts, quotes, reading, roles
from .constants import ORG, PER
from .dates import DateExtractor
from .dates.reference import Reference, reference_date
from .entities import gazetteer as gazetteers
from .entities.find import find_spans
from .entities.gazetteer import Gazetteer
from .entities.grouping import group
from .entities.names import NameParser
from .entities.naming import agreed_names, known_place_names, named, qualify_by_place
from .entities.organisations import names_without_adjective
from .entities.propagate import propagate
from .entities.readable import with_names
from .entities.retype import majority_type, retype_known
from .entities.spans import NameSpan, ner_spans
from .facts.agreements import AgreementSpan, find_agreements
from .facts.clauses import Clauses, asides_in
from .facts.meetings import MeetingSpan, find_meetings
from .lexicon.agreements import TRIGGER as AGREEMENT_TRIGGER
from .models import Models
from .morphology import Morphology
from .nominative import phrase_nominative
from .reading.language import language
from .reading.language import warning as language_warning
from .reading.markup import with_page_texts
from .reading.page import blocks
from .roles.posts import post_lemmas
from .roles.titles import RoleSpan
from .schema import DateMention, DocError, Document, Meta
from .sentences import SentenceIndex, TaggedSentence, mentions_by_region, region_of
from .tagging import tag_morph
from .tokens import Region, Token, TokenIndex, chunks, split_by_region, tokenize_blocks


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
    """Loads natasha's models once (lazily) and extracts from any number of texts; the
    gazetteer is built by the caller or loaded from the bundled data."""

    def __init__(self, models: Models | None = None, gazetteer: Gazetteer | None = None) -> None:
        self.models = models or Models()
        self._gazetteer = gazetteer

    @property
    def morphology(self) -> Morphology:
        return self.models.morphology

    @cached_property
    def gazetteer(self) -> Gazetteer:
        return self._gazetteer or gazetteers.load()

    @cached_property
    def names(self) -> NameParser:
        return NameParser(self.morphology)

    @cached_property
    def dates(self) -> DateExtractor:
        return DateExtractor(self.morphology)

    def warm_up(self) -> Extractor:
        """Load every model, grammar and table now, before the first text, and move
        them out of the cycle collector's way (gc.freeze): their vocabularies are
        containers of hundreds of thousands of items, which each full collection would
        otherwise walk again (a sixth of a second per pass over factRu dev). Whatever
        the process holds at this moment is frozen with them: it stays in memory as long
        as it is referenced, as before, but a reference cycle of it is never collected."""
        self.models.warm_up()
        _ = self.names, self.dates, self.gazetteer
        gc.collect()
        gc.freeze()
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
        page = reading.read(text)
        found = self.dates.find(page.text, page.page.regions)
        reference = reference_date(
            page.text, page.page, self.dates, date, self.dates.story_date(found)
        )
        meta, errors = self.meta(page, encoding, reference)
        document = Document(id=id, meta=meta, errors=errors)
        if page.page.regions:
            dates = self.dates.resolve(
                page.text, found, reference.date, story=reference.source == "story"
            )
            document = self.read_regions(document, page.text, page.page.regions, dates)
        if page.markup:
            document = with_page_texts(document, page.source)
        return Reading(page.source, with_names(document), page.page.regions)

    def meta(
        self, page: reading.PageText, encoding: str, reference: Reference
    ) -> tuple[Meta, list[DocError]]:
        """The document's metadata, and a warning when the text is not Russian."""
        code = language(page.text)
        meta = Meta(
            date=page.page.date,
            url=page.page.url,
            title=page.page.title,
            encoding=encoding,
            chars=len(page.text),
            format="html" if page.markup else "text",
            language=code,
            reference_date=reference.date.isoformat() if reference.date else None,
            reference_date_source=reference.source,
        )
        return meta, [warning] if (warning := language_warning(code)) else []

    def read_regions(
        self, document: Document, text: str, regions: list[Region], dates: list[DateMention]
    ) -> Document:
        """The document with what its content regions hold: chunk by chunk the spans,
        roles, meetings and agreements; then entities, and the facts that tie them."""
        readings = [self.read_chunk(text, chunk, dates) for chunk in chunks(text, regions)]
        spans = majority_type([span for reading in readings for span in reading.spans])
        grouping = group(
            text, spans, self.gazetteer, self.morphology.is_patronymic, self.morphology.past_sex
        )
        role_spans = [role for reading in readings for role in reading.roles]
        meetings = [meeting for reading in readings for meeting in reading.meetings]
        clauses = Clauses(text, lambda sentences: self.models.syntax(sentences), self.morphology)
        facts.expect_parses(
            clauses, text, regions, meetings, role_spans, [(s.start, s.end) for s in spans]
        )
        jobs = facts.occupations(text, regions, role_spans, grouping, clauses)
        entities = grouping.entities(text, self.names, facts.linking.roles_of(jobs))
        index = SentenceIndex(regions, entities, dates)
        agreements = [span for reading in readings for span in reading.agreements]
        return replace(
            document,
            entities=entities,
            dates=dates,
            agreements=facts.link_agreements(text, agreements, index, dates),
            facts=facts.read(text, index, meetings, grouping, jobs, entities, clauses),
            quotes=quotes.read(
                text,
                regions,
                entities,
                self.posts_of,
                self.gazetteer,
                self.nominative_of,
                self.morphology.past_sex,
                self.morphology.cases,
                asides_in(regions, clauses),
                self.morphology.first_name_sex,
            ),
        )

    def posts_of(self, word: str) -> frozenset[str]:
        return post_lemmas(word, self.morphology)

    def nominative_of(self, words: Sequence[str]) -> str | None:
        return phrase_nominative(words, self.morphology)

    def read_chunk(
        self, text: str, regions: list[Region], dates: Sequence[DateMention]
    ) -> ChunkReading:
        """Named spans, agreement titles, roles and meetings of a run of regions.

        The chunk's tokens live only while it is read, so a long text never holds all
        of them at once.
        """
        in_blocks = tokenize_blocks(text, blocks(text, regions))
        spans = self.find_spans(text, regions, in_blocks)
        with_agreements = [
            i for i, region in enumerate(regions) if AGREEMENT_TRIGGER.search(text, *region)
        ]
        tagged = self.tag(regions, in_blocks, mentions_by_region(regions, spans), with_agreements)
        tokens = TokenIndex([sentence.tokens for sentence in tagged])
        spans = self.name_spans(text, spans, tokens)
        org_names = multiword_org_names(spans)  # before "МИД" becomes "МИД России"
        spans = qualify_by_place(text, spans, tokens)
        named = mentions_by_region(regions, spans)
        tagged = [
            TaggedSentence(s.region, s.tokens, named.get(s.region, []), s.morphology)
            for s in tagged
        ]
        return ChunkReading(
            propagate(text, spans, regions, org_names),
            self.agreements(text, tagged, with_agreements, dates),
            roles.read(text, tagged),
            [m for sentence in tagged if meets(sentence) for m in find_meetings(sentence)],
        )

    def tag(
        self,
        regions: list[Region],
        in_blocks: list[list[Token]],
        mentions: dict[int, list[NameSpan]],
        with_agreements: list[int],
    ) -> list[TaggedSentence]:
        """The sentences the rules read, morph-tagged in one batch: those with a mention
        or an agreement word, and those a mention runs on into (every word of a name
        is read)."""
        sentences = split_by_region(in_blocks, regions)
        starts = [start for start, _ in regions]
        ends = {region_of(starts, m.end - 1) for found in mentions.values() for m in found}
        needed = sorted(set(mentions) | ends | set(with_agreements))
        tagged = tag_morph(self.models.morph, [sentences[i] for i in needed])
        return [
            TaggedSentence(i, tokens, mentions.get(i, []), self.morphology)
            for i, tokens in zip(needed, tagged)
        ]

    def name_spans(self, text: str, spans: list[NameSpan], tokens: TokenIndex) -> list[NameSpan]:
        """Each span's canonical name, agreed within the chunk; types the gazetteer knows."""
        spans = agreed_names(
            text, named(text, spans, tokens, self.morphology), self.morphology.is_known
        )
        spans = names_without_adjective(text, spans, self.gazetteer)
        spans = known_place_names(text, spans, self.gazetteer.is_known_place)
        return retype_known(spans, self.gazetteer)

    def agreements(
        self,
        text: str,
        tagged: list[TaggedSentence],
        with_agreements: list[int],
        dates: Sequence[DateMention],
    ) -> list[AgreementSpan]:
        """The agreement titles of the sentences with an agreement word."""
        date_spans = [(item.start, item.end) for item in dates]
        wanted = set(with_agreements)
        return [
            agreement
            for sentence in tagged
            if sentence.region in wanted
            for agreement in find_agreements(text, sentence, date_spans)
        ]

    def find_spans(
        self, text: str, regions: list[Region], in_blocks: list[list[Token]]
    ) -> list[NameSpan]:
        """natasha's NER spans, repaired and completed (datelines, quoted names, repeats)."""
        return find_spans(
            text, regions, ner_spans(self.models.ner, in_blocks), self.morphology, self.gazetteer
        )


def meets(sentence: TaggedSentence) -> bool:
    """A sentence that may hold a meeting: a person and someone else named."""
    mentions = sentence.mentions
    return len(mentions) >= 2 and any(m.type == PER for m in mentions)


def multiword_org_names(spans: list[NameSpan]) -> dict[str, str]:
    """Canonical organisation names of several words, to find where they stand uninflected."""
    return {m.name: ORG for m in spans if m.type == ORG and " " in m.name and m.name[:1].isupper()}
