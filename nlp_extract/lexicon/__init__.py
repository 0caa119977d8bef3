"""The words the rules read, one module a topic; lists over ~20 words are in data/.

- grammar: cases, pronouns, function words and adjective endings;
- media and speech: who reports, and the verbs that say it was said;
- organisations and posts: the nouns that name an organisation's kind, the posts people hold;
- people: the words that make a name a family («клан Шаймиевых», «братья Кеннеди»);
- meetings, deals, ownership, agreements, dates: the words that say each fact.

Quote characters are in constants.py. The lexicon is read when a rule is first imported,
never for `nlp-extract --help`.
"""

from __future__ import annotations

from .grammar import OBLIQUE, POSSESSIVE
from .media import MEDIA_NAME, SOURCE_BEFORE

__all__ = ["MEDIA_NAME", "OBLIQUE", "POSSESSIVE", "SOURCE_BEFORE"]
