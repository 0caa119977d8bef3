"""The words of reported speech as raw text writes them: verbs of saying and of opinion
in the forms that attribute a quote (a third person, past or present, a gerund), the
phrases "по словам", "как сообщил", "об этом" (the words of a speaker that is no name
are in `speakers`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .phrases import PHRASE_HEADS, phrase

# past stems (before -л, -ла, -ли, -ло), each a verb of saying or of opinion
PAST = (
    "сказа", "сообщи", "заяви", "отмети", "подчеркну", "поясни", "уточни", "добави",
    "напомни", "рассказа", "написа", "писа", "переда", "говори", "счита", "полага",
    "призна", "объяви", "ответи", "замети", "утвержда", "подтверди", "опроверга",
    "отрица", "предупреди", "пообеща", "обеща", "завери", "указа", "констатирова",
    "прокомментирова", "комментирова", "процитирова", "цитирова", "доложи", "докладыва",
    "заявля", "сообща", "отмеча", "подчеркива", "поясня", "уточня", "добавля", "рассказыва",
    "объясни", "объясня", "уверя", "настаива", "посетова", "резюмирова", "сформулирова",
    "признава", "заверя", "высказа", "выразил", "сочл", "надея", "сомнева", "прогнозирова",
    "предполага", "предположи", "увери", "поведа", "сетова", "заключи", "продолжи",
    "подытожи", "парирова", "отреагирова", "вспомина", "вспомни", "пошути", "возрази",
    "воскликну", "спроси", "повтори", "информирова", "оценива", "оцени",
    "прогнозирова", "подчерки", "акцентирова", "намекну", "намека", "оповести",
    "посчита", "допусти", "допуска", "исключи", "исключа", "выража", "предсказа",
    "предсказыва", "описа", "описыва", "замеча", "постанови", "призва", "призыва",
    "установи", "выясни",
)  # fmt: skip
# third-person present forms, singular and plural
PRESENT = (
    "сообщает", "сообщают", "заявляет", "заявляют", "отмечает", "отмечают", "подчеркивает",
    "подчёркивает", "подчеркивают", "поясняет", "поясняют", "уточняет", "уточняют",
    "добавляет", "добавляют", "напоминает", "напоминают", "рассказывает", "рассказывают",
    "пишет", "пишут", "передает", "передаёт", "передают", "говорит", "говорят", "считает",
    "считают", "полагает", "полагают", "признает", "признаёт", "признают", "утверждает",
    "утверждают", "подтверждает", "подтверждают", "отрицает", "отрицают", "обещает",
    "обещают", "уверяет", "уверяют", "настаивает", "настаивают", "цитирует", "цитируют",
    "комментирует", "комментируют", "указывает", "указывают", "объясняет", "объясняют",
    "надеется", "надеются", "сомневается", "сомневаются", "предупреждает", "предупреждают",
    "заверяет", "заверяют", "докладывает", "докладывают", "констатирует", "опровергает",
    "уверен", "уверена", "уверены", "убежден", "убеждён", "убеждена", "убеждены",
    "опроверг", "опровергла", "опровергли", "высказался", "высказалась", "высказались",
    "прогнозирует", "прогнозируют", "предполагает", "предполагают", "верит", "верят",
    "вспоминает", "вспоминают", "продолжает", "продолжают",
    "информирует", "информируют", "повторяет", "повторяют", "спрашивает", "объявляет",
    "возмутился", "возмутилась", "возмутились", "поинтересовался", "поинтересовалась",
    "поделился", "поделилась", "поделились", "согласился", "согласилась", "согласились",
    "усомнился", "усомнилась", "усомнились", "посетовал", "посетовала", "посетовали",
    "признался", "призналась", "признались", "пожаловался", "пожаловалась", "пожаловались",
    "намекает", "намекают", "допускает", "допускают", "исключает", "исключают", "клянется",
    "клянётся", "клянутся", "поклялся", "поклялась", "поклялись", "выражает", "выражают",
    "описывает", "описывают", "выразился", "выразилась", "выразились", "признавался",
    "признавалась", "признавались", "отшутился", "отшутилась", "отшутились",
    "акцентирует", "акцентируют", "констатируют", "опровергают", "парирует", "парируют", "предсказывает", "предсказывают", "резюмирует", "резюмируют",
    "сетует", "сетуют", "замечает", "замечают", "признаётся", "признается", "признаются",
    "призывает", "призывают",
)  # fmt: skip
# gerunds and participles: "полагая, что", "назвав его «…»"
GERUNDS = (
    "полагая", "считая", "подчеркнув", "отметив", "заявив", "сообщив", "пояснив", "добавив",
    "назвав", "уточнив", "напомнив", "указав", "заявляя", "подчеркивая", "отмечая",
    "утверждая", "написав", "объясняя", "объяснив", "сказав",
)  # fmt: skip
# participles: "представители партии, считавшие, что …", "министр, заявивший, что …"
PARTICIPLES = tuple(
    stem + end
    for stem in (
        "считающ", "считавш", "заявивш", "заявляющ", "утверждающ", "утверждавш", "полагающ",
        "полагавш", "сообщивш", "отметивш", "подчеркнувш", "уверяющ", "настаивающ",
    )
    for end in ("ий", "ая", "ее", "ие", "его", "ей", "их", "ему", "им", "ими")
)  # fmt: skip
FORMS = sorted(
    {
        *(stem + end for stem in PAST for end in ("л", "ла", "ли", "ло")),
        *PRESENT,
        *GERUNDS,
        *PARTICIPLES,
    }
    - {"выразилл", "выразилла", "выразилли", "выразилло", "сочлл", "сочлла", "сочлли"}
    | {"выразил", "выразила", "выразили", "счёл", "счел", "сочла", "сочли"}
    | {"надеялся", "надеялась"},
    key=len,
    reverse=True,
)
# a verb of speech as a word of its own ("сообщается", "сказано" are other words)
# and "может заявить, что": a statement not (yet) made
MAY = re.compile(r"(?<![\w-])(?:может|могут|мог|могла|могли)\s+$", re.IGNORECASE)
INFINITIVES = frozenset({"заявить", "сказать", "сообщить", "объявить"})
TOKEN = re.compile(r"[\w-]+")


def trie(words: set[str]) -> str:
    """A pattern of the words as a tree of their letters ("за(?:яв|ме)"): the engine then
    tries one branch per letter, not every word at every position."""
    if "" in words and len(words) == 1:
        return ""
    branches: dict[str, set[str]] = {}
    for word in words:
        if word:
            branches.setdefault(word[0], set()).add(word[1:])
    parts = [re.escape(letter) + trie(rest) for letter, rest in sorted(branches.items())]
    optional = "" in words
    group = "(?:" + "|".join(parts) + ")"
    return group + "?" if optional else group


class Cues:
    """Verbs of speech as words of their own ("сообщается", "сказано" are other words),
    read like a compiled pattern: a word's form is looked up, which is far faster than
    a pattern of all the forms."""

    forms = frozenset(FORMS)
    # the words that may be one: those that begin as a form does (the regex engine skips
    # the rest of the text far faster than a loop over its words)
    candidates = re.compile(
        r"(?<![\w-])" + trie({form[:4] for form in forms | INFINITIVES | PHRASE_HEADS}),
        re.IGNORECASE,
    )

    def finditer(
        self, text: str, start: int = 0, end: int | None = None
    ) -> Iterator[re.Match[str]]:
        end = len(text) if end is None else end
        for candidate in self.candidates.finditer(text, start, end):
            word = TOKEN.match(text, candidate.start(), end)
            cue = None if word is None else self.cue(text, word)
            if cue is not None:
                yield cue

    def match(self, text: str, pos: int) -> re.Match[str] | None:
        word = TOKEN.match(text, pos)
        # inside a word ("экс-заявил"), not after a dash glued to it ("…",-заявил X)
        before = text[max(0, pos - 2) : pos]
        inside = before[-1:].isalnum() or (before[-1:] == "-" and before[:1].isalnum())
        if word is None or inside:
            return None
        return self.cue(text, word)

    def cue(self, text: str, word: re.Match[str]) -> re.Match[str] | None:
        """The cue a word begins: the word, a phrase ("дали понять"), or none."""
        said = word.group().lower()
        # "подчёркивал" is "подчеркивал": the forms are written with е
        if said in self.forms or ("ё" in said and said.replace("ё", "е") in self.forms):
            return word
        if said in PHRASE_HEADS:
            return phrase(text, word)
        if said in INFINITIVES and MAY.search(text, max(0, word.start() - 8), word.start()):
            return word
        return None


CUE = Cues()
# verbs whose clause is denied, ruled out (or, after "не", left possible) or allowed
DENIAL = re.compile(r"опроверг|отрица", re.IGNORECASE)
RULED_OUT = re.compile(r"исключ", re.IGNORECASE)
POSSIBLE = re.compile(r"допус", re.IGNORECASE)
# "суд признал его виновным": a verdict, no words said ("заявил виновник аварии" is)
VERDICT_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:не)?виновн(?:ым|ой|ыми|ой|ая|ый|ого)(?![\w-])", re.IGNORECASE
)
# "продолжают покупать", "пообещал снизить": a verb governing an infinitive says no
# clause (nouns in -ть after a verb of speech, "рассказала мать", are no infinitive)
INFINITIVE_AFTER = re.compile(
    r"\s+(?:не\s+)?(?!(?:мать|путь|сеть|суть|треть|знать|печать|пять|девять|десять)(?![\w-]))"
    r"[а-яё]+(?<!дц)(?:[аяеиоуыю]ть|ться)(?![\w-])",
    re.IGNORECASE,
)
# "может заявить", "по слухам": a statement not (yet) made
HYPOTHETICAL = re.compile(r"\b(?:может|могут|мог|могла|могли|якобы|по\s+слухам)\s+$")
NOT_BEFORE = re.compile(r"(?<![\w-])не\s+$", re.IGNORECASE)

# the words of an act no one speaks: "согласно конституции", "согласно закону"
LAWS = r"(?:закон|конституци|кодекс|стать|правил|законопроект|договор|соглашени|регламент)"
# "По словам X, …", "По мнению X, …", "По неофициальным данным X", "по его собственным
# словам", "со слов X", "В соответствии с заявлением X": the attribution before the
# comma; "Согласно X" not of a law ("согласно конституции"), a pronoun standing for one
# ("Согласно ему") or a relative ("указ, согласно которому": the act's words)
ACCORDING = re.compile(
    r"(?<![\w-])(?:по\s+(?:(?:его|её|ее|их)\s+(?:собственн(?:ым|ому)\s+)?"
    r"|(?P<described>[а-яё]+ым)\s+(?=данным|сведениям))?"
    r"(?:словам|мнению|данным|сведениям|сообщению|сообщениям|утверждению|утверждениям"
    r"|оценке|оценкам|информации|заявлению|заявлениям|признанию|версии|подсчетам|подсчётам"
    r"|прогнозу|прогнозам|заверению|заверениям|свидетельств(?:у|ам)(?!\s+об?\s))"
    r"|с(?:о|\s+(?:его|её|ее|их))\s+слов"
    r"|(?:согласно|в\s+соответствии\s+с)\s+"
    r"(?:данным|данными|заявлению|заявлением|сообщению|сообщением|информации|информацией"
    r"|оценке|оценкам|оценкой)"
    rf"|согласно(?=\s+[«\"]?[A-ZА-ЯЁ])(?!\s+(?:н?(?:ему|ей|им)(?![\w-])|котор(?:ому|ой|ым|ых)(?![\w-])|{LAWS})))(?![\w-])",
    re.IGNORECASE,
)
# "как сообщил X", "как уже сообщалось" leaves no speaker
AS_SAID = re.compile(r"(?<![\w-])как\s+(?:уже\s+|ранее\s+|позже\s+|затем\s+)?$", re.IGNORECASE)
# "Как сообщается на сайте Roem.ru", "…, сообщается на сайте Рады": a verb with no
# subject, its source after it
REPORTED = r"(?:сообщается|сообщалось|говорится|отмечается|пишется)(?![\w-])"
AS_REPORTED = re.compile(
    rf"(?<![\w-])как\s+{REPORTED}|(?<=,)\s*{REPORTED}(?=\s+(?:на|в)\s)", re.IGNORECASE
)
# "Об этом сообщается на сайте Кремля": the sentences before, the source after the verb
# (a wiki link may hold the verb: "Об этом [https://… сообщается]")
ABOUT_REPORTED = re.compile(
    r"(?<![\w-])об\s+этом\s+(?:\[\S+\s+)?(?:сообщается|сообщалось|говорится|пишется)\]?"
    r"(?![\w-])(?=\s+(?:на|в)\s)",
    re.IGNORECASE,
)
# "Об этом сообщил X", "Об этом в интервью «Ведомостям» заявил X": what is said is the
# sentences before; the words up to the verb may name the speaker
ABOUT_THIS = re.compile(
    r"(?<![\w-])об\s+этом((?:\s+[^\s.!?,;:]+){0,5}"
    # a date between commas: "Об этом в понедельник, 1 ноября, сообщил X"
    r"(?:,\s+\d{1,2}\s+[а-яё]+(?:\s+\d{4}\s+года)?,(?:\s+[^\s.!?,;:]+){0,3})?)\s*$",
    re.IGNORECASE,
)
# "X объявил об этом на пресс-конференции": the sentences before, the speaker before
THIS_AFTER = re.compile(r"\s+об\s+этом(?![\w-])", re.IGNORECASE)
# "О том, что …, заявил X": the words before the clause are no part of what is said
ABOUT_THAT = re.compile(
    r"(?:(?:однако|но|а|и)\s+)?о\s+том\s*,\s*(?:что|чтобы)(?![\w-])\s*", re.IGNORECASE
)
# the clause of what is said after the verb
# (a name in quotation marks may come between: "заявил «Ъ», что"; a comma missed:
# "выражает надежду что")
THAT = re.compile(
    r"(?:\s+(?:[«\"„][^«»\"„“\n]{1,30}[»\"“]|[^\s.,;:!?«»\"()]+)){0,8}?\s*,?\s*"
    r"(?:что|чтобы)(?![\w-])\s*",
    re.IGNORECASE,
)
# words that open a sentence and say nothing: "Вместе с тем, по словам X, …"
CONNECTORS = frozenset(
    {
        "вместе с тем", "кроме того", "между тем", "тем не менее", "в то же время", "при этом",
        "однако", "всего", "также", "в свою очередь", "таким образом", "в частности", "впрочем",
        "помимо этого", "кроме этого", "а", "но", "и", "в то время как", "с другой стороны",
        "после этого", "в итоге", "в результате", "тогда", "затем", "ранее", "позже",
        "более того", "в целом", "без сомнения", "в числе прочего", "несомненно",
        "безусловно", "по сути", "в общем", "прежде всего", "в первую очередь", "во-первых",
        "во-вторых", "наконец", "конечно", "разумеется", "очевидно", "видимо", "вероятно",
        "по-видимому", "в любом случае", "тем более", "в конечном итоге", "в основном",
    }
)  # fmt: skip
# "…, так как, по его мнению, …": a clause the attribution opens (after a comma) is the
# words said, the writer's clause before it not ("Число погибших пока, по данным МЧС,
# …" is one clause)
SUBORDINATE_END = re.compile(
    r",\s*(?:так\s+как|потому\s+что|поскольку|так\s+что|ибо|если|хотя|когда|пока"
    r"|чтобы|что|ведь)[\s,]*$",
    re.IGNORECASE,
)
# a piece of a sentence that ends in a relative pronoun opens the clause an attribution
# interrupts ("платье, которое, по словам X, было украшено"): no words said of its own
RELATIVE_END = re.compile(r"(?<![\w-])котор(?:ый|ая|ое|ые|ого|ой|ых|ому|ым|ую|ом|ыми)\s*$")

# the months' stems; a date alone, maybe after its day of the week ("16 октября 2011
# года", "в среду, 16 октября"): when, no words said
MONTHS = r"(?:январ|феврал|марта|апрел|мая|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-яё]*"
DATE_ALONE = re.compile(
    r"(?:(?:в|во)\s+)?(?:(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)"
    r"\s*,?\s*)?\d{1,2}\s+" + MONTHS + r"(?:\s+\d{4}(?:\s*г\.?|\s+года)?)?",
    re.IGNORECASE,
)
