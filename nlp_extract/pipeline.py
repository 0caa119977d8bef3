"""The Extractor: runs every stage over one text and returns a Document."""

from __future__ import annotations

from datetime import date
from functools import cached_property

from .agreements import TRIGGER as AGREEMENT_TRIGGER
from .agreements import AgreementSpan, find_agreements
from .calendar import parse_iso
from .dates import DateExtractor
from .entities import gazetteer
from .entities.group import group
from .entities.mentions import Mention, attach_tokens, tag_ner
from .entities.names import NameParser
from .entities.normalize import normalize_name, qualify_by_place
from .entities.repair import repair, title_off
from .entities.types import (
    DATELINE,
    dateline,
    join_name_parts,
    known_places,
    majority_type,
    overlay,
    propagate,
    quoted_names,
    retype_known,
)
from .errors import UsageError
from .facts import link_agreement, meetings, occupations
from .models import Models
from .page import blocks, parse_page
from .roles import RoleSpan, find_roles, is_position_word
from .schema import Document, Entity, MeetingFact, Meta, OccupationFact
from .sentences import SentenceIndex
from .tokens import Token, tag_morph, tokenize_region


class Extractor:
    """Loads natasha's models once (lazily) and extracts from any number of texts."""

    def __init__(self, models: Models | None = None) -> None:
        self.models = models or Models()

    @cached_property
    def names(self) -> NameParser:
        return NameParser(self.models.vocab)

    @cached_property
    def dates(self) -> DateExtractor:
        return DateExtractor(self.models.vocab)

    def lemma(self, word: str) -> str:
        """The most likely dictionary form of a word, lower case."""
        forms = self.models.vocab(word.lower())
        return forms[0].normal if forms else word.lower()

    def lemmas(self, word: str) -> set[str]:
        """Every dictionary form the word may have."""
        return {form.normal for form in self.models.vocab(word.lower())}

    def is_person_name(self, word: str) -> bool:
        """pymorphy knows the word as a first name, patronymic or surname."""
        forms = self.models.vocab(word.lower())
        return bool(forms) and any(g in forms[0].tag for g in ("Name", "Surn", "Patr"))

    def dateline_date(
        self, text: str, regions: list[tuple[int, int]], fallback: date | None
    ) -> date | None:
        """The full date of an opening dateline ("МОСКВА, 3 марта 2025 — ТАСС.")."""
        for start, end in regions[:3]:
            line = DATELINE.match(text, start, end)
            if line:
                for found in self.dates(text, [(line.start(), line.end())], fallback):
                    if found.granularity == "day" and found.start_date and not found.relative:
                        return parse_iso(found.start_date)
        return None

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
        """Entities, dates and agreements of one decoded text."""
        fallback = as_date(date)
        page = parse_page(text)
        reference = (
            parse_iso(page.date) or self.dateline_date(text, page.regions, fallback) or fallback
        )
        meta = Meta(
            date=page.date,
            url=page.url,
            title=page.title,
            encoding=encoding,
            chars=len(text),
            reference_date=reference.isoformat() if reference else None,
        )
        if not page.regions:
            return Document(id=id, meta=meta)

        dates = self.dates(text, page.regions, reference)
        date_spans = [(item.start, item.end) for item in dates]
        mentions: list[Mention] = []
        agreement_spans: list[AgreementSpan] = []
        roles: list[RoleSpan] = []
        for chunk in chunks(text, page.regions):
            found = self.read_chunk(text, chunk, date_spans)
            mentions += found[0]
            agreement_spans += found[1]
            roles += found[2]
        majority_type(mentions)
        entities = self.entities(mentions, text)
        index = SentenceIndex(page.regions, mentions, entities, dates)
        agreements = [link_agreement(text, span, index, dates) for span in agreement_spans]
        jobs = occupations(roles, entities)
        facts: list[OccupationFact | MeetingFact] = [*jobs, *meetings(text, index, jobs)]
        return Document(
            id=id, meta=meta, entities=entities, dates=dates, agreements=agreements, facts=facts
        )

    def read_chunk(
        self, text: str, regions: list[tuple[int, int]], date_spans: list[tuple[int, int]]
    ) -> tuple[list[Mention], list[AgreementSpan], list[RoleSpan]]:
        """Named mentions, agreement titles and roles of a run of regions.

        The morph-tagged tokens live only while their chunk is read, so a long text
        never holds all of them at once.
        """
        mentions = self.mentions(text, regions)
        index = SentenceIndex(regions, mentions)
        with_agreements = [
            i
            for i, (start, end) in enumerate(regions)
            if AGREEMENT_TRIGGER.search(text, start, end)
        ]
        sentences = self.tagged_sentences(
            text, regions, sorted(set(index.mentions) | set(with_agreements))
        )
        attach_tokens(mentions, list(sentences.values()))
        vocab = self.models.vocab
        for mention in mentions:
            mention.name = normalize_name(vocab, mention.own_tokens, mention.type)
            if (mention.name_start, mention.name_end) != (mention.start, mention.end):
                mention.full_name = normalize_name(vocab, mention.tokens, mention.type)
        retype_known(mentions, gazetteer.load())
        named = multiword_org_names(mentions)  # before "МИД" becomes "МИД России"
        qualify_by_place(text, mentions)
        mentions = propagate(text, mentions, regions, named)
        agreements = [
            span.named(normalize_name(vocab, span.tokens, "AGREEMENT"))
            for i in with_agreements
            for span in find_agreements(text, sentences[i], self.lemma, date_spans)
        ]
        roles = [
            role.titled(normalize_name(vocab, role.title_tokens, "TITLE").lower())
            for i, local in sorted(index.mentions.items())
            if any(m.type == "PER" for m in local)
            for role in find_roles(sentences[i], local, self.lemmas)
        ]
        for mention in mentions:
            mention.tokens = []
        return mentions, agreements, roles

    def mentions(self, text: str, regions: list[tuple[int, int]]) -> list[Mention]:
        """natasha's NER spans, repaired and completed (datelines, quoted names, repeats)."""
        mentions = repair(text, tag_ner(self.models.ner, text, blocks(text, regions)), self.lemma)
        title_off(text, mentions, lambda word: is_position_word(word, self.lemmas))
        mentions = overlay(mentions, dateline(text, regions))
        mentions = overlay(mentions, quoted_names(text, mentions))
        mentions = propagate(text, mentions, regions)
        mentions = join_name_parts(text, mentions, self.is_person_name)
        return known_places(
            text, mentions, regions, gazetteer.load(), self.lemmas, self.is_person_name
        )

    def tagged_sentences(
        self, text: str, regions: list[tuple[int, int]], needed: list[int]
    ) -> dict[int, list[Token]]:
        """Tokens with morphology for the regions that need them, in one batched model call."""
        sentences = {i: tokenize_region(text, *regions[i]) for i in needed}
        tag_morph(self.models.morph, list(sentences.values()))
        return sentences

    def entities(self, mentions: list[Mention], text: str) -> list[Entity]:
        """Mentions grouped into entities, with name parts and country codes."""
        places = gazetteer.load()
        entities = group(text, mentions)
        for entity in entities:
            if entity.type == "PER":
                self.names.complete(entity)
            elif entity.type == "LOC":
                entity.code = places.country_code(entity.name)
        return entities


def multiword_org_names(mentions: list[Mention]) -> dict[str, str]:
    """Canonical organisation names of several words, to find where they stand uninflected."""
    return {
        m.name: "ORG"
        for m in mentions
        if m.type == "ORG" and " " in m.name and m.name[:1].isupper()
    }


# A long text is read in runs of regions of about this many characters, cut at line
# breaks, so its tokens never all sit in memory at once.
CHUNK_CHARS = 100_000


def chunks(text: str, regions: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Consecutive regions grouped up to CHUNK_CHARS, each group ending at a line break."""
    groups: list[list[tuple[int, int]]] = [[]]
    size = 0
    for number, region in enumerate(regions):
        groups[-1].append(region)
        size += region[1] - region[0]
        following = regions[number + 1][0] if number + 1 < len(regions) else len(text)
        if size >= CHUNK_CHARS and "\n" in text[region[1] : following]:
            groups.append([])
            size = 0
    return [group for group in groups if group]


def as_date(value: str | date | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    parsed = parse_iso(value)
    if parsed is None:
        raise UsageError(f"not a date: {value!r} (expected YYYY-MM-DD)")
    return parsed
