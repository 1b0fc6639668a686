"""Amounts the Korean way: "3만 달러" = $30,000, "3,500억 달러" = $350 billion,
"2천만 달러", "1.2조 달러", "1조 2천억 달러"; and back: 3,500억 달러 ($350 billion).

Korean counts in groups of four digits: 만 (10^4), 억 (10^8), 조 (10^12), with 십, 백
and 천 (10, 100, 1,000) inside a group. Every figure is a Decimal.
"""
from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from engine.money import CENT, format_money, to_decimal

BIG = {"조": Decimal(10) ** 12, "억": Decimal(10) ** 8, "만": Decimal(10) ** 4}
SMALL = {"천": Decimal(1000), "백": Decimal(100), "십": Decimal(10)}
_NUM = r"\d[\d,]*(?:\.\d+)?"
_UNIT_PART = rf"{_NUM}\s*(?:[천백십]\s*[조억만]?|[조억만])"
# 3만 · 3,500억 · 2천만 · 3천5백만 · 1.2조 · 1조 2천억 · 3만 5천 · 3만 5000 · 30,000
KOREAN_NUMBER = rf"(?:(?:{_UNIT_PART}\s*)+(?:{_NUM}(?![\d,.]))?|{_NUM})"
DOLLARS_KO = re.compile(rf"(?P<neg>-\s*)?(?P<num>{KOREAN_NUMBER})\s*(?:미국\s*)?(?:달러|불|usd)"
                        rf"|\$\s*(?P<num2>(?:{_UNIT_PART}\s*)+(?:{_NUM}(?![\d,.]))?)")
# A scaled number with no currency ("3,500억을 투자"): dollars in this domain's sources,
# unless it is followed by 원 (won) or a counter (대 cars, 명 people, ...).
BARE_KO = re.compile(rf"(?<![\d.,])(?P<num>(?:{_UNIT_PART}\s*)+(?:{_NUM}(?![\d,.]))?)"
                     r"(?!\s*(?:원|대|명|개|건|톤|년|달|일|위|배|가지|번|차례|회|%|퍼센트))")
WON_KO = re.compile(rf"\d[\d,.]*\s*(?:[천백십조억만]\s*)*원(?![가-힣])|\d[\d,.]*\s*(?:[천백십조억만]\s*)*원(?:어치|짜리|을|이|의|으로|에|이면|인|은)"
                    r"|원화|한국\s*돈|원\s*단위|원으로\s*(?:환산|바꾸|계산)|몇\s*원")
_PART = re.compile(rf"(?P<num>{_NUM})\s*(?P<small>[천백십])?\s*(?P<big>[조억만])?")


def korean_number(text: str) -> Decimal | None:
    """'3,500억' -> 350000000000; '1조 2천억' -> 1200000000000; None if unreadable."""
    total, group, seen = Decimal(0), Decimal(0), False
    for part in _PART.finditer(text):
        value = to_decimal(part["num"])
        if value is None:
            return None
        group += value * SMALL[part["small"]] if part["small"] else value
        if part["big"]:        # 만, 억, 조 multiply everything since the last of them
            total += group * BIG[part["big"]]
            group = Decimal(0)
        seen = True
    return total + group if seen else None


def _group(n: int) -> str:
    return f"{n:,}"


def format_won_style(value: Decimal) -> str:
    """350000000000 -> '3,500억'; 12500 -> '1만 2,500'; 7512.5 -> '7,512.50'."""
    value = abs(value)
    whole = int(value)
    cents = value - whole
    parts = []
    for unit, size in (("조", 10 ** 12), ("억", 10 ** 8), ("만", 10 ** 4)):
        if whole >= size:
            parts.append(f"{_group(whole // size)}{unit}")
            whole %= size
    if whole or not parts:
        parts.append(_group(whole))
    text = " ".join(parts)
    if cents:
        cents = cents.quantize(CENT, rounding=ROUND_HALF_UP)
        text += f"{cents:f}"[1:]
    return text


def format_money_ko(value: Decimal) -> str:
    """'3,500억 달러 ($350 billion)' · '3만 달러 ($30,000)' · '7,500달러 ($7,500)'."""
    sign = "-" if value < 0 else ""
    exact = abs(value) != abs(value).quantize(CENT)
    if exact:   # more precise than a cent: keep the exact dollar figure only
        return format_money(value)
    return f"{sign}{format_won_style(value)} 달러 ({format_money(value)})"


def parse_korean_amounts(text: str) -> list[tuple[Decimal | None, bool, tuple]]:
    """(value, negative, span) for each Korean dollar amount in folded text."""
    found = []
    for pattern in (DOLLARS_KO, BARE_KO):
        for match in pattern.finditer(text):
            if any(s <= match.start() < e or s < match.end() <= e for _, _, (s, e) in found):
                continue
            number = match.groupdict().get("num") or match.groupdict().get("num2")
            if pattern is BARE_KO and not re.search(r"[조억만]", number):
                continue
            found.append((korean_number(number), bool(match.groupdict().get("neg")),
                          match.span()))
    return found
