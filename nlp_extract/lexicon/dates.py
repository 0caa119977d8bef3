"""Words beside a date: a future tense, weekdays in a list of dates.

The words of the date grammar itself (months, units, shifts …) are in
grammars/date_words.py, beside the grammar that reads them.
"""

from __future__ import annotations

import re

# "встреча планируется 24 января": the date is in the future
FUTURE_WORDS = frozenset(
    {
        "планируется", "планирует", "планируют", "намерен", "намерены", "предстоит",
        "будет", "будут",
    }
)  # fmt: skip
MODAL = re.compile(r"должн[аоы]?|должен", re.IGNORECASE)

# "в понедельник и вторник": the stems of the weekdays in a list of dates
WEEKDAY_WORD = re.compile(
    r"понедельник|вторник|сред[уа]|четверг|пятниц|суббот|воскресень", re.IGNORECASE
)
