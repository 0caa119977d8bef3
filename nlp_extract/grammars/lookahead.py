"""yargy's parser with one token of lookahead: the same matches for a fraction of the work.

yargy's Earley parser predicts every production of a rule at every position, and a
large grammar (ours for dates, natasha's for names) spends most of its time making,
hashing and storing states whose first word can never match the next token. Here a
production is predicted only when one of the predicates that can stand first in it
accepts the next token (or when it can match nothing at all). A pruned state could
never have advanced, so no match is lost: the parse is the same, which a test checks
against yargy's own parser.

The chart loop is yargy's too, with two savings: a rule is predicted at a column once
(yargy predicts it again for every state waiting for it, and its column then drops the
copies by their hash), and a state's hash is taken without building a generator. It
leans on yargy 0.16's Chart, Column, State and Node.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from yargy import Parser
from yargy.parser import Chart, Node, State, prepare_resolved_matches, prepare_trees
from yargy.rule.bnf import is_rule
from yargy.tree import Leaf

Predicate = Callable[[Any], Any]
# A production with the predicates that can accept its first token; None when it can
# match the empty string, so it is always predicted.
Plan = list[tuple[Any, tuple[Predicate, ...] | None]]


class LookaheadParser(Parser):
    """yargy's Parser, predicting only the productions the next word can start.

    What a rule predicts before a word is remembered per word (up to MEMO_SIZE of
    them): with no tagger, the tokenizer and every predicate see only the word's text.
    """

    MEMO_SIZE = 100_000

    def __init__(self, rule: Any, tokenizer: Any = None) -> None:
        super().__init__(rule, tokenizer=tokenizer)
        rules = self.rule.as_bnf.rules
        nullable = nullable_rules(rules)
        first = first_predicates(rules, nullable)
        self.plans: dict[int, Plan] = {
            id(rule): [
                (production, production_first(production.terms, nullable, first))
                for production in rule.productions
            ]
            for rule in rules
        }
        self.memo: dict[tuple[int, str | None], list[tuple[int, Any]]] = {}

    def chart(self, text: str, all: bool = True) -> Any:
        """yargy's chart of the text, each rule predicted at a column at most once: a
        second prediction would make the same states, which the column drops."""
        chart = Chart(self.tagger(self.tokenizer(text)))
        for column, next_column in chart:
            predicted: set[int] = set()
            if column.first or all:
                predicted.add(id(self.rule))
                self.predict(column, next_column, self.rule)
            for state in column:  # grows while read: states appended are read too
                terms = state.production.terms
                if state.dot_index >= len(terms):
                    self.complete(column, state)
                    continue
                term = terms[state.dot_index]
                if is_rule(term):
                    if id(term) not in predicted:
                        predicted.add(id(term))
                        self.predict(column, next_column, term)
                elif next_column:
                    self.scan(next_column, term, state)
        return chart

    def findall(self, text: str) -> list[Any]:
        """yargy's findall, as a list, with the chart let go of at once: its states and
        columns point at each other, and left to the cycle collector, which a parse
        leaves thousands of, they cost a tenth of the pipeline's time."""
        chart = self.chart(text)
        matches = list(prepare_resolved_matches(sorted(prepare_trees(chart.matches(self.rule)))))
        for column in chart.columns:
            column.states.clear()
            column.states_index.clear()
        return matches

    def scan(self, column: Any, predicate: Any, state: Any) -> None:
        token = column.token
        if predicate(token):
            advance(column, state, Leaf(predicate, predicate.constrain(token)))

    def complete(self, column: Any, completed: Any) -> None:
        for state in completed.parents:
            advance(column, state, completed.node)

    def predict(self, column: Any, next_column: Any, rule: Any) -> None:
        word = next_column.token.value if next_column else None
        key = (id(rule), word)
        predicted = self.memo.get(key)
        if predicted is None:
            if len(self.memo) >= self.MEMO_SIZE:
                self.memo.clear()
            predicted = self.memo[key] = [
                (rank, production)
                for rank, (production, firsts) in enumerate(self.plans[id(rule)])
                if firsts is None
                or (next_column and any(accept(next_column.token) for accept in firsts))
            ]
        # new states all: a rule is predicted at a column once (chart), and no scanned
        # or completed state has its dot at 0
        states, waiting = column.states, column.states_index
        for rank, production in predicted:
            node = Node(rule, production, rank=rank, children=[])
            state = State(rule, production, 0, column, column, node)
            states.append(state)
            if production.terms and is_rule(production.terms[0]):
                waiting[id(production.terms[0])].append(state)


def advance(column: Any, state: Any, child: Any) -> None:
    """The state with its dot moved past `child` (a leaf scanned or a node completed),
    added to the column it now stops at."""
    node = state.node.attached(child)
    add(
        column,
        State(state.rule, state.production, state.dot_index + 1, state.start_column, column, node),
    )


def add(column: Any, state: Any) -> None:
    """Column.append with State.__hash__'s key, built without a generator."""
    key = hash(
        (
            id(state.rule),
            id(state.production),
            state.dot_index,
            state.start_column.index,
            column.index,
            tuple(map(id, state.node.children)),
        )
    )
    if key not in column.hashes:
        column.hashes.add(key)
        column.states.append(state)
        column.update_index(state)


def morph_parser(rule: Any, vocab: Any) -> LookaheadParser:
    """A parser for a grammar whose predicates look at morphology from natasha's vocab."""
    from yargy.tokenizer import MorphTokenizer

    return LookaheadParser(rule, tokenizer=MorphTokenizer(morph=analyzer(vocab)))


@lru_cache(maxsize=4)
def analyzer(vocab: Any) -> Any:
    """yargy's view of the vocab's readings, one per vocab, shared by every grammar;
    the readings of a word are converted once, not at every parse that meets it."""
    from yargy.morph import MorphAnalyzer

    class CachedAnalyzer(MorphAnalyzer):  # type: ignore[misc]
        MEMO_SIZE = 100_000

        def __init__(self, raw: Any) -> None:
            super().__init__(raw)
            self.memo: dict[str, list[Any]] = {}

        def __call__(self, word: str) -> list[Any]:
            forms = self.memo.get(word)
            if forms is None:
                if len(self.memo) >= self.MEMO_SIZE:
                    self.memo.clear()
                forms = self.memo[word] = super().__call__(word)
            return forms

    return CachedAnalyzer(vocab)


def nullable_rules(rules: Sequence[Any]) -> set[int]:
    """ids of the rules that can match the empty string (optional parts)."""
    nullable: set[int] = set()
    changed = True
    while changed:
        changed = False
        for rule in rules:
            if id(rule) not in nullable and any(
                all(is_rule(term) and id(term) in nullable for term in production.terms)
                for production in rule.productions
            ):
                nullable.add(id(rule))
                changed = True
    return nullable


def first_predicates(rules: Sequence[Any], nullable: set[int]) -> dict[int, dict[int, Predicate]]:
    """For each rule, the predicates that can accept its first token, by id."""
    first: dict[int, dict[int, Predicate]] = {id(rule): {} for rule in rules}
    changed = True
    while changed:
        changed = False
        for rule in rules:
            known = first[id(rule)]
            size = len(known)
            for production in rule.productions:
                known.update(leading(production.terms, nullable, first))
            changed = changed or len(known) != size
    return first


def leading(
    terms: Sequence[Any], nullable: set[int], first: dict[int, dict[int, Predicate]]
) -> dict[int, Predicate]:
    """Predicates that can accept the first token of a sequence of terms."""
    found: dict[int, Predicate] = {}
    for term in terms:
        if not is_rule(term):
            found[id(term)] = term
            return found
        found.update(first[id(term)])
        if id(term) not in nullable:
            return found
    return found


def production_first(
    terms: Sequence[Any], nullable: set[int], first: dict[int, dict[int, Predicate]]
) -> tuple[Predicate, ...] | None:
    if all(is_rule(term) and id(term) in nullable for term in terms):
        return None
    return tuple(leading(terms, nullable, first).values())
