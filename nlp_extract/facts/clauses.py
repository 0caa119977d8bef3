"""The syntax of the sentences that state a fact, parsed only when a rule asks.

Parsing every sentence would cost as much as NER; a document has few sentences with a
meeting, deal or ownership word, and of those only the ones with a cue of doubt
(`lexicon.status.CUES`) or a purchase need their tree. A sentence is tokenised and parsed
once, however many facts it holds.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from ..lexicon.status import CUES, DEAL_BY
from ..morphology import Morphology
from ..sentences import region_of
from ..syntax import Arc, dependents
from ..tokens import Asides, Region, Token, tokenize_span

Parse = Callable[[Sequence[Sequence[Token]]], list[list[Arc]]]

# the relations through which an event word is governed by what says whether it happened:
# "планирует встретиться" (xcomp), "опроверг, что встречался" (ccomp), "встреча не
# состоится" (nsubj), "отказался от встречи" (obl), "переговоры о покупке" (nmod). A
# relative or adverbial clause, a list and a parenthesis are events of their own.
GOVERNED_THROUGH = frozenset(
    {"xcomp", "ccomp", "csubj", "csubj:pass", "nsubj", "nsubj:pass", "obj", "obl", "nmod",
     "iobj", "obl:agent"}
)  # fmt: skip
# an oblique or a noun's dependent is governed as an event by these prepositions alone:
# "отказался от встречи", "призвал к санкциям", "выступил за санкции", "переговоры о
# покупке"; "во время встречи", "в ходе переговоров", "по поводу покупки" set a time or
# a topic, and one who is "против сделки" says nothing of whether it is done
GOVERNING_CASES = frozenset({"о", "об", "обо", "от", "к", "ко", "за"})
OBLIQUE = frozenset({"obl", "nmod", "obl:agent"})
# clauses of their own: a participle's, a relative clause, a gerund's, an insertion
ASIDE = frozenset({"acl", "acl:relcl", "advcl", "parataxis"})
# a word, for the cue test: cheaper than tokenising a sentence nobody may parse
WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Clause:
    """One parsed sentence: its tokens and an arc for each."""

    tokens: list[Token]
    arcs: list[Arc]

    def at(self, offset: int) -> int | None:
        """The index of the token that holds a text offset."""
        return next(
            (i for i, token in enumerate(self.tokens) if token.start <= offset < token.end), None
        )

    def children(self, head: int) -> list[int]:
        """The tokens headed by `head`, in order."""
        return dependents(self.arcs, head)

    def governors(self, index: int) -> list[int]:
        """The words that govern `index` up through GOVERNED_THROUGH, nearest first; a
        fifth of the parses are no tree, so each word is visited once."""
        out: list[int] = []
        seen = {index}
        while True:
            arc = self.arcs[index]
            if arc.head is None or arc.head in seen or arc.rel not in GOVERNED_THROUGH:
                return out
            if arc.rel in OBLIQUE and not self.governed_case(index, arc.head):
                return out
            index = arc.head
            seen.add(index)
            out.append(index)

    def depth(self, index: int) -> int:
        """How many heads stand above a word (a cycle ends the count)."""
        seen = {index}
        while (head := self.arcs[index].head) is not None and head not in seen:
            seen.add(head)
            index = head
        return len(seen) - 1

    def governed_case(self, index: int, head: int) -> bool:
        """An oblique with no preposition, or with one of GOVERNING_CASES alone ("по"
        after the noun of a deal: "сделка по покупке")."""
        cases = [i for i in self.children(index) if self.arcs[i].rel == "case"]
        if not cases:
            return True
        fixed = any(self.arcs[i].rel == "fixed" for case in cases for i in self.children(case))
        allowed = GOVERNING_CASES | ({"по"} if DEAL_BY.match(self.tokens[head].text) else set())
        return not fixed and all(self.tokens[i].text.lower() in allowed for i in cases)

    def asides(self, verb: int) -> set[int]:
        """The words before the verb at token `verb` in clauses of their own that do not
        hold it: a participle's or a relative clause about a noun, a gerund's ("Братушек,
        сменившая Янковича, который …, заявила": Янкович is in one)."""
        found: set[int] = set()
        for index in range(verb):
            if index in found or self.arcs[index].rel not in ASIDE:
                continue
            words = self.subtree(index)
            if verb not in words:
                found.update(words)
        return found

    def subtree(self, head: int) -> list[int]:
        """`head` and every token below it, in order."""
        found = {head}
        frontier = [head]
        while frontier:
            below = [i for i in self.children(frontier.pop()) if i not in found]
            found.update(below)
            frontier.extend(below)
        return sorted(found)


class Clauses:
    """The sentences of one text, parsed on demand and kept; the sentences a rule is
    expected to ask for are parsed in one batch with the first asked (the model's cost is
    mostly per call, not per word)."""

    def __init__(self, text: str, parse: Parse, morphology: Morphology) -> None:
        self.text = text
        self.parse = parse
        self.morphology = morphology
        self.parsed: dict[Region, Clause] = {}
        self.pending: set[Region] = set()
        self.doubts: dict[Region, bool] = {}

    def expect(self, regions: Iterable[Region], doubtful_only: bool = True) -> None:
        """Sentences the rules will likely ask for (by default, of those, the ones with a
        cue of doubt)."""
        self.pending.update(
            r for r in regions if r not in self.parsed and (not doubtful_only or self.doubtful(*r))
        )

    def clause(self, low: int, high: int) -> Clause:
        """The parsed sentence text[low:high]."""
        key = (low, high)
        if key not in self.parsed:
            batch = [key, *sorted(self.pending - {key} - self.parsed.keys())]
            self.pending.clear()
            tokens = [tokenize_span(self.text, start, end) for start, end in batch]
            for region, words, arcs in zip(batch, tokens, self.parse(tokens)):
                self.parsed[region] = Clause(words, arcs)
        return self.parsed[key]

    def asides(self, low: int, high: int, verb: int) -> list[tuple[int, int]]:
        """The spans of the words before the verb at offset `verb` in the sentence
        text[low:high] that are in clauses of their own (see `Clause.asides`)."""
        clause = self.clause(low, high)
        index = clause.at(verb)
        words = set() if index is None else clause.asides(index)
        return [(clause.tokens[i].start, clause.tokens[i].end) for i in sorted(words)]

    def doubtful(self, low: int, high: int) -> bool:
        """A cue of doubt, or a verb in the future: the sentence is worth parsing."""
        key = (low, high)
        if key not in self.doubts:
            self.doubts[key] = bool(CUES.search(self.text, low, high)) or any(
                self.future(word.group().lower()) for word in WORD.finditer(self.text, low, high)
            )
        return self.doubts[key]

    def future(self, word: str) -> bool:
        """A verb in the future, asked of the dictionary once per word."""
        return self.morphology.remembered("future", word, lambda: self.morphology.tense(word) > 0)


def asides_in(regions: Sequence[Region], clauses: Clauses) -> Asides:
    """The words before a verb in clauses of their own, by the verb's offset, as the parse
    of its sentence gives them."""
    starts = [start for start, _ in regions]

    def asides(verb: int) -> list[tuple[int, int]]:
        low, high = regions[region_of(starts, verb)]
        return clauses.asides(low, high, verb)

    return asides
