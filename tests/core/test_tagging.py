"""Our loading and batching of natasha's models gives natasha's own tags and spans."""

import json
from pathlib import Path

import numpy as np
import pytest
from razdel import sentenize, tokenize

from nlp_extract.tagging import viterbi
from nlp_extract.tokens import tokenize_span

DATES_DEV = Path(__file__).parent.parent / "data" / "dates_dev.jsonl"


@pytest.fixture(scope="module")
def natasha_taggers():
    """natasha's taggers as natasha loads them, full embedding included."""
    from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger

    embedding = NewsEmbedding()
    return NewsNERTagger(embedding), NewsMorphTagger(embedding)


@pytest.fixture(scope="module")
def texts(seed_text):
    """The seed and the date dev sentences: long and short inputs in one batch."""
    lines = [json.loads(line)["text"] for line in DATES_DEV.open(encoding="utf-8")]
    return [seed_text, *lines[:60]]


def without_yo(text):
    """The one way our taggers read differently from natasha's: "ё" as "е", as the
    embeddings' training text mostly wrote it (same length, same offsets)."""
    return text.replace("ё", "е").replace("Ё", "Е")


def test_ner_spans_are_natashas(extractor, natasha_taggers, texts):
    natasha_ner, _ = natasha_taggers
    ours = extractor.models.ner([tokenize_span(text, 0, len(text)) for text in texts])
    expected = [
        [(span.start, span.stop, span.type) for span in markup.spans]
        for markup in natasha_ner.map(map(without_yo, texts))
    ]
    assert ours == expected
    assert sum(map(len, expected)) > 50


def test_morph_tags_are_natashas(extractor, natasha_taggers, texts):
    _, natasha_morph = natasha_taggers
    sentences = [[t.text for t in tokenize(s.text)] for text in texts for s in sentenize(text)]
    sentences.append([])  # an empty sentence gets no tags and upsets nothing
    ours = extractor.models.morph(sentences)
    expected = [
        [(token.pos, token.feats) for token in markup.tokens]
        for markup in natasha_morph.map([list(map(without_yo, s)) for s in sentences[:-1]])
    ]
    assert ours[:-1] == expected
    assert ours[-1] == []
    assert len({len(sentence) for sentence in sentences}) > 20  # lengths really differ
    assert any("ё" in word for sentence in sentences for word in sentence)


def test_a_name_spelt_with_yo_is_read_as_with_ye(extractor):
    """natasha's tagger reads "Соединённых" (a rare spelling in its embeddings) as a noun
    of the singular and "Соединенных" as the participle it is: ours read both alike."""
    for text in ("Посол Соединённых Штатов прибыл.", "Посол Соединенных Штатов прибыл."):
        (place,) = extractor.extract(text).entities
        assert place.name.replace("ё", "е") == "Соединенные Штаты"
        assert text[place.mentions[0].start : place.mentions[0].end] == text[6:24]


def test_viterbi_finds_the_best_path_and_respects_the_mask():
    rng = np.random.default_rng(7)
    emissions = rng.normal(size=(3, 5, 3))
    transitions = rng.normal(size=(3, 3))
    lengths = [5, 3, 1]
    mask = np.array([[i < n for i in range(5)] for n in lengths])

    def score(row, path):
        total = emissions[row, 0, path[0]]
        for step in range(1, len(path)):
            total += transitions[path[step - 1], path[step]] + emissions[row, step, path[step]]
        return total

    paths = viterbi(emissions, mask, transitions)
    for row, n in enumerate(lengths):
        every = np.array(np.meshgrid(*[range(3)] * n)).reshape(n, -1).T
        best = max(every, key=lambda path, row=row: score(row, path))
        assert paths[row] == list(best)


def test_the_two_models_share_one_word_vocabulary(extractor):
    models = extractor.models
    assert models.ner.pack.encoder.words_vocab is models.morph.pack.encoder.words_vocab
    assert len(models.ner.pack.encoder.words_vocab.items) > 100_000


def test_conv_layers_compute_slovnets_layers(extractor):
    """Each words-first layer gives slovnet's output to float32 rounding, padding zeroed."""
    from nlp_extract.tagging import ConvLayer

    pack = extractor.models.morph.pack
    rng = np.random.default_rng(3)
    hidden = rng.normal(size=(3, 11, 330)).astype(np.float32)
    pad_mask = np.zeros((3, 11), dtype=bool)
    pad_mask[1, 7:] = pad_mask[2, 2:] = True
    for layer in pack.model.encoder.layers:
        expected = layer(np.swapaxes(hidden, 2, 1)).swapaxes(2, 1)
        expected[pad_mask] = 0
        ours = ConvLayer(layer)(hidden, pad_mask)
        assert ours.shape == expected.shape
        np.testing.assert_allclose(ours, expected, rtol=1e-4, atol=1e-4)
        assert not ours[pad_mask].any()
        hidden = expected


def test_word_vectors_are_navecs_numbers_when_kept_and_when_the_store_is_full(monkeypatch):
    """The store gives the vectors slovnet's NavecEmbedding decodes, as it fills, grows
    and starts again when full."""
    from slovnet.exec.model import NavecEmbedding, Weight

    import nlp_extract.vectors as vectors

    monkeypatch.setattr(vectors, "MAX_VECTORS", 5)
    rng = np.random.default_rng(0)
    indexes = rng.integers(0, 4, size=(20, 3)).astype(np.uint8)  # 20 words, 3 sub-vectors
    codes = rng.standard_normal((3, 4, 2)).astype(np.float32)  # 4 centroids of 2 numbers
    navec = NavecEmbedding(
        "test", Weight(indexes.shape, "uint8", indexes), Weight(codes.shape, "float32", codes)
    )
    store = vectors.WordVectors(navec)
    for ids in (
        [[8, 9, 10], [11, 12, 13]],  # more new words than the store holds
        [[1, 2, 2], [3, 1, 0]],
        [[4, 5, 6], [1, 1, 7]],
        [[19, 18, 17], [16, 15, 14]],
        [[1, 2, 3], [0, 0, 0]],
    ):
        batch = np.array(ids)
        assert np.array_equal(store(batch), navec(batch))
    assert store.size <= 6


def test_a_warmed_up_extractor_is_out_of_the_cycle_collectors_way(extractor):
    """warm_up freezes what it loaded: the models' vocabularies are no longer among the
    objects a full collection walks."""
    import gc

    words = extractor.models.ner.pack.tags  # a list the NER pack loaded
    assert gc.get_freeze_count() > 0
    assert not any(obj is words for obj in gc.get_objects())
