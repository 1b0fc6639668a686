"""Cases the type checker found: values that may be missing, now handled where they are read."""

from __future__ import annotations

from decimal import Decimal

import pytest

from handlers.rate_state import describe_state, now_moment
from knowledge.factbase import FactBase
from knowledge.history import RatePeriod, RateState
from values.dates import Day


def _ended_without_start(base: FactBase) -> RateState:
    """A measure reported in force on one day (no start known), struck down later."""
    fact = base.of_kind("rate")[0]
    period = RatePeriod(
        product="autos",
        rate=Decimal(25),
        status="struck_down",
        basis=None,
        start=None,
        end=Day(2026, 2, 20),
        fact_id=fact.id,
        source=fact.source,
        seen=Day(2025, 9, 1),
    )
    return RateState("autos", Day(2026, 3, 1), ended=[period])


def test_an_ended_measure_with_no_known_start_is_told_without_one(engine):
    base = engine.base
    state = _ended_without_start(base)
    text = describe_state(state, base, now_moment(base), "en")
    assert "The 25% tariff was struck down on February 20, 2026." in text
    assert "None" not in text


def test_an_ended_measure_with_no_known_start_in_korean(engine):
    base = engine.base
    text = describe_state(_ended_without_start(base), base, now_moment(base), "ko")
    assert "25% 관세는 2026년 2월 20일에 무효화되었습니다." in text


def test_a_fact_base_without_a_source_is_refused(engine):
    base = engine.base
    with pytest.raises(ValueError, match="at least one source"):
        FactBase(sources={}, facts={}, vocabulary=base.vocabulary)


def test_a_day_with_a_month_but_no_day_reads_as_the_month():
    assert Day.parse("2025-11") == Day(2025, 11)
    assert Day(2025, 11).text() == "November 2025"
    with pytest.raises(ValueError, match="no such day"):
        Day.parse("2026-02-30")
