"""Amounts as people type them, and money as people read it: exact Decimal throughout."""

from __future__ import annotations

from decimal import Decimal

import pytest

from engine.parse import parse_amounts
from values.money import (
    format_money,
    format_points,
    format_rate,
    format_relative,
    format_share,
    parse_money_text,
)


@pytest.mark.parametrize(
    "text, value",
    [
        ("$30,000", "30000"),
        ("30k", "30000"),
        ("$20k", "20000"),
        ("$2 billion", "2000000000"),
        ("$350bn", "350000000000"),
        ("1.2 billion dollars", "1200000000"),
        ("12000 dollars", "12000"),
        ("$3.5 million", "3500000"),
        ("usd 5,000", "5000"),
        ("US$ 40,000", "40000"),
        ("a $1,234.56 part", "1234.56"),
    ],
)
def test_amount_forms(text, value):
    amounts, problem, _ = parse_amounts(text.lower())
    assert problem is None
    assert amounts == [Decimal(value)]
    assert isinstance(amounts[0], Decimal)


@pytest.mark.parametrize(
    "text, problem",
    [
        ("$0", "zero"),
        ("$-5", "negative"),
        ("-$5", "negative"),
        ("$99999999999999999999999", "too large"),
        ("$20 trillion", "too large"),
        ("$1e309", "not a plain number"),
        ("nan dollars", "not a number"),
        ("∞ dollars", "not a number"),
    ],
)
def test_amounts_refused(text, problem):
    amounts, found, _ = parse_amounts(text)
    assert found == problem
    assert amounts == []


def test_ten_trillion_is_the_last_sane_amount():
    assert parse_amounts("$10 trillion")[0] == [Decimal(10) ** 13]


@pytest.mark.parametrize(
    "value, shown",
    [
        ("3000", "$3,000"),
        ("250000", "$250,000"),
        ("200000000", "$200 million"),
        ("1200000000", "$1.2 billion"),
        ("350000000000", "$350 billion"),
        ("7512.5", "$7,512.50"),
        ("1234567", "$1,234,567"),
        ("0.5", "$0.50"),
    ],
)
def test_format_money(value, shown):
    assert format_money(Decimal(value)) == shown


def test_rates_points_and_relative():
    assert format_rate(Decimal("25")) == "25%"
    assert format_rate(Decimal("12.50")) == "12.5%"
    assert format_points(Decimal(10)) == "10 percentage points"
    assert format_points(Decimal(1)) == "1 percentage point"
    assert format_relative(Decimal(10) / Decimal(15) * 100) == "+66.7%"
    assert format_share(Decimal(150) / Decimal(350) * 100) == "42.9%"


def test_fact_base_money_text():
    assert parse_money_text("$350 billion") == Decimal(350) * 10**9
    assert parse_money_text("$20,000") == Decimal(20000)
    assert parse_money_text("350 billion") is None
    assert parse_money_text("$12 zillion") is None
