"""natasha's dependency parser run over our own token lists, as tagging.py runs NER and morph.

natasha's `NewsSyntaxParser` is slovnet's syntax model: the CNN encoder the taggers
use (over the same embedding and word vocabulary), then two biaffine scorers. The
first scores every (word, candidate head) pair, the root standing before the first
word, and each word takes its best-scoring head: a greedy choice, not a spanning
tree, so a sentence may have no root or two, a cycle or a word headed by itself, as
natasha gives them (a fifth of factRu dev's sentences). The second scores the
relations of each word with the head it took. Here the encoder is tagging's
(sentences sorted by length, ConvLayer), the scorers are computed in fewer array
steps, and the result is our own `Arc` per token: natasha's on all 30,914 tokens of
factRu dev but 12, where a repeated passage scores two heads exactly alike and float
rounding picks the copy (natasha's own pick changes with the batch). A test compares
them; benchmarks/syntax.py measures agreement, cost and memory.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

import numpy as np

from .tagging import Pack, by_length
from .tokens import Token

# words whose scores against every candidate head are computed at once
ROWS = 128


class Arc(NamedTuple):
    """A token's dependency: the index of its head in the sentence's token list (None
    for the root) and the Universal Dependencies relation ("nsubj", "obl", "root")."""

    head: int | None
    rel: str


class SyntaxParser:
    """natasha's news syntax model: an `Arc` for every token of every sentence."""

    def __init__(self, path: str, embedding: Any, vocabularies: dict) -> None:
        from slovnet.const import REL
        from slovnet.exec.model import Syntax

        self.pack = Pack(path, Syntax, embedding, vocabularies, labels=REL)
        model = self.pack.model
        self.arcs = Scorer(model.head)
        self.relations = Scorer(model.rel)
        self.labels: list[str] = self.pack.tags

    def __call__(self, sentences: Sequence[Sequence[Token]]) -> list[list[Arc]]:
        """The arcs of each sentence's tokens, in its order (none for an empty sentence)."""
        words = [[token.text for token in sentence] for sentence in sentences]
        out: list[list[Arc]] = [[] for _ in sentences]
        for batch in by_length(words):
            hidden, mask = self.pack.encode([words[i] for i in batch])
            heads, rels = self.parse(hidden, mask)
            for i, row_heads, row_rels in zip(batch, heads.tolist(), rels.tolist()):
                size = len(words[i])
                out[i] = adapt_arcs(row_heads[:size], row_rels[:size], self.labels)
        return out

    def parse(self, hidden: Any, mask: Any) -> tuple[Any, Any]:
        """Head numbers (0 the root, 1 the first word) and relation ids, batch x words,
        as slovnet's SyntaxHead and SyntaxRel decode them. Scored ROWS words at a
        time, so a sentence of thousands of words (a table read as one) never holds all
        its words x words scores at once."""
        batch, length, dim = hidden.shape[0], hidden.shape[1], self.relations.dim
        with_root = self.arcs.with_root(hidden)
        dependents = self.arcs.head(with_root[:, 1:]) @ self.arcs.kernel
        candidates = self.arcs.tail(with_root).transpose(0, 2, 1)
        governors = self.relations.head(self.relations.with_root(hidden))
        words = self.relations.tail(hidden)[..., None]  # batch x words x dim x 1
        # a padded column is no head; the root's column is always there
        padded = np.zeros((batch, 1, length + 1), dtype=hidden.dtype)
        padded[:, 0, 1:][~mask] = -np.inf
        heads = np.empty(mask.shape, dtype=np.int64)
        rels = np.empty(mask.shape, dtype=np.int64)
        rows = np.arange(batch)[:, None]
        for start in range(0, length, ROWS):
            block = slice(start, start + ROWS)
            scores = dependents[:, block] @ candidates
            scores += padded
            found = heads[:, block] = scores.argmax(-1)
            # each word's relations scored against the head it took
            governing = governors[rows, found] @ self.relations.kernel
            governing = governing.reshape(batch, found.shape[1], -1, dim)
            rels[:, block] = (governing @ words[:, block])[..., 0].argmax(-1)
        return heads, rels


class Scorer:
    """The weights of one of slovnet's biaffine scorers (SyntaxHead or SyntaxRel): the
    feed-forward layers of the dependent and of the governor, the root's vector and the
    bilinear kernel."""

    def __init__(self, module: Any) -> None:
        self.root = module.root.array
        self.kernel = module.kernel.array
        self.dim = module.kernel.shape[0]
        self.layers = {
            "head": (module.head.proj.weight.array, module.head.proj.bias.array),
            "tail": (module.tail.proj.weight.array, module.tail.proj.bias.array),
        }

    def with_root(self, hidden: Any) -> Any:
        """The root's vector before every sentence's words."""
        root = np.broadcast_to(self.root, (hidden.shape[0], 1, hidden.shape[2]))
        return np.concatenate((root, hidden), axis=1)

    def head(self, hidden: Any) -> Any:
        return feed_forward(hidden, *self.layers["head"])

    def tail(self, hidden: Any) -> Any:
        return feed_forward(hidden, *self.layers["tail"])


def feed_forward(hidden: Any, weight: Any, bias: Any) -> Any:
    """slovnet's FF: a linear layer and a ReLU."""
    out = hidden @ weight
    out += bias
    return np.maximum(out, 0, out=out)


def adapt_arcs(heads: Sequence[int], rels: Sequence[int], labels: Sequence[str]) -> list[Arc]:
    """Our arcs from the model's head numbers (0 the root, n the n-th word) and relation ids."""
    return [Arc(head - 1 if head else None, labels[rel]) for head, rel in zip(heads, rels)]


def dependents(arcs: Sequence[Arc], head: int) -> list[int]:
    """The indexes of the tokens whose head is token `head`, in sentence order."""
    return [i for i, arc in enumerate(arcs) if arc.head == head and i != head]
