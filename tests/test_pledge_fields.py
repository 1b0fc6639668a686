"""The pledge fields the sums compute with are checked like every typed field: profit
shares name known countries and add up to 100; a period of years is a number above 0."""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge import load_base
from tests.test_hostile_factbase import VALID, data, line_of, one_about, refused, write  # noqa: F401

AMOUNT = "    amount: $1 billion\n"


def with_field(line: str) -> str:
    return VALID.replace(AMOUNT, AMOUNT + line + "\n", 1)


def test_the_fields_load_typed(data):  # noqa: F811
    write(
        data,
        with_field(
            "    over_years: 3.5\n"
            "    profits_before_recovery: {US: 50, KR: 50}\n"
            "    profits_after_recovery: {US: 90, KR: 10}"
        ),
    )
    fact = load_base(data).fact("test-pledge")
    assert fact.over_years == Decimal("3.5")
    assert fact.profits_before_recovery == {"US": 50, "KR": 50}
    assert fact.profits_after_recovery == {"US": Decimal(90), "KR": Decimal(10)}


@pytest.mark.parametrize(
    "line, words",
    [
        ("    profits_after_recovery: {US: 90, KR: 20}", ("add up to 110",)),
        ("    profits_after_recovery: {US: 90, JP: 10}", ("'JP' is not one of",)),
        ("    profits_after_recovery: {US: ninety, KR: 10}", ("not a number",)),
        ("    profits_after_recovery: 90", ("mapping of country to percent",)),
        ("    over_years: 0", ("number of years",)),
        ("    over_years: four", ("not a number of years",)),
    ],
)
def test_bad_values_are_refused_with_their_line(data, line, words):  # noqa: F811
    text = with_field(line)
    write(data, text)
    field = line.split(":")[0].strip()
    one_about(refused(data), "zz-attack.yaml", line_of(text, field), field, *words)
