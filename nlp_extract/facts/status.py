"""Whether an event happened, read from the tree of its sentence.

The event word's own dependents say it first ("не встретились", "предстоящая встреча",
"если купит", "встретится" in the future); then each word that governs it, up through
the relations of `clauses.GOVERNED_THROUGH`, may plan it ("планирует встретиться"),
deny it ("отказался от встречи", "опроверг, что встречался") or make it possible
("может встретиться", "призвал ввести санкции", "переговоры о покупке"). A relative or
adverbial clause and a list stop the climb: what governs them is another event. When
several cues govern one event, a denial outranks a possibility, and a possibility a plan.
"""

from __future__ import annotations

from ..lexicon.status import (
    CONDITIONS,
    DOUBT,
    FORMER,
    FORMERLY,
    FUTURE_AUXILIARIES,
    HAPPENING,
    HYPOTHETICAL,
    HYPOTHETICAL_MODIFIERS,
    NEGATED_MODIFIERS,
    NEGATING,
    NEGATIONS,
    PLANNED_MODIFIERS,
    PLANNING,
    POST_MODIFIERS,
    POSTING,
    POSTING_CUE,
    POSTS,
)
from ..morphology import Morphology
from ..schema import FactStatus, OccupationFact
from .clauses import Clause, Clauses

RANK: dict[FactStatus, int] = {
    "stated": 0,
    "former": 0,
    "planned": 1,
    "hypothetical": 2,
    "negated": 3,
}
# the dependents that qualify a word rather than take part in it: "не", "если", "бы",
# "будет", "предстоящая", "по слухам", "возможно"
QUALIFYING = frozenset(
    {"advmod", "aux", "aux:pass", "cop", "mark", "amod", "parataxis", "discourse", "det", "fixed"}
)
# "не только", "не раз", "не менее": no negation
NOT_NEGATING_NEXT = frozenset({"только", "раз", "менее", "более", "позднее", "ранее", "исключено"})


def event_status(clauses: Clauses | None, low: int, high: int, trigger: int) -> FactStatus:
    """Whether the event whose word stands at `trigger` in text[low:high] happened; a
    sentence with no cue of doubt is not parsed, and a text read without syntax (None)
    states all it says."""
    if clauses is None or not clauses.doubtful(low, high):
        return "stated"
    clause = clauses.clause(low, high)
    index = clause.at(trigger)
    return "stated" if index is None else read_status(clause, index, clauses.morphology)


def post_status(clauses: Clauses | None, low: int, high: int, job: OccupationFact) -> FactStatus:
    """Whether a post in text[low:high] is held: a former title ("бывший", "экс-") was;
    a post given by a verb ("займёт пост", "станет директором", "может возглавить",
    "назначение … было отменено") has that verb's status; a title beside a name holds."""
    if FORMER.match(job.title) or (clauses and FORMERLY.search(clauses.text, low, job.start)):
        return "former"
    words = [
        *(clauses.text[max(low, job.start - 30) : job.start].split()[-1:] if clauses else []),
        *job.title.split()[:1],
    ]
    for pattern, status in POST_MODIFIERS:
        if any(pattern.match(word) for word in words):
            return status
    if clauses is None or not given_by_verb(clauses.text, (low, high), job.start, job.end):
        return "stated"
    if not clauses.doubtful(low, high):
        return "stated"
    clause = clauses.clause(low, high)
    lemmas = Lemmas(clause, clauses.morphology)
    inside = [i for i, token in enumerate(clause.tokens) if job.start <= token.start < job.end]
    verb = next((i for i in inside if lemmas(i) & POSTING), None)
    for i in inside if verb is None else ():
        head, rel = clause.arcs[i].head, clause.arcs[i].rel
        if head is None or head in inside or rel not in ("obj", "obl", "xcomp", "nmod"):
            continue
        governor = clause.arcs[head].head
        if lemmas(head) & POSTS and governor is not None:
            head = governor  # "займёт пост министра"
        if lemmas(head) & POSTING:
            verb = head
            break
    return "stated" if verb is None else read_status(clause, verb, clauses.morphology)


# how far from a post's words the verb that gives it may stand: "займёт … пост министра"
POSTING_REACH = 40


def given_by_verb(text: str, sentence: tuple[int, int], start: int, end: int) -> bool:
    """A verb that gives a post stands near the post's words in its sentence."""
    low, high = sentence
    return bool(
        POSTING_CUE.search(text, max(low, start - POSTING_REACH), min(high, end + POSTING_REACH))
    )


def read_status(clause: Clause, index: int, morphology: Morphology) -> FactStatus:
    """The status of the event whose word is token `index` of the clause."""
    lemmas = Lemmas(clause, morphology)
    found = own_status(clause, index, lemmas)
    verb_seen = lemmas.is_verb(index)
    for governor in clause.governors(index):
        found = strongest(found, governing_status(clause, governor, lemmas))
        if not verb_seen and lemmas.is_verb(governor):
            verb_seen = True  # "встреча состоится": the first verb's tense is the event's
            happens = lemmas(governor) & HAPPENING
            if happens and morphology.tense(clause.tokens[governor].text) > 0:
                found = strongest(found, "planned")
    return found


def own_status(clause: Clause, index: int, lemmas: Lemmas, tense: bool = True) -> FactStatus:
    """What a word and its dependents say; with `tense`, a verb in the future too."""
    found: FactStatus = "stated"
    verb = tense and lemmas.is_verb(index)
    if verb and lemmas.morphology.tense(clause.tokens[index].text) > 0:
        found = "planned"  # "встретится", "проведут", "купит"
    for child in qualifiers(clause, index):
        words = lemmas(child)
        if words & NEGATIONS and negates(clause, child):
            found = strongest(found, "negated")
        elif words & NEGATED_MODIFIERS:
            found = strongest(found, "negated")
        elif words & CONDITIONS or words & HYPOTHETICAL_MODIFIERS or words & HYPOTHETICAL:
            found = strongest(found, "hypothetical")
        elif words & PLANNED_MODIFIERS or future_auxiliary(clause, child, lemmas):
            found = strongest(found, "planned")
    if conditioned(clause, index, lemmas):
        found = strongest(found, "hypothetical")  # "если Киев согласится, … встретится"
    return found


def governing_status(clause: Clause, governor: int, lemmas: Lemmas) -> FactStatus:
    """What a word that governs the event says of it, with its own negation and cues."""
    words = lemmas(governor)
    negated = any(
        lemmas(child) & NEGATIONS and negates(clause, child)
        for child in qualifiers(clause, governor)
    )
    if words & DOUBT:
        return "hypothetical"  # "не исключил встречи", "исключать нельзя"
    if words & NEGATING:
        return "stated" if negated else "negated"
    if words & (PLANNING | HYPOTHETICAL):
        if negated:
            return "negated"  # "не планирует встречаться", "не смог купить"
        return "planned" if words & PLANNING else "hypothetical"
    return own_status(clause, governor, lemmas, tense=False)  # its tense is read apart


def conditioned(clause: Clause, index: int, lemmas: Lemmas) -> bool:
    """An adverbial clause of condition depends on the word: "если …", "в случае …"."""
    return any(
        clause.arcs[child].rel == "advcl"
        and any(lemmas(mark) & CONDITIONS for mark in qualifiers(clause, child))
        for child in clause.children(index)
    )


def qualifiers(clause: Clause, index: int) -> list[int]:
    """The dependents of a word that qualify it (QUALIFYING)."""
    return [i for i in clause.children(index) if clause.arcs[i].rel in QUALIFYING]


def negates(clause: Clause, child: int) -> bool:
    """A "не" that negates the word it depends on."""
    following = clause.tokens[child + 1].text.lower() if child + 1 < len(clause.tokens) else ""
    return following not in NOT_NEGATING_NEXT


def future_auxiliary(clause: Clause, child: int, lemmas: Lemmas) -> bool:
    """ "будет", "станет" governing an infinitive in the future: "будут вести переговоры"."""
    rel = clause.arcs[child].rel
    return (
        rel in ("aux", "aux:pass", "cop")
        and bool(lemmas(child) & FUTURE_AUXILIARIES)
        and lemmas.morphology.tense(clause.tokens[child].text) > 0
    )


def strongest(a: FactStatus, b: FactStatus) -> FactStatus:
    return a if RANK[a] >= RANK[b] else b


class Lemmas:
    """The lemmas of a clause's tokens, looked up once each."""

    def __init__(self, clause: Clause, morphology: Morphology) -> None:
        self.clause = clause
        self.morphology = morphology
        self.known: dict[int, frozenset[str]] = {}

    def __call__(self, index: int) -> frozenset[str]:
        if index not in self.known:
            word = self.clause.tokens[index].text.lower()
            self.known[index] = self.morphology.lemmas(word) | {word}
        return self.known[index]

    def is_verb(self, index: int) -> bool:
        """A verb, an infinitive, a participle or a predicative ("намерен")."""
        tag = self.morphology.likeliest_tag(self.clause.tokens[index].text.lower())
        return any(gram in tag for gram in ("VERB", "INFN", "PRTF", "PRTS", "ADJS"))
