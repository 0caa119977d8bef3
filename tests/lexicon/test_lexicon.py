"""The lexicon: its word files are clean, and `--help` never reads them."""

from __future__ import annotations

import subprocess
import sys
from importlib.resources import files

import pytest

from nlp_extract.lexicon.speech import SAID_THAT, SPEECH_STEMS, SPEECH_VERBS
from nlp_extract.lexicon.words import read

WORD_FILES = sorted(
    entry.name
    for entry in files("nlp_extract.data").iterdir()
    if entry.name.endswith(".txt") and entry.name != "positions.txt"
)


@pytest.mark.parametrize("name", WORD_FILES)
def test_a_word_file_holds_each_word_once_in_lower_case(name):
    text = files("nlp_extract.data").joinpath(name).read_text(encoding="utf-8")
    words = [line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"]
    assert words
    assert len(words) == len(set(words)) == len(read(name))
    assert all(word == word.lower() and " " not in word for word in words)


def test_help_does_not_read_the_lexicon():
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "nlp_extract", "--help"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0
    assert "nlp_extract.lexicon" not in result.stderr


def test_the_speech_stems_are_the_speech_verbs():
    assert all(any(verb.startswith(stem) for stem in SPEECH_STEMS) for verb in SPEECH_VERBS)
    assert all(any(verb.startswith(stem) for verb in SPEECH_VERBS) for stem in SPEECH_STEMS)


@pytest.mark.parametrize(
    "text, said",
    [
        ("Как сообщил глава компании, что", False),
        ("Глава компании сообщил, что", True),
        ("Аналитик полагает, что", True),
        ("Министр написал в блоге, что", False),
        ("Министр написал, что", True),
    ],
)
def test_said_that_ends_at_that(text, said):
    assert bool(SAID_THAT.search(text)) is said
