"""The lookahead parser finds exactly what yargy's own parser finds, only faster."""

import json
from pathlib import Path

import pytest
from yargy import Parser, or_, rule
from yargy.pipelines import morph_pipeline
from yargy.predicates import caseless, gram
from yargy.predicates import type as token_type
from yargy.tokenizer import MorphTokenizer

from nlp_extract.grammars.lookahead import LookaheadParser, analyzer, morph_parser

DATES_DEV = Path(__file__).parent.parent / "data" / "dates_dev.jsonl"


def matches(parser, text):
    return [(match.span, match.fact.as_json) for match in parser.findall(text)]


def spans(parser, text):
    return [match.span for match in parser.findall(text)]


def test_date_grammar_parses_every_dev_sentence_as_yargy_does(extractor):
    from nlp_extract.grammars.date import DATE

    plain = Parser(DATE, tokenizer=extractor.dates.parser.tokenizer)
    fast = extractor.dates.parser
    assert isinstance(fast, LookaheadParser)
    texts = [json.loads(line)["text"] for line in DATES_DEV.open(encoding="utf-8")]
    found = 0
    for text in texts:
        expected = matches(plain, text)
        assert matches(fast, text) == expected, text
        found += len(expected)
    assert found > 150  # the comparison saw real dates, not empty parses


@pytest.mark.parametrize(
    "text",
    [
        "Иван Петрович Сидоров",
        "Сидоров И. П.",
        "Анна Каренина и Лев Толстой",
        "президент Шавкат Мирзиёев",
        "министр Сергей Лавров встретился с Ваном И",
        "А. С. Пушкин, Пушкин Александр Сергеевич",
    ],
)
def test_name_grammar_parses_as_yargy_does(extractor, text):
    from natasha.grammars.name import NAME

    plain = Parser(NAME, tokenizer=extractor.names.parser.tokenizer)
    expected = spans(plain, text)
    assert expected  # every text holds a name
    assert spans(extractor.names.parser, text) == expected


def test_optional_and_recursive_rules_keep_their_matches(extractor):
    """Rules that can match nothing, and rules that start with themselves, are the
    cases where looking one word ahead could wrongly prune a production."""
    number = token_type("INT")
    unit = morph_pipeline(["рубль", "доллар"])
    amount = rule(number, unit)
    listing = or_(amount, rule(amount, caseless("и"), amount))
    optional_lead = rule(gram("PREP").optional(), gram("ADJF").optional(), listing)
    grammar = or_(optional_lead, rule(caseless("около"), optional_lead))
    texts = [
        "около 5 рублей и 3 долларов",
        "в 12 рублях",
        "новых 7 долларов",
        "и 4 рубля",
        "около",
        "",
    ]
    # both parsers read words with the pipeline's dictionary (yargy's default one is
    # found through pkg_resources, which new Pythons' venvs lack)
    plain = Parser(
        grammar, tokenizer=MorphTokenizer(morph=analyzer(extractor.morphology.dictionary))
    )
    fast = morph_parser(grammar, extractor.morphology.dictionary)
    for text in texts:
        assert spans(fast, text) == spans(plain, text), text
    assert spans(fast, texts[0]) == [(0, 27)]
