"""Tariff rates: one product's, a measure's products together, which products, and the
relative size of a change. Announced rates are always said to be announced."""

from __future__ import annotations

import re
from decimal import Decimal

from engine.korean import date_ko, join_ko, josa, points_ko, product_ko, product_label_ko
from engine.match import ALL_GOODS
from handlers.common import answer, join_names
from knowledge.factbase import Fact, FactBase, RateFact
from values.money import format_points, format_rate, format_relative

MAX_MEASURES = 2  # announced changes added to an all-goods answer


def product_label(base: FactBase, fact: RateFact) -> str:
    pid = fact.product
    name = base.product_name(pid)
    return name if pid == "korean-imports" else f"South Korean {name}"


def change_text(old: Decimal, new: Decimal) -> str:
    verb = "rise" if new > old else "fall"
    return (
        f"would {verb} from {format_rate(old)} to {format_rate(new)}, "
        f"{'an increase' if new > old else 'a cut'} of {format_points(abs(new - old))}"
    )


def relative(old: Decimal, new: Decimal) -> tuple[str, str]:
    """('+66.7%', '(25% − 15%) ÷ 15% = +66.7%')."""
    change = (new - old) / old * 100
    shown = format_relative(change)
    return shown, f"({format_rate(new)} − {format_rate(old)}) ÷ {format_rate(old)} = {shown}"


def describe(base: FactBase, facts: list[RateFact]) -> str:
    """One sentence for one rate fact, or for several of one measure."""
    first = facts[0]
    if first.new_rate is None:
        return first.says() or (
            f"The US tariff on {product_label(base, first)} is {format_rate(first.rate)}."
        )
    by = base.person_name(first.by) if first.by else "The US"
    when = f"{first.date.on()}, " if first.date else ""
    verb = {"announced": "announced", "threatened": "threatened", "proposed": "proposed"}.get(
        first.status, "said"
    )
    same = len({(f.old_rate, f.new_rate) for f in facts}) == 1
    if same:
        goods = join_names([product_label(base, f).replace("South Korean ", "") for f in facts])
        article = "US tariffs" if len(facts) > 1 else "the US tariff"
        return (
            f"{when[0].upper() + when[1:] if when else ''}{by} {verb} that {article} on "
            f"South Korean {goods} {change_text(first.old_rate, first.new_rate)}."
        )
    parts = [
        f"{base.product_name(f.product)} {format_rate(f.old_rate)} → {format_rate(f.new_rate)}"
        for f in facts
    ]
    return f"{when.capitalize()}{by} {verb} higher US tariffs on South Korean goods: {'; '.join(parts)}."


def describe_ko(base: FactBase, facts: list[RateFact]) -> str:
    """describe(), in Korean."""
    first = facts[0]
    if first.new_rate is None:
        return first.says("ko") or (
            f"{product_label_ko(base, first)}에 대한 미국 관세는 {format_rate(first.rate)}입니다."
        )
    by = base.person_name(first.by, "ko") if first.by else "미국"
    when = f"{date_ko(first.date)}, " if first.date else ""
    verb = {
        "announced": "발표했습니다",
        "threatened": "위협했습니다",
        "proposed": "제안했습니다",
    }.get(first.status, "밝혔습니다")
    old, new = first.old_rate, first.new_rate
    same = len({(f.old_rate, f.new_rate) for f in facts}) == 1
    if same:
        goods = join_ko([product_ko(base, f.product) for f in facts])
        move = "오를" if new > old else "내릴"
        change = "인상" if new > old else "인하"
        return (
            f"{when}{josa(by, '은', '는')} 한국산 {goods}에 대한 미국 관세가 "
            f"{format_rate(old)}에서 {format_rate(new)}로 {move} 것이라고 {verb}"
            f"({points_ko(abs(new - old))} {change})."
        )
    parts = [
        f"{product_ko(base, f.product)} {format_rate(f.old_rate)} → {format_rate(f.new_rate)}"
        for f in facts
    ]
    return f"{when}{josa(by, '은', '는')} 한국산 제품에 대한 미국 관세 인상을 {verb}: {'; '.join(parts)}."


def stated_change(q) -> tuple[Decimal, Decimal]:
    """The two rates a question states, in the order of change: "from 15% to 25%" and
    "25% instead of 15%" both mean 15% -> 25%."""
    first, second = q.rates[:2]
    if re.search(r"instead of|rather than|compared (?:to|with)|versus|\bvs\b", q.text):
        return second, first
    return first, second


def handle(q, facts: list[Fact], base: FactBase, score: float):
    rated = [f for f in facts if isinstance(f, RateFact)]
    if not rated:
        return None
    korean = q.lang == "ko"
    text = describe_ko(base, rated) if korean else describe(base, rated)
    working = []
    first = rated[0]
    if "term:in effect" in q.concepts and "yesno" in q.asks:
        as_of = base.as_of.text(weekday=False)  # the newest report, not the fact's own
        if korean:
            state = {
                "announced": "발표",
                "threatened": "위협",
                "proposed": "제안",
                "planned": "계획",
                "scheduled": "예정",
            }.get(first.status, first.status)
            day = date_ko(base.as_of, weekday=False)
            text = (
                f"출처가 보도한 바로는 아닙니다({day} 기준): {state} 단계입니다. "
                if not first.in_effect
                else f"네, {day} 기준 시행 중입니다. "
            ) + text
        else:
            text = (
                f"Not as far as my sources report (as of {as_of}, the newest): it is {first.status}. "
                if not first.in_effect
                else f"Yes, as of {as_of}. "
            ) + text
    if "percent_change" in q.asks:
        old, new = first.old_rate, first.new_rate
        if len(q.rates) == 2 and set(q.rates) != {old, new}:
            old, new = stated_change(q)
        if old is not None and new is not None and old != 0:
            shown, step = relative(Decimal(old), Decimal(new))
            if korean:
                text = (
                    f"{format_rate(old)}에서 {format_rate(new)}로 오르면 "
                    f"{points_ko(abs(new - old))} 차이로, 상대적으로 {shown} 변화입니다. " + text
                )
                working.append(step + ".")
                return answer(q, base, rated, text, working, score)
            text = (
                f"Going from {format_rate(old)} to {format_rate(new)} is "
                f"{format_points(abs(new - old))}, a relative change of {shown}. " + text
            )
            working.append(step + ".")
    if (
        first.product == ALL_GOODS
        and "term:reciprocal" not in q.concepts
        and not (set(q.products) - {ALL_GOODS})
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
            text += (
                (" 별도로, " + describe_ko(base, group))
                if korean
                else (" Separately: " + describe(base, group))
            )
            rated.extend(group)
    return answer(q, base, rated, text, working, score)
