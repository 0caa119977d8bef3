"""Where an organisation's known name stands in a text, in whatever case the text gives it.

natasha tags "МИДа" in one sentence and misses "Международной амнистии", "Amnesty
International" or "Совета Федерации" in another. A name of several words is found as
a run of words whose first begins with the stem of the name's first word (one
precompiled pattern over the text finds those), and whose every word has a
dictionary form of the name's word in its place ("Государственной думы" is
"Государственная дума"), written with the same capital or small first letter. An
abbreviation is found with a case ending too ("МИДа", "МИДе").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from ..constants import fold_yo
from ..morphology import Morphology
from .spans import WORD

# what a name's word loses when it declines: its vowel or soft sign at the end
DECLINING_END = "аеёиоуыэюяйь"
SHORTEST_STEM = 3
# the endings a consonant-final abbreviation takes in Russian text ("МИДа", "ЦРУ" no)
ABBREVIATION_ENDINGS = frozenset({"а", "у", "ом", "е", "ой", "ы", "ов"})
# a name with these marks is found by its parts: quotes and commas are not word gaps
NOT_FOUND_BY_WORDS = re.compile(r"[«»\"“”„,()]")
# what may stand between two words of a name in the text: spaces on one line
GAP = re.compile(r"[ \u00a0]+")


def stem(word: str) -> str:
    """What every case form of a name's word begins with: "Государственная" ->
    "государственн", "Амнистия" -> "амнист"; an abbreviation whole."""
    lower = fold_yo(word.lower())
    if word.isupper():
        return lower
    cut = lower.rstrip(DECLINING_END)
    if len(lower) - len(cut) > 2:
        cut = lower[:-2]
    return cut if len(cut) >= SHORTEST_STEM else lower[:SHORTEST_STEM]


def is_abbreviation(word: str) -> bool:
    return len(word) >= 2 and word.isupper()


@dataclass
class NameForms:
    """The names to look for, by the stem of their first word; the pattern that finds
    those first words is built on first use."""

    names: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    # the stems as a text writes them: "Государственн", "МИД"
    written: set[str] = field(default_factory=set)
    longest: int = 0
    compiled: re.Pattern[str] | None = None

    def add(self, name: str) -> None:
        """Look for this name; one of a single word only when it is an abbreviation, one
        starting with a small letter ("федеральный банк" of a country's) never."""
        words = tuple(WORD.findall(name))
        if NOT_FOUND_BY_WORDS.search(name) or not words or not words[0][:1].isupper():
            return
        if len(words) == 1 and not is_abbreviation(words[0]):
            return
        first = stem(words[0])
        self.written.add(first.upper() if words[0].isupper() else first[:1].upper() + first[1:])
        entries = self.names.setdefault(first, [])
        if words not in entries:
            entries.append(words)
            entries.sort(key=len, reverse=True)  # the longest name at a place wins
        self.longest = max(self.longest, len(words))
        self.compiled = None

    @property
    def pattern(self) -> re.Pattern[str]:
        """One pattern of every stem, as a trie: the regex engine skips to the few
        places a stem may begin, so a text costs almost nothing to scan."""
        if self.compiled is None:
            self.compiled = re.compile(trie_pattern(self.written) if self.written else "(?!)")
        return self.compiled

    def find(
        self, text: str, start: int, end: int, morphology: Morphology
    ) -> Iterator[tuple[int, int]]:
        """(start, end) of each known name in text[start:end], the longest at a place,
        none overlapping."""
        reached = start
        for hit in self.pattern.finditer(text, start, end):
            at = hit.start()
            if at < reached or (at > 0 and is_word_char(text[at - 1])):
                continue
            found = self.name_at(text, at, end, morphology)
            if found:
                yield at, found
                reached = found

    def name_at(
        self, text: str, at: int, end: int, morphology: Morphology, small: bool = False
    ) -> int | None:
        """Where the longest known name starting at `at` ends, if one does; with
        `small`, a name of words written with a small first letter ("министерства
        иностранных дел")."""
        first = WORD.match(text, at, end)
        candidates = [
            name
            for name in self.candidates(first.group() if first else "")
            if not (small and is_abbreviation(name[0]))
        ]
        if not candidates:
            return None
        candidates.sort(key=len, reverse=True)  # the longest name at a place wins
        words = words_from(text, at, end, len(candidates[0]))
        checked: dict[tuple[int, str], bool] = {}
        for candidate in candidates:
            found = match(words, candidate, morphology, small, checked)
            if found:
                return found
        return None

    def candidates(self, first: str) -> Iterator[tuple[str, ...]]:
        """The names whose first word's stem begins the text's word."""
        lower = fold_yo(first.lower())
        for length in range(len(lower), SHORTEST_STEM - 1, -1):
            yield from self.names.get(lower[:length], ())


def trie_pattern(words: Iterable[str]) -> str:
    """A regex matching the shortest of `words` that begins at a place, factored by
    common prefixes; a text's ё matches the words' е."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return branches(trie)


def branches(node: dict[str, dict]) -> str:
    if "" in node:
        return ""  # a stem ends here: its longer stems are found by the word itself
    parts = [
        ("[её]" if char == "е" else re.escape(char)) + branches(child)
        for char, child in node.items()
    ]
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


def is_word_char(char: str) -> bool:
    return char.isalnum() or char in "_-"


def words_from(text: str, start: int, end: int, most: int) -> list[re.Match[str]]:
    """Up to `most` words from `start` that follow one another with only spaces between."""
    words: list[re.Match[str]] = []
    for word in WORD.finditer(text, start, end):
        if words and not GAP.fullmatch(text, words[-1].end(), word.start()):
            break
        words.append(word)
        if len(words) == most:
            break
    return words


def match(
    words: list[re.Match[str]],
    name: tuple[str, ...],
    morphology: Morphology,
    small: bool,
    checked: dict[tuple[int, str], bool],
) -> int | None:
    """Where the name ends when the text's words from the first are its words in some
    case (with `small`, the first written with a small letter). `checked` remembers
    each word's answers: the names of one place share their first words."""
    if len(words) < len(name):
        return None
    if small:
        name = (name[0].lower(), *name[1:])
    for index, (word, wanted) in enumerate(zip(words, name)):
        key = (index, wanted)
        same = checked.get(key)
        if same is None:
            same = checked[key] = same_word(word.group(), wanted, morphology)
        if not same:
            return None
    return words[len(name) - 1].end()


def same_word(written: str, wanted: str, morphology: Morphology) -> bool:
    """The text's word is the name's word: the same, an abbreviation with a case
    ending, or a case form of it (with the same capital or small first letter)."""
    if written == wanted:
        return True
    if is_abbreviation(wanted):
        ending = written[len(wanted) :]
        return (
            written.startswith(wanted)
            and ending in ABBREVIATION_ENDINGS
            and wanted[-1].lower() not in DECLINING_END
        )
    if written[:1].isupper() != wanted[:1].isupper() or written.isupper():
        return False
    written_key, wanted_key = fold_yo(written.lower()), fold_yo(wanted.lower())
    if written_key == wanted_key:
        return True
    # case forms share their first letters: most words are told apart without the
    # dictionary
    if written_key[:SHORTEST_STEM] != wanted_key[:SHORTEST_STEM]:
        return False
    return not morphology.lemmas(fold_yo(written)).isdisjoint(morphology.lemmas(fold_yo(wanted)))
