"""One quote for each run of words: when two rules find the same words, the better
rule's find stays, unless one find is words reported inside the other."""

from __future__ import annotations

import re

from .said import Said

# a verb with no subject of its own: an infinitive or a gerund ("назвать", "назвав")
UNFINISHED = re.compile(r"[а-яё]+(?:ть|ться|в|вши|вшись)", re.IGNORECASE)


def without_overlaps(text: str, found: list[Said]) -> list[Said]:
    """One quote for each run of words: the better rule's, then the longer (the finds
    of one paragraph: a few); words quoted inside reported speech give way to it."""
    kept: list[Said] = []
    # "сказал, что отчёт можно назвать «провалом»": words quoted inside reported speech,
    # their verb in it too, are part of it ("Speech reported inside a quote")
    inner = {id(said) for said in found if reported_inside(text, said, found)}
    order = sorted(found, key=lambda s: (id(s) in inner, -s.rank, s.start - s.end, s.start))
    for said in order:
        if said.end > said.start and not any(clash(said, other) for other in kept):
            kept.append(said)
    return sorted(kept, key=lambda s: s.start)


def reported_inside(text: str, said: Said, found: list[Said]) -> bool:
    """Whether a direct quote and the infinitive or gerund before it ("можно назвать
    «…»", "назвав её «…»": no subject of their own) lie within an indirect quote whose
    verb comes before them: words reported inside reported speech. A finite verb has its
    own speaker ("…, в ответ Y назвал её «…»"), and so has a quote its verb follows."""
    return (
        said.kind == "direct"
        and said.cue is not None
        and UNFINISHED.fullmatch(text, *said.cue) is not None
        and any(
            other.kind == "indirect"
            and other.cue is not None
            and other.cue[0] < other.start <= said.cue[0] < said.start
            and said.end <= other.end
            for other in found
        )
    )


def clash(one: Said, other: Said) -> bool:
    """Whether two finds share half of the shorter, or one's cue is inside the other."""
    shared = min(one.end, other.end) - max(one.start, other.start)
    shorter = min(one.end - one.start, other.end - other.start)
    inside = one.cue is not None and other.start <= one.cue[0] < other.end
    return shared * 2 > shorter or (inside and other.kind == "direct")
