"""One surface, one name: the names the mentions of a surface were given agree."""

from nlp_extract.entities.naming import agreed_names
from nlp_extract.entities.spans import NameSpan

KNOWN = {"москва", "хьюстон"}


def spans_of(text: str, *named: tuple[str, str]) -> list[NameSpan]:
    out, position = [], 0
    for surface, name in named:
        start = text.index(surface, position)
        out.append(NameSpan(start, start + len(surface), "PER", name))
        position = start + len(surface)
    return out


def test_a_foreign_name_read_as_nominative_somewhere_keeps_its_surface():
    text = "Песни Уитни Хьюстон. Уитни Хьюстон умерла."
    found = spans_of(text, ("Уитни Хьюстон", "Уитня Хьюстон"), ("Уитни Хьюстон", "Уитни Хьюстон"))
    named = agreed_names(text, found, KNOWN.__contains__)
    assert [span.name for span in named] == ["Уитни Хьюстон", "Уитни Хьюстон"]


def test_a_dictionary_word_misread_in_one_place_takes_the_majority_name():
    text = "Жители Москвы. Из Москвы. Вокруг Москвы."
    found = spans_of(text, ("Москвы", "Москва"), ("Москвы", "Москва"), ("Москвы", "Москвы"))
    named = agreed_names(text, found, KNOWN.__contains__)
    assert [span.name for span in named] == ["Москва"] * 3
