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
    organisations: set[str] = field(default_factory=set)

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
    for name, kind, *_ in read_tsv("places.tsv"):
        gazetteer.places[fold_key(name)] = kind
    for name, abbreviation in read_tsv("organisations.tsv"):
        gazetteer.organisations.add(fold_key(name))
        if abbreviation:
            gazetteer.organisations.add(fold_key(abbreviation))
    return gazetteer
