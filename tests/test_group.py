"""Grouping mentions into entities, without the models: spans with their names given."""

from nlp_extract.entities.group import canonical, cluster
from nlp_extract.entities.propagate import propagate
from nlp_extract.entities.retype import majority_type
from nlp_extract.entities.spans import NameSpan, overlay


def spans(text: str, *pieces: tuple[str, str, str]) -> list[NameSpan]:
    """(surface, type, name) pieces, found left to right in the text."""
    out, position = [], 0
    for surface, kind, name in pieces:
        start = text.index(surface, position)
        out.append(NameSpan(start, start + len(surface), kind, name))
        position = start + len(surface)
    return out


def names(clusters: list[list[NameSpan]]) -> list[list[str]]:
    return [[m.name for m in members] for members in clusters]


def test_same_name_and_type_join_and_a_lone_surname_joins_its_one_full_name():
    text = "Анна Петрова прибыла. Петрова сказала. Иван Сидоров и Петровой нет."
    found = spans(
        text,
        ("Анна Петрова", "PER", "Анна Петрова"),
        ("Петрова", "PER", "Петрова"),
        ("Иван Сидоров", "PER", "Иван Сидоров"),
        ("Петровой", "PER", "Петрова"),
    )
    assert names(cluster(text, found)) == [
        ["Анна Петрова", "Петрова", "Петрова"],
        ["Иван Сидоров"],
    ]


def test_a_surname_two_full_names_share_stays_apart():
    text = "Анна Петрова и Мария Петрова. Петрова"
    found = spans(
        text,
        ("Анна Петрова", "PER", "Анна Петрова"),
        ("Мария Петрова", "PER", "Мария Петрова"),
        ("Петрова", "PER", "Петрова"),
    )
    assert len(cluster(text, found)) == 3


def test_an_expansion_and_its_bracketed_abbreviation_are_one():
    text = "Международное агентство (МАГАТЭ) и ООН"
    found = spans(
        text,
        ("Международное агентство", "ORG", "Международное агентство"),
        ("МАГАТЭ", "ORG", "МАГАТЭ"),
        ("ООН", "ORG", "ООН"),
    )
    groups = cluster(text, found)
    assert names(groups) == [["Международное агентство", "МАГАТЭ"], ["ООН"]]
    assert canonical(groups[0]) == "Международное агентство"


def test_same_name_of_two_types_stays_two():
    text = "Вашингтон и Вашингтон"
    found = spans(text, ("Вашингтон", "LOC", "Вашингтон"), ("Вашингтон", "PER", "Вашингтон"))
    assert len(cluster(text, found)) == 2


def test_canonical_prefers_a_descriptor_form_then_the_fullest_name():
    quoted = NameSpan(0, 6, "ORG", "Узатом", "Агентство «Узатом»", 0, 20)
    assert canonical([NameSpan(0, 6, "ORG", "Узатом"), quoted]) == "Агентство «Узатом»"
    people = [NameSpan(0, 4, "PER", "Иван"), NameSpan(5, 17, "PER", "Иван Петров")]
    assert canonical(people) == "Иван Петров"


def test_majority_type_wins_for_every_mention_of_a_name():
    found = [NameSpan(i, i + 1, kind, "Альфа") for i, kind in enumerate(["ORG", "ORG", "LOC"])]
    assert [m.type for m in majority_type(found)] == ["ORG", "ORG", "ORG"]
    tied = [NameSpan(0, 1, "ORG", "Бета"), NameSpan(2, 3, "LOC", "Бета")]
    assert [m.type for m in majority_type(tied)] == ["ORG", "LOC"]


def test_overlay_replaces_what_the_preferred_spans_overlap():
    kept = overlay([NameSpan(0, 5, "ORG"), NameSpan(10, 15, "LOC")], [NameSpan(3, 8, "LOC")])
    assert [(m.start, m.end) for m in kept] == [(3, 8), (10, 15)]


def test_propagation_tags_every_other_occurrence_of_a_found_surface():
    text = "Газпром растет. Акции Газпром и Газпромбанк."
    found = spans(text, ("Газпром", "ORG", "Газпром"))
    propagated = propagate(text, found, [(0, 15), (16, len(text))])
    assert [text[m.start : m.end] for m in propagated] == ["Газпром", "Газпром"]


def test_propagation_finds_a_canonical_name_where_it_stands_uninflected():
    text = "Представители «Голоса Америки». Голос Америки сообщил."
    found = spans(text, ("Голоса Америки", "ORG", "Голос Америки"))
    named = {"Голос Америки": "ORG"}
    propagated = propagate(text, found, [(0, 31), (32, len(text))], named)
    assert [(text[m.start : m.end], m.name) for m in propagated] == [
        ("Голоса Америки", "Голос Америки"),
        ("Голос Америки", "Голос Америки"),
    ]


def test_propagation_leaves_words_inside_a_longer_mention_alone():
    text = "Москва. Правительство Москвы и Москва-Сити"
    found = spans(text, ("Москва", "LOC", "Москва"), ("Москва-Сити", "LOC", "Москва-Сити"))
    assert propagate(text, found, [(0, 7), (8, len(text))]) == found
