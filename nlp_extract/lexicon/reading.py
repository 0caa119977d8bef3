"""Words that tell a well-decoded Russian text."""

from __future__ import annotations

from .words import read

# short words nearly every Russian sentence has one of
COMMON_WORDS = read("common_words.txt")
