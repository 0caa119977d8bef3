"""Verbs of saying, as lemmas and as stems.

Meetings compare a tagged token's lemmas with SPEECH_VERBS; deals read raw text without
morphology and look for the verbs' stems before ", что" (SAID_THAT). Both are the same
verbs (tests/test_lexicon.py checks that each verb begins with one of the stems and each
stem begins a verb); deals also take verbs of opinion, which end no meeting's clause.
"""

from __future__ import annotations

import re

from .words import read

# "— сообщил Мустафа Джемилев": a clause of a meeting ends at these
SPEECH_VERBS = read("speech_verbs.txt")
# the same verbs, by the stem their forms share in raw text
SPEECH_STEMS = (
    "сообщ", "заяв", "отмет", "сказа", "рассказ", "подчеркн", "поясни", "уточни", "добави",
    "напомни", "напис", "переда", "говор", "прокомментир", "комментир", "счита", "призна",
    "процитир", "цитир",
)  # fmt: skip
# "уверен, что", "полагает, что": an opinion, said like a statement, but no verb of saying
OPINION_STEMS = ("уверен", "полагает")

# a verb of saying or of opinion and "что": the deal is in the clause after it
SAID_THAT = re.compile(
    r"\b(?:" + "|".join(SPEECH_STEMS + OPINION_STEMS) + r")\w*\s*,\s*что\b", re.IGNORECASE
)
