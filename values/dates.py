"""Calendar dates that keep their precision: a day, or only a month or a year.

The sources say "next month" or "last July"; storing those as the first of the month
would invent a day the source never gave.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


@dataclass(frozen=True, order=True)
class Day:
    """A date of year, year-month or year-month-day precision."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: object) -> Day:
        """'2026-01-26', '2025-11' or '2026'; ValueError with a reason otherwise."""
        if isinstance(text, _dt.date):
            return cls(text.year, text.month, text.day)
        match = _DATE.match(str(text).strip())
        if not match:
            raise ValueError(f"{text!r} is not a date (write YYYY-MM-DD, YYYY-MM or YYYY)")
        year_text, month_text, day_text = match.groups()
        year = int(year_text)
        month = int(month_text) if month_text else None
        day = int(day_text) if day_text else None
        if month is not None and not 1 <= month <= 12:
            raise ValueError(f"{text!r} is not a date (month {month})")
        if day is not None and month is not None:  # the pattern gives a day only after a month
            try:
                _dt.date(year, month, day)
            except ValueError:
                raise ValueError(f"{text!r} is not a date (no such day)") from None
        return cls(year, month, day)

    @property
    def sort_key(self) -> tuple[int, int, int]:
        return (self.year, self.month or 0, self.day or 0)

    def iso(self) -> str:
        parts = [f"{self.year:04d}"]
        if self.month:
            parts.append(f"{self.month:02d}")
        if self.day:
            parts.append(f"{self.day:02d}")
        return "-".join(parts)

    def text(self, weekday: bool = True) -> str:
        """'Monday, January 26, 2026' · 'November 2025' · '2026'."""
        if self.day and self.month:
            date = _dt.date(self.year, self.month, self.day)
            stem = f"{MONTHS[self.month - 1]} {self.day}, {self.year}"
            return f"{date.strftime('%A')}, {stem}" if weekday else stem
        if self.month:
            return f"{MONTHS[self.month - 1]} {self.year}"
        return str(self.year)

    def before(self) -> Day:
        """The day before, at the same precision: the month before "February 2026"."""
        if self.day and self.month:
            day = _dt.date(self.year, self.month, self.day) - _dt.timedelta(days=1)
            return Day(day.year, day.month, day.day)
        if self.month:
            return Day(self.year - 1, 12) if self.month == 1 else Day(self.year, self.month - 1)
        return Day(self.year - 1)

    def on(self, weekday: bool = True) -> str:
        """'on Monday, January 26, 2026' · 'in November 2025'."""
        return ("on " if self.day else "in ") + self.text(weekday)

    def __str__(self) -> str:
        return self.iso()
