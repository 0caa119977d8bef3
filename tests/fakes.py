"""A small morphological dictionary for unit tests: the readings we write, nothing loaded."""

from __future__ import annotations

from dataclasses import dataclass, field

from nlp_extract.morphology import Morphology


@dataclass
class FakeForm:
    """One reading: a lemma, UD part of speech and features, OpenCorpora grams, and
    the word's forms by case (what `inflect` gives)."""

    word: str
    normal: str
    pos: str
    feats: dict[str, str] = field(default_factory=dict)
    grams: frozenset[str] = frozenset()
    cases: dict[str, str] = field(default_factory=dict)  # UD case -> word

    @property
    def tag(self) -> frozenset[str]:
        return self.grams

    def inflect(self, grams: set[str]) -> FakeForm | None:
        (case,) = grams
        if case not in self.cases:
            return None
        return FakeForm(self.cases[case], self.normal, self.pos, {**self.feats, "Case": case})


class FakeDictionary:
    def __init__(self, forms: list[FakeForm]) -> None:
        self.forms: dict[str, list[FakeForm]] = {}
        for form in forms:
            self.forms.setdefault(form.word, []).append(form)

    def __call__(self, word: str) -> list[FakeForm]:
        return self.forms.get(word, [])

    def word_is_known(self, word: str) -> bool:
        return word in self.forms


def noun(word: str, normal: str, case: str, gender: str = "Masc", **grams: bool) -> FakeForm:
    feats = {"Case": case, "Number": "Sing", "Gender": gender}
    return FakeForm(word, normal, "NOUN", feats, frozenset(grams), {"Nom": normal})


def adjective(word: str, normal: str, case: str, gender: str, nominative: str) -> FakeForm:
    feats = {"Case": case, "Number": "Sing", "Gender": gender}
    return FakeForm(word, normal, "ADJ", feats, frozenset(), {"Nom": nominative})


def verb(word: str, tense: str) -> FakeForm:
    return FakeForm(word, word, "VERB", {}, frozenset({"VERB", tense}))


FORMS = [
    noun("агентства", "агентство", "Gen", "Neut"),
    noun("агентство", "агентство", "Nom", "Neut"),
    noun("энергии", "энергия", "Gen", "Fem"),
    adjective("атомной", "атомный", "Gen", "Fem", "атомная"),
    adjective("международного", "международный", "Gen", "Neut", "международное"),
    noun("петрова", "петров", "Gen", Surn=True),
    noun("анны", "анна", "Gen", "Fem", Name=True),
    noun("ташкент", "ташкент", "Nom"),
    noun("магатэ", "магатэ", "Gen", "Neut", Abbr=True),
    verb("подписали", "past"),
    verb("подпишут", "futr"),
]


def fake_morphology(extra: list[FakeForm] | None = None) -> Morphology:
    return Morphology(FakeDictionary([*FORMS, *(extra or [])]))


# UD feature values written alone in the inline cases of tests/roles and tests/facts:
# each value names its feature (Gen is a Case, Plur a Number, Fin a VerbForm)
FEATURES = {
    **dict.fromkeys(("Nom", "Gen", "Dat", "Acc", "Ins", "Loc"), "Case"),
    **dict.fromkeys(("Sing", "Plur"), "Number"),
    **dict.fromkeys(("Masc", "Fem", "Neut"), "Gender"),
    **dict.fromkeys(("Fin", "Inf", "Part"), "VerbForm"),
    "Pass": "Voice",
}


def features(written: str) -> dict[str, str]:
    """`Gen,Sing` or `Case=Gen,Number=Sing` as a feats dictionary."""
    feats = {}
    for item in filter(None, written.split(",")):
        key, _, value = item.partition("=")
        feats.update({key: value} if value else {FEATURES[key]: key})
    return feats
