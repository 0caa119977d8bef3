"""Whether a person the text names is a woman or a man, read from the text itself.

A name alone often does not tell: "Мирослава Немцова" is a woman's nominative and a
man's genitive, "Джанет Рено" declines neither way. The text tells elsewhere: a
surname in a case only one sex has ("Немцовой", "Петровым") and the past-tense verb a
mention is the subject of ("Рено санкционировала", "Панфилова уточнила"). Each
mention gives at most one vote; a person is what most of their mentions say.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

# whether a word is a past-tense verb of a woman (True) or a man (False), None if no
# such verb: the dictionary's likeliest reading where the caller has one
PastSex = Callable[[str], bool | None]
# a first name's sex, as a dictionary knows it ("Джеймс": a man's)
NameSex = Callable[[str], bool | None]


def no_name_sex(word: str) -> bool | None:
    return None


# a woman's and a man's surname in the nominative, by ending ("Набиуллина", "Яровая";
# "Михалков", "Толстой")
FEMALE_SURNAME = ("ова", "ева", "ёва", "ина", "ына", "ая")
MALE_SURNAME = ("ов", "ев", "ин", "ын", "ский", "цкий", "ой", "ый")
# a woman's surname in an oblique case ("Немцовой"), a man's in the instrumental
# ("Петровым"); a man's nominative after a first name ("Иван Петров"; not "-ин":
# "Джейн Остин")
FEMALE_FORM = re.compile(r"\w{2,}(?:ов|ев|ёв|ин|ын|ск|цк)ой", re.IGNORECASE)
MALE_FORM = re.compile(r"\w{2,}(?:(?:ов|ев|ёв|ин|ын|ск|цк)им|(?:ов|ев|ёв|ин|ын)ым)", re.IGNORECASE)
MALE_NOMINATIVE = re.compile(r"\w{2,}(?:ов|ев|ёв|ский|цкий)", re.IGNORECASE)
# a first name that ends in a consonant or -й is in the nominative: a man's
# ("Андрей Луговой" is his nominative, "Мирославы Немцовой" her genitive) or a foreign
# one that does not decline ("Джанет Рено"); not an instrumental ("Сергеем", "Ириной",
# "Марией"; "Артём", "Том" are nominatives)
NOMINATIVE_FIRST = re.compile(
    r"\w+[бвгджзйклмнпрстфхцчшщ](?<!\w{3}ом)(?<!\w{3}ем)(?<!ой)(?<!ией)(?<!ьей)", re.IGNORECASE
)
# what may stand between a subject and its verb: an insertion in commas or dashes
# (", чей рост был больше 180 сантиметров,"), or the dash ending one the name closes
# ("мать – Дебби Рейнольдс – сказала"), and a few words ("в эфире телеканала"); not one
# comma: a clause of its own may follow ("По словам X, добыча выросла")
INSERTION = r"(?:\s*,[^,.;:!?«»\"\n]{1,80},|\s*[—–][^—–.;:!?«»\"\n]{1,80}[—–]|\s*[—–])?"
WORDS_AFTER = re.compile(INSERTION + r"((?:\s+[а-яё]+){1,4})")
CONJUNCTIONS = frozenset({"и", "а", "но", "или", "что", "как"})
# a past-tense verb by its ending, where no dictionary is at hand: a woman's ends in
# -ла, -лась; a man's in a vowel and -л, -лся
FEMALE_VERB = re.compile(r"[а-яё]{1,}(?:ла|лась)")
MALE_VERB = re.compile(r"[а-яё]*[аеиоуыяэё](?:л|лся)|(?:с|по)?мог|умер|погиб")
# what stands right before a name: a word, or a mark after which a subject may begin
BEFORE = re.compile(r"(?:(?<![\w-])([а-яё-]+)|[.!?…,;:—–(\n]|^)\s*$", re.IGNORECASE)
# words after which a name is a subject, not a noun's dependent: "Однако Панфилова
# уточнила", not "Жена Кинчева сказала" (adverbs of time and links of a sentence)
SUBJECT_AFTER = frozenset(
    "однако позднее тогда затем вчера сегодня также теперь потом ранее впоследствии "
    "недавно наконец вскоре сейчас уже сначала впервые и а но когда где если хотя "
    "что чтобы как пока лишь только даже сама сам лично".split()
)


def past_sex_by_ending(word: str) -> bool | None:
    """A past-tense verb's sex by its ending alone (nouns in -ала, -ал pass for verbs:
    the pipeline gives the dictionary's reading instead)."""
    if FEMALE_VERB.fullmatch(word):
        return True
    return False if MALE_VERB.fullmatch(word) else None


def mention_sex(
    text: str, start: int, end: int, past_sex: PastSex = past_sex_by_ending
) -> bool | None:
    """What one mention tells: True a woman, False a man, None nothing. The verb it is
    the subject of tells first ("Луговой заявил"), else a case form only one sex has."""
    words = [word.strip(".,") for word in text[start:end].split()] or [""]
    first, last = words[0], words[-1]
    nominative_first = len(words) > 1 and NOMINATIVE_FIRST.fullmatch(first) is not None
    by_verb = verb_sex(text, start, end, nominative_first, past_sex)
    if by_verb is not None:
        return by_verb
    if FEMALE_FORM.fullmatch(last) and not nominative_first:
        return True
    if MALE_FORM.fullmatch(last) or (nominative_first and MALE_NOMINATIVE.fullmatch(last)):
        return False
    return None


def verb_sex(
    text: str, start: int, end: int, nominative_first: bool, past_sex: PastSex
) -> bool | None:
    """The sex of the past-tense verb a name at text[start:end] is the subject of: the
    first of the few words after it (past an insertion) that is one."""
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
        sex = past_sex(word)
        if sex is not None:
            return sex
    return None


def told_sex(
    text: str, spans: Iterable[tuple[int, int]], past_sex: PastSex = past_sex_by_ending
) -> bool | None:
    """What the mentions of one person tell by most votes: True a woman, False a man,
    None on a tie or no vote."""
    votes = [mention_sex(text, start, end, past_sex) for start, end in spans]
    women, men = votes.count(True), votes.count(False)
    return True if women > men else False if men > women else None
