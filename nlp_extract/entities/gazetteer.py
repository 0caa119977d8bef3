"""Known places and organisations: countries from pycountry's Russian locale, plus bundled lists.

Used to fix natasha's LOC/ORG confusions, to give countries their ISO code and to
know an organisation by any of its names ("ЦБ", "Центробанк", "ЦБ РФ" are "Банк
России"). Keys are lower case with ё folded to е, so any nominative spelling matches.
An organisation's name the table does not hold is still known when it is a compound
abbreviation of one of its names ("Минвостокразвития"), or a known name with the
organisation's own country after it ("Росстат России"); with another country after
it, it is another body ("Минфин Украины" is not "Минфин").
"""

from __future__ import annotations

import gettext
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files

from ..constants import LOC, ORG, fold_key, fold_yo
from ..lexicon.grammar import ADJECTIVE_ENDING
from ..lexicon.posts import country_adjectives
from .compounds import abbreviates, content_words, country_forms, may_be_compound, split_country
from .name_forms import NameForms


def read_tsv(name: str) -> list[list[str]]:
    text = files("nlp_extract.data").joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


STRESS = "\u0301"  # the combining acute accent a dictionary marks stress with
REPUBLIC = "республика "  # "Республика Мордовия" is Мордовия


@dataclass
class Gazetteer:
    countries: dict[str, str] = field(default_factory=dict)  # name -> alpha-2
    places: dict[str, str] = field(default_factory=dict)  # name -> kind
    # a place of several names -> the name it goes by: "подмосковье" -> "Московская область"
    place_names: dict[str, str] = field(default_factory=dict)
    organisations: dict[str, str] = field(default_factory=dict)  # name -> its canonical name
    # canonical name -> (kind, country code or None): "Банк России" -> ("central-bank", "RU")
    organisation_facts: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    # a country's name in the genitive -> its code ("российской федерации" -> "RU")
    country_genitives: dict[str, str] = field(default_factory=dict)
    # the first letter of a full name of several words -> (its content words, canonical)
    full_names: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)
    # the body and country of a country-qualified name -> canonical: ("центральный банк",
    # "RU") of "Центральный банк России" -> "Банк России"
    bodies: dict[tuple[str, str], str] = field(default_factory=dict)
    # the bodies alone, whatever the country: "министерство иностранных дел"
    body_names: set[str] = field(default_factory=set)
    derived: dict[str, str | None] = field(default_factory=dict)  # memo of `organisation`
    qualified: dict[str, tuple[str, str] | None] = field(default_factory=dict)  # of `national`
    # how a country's names rank as its canonical name: the bundled short names
    # ("США", "Россия") before pycountry's official ones
    preference: dict[str, int] = field(default_factory=dict)
    # the organisations' names as a text may inflect them, their own country left off
    name_forms: NameForms = field(default_factory=NameForms)
    # abbreviations known only with their country after them ("СК" of "СК РФ")
    national_abbreviations: set[str] = field(default_factory=set)
    # what the adjectives of the places begin with, made on first use: "москв", "лондон"
    adjective_roots: frozenset[str] | None = None

    def type_of(self, name: str) -> str | None:
        """LOC or ORG when the name is known, else None."""
        if fold_key(name) in self.organisations:
            return ORG
        return LOC if self.is_known_place(name) else None

    def is_known_place(self, name: str) -> bool:
        """Whether the name is a country's or a place's the gazetteer lists."""
        name = fold_key(name)
        return name in self.countries or name in self.places

    def country_code(self, name: str) -> str | None:
        return self.countries.get(fold_key(name))

    def place(self, name: str) -> str | None:
        """The name a region or a place of several names goes by: "Подмосковье",
        "Московская область" -> "Московская область"; "Республика Мордовия" ->
        "Мордовия"."""
        return self.place_names.get(fold_key(name))

    def identity(self, kind: str, name: str) -> str | None:
        """What a name is known to be, whatever it is called: a country's code, a
        place's usual name ("Подмосковье" -> "Московская область"), or an organisation's
        full name ("ЕС", "Евросоюз" -> "Европейский союз")."""
        if kind == LOC:
            return self.country_code(name) or self.place(name)
        if kind == ORG:
            return self.organisation(name)
        return None

    def organisation(self, name: str) -> str | None:
        """The canonical name of the organisation `name` names, if known."""
        key = fold_key(name)
        known = self.organisations.get(key)
        if known or not key:
            return known
        if key not in self.derived:
            if len(self.derived) > 50_000:
                self.derived.clear()
            self.derived[key] = self.derive(key)
        return self.derived[key]

    def derive(self, key: str) -> str | None:
        national = self.national(key)
        if national:
            body, code = national
            known = self.organisations.get(body) or self.compound(body)
            if known and self.country_of(known) == code:
                return known
            return self.bodies.get((body, code))
        return self.compound(key)

    def compound(self, key: str) -> str | None:
        """The one organisation of the table whose full name `key` abbreviates."""
        if not may_be_compound(key):
            return None
        found = {
            canonical
            for full, canonical in self.full_names.get(key[:1], ())
            if abbreviates(key, full)
        }
        return found.pop() if len(found) == 1 else None

    def national(self, name: str) -> tuple[str, str] | None:
        """(the body, the country's code) of a name qualified by its country ("ЦБ РФ" ->
        ("цб", "RU")), folded; None for a name with no country."""
        key = fold_key(name)
        if key not in self.qualified:
            if len(self.qualified) > 50_000:
                self.qualified.clear()
            self.qualified[key] = split_country(key, self.country_genitives, country_adjectives())
        return self.qualified[key]

    def country_of(self, canonical: str) -> str | None:
        return self.organisation_facts.get(canonical, ("", None))[1]

    def kind(self, name: str) -> str | None:
        """The kind of the organisation a name names ("ministry" of "МВД Украины",
        "central-bank" of "ЦБ"), None when not known."""
        canonical = self.organisation(name)
        return self.organisation_facts[canonical][0] if canonical else None

    def is_media(self, name: str) -> bool:
        """Whether an organisation's name, any of its names, is a media outlet's: "Ъ",
        "РИА Новости", "Рейтер"."""
        canonical = self.organisations.get(fold_key(name))
        return canonical is not None and self.organisation_facts[canonical][0] == "media"

    def is_place_adjective(self, word: str) -> bool:
        """The adjective, in any case form, is of a country or a known place:
        "японского", "московский" (Москва), "лондонской", "ленинградского". Read
        from its letters: "-ск-" adjectives decline regularly."""
        word = fold_yo(word.lower())
        if word.startswith(country_stems()):
            return True
        found = PLACE_ADJECTIVE.fullmatch(word)
        if not found:
            return False
        if self.adjective_roots is None:
            self.adjective_roots = frozenset(map(adjective_root, self.places))
        root = found[1]
        # a vowel the adjective inserts: "московский" of "Москва"
        shorter = root[:-2] + root[-1] if len(root) > 3 and root[-2] in "ое" else root
        return root in self.adjective_roots or shorter in self.adjective_roots

    def rank(self, name: str) -> int:
        """Lower for the names a country or a place is usually called by."""
        key = fold_key(name)
        usual = self.place_names.get(key)
        if usual is not None:
            return len(self.preference) - (fold_key(usual) == key)
        return self.preference.get(key, len(self.preference))


def unstressed(name: str) -> str:
    """The name without stress marks: the locale writes "Исламская Респу́блика Иран"."""
    return name.replace(STRESS, "")


# an adjective of a place: its root, "-ск-" and an ending ("москов-ск-ого")
PLACE_ADJECTIVE = re.compile(rf"(\w{{3,}}?)[сц]к{ADJECTIVE_ENDING}")


@lru_cache(maxsize=1)
def country_stems() -> tuple[str, ...]:
    """What the adjectives of the countries begin with: "российск", "японск"."""
    return tuple(stem for stem, _ in country_adjectives())


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """Build the gazetteer once per process."""
    import pycountry

    gazetteer = Gazetteer()
    russian = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
    named = []
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            english = getattr(country, attribute, None)
            if english:
                name = unstressed(russian.gettext(english))
                gazetteer.countries[fold_key(name)] = country.alpha_2
                named.append((name, country.alpha_2))
    aliases = read_tsv("country_aliases.tsv")
    for alias, code in aliases:
        gazetteer.countries[fold_key(alias)] = code
        gazetteer.preference.setdefault(fold_key(alias), len(gazetteer.preference))
    # every country by every name: "Совет Ганы" is as national as "Совет Кубы"; the
    # names pycountry writes with a comma or brackets ("Корея, Республика") no text does
    named = [(name, code) for name, code in named if not set(",()") & set(name)]
    gazetteer.country_genitives = country_forms(
        [*named, *((alias, code) for alias, code in aliases)]
    )
    for name, kind, _, *usual in read_tsv("places.tsv"):
        gazetteer.places[fold_key(name)] = kind
        if usual:
            gazetteer.place_names[fold_key(name)] = usual[0]
            gazetteer.place_names[fold_key(usual[0])] = usual[0]
        elif kind == "region":
            gazetteer.place_names.setdefault(fold_key(name), name)
            gazetteer.place_names.setdefault(REPUBLIC + fold_key(name), name)
    for canonical, kind, state, *names in read_tsv("organisations.tsv"):
        add_organisation(gazetteer, canonical, kind, None if state == "-" else state, names)
    return gazetteer


def add_organisation(
    gazetteer: Gazetteer, canonical: str, kind: str, country: str | None, names: list[str]
) -> None:
    gazetteer.organisation_facts[canonical] = (kind, country)
    for name in (canonical, *names):
        gazetteer.organisations[fold_key(name)] = canonical
        national = gazetteer.national(name)
        body = national[0] if national and national[1] == country else fold_key(name)
        if national and national[1] == country:
            gazetteer.bodies.setdefault((body, country), canonical)
            gazetteer.body_names.add(body)
        # a name with its country is looked for without it, the country being a
        # place of its own in the text; a bare abbreviation only where it stands so
        # ("МИД", not the "МО" of "МО РФ")
        form = without_country(name, body) if national and national[1] == country else name
        if form == name or " " in form:
            gazetteer.name_forms.add(form)
        elif form.isupper():
            gazetteer.national_abbreviations.add(form)
        words = content_words(body)
        if len(words) >= 2 and not name.isupper():
            gazetteer.full_names.setdefault(words[0][:1], []).append((words, canonical))


def without_country(name: str, body: str) -> str:
    """The words of `name` its folded `body` is made of, as written: "Министерство
    иностранных дел" of "Министерство иностранных дел России", "МИД" of "Российский МИД"."""
    words = name.split()
    size = len(body.split())
    head = " ".join(words[:size])
    return head if fold_key(head) == body else " ".join(words[-size:])


def adjective_root(place: str) -> str:
    """What a place's adjective begins with, before "-ский": "москва" -> "москв",
    "ленинградская область" -> "ленинград"."""
    first = place.split()[0]
    if " " in place and first.endswith(("ская", "ский", "ское", "цкая", "цкий")):
        return first[:-4]
    return first.rstrip("аеёиоуыэюяйь")
