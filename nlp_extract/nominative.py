"""Canonical nominative names for multiword spans.

natasha inflects every word of an organisation name ("Агентство по атомная
энергия"). Russian names inflect only their head noun and the adjectives in
front of it; prepositional and genitive dependents, and anything in quotes,
stay as written. People's names inflect every part.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .constants import OPENING_QUOTES, PER, QUOTES, SINGLE_OPENING_QUOTE, STRAIGHT_QUOTES
from .morphology import NOUNS, OBLIQUE, OBLIQUE_ENDINGS, Form, Morphology
from .readings import surname_nominative
from .tokens import Token

INFLECTED = NOUNS | {"ADJ"}
OPENERS = OPENING_QUOTES + SINGLE_OPENING_QUOTE


def quoted_mask(tokens: Sequence[Token]) -> list[bool]:
    """True for tokens inside a pair of quotes (the quotes included)."""
    mask, inside = [], False
    for token in tokens:
        if token.text in QUOTES:
            mask.append(True)
            # straight quotes toggle; typographic ones say which side they are
            inside = not inside if token.text in STRAIGHT_QUOTES else token.text in OPENERS
            continue
        mask.append(inside)
    return mask


def to_nominative(morphology: Morphology, token: Token, singular: bool = False) -> str:
    """The token's word in the nominative, keeping gender and number (or in the
    singular); lower case."""
    word = token.text.lower()
    if "-" in word and token.pos == "ADJ":  # "российско-американских": only the last part declines
        prefix, _, last = word.rpartition("-")
        return prefix + "-" + nominative(morphology, last, token, singular)
    whole = nominative(morphology, word, token, singular)
    if whole == word and "-" in word and token.pos == "NOUN" and token.text[:1].islower():
        # "врачом-реаниматологом": a compound of nouns the dictionary lacks declines by
        # parts, when every part is a noun in the same case
        parts = [nominative(morphology, part, token, singular) for part in word.split("-")]
        if all(new != old for new, old in zip(parts, word.split("-"))):
            return "-".join(parts)
    return whole


def person_nominative(morphology: Morphology, token: Token) -> str:
    """A name's word in the nominative; a word the tagger reads as a nominative that
    the dictionary knows only in an oblique case ("Джеффри Лихтманом" in a caption, with
    no verb to give the case) is declined from that case."""
    if token.feats.get("Case") == "Nom" and token.pos == "PROPN":
        word = token.text.lower()
        return morphology.nominative_of_oblique(word) or word
    return to_nominative(morphology, token)


def nominative(morphology: Morphology, word: str, token: Token, singular: bool = False) -> str:
    """`word` in the nominative, read with the token's part of speech and features."""
    case = token.feats.get("Case")
    to_singular = singular and token.feats.get("Number") == "Plur"
    if token.pos not in INFLECTED or case is None or (case == "Nom" and not to_singular):
        return word
    inflected = morphology.nominative(word, token.pos, token.feats, to_singular)
    if inflected is None:
        return word
    # pymorphy writes ё; keep the author's е when they wrote one ("Лихачева" → "Лихачев")
    return inflected if "ё" in word else inflected.replace("ё", "е")


def restore_case(original: str, word: str, morphology: Morphology) -> str:
    """Give the inflected word the capitalisation of the original."""
    if word == original.lower() and not original.isupper():
        return original  # not inflected: as written ("MySQL", "iPhone")
    head = original[: len(word)]
    if (
        len(word) > 1
        and not original.isupper()
        and original.lower().startswith(word)
        and head.isupper()
    ):
        return head  # an abbreviation with a case ending: "МИДа" -> "МИД"
    if original.isupper() and len(original) > 1:
        if len(original) > 4 and morphology.is_dictionary_word(original):
            return "-".join(part.capitalize() for part in word.split("-"))
        # an abbreviation only ever loses a case ending: "РВСН" is no plural "РВСНЫ";
        # a word the dictionary knows declines ("АННЫ": "АННА")
        known = morphology.is_dictionary_word(original)
        return word.upper() if known or original.lower().startswith(word) else original
    parts, shapes = word.split("-"), original.split("-")
    if len(parts) == len(shapes):
        return "-".join(
            part.capitalize() if shape[:1].isupper() else part for part, shape in zip(parts, shapes)
        )
    return word.capitalize() if original[:1].isupper() else word


def join(tokens: Sequence[Token], words: Sequence[str]) -> str:
    """Words back into one string with the original spacing between tokens."""
    out = []
    for index, (token, word) in enumerate(zip(tokens, words)):
        if index:
            out.append(" " if token.start > tokens[index - 1].end else "")
        out.append(word)
    return "".join(out)


def normalize_name(morphology: Morphology, tokens: Sequence[Token], kind: str) -> str:
    """Nominative form of a PER, ORG or LOC span (or an agreement title)."""
    if not tokens:
        return ""
    tokens = [participle_as_adjective(token) for token in tokens]
    if kind == PER:
        words = [
            restore_case(token.text, person_nominative(morphology, token), morphology)
            if token.pos in INFLECTED and not is_initial(token.text)
            else token.text
            for token in tokens
        ]
        words = agreeing_surname(
            morphology, tokens, agreeing_first_names(morphology, tokens, words)
        )
        return join(tokens, words)
    quoted = quoted_mask(tokens)
    head = next((t for t, q in zip(tokens, quoted) if t.pos in NOUNS and not q), None)
    words, head_seen = [], False
    for token, in_quotes in zip(tokens, quoted):
        if head_seen or in_quotes or token.pos not in INFLECTED:
            words.append(token.text)
            continue
        if token.pos == "ADJ" and "Case" not in token.feats and head is not None:
            # the tagger leaves some compound adjectives without case: they agree with the head
            agreeing = {k: v for k, v in head.feats.items() if k in ("Case", "Number", "Gender")}
            token = token._replace(feats={**token.feats, **agreeing})
        singular = kind == "TITLE"  # a post held by one person: "сенаторов" -> "сенатор"
        words.append(
            restore_case(token.text, to_nominative(morphology, token, singular), morphology)
        )
        head_seen = token.pos in NOUNS
    name = typographic_quotes(join(tokens, words))
    return name[:1].upper() + name[1:] if kind == "ORG" else name


def is_initial(word: str) -> bool:
    """A lone letter ("Ш." of "Ш.Зайберта") stands for a name and never declines."""
    return len(word) == 1


def agreeing_first_names(
    morphology: Morphology, tokens: Sequence[Token], words: list[str]
) -> list[str]:
    """A person's name whose last word declined from an oblique case has its other
    words in that case too: a word left as written that the dictionary reads in one of
    the surname's cases, of its sex, declines by that reading ("Анне Никифоровой" ->
    "Анна", not the indeclinable "Анне"; "Бартоломея Соханьского" -> "Бартоломей")."""
    last = tokens[-1].text
    if len(tokens) < 2 or words[-1].lower() == last.lower():
        return words
    surname = [
        form
        for form in morphology.forms(last.lower())
        if form.feats.get("Case") in OBLIQUE and form.feats.get("Number") == "Sing"
    ]
    cases = {(form.feats.get("Case"), form.feats.get("Gender")) for form in surname}
    agreed = list(words)
    for index, token in enumerate(tokens[:-1]):
        if words[index] != token.text or not token.text[:1].isupper() or is_initial(token.text):
            continue
        declined = next(
            (
                form.normal
                for form in morphology.forms(token.text.lower())
                if form.pos in NOUNS
                and (form.feats.get("Case"), form.feats.get("Gender")) in cases
                and form.normal != token.text.lower()
            ),
            None,
        )
        if declined:
            agreed[index] = restore_case(token.text, declined, morphology)
    return agreed


# a stem a Ukrainian surname in -ко leaves ("Кличк-ом", "Ляшк-ом"): a consonant but
# н, р, л before its к ("Франк", "Марк", "Шевчик" end a nominative)
UKRAINIAN_KO = re.compile(r"[бвгджзкмпстфхцчшщ]к$")


def agreeing_surname(
    morphology: Morphology, tokens: Sequence[Token], words: list[str]
) -> list[str]:
    """A surname the dictionary does not know, left as written after a first name
    declined from an oblique case, is in that case too: its ending comes off by the
    first name's case and sex ("Мирославом Калоусеком" -> "Калоусек", where the tagger
    read the surname as a nominative), by an ending no nominative has ("Канду",
    "Пиньера" may be the names' own)."""
    first, last = tokens[0], tokens[-1]
    if (
        len(tokens) < 2
        or words[-1] != last.text
        or words[0] == first.text
        or is_initial(first.text)
        or not last.text.lower().endswith(OBLIQUE_ENDINGS)
        or morphology.is_known(last.text.lower())
    ):
        return words
    cases = {
        (form.feats.get("Gender", ""), form.feats["Case"])
        for form in morphology.forms(first.text.lower())
        if form.pos in NOUNS
        and form.normal == words[0].lower()
        and form.feats.get("Case") in OBLIQUE
        and form.feats.get("Number") == "Sing"
    }
    guesses = {surname_nominative(last.text.lower(), gender, case) for gender, case in cases}
    if len(guesses) != 1 or (guess := guesses.pop()) is None or UKRAINIAN_KO.search(guess):
        return words  # "Кличком" is of "Кличко", not "Кличк"
    return [*words[:-1], restore_case(last.text, guess, morphology)]


def participle_as_adjective(token: Token) -> Token:
    """A participle in a name declines as an adjective ("Соединенных Штатов")."""
    if token.pos == "VERB" and token.feats.get("VerbForm") == "Part":
        return token._replace(pos="ADJ")
    return token


def typographic_quotes(name: str) -> str:
    """Straight quote pairs become «ёлочки», as Russian names are printed."""
    return re.sub(r'"([^"]+)"', r"«\1»", name)


def phrase_nominative(words: Sequence[str], morphology: Morphology) -> str | None:
    """A phrase an attribution writes in an oblique case, its head the first noun, in the
    nominative: "палестинском правительстве" -> "палестинское правительство",
    "посольства США" -> "посольство США" (the adjectives before the head agree with it,
    the words after it stay); None when no noun of the singular heads it."""
    readings = [morphology.forms(word.lower()) for word in words]
    attributes = agreeing_before(readings)
    heads = [
        (number, form)
        for number, forms in enumerate(readings)
        for form in forms
        if form.pos == "NOUN"
        and form.feats.get("Number") == "Sing"
        and form.feats.get("Case") in OBLIQUE
        and not attributes[number]
    ]
    if not heads:
        return None
    number, head = heads[0]
    wanted = {key: head.feats.get(key) for key in ("Case", "Number", "Gender")}
    inflected = []
    for forms in readings[: number + 1]:
        form = next(
            (
                form
                # an adjective's reading before a noun's: "военном" of "военное ведомство"
                for form in sorted(forms, key=lambda form: form.pos != "ADJ")
                if form.pos in ("ADJ", "NOUN")
                and all(form.feats.get(key) == value for key, value in wanted.items())
            ),
            None,
        )
        nominative = form.inflect({"Nom"}) if form is not None else None
        if nominative is None:
            return None
        inflected.append(nominative.word)
    return " ".join([*inflected, *words[number + 1 :]])


AGREEMENT = ("Case", "Number", "Gender")


def agreeing_before(readings: Sequence[Sequence[Form]]) -> list[bool]:
    """For each word, whether it may be an adjective agreeing with the noun after it, and
    so is none of the phrase's head though it may be a noun ("военном ведомстве",
    "главном управлении": "военный", "главное" are nouns too)."""
    attributes = [False] * len(readings)
    for number in range(len(readings) - 2, -1, -1):
        after = [
            form
            for form in readings[number + 1]
            if form.pos == "NOUN" or (form.pos == "ADJ" and attributes[number + 1])
        ]
        attributes[number] = any(
            form.pos == "ADJ"
            and all(form.feats.get(key) == other.feats.get(key) for key in AGREEMENT)
            for form in readings[number]
            for other in after
        )
    return attributes
