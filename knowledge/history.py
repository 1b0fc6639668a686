"""A product's tariff rate as a dated history: the interface the charts are drawn from.

The fact base is being redesigned so that a rate is a dated history per product; this
module is the seam. Charts (and anything else that needs "the rate over time") code
against `RatePeriod`, `rate_history` and `products_with_history` only, so the redesign
replaces the implementation below and keeps these signatures.

Provisional implementation, from today's `rate` facts: `rate` (or `new_rate`) from
`effective` (or the fact's date) to `ends`; a fact giving `old_rate` and `new_rate` also
yields the old rate as an earlier period in effect, whose start the source does not give.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from engine.dates import Day
from knowledge.factbase import Fact, FactBase, Source

# Every status a period may carry; the charts give each its own style.
STATUSES = ("in_effect", "agreed", "announced", "threatened", "proposed", "planned",
            "scheduled", "struck_down", "expired", "paused", "under_investigation")


@dataclass(frozen=True)
class RatePeriod:
    """One rate of one product over one stretch of time, with the fact that says so."""
    product: str
    rate: Decimal
    status: str
    basis: str | None           # the legal basis or measure type, when the source gives it
    start: Day | None           # None: earlier than the sources can date
    end: Day | None             # None: open (still so as of the source)
    fact_id: str
    source: Source


def _day(value: object) -> Day | None:
    """Fields the redesign adds may arrive as text before the loader knows them."""
    if value is None or isinstance(value, Day):
        return value
    return Day.parse(value)


def _periods(fact: Fact) -> list[RatePeriod]:
    rate = fact.get("rate")
    if rate is None:
        rate = fact.get("new_rate")
    start = _day(fact.get("effective")) or fact.date
    common = {"product": fact.get("product"), "basis": fact.get("basis"),
              "fact_id": fact.id, "source": fact.source}
    periods = []
    if fact.get("old_rate") is not None and fact.get("new_rate") is not None:
        periods.append(RatePeriod(rate=Decimal(fact.get("old_rate")), status="in_effect",
                                  start=None, end=None, **common))
    periods.append(RatePeriod(rate=Decimal(rate), status=fact.status or "in_effect",
                              start=start, end=_day(fact.get("ends")), **common))
    return periods


def _order(period: RatePeriod) -> tuple[int, tuple[int, int, int]]:
    """Undated periods first: the source only says they came before."""
    return (0, (0, 0, 0)) if period.start is None else (1, period.start.sort_key)


def rate_history(base: FactBase, product: str) -> list[RatePeriod]:
    """The product's rate periods, ordered by start (undated first; ties keep fact order)."""
    periods = [p for fact in base.of_kind("rate") if fact.get("product") == product
               for p in _periods(fact)]
    return sorted(periods, key=_order)


def products_with_history(base: FactBase) -> list[str]:
    """Products that have at least one rate period, in the vocabulary's order."""
    rated = {fact.get("product") for fact in base.of_kind("rate")}
    known = [p for p in base.vocabulary.products if p in rated]
    return known + sorted(rated - set(known))
