"""Verbs of saying.

Two readers, two forms of one list: meetings compare a tagged token's lemmas with
SPEECH_VERBS; deals read raw text without morphology and look for a verb's stem before
", что" (SAID_THAT), which also takes verbs of opinion ("считает, что", "уверен, что"):
after either, the deal is in the clause that follows.
"""

from __future__ import annotations

import re

from .words import read

# "— сообщил Мустафа Джемилев": a clause of a meeting ends at these
SPEECH_VERBS = read("speech_verbs.txt")

# a verb of saying or of opinion and "что": the deal is in the clause after it
SAID_THAT = re.compile(
    r"\b(?:сообщ|заяв|отмет|сказа|рассказ|подчеркн|поясни|уточни|добави|напомни|считает"
    r"|уверен|полагает)\w*\s*,\s*что\b",
    re.IGNORECASE,
)
