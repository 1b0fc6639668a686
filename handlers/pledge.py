"""The $350 billion pledge: its parts, and the arithmetic people ask of it (years at
the annual cap, cash paid after N years, each part's share)."""

from __future__ import annotations

import math
from decimal import Decimal

import phrasebook
from handlers.common import answer
from knowledge.factbase import Fact, FactBase, PledgeFact
from values.money import format_money, format_share


def family(base: FactBase, fact: PledgeFact) -> tuple[PledgeFact, list[PledgeFact]]:
    """(the whole pledge, its parts) for any fact of the pledge."""
    whole = base.newest(base.fact(fact.part_of)) if fact.part_of else fact
    if not isinstance(whole, PledgeFact):  # never: checks.py refuses `part_of` a non-pledge
        whole = fact
    parts = [f for f in base.of_kind("pledge") if f.part_of == whole.id]
    return whole, parts


def handle(q, facts: list[Fact], base: FactBase, score: float):
    fact = next((f for f in facts if isinstance(f, PledgeFact)), None)
    if fact is None:
        return None
    if fact.amount is None:  # a term of the pledge, not a sum: nothing to compute
        return answer(q, base, [fact], fact.says(q.lang), [], score)
    if "share" in q.asks and not fact.part_of:
        fact = _part_asked(q, base) or fact
    whole, parts = family(base, fact)
    parts = [p for p in parts if p.amount is not None]
    words = phrasebook.of(q.lang)
    capped = fact if fact.cap_per_year else next((p for p in parts if p.cap_per_year), None)

    if "share" in q.asks and fact is not whole and whole.amount:
        share = fact.amount / whole.amount * 100
        shown = format_share(share)
        text = words.pledge_share(fact.amount, whole.amount, shown, fact.says(q.lang))
        return answer(
            q,
            base,
            [fact, whole],
            text,
            [f"{format_money(fact.amount)} ÷ {format_money(whole.amount)} = {shown}."],
            score,
        )

    if capped is not None and (
        fact is capped or "term:cap" in q.concepts or "term:cash" in q.concepts
    ):
        cash, cap = capped.amount, capped.cap_per_year
        if q.years is not None and q.years > 0:
            paid = min(cap * q.years, cash)
            step = f"{q.years} × {format_money(cap)} = {format_money(cap * q.years)}"
            if cap * q.years > cash:
                step += words.more_than_cash(cash)
            text = words.paid_after_years(cap, q.years, cash, paid)
            return answer(q, base, [capped], text, [step + "."], score)
        if "years" in q.asks:
            # "$20 billion a year": an amount equal to the cap is the rate, not the target.
            stated = [a for a in q.amounts if a != cap]
            target = stated[0] if stated and stated[0] <= cash else cash
            years = Decimal(math.ceil(target / cap))
            text = words.years_to_pay(cap, target, years)
            step = words.years_step(target, cap, target / cap)
            return answer(q, base, [capped], text, [step], score)
    if fact is whole and parts and "term:breakdown" in q.concepts:
        # "How is the $350 billion split?": the whole, then each part.
        text = " ".join([whole.says(q.lang)] + [part.says(q.lang) for part in parts])
        return answer(q, base, [whole, *parts], text, [], score)
    return answer(q, base, [fact], fact.says(q.lang), [], score)


def _part_asked(q, base: FactBase) -> PledgeFact | None:
    """ "What share is for shipbuilding?" may match a report of the whole pledge; the
    share needs the part the question names, from the newest report that gives parts."""
    asked = {c[5:] for c in q.concepts if c.startswith("term:")} - {
        "share",
        "pledge",
        "invest",
        "total",
        "breakdown",
    }
    parts = [
        f for f in base.of_kind("pledge") if f.part_of and f.amount and asked & set(f.keywords)
    ]
    parts.sort(key=lambda f: (f.date or f.as_of).sort_key if (f.date or f.as_of) else (0, 0, 0))
    return parts[-1] if parts else None
