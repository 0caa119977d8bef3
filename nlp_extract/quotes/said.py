"""What a rule finds: a span of what is said, its cue and where its speaker is written."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .zones import Zone


@dataclass(frozen=True)
class Said:
    """What is said (text[start:end]), the cue's span and the speaker's zones, the
    most trusted first; `rank` orders rules when two find the same words."""

    start: int
    end: int
    cue: tuple[int, int] | None
    zones: tuple[Zone, ...]
    kind: Literal["direct", "indirect"]
    rank: int = 0
    needs_speaker: bool = False  # no quote unless its zones name someone
    # "Об этом сообщил X": quotes found in the words it refers to take its speaker
    refers: bool = False
