"""Duty on a stated value: at the old and the new rate, the difference in dollars, in
percentage points and relative, with every step of the arithmetic shown."""

from __future__ import annotations

import re
from decimal import Decimal

import phrasebook
from engine.answer import Answer
from handlers import asks_ko as ko
from handlers import rate_state
from handlers.basis import basis_of
from handlers.common import answer, declined
from handlers.rates import product_label, relative
from knowledge.factbase import Fact, FactBase, RateFact
from knowledge.history import rate_history, state_on
from values.dates import Day
from values.money import MAX_AMOUNT, format_money, format_rate

# The replies to an amount that cannot be used, and the one likely reading asked back
# (never computed on); the tests read them here.
AMOUNT_PROBLEMS = phrasebook.of("en").amount_problems
AMOUNT_PROBLEMS_KO = phrasebook.of("ko").amount_problems
DID_YOU_MEAN = phrasebook.of("en").did_you_mean_amount


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
        if q.time.anchor and not _HIKE_NAMED.search(q.time.anchor):
            return None  # "now than before the tariffs": a time not placed, not the hike
    value = q.amounts[0]
    first = rated[0]
    if len({(f.old_rate, f.new_rate, f.rate) for f in rated}) > 1:
        rated = [first]
    words = phrasebook.of(q.lang)
    goods = words.join([product_label(base, f, q.lang) for f in rated])
    if first.new_rate is None:
        if not first.in_effect or first.status == "agreed":
            return None  # never a duty at a rate that is not collected
        rate = first.reported_rate()
        due = duty(value, rate)
        text = words.duty_at_rate(rate, goods, value, due)
        return answer(
            q,
            base,
            rated,
            text,
            [f"{format_money(value)} × {format_rate(rate)} = {format_money(due)}."],
            score,
        )
    old, new = first.change()
    if len(q.rates) == 2 and set(q.rates) != {old, new}:
        return None  # the question's rates are not the sourced ones: don't mix them
    before, after = duty(value, old), duty(value, new)
    shown, step = relative(old, new)
    text = words.duty_hike(goods, value, before, after, old, new, shown, first.in_effect)
    # The arithmetic is shown in dollars in both languages.
    working = [
        f"{format_money(value)} × {format_rate(old)} = {format_money(before)};",
        f"{format_money(value)} × {format_rate(new)} = {format_money(after)};",
        f"{format_money(after)} − {format_money(before)} = {format_money(after - before)};",
        f"{step}.",
    ]
    return answer(q, base, rated, text, working, score)


# "after the hike", "if the increase happens": the time asked is the hike itself
_HIKE_NAMED = re.compile(r"\b(?:hike|increase|raise|rise|25%|threat)|" + ko.HIKE_NAMED)


def refuse_amount(q) -> str | None:
    """The clear reply for an amount that cannot be used, or None. An unknown problem
    still refuses: a reason without a message must never fall through to a figure."""
    if not q.amount_problem:
        return None
    words = phrasebook.of(q.lang)
    guess = getattr(q, "amount_guess", None)
    if guess is not None and 0 < guess <= MAX_AMOUNT:
        return words.did_you_mean_amount.format(money=words.money(guess))
    problems = words.amount_problems
    return problems.get(q.amount_problem, problems["not a number"])


def _under_laws_named(q, product: str, periods: list, base: FactBase) -> bool:
    """ "the duty under IEEPA now": every law the question names is that of a rate used
    (IEEPA was struck down; today's 10% is Section 122's): else no duty is computed."""
    named = rate_state.named_laws(q)
    if not named:
        return True
    history = rate_history(base, product)
    laws = {basis_of(period, history, base)[0] for period in periods}
    return named <= laws


def _took_effect_later(base: FactBase, product: str, said) -> Day | None:
    """The day a rate said (agreed, announced) was later reported collected, if it was."""
    if said.start is None:
        return None
    later = [
        p.start
        for p in rate_history(base, product)
        if p.collected
        and p.rate == said.rate
        and p.start
        and p.start.sort_key > said.start.sort_key
    ]
    return min(later, key=lambda d: d.sort_key) if later else None


def _no_rate_then(q, base: FactBase, product: str, when) -> Answer | None:
    """No rate in force on a day asked, before the first the sources report: declined with
    that said, not computed at 0% and not left to a later measure's arithmetic."""
    told = rate_state.before_first(q, base, product, when)
    if told is None:
        return None
    return declined(q, told[0])


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
            return _no_rate_then(q, base, product, when)
        points.append((when, period, state, event))
    if not points or not _under_laws_named(q, product, [p for _, p, _, _ in points], base):
        return None
    value = q.amounts[0]
    words = phrasebook.of(q.lang)
    what = rate_state.goods(base, product, q.lang)
    used = [base.fact(p.fact_id) for _, p, _, _ in points] + [
        e for _, _, _, e in points if e is not None
    ]
    working = []
    sentences = []
    for when, period, _, _ in points:
        due = duty(value, period.rate)
        working.append(f"{format_money(value)} × {format_rate(period.rate)} = {format_money(due)};")
        sentences.append(
            words.duty_on_day(when.label(q.lang), what, value, period.rate, due, when.now)
        )
    if len(points) == 2:
        (_, first, _, _), (_, second, _, _) = points
        before, after = duty(value, first.rate), duty(value, second.rate)
        change = after - before
        if first.rate != 0:
            shown, step = relative(first.rate, second.rate)
        else:
            shown, step = "", ""
        sentences.append(
            words.duty_difference(abs(change), change > 0, abs(second.rate - first.rate), shown)
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
        stated = q.rates[0] if len(q.rates) == 1 else None
        if stated is not None and stated != points[0][1].rate:
            # "at the threatened 100%": that measure's duty, not the newest one said
            pending = [p for p in pending if p.rate == stated]
            if not pending:
                return declined(q)  # a rate no report gives the goods: no duty at it
        if pending:
            p = pending[-1]
            current = points[0][1].rate
            due_now, due_then = duty(value, current), duty(value, p.rate)
            sentences.append(
                words.duty_if_pending(
                    p.start,
                    p.rate,
                    p.status,
                    due_then,
                    abs(due_then - due_now),
                    due_then > due_now,
                    _took_effect_later(base, product, p),
                )
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
    if rate_state.excluded_kind(q, base, product, result.text):
        # "duty on $10k of memory chips": the report says that kind is excluded
        return declined(q)
    return result
