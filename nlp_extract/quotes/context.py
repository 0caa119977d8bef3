"""What a quote's attribution may refer back to: the people named before (the last of
a sex, the holder of a post), the speakers of the quotes read so far (who goes on
speaking, the body that spoke last, the organisation "его" goes on with) and the
bodies no entity names ("Полиция Малайзии", "источник в палестинском правительстве")."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import takewhile

from ..constants import LOC, ORG, PER
from ..entities.sex import NameSex, PastSex, no_name_sex, past_sex_by_ending, told_sex
from ..lexicon.speakers import CITING, FEMALE_PRONOUNS, POSSESSIVE, SOURCES
from ..schema import Entity
from .heard import Heard
from .holders import holder
from .mentions import Mentions
from .nouns import organisation_meant
from .persons import first_name_gender, fits, gender, nominative
from .referents import ORG_REACH, THEY_REACH, Nominative, body_named, body_of, no_nominative
from .subjects import Posts, dependent
from .text import previous_sentence, words
from .zones import Zone


class Context(Mentions):
    """A text's mentions (see `Mentions`), its people's sex, and the quotes heard."""

    def __init__(
        self,
        text: str,
        entities: Sequence[Entity],
        posts: Posts,
        quoted: Sequence[tuple[int, int]] = (),
        past_sex: PastSex = past_sex_by_ending,
        nominative_of: Nominative = no_nominative,
        name_sex: NameSex = no_name_sex,
    ) -> None:
        super().__init__(entities, quoted)
        self.text = text
        self.posts = posts
        self.nominative = nominative_of  # a phrase in an oblique case, in the nominative
        self.heard = Heard()  # the speakers of the quotes read
        # a person's sex, by their name, else by what the text tells of them: read when
        # a rule first asks
        self.sexes: dict[str, bool | None] = {}
        self.past_sex = past_sex
        self.name_sex = name_sex
        self.name_sexes: dict[str, bool | None] = {}  # by person id, asked once

    def last_person(self, before: int, female: bool | None = None) -> Entity | None:
        """The person named last before an offset, outside quotation marks; of a woman's
        words ("она", "заявила") the last woman, of a man's the last man, when named."""
        people = (named.entity for named in self.before(before) if named.entity.type == PER)
        first = next(people, None)
        if first is None or female is None or fits(first, female, self.sex) == 0:
            return first
        return min([first, *people], key=lambda person: fits(person, female, self.sex))

    def sex(self, person: Entity) -> bool | None:
        """A person's sex: True a woman, False a man, None untold."""
        if person.type != PER:
            return None
        if person.id not in self.sexes:
            spans = ((m.start, m.end) for m in person.mentions)
            named = gender(person)
            self.sexes[person.id] = (
                told_sex(self.text, spans, self.past_sex) if named is None else named
            )
        told = self.sexes[person.id]
        if told is None:  # the verbs of their quotes, the first name the dictionary knows,
            # else a first name's ending
            told = self.heard.sexes.get(person.id)
        if told is None and " " in person.name:
            if person.id not in self.name_sexes:
                self.name_sexes[person.id] = self.name_sex(person.name.split()[0])
            told = self.name_sexes[person.id]
        if told is None:
            told = first_name_gender(person)
        return told

    def of_pronoun(self, pronoun: str, at: int) -> Entity | str | None:
        """The person a pronoun stands for, or the organisation just quoted: "По ее
        данным" after an outlet's words, "она" of no woman named."""
        female = pronoun in FEMALE_PRONOUNS
        if going_on := self.still_speaking(at, female):
            return going_on
        person = self.last_subject(at, female) or self.last_person(at, female)
        unfit = person is None or fits(person, female, self.sex) >= (1 if female else 2)
        of_them = self.continued(at) if pronoun in POSSESSIVE or unfit else None
        return of_them or person

    def last_subject(self, at: int, female: bool) -> Entity | None:
        """Of the people named in the sentence before `at` or in its own words before
        it, the nearest written as their name ends and no noun's dependent, of the
        pronoun's sex: the subject a pronoun goes on with ("Сантос добивался признания
        отцовства Иглесиаса. По его словам, …" is Сантос)."""
        start = previous_sentence(self.text, at)
        for named in self.before(at):
            if named.start < start:
                return None
            person = named.entity
            written = self.text[named.start : named.end]
            if (
                person.type == PER
                and nominative(written, person)
                and not dependent(self.text, named.start, self.posts)
                and fits(person, female, self.sex) < 2
            ):
                return person
        return None

    def still_speaking(self, at: int, female: bool) -> Entity | None:
        """The person who spoke just before, whom "он", "По его словам" go on with when
        no one else has been named since their words: "X рассказал, что не обсуждал это
        с президентом Путиным. Он признал, что …" is X, not Путин; "… спросили министра
        Лаврова. Он ответил" is Лавров."""
        last = self.heard.just_before(at, THEY_REACH)
        speaker = last[2] if last else None
        if not isinstance(speaker, Entity) or speaker.type != PER or last is None:
            return None
        if fits(speaker, female, self.sex) == 2:
            return None
        # a new subject or object since, not a noun's dependent ("правительство Нечаса")
        since = [
            m
            for m in self.within(last[1], at)
            if m.entity.type == PER
            and m.entity is not speaker
            and (
                nominative(self.text[m.start : m.end], m.entity)
                or not dependent(self.text, m.start, self.posts)
            )
        ]
        return None if since else speaker

    def body_heard(self, at: int, outlets: set[str]) -> Entity | str | None:
        """The organisation or named body that spoke last, not far back and no outlet
        (`outlets`: their ids; "сообщает ТАСС. Пресс-служба уточнила" is no agency's),
        else the organisation the text is about."""
        last = self.last_heard(at, ORG_REACH)
        if isinstance(last, str) or (
            last is not None and last.type == ORG and last.id not in outlets
        ):
            return last
        return organisation_meant((m for m in self.before(at) if m.entity.id not in outlets), at)

    def last_heard(self, at: int, reach: int = THEY_REACH) -> Entity | str | None:
        """The speaker of the quote just before `at`, not far back."""
        last = self.heard.last(at, reach)
        return last[1] if last else None

    def continued(self, at: int) -> Entity | str | None:
        """The organisation "его", "ее" goes on with: the speaker of the quote just before
        ("Об этом пишет газета «Коммерсант». По ее данным, …") when that is no person and
        no person is named in that quote or since."""
        start, speaker = self.heard.last(at, THEY_REACH) or (0, None)
        if speaker is None or (isinstance(speaker, Entity) and speaker.type == PER):
            return None
        return None if any(m.entity.type == PER for m in self.within(start, at)) else speaker

    def bodies_before(self, at: int) -> list[Entity | str]:
        """The organisations named before `at`, not far back, the nearest first, and the
        bodies that spoke by name ("федеральная прокуратура Бельгии")."""
        before = takewhile(lambda m: at - m.start < ORG_REACH, self.before(at))
        return [*(m.entity for m in before if m.entity.type == ORG), *self.heard.names()]

    def holder(
        self, at: int, posts: frozenset[str], org: Entity | None, female: bool | None
    ) -> Entity | None:
        """The person named last before `at` who holds a post the words name (see
        `holders.holder`); of a woman's words a woman, of a man's a man, when told."""
        people = [
            named.entity
            for named in self.before(at)
            if named.entity.type == PER
            and (female is None or fits(named.entity, female, self.sex) < 2)
        ]
        return holder(people, posts, org)

    def bodies_written(self, at: int) -> list[str]:
        """The bodies no entity names written before `at`, the nearest first: those of
        places ("Полиция Малайзии") and those that spoke by name ("Британская полиция")."""
        near = takewhile(lambda m: at - m.start < ORG_REACH, self.before(at))
        places = (
            (m.start, body_of(self.text, max(0, m.start - 60), m, self.nominative))
            for m in near
            if m.entity.type == LOC
        )
        spoke = [(start, name) for start, name in self.heard.names_at() if start < at]
        found = sorted([*((s, b) for s, b in places if b), *spoke], reverse=True)
        return [body for _, body in found]

    def cited_body(self, zone: Zone) -> str | None:
        """The body an outlet's unnamed source is in, named by words no entity holds:
        "сообщает агентство Рейтер со ссылкой на источник в палестинском правительстве"
        is the government's report, not Reuters' own."""
        citing = CITING.search(self.text, zone.start, zone.end)
        if citing is None or self.within(citing.end(), zone.end):
            return None
        found = words(self.text, citing.end(), zone.end)
        if not SOURCES & {w.group().lower() for w in found}:
            return None
        return body_named([w.group() for w in found], self.nominative)
