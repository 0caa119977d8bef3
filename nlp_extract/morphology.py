"""One typed interface over pymorphy's dictionary: every stage asks it, none holds pymorphy.

natasha's MorphVocab is pymorphy's analyser with UD tags and a parse cache; here it is
wrapped once, so stages take a `Morphology` (or a small fake in unit tests) instead of
an untyped vocab and callbacks handed down through their signatures.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Sequence

from .readings import (
    NOUNS,
    OBLIQUE,
    OBLIQUE_ENDINGS,
    RARER_LEMMAS,
    Dictionary,
    Form,
    agreeing,
    akin,
    guess_nominative,
    same_pos,
    superlative_nominative,
)

# the cases a word may be in ("врачей": Gen, Acc), as `Morphology.cases` reads them
Cases = Callable[[str], frozenset[str]]


PERSON_GRAMS = ("Name", "Surn", "Patr")
NO_GRAMMEMES: frozenset[str] = frozenset()
PROPER_GRAMS = (*PERSON_GRAMS, "Geox", "Orgn", "Trad", "Abbr")


class Morphology:
    """Lemmas, name tests, tense and inflection of single words."""

    # inflections remembered, a name being declined many times in one text
    MEMO_SIZE = 50_000

    def __init__(self, dictionary: Dictionary) -> None:
        self.dictionary = dictionary
        self.nominatives: dict[tuple[str, str, str, str | None, str | None, bool], str | None] = {}
        self.lemma_sets: dict[str, frozenset[str]] = {}  # the fact rules ask for a word's often
        # answers of other modules' word tests ("is it a post?"), keyed by (test, word)
        self.answers: dict[tuple[str, str], bool] = {}

    def forms(self, word: str) -> Sequence[Form]:
        """Every reading of the word, most likely first (the word as given: lower it first)."""
        return self.dictionary(word)

    def likeliest_tag(self, word: str) -> Container[str]:
        """The grammemes of the word's likeliest reading ("VERB" in it, "past" in it);
        none for a word the dictionary cannot read (the word as given: lower it first)."""
        forms = self.dictionary(word)
        return forms[0].tag if forms else NO_GRAMMEMES

    def lemma(self, word: str) -> str:
        """The most likely dictionary form of a word, lower case."""
        forms = self.dictionary(word.lower())
        return forms[0].normal if forms else word.lower()

    def lemmas(self, word: str) -> frozenset[str]:
        """Every dictionary form the word may have."""
        found = self.lemma_sets.get(word)
        if found is None:
            if len(self.lemma_sets) >= self.MEMO_SIZE:
                self.lemma_sets.clear()
            found = frozenset(form.normal for form in self.dictionary(word.lower()))
            self.lemma_sets[word] = found
        return found

    def remembered(self, test: str, word: str, answer: Callable[[], bool]) -> bool:
        """A word test's answer, computed once per word."""
        key = (test, word)
        found = self.answers.get(key)
        if found is None:
            if len(self.answers) >= self.MEMO_SIZE:
                self.answers.clear()
            found = self.answers[key] = answer()
        return found

    def nominative_of_oblique(self, word: str) -> str | None:
        """A name's word the dictionary reads only in an oblique case of the singular
        ("лихтманом", "мелинды"), though the tagger read a nominative: its nominative,
        lower case; None when a reading is a nominative singular ("скрипаля", "путина")."""
        key = (word, "", "Obl", None, None, False)
        if key not in self.nominatives:
            if len(self.nominatives) >= self.MEMO_SIZE:
                self.nominatives.clear()
            self.nominatives[key] = self.nominative_from_oblique(word)
        return self.nominatives[key]

    def nominative_from_oblique(self, word: str) -> str | None:
        forms = self.dictionary(word) if word.endswith(OBLIQUE_ENDINGS) else []
        if not forms or any(
            form.feats.get("Case") == "Nom" and form.feats.get("Number") != "Plur" for form in forms
        ):
            return None
        for form in forms:
            if (
                form.pos in NOUNS
                and form.feats.get("Number") == "Sing"
                and form.feats.get("Case") in OBLIQUE
            ):
                inflected = form.inflect({"Nom"})
                if inflected is None:
                    return None
                # pymorphy writes ё; the author's е stays е
                return inflected.word if "ё" in word else inflected.word.replace("ё", "е")
        return None

    def past_sex(self, word: str) -> bool | None:
        """Whether the word's likeliest reading is a past-tense verb of a woman (True)
        or of a man (False); None for any other word ("начала" is likeliest a noun)."""
        tag = self.likeliest_tag(word)
        if "VERB" not in tag or "past" not in tag or "sing" not in tag:
            return None
        return True if "femn" in tag else False if "masc" in tag else None

    def first_name_sex(self, word: str) -> bool | None:
        """Whether the dictionary knows a first name in the nominative as a woman's
        (True: "Мэри", "Кейт") or a man's (False: "Джеймс", "Патрик"); None for a name it
        does not know, or knows as both ("Саша")."""
        lower = word.lower()
        if not self.dictionary.word_is_known(lower):
            return None  # a guess: "Небойша" read as a woman's by its ending
        sexes = {
            form.feats.get("Gender", "")
            for form in self.dictionary(lower)
            if "Name" in form.tag and form.normal == lower and form.feats.get("Case") == "Nom"
        }
        return {"Fem": True, "Masc": False}.get(sexes.pop()) if len(sexes) == 1 else None

    def is_person_name(self, word: str) -> bool:
        """The dictionary knows the word, in its likeliest reading, as a first name,
        patronymic or surname."""
        tag = self.likeliest_tag(word.lower())
        return any(gram in tag for gram in PERSON_GRAMS)

    def is_patronymic(self, word: str) -> bool:
        """Every reading the dictionary has of the word is a patronymic ("Фёдорович";
        not "Абрамович", a surname too); a word it does not know is none."""
        lower = word.lower()
        return self.remembered(
            "patronymic",
            lower,
            lambda: (
                bool(forms := self.dictionary(lower))
                and self.dictionary.word_is_known(lower)
                and all("Patr" in form.tag for form in forms)
            ),
        )

    def is_first_name(self, word: str) -> bool:
        """The dictionary knows the word (no guess), in its likeliest reading, as a
        first name."""
        lower = word.lower()
        forms = self.dictionary(lower)
        return bool(forms) and "Name" in forms[0].tag and self.dictionary.word_is_known(lower)

    def is_organisation(self, word: str) -> bool:
        """The dictionary knows the word, in its likeliest reading, as an organisation's
        name ("Аль-Джазиры")."""
        return "Orgn" in self.likeliest_tag(word.lower())

    def is_pronoun(self, word: str) -> bool:
        """Every reading of the word is a pronoun ("Вы", "Они", "Его")."""
        forms = self.dictionary(word.lower())
        return bool(forms) and all("NPRO" in form.tag or "Apro" in form.tag for form in forms)

    def is_plural_surname(self, word: str) -> bool:
        """Every reading of the word is plural and one is a surname: a family
        ("Ямадаевых", "Клинтоны")."""
        forms = self.dictionary(word.lower())
        return (
            bool(forms)
            and all("plur" in form.tag for form in forms)
            and any("Surn" in form.tag for form in forms)
        )

    def cases(self, word: str) -> frozenset[str]:
        """The cases of every reading of the word, of any number ("врачей": Gen, Acc;
        "Ричард": Nom; "в": none)."""
        return frozenset(
            case for form in self.dictionary(word.lower()) if (case := form.feats.get("Case"))
        )

    def plural_cases(self, word: str) -> frozenset[str]:
        """The cases of the word's plural noun readings ("Рокфеллеров": Gen, Acc;
        "Манделы": Nom, Acc; "Обамы": none)."""
        return frozenset(
            form.feats.get("Case", "")
            for form in self.dictionary(word.lower())
            if form.pos in NOUNS and form.feats.get("Number") == "Plur"
        )

    def is_common_word(self, word: str) -> bool:
        """A noun or adjective of the dictionary in its likeliest reading, and a name in
        none ("Предшественник" yes; "Роман", "Любовь", "Калуга" no)."""
        lower = word.lower()
        forms = self.dictionary(lower)
        return (
            bool(forms)
            and forms[0].pos in ("NOUN", "ADJ")
            and self.dictionary.word_is_known(lower)
            and not any(gram in form.tag for form in forms for gram in PROPER_GRAMS)
        )

    def is_known(self, word: str) -> bool:
        """The dictionary has the word (lower case), not a guess at an unknown one."""
        return bool(self.dictionary.word_is_known(word))

    def is_dictionary_word(self, word: str) -> bool:
        """A real word rather than an abbreviation: 'ТАШКЕНТ' yes, 'МАГАТЭ' no."""
        lower = word.lower()
        return any(
            "Abbr" not in form.tag for form in self.dictionary(lower)
        ) and self.dictionary.word_is_known(lower)

    def tense(self, word: str) -> int:
        """-1 for a past verb or participle, 1 for a future one, else 0 (likeliest reading)."""
        tag = self.likeliest_tag(word)
        if "VERB" not in tag and "PRTS" not in tag and "PRTF" not in tag:
            return 0
        if "past" in tag:
            return -1
        if "futr" in tag:
            return 1
        return 0

    def nominative(
        self, word: str, pos: str, feats: dict[str, str], singular: bool = False
    ) -> str | None:
        """`word` (lower case) in the nominative, read as the tagger read it: the reading
        with its part of speech and case, preferring one of its number and gender (or in
        the singular: a post held by one person, "сенаторов" -> "сенатор").
        None when no reading fits or it does not inflect."""
        key = (word, pos, feats["Case"], feats.get("Number"), feats.get("Gender"), singular)
        if key not in self.nominatives:
            if len(self.nominatives) >= self.MEMO_SIZE:
                self.nominatives.clear()
            self.nominatives[key] = self.inflect_nominative(word, pos, feats, singular)
        return self.nominatives[key]

    def inflect_nominative(
        self, word: str, pos: str, feats: dict[str, str], singular: bool = False
    ) -> str | None:
        in_case = [
            form for form in self.dictionary(word) if form.feats.get("Case") == feats["Case"]
        ]
        readings = [form for form in in_case if same_pos(form.pos, pos)]
        best = agreeing(sorted(readings, key=lambda form: form.normal in RARER_LEMMAS), feats)
        if best is None:
            # a participle the tagger calls an adjective ("Соединенных Штатов"), a surname
            # that declines as an adjective ("Юрию Долгорукому")
            best = agreeing([form for form in in_case if akin(form, pos)], feats)
        if best is None:
            return guess_nominative(word, feats) if pos == "PROPN" else None
        if best.feats.get("Degree") == "Sup" and (
            own := superlative_nominative(word, best.feats, singular)
        ):
            return own
        inflected = best.inflect({"Nom", "Sing"} if singular else {"Nom"})
        return inflected.word if inflected else None
