"""The stems that decide whether a sentence is parsed cover every form of the lemmas
whose status they stand for: a lemma added to a list without its stem fails here."""

from __future__ import annotations

import pytest

from nlp_extract.lexicon import status

CUED = sorted(
    status.PLANNING
    | status.NEGATING
    | status.HYPOTHETICAL
    | status.PLANNED_MODIFIERS
    | status.HYPOTHETICAL_MODIFIERS
    | status.NEGATED_MODIFIERS
    | status.NEGATIONS
    | status.CONDITIONS
)
# grammemes of forms news does not write: comparatives ("повероятнее")
UNWRITTEN = {"COMP", "Cmp2"}
# a form that is far more often another word: the conjunction "хотя"
OTHER_WORDS = {"хотя"}


@pytest.fixture(scope="module")
def lexeme():
    """Every written form of a lemma, from the reading whose lemma it is (a verb's
    before a homonym noun's: "мочь", not "моча")."""
    from nlp_extract.models import Models

    dictionary = Models().morphology.dictionary

    def forms(lemma: str) -> set[str]:
        readings = [p for p in dictionary(lemma) if p.normal_form == lemma]
        readings.sort(key=lambda p: "INFN" not in p.tag)
        if not readings:
            return {lemma}
        return {
            form.word
            for form in readings[0].lexeme
            if not UNWRITTEN & set(form.tag.grammemes) and form.word not in OTHER_WORDS
        }

    return forms


@pytest.mark.parametrize("lemma", CUED)
def test_every_form_of_a_status_word_is_a_cue(lexeme, lemma: str) -> None:
    missed = sorted(form for form in lexeme(lemma) if not status.CUES.match(form))
    assert not missed


@pytest.mark.parametrize("lemma", sorted(status.POSTING))
def test_every_form_of_a_posting_word_is_a_posting_cue(lexeme, lemma: str) -> None:
    missed = sorted(form for form in lexeme(lemma) if not status.POSTING_CUE.match(form))
    assert not missed
