"""Tariff rates: one product's, a measure's products together, which products, and the
relative size of a change. Announced rates are always said to be announced."""
from __future__ import annotations

import re
from decimal import Decimal

from engine.money import format_points, format_rate, format_relative
from handlers.common import answer, join_names
from knowledge.factbase import Fact, FactBase


def product_label(base: FactBase, fact: Fact) -> str:
    pid = fact.get("product")
    name = base.product_name(pid)
    return name if pid == "korean-imports" else f"South Korean {name}"


def change_text(old: Decimal, new: Decimal) -> str:
    verb = "rise" if new > old else "fall"
    return (f"would {verb} from {format_rate(old)} to {format_rate(new)}, "
            f"{'an increase' if new > old else 'a cut'} of {format_points(abs(new - old))}")


def relative(old: Decimal, new: Decimal) -> tuple[str, str]:
    """('+66.7%', '(25% − 15%) ÷ 15% = +66.7%')."""
    change = (new - old) / old * 100
    shown = format_relative(change)
    return shown, f"({format_rate(new)} − {format_rate(old)}) ÷ {format_rate(old)} = {shown}"


def describe(base: FactBase, facts: list[Fact]) -> str:
    """One sentence for one rate fact, or for several of one measure."""
    first = facts[0]
    if first.get("new_rate") is None:
        return first.says() or (f"The US tariff on {product_label(base, first)} is "
                                f"{format_rate(first.get('rate'))}.")
    by = base.person_name(first.get("by")) if first.get("by") else "The US"
    when = f"{first.date.on()}, " if first.date else ""
    verb = {"announced": "announced", "threatened": "threatened",
            "proposed": "proposed"}.get(first.status, "said")
    same = len({(f.get("old_rate"), f.get("new_rate")) for f in facts}) == 1
    if same:
        goods = join_names([product_label(base, f).replace("South Korean ", "") for f in facts])
        article = "US tariffs" if len(facts) > 1 else "the US tariff"
        return (f"{when[0].upper() + when[1:] if when else ''}{by} {verb} that {article} on "
                f"South Korean {goods} {change_text(first.get('old_rate'), first.get('new_rate'))}.")
    parts = [f"{base.product_name(f.get('product'))} {format_rate(f.get('old_rate'))} → "
             f"{format_rate(f.get('new_rate'))}" for f in facts]
    return f"{when.capitalize()}{by} {verb} higher US tariffs on South Korean goods: {'; '.join(parts)}."


def stated_change(q) -> tuple[Decimal, Decimal]:
    """The two rates a question states, in the order of change: "from 15% to 25%" and
    "25% instead of 15%" both mean 15% -> 25%."""
    first, second = q.rates[:2]
    if re.search(r"instead of|rather than|compared (?:to|with)|versus|\bvs\b", q.text):
        return second, first
    return first, second


def handle(q, facts: list[Fact], base: FactBase, score: float):
    rated = [f for f in facts if f.kind == "rate"]
    if not rated:
        return None
    text = describe(base, rated)
    working = []
    first = rated[0]
    if "term:in effect" in q.concepts and "yesno" in q.asks:
        as_of = first.as_of.text(weekday=False)
        text = (f"Not as far as the source reports (as of {as_of}): it is {first.status}. "
                if not first.in_effect else f"Yes, as of {as_of}. ") + text
    if "percent_change" in q.asks:
        old, new = first.get("old_rate"), first.get("new_rate")
        if len(q.rates) == 2 and set(q.rates) != {old, new}:
            old, new = stated_change(q)
        if old is not None and new is not None and old != 0:
            shown, step = relative(Decimal(old), Decimal(new))
            text = (f"Going from {format_rate(old)} to {format_rate(new)} is "
                    f"{format_points(abs(new - old))}, a relative change of {shown}. " + text)
            working.append(step + ".")
    return answer(q, base, rated, text, working, score)
