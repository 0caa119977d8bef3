"""The country of a head of state or government whose sentence names none.

"Премьер-министр Михаил Фрадков предполагает …" in a story about Russia is Russia's
prime minister: news names the country once and leaves it out of the posts that
follow. The country is the one the paragraph named last before the post, else the
document's only country. A post the text qualifies in any other way ("британский
премьер", "президент клуба") is left as it is.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace

from ..lexicon.posts import NATIONAL_POSTS, STATE, country_of
from ..schema import OccupationFact
from .posts import ADJECTIVE

WORD = re.compile(r"[^\W\d_][\w-]*")


def national_post(title: str, span: str) -> bool:
    """Whether a title is a state's post and its text qualifies it no further: every
    lowercase word of the span is a word of the title."""
    words = title.split()
    at = next((i for i, w in enumerate(words) if not ADJECTIVE.fullmatch(w)), len(words))
    head = (words[at] if at < len(words) else "").removeprefix("экс-")
    if head != "министр" and words[at + 1 :]:
        return False  # "президент республики": the title names its state
    if head not in NATIONAL_POSTS and not (head == "глава" and STATE.search(span)):
        return False
    stems = [w[:4] for w in words] + ["госу", "прав"] * (head == "глава")
    own = re.split(r"[,—–(]", span)[0]  # "министр …, глава Комиссии …": the next is another
    return all(
        word.lower()[:4] in stems
        for word in WORD.findall(own)
        if word[:1].islower() and len(word) > 2
    )


def national_posts(
    facts: Sequence[OccupationFact],
    text: str,
    regions: Sequence[tuple[int, int]],
    countries: Sequence[tuple[int, str]],
) -> list[OccupationFact]:
    """Each state's post with no organisation, place or nationality gets the country
    (`countries`: start of each mention of a country and the country's entity id, in
    order) named last in its sentence or the one before, in its paragraph, else the
    document's only country."""
    starts = [start for start, _ in countries]
    sentences = [start for start, _ in regions]
    only = {id for _, id in countries}
    found = []
    for fact in facts:
        if fact.org is None and fact.place is None and not nationality_before(text, fact.start):
            if national_post(fact.title, text[fact.start : fact.end]):
                sentence = bisect_right(sentences, fact.start) - 1
                reach = max(sentences[max(sentence - 1, 0)], text.rfind("\n", 0, fact.start) + 1)
                before = bisect_right(starts, fact.start) - 1
                if before >= 0 and starts[before] >= reach:
                    fact = replace(fact, org=countries[before][1])
                elif len(only) == 1:
                    fact = replace(fact, org=next(iter(only)))
        found.append(fact)
    return found


def nationality_before(text: str, start: int) -> bool:
    """ "британский премьер": the word before the title names a country the text may not."""
    words = WORD.findall(text, max(0, start - 40), start)
    return bool(words) and country_of(words[-1]) is not None
