"""Posts a verb states: the predicative shapes of a role.

- the subject's post, in the instrumental: "Маккаррик стал кардиналом", "работал в Яндексе
  аналитиком", "был назначен руководителем лаборатории";
- after "пост"/"должность": "Акихито занимал пост Императора Японии";
- the title first: "Операторами выступили Михаил Агранович и Михаил Хасая";
- the object's post: "назначил Зворыкина руководителем лаборатории";
- "будучи" and a post: "…, ещё будучи первым секретарём обкома".
"он"/"она" opening the next sentence is in pronouns.py, "возглавляет" in heading.py.

Only the readings a tagger gives with confidence are used: the post must be in the
instrumental (or the genitive after "пост"), the person in the case its place asks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..constants import DOUBLE_QUOTE_MARKS as QUOTES
from ..constants import ORG, PER
from ..entities.spans import NameSpan
from ..lexicon import OBLIQUE, POSSESSIVE
from ..lexicon.posts import APPOINT, BECOME, HOLD, POST_NOUNS, SEATS
from ..morphology import Morphology
from ..sentences import TaggedSentence, mention_at, name_token
from ..tokens import Token
from .find import listed_role
from .posts import is_position
from .titles import RoleSpan, build, title_end

GAP = 4  # tokens allowed between the name, the verb and the post


def predicative_roles(sentence: TaggedSentence, held: set[NameSpan]) -> list[RoleSpan]:
    """Roles stated by a verb, for the people of the sentence not in `held`."""
    tokens = sentence.tokens
    if not tokens:
        return []
    low, high = tokens[0].start, tokens[-1].end
    local = [m for m in sentence.mentions if low <= m.start < high]
    sentence = TaggedSentence(sentence.region, tokens, local, sentence.morphology)
    people = [m for m in local if m.type == PER and m not in held]
    found: list[RoleSpan] = []
    gerund = any(t.text.lower() == "будучи" for t in tokens)
    for person in people:
        first = name_token(tokens, person)
        last = next(
            (i for i in range(len(tokens) - 1, -1, -1) if tokens[i].end <= person.end), None
        )
        if first is None or last is None:
            continue
        role = (
            subject_post(sentence, first, last, person)
            or object_post(sentence, first, last, person)
            or title_first(sentence, first, person)
            or (being(sentence, last, person) if gerund else None)
        )
        role = role or listed_role(tokens, found, person)
        if role is not None:
            found.append(role)
    return found


def being(sentence: TaggedSentence, last: int, person: NameSpan) -> RoleSpan | None:
    """ "…, что сделал Борис Николаевич для области, ещё будучи первым секретарём
    обкома": "будучи" and a post state the post of the clause's subject, the person in
    the nominative nearest before it with no other person between, or the first after
    it when it opens the sentence."""
    tokens, mentions = sentence.tokens, sentence.mentions
    first = name_token(tokens, person) or 0
    if tokens[first].feats.get("Case") in OBLIQUE:
        return None
    if tokens[0].text.lower() == "будучи" and not any(
        m.type == PER and m.start < person.start for m in mentions
    ):  # "Будучи министром, Иван Петров открыл …": the first person after it
        position = post_after(sentence, 1, holds=False, gap=2)
        if position is None:
            return None
        end, _ = title_end(sentence, position)
        role = build(sentence, position, end, person)
        return replace(role, start=tokens[0].start)
    for index in range(last + 1, len(tokens)):
        token = tokens[index]
        inside = mention_at(mentions, token)
        if (inside is not None and inside.type == PER) or token.text in ".;:!?—":
            return None
        if token.text.lower() == "будучи":
            position = post_after(sentence, index + 1, holds=False, gap=2)
            if position is None:
                return None
            return finished(sentence, position, index, person)
    return None


def lemmas(token: Token, morphology: Morphology) -> frozenset[str]:
    return morphology.lemmas(token.text)


def is_trigger(token: Token, morphology: Morphology) -> bool:
    """A verb that puts its subject in a post: "стал", "работал", "был назначен"."""
    if token.pos not in ("VERB", "AUX"):
        return False
    words = lemmas(token, morphology)
    if words & (BECOME | HOLD):
        return True
    return bool(words & APPOINT) and token.feats.get("Voice") == "Pass"


def subject_post(
    sentence: TaggedSentence, first: int, last: int, person: NameSpan
) -> RoleSpan | None:
    """The person, then a verb, then the post: "Маккаррик стал кардиналом"."""
    tokens, mentions, morphology = sentence.tokens, sentence.mentions, sentence.morphology
    if tokens[first].feats.get("Case") in OBLIQUE:
        return None
    index = last + 1
    verb = None
    while index < len(tokens) and index - last <= GAP:
        token = tokens[index]
        if is_trigger(token, morphology):
            verb = index
        elif verb is not None or not skippable(token, mentions):
            break
        index += 1
    if verb is None:
        return None
    holds = bool(lemmas(tokens[verb], morphology) & HOLD)
    position = post_after(sentence, verb + 1, holds)
    if position is None:
        return None
    return finished(sentence, position, verb, person)


def object_post(
    sentence: TaggedSentence, first: int, last: int, person: NameSpan
) -> RoleSpan | None:
    """A verb of appointing, the person, the post: "назначил Зворыкина руководителем"."""
    verb = sentence.tokens[first - 1] if first > 0 else None
    if (
        verb is None
        or verb.pos != "VERB"
        or verb.feats.get("Voice") == "Pass"
        or not lemmas(verb, sentence.morphology) & APPOINT
    ):
        return None
    position = post_after(sentence, last + 1, holds=False, gap=2)
    if position is None:
        return None
    return finished(sentence, position, first - 1, person)


def title_first(sentence: TaggedSentence, first: int, person: NameSpan) -> RoleSpan | None:
    """The post, a verb, the person: "Операторами выступили Михаил Агранович …",
    "Место спикера … занял республиканец Джон Бенер"."""
    tokens, mentions, morphology = sentence.tokens, sentence.mentions, sentence.morphology
    if first < 2 or tokens[first].feats.get("Case") in OBLIQUE:
        return None
    verb_at = first - 1
    while verb_at > first - 4 and (
        tokens[verb_at].pos in ("NOUN", "ADJ") or tokens[verb_at].text.lower() in POSSESSIVE
    ):
        if mention_at(mentions, tokens[verb_at]) is not None:
            return None
        verb_at -= 1  # "занял республиканец Джон Бенер", "является её основатель Марк …"
    verb = tokens[verb_at]
    words = lemmas(verb, morphology) if verb.pos in ("VERB", "AUX") else set()
    holds = bool(words & HOLD)
    if not words & BECOME and not holds:
        return None
    for position in range(verb_at - 1, max(verb_at - 1 - 6, -1), -1):
        token = tokens[position]
        inside = mention_at(mentions, token)
        if inside is not None and inside.type == PER:
            return None
        case = token.feats.get("Case")
        wanted = (
            case == "Gen"
            and position > 0
            and bool(lemmas(tokens[position - 1], morphology) & SEATS)
            if holds
            else case == "Ins"
        )
        if is_position(token, morphology) and wanted:
            end, _ = title_end(sentence, position)
            if end != verb_at:
                return None
            return build(sentence, position, end, person)
        if token.pos in ("PUNCT", "VERB", "AUX"):
            return None
    return None


def skippable(token: Token, mentions: Sequence[NameSpan]) -> bool:
    """A word between a name and its verb: "Маккаррик в 2001 году стал …"."""
    if (
        token.pos in ("PUNCT", "VERB", "AUX", "CCONJ", "SCONJ", "PRON")
        or token.text.lower() == "не"
    ):
        return False  # "не станет министром" states no post
    inside = mention_at(mentions, token)
    return inside is None or inside.type != PER


def post_after(sentence: TaggedSentence, start: int, holds: bool, gap: int = GAP) -> int | None:
    """The post noun a verb governs: instrumental, or genitive after "пост"."""
    tokens, mentions, morphology = sentence.tokens, sentence.mentions, sentence.morphology
    index = start
    after_post_noun = False
    while index < len(tokens) and index - start <= gap:
        token = tokens[index]
        inside = mention_at(mentions, token)
        if inside is not None and inside.type == PER:
            return None
        if inside is None and is_position(token, morphology):
            case = token.feats.get("Case")
            if case == "Ins" or (after_post_noun and case == "Gen"):
                return index
            return None
        if holds and lemmas(token, morphology) & POST_NOUNS:
            after_post_noun = True
        elif token.text in QUOTES or inside is not None:
            pass  # "работал в «Яндексе» аналитиком"
        elif token.pos in ("PUNCT", "VERB", "AUX", "CCONJ", "SCONJ", "PRON"):
            return None
        index += 1
    return None


def finished(sentence: TaggedSentence, position: int, verb: int, person: NameSpan) -> RoleSpan:
    """The role from its post noun on, with the organisation between the verb and the
    post when the title names none ("работал в Яндексе аналитиком")."""
    end, _ = title_end(sentence, position)
    role = build(sentence, position, end, person)
    if role.org is None:
        between = [mention_at(sentence.mentions, t) for t in sentence.tokens[verb + 1 : position]]
        org = next((m for m in between if m is not None and m.type == ORG), None)
        if org is not None:
            role = replace(role, org=org, start=min(role.start, org.start))
    return role
