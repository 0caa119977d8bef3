"""The word lists bundled in data/: one word a line, `#` comment lines."""

from __future__ import annotations

from importlib.resources import files


def read(name: str) -> frozenset[str]:
    """The words of data/NAME, read once by the lexicon module that holds them."""
    text = files("nlp_extract.data").joinpath(name).read_text(encoding="utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )
