"""Tokens with offsets and morphology: each text is tokenised once, as razdel does it.

The NER model reads whole blocks of adjacent sentences; morphology, names, roles and
agreements read single sentences. Both see the same tokens: a block's tokens are
cut into its sentences by offset.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from typing import NamedTuple

from .tokenizer import tokenize

Region = tuple[int, int]
# the spans of the words before a verb at an offset that are in clauses of their own
# (participles', relative clauses, gerunds'), as a parse gives them
Asides = Callable[[int], list[Region]]


NO_FEATS: dict[str, str] = {}


class Token(NamedTuple):
    """A word or punctuation mark; a text has tens of thousands, so a light record.
    `feats` are shared between tokens with the same tag: read them, never change them."""

    start: int
    end: int
    text: str
    pos: str = "X"
    feats: dict[str, str] = NO_FEATS


def tokenize_span(text: str, start: int, end: int) -> list[Token]:
    """razdel's tokens of text[start:end], with offsets into the whole text."""
    return [Token(low, high, word) for low, high, word in tokenize(text, start, end)]


def tokenize_blocks(text: str, blocks: Sequence[Region]) -> list[list[Token]]:
    """The tokens of each block."""
    return [tokenize_span(text, start, end) for start, end in blocks]


def sentence_tokens(text: str, regions: Sequence[Region]) -> list[list[Token]]:
    """Each content region's tokens, as the pipeline reads them."""
    from .reading.page import blocks

    return split_by_region(tokenize_blocks(text, blocks(text, regions)), regions)


def split_by_region(
    tokens: Sequence[Sequence[Token]], regions: Sequence[Region]
) -> list[list[Token]]:
    """The tokens of each region (a token belongs to the region it starts in)."""
    flat = [token for block in tokens for token in block]
    starts = [token.start for token in flat]
    out = []
    for number, (start, _) in enumerate(regions):
        following = regions[number + 1][0] if number + 1 < len(regions) else None
        low = bisect_left(starts, start)
        high = bisect_left(starts, following) if following is not None else len(flat)
        out.append(flat[low:high])
    return out


class TokenIndex:
    """The tagged tokens of a text's sentences, found by offsets."""

    def __init__(self, sentences: Sequence[Sequence[Token]]) -> None:
        self.tokens = sorted((t for sentence in sentences for t in sentence), key=lambda t: t.start)
        self.starts = [token.start for token in self.tokens]

    def within(self, start: int, end: int) -> list[Token]:
        """The tokens that lie wholly inside text[start:end], from the first at or after start."""
        index = bisect_left(self.starts, start)
        covered = []
        while index < len(self.tokens) and self.tokens[index].end <= end:
            covered.append(self.tokens[index])
            index += 1
        return covered


# A long text is read in runs of regions of about this many characters, cut at line
# breaks, so its tokens never all sit in memory at once.
CHUNK_CHARS = 100_000


def chunks(text: str, regions: list[Region]) -> list[list[Region]]:
    """Consecutive regions grouped up to CHUNK_CHARS, each group ending at a line break."""
    groups: list[list[Region]] = [[]]
    size = 0
    for number, region in enumerate(regions):
        groups[-1].append(region)
        size += region[1] - region[0]
        following = regions[number + 1][0] if number + 1 < len(regions) else len(text)
        if size >= CHUNK_CHARS and "\n" in text[region[1] : following]:
            groups.append([])
            size = 0
    return [group for group in groups if group]
