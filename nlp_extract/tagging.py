"""natasha's NER and morph models run over our own token lists, with less overhead.

natasha's taggers batch inputs in the order given, so a short sentence is padded to
the longest of its batch; they parse each token's tag string anew, and their CRF
decoder spends most of its time reshaping arrays. Here inputs are sorted by length
before batching, tag strings are parsed once per model, and the Viterbi pass does
the same arithmetic in fewer steps. The model arithmetic itself is slovnet's, so the
tags are the ones natasha gives (a test compares them). Leans on slovnet 0.6's
Infer parts: encoder, model, head, decoder vocabulary.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from slovnet.bio import bio_spans

# Sentences per model call. Sorted by length, a batch pads little; larger batches
# gained nothing on this machine's caches.
BATCH = 8

Tagged = tuple[str, dict[str, str]]


def by_length(items: Sequence[Sequence[str]]) -> list[list[int]]:
    """Indexes of the non-empty items, shortest first, cut into batches."""
    order = sorted((i for i, item in enumerate(items) if item), key=lambda i: len(items[i]))
    return [order[i : i + BATCH] for i in range(0, len(order), BATCH)]


def model_input(infer: Any, batch: list[Sequence[str]]) -> Any:
    encoder = infer.encoder
    return encoder.input([encoder.item(words) for words in batch])


class MorphTagger:
    """natasha's morph model: (pos, feats) for every word of every sentence."""

    def __init__(self, natasha_tagger: Any) -> None:
        self.infer = natasha_tagger.infer
        # every tag id parsed once: "NOUN|Case=Nom" -> ("NOUN", {"Case": "Nom"})
        self.tags: list[Tagged] = []
        for tag in self.infer.decoder.tags_vocab.items:
            pos, _, feats = tag.partition("|")
            parsed = dict(f.split("=", 1) for f in feats.split("|")) if feats else {}
            self.tags.append((pos, parsed))

    def __call__(self, sentences: Sequence[Sequence[str]]) -> list[list[Tagged]]:
        """The feats dicts are shared by tokens with the same tag: read, never change."""
        model = self.infer.model
        out: list[list[Tagged]] = [[] for _ in sentences]
        for batch in by_length(sentences):
            data = model_input(self.infer, [sentences[i] for i in batch])
            ids = model.head.decode(model(data.word_id, data.shape_id, data.pad_mask))
            for row, i in zip(ids.tolist(), batch):
                out[i] = [self.tags[tag] for tag in row[: len(sentences[i])]]
        return out


class NERTagger:
    """natasha's NER model: named spans of token lists whose tokens carry offsets."""

    def __init__(self, natasha_tagger: Any) -> None:
        self.infer = natasha_tagger.infer
        self.tags = self.infer.decoder.tags_vocab.items
        self.transitions = self.infer.model.head.crf.transitions.array

    def __call__(self, tokens: Sequence[Sequence[Any]]) -> list[list[Any]]:
        """Spans with start, stop and type, for each token list."""
        out: list[list[Any]] = [[] for _ in tokens]
        words = [[token.text for token in item] for item in tokens]
        for batch in by_length(words):
            data = model_input(self.infer, [words[i] for i in batch])
            emissions = self.infer.model(data.word_id, data.shape_id, data.pad_mask)
            for path, i in zip(viterbi(emissions, ~data.pad_mask, self.transitions), batch):
                out[i] = list(bio_spans(tokens[i], [self.tags[tag] for tag in path]))
        return out


def viterbi(emissions: Any, mask: Any, transitions: Any) -> list[list[int]]:
    """Best tag path of each sequence of a CRF: slovnet's CRF.decode, in fewer array steps.

    emissions: batch x length x tags; mask: batch x length, True on real tokens.
    """
    batch, length, _ = emissions.shape
    score = emissions[:, 0]
    history = []
    for step in range(1, length):
        candidates = score[:, :, None] + transitions + emissions[:, step, None, :]
        best = candidates.argmax(1)
        history.append(best)
        score = np.where(mask[:, step, None], candidates.max(1), score)
    back = np.stack(history, axis=1).tolist() if history else [[] for _ in range(batch)]
    paths = []
    for row in range(batch):
        size = int(mask[row].sum())
        tag = int(score[row].argmax())
        path = [tag]
        for pointers in reversed(back[row][: size - 1]):
            tag = pointers[tag]
            path.append(tag)
        path.reverse()
        paths.append(path)
    return paths
