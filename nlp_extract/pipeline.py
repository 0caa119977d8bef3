"""The Extractor: runs every stage over one text and returns a Document."""

from __future__ import annotations

from datetime import date
from functools import cached_property
from typing import Any

from .agreements import TRIGGER as AGREEMENT_TRIGGER
from .agreements import find_agreements
from .calendar import parse_iso
from .dates import DateExtractor
from .entities.group import group
from .entities.mentions import Mention, attach_tokens, tag_ner
from .entities.names import NameParser
from .entities.normalize import normalize_name, qualify_by_place
from .entities import gazetteer
from .entities.repair import repair
from .entities.types import (
    DATELINE,
    dateline,
    join_name_parts,
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
from .roles import find_roles
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
        reference = parse_iso(page.date) or self.dateline_date(text, page.regions, fallback) or fallback
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

        mentions = self.mentions(text, page.regions)
        index = SentenceIndex(page.regions, mentions)
        agreement_regions = [
            i for i, (start, end) in enumerate(page.regions) if AGREEMENT_TRIGGER.search(text, start, end)
        ]
        sentences = self.tagged_sentences(text, page.regions, sorted(set(index.mentions) | set(agreement_regions)))
        attach_tokens(mentions, list(sentences.values()))
        entities = self.entities(text, mentions)
        dates = self.dates(text, page.regions, reference)
        index = SentenceIndex(page.regions, mentions, entities, dates)
        vocab = self.models.vocab
        date_spans = [(item.start, item.end) for item in dates]
        agreements = [
            link_agreement(text, span, normalize_name(vocab, span.tokens, "AGREEMENT"), index, dates)
            for i in agreement_regions
            for span in find_agreements(text, sentences[i], self.lemma, date_spans)
        ]
        roles = [
            role
            for i, local in sorted(index.mentions.items())
            if any(m.type == "PER" for m in local)
            for role in find_roles(sentences[i], local, self.lemmas)
        ]
        facts: list[OccupationFact | MeetingFact] = occupations(
            roles, entities, lambda role: normalize_name(vocab, role.title_tokens, "TITLE").lower()
        )
        facts += meetings(text, index, facts)
        return Document(
            id=id, meta=meta, entities=entities, dates=dates, agreements=agreements, facts=facts
        )

    def mentions(self, text: str, regions: list[tuple[int, int]]) -> list[Mention]:
        """natasha's NER spans, repaired and completed (datelines, quoted names, repeats)."""
        mentions = repair(text, tag_ner(self.models.ner, text, blocks(text, regions)), self.lemma)
        mentions = overlay(mentions, dateline(text, regions))
        mentions = overlay(mentions, quoted_names(text, mentions))
        mentions = propagate(text, mentions, regions)
        return join_name_parts(text, mentions, self.is_person_name)

    def tagged_sentences(
        self, text: str, regions: list[tuple[int, int]], needed: list[int]
    ) -> dict[int, list[Token]]:
        """Tokens with morphology for the regions that need them, in one batched model call."""
        sentences = {i: tokenize_region(text, *regions[i]) for i in needed}
        tag_morph(self.models.morph, list(sentences.values()))
        return sentences

    def entities(self, text: str, mentions: list[Mention]) -> list[Entity]:
        """Canonical names and types, mentions grouped, name parts and country codes."""
        vocab = self.models.vocab
        for mention in mentions:
            mention.name = normalize_name(vocab, mention.own_tokens, mention.type)
            if (mention.name_start, mention.name_end) != (mention.start, mention.end):
                mention.full_name = normalize_name(vocab, mention.tokens, mention.type)
        places = gazetteer.load()
        retype_known(mentions, places)
        majority_type(mentions)
        qualify_by_place(text, mentions)
        entities = group(text, mentions)
        for entity in entities:
            if entity.type == "PER":
                self.names.complete(entity)
            elif entity.type == "LOC":
                entity.code = places.country_code(entity.name)
        return entities


def as_date(value: str | date | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    parsed = parse_iso(value)
    if parsed is None:
        raise UsageError(f"not a date: {value!r} (expected YYYY-MM-DD)")
    return parsed
