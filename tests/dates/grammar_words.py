"""Every word a terminal of the date grammar accepts, printed as a JSON list.

Run in a fresh interpreter (`python -m tests.dates.grammar_words`): building a parser
activates yargy's rules in place, so once a DateExtractor exists, DATE's dictionaries
hold the normal forms of their words (with homonyms: "день" brings "деть") instead of
the words written in the grammar.
"""

import json
import re._parser as regex_parser  # the regex module's own parser, to spell out MONTH_FORM

from yargy.predicates import bank
from yargy.predicates.constructors import AndPredicate, OrPredicate
from yargy.rule.bnf import is_rule

from nlp_extract.grammars.date import DATE
from nlp_extract.grammars.date_words import MONTH_FORM, is_month_form
from nlp_extract.models import Models

NUMBERS = {"1", "31", "2026", "0500"}  # what type("INT") accepts, by example


def finite_language(pattern: str) -> set[str]:
    """Every string a regex without repetition matches (MONTH_FORM's inflected months)."""

    def spell(items) -> list[str]:
        out = [""]
        for op, value in items:
            if op is regex_parser.LITERAL:
                options = [chr(value)]
            elif op is regex_parser.IN:
                options = [chr(char) for _, char in value]
            elif op is regex_parser.BRANCH:
                options = [word for branch in value[1] for word in spell(branch)]
            elif op is regex_parser.SUBPATTERN:
                options = spell(value[3])
            elif op is regex_parser.MAX_REPEAT and value[:2] == (0, 1):
                options = ["", *spell(value[2])]
            elif op is regex_parser.AT:
                continue
            else:
                raise ValueError(f"not a finite pattern: {op}")
            out = [start + end for start in out for end in options]
        return out

    return set(spell(regex_parser.parse(pattern)))


def grammar_words() -> set[str]:
    """Every word a terminal of the date grammar accepts: the listed words as written,
    every form of each lemma it names (from pymorphy's paradigm of that lemma, with ё
    written as е too), every inflected month name, and numbers by example."""
    dictionary = Models().morphology.dictionary

    def paradigm(lemma: str) -> set[str]:
        forms = {
            form.word
            for parse in dictionary.parse(lemma)
            if parse.normal_form == lemma
            for form in parse.lexeme
        }
        return forms | {form.replace("ё", "е") for form in forms}

    def accepted(predicate) -> set[str]:
        if isinstance(predicate, bank.dictionary):
            return {form for lemma in predicate.value for form in paradigm(lemma)}
        if isinstance(predicate, bank.normalized):
            return paradigm(predicate.value)
        if isinstance(predicate, bank.in_caseless | bank.in_):
            return set(predicate.value)
        if isinstance(predicate, bank.caseless | bank.eq):
            return {predicate.value}
        if isinstance(predicate, bank.type) and predicate.value == "INT":
            return NUMBERS
        if isinstance(predicate, bank.custom) and predicate.function is is_month_form:
            return finite_language(MONTH_FORM.pattern)
        if isinstance(predicate, OrPredicate):
            return set().union(*map(accepted, predicate.predicates))
        if isinstance(predicate, AndPredicate):  # a subset of its one generating part
            filters = (bank.gte, bank.lte, bank.length_eq, bank.gram, bank.custom)
            (generating,) = [p for p in predicate.predicates if not isinstance(p, filters)]
            return accepted(generating)
        raise AssertionError(f"teach this test the words of {predicate!r}")

    return {
        word
        for grammar_rule in DATE.normalized.as_bnf.rules
        for production in grammar_rule.productions
        for term in production.terms
        if not is_rule(term)
        for word in accepted(term)
    }


if __name__ == "__main__":
    print(json.dumps(sorted(grammar_words()), ensure_ascii=False))
