"""What a chart plots, as plain data: the steps of each product's rate history and the
pledge's parts, with the style each status gets and the text that stands in for the image.

Kept apart from the drawing (charts/render.py) so the tests can check every plotted point
against the fact base without decoding pixels, and so the Discord embed can list the same
points for readers who cannot see images.
"""

from __future__ import annotations

import datetime as _dt
import math
from dataclasses import dataclass
from decimal import Decimal

import phrasebook
from knowledge.factbase import F, FactBase, PledgeFact, Source
from knowledge.history import RatePeriod, products_with_history, rate_history
from knowledge.schema import RATE_NOT_IN_FORCE
from values.dates import Day
from values.money import format_rate

ALL = "all"
PLEDGE = "pledge"


@dataclass(frozen=True)
class Style:
    """How one status is drawn. `dash` is an on/off pattern in line widths (None: solid),
    so the table stays renderer-neutral."""

    dash: tuple[float, ...] | None
    actual: bool  # was or is in force: part of the product's main line
    end_marker: str | None  # drawn where the period ended (struck down, expired)
    status: str  # its legend label is the phrasebook's `charts.status[status]`

    def label(self, lang: str) -> str:
        words = phrasebook.of(lang).charts
        return words.status.get(self.status, words.status_unknown)


STYLES: dict[str, Style] = {
    "in_effect": Style(None, True, None, "in_effect"),
    "struck_down": Style(None, True, "X", "struck_down"),
    "expired": Style(None, True, "|", "expired"),
    "paused": Style((1, 1.5), True, None, "paused"),
    "agreed": Style((6, 2, 1, 2), False, None, "agreed"),
    "announced": Style((4, 2), False, None, "announced"),
    "threatened": Style((1, 2), False, None, "threatened"),
    "proposed": Style((4, 2, 1, 2, 1, 2), False, None, "proposed"),
    "planned": Style((8, 3), False, None, "planned"),
    "scheduled": Style((8, 2, 2, 2), False, None, "scheduled"),
    "under_investigation": Style((2, 4), False, None, "under_investigation"),
}
UNKNOWN_STYLE = Style((2, 2), False, None, "")


def style_of(status: str) -> Style:
    return STYLES.get(status, UNKNOWN_STYLE)


def to_date(day: Day) -> _dt.date:
    """A month or a year is placed at its first day: the axis needs a point, the text
    equivalent keeps the source's own precision."""
    return _dt.date(day.year, day.month or 1, day.day or 1)


def day_text(day: Day | None, lang: str) -> str:
    words = phrasebook.of(lang)
    if day is None:
        return words.charts.undated
    return words.date(day, weekday=False)


def when(period: RatePeriod) -> Day | None:
    """Where a period is placed: its start, or, when the sources give none, the day it
    was reported in force (`seen`)."""
    return period.start or period.seen


def start_text(period: RatePeriod, lang: str) -> str:
    """The period's start as the sources give it: a date, "by" the day it was reported
    in force, or undated."""
    if period.start is None and period.seen is not None:
        seen = day_text(period.seen, lang)
        return phrasebook.of(lang).charts.seen_by(seen)
    return day_text(period.start, lang)


@dataclass(frozen=True)
class Step:
    """One period as drawn: a horizontal run from x0 to x1 at the period's rate."""

    period: RatePeriod
    style: Style
    x0: _dt.date
    x1: _dt.date
    rise_from: Decimal | None  # the rate it steps from at x0 (a vertical connector)
    open_start: bool  # the sources give no start: drawn from the day it was
    # reported in force (`seen`), or from the left edge
    continues: bool = False  # an open start on the line already at this rate: a later
    # report of the rate in force, no new step

    @property
    def rate(self) -> Decimal:
        return self.period.rate

    @property
    def status(self) -> str:
        return self.period.status


@dataclass(frozen=True)
class Series:
    product: str
    name: str
    steps: tuple[Step, ...]


@dataclass(frozen=True)
class RateChart:
    target: str  # a product id, or ALL
    lang: str
    title: str
    series: tuple[Series, ...]
    left: _dt.date
    right: _dt.date
    as_of: Day | None  # the newest source the plotted periods come from
    sources: tuple[Source, ...]


def product_name(base: FactBase, product: str, lang: str) -> str:
    known = base.vocabulary.products.get(product)
    if known is None:
        return product
    return getattr(known, f"name_{lang}", None) or known.name


def _dated(periods: list[RatePeriod]) -> list[_dt.date]:
    return [to_date(d) for p in periods for d in (p.start, p.seen, p.end) if d is not None]


def _frame(periods: list[RatePeriod], as_of: Day | None) -> tuple[_dt.date, _dt.date, _dt.date]:
    """(left edge, horizon, right edge): the horizon is as far as anything is known."""
    dates = _dated(periods) + ([to_date(as_of)] if as_of else [])
    if not dates:
        today = _dt.date.today()
        dates = [today]
    first, horizon = min(dates), max(dates)
    span = max((horizon - first).days, 30)
    left = first - _dt.timedelta(days=max(round(span * 0.2), 60))
    right = horizon + _dt.timedelta(days=max(round(span * 0.08), 20))
    return left, horizon, right


def _overtaken(period: RatePeriod, history: list[RatePeriod]) -> _dt.date | None:
    """When a measure only said (threatened, announced, agreed) stops being pending, as
    knowledge.history.state_on reads it: a measure of its rate in force from its start
    on, or any measure taking effect on or after the day it was said."""
    said = period.start
    if said is None:
        return None
    days = [
        to_date(placed)
        for c in history
        if c.status not in RATE_NOT_IN_FORCE
        and (placed := when(c)) is not None
        and (
            (c.rate == period.rate and placed.sort_key >= said.sort_key)
            or (c.start is not None and c.start.sort_key >= said.sort_key)
        )
    ]
    return min(days, default=None)


def _steps(history: list[RatePeriod], left: _dt.date, right: _dt.date) -> tuple[Step, ...]:
    """Periods in force form the product's line, each running to its end or to the next
    one in force; the others branch off it from the day they were said to their end, the
    next branch, or the day a measure in force overtook them, so an announced hike never
    hides the rate still in effect. A period with no start but a `seen` day starts there;
    one with no end and nothing after it runs to the right edge: in force, or pending, as
    far as the sources know."""
    steps: list[Step] = []
    for index, period in enumerate(history):
        style = style_of(period.status)
        placed = when(period)
        x0 = to_date(placed) if placed else left
        later = [
            to_date(other)
            for p in history[index + 1 :]
            if (other := when(p))
            and style_of(p.status).actual == style.actual
            and to_date(other) > x0
        ]
        if not style.actual:
            overtaken = _overtaken(period, history)
            if overtaken is not None and overtaken > x0:
                later.append(overtaken)
        x1 = to_date(period.end) if period.end else min(later, default=right)
        x1 = max(x1, x0)
        in_force = [s for s in steps if s.style.actual and s.x0 <= x0 <= s.x1]
        rise_from = in_force[-1].rate if in_force else None
        continues = (
            period.start is None
            and style.actual
            and rise_from == period.rate
            and in_force[-1].x0 < x0
        )
        if rise_from == period.rate:
            rise_from = None
        steps.append(Step(period, style, x0, x1, rise_from, period.start is None, continues))
    return tuple(steps)


def rate_chart(base: FactBase, target: str, lang: str = "en") -> RateChart:
    """The steps for one product, or for every product with a history (target ALL)."""
    products = products_with_history(base) if target == ALL else [target]
    histories = {p: rate_history(base, p) for p in products}
    periods = [p for h in histories.values() for p in h]
    sources = tuple(dict.fromkeys(p.source for p in periods))
    as_of = max((s.published for s in sources), key=lambda d: d.sort_key, default=base.as_of)
    left, _, right = _frame(periods, as_of)
    series = tuple(
        Series(p, product_name(base, p, lang), _steps(h, left, right)) for p, h in histories.items()
    )
    words = phrasebook.of(lang).charts
    if target == ALL:
        title = words.title_all
    else:
        title = words.title_product(series[0].name, target == "korean-imports")
    return RateChart(target, lang, title, series, left, right, as_of, sources)


def as_of_text(day: Day | None, lang: str) -> str:
    if day is None:
        return ""
    return phrasebook.of(lang).charts.as_of(day)


def point_line(step: Step, lang: str = "en") -> str:
    """'January 26, 2026 · 25% · announced': one plotted point, as text."""
    period = step.period
    label = step.style.label(lang)
    if step.style is UNKNOWN_STYLE:
        label = period.status
    text = f"{start_text(period, lang)} · {format_rate(period.rate)} · {label}"
    if period.end:
        text += phrasebook.of(lang).charts.until(day_text(period.end, lang))
    return text


def points_text(chart: RateChart) -> list[tuple[str, list[str]]]:
    """(series name, its points as lines): the chart's text equivalent."""
    return [(s.name, [point_line(step, chart.lang) for step in s.steps]) for s in chart.series]


# ----- the pledge -------------------------------------------------------------------------

PART_LABELS = ("cash", "shipbuilding")  # labelled by the phrasebook's `charts.pledge_part`


@dataclass(frozen=True)
class PledgePart:
    fact_id: str
    label: str
    amount: Decimal
    cap_per_year: Decimal | None

    @property
    def years_at_cap(self) -> int | None:
        """The fewest whole years the part takes at its yearly cap."""
        return math.ceil(self.amount / self.cap_per_year) if self.cap_per_year else None


@dataclass(frozen=True)
class PledgeChart:
    lang: str
    title: str
    fact_id: str
    total: Decimal
    parts: tuple[PledgePart, ...]
    as_of: Day | None
    sources: tuple[Source, ...]


def _part_label(part: PledgeFact, whole: PledgeFact, lang: str) -> str:
    """The keyword that sets the part apart from the whole ("cash", "shipbuilding")."""
    own = [k for k in part.keywords if k not in set(whole.keywords)]
    for keyword in own:
        if keyword in PART_LABELS:
            return phrasebook.of(lang).charts.pledge_part[keyword]
    return (own[0] if own else part.id).capitalize()


def _parts(
    whole: PledgeFact, pledges: list[PledgeFact], lang: str
) -> list[tuple[str, list[PledgeFact]]]:
    """The whole's parts as (label, the facts reporting it). Many reports name the same
    part ("$200 billion in cash", "the $200 billion MOU package"): reports with the same
    label are one part, and one without a known label joins the part of its amount. A
    report of the yearly cap alone (its amount is its cap) and one with no amount are
    not parts, nor is one as large as the whole."""
    total = whole.amount
    facts = [
        p
        for p in pledges
        if p.part_of == whole.id
        and p.amount is not None
        and p.amount != p.cap_per_year
        and (total is None or p.amount < total)
    ]
    known = {b.charts.pledge_part[k] for b in phrasebook.BOOKS.values() for k in PART_LABELS}
    groups: dict[str, list[PledgeFact]] = {}
    unlabelled = []
    for fact in facts:
        label = _part_label(fact, whole, lang)
        if label in known:
            groups.setdefault(label, []).append(fact)
        else:
            unlabelled.append((label, fact))
    for label, fact in unlabelled:
        same = next((g for g in groups.values() if g[0].amount == fact.amount), None)
        if same is not None:
            same.append(fact)
        else:
            groups.setdefault(label, []).append(fact)
    return list(groups.items())


def _newest(facts: list[F]) -> F:
    return max(facts, key=lambda f: (f.as_of or f.source.published).sort_key)


def pledge_chart(base: FactBase, lang: str = "en") -> PledgeChart:
    """The whole pledge and its parts, amounts as the pledge facts state them (the newest
    report of each part; the cap from any report of the part that gives one), largest
    part first."""
    pledges = base.of_kind("pledge")
    wholes = [f for f in pledges if not f.part_of and f.amount is not None]
    if not wholes:
        raise LookupError("the fact base has no pledge")
    whole = max(wholes, key=lambda f: sum(p.part_of == f.id for p in pledges))
    total = whole.amount
    if total is None:  # never: wholes keeps the facts with an amount
        raise LookupError("the fact base has no pledge amount")
    groups = _parts(whole, pledges, lang)
    parts = []
    for label, reports in groups:
        newest = _newest(reports)
        capped = [r for r in reports if r.cap_per_year]
        cap = _newest(capped).cap_per_year if capped else None
        if newest.amount is not None:  # always: _parts keeps the reports with an amount
            parts.append(PledgePart(newest.id, label, newest.amount, cap))
    parts.sort(key=lambda p: p.amount, reverse=True)
    facts = [whole] + [r for _, reports in groups for r in reports]
    sources = tuple(dict.fromkeys(f.source for f in facts))
    as_of = max((f.as_of or f.source.published for f in facts), key=lambda d: d.sort_key)
    title = phrasebook.of(lang).charts.pledge_title(money_text(total, lang))
    return PledgeChart(lang, title, whole.id, total, tuple(parts), as_of, sources)


def money_text(value: Decimal, lang: str) -> str:
    return phrasebook.of(lang).charts.money(value)


def pledge_lines(chart: PledgeChart) -> list[str]:
    """The pledge chart's text equivalent."""
    words = phrasebook.of(chart.lang).charts
    lines = [f"{words.total}: {money_text(chart.total, chart.lang)}"]
    for part in chart.parts:
        line = f"{part.label}: {money_text(part.amount, chart.lang)}"
        if part.cap_per_year:
            cap = money_text(part.cap_per_year, chart.lang)
            line += words.cap_line(cap, part.years_at_cap)
        lines.append(line)
    return lines


def targets(base: FactBase) -> list[str]:
    """What can be charted: each product with a rate history, all of them, the pledge."""
    found = products_with_history(base) + [ALL]
    return found + ([PLEDGE] if base.of_kind("pledge") else [])


def resolve_target(base: FactBase, text: str) -> str | None:
    """A target from an id, a product's name or an alias, in English or Korean; people
    type "cars" or "자동차" as readily as "autos"."""
    key = " ".join(str(text).split()).casefold()
    known = targets(base)
    if key in known:
        return key
    books = phrasebook.BOOKS.values()
    if any(key in book.charts.all_words for book in books):
        return ALL
    if any(key in book.charts.pledge_words for book in books):
        return PLEDGE if PLEDGE in known else None
    for product_id, product in base.vocabulary.products.items():
        names = [product.name, product.name_ko or "", *product.aliases]  # + aliases_ko
        if product_id in known and key in (n.casefold() for n in names if n):
            return product_id
    return None
