"""Duty on a stated value: at the old and the new rate, the difference in dollars, in
percentage points and relative, with every step of the arithmetic shown."""

from __future__ import annotations

from decimal import Decimal

from engine.korean import date_ko, join_ko, points_ko, product_label_ko
from engine.money_ko import format_money_ko
from handlers import rate_state
from handlers.common import answer, join_names
from handlers.rates import product_label, relative
from knowledge.factbase import Fact, FactBase, RateFact
from knowledge.history import state_on
from values.money import MAX_AMOUNT, format_money, format_points, format_rate

AMOUNT_PROBLEMS = {
    "zero": "That amount is zero, so there is no duty to work out.",
    "negative": "That amount is negative; give a positive dollar value, such as $30,000.",
    "too large": "That amount is over $10 trillion, more than any shipment could be; "
    "give a realistic dollar value, such as $30,000 or $2 billion.",
    "not a number": "I couldn't read that amount as a number; write it like $30,000, "
    "30k or $2 billion.",
    "not a plain number": "I couldn't read that amount as a plain number; write it like "
    "$30,000, 30k or $2 billion.",
    "currency": "I only compute in US dollars, and my sources give no exchange rate; ask "
    "with a US dollar amount such as $30,000.",
    "separator": "I can't tell how to read that amount's separators; write it like $30,000 "
    "or $1.5 million (commas for thousands, a point for decimals).",
    "digits": "I couldn't read that amount: it has superscript or other special digits; "
    "write it in plain digits, like $30,000.",
}
# One likely reading of an unsure amount: asked back, never computed on.
DID_YOU_MEAN = (
    "Did you mean {money}? I compute a duty only from an amount I can read one "
    "way; ask again with {money}."
)
DID_YOU_MEAN_KO = (
    "말씀하신 금액이 {money}인가요? 한 가지로만 읽히는 금액으로만 관세를 계산합니다. "
    "{money}처럼 다시 물어봐 주세요."
)


AMOUNT_PROBLEMS_KO = {
    "zero": "금액이 0이라 계산할 관세가 없습니다.",
    "negative": "금액이 음수입니다. 3만 달러($30,000)처럼 양의 달러 금액을 알려 주세요.",
    "too large": "10조 달러($10 trillion)를 넘는 금액은 어떤 선적 규모보다도 큽니다. "
    "3만 달러($30,000)나 20억 달러($2 billion)처럼 현실적인 달러 금액을 알려 주세요.",
    "not a number": "금액을 숫자로 읽을 수 없습니다. 3만 달러, $30,000, 20억 달러처럼 써 주세요.",
    "not a plain number": "금액을 일반 숫자로 읽을 수 없습니다. 3만 달러, $30,000, 20억 달러처럼 써 주세요.",
    "currency": "미국 달러로만 계산합니다. 출처에 환율이 없어 다른 통화는 환산할 수 없습니다. "
    "3만 달러($30,000)처럼 달러 금액으로 물어봐 주세요.",
    "separator": "금액의 구분 기호를 한 가지로 읽을 수 없습니다. 3만 달러나 $30,000처럼 써 주세요.",
    "digits": "금액에 위첨자 같은 특수 숫자가 있어 읽을 수 없습니다. 3만 달러나 $30,000처럼 일반 숫자로 써 주세요.",
}


def duty(value: Decimal, rate: Decimal) -> Decimal:
    return value * rate / 100


def handle(q, facts: list[Fact], base: FactBase, score: float):
    """Needs a valid amount and rate facts (one product, or one measure's products)."""
    rated = [f for f in facts if isinstance(f, RateFact)]
    if not q.amounts or not rated:
        return None
    hike = "term:hike" in q.concepts or len(q.rates) == 2
    if hike and rated[0].new_rate is None:
        # "how much more after the hike": the newest reported change of rate on the product
        product = rate_state.asked_product(q, rated)
        pairs = [
            f
            for f in base.of_kind("rate")
            if f.new_rate is not None and (product is None or f.product == product)
        ]
        pairs.sort(key=lambda f: f.date.sort_key if f.date else (0, 0, 0))
        if pairs:
            newest = pairs[-1]
            rated = (
                [f for f in pairs if (f.measure or f.id) == (newest.measure or newest.id)]
                if product is None
                else [newest]
            )
    if not hike or q.time.stated or q.time.now or rated[0].new_rate is None:
        dated = duty_at_times(q, rated, base, score)
        if dated is not None or not hike:
            return dated
    value = q.amounts[0]
    first = rated[0]
    if len({(f.old_rate, f.new_rate, f.rate) for f in rated}) > 1:
        rated = [first]
    korean = q.lang == "ko"
    goods = (
        join_ko([product_label_ko(base, f) for f in rated])
        if korean
        else join_names([product_label(base, f) for f in rated])
    )
    money = format_money_ko if korean else format_money
    if first.new_rate is None:
        if not first.in_effect or first.status == "agreed":
            return None  # never a duty at a rate that is not collected
        rate = first.rate
        due = duty(value, rate)
        text = (
            f"{format_rate(rate)} 관세율이면 {goods} {money(value)}에 대한 관세는 {money(due)}입니다."
            if korean
            else f"At the {format_rate(rate)} tariff, the duty on {money(value)} "
            f"of {goods} is {money(due)}."
        )
        return answer(
            q,
            base,
            rated,
            text,
            [f"{format_money(value)} × {format_rate(rate)} = {format_money(due)}."],
            score,
        )
    old, new = first.old_rate, first.new_rate
    if len(q.rates) == 2 and set(q.rates) != {old, new}:
        return None  # the question's rates are not the sourced ones: don't mix them
    before, after = duty(value, old), duty(value, new)
    shown, step = relative(old, new)
    if korean:
        hedge = "발표된 인상이 시행되면" if not first.in_effect else "변경 후"
        text = (
            f"{goods} {money(value)}에 대한 관세는 {hedge} {format_rate(old)} 기준 {money(before)}에서 "
            f"{format_rate(new)} 기준 {money(after)}로 늘어납니다: {money(after - before)} 증가, "
            f"{points_ko(new - old)} 인상(상대적으로 {shown})."
        )
    else:
        hedge = "if the announced hike takes effect" if not first.in_effect else "after the change"
        text = (
            f"On {money(value)} of {goods}, the duty would go from {money(before)} "
            f"at {format_rate(old)} to {money(after)} at {format_rate(new)} {hedge}: "
            f"{money(after - before)} more, up {format_points(new - old)} ({shown} relative)."
        )
    # The arithmetic is shown in dollars in both languages.
    working = [
        f"{format_money(value)} × {format_rate(old)} = {format_money(before)};",
        f"{format_money(value)} × {format_rate(new)} = {format_money(after)};",
        f"{format_money(after)} − {format_money(before)} = {format_money(after - before)};",
        f"{step}.",
    ]
    return answer(q, base, rated, text, working, score)


def refuse_amount(q) -> str | None:
    """The clear reply for an amount that cannot be used, or None. An unknown problem
    still refuses: a reason without a message must never fall through to a figure."""
    if not q.amount_problem:
        return None
    korean = q.lang == "ko"
    guess = getattr(q, "amount_guess", None)
    if guess is not None and 0 < guess <= MAX_AMOUNT:
        if korean:
            return DID_YOU_MEAN_KO.format(money=format_money_ko(guess))
        return DID_YOU_MEAN.format(money=format_money(guess))
    problems = AMOUNT_PROBLEMS_KO if korean else AMOUNT_PROBLEMS
    return problems.get(q.amount_problem, problems["not a number"])


def duty_at_times(q, facts: list[RateFact], base: FactBase, score: float):
    """The duty at the rate in force on the day asked (now, unless the question names a
    day or an event), or on two days and the difference between them."""
    product = rate_state.asked_product(q, facts)
    if product is None:
        return None
    points = []
    for when, event in rate_state.moments(q, base, product):
        state = state_on(base, product, when.day)
        period = rate_state.in_force_rate(state)
        if period is None:
            return None
        points.append((when, period, state, event))
    if not points:
        return None
    value = q.amounts[0]
    korean = q.lang == "ko"
    money = format_money_ko if korean else format_money
    what = rate_state.goods(base, product, q.lang)
    used = [base.fact(p.fact_id) for _, p, _, _ in points] + [
        e for _, _, _, e in points if e is not None
    ]
    working = []
    sentences = []
    for when, period, _, _ in points:
        due = duty(value, period.rate)
        working.append(f"{format_money(value)} × {format_rate(period.rate)} = {format_money(due)};")
        label = when.label_ko if korean else when.label_en
        if korean:
            sentences.append(
                f"{label}, {what} {money(value)}에 대한 관세는 "
                f"{format_rate(period.rate)} 기준 {money(due)}"
                f"{'입니다' if when.now else '였습니다'}."
            )
        else:
            verb = "is" if when.now else "was"
            sentences.append(
                f"{label[0].upper() + label[1:]}, the duty on {money(value)} of "
                f"{what} {verb} {money(due)} at {format_rate(period.rate)}."
            )
    if len(points) == 2:
        (_, first, _, _), (_, second, _, _) = points
        before, after = duty(value, first.rate), duty(value, second.rate)
        change = after - before
        if first.rate != 0:
            shown, step = relative(first.rate, second.rate)
        else:
            shown, step = "", ""
        if korean:
            word = "증가" if change > 0 else "감소"
            sentences.append(
                f"차이는 {money(abs(change))} {word}, {points_ko(abs(second.rate - first.rate))}"
                + (f"(상대적으로 {shown})" if shown else "")
                + "입니다."
            )
        else:
            word = "more" if change > 0 else "less"
            sentences.append(
                f"That is {money(abs(change))} {word}, "
                f"{'up' if change > 0 else 'down'} "
                f"{format_points(abs(second.rate - first.rate))}"
                + (f" ({shown} relative)" if shown else "")
                + "."
            )
        working.append(
            f"{format_money(after)} − {format_money(before)} = "
            f"{'−' if change < 0 else ''}{format_money(abs(change))};"
        )
        if step:
            working.append(step + ".")
    else:
        state = points[0][2]
        pending = [
            p
            for p in rate_state._dedupe(state.pending)
            if p.status != "under_investigation" and p.rate != points[0][1].rate
        ]
        if pending:
            p = pending[-1]
            current = points[0][1].rate
            due_now, due_then = duty(value, current), duty(value, p.rate)
            said = p.start.text(weekday=False) if p.start else ""
            if korean:
                sentences.append(
                    f"{date_ko(p.start, weekday=False)}에 나온 {format_rate(p.rate)} 관세가 "
                    f"시행된다면 {money(due_then)}가 되어 {money(abs(due_then - due_now))} "
                    f"{'늘어납니다' if due_then > due_now else '줄어듭니다'}(시행 보도 없음)."
                )
            else:
                sentences.append(
                    f"If the {format_rate(p.rate)} tariff "
                    f"{rate_state.VERB.get(p.status, 'announced')} on {said} took "
                    f"effect (no source reports that it has), it would be "
                    f"{money(due_then)}: {money(abs(due_then - due_now))} "
                    f"{'more' if due_then > due_now else 'less'}."
                )
            working.append(
                f"{format_money(value)} × {format_rate(p.rate)} = {format_money(due_then)}."
            )
            used.append(base.fact(p.fact_id))
    working[-1] = working[-1].rstrip(";") + ("" if working[-1].endswith(".") else ".")
    result = answer(
        q, base, used, " ".join(sentences), working, score, note_status=False, note_history=False
    )
    if any(w.now for w, _, _, _ in points):
        result.as_of = base.as_of
    result.status = None
    return result
