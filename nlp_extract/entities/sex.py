"""Whether a person the text names is a woman or a man, read from the text itself.

A name alone often does not tell: "Мирослава Немцова" is a woman's nominative and a
man's genitive, "Джанет Рено" declines neither way. The text tells elsewhere: a
surname in a case only one sex has ("Немцовой", "Петровым") and the past-tense verb a
mention is the subject of ("Рено санкционировала", "Панфилова уточнила"). Each
mention gives at most one vote; a person is what most of their mentions say.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# a woman's surname in an oblique case ("Немцовой"), a man's in the instrumental
# ("Петровым"); a man's nominative after a first name ("Иван Петров"; not "-ин":
# "Джейн Остин")
FEMALE_FORM = re.compile(r"\w{2,}(?:ов|ев|ёв|ин|ын|ск|цк)ой", re.IGNORECASE)
MALE_FORM = re.compile(r"\w{2,}(?:(?:ов|ев|ёв|ин|ын|ск|цк)им|(?:ов|ев|ёв|ин|ын)ым)", re.IGNORECASE)
MALE_NOMINATIVE = re.compile(r"\w{2,}(?:ов|ев|ёв|ский|цкий)", re.IGNORECASE)
# a first name that ends in a consonant or -й is in the nominative: a man's
# ("Андрей Луговой" is his nominative, "Мирославы Немцовой" her genitive) or a foreign
# one that does not decline ("Джанет Рено")
NOMINATIVE_FIRST = re.compile(r"[бвгджзйклмнпрстфхцчшщ]", re.IGNORECASE)
# what may stand between a subject and its verb: an insertion in commas or dashes
# (", чей рост был больше 180 сантиметров,"), or the dash ending one the name closes
# ("мать – Дебби Рейнольдс – сказала"), and a word or two ("долгое время"); not one
# comma: a clause of its own may follow ("По словам X, добыча выросла")
INSERTION = r"(?:\s*,[^,.;:!?«»\"\n]{1,80},|\s*[—–][^—–.;:!?«»\"\n]{1,80}[—–]|\s*[—–])?"
WORDS_AFTER = re.compile(INSERTION + r"((?:\s+[а-яё]+){1,3})")
CONJUNCTIONS = frozenset({"и", "а", "но", "или", "что", "как"})
# a past-tense verb: a woman's ends in -ла, -лась; a man's in a vowel and -л, -лся
FEMALE_VERB = re.compile(r"[а-яё]{1,}(?:ла|лась)")
MALE_VERB = re.compile(r"[а-яё]*[аеиоуыяэё](?:л|лся)|(?:с|по)?мог|умер|погиб")
# what stands right before a name: a word, or a mark after which a subject may begin
BEFORE = re.compile(r"(?:(?<![\w-])([а-яё-]+)|[.!?…,;:—–(\n]|^)\s*$", re.IGNORECASE)
# words after which a name is a subject, not a noun's dependent: "Однако Панфилова
# уточнила", not "Жена Кинчева сказала" (adverbs of time and links of a sentence)
SUBJECT_AFTER = frozenset(
    "однако позднее тогда затем вчера сегодня также теперь потом ранее впоследствии "
    "недавно наконец вскоре сейчас уже сначала впервые и а но когда где если хотя "
    "что чтобы пока лишь только даже сама сам лично".split()
)


def mention_sex(text: str, start: int, end: int) -> bool | None:
    """What one mention tells: True a woman, False a man, None nothing."""
    words = [word.strip(".,") for word in text[start:end].split()] or [""]
    first, last = words[0], words[-1]
    nominative_first = len(words) > 1 and NOMINATIVE_FIRST.fullmatch(first[-1:]) is not None
    if FEMALE_FORM.fullmatch(last) and not nominative_first:
        return True
    if MALE_FORM.fullmatch(last) or (nominative_first and MALE_NOMINATIVE.fullmatch(last)):
        return False
    before = BEFORE.search(text, max(0, start - 30), start)
    word = before.group(1) if before else ""
    if not nominative_first and (before is None or (word and word.lower() not in SUBJECT_AFTER)):
        # "заявление сына Петрова вызвало": the name may be a noun's, no subject; a first
        # name in the nominative is no dependent ("её брат Роберт Рено писал")
        return None
    found = WORDS_AFTER.match(text, end)
    for word in found.group(1).split() if found else ():
        if word in CONJUNCTIONS:
            break
        if FEMALE_VERB.fullmatch(word):
            return True
        if MALE_VERB.fullmatch(word):
            return False
    return None


def told_sex(text: str, spans: Iterable[tuple[int, int]]) -> bool | None:
    """What the mentions of one person tell by most votes: True a woman, False a man,
    None on a tie or no vote."""
    votes = [mention_sex(text, start, end) for start, end in spans]
    women, men = votes.count(True), votes.count(False)
    return True if women > men else False if men > women else None
