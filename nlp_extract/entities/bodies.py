"""Organisations of one document that are one body under several names.

- A national body and its country: "ЦБ РФ", "Банк России" and "ЦБ" are one when no
  other country's ЦБ is in the text; "Минфин Украины" stays apart from a "Минфин"
  the gazetteer knows as Russia's.
- A compound abbreviation and its full name: "Минфин" / "Министерство финансов",
  "Госдума" / "Государственная дума РФ", when it abbreviates exactly one full name.
Each function gives pairs of mention indices to join; `organisation_key` leaves out of a
name the words that do not tell the body (legal forms, an article, whom it is named
after), here and across the corpus.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..constants import LOC, ORG, fold_key
from ..lexicon.organisations import LEGAL_FORMS
from ..lexicon.posts import country_of
from .compounds import abbreviates, content_words, may_be_compound
from .gazetteer import Gazetteer
from .likeness import is_abbreviation
from .spans import NameSpan

Body = tuple[str, str | None]  # folded name without its country, the country's code


def bodies(mentions: Sequence[NameSpan], gazetteer: Gazetteer) -> dict[int, Body]:
    """Each organisation mention's body and country ("ЦБ РФ" -> ("цб", "RU"))."""
    out: dict[int, Body] = {}
    for index, mention in enumerate(mentions):
        if mention.type == ORG:
            national = gazetteer.national(mention.name)
            out[index] = national if national else (fold_key(mention.name), None)
    return out


def national_pairs(
    text: str, mentions: Sequence[NameSpan], gazetteer: Gazetteer
) -> Iterator[tuple[int, int]]:
    """Each mention "X <country>" with the first bare "X" of the text, when the text
    qualifies X by that one country and the bare one comes after ("МВД Украины … В
    заявлении МВД": the country just named, whatever other country the text names), or
    the gazetteer knows no other country's X, or knows another's the text never names
    ("МВД" … "МВД Киргизии" in a text with no word of Russia is Kyrgyzstan's, not the
    gazetteer's Russian "МВД")."""
    named = {
        code
        for mention in mentions
        if mention.type == LOC and (code := gazetteer.country_code(mention.name))
    }
    found = bodies(mentions, gazetteer)
    countries: dict[str, set[str]] = {}
    bare: dict[str, int] = {}
    for index, (body, code) in found.items():
        if code:
            countries.setdefault(body, set()).add(code)
        else:
            bare.setdefault(body, index)
    codes = {code for _, code in found.values() if code}  # "МВД РФ" names Russia too
    for index, (body, code) in found.items():
        if not code or body not in bare or len(countries[body]) > 1:
            continue
        known = gazetteer.organisation(mentions[bare[body]].name)
        country = gazetteer.country_of(known) if known else None
        if another_country(text, mentions[bare[body]].start, code):
            continue  # "МВД Украины … Российское МВД"
        after = mentions[bare[body]].start > mentions[index].start
        if after or country in (None, code) or (country not in named and country not in codes):
            yield bare[body], index


# the word right before a name
ADJECTIVE_BEFORE = re.compile(r"([а-яё]+)\s+$", re.IGNORECASE)


def another_country(text: str, start: int, code: str) -> bool:
    """Whether the word before a bare body is the adjective of another country than
    `code` ("Российское МВД" after "МВД Украины")."""
    before = ADJECTIVE_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    found = country_of(before.group(1))
    return found is not None and found != code


def compound_pairs(mentions: Sequence[NameSpan], gazetteer: Gazetteer) -> Iterator[tuple[int, int]]:
    """Each compound abbreviation with the one full name of the text it abbreviates, of
    the same country or none ("Минфин" / "Министерство финансов России")."""
    found = bodies(mentions, gazetteer)
    full: dict[tuple[str, ...], list[int]] = {}
    for index, (body, _) in found.items():
        words = content_words(body)
        if len(words) >= 2:
            full.setdefault(words, []).append(index)
    if not full:
        return
    for index, (body, code) in found.items():
        if not may_be_compound(body):
            continue
        owners = [
            indices
            for words, indices in full.items()
            if words[0][:1] == body[:1]
            and abbreviates(body, words)
            and all(found[i][1] in (None, code) or code is None for i in indices)
        ]
        if len(owners) == 1:
            yield owners[0][0], index


# "им. М.В. Ломоносова", "имени Баумана": whom an organisation is named after
NAMED_AFTER = re.compile(r"\s(?:им\.|имени)\s")


def organisation_key(name: str) -> str:
    """An organisation's name, folded, less the words around it that do not tell it:
    the legal forms ("АКБ ПЕРЕСВЕТ АО" is the bank the text calls "Пересвет"), an
    English article ("The Rolling Stones"), and whom it is named after, when what is
    left is an abbreviation ("МГУ им. М.В. Ломоносова" is "МГУ"; "Драматический театр
    имени Пушкина" and "… имени Горького" are two theatres). A name that is only such
    words stays as it is."""
    folded = fold_key(name)
    named_after = NAMED_AFTER.search(name)
    if named_after and is_abbreviation(name[: named_after.start()].strip()):
        folded = fold_key(name[: named_after.start()])
    kept = [word for word in folded.split() if word not in LEGAL_FORMS]
    if len(kept) > 1 and kept[0] == "the":
        kept = kept[1:]
    return " ".join(kept) if kept else fold_key(name)
