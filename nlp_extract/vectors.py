"""navec's word vectors, each decoded once and kept: what the taggers' packs embed words with."""

from __future__ import annotations

from typing import Any

import numpy as np

# words whose vectors are kept, at most (1.2 KB each)
MAX_VECTORS = 30_000


class WordVectors:
    """navec's word vectors, each decoded once: a vector is the concatenation of a
    hundred 3-number centroids its word's codes pick, and gathering them costs more than
    the first CNN layer's product; a word's row is kept and copied out as a whole the next
    time (most words of news recur). The same numbers as slovnet's NavecEmbedding."""

    def __init__(self, navec: Any) -> None:
        self.indexes = navec.indexes.array  # words x sub-vectors: centroid numbers
        self.codes = navec.codes.array  # sub-vectors x centroids x numbers
        self.parts = np.arange(self.codes.shape[0])
        self.dim = navec.dim
        self.row_of = np.full(len(self.indexes), -1, dtype=np.int64)
        self.vectors = np.empty((0, self.dim), dtype=self.codes.dtype)
        self.size = 0

    def __call__(self, ids: Any) -> Any:
        """batch x words ids -> batch x words x dim vectors."""
        flat = ids.ravel()
        rows = self.row_of[flat]
        if (rows < 0).any():
            self.add(flat, rows)
            rows = self.row_of[flat]
        return self.vectors[rows].reshape(*ids.shape, self.dim)

    def add(self, flat: Any, rows: Any) -> None:
        """Decode the words of `flat` not kept yet (all of them, when the store is full)."""
        new = np.unique(flat[rows < 0])
        if self.size + len(new) > MAX_VECTORS:
            self.row_of[:] = -1
            self.size = 0
            new = np.unique(flat)
        end = self.size + len(new)
        if end > len(self.vectors):
            # a batch of more new words than the store holds is kept whole, once
            capacity = max(end, min(MAX_VECTORS, max(2 * end, 1024)))
            grown = np.empty((capacity, self.dim), self.vectors.dtype)
            grown[: self.size] = self.vectors[: self.size]
            self.vectors = grown
        self.vectors[self.size : end] = self.codes[self.parts, self.indexes[new]].reshape(
            len(new), self.dim
        )
        self.row_of[new] = np.arange(self.size, end)
        self.size = end
