"""Tariff rates: one product's, a measure's products together, which products, and the
relative size of a change. Announced rates are always said to be announced."""

from __future__ import annotations

import re
from decimal import Decimal

import phrasebook
from engine.match import ALL_GOODS, FIRST_ASK
from handlers import asks_ko
from handlers.common import answer
from handlers.premise import is_check
from knowledge.factbase import Fact, FactBase, RateFact
from values.money import format_rate, format_relative

MAX_MEASURES = 2  # announced changes added to an all-goods answer


def product_label(base: FactBase, fact: RateFact, lang: str = "en") -> str:
    pid = fact.product
    name = product_name(base, pid, lang)
    return name if pid == "korean-imports" else phrasebook.of(lang).korean_goods(name)


def product_name(base: FactBase, product_id: str, lang: str = "en") -> str:
    """The product's name in `lang` where the vocabulary gives one, else in English."""
    product = base.vocabulary.products[product_id]
    return getattr(product, f"name_{lang}", None) or base.product_name(product_id)


def relative(old: Decimal, new: Decimal) -> tuple[str, str]:
    """('+66.7%', '(25% − 15%) ÷ 15% = +66.7%')."""
    change = (new - old) / old * 100
    shown = format_relative(change)
    return shown, f"({format_rate(new)} − {format_rate(old)}) ÷ {format_rate(old)} = {shown}"


def describe(base: FactBase, facts: list[RateFact], lang: str = "en") -> str:
    """One sentence for one rate fact, or for several of one measure."""
    words = phrasebook.of(lang)
    first = facts[0]
    if first.new_rate is None:
        return first.says(lang) or words.us_tariff_is(product_label(base, first, lang), first.rate)
    by = base.person_name(first.by, lang) if first.by else words.the_us
    verb = words.measure_verb(first.status)
    same = len({(f.old_rate, f.new_rate) for f in facts}) == 1
    if same:
        # "South Korean imports" is said once: "on South Korean imports", not twice
        bare = words.korean_goods("")
        goods = [product_label(base, f, lang).replace(bare, "") for f in facts]
        return words.measure_same(first.date, by, verb, goods, first.old_rate, first.new_rate)
    parts = [(product_name(base, f.product, lang), f.old_rate, f.new_rate) for f in facts]
    return words.measure_mixed(first.date, by, verb, parts)


def describe_ko(base: FactBase, facts: list[RateFact]) -> str:
    """describe(), in Korean."""
    return describe(base, facts, "ko")


def stated_change(q) -> tuple[Decimal, Decimal]:
    """The two rates a question states, in the order of change: "from 15% to 25%" and
    "25% instead of 15%" both mean 15% -> 25%."""
    first, second = q.rates[:2]
    if re.search(r"instead of|rather than|compared (?:to|with)|versus|\bvs\b", q.text):
        return second, first
    return first, second


# "how big is the jump", "in percent": the size of a change is asked.
_SIZE_ASKED = re.compile(
    r"\bhow (?:big|large|much)\b.*\b(?:jump|hike|increase|rise|cut|drop|change)\b|"
    r"\bin (?:percent|%|relative)\b|\brelative\b|" + asks_ko.SIZE_ASKED
)
_FROM_TO = re.compile(r"\bfrom (\d+(?:\.\d+)?)\s*%? to (\d+(?:\.\d+)?)\s*%?(?![\d,.])")


def _bare_change(text: str) -> list[Decimal]:
    """'from 15 to 25': two rates written without the percent sign."""
    hit = _FROM_TO.search(text)
    if not hit:
        return []
    rates = [Decimal(hit.group(1)), Decimal(hit.group(2))]
    return rates if all(0 <= r <= 100 for r in rates) else []


def handle(q, facts: list[Fact], base: FactBase, score: float):
    rated = [f for f in facts if isinstance(f, RateFact)]
    if not rated:
        return None
    korean = q.lang == "ko"
    words = phrasebook.of(q.lang)
    earliest = _first_told(q, base, rated[0])
    if earliest is not None:
        rated = [earliest]  # "처음 발표한 게 언제야?": the first measure, not the newest
    text = describe(base, rated, q.lang)
    working = []
    first = rated[0]
    if "term:in effect" in q.concepts and is_check(q):
        # the newest report, not the fact's own
        if not first.in_effect:
            text = words.in_effect_no(base.as_of, first.status) + text
        else:
            text = words.in_effect_yes(base.as_of) + text
    if "percent_change" in q.asks or _SIZE_ASKED.search(q.text):
        old, new = first.old_rate, first.new_rate
        stated = list(q.rates[:2]) if len(q.rates) >= 2 else _bare_change(q.text)
        if len(stated) == 2 and set(stated) != {old, new}:
            old, new = stated_change(q) if len(q.rates) >= 2 else stated
        if old is not None and new is not None and old != 0:
            shown, step = relative(Decimal(old), Decimal(new))
            working.append(step + ".")
            if (old, new) != (first.old_rate, first.new_rate):
                # rates the fact does not give: the stated change, then the fact
                text = words.relative_change(old, new, shown) + text
            if korean:
                return answer(q, base, rated, text, working, score)
    if (
        first.product == ALL_GOODS
        and "term:reciprocal" not in q.concepts
        and not (set(q.products) - {ALL_GOODS})
        # "when was the letter's 25% to start?", "the letter of July 7, 2025": about that
        # measure, not what came months later
        and not (q.time.stated or "when" in q.asks)
    ):
        # "the tariff on Korean goods": the newest announced changes belong in the answer
        # too (a few of them: the answer stays short however large the base grows).
        measures: dict[str, list[RateFact]] = {}
        for fact in base.of_kind("rate"):
            if fact.new_rate is not None:
                measures.setdefault(fact.measure or fact.id, []).append(fact)
        newest = sorted(
            measures.values(),
            key=lambda group: group[0].date.sort_key if group[0].date else (0, 0, 0),
            reverse=True,
        )[:MAX_MEASURES]
        for group in newest:
            text += words.separately(describe(base, group, q.lang))
            rated.extend(group)
    return answer(q, base, rated, text, working, score)


def _first_told(q, base: FactBase, chosen: RateFact) -> RateFact | None:
    """ "When was the car tariff first announced?", "처음 자동차 관세 발표한 게 언제야?": of
    the reports of the product's rates, the earliest dated one, when it is not the one
    chosen (the newest announcement shares every word of the question)."""
    if "when" not in q.asks or q.time.stated or not FIRST_ASK.search(q.text):
        return None
    dated = [
        f
        for f in base.of_kind("rate")
        if isinstance(f, RateFact) and f.product == chosen.product and f.date is not None
    ]
    if not dated or chosen.date is None:
        return None
    earliest = min(dated, key=lambda f: f.date.sort_key if f.date else (0, 0, 0))
    if earliest.date is None or earliest.date.sort_key >= chosen.date.sort_key:
        return None
    return earliest
