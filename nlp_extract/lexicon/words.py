"""The word lists bundled in data/: one word (or one tab-separated row) a line, `#`
comment lines."""

from __future__ import annotations

from importlib.resources import files


def read(name: str) -> frozenset[str]:
    """The words of data/NAME, read once by the lexicon module that holds them."""
    text = files("nlp_extract.data").joinpath(name).read_text(encoding="utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def rows(name: str) -> list[list[str]]:
    """The tab-separated rows of data/NAME."""
    text = files("nlp_extract.data").joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
