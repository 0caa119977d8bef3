"""natasha's NER spans made right before they are named: repairs of its spans, the names it
misses (datelines, quoted names, known places and organisations, repeats), in order."""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon.people import HONORIFIC
from ..morphology import Morphology
from ..roles.posts import is_position_word
from .dependents import with_dependents
from .families import without_families
from .fused import stranger_before_surname, two_names_apart, two_people_apart
from .gazetteer import Gazetteer
from .opening_words import address_off, common_word_off, organisation_off, title_off
from .organisations import organisations
from .propagate import propagate
from .repair import repair
from .retype import dateline, join_name_parts, known_places, place_off, quoted_names
from .spans import NameSpan, overlay


def find_spans(
    text: str,
    regions: Sequence[tuple[int, int]],
    ner: list[NameSpan],
    morphology: Morphology,
    gazetteer: Gazetteer,
) -> list[NameSpan]:
    """The NER's spans of the regions (`ner`), repaired and completed."""
    spans = repair(text, ner, morphology.lemma)
    spans = title_off(text, spans, lambda word: is_position_word(word, morphology))
    spans = address_off(text, spans, lambda word: HONORIFIC.fullmatch(word) is not None)
    spans = common_word_off(text, spans, morphology.is_common_word)
    spans = organisation_off(text, spans, morphology.is_organisation)
    spans = two_people_apart(text, spans, morphology.is_first_name)
    spans = place_off(text, spans, gazetteer, morphology)
    spans = without_families(text, spans, morphology)
    spans = two_names_apart(text, spans, morphology)
    spans = stranger_before_surname(text, spans)
    spans = overlay(spans, dateline(text, regions))
    spans = overlay(spans, quoted_names(text, spans, morphology))
    spans = propagate(text, spans, regions, common=morphology.is_common_word)
    spans = join_name_parts(text, spans, morphology)
    spans = known_places(text, spans, regions, gazetteer, morphology)
    spans = organisations(text, spans, regions, gazetteer, morphology)
    return with_dependents(text, spans, morphology.cases)
