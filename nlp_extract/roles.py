"""Who holds what position where: titles tied to people, read around PER mentions.

Two shapes cover most of Russian news:
- title before the name: "Директор Агентства «Узатом» Азим Ахмедхаджаев",
  "посол Казахстана в Узбекистане Бейбут Атамкулов", "по словам председателя правления … Юсупова";
- title in apposition after it: "Анна Петрова, пресс-секретарь компании «Казатомпром»",
  "Светлана Яковлева — директор Global Cultural Project".
The title runs from its position noun over the lowercase words that complete it
("министр иностранных дел"); the first organisation or country after the position
noun is the employer, a place after "в" the host.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib.resources import files

from .constants import LOC, ORG, PER, fold_yo
from .entities.repair import DESCRIPTORS
from .entities.spans import NameSpan
from .morphology import Morphology
from .nominative import normalize_name
from .tokens import Token

MAX_TITLE_TOKENS = 10
TITLE_ADJECTIVES_MAX = 3
# Adjectives that describe the person, not the post: "известный правозащитник" holds
# the post "правозащитник", "генеральный директор" the post "генеральный директор".
ENDING = r"(?:ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ые|ие|ых|их|ыми|ими)"
PRAISE = re.compile(
    r"(?:известн|знаменит|популярн|легендарн|выдающ|прославленн|талантлив|скандальн"
    r"|культов|именит|мастит|опытн|молод|юн|пожил|покойн|превосходн|блестящ|замечательн"
    r"|велик|лучш|сам)" + ENDING
)
# The tagger calls some capitalised verbs adjectives ("Выступил молодёжный тренер …"):
# a title's adjective must look like one, or be an abbreviation ("и.о.").
ADJECTIVE = re.compile(r"\w*" + ENDING + r"|\S*\.\S*")


@lru_cache(maxsize=1)
def positions() -> frozenset[str]:
    """The lexicon's lemmas, ё written as е."""
    text = files("nlp_extract.data").joinpath("positions.txt").read_text(encoding="utf-8")
    return frozenset(
        fold_yo(line.strip())
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    )


@lru_cache(maxsize=1)
def country_adjectives() -> tuple[tuple[str, str], ...]:
    """(adjective stem, ISO code), longest stems first."""
    text = files("nlp_extract.data").joinpath("country_adjectives.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return tuple(sorted(((stem, code) for stem, code in rows), key=lambda row: -len(row[0])))


def country_of(word: str) -> str | None:
    """The country a nationality adjective names ("российского" -> RU)."""
    word = word.lower()
    return next((code for stem, code in country_adjectives() if word.startswith(stem)), None)


# the nouns of an organisation: a title stops before them ("лидер фракции КПРФ" holds
# the post "лидер" in "фракция КПРФ"), unless they are posts themselves
ORG_WORDS = DESCRIPTORS | {
    "отдел", "отделение", "пресс-служба", "правительство", "администрация", "комиссия",
    "федерация", "президиум", "сборная", "команда", "город", "государство", "страна",
    "проект", "делегация", "еженедельник", "издание",
}  # fmt: skip


@dataclass(frozen=True)
class RoleSpan:
    person: NameSpan
    title: str  # nominative, lower case
    org: NameSpan | None
    place: NameSpan | None
    start: int
    end: int
    country: str | None = None  # ISO code of a nationality adjective: "российский президент"
    plural: bool = False  # "сенаторов Иванова и Петрова": the post of each person listed


def find_roles(
    sentence: Sequence[Token], mentions: Sequence[NameSpan], morphology: Morphology
) -> list[RoleSpan]:
    """Title–person pairs in one morph-tagged sentence."""
    if not sentence:
        return []
    starts = [t.start for t in sentence]
    low, high = sentence[0].start, sentence[-1].end
    local = [m for m in mentions if low <= m.start < high]
    found: list[RoleSpan] = []
    for person in (m for m in local if m.type == PER):
        first = bisect_left(starts, person.start)
        last = bisect_left(starts, person.end) - 1
        role = before(sentence, first, person, local, morphology)
        more: list[RoleSpan] = []
        if role is None:
            posts = after(sentence, last, person, local, morphology)
            role, more = (posts[0], posts[1:]) if posts else (None, [])
        if (
            role is None
            and found
            and found[-1].plural
            and listed_after(sentence, found[-1], person)
        ):
            role = replace(found[-1], person=person, end=max(found[-1].end, person.end))
        if role:
            found.append(role)
            found.extend(more)
            found.extend(second_post(sentence, starts, role, local, morphology))
    return found


def second_post(
    sentence: Sequence[Token],
    starts: Sequence[int],
    role: RoleSpan,
    mentions: Sequence[NameSpan],
    morphology: Morphology,
) -> list[RoleSpan]:
    """ "председатель совета директоров и генеральный директор компании …", "писатель,
    поэт и журналист Дмитрий Быков": the posts listed before the one found are the
    person's too, at its organisation when they name none."""
    posts: list[RoleSpan] = []
    if role.start >= role.person.start:
        return posts  # the title follows the name: what precedes is someone else's
    titles = {role.title}
    index = bisect_left(starts, role.start)
    while 2 <= index < len(sentence) and sentence[index - 1].text.lower() in ("и", ","):
        other = before(sentence, index - 1, role.person, mentions, morphology)
        if other is None or other.title in titles:
            break
        titles.add(other.title)
        posts.append(
            replace(
                other,
                org=other.org or role.org,
                country=other.country or role.country,
                end=role.end,
            )
        )
        index = bisect_left(starts, other.start)
    return posts


def listed_after(sentence: Sequence[Token], role: RoleSpan, person: NameSpan) -> bool:
    """The person follows the role's person in a list ("Иванова и Петрова", "…, Петрова")."""
    between = [t.text for t in sentence if role.person.end <= t.start and t.end <= person.start]
    return bool(between) and all(word in (",", "и") for word in between)


def mention_at(mentions: Sequence[NameSpan], token: Token) -> NameSpan | None:
    """The mention whose name covers the token ("Агентства" in "Агентства «Узатом»" too)."""
    return next((m for m in mentions if m.name_start <= token.start < m.name_end), None)


def is_position(token: Token, morphology: Morphology) -> bool:
    """A position noun in any of its readings ("премьера" is also a premiere), or a
    participle the lexicon lists as a post ("управляющий компанией")."""
    if token.pos == "VERB" and token.feats.get("VerbForm") == "Part":
        word = fold_yo(token.text.lower())
        return word in positions() or re.sub(r"ая$", "ий", word) in positions()
    return token.pos in ("NOUN", "PROPN") and is_position_word(token.text, morphology)


def is_position_word(word: str, morphology: Morphology) -> bool:
    """Whether a word names a position: "министра", "экс-посла", "дирижёр", and
    compounds by either part ("хип-хоп-исполнителю", "врача-реаниматолога")."""
    word = fold_yo(word.lower())
    for prefix in ("экс-", "вице-"):
        if word.startswith(prefix) and len(word) > len(prefix) + 2:
            word = word[len(prefix) :]
    if word in positions():  # a word the dictionary does not know ("замглавы")
        return True
    parts = [word, *word.split("-")] if "-" in word else [word]
    return any(
        {fold_yo(lemma) for lemma in morphology.lemmas(part)} & positions()
        for part in parts
        if len(part) > 2
    )


def before(
    sentence: Sequence[Token],
    first: int,
    person: NameSpan,
    mentions: Sequence[NameSpan],
    morphology: Morphology,
) -> RoleSpan | None:
    """Title, employer and place written before the name."""
    if first > 0 and sentence[first - 1].pos == "ADP":
        return None  # "эксперты именно на Ли Пэн возлагают": governed by the preposition
    index = first - 1
    position = None
    while index >= 0 and first - index <= MAX_TITLE_TOKENS:
        token = sentence[index]
        inside = mention_at(mentions, token)
        if inside is not None and inside.type == PER:
            if not whose(inside, person, sentence, index):
                return None
            index = bisect_left([t.start for t in sentence], inside.start) - 1
            continue
        if inside is None and is_position(token, morphology):
            position = index
            # "заместитель министра", "помощник бывшего министра", "председатель совета
            # директоров": the post that governs this one is the person's
            governing = governing_post(sentence, index, mentions, morphology)
            case = sentence[first].feats.get("Case")
            if (
                governing is not None
                and token.feats.get("Case") != "Nom"
                # "заместитель министра Иванова": the minister, whose case the name shares
                and not (token.feats.get("Case") == case != sentence[governing].feats.get("Case"))
            ):
                index = governing
                continue
            break
        if inside is None and token.text == ")":
            # "Объединённого фронта … (ОФДД) Наттавута Сайкыа": an abbreviation in brackets
            opening = bracketed_name(sentence, index, mentions)
            if opening is None:
                return None
            index = opening - 1
            continue
        if inside is None and token.pos == "PUNCT" and token.text not in '«»"„“”-':
            return None
        if inside is None and token.pos in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ"):
            if not joins_title_words(sentence, index):
                return None
        index -= 1
    if position is None or not agree(sentence[position], sentence[first], morphology):
        return None
    left = position
    while left > 0 and sentence[left - 1].pos == "ADJ":
        left -= 1
    if left > 0 and sentence[left - 1].text.lower() in ("в", "во"):
        return None  # "кандидат в президенты": a post sought, not held
    if left >= 2 and acting(sentence, left - 2):
        position = left - 2  # "исполняющая обязанности министра Анна Петрова"
    elif someone_elses(sentence, position, first, morphology):
        return None
    return build(sentence, position, first, person, mentions, morphology)


def governing_post(
    sentence: Sequence[Token], index: int, mentions: Sequence[NameSpan], morphology: Morphology
) -> int | None:
    """The post left of a post, over at most three adjectives and genitive nouns."""
    for left in range(index - 1, max(index - 5, -1), -1):
        token = sentence[left]
        if mention_at(mentions, token) is not None:
            return None
        if is_position(token, morphology):
            return left
        if not (token.pos == "ADJ" or (token.pos == "NOUN" and token.feats.get("Case") == "Gen")):
            return None
    return None


def agree(post: Token, name: Token, morphology: Morphology) -> bool:
    """A post in the nominative and a name in an oblique case that has no nominative
    reading: the name is someone else's ("представитель Обамы", "президент с супругой
    Людмилой"). The tagger's cases of names are not trusted further than that."""
    if post.feats.get("Case") != "Nom" or name.feats.get("Case") not in (
        "Gen",
        "Dat",
        "Ins",
        "Loc",
    ):
        return True
    if name.feats.get("Case") == "Gen" and is_relational(post, morphology):
        return False  # "адвокат Маркива", "первый заместитель Клишаса"
    return any(form.feats.get("Case") == "Nom" for form in morphology.forms(name.text.lower()))


# posts held for another person, who follows in the genitive
RELATIONAL = frozenset(
    {
        "представитель", "адвокат", "защитник", "тренер", "помощник", "советник", "агент",
        "заместитель", "пресс-секретарь", "секретарь", "юрист", "биограф", "продюсер",
        "менеджер", "телохранитель", "охранник", "врач", "соратник",
    }
)  # fmt: skip


def is_relational(post: Token, morphology: Morphology) -> bool:
    return bool({fold_yo(lemma) for lemma in morphology.lemmas(post.text)} & RELATIONAL)


def bracketed_name(
    sentence: Sequence[Token], closing: int, mentions: Sequence[NameSpan]
) -> int | None:
    """The "(" of a bracket that holds nothing but an organisation's name, else None."""
    for opening in range(closing - 1, max(closing - 5, 0), -1):
        if sentence[opening].text == "(":
            inner = sentence[opening + 1 : closing]
            named = [mention_at(mentions, t) for t in inner]
            if inner and all(m is not None and m.type != PER for m in named):
                return opening
            return None
    return None


def whose(other: NameSpan, person: NameSpan, sentence: Sequence[Token], index: int) -> bool:
    """A genitive name right before the person is whose post it is, not a holder:
    "Адвокат Александра Кокорина Андрей Ромашов" is Ромашов's post."""
    between = [t for t in sentence if other.end <= t.start and t.end <= person.start]
    return not between and sentence[index].feats.get("Case") == "Gen"


def someone_elses(
    sentence: Sequence[Token], position: int, first: int, morphology: Morphology
) -> bool:
    """ "дочь капитана Ханна", "мать пограничника Светлану": a genitive post after a
    noun that is no post belongs to a third person, when the name cannot be genitive."""
    post, name = sentence[position], sentence[first]
    if post.feats.get("Case") != "Gen":
        return False  # the name's own tag is not trusted: its dictionary forms are
    cases = {form.feats.get("Case") for form in morphology.forms(name.text.lower())} - {None}
    if not cases or "Gen" in cases:
        return False  # may be genitive, or the dictionary cannot say ("Ху Цзиньтао")
    left = position - 1
    while left >= 0 and (
        sentence[left].pos == "ADJ"
        or sentence[left].text.lower() in (",", "и")
        or is_position(sentence[left], morphology)  # "дочь писателя, актёра и режиссёра"
    ):
        left -= 1
    return (
        left >= 0 and sentence[left].pos == "NOUN" and not is_position(sentence[left], morphology)
    )


def joins_title_words(sentence: Sequence[Token], index: int) -> bool:
    """ "министр электроэнергетики и возобновляемых источников": an "и" between
    lowercase words of one title."""
    if sentence[index].text.lower() != "и" or index == 0 or index + 1 >= len(sentence):
        return False
    return all(
        t.pos in ("NOUN", "ADJ") and t.text[:1].islower()
        for t in (sentence[index - 1], sentence[index + 1])
    )


def after(
    sentence: Sequence[Token],
    last: int,
    person: NameSpan,
    mentions: Sequence[NameSpan],
    morphology: Morphology,
) -> list[RoleSpan]:
    """Apposition: "Анна Петрова, пресс-секретарь компании «Казатомпром», …", and
    after a dash, as lists of speakers write it ("Светлана Яковлева — директор …").
    Two posts joined by "и" ("директор и совладелец агентства …") are both the person's,
    at the organisation named after the second."""
    index = last + 1
    closing = bracket_end(sentence, index)
    if closing is not None:
        inside = mention_at(mentions, sentence[index + 1])
        if inside is not None and inside.type == PER:
            index = closing + 1  # "Скотт Хоровитц (Scott Horowitz), бывший астронавт"
        else:
            return bracketed_title(sentence, index, closing, person, mentions, morphology)
    if index + 1 >= len(sentence) or sentence[index].text not in APPOSITION:
        return []
    position = index + 1
    if acting(sentence, position):
        position += 2  # "исполняющий обязанности официального представителя"
    while (
        position < len(sentence)
        and describes(sentence[position])
        and not is_position(sentence[position], morphology)
        and position - index <= TITLE_ADJECTIVES_MAX
    ):
        position += 1
    if position >= len(sentence) or not is_position(sentence[position], morphology):
        return []
    end, joint = title_end(sentence, position, mentions, morphology)
    following = mention_at(mentions, sentence[end]) if end < len(sentence) else None
    if following is not None and following.type == PER:
        return []  # "…, выдающийся спортсмен и актёр Олег Тактаров": the next person's
    if not same_case(sentence, position, person):
        return []  # "соратник Цзян Цзэминя, премьер …": the post of the one it depends on
    if joint is None:
        return [build(sentence, index + 1, end, person, mentions, morphology)]
    second = build(sentence, joint + 1, end, person, mentions, morphology)
    first = build(sentence, index + 1, joint, person, mentions, morphology)
    return [replace(first, org=first.org or second.org, end=second.end), second]


def title_end(
    sentence: Sequence[Token], position: int, mentions: Sequence[NameSpan], morphology: Morphology
) -> tuple[int, int | None]:
    """Where a title that starts at its position noun ends (before a comma, a verb or a
    person), and the "и" before a second post in it, if any."""
    end = position + 1
    joint = None
    while end < len(sentence) and end - position <= MAX_TITLE_TOKENS:
        token = sentence[end]
        inside = mention_at(mentions, token)
        if (
            token.text in ",;:—–()"
            or token.pos in ("VERB", "AUX")
            or (inside is not None and inside.type == PER)
        ):
            break
        if (
            joint is None
            and token.text.lower() == "и"
            and end + 1 < len(sentence)
            and is_position(sentence[end + 1], morphology)
        ):
            joint = end
        end += 1
    return end, joint


def bracket_end(sentence: Sequence[Token], opening: int) -> int | None:
    """The ")" of a short bracket that opens at `opening`, else None."""
    if opening >= len(sentence) or sentence[opening].text != "(":
        return None
    for index in range(opening + 1, min(opening + 1 + MAX_TITLE_TOKENS, len(sentence))):
        if sentence[index].text == ")":
            return index if index > opening + 1 else None
        if sentence[index].text == "(":
            return None
    return None


def bracketed_title(
    sentence: Sequence[Token],
    opening: int,
    closing: int,
    person: NameSpan,
    mentions: Sequence[NameSpan],
    morphology: Morphology,
) -> list[RoleSpan]:
    """ "Йоахим Лёв (второй тренер)": a title in brackets after the name."""
    position = opening + 1
    while position < closing and describes(sentence[position]):
        position += 1
    if position >= closing or not is_position(sentence[position], morphology):
        return []
    return [build(sentence, opening + 1, closing, person, mentions, morphology)]


def same_case(sentence: Sequence[Token], position: int, person: NameSpan) -> bool:
    """An apposition agrees with an oblique name ("слова Александра Брода, известного
    борца …"); a post in another case is someone else's ("соратник Цзян Цзэминя,
    премьер …")."""
    name = next((t for t in sentence if t.start >= person.start), None)
    case = name.feats.get("Case") if name else None
    post = sentence[position].feats.get("Case")
    if case not in ("Gen", "Dat", "Ins", "Loc") or post is None or post == case:
        return True
    return {case, post} <= {"Gen", "Acc"}  # an animate accusative is the genitive's form


def acting(sentence: Sequence[Token], position: int) -> bool:
    """ "исполняющий обязанности …": an acting holder of the post that follows."""
    return (
        position + 1 < len(sentence)
        and sentence[position].text.lower().startswith("исполняющ")
        and sentence[position + 1].text.lower().startswith("обязанност")
    )


def describes(token: Token) -> bool:
    """An adjective, or a participle ("управляющий директор")."""
    return token.pos == "ADJ" or (token.pos == "VERB" and token.feats.get("VerbForm") == "Part")


APPOSITION = (",", "—", "–", "-")


def build(
    sentence: Sequence[Token],
    start: int,
    stop: int,
    person: NameSpan,
    mentions: Sequence[NameSpan],
    morphology: Morphology,
) -> RoleSpan:
    """The role whose title starts at token `start`; entities up to token `stop` are its org and place."""
    country: str | None = None
    while start > 0 and mention_at(mentions, sentence[start - 1]) is None:
        before = sentence[start - 1]
        coordinated = (  # "чрезвычайный и полномочный посол"
            before.text.lower() == "и"
            and start > 1
            and sentence[start - 2].pos == "ADJ"
            and sentence[start].pos == "ADJ"
        )
        word = before.text.lower()
        if (
            (before.pos != "ADJ" and not coordinated)
            or PRAISE.fullmatch(word)
            or (before.pos == "ADJ" and not ADJECTIVE.fullmatch(word))
        ):
            break
        if country_of(word):  # "российский президент": the country is the employer
            country = country or country_of(word)
            break
        start -= 1  # "генеральный директор"
    title: list[Token] = []
    org = place = None
    ended = False  # the title ends before an organisation's noun ("лидер | фракции")
    for index in range(start, stop):
        token = sentence[index]
        inside = mention_at(mentions, token)
        if inside is not None:
            before_word = sentence[index - 1].text.lower() if index > 0 else ""
            if inside.type in (ORG, LOC) and before_word != "из":  # "из Хорватии": origin
                preceded_by_in = before_word in ("в", "во")
                if preceded_by_in and org is not None and place is None and inside.type == LOC:
                    place = inside
                elif org is None:
                    org = inside
            continue
        if title and token.text.lower() == "на":
            ended = True  # "глава делегации | на переговорах"
        if (
            title
            and token.text.lower() in ("в", "во")
            and index + 1 < stop
            and mention_at(mentions, sentence[index + 1]) is None
            and sentence[index + 1].text[:1].islower()
        ):
            ended = True  # "епископ | в епархию в штате …": a phrase about the post
        if title and token.pos == "NOUN" and not is_position(token, morphology):
            ended = ended or bool(
                {fold_yo(lemma) for lemma in morphology.lemmas(token.text)} & ORG_WORDS
            )
        if (
            org is None
            and not ended
            and token.text not in '«»"'
            and token.text.lower() not in ("в", "во")
        ):
            title.append(token)
    # praise describes the person, not the post, wherever the title starts
    # ("Адриано Челентано, известный певец")
    while title and title[0].pos == "ADJ" and PRAISE.fullmatch(title[0].text.lower()):
        title.pop(0)
    # a title ends in its noun: an adjective left at its end belongs to the organisation
    # that follows ("глава японского | МИДа")
    while title and title[-1].pos in ("ADP", "CCONJ", "PUNCT", "ADJ", "ADV"):
        title.pop()
    if country is None:
        country = next(
            (country_of(t.text) for t in title if t.pos == "ADJ" and country_of(t.text)), None
        )
        title = [t for t in title if not (t.pos == "ADJ" and country_of(t.text))]
    span_start = min(sentence[start].start, person.start)
    span_end = max(sentence[stop - 1].end if stop > start else person.end, person.end)
    if acting(title, 0):  # the words after "исполняющий обязанности" keep their case
        name = " ".join(["исполняющий", *(t.text.lower() for t in title[1:])])
    else:
        name = normalize_name(morphology, title, "TITLE").lower()
    plural = any(t.pos == "NOUN" and t.feats.get("Number") == "Plur" for t in title)
    return RoleSpan(person, name, org, place, span_start, span_end, country, plural)
