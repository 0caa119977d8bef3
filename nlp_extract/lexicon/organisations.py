"""The nouns that name an organisation's kind, and the words that name none."""

from __future__ import annotations

from .words import read

# legal forms that stand before a quoted organisation name: "ООО «Ромашка»"
LEGAL_FORMS = read("legal_forms.txt")
# descriptors: the mention of "Агентства «Узатом»" is the quoted name, the canonical name
# keeps the descriptor
DESCRIPTORS = LEGAL_FORMS | read("organisation_nouns.txt")
# nouns of an organisation's parts, of bodies and of states that are no descriptor: in
# "пресс-служба «Киностудии КИТ»" and "проект «Сколково»" the noun names no organisation
# of that name, so a quoted name after one keeps no alias with it
BODIES = frozenset(
    {
        "отдел", "отделение", "пресс-служба", "правительство", "администрация", "комиссия",
        "федерация", "президиум", "сборная", "команда", "город", "государство", "страна",
        "проект", "делегация", "еженедельник",
    }
)  # fmt: skip
# the nouns of an organisation: a title stops before them ("лидер фракции КПРФ" holds
# the post "лидер" in "фракция КПРФ"), unless they are posts themselves
ORG_WORDS = DESCRIPTORS | BODIES
# the bodies of a country: heading one is at the country
GOVERNMENTS = frozenset({"правительство", "администрация", "министерство", "кабинет"})
# common nouns natasha tags as organisations although they name no one
NOT_NAMES = frozenset(
    {"сми", "интернет", "соцсети", "вуз", "вузы", "аэс", "гэс", "тэц", "нии", "жкх"}
)
