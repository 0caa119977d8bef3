"""Known places and organisations: countries from pycountry's Russian locale, plus bundled lists.

Used to fix natasha's LOC/ORG confusions and to give countries their ISO code.
Keys are lower case with ё folded to е, so any nominative spelling matches.
"""

from __future__ import annotations

import gettext
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files

from ..constants import LOC, ORG, fold_key


def read_tsv(name: str) -> list[list[str]]:
    text = files("nlp_extract.data").joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@dataclass
class Gazetteer:
    countries: dict[str, str] = field(default_factory=dict)  # name -> alpha-2
    places: dict[str, str] = field(default_factory=dict)  # name -> kind
    organisations: dict[str, str] = field(default_factory=dict)  # name -> its full name
    # how a country's names rank as its canonical name: the bundled short names
    # ("США", "Россия") before pycountry's official ones
    preference: dict[str, int] = field(default_factory=dict)

    def type_of(self, name: str) -> str | None:
        """LOC or ORG when the name is known, else None."""
        name = fold_key(name)
        if name in self.organisations:
            return ORG
        if name in self.countries or name in self.places:
            return LOC
        return None

    def country_code(self, name: str) -> str | None:
        return self.countries.get(fold_key(name))

    def identity(self, kind: str, name: str) -> str | None:
        """What a name is known to be, whatever it is called: a country's code, or an
        organisation's full name ("ЕС", "Евросоюз" -> "Европейский союз")."""
        if kind == LOC:
            return self.country_code(name)
        if kind == ORG:
            return self.organisations.get(fold_key(name))
        return None

    def rank(self, name: str) -> int:
        """Lower for the names a country is usually called by."""
        return self.preference.get(fold_key(name), len(self.preference))


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """Build the gazetteer once per process."""
    import pycountry

    gazetteer = Gazetteer()
    russian = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            english = getattr(country, attribute, None)
            if english:
                gazetteer.countries[fold_key(russian.gettext(english))] = country.alpha_2
    for alias, code in read_tsv("country_aliases.tsv"):
        gazetteer.countries[fold_key(alias)] = code
        gazetteer.preference.setdefault(fold_key(alias), len(gazetteer.preference))
    for name, kind, *_ in read_tsv("places.tsv"):
        gazetteer.places[fold_key(name)] = kind
    for names in read_tsv("organisations.tsv"):
        for name in names:
            gazetteer.organisations[fold_key(name)] = names[0]
    return gazetteer
