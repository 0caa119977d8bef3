"""natasha's NER and morph models run over our own token lists, with less overhead.

natasha's taggers batch inputs in the order given, so a short sentence is padded to
the longest of its batch; they parse each token's tag string anew, and their CRF
decoder spends most of its time reshaping arrays. Here inputs are sorted by length
before batching, tag strings are parsed once per model, and the Viterbi pass does
the same arithmetic in fewer steps; the CNN layers multiply without copying every
window (ConvLayer). Loading reads the 250k-word vocabulary the two models share
once, not twice. The weights are slovnet's and the tags the ones natasha gives: the
same on all 54,715 tokens and 4,227 spans of factRu and NEREL dev, and a test
compares them. Leans on slovnet 0.6's model packs, encoder and model classes.
"""

from __future__ import annotations

from collections.abc import Sequence
from gzip import decompress
from typing import Any

import numpy as np

from .tokens import Token
from .vectors import WordVectors

# Sentences per model call. Sorted by length, a batch pads little; larger batches
# gained nothing on this machine's caches.
BATCH = 8

# words whose ids are remembered, at most
MAX_CODES = 200_000

Tagged = tuple[str, dict[str, str]]
Span = tuple[int, int, str]


class Pack:
    """A slovnet model pack: the model with its weights and embedding, an encoder of
    words and shapes, and the label names (tags, or a parser's relations: `labels`
    names the vocabulary). `vocabularies` maps the text of a vocabulary to the
    vocabulary already made from it, for packs that share one."""

    def __init__(
        self, path: str, kind: Any, embedding: Any, vocabularies: dict, labels: str = "tag"
    ) -> None:
        from slovnet.const import SHAPE, WORD
        from slovnet.exec.encoders import TagEncoder
        from slovnet.exec.pack import Pack as SlovnetPack
        from slovnet.exec.pack import vocab_name
        from slovnet.vocab import Vocab

        def vocabulary(pack: Any, name: str) -> Any:
            # compare contents: the packs' gzip headers differ even where these agree
            content = decompress(pack.read(vocab_name(name)))
            if content not in vocabularies:
                vocabularies[content] = Vocab(content.decode("utf-8").splitlines())
            return vocabularies[content]

        with SlovnetPack(path) as pack:
            pack.load_meta().check_protocol()
            model = pack.load_model(kind)
            model = model.inject_arrays(dict(pack.load_arrays(model.weights)))
            self.model = model.inject_navec(embedding)
            words, shapes = vocabulary(pack, WORD), vocabulary(pack, SHAPE)
            self.encoder = TagEncoder(words, shapes, BATCH)
            self.tags: list[str] = vocabulary(pack, labels).items
        self.layers = [ConvLayer(layer) for layer in self.model.encoder.layers]
        # the word vectors the packs over one embedding decode, shared by them
        navec = self.model.emb.word
        self.words: WordVectors = vocabularies.setdefault(
            ("vectors", id(navec.indexes.array)), WordVectors(navec)
        )
        self.shapes = self.model.emb.shape
        # word -> (word id, shape id), shared by the packs with the same two vocabularies
        # (the NER and morph models): a word is encoded once for both
        self.codes: dict[str, tuple[int, int]] = vocabularies.setdefault(
            (id(words), id(shapes)), {}
        )

    def item(self, words: Sequence[str]) -> tuple[list[int], list[int]]:
        """Word and shape ids, as slovnet's encoder gives them, each word encoded once."""
        codes = self.codes
        missing = [word for word in words if word not in codes]
        if missing:
            if len(codes) > MAX_CODES:
                codes.clear()
            for word in missing:
                ids = self.encoder.item([word.replace("ё", "е").replace("Ё", "Е")])
                codes[word] = (ids[0][0], ids[1][0])
        pairs = [codes[word] for word in words]
        return [pair[0] for pair in pairs], [pair[1] for pair in pairs]

    def encode(self, batch: list[Sequence[str]]) -> tuple[Any, Any]:
        """The encoder's output for a batch of word lists (batch x words x features,
        zero on padding), and the mask of real (unpadded) words."""
        data = self.encoder.input([self.item(words) for words in batch])
        hidden = np.concatenate((self.words(data.word_id), self.shapes(data.shape_id)), axis=-1)
        for layer in self.layers:
            hidden = layer(hidden, data.pad_mask)
        return hidden, ~data.pad_mask

    def run(self, batch: list[Sequence[str]]) -> tuple[Any, Any]:
        """Model output for a batch of word lists, and the mask of real (unpadded) words."""
        hidden, mask = self.encode(batch)
        return self.model.head(hidden), mask


class ConvLayer:
    """One layer of slovnet's CNN encoder (convolution, ReLU, batch norm, padding
    zeroed) computed words-first: one matrix product of the padded input with every
    kernel offset side by side, shifted and summed in place, instead of slovnet's copy
    of every window.
    Twice as fast; the sums run in another order, so outputs agree to float32
    rounding, not bit for bit."""

    def __init__(self, layer: Any) -> None:
        conv, norm = layer.conv, layer.norm
        weight = conv.weight.array  # filters x inputs x kernel
        # every kernel offset side by side: one matrix product for all of them
        self.kernels = np.ascontiguousarray(
            np.concatenate([weight[:, :, k].T for k in range(weight.shape[2])], axis=1)
        )
        self.width = weight.shape[2]
        self.filters = weight.shape[0]
        self.padding = conv.padding
        self.bias = conv.bias.array
        # batch norm folded into one multiply and one add
        self.factor = norm.weight.array / norm.std.array
        self.offset = norm.bias.array - norm.mean.array * self.factor

    def __call__(self, hidden: Any, pad_mask: Any) -> Any:
        """hidden: batch x words x inputs -> batch x words x filters."""
        batch, length, inputs = hidden.shape
        padded = np.zeros((batch, length + 2 * self.padding, inputs), dtype=hidden.dtype)
        padded[:, self.padding : self.padding + length] = hidden
        rows = padded.reshape(-1, inputs)
        width = padded.shape[1] - self.width + 1
        products = (rows @ self.kernels).reshape(batch, padded.shape[1], self.width, self.filters)
        out = np.empty((batch, width, self.filters), dtype=hidden.dtype)
        out[...] = self.bias
        for offset in range(self.width):
            out += products[:, offset : offset + width, offset]
        np.maximum(out, 0, out=out)
        out *= self.factor
        out += self.offset
        out[pad_mask] = 0
        return out


def by_length(items: Sequence[Sequence[str]]) -> list[list[int]]:
    """Indexes of the non-empty items, shortest first, cut into batches."""
    order = sorted((i for i, item in enumerate(items) if item), key=lambda i: len(items[i]))
    return [order[i : i + BATCH] for i in range(0, len(order), BATCH)]


class MorphTagger:
    """natasha's morph model: (pos, feats) for every word of every sentence."""

    def __init__(self, path: str, embedding: Any, vocabularies: dict) -> None:
        from slovnet.exec.model import Morph

        self.pack = Pack(path, Morph, embedding, vocabularies)
        # every tag parsed once: "NOUN|Case=Nom" -> ("NOUN", {"Case": "Nom"})
        self.tags: list[Tagged] = []
        for tag in self.pack.tags:
            pos, _, feats = tag.partition("|")
            parsed = dict(f.split("=", 1) for f in feats.split("|")) if feats else {}
            self.tags.append((pos, parsed))

    def __call__(self, sentences: Sequence[Sequence[str]]) -> list[list[Tagged]]:
        """The feats dicts are shared by tokens with the same tag: read, never change."""
        out: list[list[Tagged]] = [[] for _ in sentences]
        for batch in by_length(sentences):
            output, _ = self.pack.run([sentences[i] for i in batch])
            ids = self.pack.model.head.decode(output)
            for row, i in zip(ids.tolist(), batch):
                out[i] = [self.tags[tag] for tag in row[: len(sentences[i])]]
        return out


class NERTagger:
    """natasha's NER model: named spans of token lists whose tokens carry offsets."""

    def __init__(self, path: str, embedding: Any, vocabularies: dict) -> None:
        from slovnet.exec.model import NER

        self.pack = Pack(path, NER, embedding, vocabularies)
        self.transitions = self.pack.model.head.crf.transitions.array

    def __call__(self, tokens: Sequence[Sequence[Token]]) -> list[list[Span]]:
        """(start, end, type) of the named spans of each token list."""
        out: list[list[Span]] = [[] for _ in tokens]
        words = [[token.text for token in item] for item in tokens]
        tags = self.pack.tags
        for batch in by_length(words):
            emissions, mask = self.pack.run([words[i] for i in batch])
            for path, i in zip(viterbi(emissions, mask, self.transitions), batch):
                out[i] = bio_spans(tokens[i], [tags[tag] for tag in path])
        return out


def bio_spans(tokens: Sequence[Token], tags: Sequence[str]) -> list[Span]:
    """Spans of BIO tags, as slovnet reads them: an I- tag extends whatever is open."""
    spans: list[Span] = []
    kind: str | None = None
    start = end = 0
    for token, tag in zip(tokens, tags):
        part, _, tagged = tag.partition("-")
        if part == "O":
            if kind:
                spans.append((start, end, kind))
                kind = None
        elif part == "B":
            if kind:
                spans.append((start, end, kind))
            kind, start, end = tagged, token.start, token.end
        elif part == "I":
            end = token.end
    if kind:
        spans.append((start, end, kind))
    return spans


def viterbi(emissions: Any, mask: Any, transitions: Any) -> list[list[int]]:
    """Best tag path of each sequence of a CRF: slovnet's CRF.decode, in fewer array steps.

    emissions: batch x length x tags; mask: batch x length, True on real tokens.
    """
    batch, length, _ = emissions.shape
    score = emissions[:, 0]
    scores, history = [score], []
    # the transitions into each step's tags, for all steps at once
    steps = emissions[:, 1:, None, :] + transitions
    for step in range(length - 1):
        # a finished row's score runs on through its padding, unread: each row's
        # path starts from its score at its own last token
        candidates = score[:, :, None] + steps[:, step]
        history.append(candidates.argmax(1))
        score = candidates.max(1)
        scores.append(score)
    back = np.stack(history, axis=1).tolist() if history else [[] for _ in range(batch)]
    sizes = mask.sum(1).tolist()
    paths = []
    for row in range(batch):
        size = int(sizes[row])
        tag = int(scores[size - 1][row].argmax())
        path = [tag]
        for pointers in reversed(back[row][: size - 1]):
            tag = pointers[tag]
            path.append(tag)
        path.reverse()
        paths.append(path)
    return paths


def tag_morph(morph: MorphTagger, sentences: Sequence[Sequence[Token]]) -> list[list[Token]]:
    """The sentences with every token's part of speech and features, in batched model calls."""
    words = [[token.text for token in sentence] for sentence in sentences]
    return [
        [
            Token(token.start, token.end, token.text, pos, feats)
            for token, (pos, feats) in zip(sentence, tags)
        ]
        for sentence, tags in zip(sentences, morph(words))
    ]
