"""Our tokenizer gives razdel's tokens, offsets and all."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from razdel import tokenize as razdel_tokenize

from nlp_extract.tokenizer import tokenize

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
# every kind of atom razdel tells apart, and the marks its rules join around
ALPHABET = "аБвёzQ09 -–—_.,/\\?!…:;()\"'«»*=^@#$%ΔσⅣ\n\t"


def razdel(text: str) -> list[tuple[int, int, str]]:
    return [(token.start, token.stop, token.text) for token in razdel_tokenize(text)]


@pytest.mark.parametrize(
    "text",
    [
        "кто-то и кто -то, 5-летний, т.е. 3.5 и 3,5; 1/2 и 1\\2",
        "Что?! Ну... -- да ** нет --- :-) ;) Yahoo! yahoo!",
        "ΔP и mβж, a_b и a _b, ‑слово, слово‑, x--y, 1.2.3",
        "«Привет», — сказал он.\nЗатем: (ТАСС) 12:30 № 5",
        "",
        "   ",
    ],
)
def test_the_tokens_of_razdel(text: str) -> None:
    assert tokenize(text) == razdel(text)


def test_the_seed_page_tokenizes_as_razdel_does() -> None:
    for path in SEEDS.glob("*.txt"):
        text = path.read_text(encoding="utf-8")
        assert tokenize(text) == razdel(text)


def test_a_slice_is_read_in_place_with_offsets_into_the_whole_text() -> None:
    text = "Он сказал: кто-то пришёл в 10.30."
    start, end = 11, 24
    assert tokenize(text, start, end) == [
        (low + start, high + start, word) for low, high, word in razdel(text[start:end])
    ]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40))
def test_any_text_of_these_characters(text: str) -> None:
    assert tokenize(text) == razdel(text)
