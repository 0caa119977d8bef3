"""Closed classes: cases, pronouns, function words and adjective endings."""

from __future__ import annotations

import re

# cases in which a name is no subject and no apposition of a nominative post
OBLIQUE = frozenset({"Gen", "Dat", "Acc", "Ins", "Loc"})

# "её основатель": the post is at the organisation the pronoun stands for
POSSESSIVE = frozenset({"его", "её", "ее", "их"})

# "он заявил": the gender a pronoun gives the person it stands for
PRONOUNS = {"он": "Masc", "она": "Fem"}

# "один из руководителей": one of many holds the post
ONE = frozenset({"один", "одна", "одно", "одним", "одной", "одного", "одному", "одну"})

# words an abbreviation may skip ("ОБСЕ": Организация по безопасности и сотрудничеству в Европе)
FUNCTION_WORDS = frozenset("в во и по при на о об от для за из к с со".split())

# prepositions: a name after one is never a subject; a word after one is governed
PREPOSITIONS = frozenset(
    "с со от к ко у о об обо по для при за над под перед между через без из до на в во "
    "про после".split()
)

# the endings of a full adjective or participle, in every case and number
ADJECTIVE_ENDING = r"(?:ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ые|ие|ых|их|ыми|ими)"
# a word with an adjective's ending ("бывшего", "российско-американских")
ADJECTIVE_WORD = re.compile(r"[\w-]+" + ADJECTIVE_ENDING)
# a participle ("опубликованном", "распространённом", "выступавший", "работающей"): a
# participle's suffix before an adjective's ending (not "-нн-" alone: "военный",
# "государственный" are adjectives)
PARTICIPLE = re.compile(
    r"[а-яё]+(?:ованн|ёванн|ённ|вш|ющ|ущ|ящ|ащ)" + ADJECTIVE_ENDING, re.IGNORECASE
)
# the ends of a verb in the plural: past -ли, present -ют, -ят, -ут, -ат
PLURAL_VERB = ("ли", "ют", "ят", "ут", "ат")
