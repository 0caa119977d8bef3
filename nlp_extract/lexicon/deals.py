"""The words of a deal, by kind, and of ownership."""

from __future__ import annotations

import re

# checked in this order: the first kind whose word the sentence has
DEAL_WORDS = [
    ("fine", r"штраф\w*|оштраф\w*"),
    (
        "sanctions",
        r"санкци\w*|эмбарго|запрет\w*\s+(?:на\s+)?(?:ввоз|импорт|экспорт|поставк)\w*"
        r"|запрети\w*\s+(?:ввоз|импорт|экспорт|поставк)\w*",
    ),
    (
        "loan",
        r"кредит(?:[аоуеы]|ом|ами|ов)?\b|прокредитова\w*|займ(?:[аеуы]|ом|ов|ами?|ах)?\b|за[её]м\b"
        r"|долг(?:[аиу]|ом|ов)?\b"
        r"|задолжа\w*|грант\w*",
    ),
    ("investment", r"инвестир\w*|инвестици\w*|инвестова\w*|вложи\w*|вложени\w*|вкладыва\w*"),
    (
        "purchase",
        r"(?:при|до)?купи\w*|купл\w*|покупк\w*|покупа\w*|скупа\w*|скупк\w*|приобре\w*|продал\w*"
        r"|продаж\w*"
        r"|прода[её]т|продать|продан\w*|сделк\w*|слияни\w*|поглощени\w*|поглоти\w*|выкуп\w*"
        # a supply of goods is a sale: "поставки нефти в Китай"
        r"|поставк\w*|поставля\w*|постав(?:ит|ил|ят)\w*",
    ),
    ("services", r"контракт\w*|подряд\w*"),
]
# one word boundary, then the kinds: the regex tries a position once, not once per kind
DEAL = re.compile(
    r"\b(?=[шосэзкпдгив])(?:"  # the letters the words begin with: most positions fail here
    + "|".join(rf"(?P<{kind}>{words})" for kind, words in DEAL_WORDS)
    + ")",
    re.IGNORECASE,
)
# a verb of supply: a deal only when it supplies someone ("поставит Белоруссии газ",
# "поставляет нефть в Китай"), not in "поставят точку в споре"
SUPPLY_VERB = re.compile(r"постав(?:ит|ил|ят|ля)", re.IGNORECASE)
# "выступила против сделки", "голосовал за санкции": an opinion of a deal, whose holder is
# no party to it
OPINION = re.compile(r"\b(?:против|за)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
OPINION_CASES = frozenset({"против", "за"})
# words of a deal whose two sides may both follow them: "слияние компаний Oracle и Sun"
MUTUAL = re.compile(r"сделк|слияни", re.IGNORECASE)

# "основатель MySQL Майкл Видениус": the person owns the organisation
OWNER_TITLES = frozenset(
    "основатель сооснователь создатель владелец совладелец учредитель соучредитель хозяин "
    "собственник акционер".split()
)
BELONGING = re.compile(r"\bпринадлежащ\w*|\bпринадлеж(?:ит|ат|ал\w*)\b", re.IGNORECASE)
OWNING = re.compile(r"\bвладе(?:ет|ют|л|ла|ли|ющ\w*)\b", re.IGNORECASE)
SUBSIDIARY = re.compile(
    r"\bдочерн\w+\s+(?:компани|структур|предприяти|фирм|банк)\w*", re.IGNORECASE
)
# the stems of the words above: a text without them is not read sentence by sentence
SAYS_OWNING = re.compile(r"принадлеж|владе|дочерн", re.IGNORECASE)
# "принадлежать к": to be a member of, not an owner
BELONGS_TO = re.compile(r"\bк\s+котор\w+\s+принадлеж|\bпринадлеж\w+\s+к\b", re.IGNORECASE)
# "DST купила ещё 5% акций Facebook": the buyer of shares owns part of the company
BUYS_SHARES = re.compile(
    r"\b(?:(?:при|до|с)?куп(?:ил|ит|ает|ают|ать|ила|или)\w*|приобре\w*|скупа\w*)"
    r"[^.;]{0,40}?\b(?:акци\w*|дол(?:ю|и|я|ей)\b|пакет\w*)(?:\s+акци\w*)?",
    re.IGNORECASE,
)

# the words of a purchase whose subject buys or sells, and their nouns (lemmas)
BUYING = frozenset(
    {"купить", "покупать", "приобрести", "приобретать", "выкупить", "выкупать", "скупить",
     "скупать", "поглотить", "поглощать", "докупить", "прикупить"}
)  # fmt: skip
BUYING_NOUNS = frozenset({"покупка", "приобретение", "выкуп", "поглощение", "скупка"})
SELLING = frozenset({"продать", "продавать", "распродать", "перепродать"})
SELLING_NOUNS = frozenset({"продажа", "распродажа", "перепродажа"})
# a verb whose subject does the purchase it governs: "планирует купить", "объявила о покупке"
ACTING = frozenset(
    {"планировать", "намереваться", "собираться", "решить", "хотеть", "мочь", "смочь",
     "объявить", "объявлять", "завершить", "завершать", "закрыть", "осуществить",
     "совершить", "провести", "начать", "заключить", "договориться", "согласиться",
     "удаться", "пытаться", "попытаться", "отказаться", "сообщить"}
)  # fmt: skip
# what a buyer gets a company through: "5% акций Facebook", "долю в ТНК-BP"
SHARE_WORDS = frozenset(
    {"акция", "доля", "пакет", "процент", "часть", "актив", "контроль", "бизнес",
     "подразделение", "дочка", "капитал", "блокпакет"}
)  # fmt: skip
