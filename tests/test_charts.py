"""Charts: the plotted data equals the fact base's rate history, in order and styled by
status; the PNGs decode at the promised size; Korean is drawn in the shipped font; and
`bot.py ask` never imports the chart library."""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
import zlib
from decimal import Decimal
from pathlib import Path

import pytest

from charts import series as S
from knowledge import load_base
from knowledge.factbase import FactBase, PledgeFact, Product, RateFact, Source, Vocabulary
from knowledge.history import STATUSES, RatePeriod, products_with_history, rate_history
from values.dates import Day

render = pytest.importorskip("charts.render")  # matplotlib: requirements.txt

ROOT = Path(__file__).resolve().parent.parent
SOURCE = Source("src-a", "Example Wire", "Tariffs over time", Day(2026, 3, 10))
LATER = Source("src-b", "Other Wire", "Later still", Day(2026, 4, 2))


@pytest.fixture(scope="module")
def base() -> FactBase:
    return load_base(ROOT / "knowledge" / "data")


def rate_fact(fact_id: str, product: str, status: str, source: Source = SOURCE, **data):
    date = data.pop("date", None)
    return RateFact(
        fact_id,
        source,
        "synthetic.yaml",
        1,
        product=product,
        **data,
        status=status,
        date=Day.parse(date) if date else None,
    )


def pledge_fact(fact_id: str, billions: int, **data):
    keywords = tuple(data.pop("keywords", ()))
    return PledgeFact(
        fact_id,
        SOURCE,
        "synthetic.yaml",
        1,
        amount=Decimal(billions) * 10**9,
        **data,
        keywords=keywords,
    )


@pytest.fixture(scope="module")
def synthetic() -> FactBase:
    """Every status, explicit `effective`/`ends`, an old_rate/new_rate pair, two sources,
    and a pledge of other amounts than the shipped one."""
    facts = [
        rate_fact(
            "steel-fta",
            "steel",
            "expired",
            rate=Decimal(0),
            date="2012-03-15",
            ends=Day(2018, 3, 23),
        ),
        rate_fact(
            "steel-232",
            "steel",
            "struck_down",
            rate=Decimal(25),
            effective=Day(2018, 3, 23),
            ends=Day(2025, 11, 5),
            date="2018-03-08",
        ),
        rate_fact("steel-paused", "steel", "paused", rate=Decimal(10), date="2025-11"),
        rate_fact(
            "steel-probe",
            "steel",
            "under_investigation",
            rate=Decimal(50),
            date="2026-02-01",
            source=LATER,
        ),
        rate_fact(
            "chips-hike",
            "chips",
            "threatened",
            old_rate=Decimal(10),
            new_rate=Decimal(100),
            date="2026-01-26",
        ),
        rate_fact("chips-deal", "chips", "agreed", rate=Decimal(15), date="2025-07-30"),
    ]
    for offset, status in enumerate(("announced", "proposed", "planned", "scheduled")):
        facts.append(
            rate_fact(
                f"ships-{status}",
                "ships",
                status,
                rate=Decimal(20 + offset),
                date=f"2026-0{offset + 1}-01",
            )
        )
    facts.append(rate_fact("ships-now", "ships", "in_effect", rate=Decimal(5), date="2025"))
    facts += [
        pledge_fact("pledge-all", 500, keywords=("pledge", "total")),
        pledge_fact(
            "pledge-money",
            300,
            part_of="pledge-all",
            cap_per_year=Decimal(25) * 10**9,
            keywords=("pledge", "cash"),
        ),
        pledge_fact("pledge-yards", 200, part_of="pledge-all", keywords=("pledge", "shipbuilding")),
    ]
    products = {
        p: Product(p, p, (p,), name_ko={"steel": "철강"}.get(p))
        for p in ("steel", "chips", "ships")
    }
    vocabulary = Vocabulary({}, products, {}, {}, {})
    return FactBase({SOURCE.id: SOURCE, LATER.id: LATER}, {f.id: f for f in facts}, vocabulary)


# ----- the history interface ----------------------------------------------------------------


def test_history_of_the_shipped_base(base):
    autos = rate_history(base, "autos")
    assert all(isinstance(p, RatePeriod) for p in autos)
    assert all(p.start or p.seen for p in autos), "every shipped period can be placed"
    placed = [(p.start or p.seen).sort_key for p in autos]
    assert placed == sorted(placed)
    # The January 2026 hike (Anadolu Agency): 15% reported in force, no start given, and
    # 25% announced on January 26, 2026.
    hike = [(p.rate, p.status, p.start) for p in autos if p.fact_id == "hike-autos"]
    assert hike == [(Decimal(15), "in_effect", None), (Decimal(25), "announced", Day(2026, 1, 26))]
    assert {p.source.publisher for p in autos if p.fact_id == "hike-autos"} == {"Anadolu Agency"}
    assert (Decimal(15), "in_effect", Day(2025, 11, 1)) in [
        (p.rate, p.status, p.start) for p in autos
    ]
    assert products_with_history(base)[:4] == [
        "autos",
        "lumber",
        "pharmaceuticals",
        "korean-imports",
    ]
    assert "steel" in products_with_history(base)


def test_history_orders_by_start_and_reads_effective_and_ends(synthetic):
    steel = rate_history(synthetic, "steel")
    assert [p.fact_id for p in steel] == ["steel-fta", "steel-232", "steel-paused", "steel-probe"]
    assert steel[1].start == Day(2018, 3, 23) and steel[1].end == Day(2025, 11, 5)
    chips = rate_history(synthetic, "chips")
    assert [(p.rate, p.status, p.start) for p in chips] == [
        (Decimal(15), "agreed", Day(2025, 7, 30)),
        (Decimal(10), "in_effect", None),
        (Decimal(100), "threatened", Day(2026, 1, 26)),
    ]
    assert chips[1].seen is not None, "the rate before the hike: reported in force then"


# ----- the plotted data ---------------------------------------------------------------------


def test_every_status_has_its_own_style():
    assert set(S.STYLES) == set(STATUSES)
    patterns = [style.dash for style in S.STYLES.values() if not style.end_marker]
    assert len(patterns) == len(set(patterns)), (
        "each status without an end marker is told apart by its line"
    )
    assert S.STYLES["in_effect"].dash is None and S.STYLES["in_effect"].actual
    for status in ("agreed", "announced", "threatened", "proposed", "planned", "scheduled"):
        assert S.STYLES[status].dash is not None and not S.STYLES[status].actual
    assert S.STYLES["struck_down"].end_marker and S.STYLES["expired"].end_marker


@pytest.mark.parametrize("product", ["steel", "chips", "ships"])
def test_steps_are_the_history_in_order(synthetic, product):
    chart = S.rate_chart(synthetic, product)
    (series,) = chart.series
    assert [step.period for step in series.steps] == rate_history(synthetic, product)
    for step in series.steps:
        assert step.style == S.STYLES[step.status]
        assert step.x0 <= step.x1
        placed = step.period.start or step.period.seen
        assert step.x0 == (S.to_date(placed) if placed else chart.left)
        assert step.open_start == (step.period.start is None)
        if step.period.end:
            assert step.x1 == S.to_date(step.period.end)


def plotted(figure, prefix: str) -> list:
    (axes,) = [a for a in figure.axes if a.lines]
    return [line for line in axes.lines if (line.get_gid() or "").startswith(prefix)]


def dash_of(line) -> tuple | None:
    """The dash pattern a Line2D was given (None: solid)."""
    if line.get_linestyle() == "-":
        return None
    return tuple(line._unscaled_dash_pattern[1])


@pytest.mark.parametrize("product", ["steel", "chips", "ships"])
def test_the_drawn_lines_are_the_history(synthetic, product):
    chart = S.rate_chart(synthetic, product)
    figure = render.draw_rates(chart)
    lines = plotted(figure, f"step:{product}:")
    history = rate_history(synthetic, product)
    assert len(lines) == len(history)
    import matplotlib.dates as mdates

    for line, period, step in zip(lines, history, chart.series[0].steps):
        assert [Decimal(str(y)) for y in line.get_ydata()] == [period.rate, period.rate]
        x0, x1 = (mdates.num2date(mdates.date2num(x)).date() for x in line.get_xdata())
        assert (x0, x1) == (step.x0, step.x1)
        style = S.STYLES[period.status]
        expected = render.linestyle(style, line.get_linewidth())
        assert dash_of(line) == (None if expected == "-" else tuple(expected[1]))


def test_struck_down_and_expired_are_marked_where_they_ended(synthetic):
    figure = render.draw_rates(S.rate_chart(synthetic, "steel"))
    import matplotlib.dates as mdates

    ends = {line.get_gid(): line for line in plotted(figure, "end:steel:")}
    assert set(ends) == {"end:steel:0", "end:steel:1"}  # expired, struck down
    assert ends["end:steel:0"].get_marker() == S.STYLES["expired"].end_marker
    assert ends["end:steel:1"].get_marker() == S.STYLES["struck_down"].end_marker
    where = mdates.num2date(mdates.date2num(ends["end:steel:1"].get_xdata()[0])).date()
    assert where == S.to_date(Day(2025, 11, 5))
    texts = [t.get_text() for t in figure.findobj(lambda a: hasattr(a, "get_text"))]
    assert "struck down" in texts and "expired" in texts


def test_the_newest_sources_as_of_date_is_on_the_chart(synthetic, base):
    chart = S.rate_chart(synthetic, "steel")
    assert chart.as_of == Day(2026, 4, 2)  # LATER, not the older source
    figure = render.draw_rates(chart)
    assert "As of April 2, 2026 (newest source)" in [t.get_text() for t in figure.texts]
    assert plotted(figure, "as-of")
    ko = render.draw_rates(S.rate_chart(base, "autos", "ko"))
    assert "기준일: 2026년 1월 30일 (최신 출처)" in [t.get_text() for t in ko.texts]


def test_a_period_with_no_start_starts_where_it_was_seen(synthetic):
    chart = S.rate_chart(synthetic, "chips")
    (series,) = chart.series
    before = next(s for s in series.steps if s.period.status == "in_effect")
    assert before.period.start is None and before.period.seen is not None
    assert before.x0 == S.to_date(before.period.seen) > chart.left
    assert before.open_start and not before.continues
    seen = before.period.seen.text(weekday=False)
    assert S.point_line(before) == f"by {seen} · 10% · in effect"
    figure = render.draw_rates(chart)
    assert plotted(figure, "open:chips:")  # the "start not given" marker


def test_a_later_report_of_the_rate_in_force_continues_the_line(base):
    (series,) = S.rate_chart(base, "autos").series
    later = [s for s in series.steps if s.continues]
    assert later and all(s.period.start is None and s.rise_from is None for s in later)
    figure = render.draw_rates(S.rate_chart(base, "autos"))
    for index, step in enumerate(series.steps):
        marks = plotted(figure, f"open:autos:{index}") + plotted(figure, f"start:autos:{index}")
        assert bool(marks) != step.continues


def test_pending_measures_end_where_a_measure_in_force_overtook_them(base):
    (series,) = S.rate_chart(base, "autos").series
    agreed = next(
        s for s in series.steps if s.status == "agreed" and s.period.start == Day(2025, 10, 29)
    )
    assert agreed.x1 == S.to_date(Day(2025, 11, 1))  # 15% in force from then


def test_the_text_equivalent_lists_every_point(base):
    ((name, points),) = S.points_text(S.rate_chart(base, "autos"))
    assert name == "autos"
    assert len(points) == len(rate_history(base, "autos"))
    assert points[0] == "March 26, 2025 · 25% · announced"
    assert "by August 6, 2025 · 25% · in effect" in points
    assert "November 1, 2025 · 15% · in effect" in points
    assert "January 26, 2026 · 25% · announced" in points
    assert not any(p.startswith("earlier (undated)") for p in points), "all are placed"
    ((_, korean),) = S.points_text(S.rate_chart(base, "autos", "ko"))
    assert korean[0] == "2025년 3월 26일 · 25% · 발표"
    assert "2025년 8월 6일 기준 · 25% · 시행 중" in korean
    assert "2026년 1월 26일 · 25% · 발표" in korean


def test_all_products_on_one_chart(base):
    chart = S.rate_chart(base, S.ALL)
    assert [s.product for s in chart.series] == products_with_history(base)
    figure = render.draw_rates(chart)
    for series in chart.series:
        assert len(plotted(figure, f"step:{series.product}:")) == len(series.steps)


# ----- the pledge -----------------------------------------------------------------------------


def test_pledge_amounts_come_from_the_pledge_facts(base, synthetic):
    shipped = S.pledge_chart(base)
    assert shipped.total == Decimal(350) * 10**9
    assert [(p.label, p.amount, p.cap_per_year) for p in shipped.parts] == [
        ("Cash", Decimal(200) * 10**9, Decimal(20) * 10**9),
        ("Shipbuilding", Decimal(150) * 10**9, None),
    ]
    assert (
        S.pledge_lines(shipped)[1]
        == "Cash: $200 billion (capped at $20 billion a year: at least 10 years)"
    )
    other = S.pledge_chart(synthetic)
    assert other.total == Decimal(500) * 10**9
    assert [p.years_at_cap for p in other.parts] == [12, None]  # 300 / 25
    figure = render.draw_pledge(other)
    (axes,) = figure.axes
    bars = {p.get_gid(): p.get_width() for p in axes.patches}
    assert bars == {"part:pledge-money": 300e9, "part:pledge-yards": 200e9}
    assert len([line for line in axes.lines if line.get_gid().startswith("cap:")]) == 11
    texts = [t.get_text() for t in figure.findobj(lambda a: hasattr(a, "get_parse_math"))]
    assert "Total $500 billion" in texts and "$300 billion" in texts


def test_dollar_signs_are_not_mathtext(base):
    figure = render.draw_pledge(S.pledge_chart(base))
    with_dollars = [
        t for t in figure.findobj(lambda a: hasattr(a, "get_parse_math")) if "$" in t.get_text()
    ]
    assert with_dollars and not any(t.get_parse_math() for t in with_dollars)


# ----- the PNG and the font -------------------------------------------------------------------


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from the IHDR chunk, after checking the signature and its CRC."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    length, kind = struct.unpack(">I4s", data[8:16])
    assert kind == b"IHDR" and length == 13
    chunk = data[12 : 16 + length]
    assert struct.unpack(">I", data[16 + length : 20 + length])[0] == zlib.crc32(chunk)
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("target", ["autos", "korean-imports", S.ALL, S.PLEDGE])
@pytest.mark.parametrize("lang", ["en", "ko"])
def test_png_decodes_at_the_expected_size(base, target, lang):
    data = render.render(base, target, lang)
    assert png_size(data) == (render.WIDTH, render.HEIGHT) == (1000, 560)
    from io import BytesIO

    from PIL import Image  # matplotlib requires Pillow

    with Image.open(BytesIO(data)) as image:
        image.load()  # every chunk decompresses
        assert image.size == (1000, 560)
        assert len(image.getcolors(1 << 16) or range(2)) > 1, "not a blank image"


def text_artists(figure) -> list:
    return [
        t
        for t in figure.findobj(
            lambda a: hasattr(a, "get_fontproperties") and hasattr(a, "get_text")
        )
        if t.get_text().strip()
    ]


@pytest.mark.parametrize("target", ["autos", S.ALL, S.PLEDGE])
def test_korean_labels_use_the_shipped_font(base, target):
    font = ROOT / "charts" / "fonts" / "NanumGothic.ttf"
    assert render.FONT == font and font.is_file()
    assert (font.parent / "OFL.txt").read_text().startswith("Copyright (c) 2010, NAVER")
    chart = S.pledge_chart(base, "ko") if target == S.PLEDGE else S.rate_chart(base, target, "ko")
    figure = render.draw_pledge(chart) if target == S.PLEDGE else render.draw_rates(chart)
    figure.canvas.draw() if figure.canvas else None
    texts = text_artists(figure)
    hangul = [t for t in texts if any("\uac00" <= c <= "\ud7a3" for c in t.get_text())]
    assert hangul, "Korean labels"
    for text in texts:
        assert Path(text.get_fontproperties().get_file()) == font, text.get_text()
    from matplotlib.ft2font import FT2Font

    face = FT2Font(str(font))
    missing = {
        c
        for t in texts
        for c in t.get_text()
        if not face.get_char_index(ord(c)) and not c.isspace()
    }
    assert not missing, f"glyphs not in the shipped font: {missing}"


def test_english_labels_use_the_shipped_font_too(base):
    """One font for every label: the chart looks the same on every machine."""
    for text in text_artists(render.draw_rates(S.rate_chart(base, "autos"))):
        assert Path(text.get_fontproperties().get_file()) == render.FONT


# ----- the console ---------------------------------------------------------------------------


def run_bot(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "bot.py"), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_bot_chart_writes_the_png(tmp_path):
    out = tmp_path / "x.png"
    done = run_bot("chart", "autos", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert png_size(out.read_bytes()) == (1000, 560)
    assert "January 26, 2026 · 25% · announced" in done.stdout
    korean = run_bot("chart", "자동차", "--lang", "ko", "--out", str(tmp_path / "k.png"))
    assert korean.returncode == 0 and "2026년 1월 26일 · 25% · 발표" in korean.stdout
    pledge = run_bot("chart", "pledge", "--out", str(tmp_path / "p.png"))
    assert pledge.returncode == 0 and "Total: $350 billion" in pledge.stdout


COPPER_FILES = (
    "2025-07-09-joongang-copper-pharma-threats.yaml",
    "2025-07-31-xinhua-copper-50.yaml",
    "2025-08-mondaq-copper-50.yaml",
)


def test_bot_chart_unknown_product_lists_the_known_ones(tmp_path):
    # Every product of the shipped base has a rate now; in a copy without the copper
    # sources, copper is a product the base knows with no rate for it in any source.
    data = tmp_path / "data"
    shutil.copytree(ROOT / "knowledge" / "data", data)
    for name in COPPER_FILES:
        (data / "sources" / name).unlink()
    base = load_base(data)
    assert "copper" in base.vocabulary.products
    assert "copper" not in products_with_history(base)
    done = run_bot("--data", str(data), "chart", "copper", "--out", str(tmp_path / "x.png"))
    assert done.returncode == 2
    assert "No rate history for 'copper'" in done.stderr
    assert ", ".join(S.targets(base)) in done.stderr
    assert "autos, lumber, pharmaceuticals, korean-imports, " in done.stderr
    assert done.stderr.rstrip().endswith("all, pledge.")
    assert not (tmp_path / "x.png").exists()


CHART_LIBRARIES = ("matplotlib", "vl_convert", "PIL", "numpy", "charts")


def test_ask_never_imports_a_chart_library():
    done = run_bot_importtime("ask", "What's the new tariff on Korean cars?")
    assert done.returncode == 0 and "25%" in done.stdout, done.stderr[-2000:]
    imported = {
        line.split("|")[-1].strip().split(".")[0]
        for line in done.stderr.splitlines()
        if line.startswith("import time:")
    }
    assert "engine" in imported and "knowledge" in imported, "importtime output was read"
    assert not imported & set(CHART_LIBRARIES), imported & set(CHART_LIBRARIES)


def run_bot_importtime(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-X", "importtime", str(ROOT / "bot.py"), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
