"""`python bot.py chart TARGET --out FILE.png [--lang ko]`: the chart, written to a file,
with its text equivalent on stdout (what the Discord embed lists under the image)."""

from __future__ import annotations

import sys
from pathlib import Path

from charts.series import (
    ALL,
    PLEDGE,
    pledge_chart,
    pledge_lines,
    points_text,
    rate_chart,
    resolve_target,
    targets,
)
from knowledge import DATA_DIR, BaseError, open_base
from knowledge.factbase import FactBase


def text_equivalent(base: FactBase, target: str, lang: str) -> list[str]:
    if target == PLEDGE:
        return pledge_lines(pledge_chart(base, lang))
    lines = []
    for name, points in points_text(rate_chart(base, target, lang)):
        lines.append(f"{name}:")
        lines.extend(f"  {point}" for point in points)
    return lines


def main(data: str | None, target: str, out: str, lang: str = "en") -> int:
    try:
        base = open_base(data or DATA_DIR).base
    except BaseError as error:
        print(f"The fact base is broken; run `python bot.py check`.\n{error}", file=sys.stderr)
        return 2
    found = resolve_target(base, target)
    if found is None:
        print(
            f"No rate history for {target!r}. Known: {', '.join(targets(base))}.", file=sys.stderr
        )
        return 2
    from charts.render import HEIGHT, WIDTH, render  # matplotlib: the chart path only

    image = render(base, found, lang)
    try:
        Path(out).write_bytes(image)
    except OSError as error:
        print(f"Could not write {out}: {error.strerror or error}", file=sys.stderr)
        return 1
    for line in text_equivalent(base, found, lang):
        print(line)
    what = {ALL: "all products", PLEDGE: "the pledge"}.get(found, found)
    print(f"Wrote {out} ({WIDTH}×{HEIGHT} PNG, {what}, {lang}).")
    return 0
