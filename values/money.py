"""Money and rates as Decimal, parsed and written the way people read them.

Floats would turn $0.1 + $0.2 into $0.30000000000000004; every figure here is exact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

SCALES = {
    "thousand": Decimal(10) ** 3,
    "k": Decimal(10) ** 3,
    "million": Decimal(10) ** 6,
    "mn": Decimal(10) ** 6,
    "mln": Decimal(10) ** 6,
    "m": Decimal(10) ** 6,
    "mil": Decimal(10) ** 6,
    "billion": Decimal(10) ** 9,
    "bn": Decimal(10) ** 9,
    "b": Decimal(10) ** 9,
    "bil": Decimal(10) ** 9,
    "trillion": Decimal(10) ** 12,
    "tn": Decimal(10) ** 12,
    "t": Decimal(10) ** 12,
    "tril": Decimal(10) ** 12,
}
WORD_SCALES = [
    (Decimal(10) ** 12, "trillion"),
    (Decimal(10) ** 9, "billion"),
    (Decimal(10) ** 6, "million"),
]
MAX_AMOUNT = Decimal(10) ** 13  # "$10 trillion": above it an amount is absurd
CENT = Decimal("0.01")

_MONEY_TEXT = re.compile(
    r"^\s*\$\s*(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<scale>[a-z]+)?\s*$", re.IGNORECASE
)


def to_decimal(text: str) -> Decimal | None:
    """'30,000' -> Decimal('30000'); None for anything that is not a plain number."""
    try:
        value = Decimal(text.replace(",", ""))
    except (InvalidOperation, ValueError):
        return None
    return value if value.is_finite() else None


@dataclass(frozen=True)
class Reading:
    """Digits as typed, read only when they can be read one way. A duty computed on a
    misread figure is a confident wrong answer: "$30.000" is $30 to an American and
    $30,000 to a German, so it gets a question back, never a figure."""

    value: Decimal | None  # the exact value; None when the reading is unsure
    problem: str | None = None  # "separator" when the separators can mean two things
    guess: Decimal | None = None  # the likely reading, offered as "Did you mean ...?"


_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")
_DOT_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")


def read_number(text: str, scaled: bool = False) -> Reading:
    """'30,000' -> 30000; '30.000' -> unsure (guess 30000); '1,5' -> unsure (guess 1.5).
    `scaled` says a scale word follows ("1.125 billion"), where three decimals are
    ordinary English and not a thousands group."""
    if text.isdigit():
        return Reading(Decimal(text))
    commas, dots = text.count(","), text.count(".")
    if commas and dots:
        whole, _, frac = text.rpartition(".")
        if _THOUSANDS.fullmatch(whole) and frac.isdigit():  # 1,234.56
            return Reading(Decimal(whole.replace(",", "") + "." + frac))
        whole, _, frac = text.rpartition(",")
        if _DOT_THOUSANDS.fullmatch(whole) and frac.isdigit() and len(frac) <= 2:
            return Reading(None, "separator", Decimal(whole.replace(".", "") + "." + frac))
        return Reading(None, "separator")
    if commas:
        if _THOUSANDS.fullmatch(text):
            return Reading(Decimal(text.replace(",", "")))
        whole, _, frac = text.partition(",")
        if commas == 1 and whole.isdigit() and frac.isdigit() and len(frac) <= 2:
            return Reading(None, "separator", Decimal(f"{whole}.{frac}"))  # 1,5 million
        return Reading(None, "separator")
    if dots == 1:
        whole, _, frac = text.partition(".")
        if _DOT_THOUSANDS.fullmatch(text) and not scaled:  # 30.000
            return Reading(None, "separator", Decimal(whole + frac))
        value = to_decimal(text)
        return Reading(value) if value is not None else Reading(None, "separator")
    if _DOT_THOUSANDS.fullmatch(text):  # 30.000.000
        return Reading(None, "separator", Decimal(text.replace(".", "")))
    return Reading(None, "separator")


def parse_money_text(text: str) -> Decimal | None:
    """A fact-base money string such as '$350 billion' or '$20,000'; None if malformed."""
    match = _MONEY_TEXT.match(str(text))
    if not match:
        return None
    value = to_decimal(match["num"])
    scale = (match["scale"] or "").lower()
    if value is None or (scale and scale not in SCALES):
        return None
    return value * SCALES[scale] if scale else value


def _trim(value: Decimal) -> str:
    """Plain digits with thousands separators and no trailing zeros."""
    if value == value.to_integral_value():
        return f"{int(value):,}"
    text = f"{value:,f}".rstrip("0").rstrip(".")
    return text


def format_money(value: Decimal) -> str:
    """$3,000 · $7,512.50 · $250,000 · $200 million · $1.2 billion."""
    sign = "-" if value < 0 else ""
    value = abs(value)
    for scale, word in WORD_SCALES:
        if value >= scale:
            scaled = value / scale
            # Words only when they stay exact to three decimals ($1.25 billion);
            # otherwise the exact figure, so no dollar is silently rounded away.
            if scaled == scaled.quantize(Decimal("0.001")):
                return f"{sign}${_trim(scaled.normalize())} {word}"
            break
    if value != value.to_integral_value():
        value = value.quantize(CENT, rounding=ROUND_HALF_UP)
        whole = f"{value:,.2f}"
        return f"{sign}${whole}"
    return f"{sign}${_trim(value)}"


def format_rate(rate: Decimal) -> str:
    """25% · 12.5%."""
    return f"{_trim(Decimal(rate).normalize())}%"


def format_points(points: Decimal) -> str:
    """10 percentage points · 1 percentage point."""
    word = "point" if abs(points) == 1 else "points"
    return f"{_trim(Decimal(points).normalize())} percentage {word}"


def format_relative(change: Decimal) -> str:
    """+66.7% · -40% (one decimal, half up)."""
    rounded = change.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    sign = "+" if rounded > 0 else ""
    return f"{sign}{_trim(rounded.normalize())}%"


def format_share(share: Decimal) -> str:
    """42.9% (one decimal, half up)."""
    return f"{_trim(share.quantize(Decimal('0.1'), rounding=ROUND_HALF_UP).normalize())}%"
