"""Understanding a question: entities, what is asked, typos, and words the base lacks."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "question, product",
    [
        ("tariff on korean cars", "autos"),
        ("vehicles from korea", "autos"),
        ("automobiles", "autos"),
        ("korean timber", "lumber"),
        ("wood duty", "lumber"),
        ("pharma tariff", "pharmaceuticals"),
        ("drugs", "pharmaceuticals"),
        ("medicines from seoul", "pharmaceuticals"),
        ("korean lumbr", "lumber"),
        ("korean automobles", "autos"),
    ],
)
def test_products_and_their_aliases(engine, question, product):
    assert engine.parse(question).products == [product]


@pytest.mark.parametrize(
    "question, person",
    [
        ("who is lutnick", "howard-lutnick"),
        ("Lutnik?", "howard-lutnick"),
        ("the commerce secretary", "howard-lutnick"),
        ("Kim Jung-kwan", "kim-jung-kwan"),
        ("minister Kim", "kim-jung-kwan"),
        ("energy secretary", "chris-wright"),
        ("what did trump do", "donald-trump"),
    ],
)
def test_people_by_name_surname_title_and_typo(engine, question, person):
    assert person in engine.parse(question).people


@pytest.mark.parametrize(
    "question, asked",
    [
        ("Who met Kim?", "who"),
        ("When did Trump announce it?", "when"),
        ("Where were the talks?", "where"),
        ("Why did Trump raise tariffs?", "why"),
        ("How much is the pledge?", "how_much"),
        ("What rate applies to lumber?", "rate"),
        ("Which products face the hike?", "which"),
        ("Did they reach a deal?", "yesno"),
        ("What did Kim say?", "say"),
        ("What is your source?", "source"),
        ("How many years at the cap?", "years"),
        ("What share is shipbuilding?", "share"),
        ("By what percent did it rise?", "percent_change"),
    ],
)
def test_what_is_asked(engine, question, asked):
    assert asked in engine.parse(question).asks


def test_typos_are_corrected_only_when_not_real_words(engine):
    q = engine.parse("whats the tarrif on korean lumbr")
    assert q.fuzzy == {"tarrif": "tariff", "lumbr": "lumber"}
    world = engine.parse("Who won the 2022 World Cup?")
    assert "world" in world.unknown  # a real word, not a typo of "word"
    assert not world.topic_concepts


def test_unknown_words_are_kept(engine):
    assert set(engine.parse("What's the tariff on Korean kimchi?").unknown) == {"kimchi"}
    assert not engine.parse("What's the tariff on Korean steel?").unknown  # in the base now
    assert engine.parse("What's the price of Bitcoin?").unknown == ["price", "bitcoin"]


def test_foreign_countries_are_named(engine):
    assert engine.parse("tariff on Japanese cars").foreign == ["Japan"]
    assert engine.parse("did the EU reach a deal").foreign == ["the EU"]


def test_rates_years_and_dates(engine):
    q = engine.parse("cash after 3 years, from 15% to 25 percent, on Thursday in January")
    assert [str(r) for r in q.rates] == ["15", "25"]
    assert q.years == 3
    assert q.weekdays == ["thursday"] and q.months == [1]


def test_amount_digits_are_not_read_as_rates_or_words(engine):
    q = engine.parse("duty on $30,000 of cars at 25%")
    assert [str(a) for a in q.amounts] == ["30000"]
    assert [str(r) for r in q.rates] == ["25"]
    assert not q.unknown


def test_long_input_is_cut_before_matching(engine):
    q = engine.parse("tariff on cars " + "blah " * 50_000)
    assert q.truncated and len(q.text) <= 500


def test_where_goods_come_from(engine):
    assert engine.parse("tariff on US cars in Korea").origins == ["US"]
    assert engine.parse("tariff on Korean cars").origins == ["KR"]
    assert engine.parse("tariff on cars").origins == []
