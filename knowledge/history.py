"""A product's tariff as a dated history, and its state on any day.

The base stores one fact per rate measure (who set which rate on what, on which legal
basis, with what status, from when to when). Questions ask about a product at a time
("the car tariff now", "in September 2025", "before the deal"), so the measures are put
in order here once, and every answer and chart reads the same history.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from knowledge.factbase import FactBase, RateFact, Source
from knowledge.schema import RATE_ENDED, RATE_NOT_IN_FORCE
from values.dates import Day

ALL_GOODS = "korean-imports"
# Every status a rate period may have, in the order charts and legends list them.
STATUSES = (
    "in_effect",
    "agreed",
    "announced",
    "threatened",
    "proposed",
    "planned",
    "scheduled",
    "struck_down",
    "expired",
    "paused",
    "under_investigation",
)


@dataclass(frozen=True)
class RatePeriod:
    """One measure on one product: in force from `start` to `end`, or only threatened,
    announced or agreed (then `start` is the day it was said)."""

    product: str
    rate: Decimal
    status: str
    basis: str | None
    start: Day | None
    end: Day | None
    fact_id: str
    source: Source
    seen: Day | None = None  # no known start: reported in force on this day

    @property
    def collected(self) -> bool:
        """Was it ever in force (collected at the border)?"""
        return self.status not in RATE_NOT_IN_FORCE


@dataclass
class RateState:
    """What applied to one product on one day, and what was pending then."""

    product: str
    day: Day
    in_force: list[RatePeriod] = field(default_factory=list)
    pending: list[RatePeriod] = field(default_factory=list)
    ended: list[RatePeriod] = field(default_factory=list)  # stopped on or before `day`


def day_key(day: Day | None) -> tuple[int, int, int]:
    """A day's sort key; no day sorts first."""
    return day.sort_key if day else (0, 0, 0)


def day_end(day: Day) -> tuple[int, int, int]:
    """The last possible day a partial date can mean: "September 2025" is all of it."""
    return (day.year, day.month or 12, day.day or 31)


def period_of(fact: RateFact, base: FactBase | None = None) -> RatePeriod:
    """The period a rate fact tells. A report that a rate is in force without saying since
    when gives no start, only the day it was seen; a report that a rate ended may leave its
    start to the earlier report it supersedes."""
    rate = fact.reported_rate()
    status = fact.status or "in_effect"
    start = fact.effective
    if start is None and base is not None:
        start = next((old.effective for old in base.history(fact) if old.effective), None)
    seen = None
    if start is None:
        if status == "in_effect" or status in RATE_ENDED:
            seen = fact.as_of or fact.date  # the report's day: in force by then
        else:
            start = fact.date
    return RatePeriod(
        fact.product,
        Decimal(rate),
        status,
        fact.basis,
        start,
        fact.ends,
        fact.id,
        fact.source,
        seen=seen,
    )


def _day_before_change(day: Day | None) -> Day | None:
    """The rate a change replaced was in force the day before the change was reported
    (a change dated only to a month or year tells no earlier day)."""
    return day.before() if day and day.day else day


def _when(period: RatePeriod) -> Day | None:
    return period.start or period.seen


def rate_history(base: FactBase, product: str) -> list[RatePeriod]:
    """Every current measure on the product, in date order (undated ones first). A report
    of a change ("from 15% to 25%") also tells the rate before it: in force, start unknown.
    Read once per base and product (handlers ask several times a question); each caller
    gets its own list of the (frozen) periods."""
    kept = base.__dict__.setdefault("_rate_histories", {})
    periods = kept.get(product)
    if periods is None:
        periods = kept[product] = tuple(_rate_history(base, product))
    return list(periods)


def _rate_history(base: FactBase, product: str) -> list[RatePeriod]:
    periods = []
    for fact in base.of_kind("rate"):
        if fact.product != product:
            continue
        periods.append(period_of(fact, base))
        if fact.old_rate is not None and fact.new_rate is not None:
            periods.append(
                RatePeriod(
                    product,
                    Decimal(fact.old_rate),
                    "in_effect",
                    fact.basis,
                    None,
                    None,
                    fact.id,
                    fact.source,
                    seen=_day_before_change(fact.date),
                )
            )
    # On one day, a measure that stopped (a paused rate) goes before the one that replaced it.
    return sorted(periods, key=lambda p: (day_key(_when(p)), p.status not in RATE_ENDED, p.fact_id))


def products_with_history(base: FactBase) -> list[str]:
    seen = dict.fromkeys(f.product for f in base.of_kind("rate"))
    return [p for p in base.vocabulary.products if p in seen]


def _slots(collected: list[RatePeriod]) -> dict[str | None, RatePeriod]:
    """One rate per legal basis at a time, the latest to start; a report that names no
    basis stands for whichever measure it reports, so it shares every basis's place."""
    slots: dict[str | None, RatePeriod] = {}
    for period in collected:  # in date order: a later measure replaces an earlier
        if period.basis in (None, "none"):
            if any(held.rate == period.rate for held in slots.values()):
                continue  # a later report of the measure already in place
            slots = {None: period}
        else:
            slots.pop(None, None)
            slots[period.basis] = period
    return slots


def _said_while_collected(said: RatePeriod, collected: list[RatePeriod]) -> bool:
    """A rate said while that very rate was collected (Lutnick's 15% for cars on December
    1, 2025, in force retroactively from November 1): not pending."""
    if said.start is None or all(c.rate != said.rate for c in collected):
        return False
    day = day_key(said.start)
    then = _slots([c for c in collected if day_key(_when(c)) <= day]).values()
    return any(
        p.rate == said.rate and not (p.end is not None and day_key(p.end) < day) for p in then
    )


def state_on(base: FactBase, product: str, day: Day) -> RateState:
    """The measures in force on `day` (the newest per legal basis), and those said by
    then but not in force: threats, announcements and agreements not yet carried out.
    On the newest report's day (what "now" asks, and every product for "which goods
    face 25%?") read once per base and product; each caller gets its own lists."""
    if day != base.as_of:
        return _state_on(base, product, day)
    held = base.__dict__.setdefault("_states_now", {})
    now = held.get(product)
    if now is None:
        now = held[product] = _state_on(base, product, day)
    return RateState(product, day, list(now.in_force), list(now.pending), list(now.ended))


def _state_on(base: FactBase, product: str, day: Day) -> RateState:
    history = rate_history(base, product)
    state = RateState(product, day)
    asked = day_end(day)
    collected = [p for p in history if p.collected and _when(p) and day_key(_when(p)) <= asked]
    slots = _slots(collected)
    for period in slots.values():
        if period.end is not None and day_key(period.end) <= asked and period.status in RATE_ENDED:
            state.ended.append(period)
        else:
            state.in_force.append(period)
    for period in history:
        if period.collected or not period.start or day_key(period.start) > asked:
            continue
        # Said, not in force: pending until a measure of that rate is in force, or any
        # measure on the product took effect after it was said.
        overtaken = any(
            (c.rate == period.rate and day_key(_when(c)) >= day_key(period.start))
            or (c.start is not None and day_key(c.start) >= day_key(period.start))
            for c in collected
        ) or _said_while_collected(period, collected)
        if not overtaken:
            state.pending.append(period)
    state.in_force.sort(key=lambda p: day_key(p.start))
    state.pending.sort(key=lambda p: day_key(p.start))
    return state
