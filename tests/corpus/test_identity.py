"""Corpus identity keys and their joins, without documents."""

from nlp_extract.corpus.identity import entity_key, link_keys
from nlp_extract.entities.gazetteer import load


def test_the_bank_of_russia_under_any_name_is_one_key():
    keys = {
        entity_key("ORG", name, [], None, load())
        for name in ("Банк России", "ЦБ РФ", "Центральный банк РФ", "Центробанк", "ЦБ")
    }
    assert len(keys) == 1
    assert entity_key("ORG", "Минфин Украины", [], None, load()) != entity_key(
        "ORG", "Минфин", [], None, load()
    )


def test_an_unknown_compound_joins_the_one_organisation_it_abbreviates():
    names = {
        ("ORG", "мосгоризбирком"): "Мосгоризбирком",
        (
            "ORG",
            "московская городская избирательная комиссия",
        ): "Московская городская избирательная комиссия",
        ("ORG", "московская городская дума"): "Московская городская дума",
    }
    links = link_keys(names, {})
    roots = {key: links.find(key) for key in names}
    assert (
        roots[("ORG", "мосгоризбирком")]
        == roots[("ORG", "московская городская избирательная комиссия")]
    )
    assert roots[("ORG", "московская городская дума")] != roots[("ORG", "мосгоризбирком")]
