"""The speakers of the quotes read so far, in text order: whom "собеседник агентства",
"По ее данным" or a message with no author named ("говорится в пресс-релизе") go on
with."""

from __future__ import annotations

from ..schema import Entity

Speaker = Entity | str  # an entity, or the name of a body no entity holds


class Heard:
    def __init__(self) -> None:
        self.said: list[tuple[int, int, Speaker]] = []
        self.cues: dict[tuple[int, int], Speaker] = {}
        # a person's sex as the verbs of their quotes tell it ("сообщил адвокат X")
        self.sexes: dict[str, bool] = {}

    def hear(
        self,
        start: int,
        end: int,
        speaker: Speaker | None,
        cue: tuple[int, int] | None = None,
        female: bool | None = None,
    ) -> None:
        """Remember the speaker of a quote and its attribution, text[start:end], of the
        verb that attributes it, and the sex that verb tells (`female`)."""
        if isinstance(speaker, Entity) and female is not None:
            self.sexes.setdefault(speaker.id, female)
        if speaker is not None:
            self.said.append((start, end, speaker))
            if cue is not None:
                self.cues.setdefault(cue, speaker)

    def of_cue(self, cue: tuple[int, int] | None) -> Speaker | None:
        """The speaker of a quote the same verb attributed before: "он признал, что …:"
        and the paragraph the colon announces are one speaker's."""
        return None if cue is None else self.cues.get(cue)

    def last(self, at: int, reach: int) -> tuple[int, Speaker] | None:
        """Where the quote just before `at` starts and its speaker, when it ends within
        `reach` of `at`."""
        found = self.just_before(at, reach)
        return (found[0], found[2]) if found else None

    def just_before(self, at: int, reach: int) -> tuple[int, int, Speaker] | None:
        """The quote just before `at` with its attribution, text[start:end], and its
        speaker, when it ends within `reach` of `at`."""
        if not self.said:
            return None
        start, end, speaker = self.said[-1]
        return (start, end, speaker) if 0 <= at - end < reach else None

    def names_at(self) -> list[tuple[int, str]]:
        """The bodies that spoke by name, each with where its words began."""
        return [(start, speaker) for start, _, speaker in self.said if isinstance(speaker, str)]

    def names(self) -> list[str]:
        """The bodies that spoke by name ("федеральная прокуратура Бельгии"), the last
        first."""
        return [name for _, name in reversed(self.names_at())]
