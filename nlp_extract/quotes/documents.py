"""Who issued a document a quote is read from with no author named: "Президент Владимир
Путин подписал указ … В документе говорится, что …", "МИД России опубликовал
комментарий. В нём сказано, что …": the subject of the clause that issued it."""

from __future__ import annotations

import re

# a verb of issuing and, a few words on, the document it issued
ISSUED = re.compile(
    r"(?<![\w-])(?:подписа|опубликова|выпусти|распространи|изда|утверди|направи|размести"
    r"|обнародова)л[аои]?\s+(?:[\w-]+\s+){0,3}?"
    r"(?:указ|распоряжени|приказ|постановлени|комментари|заявлени|сообщени|документ"
    r"|доклад|отч[её]т|письм|обращени|пресс-релиз|коммюнике|резолюци)",
    re.IGNORECASE,
)
# where the sentence of the verb begins
SENTENCE_START = re.compile(r"[.!?…\n]\s*")
# how far back the document was issued: the sentence or two before
REACH = 600


def issued(text: str, at: int) -> tuple[int, int] | None:
    """The words before the verb that issued a document last before `at`, from the start
    of its sentence (where its issuer is named), when one was issued within REACH."""
    last = None
    for match in ISSUED.finditer(text, max(0, at - REACH), at):
        last = match
    if last is None:
        return None
    starts = [m.end() for m in SENTENCE_START.finditer(text, max(0, at - REACH), last.start())]
    return (starts[-1] if starts else max(0, at - REACH)), last.start()
