"""Writing answers in Korean: dates, particles that depend on the word before them,
lists, percentage points and product names. Figures stay the same Decimals."""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal

from values.money import format_rate

WEEKDAYS_KO = "월화수목금토일"


def date_ko(day, weekday: bool = True) -> str:
    """'2026년 1월 26일(월)' · '2025년 11월' · '2026년'."""
    if day is None:
        return ""
    if day.day:
        text = f"{day.year}년 {day.month}월 {day.day}일"
        if weekday:
            text += f"({WEEKDAYS_KO[_dt.date(day.year, day.month, day.day).weekday()]})"
        return text
    if day.month:
        return f"{day.year}년 {day.month}월"
    return f"{day.year}년"


def has_batchim(word: str) -> bool | None:
    """Whether the last syllable ends in a consonant; None when it is not Hangul."""
    last = word.rstrip(" )\"'”")[-1:] if word else ""
    if "\uac00" <= last <= "\ud7a3":
        return (ord(last) - 0xAC00) % 28 != 0
    if last.isdigit():
        return last in "013678"
    return None


def josa(word: str, with_batchim: str, without: str) -> str:
    """word + the right particle: josa('김정관', '은', '는') -> '김정관은'."""
    final = has_batchim(word)
    if final is None:
        return f"{word}{with_batchim}({without})"
    return word + (with_batchim if final else without)


def join_ko(names: list[str]) -> str:
    """'자동차, 목재 및 의약품'."""
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " 및 " + names[-1]


def points_ko(points: Decimal) -> str:
    """'10%포인트'."""
    return f"{format_rate(points)}포인트"


def product_ko(base, product_id: str) -> str:
    product = base.vocabulary.products[product_id]
    return getattr(product, "name_ko", None) or product.name


def product_label_ko(base, fact) -> str:
    pid = fact.product
    name = product_ko(base, pid)
    return name if pid == "korean-imports" else f"한국산 {name}"
