"""Amounts the Korean way: "3만 달러" = $30,000, "3,500억 달러" = $350 billion,
"2천만 달러", "1.2조 달러", "1조 2천억 달러"; and back: 3,500억 달러 ($350 billion).

Korean counts in groups of four digits: 만 (10^4), 억 (10^8), 조 (10^12), with 십, 백
and 천 (10, 100, 1,000) inside a group. Every figure is a Decimal.
"""

from __future__ import annotations

import re
from decimal import Decimal

from phrasebook.ko import format_money_ko, format_won_style  # noqa: F401 (written Korean)
from values.money import Reading, read_number
from values.patterns import LazyPattern

BIG = {"조": Decimal(10) ** 12, "억": Decimal(10) ** 8, "만": Decimal(10) ** 4}
SMALL = {"천": Decimal(1000), "백": Decimal(100), "십": Decimal(10)}
_NUM = r"(?:\d[\d,.]*\d|\d)"  # separators checked by values.money.read_number
_UNIT_PART = rf"{_NUM}\s*(?:[천백십]\s*[조억만]?|[조억만])"
# 3만 · 3,500억 · 2천만 · 3천5백만 · 1.2조 · 1조 2천억 · 3만 5천 · 3만 5000 · 30,000
KOREAN_NUMBER = rf"(?:(?:{_UNIT_PART}\s*)+(?:{_NUM}(?![\d,.]))?|{_NUM})"
DOLLARS_KO = LazyPattern(
    rf"(?P<neg>-\s*)?(?P<num>{KOREAN_NUMBER})\s*(?:미국\s*)?(?:달러|불|usd)"
    rf"|\$\s*(?P<num2>(?:{_UNIT_PART}\s*)+(?:{_NUM}(?![\d,.]))?)"
)
# A scaled number with no currency ("3,500억을 투자"): dollars in this domain's sources,
# unless it is followed by 원 (won) or a counter (대 cars, 명 people, ...).
BARE_KO = LazyPattern(
    rf"(?<![\d.,])(?P<num>(?:{_UNIT_PART}\s*)+(?:{_NUM}(?![\d,.]))?)"
    r"(?!\s*(?:원|대|명|개|건|톤|년|달|일|위|배|가지|번|차례|회|%|퍼센트))"
)
WON_KO = LazyPattern(
    r"\d[\d,.]*\s*(?:[천백십조억만]\s*)*원(?![가-힣])|\d[\d,.]*\s*(?:[천백십조억만]\s*)*원(?:어치|짜리|을|이|의|으로|에|이면|인|은)"
    r"|원화|한국\s*돈|원\s*단위|원으로\s*(?:환산|바꾸|계산)|몇\s*원"
)
_PART = LazyPattern(rf"(?P<num>{_NUM})\s*(?P<small>[천백십])?\s*(?P<big>[조억만])?")
# Other currencies next to a Korean figure ("3만 유로", "5천 엔", "3만 호주 달러"): the bot
# computes in US dollars only. 엔 must end the word or take a particle ("3만 엔진" is
# 30,000 engines).
_CURRENCY_KO = (
    r"유로|위안|파운드|루피|프랑|페소|루블|리라|바트|링깃|엔화|엔(?![가-힣])"
    r"|엔(?=[은는이가을를의에으도만과])"
)
_DOLLAR_COUNTRIES_KO = r"호주|캐나다|홍콩|대만|싱가포르|뉴질랜드|멕시코|싱가폴"
FOREIGN_KO = LazyPattern(
    rf"\d[\d,.]*\s*(?:[천백십조억만]\s*)*(?:{_CURRENCY_KO})"
    rf"|(?:{_DOLLAR_COUNTRIES_KO})\s*(?:달러|불)|유로화|위안화|파운드화"
)


def read_korean_number(text: str) -> Reading:
    """'3,500억' -> 350000000000; '1조 2천억' -> 1200000000000; unsure ('1,5만': is it
    1.5만 or 15만?) with the likely reading as the guess when there is one."""
    total, group, seen = Decimal(0), Decimal(0), False
    problem, sure = None, True
    for part in _PART.finditer(text):
        reading = read_number(part["num"], scaled=bool(part["small"] or part["big"]))
        value = reading.value
        if reading.problem:
            problem = problem or reading.problem
            value = reading.guess
        if value is None:
            sure = False
            value = Decimal(0)
        group += value * SMALL[part["small"]] if part["small"] else value
        if part["big"]:  # 만, 억, 조 multiply everything since the last of them
            total += group * BIG[part["big"]]
            group = Decimal(0)
        seen = True
    if not seen:
        return Reading(None, "not a number")
    if problem:
        return Reading(None, problem, total + group if sure else None)
    return Reading(total + group)


def korean_number(text: str) -> Decimal | None:
    """The exact value of a Korean figure, or None if it cannot be read one way."""
    return read_korean_number(text).value


def parse_korean_amounts(text: str) -> list[tuple]:
    """(value, negative, span, problem, guess) for each Korean dollar amount in folded
    text; value is None when problem says why it cannot be read one way."""
    found: list[tuple] = []
    for pattern in (DOLLARS_KO, BARE_KO):
        for match in pattern.finditer(text):
            if any(s <= match.start() < e or s < match.end() <= e for _, _, (s, e), _, _ in found):
                continue
            number = match.groupdict().get("num") or match.groupdict().get("num2")
            if not number:  # each alternative captures one of the two
                continue
            if pattern is BARE_KO and not re.search(r"[조억만]", number):
                continue
            reading = read_korean_number(number)
            found.append(
                (
                    reading.value,
                    bool(match.groupdict().get("neg")),
                    match.span(),
                    reading.problem,
                    reading.guess,
                )
            )
    return found
