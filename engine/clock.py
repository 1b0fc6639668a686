"""Today's date, for saying how old the newest report is: one clock the tests can set.

`TARIFF_BOT_TODAY=2026-11-30` (or `frozen(...)`) fixes it; otherwise it is the system date.
"""

from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Iterator
from contextlib import contextmanager

_frozen: _dt.date | None = None


def today() -> _dt.date:
    if _frozen is not None:
        return _frozen
    fixed = os.environ.get("TARIFF_BOT_TODAY")
    if fixed:
        try:
            return _dt.date.fromisoformat(fixed)
        except ValueError:
            pass
    return _dt.date.today()


@contextmanager
def frozen(day: _dt.date) -> Iterator[None]:
    global _frozen
    before, _frozen = _frozen, day
    try:
        yield
    finally:
        _frozen = before


def age_in_days(day) -> int:
    """Days from a (possibly partial) Day to today."""
    start = _dt.date(day.year, day.month or 1, day.day or 1)
    return (today() - start).days
