"""Our run of natasha's syntax model gives natasha's own heads and relations."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from razdel import sentenize

from nlp_extract.syntax import Arc, adapt_arcs, dependents
from nlp_extract.tokens import tokenize_span

DATES_DEV = Path(__file__).parent.parent / "data" / "dates_dev.jsonl"


def tokens(text):
    return tokenize_span(text, 0, len(text))


@pytest.fixture(scope="module")
def parser(extractor):
    return extractor.models.syntax


@pytest.fixture(scope="module")
def natasha_parser():
    """natasha's parser as natasha loads it, full embedding included."""
    from natasha import NewsEmbedding, NewsSyntaxParser

    return NewsSyntaxParser(NewsEmbedding())


@pytest.fixture(scope="module")
def sentences(seed_text):
    """The seed's sentences and the date dev sentences: lengths from 1 to 100 words."""
    lines = [json.loads(line)["text"] for line in DATES_DEV.open(encoding="utf-8")]
    texts = [seed_text, *lines[:40]]
    return [tokens(s.text) for text in texts for s in sentenize(text)]


def natasha_arcs(markup):
    """natasha's tokens as our arcs: its head ids count words from 1, the root is 0."""
    return [Arc(int(t.head_id) - 1 if t.head_id != "0" else None, t.rel) for t in markup.tokens]


# the encoder's reach: three convolutions of width 3 see three words either side
REACH = 3


def alike(parser, words, a, b):
    """Whether the model cannot tell words a and b apart: the same word and shape ids
    around them ("13" and "14" are both unknown numbers). A repeated passage gives
    exactly equal scores, and which copy wins the argmax is float rounding (natasha's
    own choice changes with the batch a sentence is in)."""
    if a is None or b is None:
        return a == b
    padded = [None] * REACH + list(zip(*parser.pack.item(words))) + [None] * REACH
    return padded[a : a + 2 * REACH + 1] == padded[b : b + 2 * REACH + 1]


def as_read(words):
    """The words as our packs read them: "ё" as "е" (tests/core/test_tagging.py)."""
    return [word.replace("ё", "е").replace("Ё", "Е") for word in words]


def test_arcs_are_natashas(parser, natasha_parser, sentences):
    ours = parser(sentences)
    words = [[token.text for token in sentence] for sentence in sentences]
    theirs = [natasha_arcs(markup) for markup in natasha_parser.map(map(as_read, words))]
    assert [len(arcs) for arcs in ours] == [len(arcs) for arcs in theirs]
    differ = [
        (i, k)
        for i, (mine, expected) in enumerate(zip(ours, theirs))
        for k, (arc, other) in enumerate(zip(mine, expected))
        if arc != other
    ]
    for i, k in differ:
        assert ours[i][k].rel == theirs[i][k].rel
        assert alike(parser, words[i], ours[i][k].head, theirs[i][k].head), (words[i][k], i, k)
    assert len(differ) < 40  # the seed repeats a paragraph; nothing else differs
    assert {i for i, _ in differ} <= {1, 2}  # its dateline and that paragraph
    assert len({len(s) for s in sentences}) > 20  # lengths really differ, batches pad
    assert sum(len(s) for s in sentences) > 1000


def test_a_sentence_longer_than_a_block_of_rows(parser, natasha_parser, sentences):
    """All the test sentences as one of over a thousand words: its scores are computed a
    block of rows at a time."""
    from nlp_extract.syntax import ROWS

    long = [token for sentence in sentences[3:] for token in sentence]
    assert len(long) > 4 * ROWS
    [ours] = parser([long])
    words = [token.text for token in long]
    [theirs] = [natasha_arcs(markup) for markup in natasha_parser.map([as_read(words)])]
    differ = [k for k, (arc, other) in enumerate(zip(ours, theirs)) if arc != other]
    assert len(ours) == len(theirs)
    assert all(ours[k].rel == theirs[k].rel for k in differ)
    assert all(alike(parser, words, ours[k].head, theirs[k].head) for k in differ)
    assert len(differ) < 20, len(differ)


def test_a_meeting_sentence_has_its_verb_at_the_root(parser):
    words = "Путин встретился с Си Цзиньпином в Пекине ."
    [arcs] = parser([tokens(words.replace(" .", "."))])
    assert [arc.rel for arc in arcs] == [
        "nsubj", "root", "case", "obl", "flat:name", "case", "nmod", "punct",
    ]  # fmt: skip
    assert [arc.head for arc in arcs] == [1, None, 3, 1, 3, 6, 3, 1]
    assert dependents(arcs, 1) == [0, 3, 7]  # Путин, Си, the full stop
    assert dependents(arcs, 3) == [2, 4, 6]  # с, Цзиньпином, Пекине


def test_the_parser_shares_the_taggers_vocabulary(parser, extractor):
    """The 250k-word vocabulary and its word ids are in memory once for all three models."""
    ner = extractor.models.ner.pack
    assert parser.pack.encoder.words_vocab is ner.encoder.words_vocab
    assert parser.pack.codes is ner.codes


def test_empty_and_one_word_sentences(parser):
    one = tokens("Кремль")
    assert parser([]) == []
    assert parser([[], one, []]) == [[], [Arc(None, "root")], []]


@pytest.mark.parametrize(
    "heads, rels, expected",
    [
        ([0], [1], [Arc(None, "root")]),
        ([2, 0, 2], [2, 1, 3], [Arc(1, "nsubj"), Arc(None, "root"), Arc(1, "obj")]),
        ([1], [1], [Arc(0, "root")]),  # a word the model heads by itself stays so
    ],
)
def test_adapt_arcs(heads, rels, expected):
    assert adapt_arcs(heads, rels, ["<pad>", "root", "nsubj", "obj"]) == expected


def test_a_word_headed_by_itself_is_not_its_own_dependent():
    assert dependents([Arc(0, "root"), Arc(0, "obj")], 0) == [1]


def test_help_does_not_load_the_parser():
    code = (
        "import sys\n"
        "from nlp_extract.cli import app\n"
        "try:\n"
        "    app(['--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(m for m in sys.modules if 'syntax' in m or m.startswith('slovnet')),"
        " file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout  # the help was written
    assert result.stderr.strip().endswith("[]"), result.stderr
