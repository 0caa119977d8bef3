"""Lines headed by their speaker: "Мустафа Джемилев: …" of an interview, a headline
"Роскомнадзор: …" or "Исламское государство: …"; the whole line is the label's words."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .said import Said
from .text import has_words
from .zones import Zone

# "Мустафа Джемилев: …": a line of an interview, its speaker's name before a colon
COLON = re.compile(r"\s*:\s+(?=\S)")
LABEL = re.compile(r"([А-ЯЁA-Z][\w.-]*(?:\s+[А-ЯЁA-Z][\w.-]*){0,3})\s*:\s+(?=\S)")


def interview(text: str, paragraph: tuple[int, int]) -> list[Said]:
    """A line of an interview: "Мустафа Джемилев: …", the whole line said by the name."""
    label = LABEL.match(text, paragraph[0])
    if not label or not has_words(text, label.end(), paragraph[1], 2):
        return []
    zone = Zone(label.start(1), label.end(1), before=True)
    start, end = label.end(), paragraph[1]
    return [Said(start, end, None, (zone,), "direct", 2, needs_speaker=True)]


def labelled(text: str, paragraph: tuple[int, int], names: Sequence[tuple[int, int]]) -> list[Said]:
    """A line "X: …" whose label is a name found in the text, whatever the case of its
    words ("Исламское государство: …", which `interview`'s capitals miss)."""
    found = next(
        ((a, b, label) for a, b in names if a == paragraph[0] and (label := COLON.match(text, b))),
        None,
    )
    if found is None:
        return []
    start, end, label = found
    if not has_words(text, label.end(), paragraph[1], 2):
        return []
    zone = Zone(start, end, before=True)
    return [Said(label.end(), paragraph[1], None, (zone,), "direct", 2, needs_speaker=True)]
