"""The words the rules share: who reports, what names a medium, which cases and pronouns.

Word lists that one rule alone reads stay beside it; a list two packages read lives here,
written once.
"""

from __future__ import annotations

import re

# the agency that reports a deal is no party to it
SOURCE_BEFORE = re.compile(
    r"(?:сообща\w*|переда[её]т|передал\w*|пишет|писал\w*|по\s+данным|по\s+сообщению"
    r"|по\s+информации|со\s+ссылкой\s+на|издани\w*|газет\w*|агентств\w*)\s*[«\"]?\s*$",
    re.IGNORECASE,
)

MEDIA_NAME = re.compile(
    r"\.(?:ru|com|рф|net|org)\b|новост|^(?:интерфакс|тасс|итар-тасс|риа|reuters|рейтер|блумберг"
    r"|bloomberg|ap|afp|bbc|би-би-си|ведомости|коммерсант|известия)$",
    re.IGNORECASE,
)

# "её основатель": the post is at the organisation the pronoun stands for
POSSESSIVE = frozenset({"его", "её", "ее", "их"})

# cases in which a name is no subject and no apposition of a nominative post
OBLIQUE = frozenset({"Gen", "Dat", "Acc", "Ins", "Loc"})
