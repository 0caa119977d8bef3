"""Who says it: the entity named where a quote is attributed.

The words of the attribution (its "zone": before the verb in `X заявил`, after it in
`— сказал X`) are read in order of trust: a person named there; a pronoun ("— сказал
он") or a bare title ("Министр добавил") stands for the person named last before;
an organisation named there speaks itself ("в МИД заявили", "передает «Интерфакс»"),
and a bare noun ("в компании уверены") is the organisation the text is about,
unless a title before it names one of its people ("глава Минсвязи": the person who
holds that post, when the text has named them); a title with a place is a person
("мэр Москвы"). A title is read in any case ("по словам министра") and a verb's
gender ("заявила") passes over the people of the other. The person is the verb's
subject, not its object nor a noun's dependent (`subjects`); what the words refer back
to — the one who spoke before, a person of a sex, a post's holder — is `context`'s.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..constants import LOC, ORG, PER
from ..entities.sex import NameSex, PastSex, no_name_sex, past_sex_by_ending
from ..lexicon.speakers import (
    ALSO,
    EMPHATIC,
    INTERLOCUTORS,
    PRESS_SERVICE,
    PRONOUNS,
    REFERRING,
    SOURCES,
    SPOKESPEOPLE,
)
from ..schema import Entity
from .context import Context
from .documents import issued
from .holders import female_post, posts_named
from .nouns import (
    body_of_kind,
    national_body,
    noun_of_one_before,
    of_country,
    of_kind,
    organisation_meant,
    own_noun,
)
from .outlets import (
    BY_LETTERS,
    OUTLET_REACH,
    Organisations,
    cited,
    outlet_heard,
    outlet_meant,
    outlets,
    without_outlet,
)
from .persons import bracketed, fits, in_full, last_name, short_name
from .referents import (
    ORG_REACH,
    THEY_REACH,
    Nominative,
    body_named,
    body_of,
    named_by_noun,
    names_body,
    no_nominative,
    pair_before,
    spoken_for,
    state_of,
)
from .states import AUTHORITIES, of_authorities, place_subject
from .subjects import Asides, Posts, asked, goes_on, names_subject, no_asides, person_named
from .text import words
from .zones import Zone, described_apart, media_name, off_platforms


class Speakers(Context):
    """Who says each quote of a text: the entity the words of its attribution name, or
    one they refer back to (see `Context`)."""

    def __init__(
        self,
        text: str,
        entities: Sequence[Entity],
        posts: Posts,
        quoted: Sequence[tuple[int, int]] = (),
        known: Organisations = BY_LETTERS,
        nominative_of: Nominative = no_nominative,
        past_sex: PastSex = past_sex_by_ending,
        asides: Asides = no_asides,
        name_sex: NameSex = no_name_sex,
    ) -> None:
        super().__init__(text, entities, posts, quoted, past_sex, nominative_of, name_sex)
        self.asides = asides
        self.states = [entity for entity in entities if entity.type == LOC and entity.code]
        self.known = known
        self.outlets = outlets(text, (e for e in entities if e.type == ORG), known.is_media)
        # people named in full, by surname
        self.surnames: dict[str, list[Entity]] = {}
        for entity in entities:
            if entity.type == PER and not short_name(entity.name):
                self.surnames.setdefault(last_name(entity), []).append(entity)

    def speaker(
        self, zones: Sequence[Zone], at: int, female: bool | None = None
    ) -> tuple[Entity | None, str | None]:
        """The entity a quote attributed at `at` is said by, or the name of a speaker
        that is no entity ("сообщает NEWSru.com"), or neither. A person in any zone
        comes before an organisation in another ("написал в Twitter, что")."""
        # a zone with a subject comes first: "Коэн признавался Ремнику, что" is Коэн's
        zones = sorted(
            zones,
            key=lambda z: not names_subject(self.text, z, self.within(z.start, z.end), self.posts),
        )
        meant = [
            entity for zone in zones for entity, said in [self.of_zone(zone, at, female)] if said
        ]
        # a zone naming one not found ("Министр заявил" of no minister named) gives way
        # to a zone that names one ("… . Об этом сообщила пресс-служба Минфина")
        found = [entity for entity in meant if entity is not None] or meant
        people = [e for e in found if isinstance(e, Entity) and e.type == PER]
        entity = (people or found or [None])[0]
        if isinstance(entity, str):  # a body no entity names: "прокуратура Бельгии"
            return None, entity
        if entity is not None and entity.type == LOC:
            state, name = state_of(entity, self.states)
            if state or name:
                return state, None if state else name
        if entity is not None:
            named = [m.entity for m in self.before(at) if m.entity.type == PER]
            return in_full(entity, named, self.surnames, female, self.sex), None
        if found:
            return None, None
        for zone in zones:
            name = media_name(self.text, zone)
            if name:
                return None, name
        return None, None

    def of_zone(
        self, zone: Zone, at: int, female: bool | None = None
    ) -> tuple[Entity | str | None, bool]:
        """The speaker a zone names (an entity, or the name of a body of a place), and
        whether it names one."""
        if body := self.cited_body(zone):
            return body, True  # "со ссылкой на источник в палестинском правительстве"
        zone, mentions = cited(self.text, zone, self.within(zone.start, zone.end))
        mentions, sourced = without_outlet(self.text, zone, mentions, self.outlets)
        mentions = described_apart(self.text, zone, mentions)
        mentions = off_platforms(self.text, mentions, self.known.kind)
        mentions = asked(self.text, zone, mentions, self.asides)
        person = person_named(self.text, zone, mentions, self.posts)
        if person is not None or zone.named:
            return person, person is not None
        found = words(self.text, zone.start, zone.end)
        tokens = [w.group().lower() for w in found]
        back, refers = self.referred_back(zone, tokens, at, female)
        if refers:
            return back, True
        if AUTHORITIES & set(tokens):  # "израильские власти", "Власти считают"
            return of_authorities(self.text, tokens, mentions, self.before(at)), True
        bodies = [
            body_of(self.text, zone.start, m, self.nominative)
            for m in mentions
            if m.entity.type == LOC
        ]
        if not any(m.entity.type == ORG for m in mentions) and any(bodies):
            return next(body for body in bodies if body), True
        # a name in brackets names the body before it: "агентства по атомной энергии (Узатом)"
        groups = [
            m.entity for m in mentions if m.entity.type == ORG or bracketed(self.text, m)
        ] or [
            m.entity
            for m in mentions
            if m.entity.type == LOC
            and ((len(tokens) <= 3 and not names_body(tokens)) or place_subject(self.text, zone, m))
        ]
        if not groups and (
            outlet := outlet_meant(self.text, found, self.before(at), at, self.outlets)
        ):
            groups = [outlet]
        if not groups:
            meant, groups = self.referred(found, tokens, at)
            if meant is not None:
                return meant, True
        posts = posts_named(tokens, self.posts, genitive=not zone.before)
        female = female_post(posts) if female is None else female
        if groups:
            org = groups[0]
            if not posts or SPOKESPEOPLE & set(tokens):
                return org, True
            holder = self.holder(at, posts, org, female)
            if holder or org.type != LOC:
                return holder or org, True
            # a post of a place is a person's: "мэр Москвы", "президент России"
            return self.holder(at, posts, None, female) or self.last_person(at, female), True
        if posts or REFERRING & set(tokens):
            return self.titled(at, posts, tokens, female), True
        return None, sourced  # a source an outlet quotes, not named: no speaker

    def referred_back(
        self, zone: Zone, tokens: Sequence[str], at: int, female: bool | None
    ) -> tuple[Entity | str | None, bool]:
        """The one words that go on or a pronoun refer back to, and whether they refer
        back: the one who spoke just before ("«…», — и добавил, что"), the person "он"
        stands for, the organisations "они", "их" stand for."""
        if (
            zone.before
            and goes_on(self.text, zone)
            and (last := self.last_heard(at) or self.last_person(at, female))
        ):
            return last, True
        pronoun = next((word for word in tokens if word in PRONOUNS), None)
        # "Президент и сам …": "сам" stresses the title, which says who it is
        if pronoun and not (pronoun in EMPHATIC and posts_named(tokens, self.posts)):
            return self.of_pronoun(pronoun, at), True
        if {"они", "их"} & set(tokens) and (
            they := spoken_for(self.text, self.before(at), at, THEY_REACH)
            or pair_before(self.text, self.before(at), at)
        ):
            return they, True
        return None, False

    def titled(
        self, at: int, posts: frozenset[str], tokens: Sequence[str], female: bool | None
    ) -> Entity | None:
        """The person a bare title stands for ("Министр добавил"): the post's holder; the
        one who spoke just before when the words say so ("Актёр также признался"), of the
        verb's sex, and no one else holds the post; else the last person."""
        held = self.holder(at, posts, None, female)
        last = self.last_heard(at)
        if (
            ALSO & set(tokens)
            and isinstance(last, Entity)
            and last.type == PER
            and (female is None or fits(last, female, self.sex) < 2)
            and held in (None, last)
        ):
            return last
        return held or self.last_person(at, female)

    def referred(
        self, found: Sequence[re.Match[str]], tokens: list[str], at: int
    ) -> tuple[Entity | str | None, list[Entity]]:
        """The speaker words that name no one refer to (an outlet's noun, "собеседник
        агентства", "Пресс-служба", a source's noun), or the organisation "в компании"
        stands for."""
        if named := outlet_heard(self.text, found, self.last_heard(at, OUTLET_REACH), self.outlets):
            return named, []
        if INTERLOCUTORS & set(tokens) and (last := self.last_heard(at)):
            return last, []  # "сказал собеседник агентства": the one who spoke to it
        if tokens and set(tokens) <= PRESS_SERVICE and (body := self.body_heard(at, self.outlets)):
            return body, []  # "Пресс-служба отмечает": of the body that spoke before
        if found and (
            body := national_body(self.text, found[0].start(), found[-1].end(), self.nominative)
        ):
            # "Британская полиция сообщила", unless an organisation of its kind is named
            # ("Генпрокуратура Украины … В украинской прокуратуре уточнили")
            kind = of_kind(body.split()[-1].lower(), self.known.kind)
            org = organisation_meant(self.before(at), at, kind, strict=True)
            return org if org and of_country(body, org, self.states) else body, []
        if noun := noun_of_one_before(self.text, found):  # "в компании": one named before
            own = own_noun(noun)
            org = organisation_meant(self.before(at), at, of_kind(noun, self.known.kind), own)
            if not org and own and (body := body_of_kind(noun, self.bodies_written(at))):
                return body, []  # "В полиции рассказали" of "Полиция Малайзии"
            # a body's own noun that names no organisation may name a body no entity
            # holds: "представители прокуратуры", read below as a source's words
            if org or not own:
                return None, [org] if org else []
        # "сообщили из прокуратуры": people of a body speak from it
        if (SPOKESPEOPLE | SOURCES) & set(tokens) or tokens[:1] == ["из"]:
            words_said = [w.group() for w in found]
            meant = named_by_noun(tokens, self.bodies_before(at)) or body_named(
                words_said, self.nominative
            )
            return meant, []
        return None, []

    def author_before(self, at: int) -> Entity | str | None:
        """The author a message with no name is of: the subject of the clause that
        issued it just before ("Путин подписал указ. В документе говорится"), else the
        one who spoke just before, else the organisation the text is about."""
        if (clause := issued(self.text, at)) and (
            issuer := self.of_zone(Zone(*clause, before=True), at)[0]
        ):
            return issuer
        return self.last_heard(at, ORG_REACH) or organisation_meant(self.before(at), at)

    def quoted_by_outlet(self, zones: Sequence[Zone]) -> bool:
        """Whether a zone names a source an outlet quotes, named or not ("рассказал «Ъ»
        один из участников встречи")."""
        return any(
            without_outlet(self.text, zone, self.within(zone.start, zone.end), self.outlets)[1]
            for zone in zones
        )
