"""Who holds what position where: titles tied to people, read around PER mentions.

Two shapes cover most of Russian news:
- title before the name: "Директор Агентства «Узатом» Азим Ахмедхаджаев",
  "посол Казахстана в Узбекистане Бейбут Атамкулов", "по словам председателя правления … Юсупова";
- title in apposition after it: "Анна Петрова, пресс-секретарь компании «Казатомпром»",
  "Светлана Яковлева — директор Global Cultural Project", "Йоахим Лёв (второй тренер)".
How a title is read is in titles.py, titles after the name in appositions.py, whose post
it is in whose.py, and posts stated by a verb ("стал кардиналом") in predicative.py.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from ..constants import LOC, ORG, PER
from ..entities.spans import NameSpan
from ..lexicon import POSSESSIVE
from ..morphology import Morphology
from ..sentences import mention_at
from ..tokens import Token
from .appositions import after
from .posts import ADJECTIVE, MAX_TITLE_TOKENS, is_position
from .titles import RoleSpan, acting, build
from .whose import agree, same_cases, someone_elses, whose


def find_roles(
    sentence: Sequence[Token],
    mentions: Sequence[NameSpan],
    morphology: Morphology,
    antecedents: Sequence[NameSpan] | None = None,
) -> list[RoleSpan]:
    """Title–person pairs in one morph-tagged sentence (`antecedents`: the mentions "её"
    may stand for, of this sentence and the one before; by default this sentence's)."""
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
        role = role or listed_role(sentence, found, person)
        if role and role.org is None:
            named = local if antecedents is None else antecedents
            org = pronoun_org(sentence, starts, role, named)
            if org is not None and org.start >= low:  # the text states it from the name on
                quote = next((t for t in sentence if t.end == org.start and t.text in '«"„'), None)
                start = quote.start if quote is not None else org.start
                role = replace(role, org=org, start=min(role.start, start))
            elif org is not None:
                role = replace(role, org=org)
        if role:
            found.append(role)
            found.extend(more)
            found.extend(second_post(sentence, starts, role, local, morphology))
    return found


def pronoun_org(
    sentence: Sequence[Token], starts: Sequence[int], role: RoleSpan, mentions: Sequence[NameSpan]
) -> NameSpan | None:
    """ "Главным владельцем Facebook является её основатель …": a post after "его"/"её"
    is at the organisation named last before the pronoun, in its sentence or the one
    before."""
    index = bisect_left(starts, role.start)
    if index == 0 or sentence[index - 1].text.lower() not in POSSESSIVE:
        return None
    pronoun = sentence[index - 1].start
    before = [m for m in mentions if m.end <= pronoun and m.type != LOC]
    return before[-1] if before and before[-1].type == ORG else None


def second_post(
    sentence: Sequence[Token],
    starts: Sequence[int],
    role: RoleSpan,
    mentions: Sequence[NameSpan],
    morphology: Morphology,
) -> list[RoleSpan]:
    """ "председатель совета директоров и генеральный директор компании …", "писатель,
    поэт и журналист Дмитрий Быков": the posts listed before the one found are the
    person's too, at its organisation when they name none (when joined by "и"); so is a
    title in the same case written right before it ("наблюдатель от ОБСЕ португальский
    парламентарий Хуан Суареш")."""
    posts: list[RoleSpan] = []
    if role.start >= role.person.start:
        return posts  # the title follows the name: what precedes is someone else's
    titles = {role.title}
    index = bisect_left(starts, role.start)
    while 2 <= index < len(sentence):
        joined = sentence[index - 1].text.lower() in ("и", ",")
        if joined:
            other = before(sentence, index - 1, role.person, mentions, morphology)
        elif is_position(sentence[index - 1], morphology):
            break  # "заместителя министра …": one title, the post that governs the other
        else:  # "Министр обороны России генерал армии Сергей Шойгу": two titles, no comma
            other = before(sentence, index, role.person, mentions, morphology)
            if other is not None and not same_cases(
                sentence[bisect_left(starts, other.start)], sentence[index]
            ):
                other = None
        if (
            other is None
            or other.title in titles
            or plural_post(sentence, bisect_left(starts, other.start), morphology)
        ):
            break  # "представители Госдумы, председатель Совета муфтиев …": others listed
        titles.add(other.title)
        # "председатель совета директоров и генеральный директор компании": one employer;
        # "министр по делам разведки, глава Комиссии …": a list of jobs
        shared = sentence[index - 1].text == "и"
        posts.append(
            replace(
                other,
                org=other.org or (role.org if shared else None),
                country=other.country or (role.country if shared else None),
                end=role.end,
            )
        )
        index = bisect_left(starts, other.start)
    return posts


def plural_post(sentence: Sequence[Token], start: int, morphology: Morphology) -> bool:
    """The title's post noun, the first from `start`, is plural ("представители")."""
    position = next((t for t in sentence[start:] if is_position(t, morphology)), None)
    return position is not None and position.feats.get("Number") == "Plur"


def listed_role(
    sentence: Sequence[Token], found: Sequence[RoleSpan], person: NameSpan
) -> RoleSpan | None:
    """ "сенаторов Иванова и Петрова": a plural post is each listed person's."""
    if found and found[-1].plural and listed_after(sentence, found[-1], person):
        return replace(found[-1], person=person, end=max(found[-1].end, person.end))
    return None


def listed_after(sentence: Sequence[Token], role: RoleSpan, person: NameSpan) -> bool:
    """The person follows the role's person in a list ("Иванова и Петрова", "…, Петрова")."""
    between = [t.text for t in sentence if role.person.end <= t.start and t.end <= person.start]
    return bool(between) and all(word in (",", "и") for word in between)


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
    apposition: Token | None = None  # a noun for a person the name stands with
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
        if inside is None and token.pos == "ADJ" and not adjectival(token.text.lower()):
            return None  # a verb the tagger calls an adjective ("премьеру привиделся заговор")
        if inside is None and apposed(token, sentence[first], morphology):
            apposition = token
        index -= 1
    if position is None or not agree(sentence[position], sentence[first], morphology):
        return None
    if apposition is not None and not same_cases(sentence[position], apposition):
        return None  # "убийство полицейским … британца Марка Дуггана": he is the Briton
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


def apposed(token: Token, name: Token, morphology: Morphology) -> bool:
    """A noun for a person in the name's case and number that is no post ("британца
    Марка Дуггана"): the name stands in apposition with it."""
    if not (
        token.pos == "NOUN"
        and token.feats.get("Number") == name.feats.get("Number")
        and same_cases(token, name)
    ):
        return False  # the dictionary is asked only of the few nouns left
    forms = morphology.forms(token.text.lower())
    return bool(forms) and all("NOUN" in form.tag and "anim" in form.tag for form in forms)


def adjectival(word: str) -> bool:
    """An adjective's ending, a number, or an age ("68-летнего")."""
    return bool(ADJECTIVE.fullmatch(word.rsplit("-", 1)[-1])) or not word.replace("-", "").isalpha()


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


def joins_title_words(sentence: Sequence[Token], index: int) -> bool:
    """ "министр электроэнергетики и возобновляемых источников": an "и" between
    lowercase words of one title."""
    if sentence[index].text.lower() != "и" or index == 0 or index + 1 >= len(sentence):
        return False
    return all(
        t.pos in ("NOUN", "ADJ") and t.text[:1].islower()
        for t in (sentence[index - 1], sentence[index + 1])
    )
