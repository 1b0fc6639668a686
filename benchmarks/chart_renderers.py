"""Measure the two chart renderers the bot could use, so the choice rests on figures.

    python -m benchmarks.chart_renderers vl     # vl-convert-python (Vega-Lite)
    python -m benchmarks.chart_renderers mpl    # matplotlib, Agg backend

Run each in its own fresh virtual environment holding only that library, so the
installed size is what `pip install` of it adds. Prints one JSON line: installed size
(the distribution and everything it requires), import time (median of fresh processes),
the first chart in a fresh process (import included), the median of N warm charts, and
the longest event-loop stall while charts render in a worker thread. Both draw the same
step chart: four products, dashed not-in-effect segments, Korean labels in the shipped
font. Standalone (no project imports) so it runs anywhere the library is installed.
"""

from __future__ import annotations

import json
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

FONT = Path(__file__).resolve().parent.parent / "charts" / "fonts" / "NanumGothic.ttf"
RUNS = 7  # fresh processes for the import time
CHARTS = 30  # warm charts for the per-chart median
WIDTH, HEIGHT = 800, 450

IMPORTS = {
    "vl": "import vl_convert",
    "mpl": (
        "import matplotlib; from matplotlib.figure import Figure; "
        "from matplotlib.backends.backend_agg import FigureCanvasAgg"
    ),
}
DISTRIBUTIONS = {"vl": "vl-convert-python", "mpl": "matplotlib"}

# (product, [(x, rate, in_effect)]): steps of the kind the fact base holds
SERIES = [
    ("자동차", [(0, 15, True), (6, 25, False)]),
    ("목재", [(0, 15, True), (6, 25, False)]),
    ("의약품", [(0, 15, True), (6, 25, False)]),
    ("한국산 수입품", [(0, 25, True), (3, 15, True), (8, 15, True)]),
]


def installed_bytes(name: str, seen: set | None = None) -> int:
    """The files of a distribution and of every distribution it requires, once each."""
    seen = set() if seen is None else seen
    key = re.sub(r"[-_.]+", "-", name).lower()
    if key in seen:
        return 0
    seen.add(key)
    try:
        dist = metadata.distribution(name)
    except metadata.PackageNotFoundError:
        return 0
    total = sum(
        (
            path.stat().st_size
            for f in dist.files or ()
            # a Path for an installed wheel; the stubs type it as the narrower SimplePath
            if (path := Path(str(dist.locate_file(f)))).exists()
        ),
        0,
    )
    for requirement in dist.requires or ():
        if "extra ==" in requirement:
            continue
        total += installed_bytes(re.split(r"[\s;<>=!~\[(]", requirement, maxsplit=1)[0], seen)
    return total


def import_seconds(which: str) -> float:
    code = f"import time; t = time.perf_counter(); {IMPORTS[which]}; print(time.perf_counter() - t)"
    runs = [
        float(
            subprocess.run(
                [sys.executable, "-c", code], check=True, text=True, capture_output=True
            ).stdout
        )
        for _ in range(RUNS)
    ]
    return statistics.median(runs)


def vl_chart() -> bytes:
    import vl_convert

    rows = []
    for name, points in SERIES:
        for x, rate, in_effect in points:
            rows.append({"product": name, "x": x, "rate": rate, "solid": in_effect})
    spec = {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "width": WIDTH - 120,
        "height": HEIGHT - 90,
        "title": "관세율 추이 — 기준일 2026-01-30",
        "data": {"values": rows},
        "mark": {"type": "line", "interpolate": "step-after", "point": True},
        "encoding": {
            "x": {"field": "x", "type": "quantitative", "title": "월"},
            "y": {"field": "rate", "type": "quantitative", "title": "관세율 (%)"},
            "color": {"field": "product", "type": "nominal", "title": "품목"},
            "strokeDash": {"field": "solid", "type": "nominal"},
        },
        "config": {"font": "NanumGothic"},
    }
    return vl_convert.vegalite_to_png(spec)


def mpl_chart() -> bytes:
    import io

    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.font_manager import FontProperties

    matplotlib.rcParams["text.parse_math"] = False
    font = FontProperties(fname=str(FONT))
    figure = Figure(figsize=(WIDTH / 100, HEIGHT / 100), dpi=100)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    for name, points in SERIES:
        for (x, rate, solid), (x2, _, _) in zip(points, points[1:] + [(10, 0, True)]):
            axes.step(
                [x, x2],
                [rate, rate],
                where="post",
                linestyle="-" if solid else "--",
                label=name if x == points[0][0] else None,
            )
            axes.plot([x], [rate], "o")
    axes.set_title("관세율 추이 — 기준일 2026-01-30", fontproperties=font)
    axes.set_xlabel("월", fontproperties=font)
    axes.set_ylabel("관세율 (%)", fontproperties=font)
    axes.legend(prop=font)
    out = io.BytesIO()
    figure.savefig(out, format="png")
    return out.getvalue()


def loop_stall_seconds(draw: Callable[[], bytes], charts: int = 10) -> float:
    """The longest the event loop waits while charts render in a worker thread: a
    renderer that holds the GIL freezes the Discord bot however it is offloaded."""
    import asyncio

    async def run() -> float:
        gaps: list[float] = []
        done = False

        async def tick() -> None:
            last = time.perf_counter()
            while not done:
                await asyncio.sleep(0.001)
                now = time.perf_counter()
                gaps.append(now - last - 0.001)
                last = now

        ticker = asyncio.create_task(tick())
        for _ in range(charts):
            await asyncio.to_thread(draw)
        done = True
        await ticker
        return max(gaps)

    return asyncio.run(run())


def measure(which: str) -> dict:
    import_time = import_seconds(which)
    draw = vl_chart if which == "vl" else mpl_chart
    start = time.perf_counter()  # cold: import, font registration, first chart
    if which == "vl":
        import vl_convert

        vl_convert.register_font_directory(str(FONT.parent))
    first = draw()
    first_seconds = time.perf_counter() - start
    warm = []
    for _ in range(CHARTS):
        start = time.perf_counter()
        draw()
        warm.append(time.perf_counter() - start)
    return {
        "renderer": DISTRIBUTIONS[which],
        "version": metadata.version(DISTRIBUTIONS[which]),
        "installed_mib": round(installed_bytes(DISTRIBUTIONS[which]) / 2**20, 1),
        "import_ms": round(import_time * 1000),
        "cold_first_chart_ms": round(first_seconds * 1000),
        f"chart_ms_median_of_{CHARTS}": round(statistics.median(warm) * 1000, 1),
        "max_loop_stall_ms": round(loop_stall_seconds(draw) * 1000, 1),
        "png_bytes": len(first),
    }


if __name__ == "__main__":
    print(json.dumps(measure(sys.argv[1] if len(sys.argv) > 1 else "vl")))
