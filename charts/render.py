"""PNG charts of the rate history and the pledge, drawn with matplotlib (Agg).

matplotlib was chosen by measurement over vl-convert-python (README, "Charts"): it keeps
the Discord bot's event loop free while a chart renders in a worker thread, where
vl-convert holds the GIL for the whole chart. Importing this module imports matplotlib
(about 0.6 s), so nothing outside the chart path imports it: `bot.py ask` never pays.

Every piece of text is drawn in the shipped NanumGothic (charts/fonts/, OFL) by file
path, so Hangul renders on a machine with no Korean system font, and with mathtext off,
so "$200 billion" stays dollars.
"""

from __future__ import annotations

import datetime as _dt
import io
import threading
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Literal

import matplotlib
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.lines import Line2D

import phrasebook
from charts.series import (
    ALL,
    PledgeChart,
    RateChart,
    Style,
    as_of_text,
    money_text,
    pledge_chart,
    rate_chart,
    to_date,
)
from knowledge.factbase import FactBase, Source
from values.money import format_rate

# The axes take datetime.date x values and Decimal rates through matplotlib's unit
# converters (matplotlib.dates, matplotlib.units.DecimalConverter); its type stubs list
# only numbers and arrays, so the calls passing them carry `type: ignore[arg-type]`.
FONT = Path(__file__).resolve().parent / "fonts" / "NanumGothic.ttf"
WIDTH, HEIGHT, DPI = 1000, 560, 100  # 16:9-ish, what Discord shows without cropping
DASH_UNIT = 2.5  # points per unit of a Style's dash pattern
COLORS = (
    "#0072B2",
    "#D55E00",
    "#009E73",
    "#CC79A7",
    "#E69F00",
    "#56B4E9",
    "#000000",
    "#8C564B",
    "#7F7F7F",
    "#BCBD22",
    "#17BECF",
    "#9467BD",
    "#E41A1C",
    "#4DAF4A",
)
FEW = 3  # up to this many series: nested bands, rate labels
SOURCE_CHARS = 150  # the source line under a chart, at most
INK, GREY = "#222222", "#777777"

# Mathtext would read "$200 billion ... $150 billion" as a formula. Set once here, on the
# chart path only, rather than in an rc_context that two threads could interleave.
matplotlib.rcParams["text.parse_math"] = False
matplotlib.rcParams["axes.unicode_minus"] = False
# pyplot's global figure registry is never used: one Figure per chart, rendered and
# dropped; the lock keeps matplotlib's shared caches single-threaded.
_LOCK = threading.Lock()


@cache
def font(size: float = 10, weight: str = "normal") -> FontProperties:
    """The shipped font by file path: no system font is looked up."""
    return FontProperties(fname=str(FONT), size=size, weight=weight)


def linestyle(style: Style, width: float) -> Literal["-"] | tuple[float, tuple[float, ...]]:
    """A Style's dash pattern for a line `width` points wide; matplotlib scales dashes
    by the width, so dividing keeps every line's dashes the same length."""
    if style.dash is None:
        return "-"
    return (0, tuple(part * DASH_UNIT / width for part in style.dash))


def png(figure: Figure) -> bytes:
    out = io.BytesIO()
    FigureCanvasAgg(figure).print_png(out)
    return out.getvalue()


def render_product(base: FactBase, product: str, lang: str = "en") -> bytes:
    """One product's rate history as a PNG."""
    with _LOCK:
        return png(draw_rates(rate_chart(base, product, lang)))


def render_all(base: FactBase, lang: str = "en") -> bytes:
    """Every product with a rate history, on one chart, as a PNG."""
    with _LOCK:
        return png(draw_rates(rate_chart(base, ALL, lang)))


def render_pledge(base: FactBase, lang: str = "en") -> bytes:
    """The pledge and its parts (with the cash part's yearly cap) as a PNG."""
    with _LOCK:
        return png(draw_pledge(pledge_chart(base, lang)))


def render(base: FactBase, target: str, lang: str = "en") -> bytes:
    """A product id, ALL ("all") or "pledge"."""
    if target == "pledge":
        return render_pledge(base, lang)
    if target == ALL:
        return render_all(base, lang)
    return render_product(base, target, lang)


# ----- drawing ---------------------------------------------------------------------------


def _figure() -> Figure:
    figure = Figure(figsize=(WIDTH / DPI, HEIGHT / DPI), dpi=DPI)
    figure.patch.set_facecolor("white")
    return figure


def _month_ticks(left: _dt.date, right: _dt.date) -> list[_dt.date]:
    """First days of months, evenly spaced (every 1, 2, 3, 6 months or 1, 2, 5 years),
    at most eight of them."""
    months = (right.year - left.year) * 12 + right.month - left.month + 1
    every = next((n for n in (1, 2, 3, 6, 12, 24, 60) if months / n <= 8), 120)
    ticks, year, month = [], left.year, left.month
    while (year, month) <= (right.year, right.month):
        day = _dt.date(year, month, 1)
        if left <= day <= right and (year * 12 + month - 1) % every == 0:
            ticks.append(day)
        month += 1
        if month > 12:
            year, month = year + 1, 1
    return ticks


def _month_label(day: _dt.date, lang: str, yearly: bool) -> str:
    return phrasebook.of(lang).charts.month(day, yearly)


def _rate_top(chart: RateChart) -> tuple[int, int]:
    highest = max((s.rate for series in chart.series for s in series.steps), default=Decimal(0))
    step = 5 if highest <= 35 else 10 if highest <= 70 else 25
    top = int(highest * Decimal("1.25") / step + 1) * step
    return max(top, 10), step


def _source_text(sources: tuple[Source, ...], lang: str) -> str:
    """One line under the chart: each source with its date, or, when they would not fit,
    the publishers (newest first) and how many more; the text equivalent lists them all."""
    words = phrasebook.of(lang)
    label = words.charts.source_label(len(sources))
    cited = "; ".join(f"{s.publisher}, " + words.date(s.published, False) for s in sources)
    if len(cited) <= SOURCE_CHARS:
        return f"{label}: {cited}" if cited else ""
    newest = sorted(sources, key=lambda s: s.published.sort_key, reverse=True)
    names = list(dict.fromkeys(s.publisher for s in newest))
    shown: list[str] = []
    for name in names:
        if shown and len(", ".join(shown + [name])) > SOURCE_CHARS - 30:
            break
        shown.append(name)
    rest = len(names) - len(shown)
    more = words.charts.more_publishers(rest) if rest else ""
    return f"{label}: {', '.join(shown)}{more}"


def _frame_text(figure: Figure, title: str, as_of: str, source: str) -> None:
    figure.text(0.012, 0.965, title, fontproperties=font(15, "bold"), color=INK, va="top")
    figure.text(0.988, 0.965, as_of, fontproperties=font(10), color=GREY, va="top", ha="right")
    figure.text(0.012, 0.022, source, fontproperties=font(8.5), color=GREY)


def draw_rates(chart: RateChart) -> Figure:
    """The step chart: solid where in force, dashed (each status its own pattern) where
    only agreed, announced or threatened; a marker where a measure was struck down or
    expired; a dotted rule at the as-of date."""
    lang = chart.lang
    figure = _figure()
    many = len(chart.series) > 1
    crowded = len(chart.series) > FEW
    # A crowded chart keeps its legend beside the plot, clear of the lines.
    axes = figure.add_axes((0.075, 0.12, 0.66 if crowded else 0.9, 0.72))
    labelled: list[tuple[_dt.date, Decimal]] = []
    near = max((chart.right - chart.left).days * 0.1, 1)
    statuses: dict[str, Style] = {}
    for rank, series in enumerate(chart.series):
        color = COLORS[rank % len(COLORS)]
        # Earlier series are drawn thicker below: identical histories show as nested bands.
        below = len(chart.series) - 1 - rank
        width = (2.0 + 0.45 * below if crowded else 2.5 + 2.2 * below) if many else 3.0
        for index, step in enumerate(series.steps):
            statuses.setdefault(step.status, step.style)
            dashes = linestyle(step.style, width)
            axes.plot(
                [step.x0, step.x1],  # type: ignore[arg-type]  # units (top of file)
                [step.rate, step.rate],  # type: ignore[arg-type]  # units (top of file)
                color=color,
                linewidth=width,
                linestyle=dashes,
                solid_capstyle="butt",
                dash_capstyle="butt",
                gid=f"step:{series.product}:{index}",
                zorder=3 + rank,
            )
            if step.rise_from is not None:
                axes.plot(
                    [step.x0, step.x0],  # type: ignore[arg-type]  # units (top of file)
                    [step.rise_from, step.rate],  # type: ignore[arg-type]  # units (top of file)
                    color=color,
                    linewidth=max(width * 0.6, 1.5),
                    linestyle=linestyle(step.style, max(width * 0.6, 1.5)),
                    gid=f"rise:{series.product}:{index}",
                    zorder=3 + rank,
                )
            if step.continues:
                pass  # a later report of the rate already drawn: no new start
            elif step.open_start:
                axes.plot(
                    [step.x0],  # type: ignore[arg-type]  # units (top of file)
                    [step.rate],  # type: ignore[arg-type]  # units (top of file)
                    marker="<",
                    markersize=7,
                    color=color,
                    linestyle="none",
                    gid=f"open:{series.product}:{index}",
                    zorder=4 + rank,
                )
            else:
                axes.plot(
                    [step.x0],  # type: ignore[arg-type]  # units (top of file)
                    [step.rate],  # type: ignore[arg-type]  # units (top of file)
                    marker="o",
                    markersize=4.5 if crowded else 6,
                    markerfacecolor=color if step.style.actual else "white",
                    markeredgecolor=color,
                    markeredgewidth=1.5,
                    linestyle="none",
                    gid=f"start:{series.product}:{index}",
                    zorder=5 + rank,
                )
            if step.period.end is not None and step.style.end_marker:
                axes.plot(
                    [step.x1],  # type: ignore[arg-type]  # units (top of file)
                    [step.rate],  # type: ignore[arg-type]  # units (top of file)
                    marker=step.style.end_marker,
                    markersize=11,
                    markeredgewidth=2.5,
                    color=INK,
                    linestyle="none",
                    gid=f"end:{series.product}:{index}",
                    zorder=9,
                )
                late = step.x1 > chart.right - (chart.right - chart.left) * 0.15
                axes.annotate(
                    step.style.label(lang),
                    (step.x1, step.rate),
                    xytext=(-8 if late else 6, -14),
                    ha="right" if late else "left",
                    textcoords="offset points",
                    fontproperties=font(9),
                    color=INK,
                    zorder=10,
                )
            # One label per rate and place: none on a continuation, none where the same
            # rate is labelled close by, none on a crowded chart (the axis reads it).
            if (
                crowded
                or step.continues
                or any(rate == step.rate and abs((x - step.x0).days) < near for x, rate in labelled)
            ):
                continue
            labelled.append((step.x0, step.rate))
            axes.annotate(
                format_rate(step.rate),
                (step.x0, step.rate),
                xytext=(4, 6),
                textcoords="offset points",
                fontproperties=font(10, "bold"),
                color=INK,
                zorder=10,
            )
    if chart.as_of is not None:
        axes.axvline(
            to_date(chart.as_of),  # type: ignore[arg-type]  # units (top of file)
            color=GREY,
            linewidth=1,
            linestyle=":",
            gid="as-of",
            zorder=1,
        )
    top, tick = _rate_top(chart)
    axes.set_ylim(0, top)
    ticks = list(range(0, top + 1, tick))
    axes.set_yticks(ticks, [f"{t}%" for t in ticks], fontproperties=font(9.5))
    axes.set_xlim(chart.left, chart.right)  # type: ignore[arg-type]  # units (top of file)
    months = _month_ticks(chart.left, chart.right)
    yearly = len(months) > 1 and all(m.month == 1 for m in months)
    axes.set_xticks(
        months,  # type: ignore[arg-type]  # units (top of file)
        [_month_label(m, lang, yearly) for m in months],
        fontproperties=font(9.5),
    )
    axes.set_ylabel(phrasebook.of(lang).charts.axis_rate, fontproperties=font(10))
    axes.grid(axis="y", color="#e5e5e5", linewidth=0.8)
    axes.set_axisbelow(True)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    _legend(axes, chart, statuses, many, crowded)
    _frame_text(
        figure, chart.title, as_of_text(chart.as_of, lang), _source_text(chart.sources, lang)
    )
    return figure


def _legend(
    axes: Axes, chart: RateChart, statuses: dict[str, Style], many: bool, crowded: bool = False
) -> None:
    lang = chart.lang
    handles, labels = [], []
    if many:
        for rank, series in enumerate(chart.series):
            handles.append(Line2D([], [], color=COLORS[rank % len(COLORS)], linewidth=4))
            labels.append(series.name)
    for style in statuses.values():
        handles.append(
            Line2D(
                [],
                [],
                color=INK,
                linewidth=2,
                linestyle=linestyle(style, 2),
                marker=style.end_marker or None,
            )
        )
        labels.append(style.label(lang))
    if any(s.open_start and not s.continues for series in chart.series for s in series.steps):
        handles.append(Line2D([], [], color=INK, marker="<", linestyle="none"))
        labels.append(phrasebook.of(lang).charts.start_unknown)
    if crowded:
        axes.legend(
            handles,
            labels,
            prop=font(9),
            loc="upper left",
            frameon=False,
            bbox_to_anchor=(1.02, 1.0),
            borderaxespad=0,
        )
    else:
        axes.legend(
            handles,
            labels,
            prop=font(9),
            loc="upper left",
            frameon=False,
            ncols=2 if len(labels) > 4 else 1,
        )


def draw_pledge(chart: PledgeChart) -> Figure:
    """One bar, the whole pledge, split into its parts; a part with a yearly cap is
    divided into cap-sized blocks, one per year at the cap."""
    lang = chart.lang
    figure = _figure()
    axes = figure.add_axes((0.04, 0.14, 0.92, 0.66))
    total = float(chart.total)
    left = 0.0
    for rank, part in enumerate(chart.parts):
        amount = float(part.amount)
        color = COLORS[rank % len(COLORS)]
        axes.barh(
            0,
            amount,
            left=left,
            height=0.5,
            color=color,
            edgecolor="white",
            linewidth=2,
            gid=f"part:{part.fact_id}",
        )
        axes.text(
            left + amount / 2,
            0.04,
            part.label,
            ha="center",
            va="bottom",
            color="white",
            fontproperties=font(14, "bold"),
        )
        axes.text(
            left + amount / 2,
            -0.04,
            money_text(part.amount, lang),
            ha="center",
            va="top",
            color="white",
            fontproperties=font(12),
        )
        if part.cap_per_year:
            cap = float(part.cap_per_year)
            for block in range(1, part.years_at_cap or 0):
                x = left + block * cap
                if x < left + amount:
                    axes.plot(
                        [x, x],
                        [-0.25, -0.13],
                        color="white",
                        linewidth=1.5,
                        gid=f"cap:{part.fact_id}:{block}",
                    )
            cap_text = money_text(part.cap_per_year, lang)
            note = phrasebook.of(lang).charts.cap_note(part.label, cap_text, part.years_at_cap)
            axes.annotate(
                note,
                (left + amount / 2, -0.25),
                xytext=(0, -16),
                textcoords="offset points",
                ha="center",
                va="top",
                fontproperties=font(10.5),
                color=INK,
            )
        left += amount
    if left < total:  # parts the sources do not itemize
        axes.barh(0, total - left, left=left, height=0.5, color="#cccccc", gid="part:rest")
    end = max(total, left)
    axes.annotate(
        "",
        (0, 0.36),
        xytext=(end, 0.36),
        arrowprops={"arrowstyle": "<->", "color": INK, "linewidth": 1.2},
    )
    total_text = f"{phrasebook.of(lang).charts.total} {money_text(chart.total, lang)}"
    axes.text(
        end / 2,
        0.4,
        total_text,
        ha="center",
        va="bottom",
        fontproperties=font(13, "bold"),
        color=INK,
    )
    axes.set_xlim(-end * 0.01, end * 1.01)
    axes.set_ylim(-0.6, 0.6)
    axes.axis("off")
    _frame_text(
        figure, chart.title, as_of_text(chart.as_of, lang), _source_text(chart.sources, lang)
    )
    return figure
