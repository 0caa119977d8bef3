"""A proper name's nominative guessed from its case ending, for the names the
dictionary has no reading of in the case the tagger gave ("Невады": pymorphy guesses a
plural "невад")."""

from __future__ import annotations

# Case endings of the feminine -а/-я declension and of
# masculine names ending in a consonant or in -а, read with the tagger's gender.
GUESSES = {
    ("Fem", "Gen"): (("ии", "ия"), ("ы", "а"), ("и", "а")),
    ("Fem", "Dat"): (("ии", "ия"), ("е", "а")),
    ("Fem", "Loc"): (("ии", "ия"), ("е", "а")),
    ("Fem", "Acc"): (("ю", "я"), ("у", "а")),
    ("Fem", "Ins"): (("ей", "я"), ("ой", "а")),
    ("Masc", "Gen"): (("я", "ь"), ("а", "")),
    ("Masc", "Acc"): (("я", "ь"), ("а", "")),
    # a man's name in -а declines as a woman's in the instrumental ("Мамукой" of
    # "Мамука"); its dative in -е is the prepositional of a consonant's ("о Жане") or a
    # name that does not decline ("Пеле"), no telling which
    ("Masc", "Dat"): (("ю", "ь"), ("у", "")),
    ("Masc", "Loc"): (("е", ""),),
    ("Masc", "Ins"): (("ем", "ь"), ("ом", ""), ("ой", "а")),
}
# consonants after which the feminine genitive is -и, not -ы ("Ольги")
SOFT_AFTER = set("гкхжшчщ")
# letters no soft sign follows at a word's end: "-ем" after them is a hard stem's
HUSHING = set("жшчщц")


def guess_nominative(word: str, feats: dict[str, str]) -> str | None:
    if feats.get("Number", "Sing") != "Sing":
        return None
    for ending, nominative in GUESSES.get((feats.get("Gender", ""), feats["Case"]), ()):
        stem = word[: len(word) - len(ending)]
        if not word.endswith(ending) or len(stem) < 2 or not stem[-1].isalpha():
            continue
        if ending == "и" and stem[-1] not in SOFT_AFTER:
            continue
        if nominative in ("", "ь") and stem[-1] in "аеёиоуыэюяь":
            continue  # "Кали" is not a declined "Кал", "Сергея" no "Сергеь"
        if nominative == "ь" and stem[-1] in HUSHING:
            return stem  # "Вучичем": "Вучич", no soft sign after a hushing letter
        return stem + nominative
    return None
