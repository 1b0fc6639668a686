"""The $350 billion pledge: its parts, and the arithmetic people ask of it (years at
the annual cap, cash paid after N years, each part's share)."""

from __future__ import annotations

import math
import re
from decimal import Decimal

from engine.money_ko import format_money_ko
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
    ko = q.lang == "ko"
    won = format_money_ko
    capped = fact if fact.cap_per_year else next((p for p in parts if p.cap_per_year), None)

    if "share" in q.asks and fact is not whole and whole.amount:
        share = fact.amount / whole.amount * 100
        shown = format_share(share)
        if ko:
            text = (
                f"{won(fact.amount)}는 전체 {won(whole.amount)} 약속의 "
                f"{shown}입니다. {fact.says('ko')}"
            )
        else:
            text = (
                f"{format_money(fact.amount)} is {shown} of the "
                f"{format_money(whole.amount)} pledge. {fact.says()}"
            )
        return answer(
            q,
            base,
            [fact, whole],
            text,
            [f"{format_money(fact.amount)} ÷ {format_money(whole.amount)} = {shown}."],
            score,
        )

    found = _family(base)
    if capped is not None and found and capped.amount == found[0].amount:
        capped = found[1]  # a report of the whole with its cap: the cap is on the cash part
    if (
        capped is not None
        and (fact is capped or "term:cap" in q.concepts or "term:cash" in q.concepts)
        and all(_UNDERSTOOD.match(word) for word in q.blocking)
    ):
        cash, cap = capped.amount, capped.cap_per_year
        if q.years is not None and q.years > 0:
            paid = min(cap * q.years, cash)
            step = f"{q.years} × {format_money(cap)} = {format_money(cap * q.years)}"
            if cap * q.years > cash:
                step += (
                    f", 현금 {format_money(cash)}보다 많으므로 {format_money(cash)} 전액"
                    if ko
                    else f", more than the {format_money(cash)} in cash, so all {format_money(cash)}"
                )
            if ko:
                text = (
                    f"연간 한도 {won(cap)} 기준으로 {q.years}년 후 한국은 현금 {won(cash)} 가운데 "
                    f"최대 {won(paid)}를 납부하게 됩니다."
                )
                return answer(q, base, [capped], text, [step + "."], score)
            text = (
                f"At the cap of {format_money(cap)} a year, after {q.years} "
                f"year{'s' if q.years != 1 else ''} South Korea would have paid at most "
                f"{format_money(paid)} of the {format_money(cash)} cash portion."
            )
            return answer(q, base, [capped], text, [step + "."], score)
        if "years" in q.asks:
            # "$20 billion a year": an amount equal to the cap is the rate, not the target.
            stated = [a for a in q.amounts if a != cap]
            target = stated[0] if stated and stated[0] <= cash else cash
            years = Decimal(math.ceil(target / cap))
            if ko:
                text = (
                    f"연간 한도 {won(cap)} 기준으로 현금 {won(target)}를 납부하려면 "
                    f"최소 {years}년이 걸립니다."
                )
                return answer(
                    q,
                    base,
                    [capped],
                    text,
                    [f"{format_money(target)} ÷ {format_money(cap)}/년 = {target / cap:g}년."],
                    score,
                )
            text = (
                f"At the cap of {format_money(cap)} a year, paying {format_money(target)} "
                f"in cash takes at least {years} years."
            )
            return answer(
                q,
                base,
                [capped],
                text,
                [f"{format_money(target)} ÷ {format_money(cap)} a year = {target / cap:g} years."],
                score,
            )
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


# --- Pledge sums: remainders, shares, ratios, per-month amounts, years to pay, a stated
# figure checked, parts added up. Answered from the newest report of the whole pledge and
# its two parts (cash with its annual cap, shipbuilding), the arithmetic shown.

# Wording (English, Korean), kept here so it is easy to find.
SAY_REMAINDER = "The {total} pledge minus the {part} {part_name} leaves {rest}, the {rest_name}."
SAY_REMAINDER_KO = "전체 {total} 약속에서 {part_name} {part}를 빼면 {rest_name} {rest}가 남습니다."
SAY_LEFT_AFTER = (
    "At the cap of {cap} a year, after {years} year{s} South Korea would have paid at most "
    "{paid} of the {cash} in cash, leaving {left} to pay."
)
SAY_LEFT_AFTER_KO = (
    "연간 한도 {cap} 기준으로 {years}년 후 현금 {cash} 가운데 최대 {paid}를 납부하고 "
    "{left}가 남습니다."
)
SAY_RATIO = "Cash to shipbuilding is {cash} to {ships}: {ratio} to 1 ({simple})."
SAY_RATIO_KO = "현금 대 조선은 {cash} 대 {ships}, 즉 {ratio} 대 1({simple})입니다."
SAY_PER_MONTH = "At the cap of {cap} a year, the cash comes to at most about {month} a month."
SAY_PER_MONTH_KO = "연간 한도 {cap} 기준으로 현금 납부는 한 달에 최대 약 {month}입니다."
SAY_SUM = "{sum_text} = {total}: {what}."
SAY_SUM_KO = "{sum_text} = {total}: {what}입니다."
SAY_WHOLE = "the whole pledge"
SAY_WHOLE_KO = "전체 약속 금액"
SAY_YES_AMOUNT = "Yes — {amount}."
SAY_YES_AMOUNT_KO = "네, {amount}입니다."
SAY_NO_AMOUNT = "No — {right}, not {wrong}."
SAY_NO_AMOUNT_KO = "아니요, {wrong}가 아니라 {right}입니다."
PART_NAMES = {"cash": "cash portion", "ships": "shipbuilding portion"}
PART_NAMES_KO = {"cash": "현금", "ships": "조선 협력"}

_REMAINDER = re.compile(
    r"\b(?:left|rest|remain(?:s|ing|der)?|other than|minus|excluding|except|without|"
    r"apart from|besides|aside from|after the|not (?:in )?cash)\b|남은|나머지|남는|제외"
)
_RATIO = re.compile(r"\bratio\b|\bhow many times\b|\bx times\b|비율|몇 배")
_PER_MONTH = re.compile(
    r"\b(?:per|a|each|every|by) month\b|\bmonthly\b|\bmo\b|매달|매월|한 달|월별"
)
_SUM = re.compile(
    r"\+|\bplus\b|\badd(?:ed)? up\b|\btogether\b|\bcombined\b|\bsum\b|합치면|더하면|합계"
)
_CHECK = re.compile(
    r"\bright\b|\bcorrect\b|\btrue\b|\bhuh\b|\byeah\b|\bconfirm\b|\bisn'?t it\b|"
    r"^(?:ok |okay |so |wait )*(?:so )?(?:is|was|are|the)\b|\?$|맞나요|맞죠|맞아|인가요|이죠"
)
# Words the patterns above read, so they do not count as unknown here.
_UNDERSTOOD = re.compile(
    r"^(?:yrs?|mo|mos|ratio|left|rest|remainder|plus|monthly|max|남|남은|나머지|달|매달|매월|비율|"
    r"누적)$"
)
_PLEDGE_TOPIC = {"term:pledge", "term:invest", "term:cash", "term:shipbuilding", "term:cap"}
_PLEDGE_WORDS = {
    "term:" + word
    for word in (
        "pledge invest cash shipbuilding cap annual total share breakdown installment mou "
        "cooperation masga rate"
    ).split()
} | {"country:KR", "country:US"}
_PART_WORDS = {
    "invest",
    "pledge",
    "cash",
    "installment",
    "cap",
    "annual",
    "shipbuilding",
    "cooperation",
    "masga",
    "mou",
    "total",
}


def _pick(base: FactBase, keyword: str, parent: PledgeFact | None) -> PledgeFact | None:
    """The plainest report of one part: it names the part and little else."""
    found = [
        f
        for f in base.of_kind("pledge")
        if f.amount is not None
        and keyword in f.keywords
        and (parent is None or f.part_of == parent.id)
        and (parent is not None or not f.part_of)
    ]
    found.sort(key=lambda f: (len(set(f.keywords) - _PART_WORDS), len(f.says() or "")))
    return found[0] if found else None


def _family(base: FactBase) -> tuple[PledgeFact, PledgeFact, PledgeFact] | None:
    """(whole, cash, ships): the pledge with the most parts, and its two parts."""
    wholes = [f for f in base.of_kind("pledge") if not f.part_of and "total" in f.keywords]
    if not wholes:
        return None
    whole = max(wholes, key=lambda w: len(family(base, w)[1]))
    cash = _pick(base, "cash", whole)
    ships = _pick(base, "shipbuilding", whole)
    if cash is None or ships is None or not cash.cap_per_year:
        return None
    return whole, cash, ships


def whole_pledge(base: FactBase) -> PledgeFact | None:
    """The newest report of the whole pledge, the one its parts hang from."""
    found = _family(base)
    return found[0] if found else None


def _about(value: Decimal, money=format_money) -> str:
    """$1.67 billion: a computed amount to three figures, exact amounts as they are."""
    if value >= 10**9 and value % 10**7:
        value = (value / 10**9).quantize(Decimal("0.01")) * 10**9
    elif value >= 10**6 and value % 10**4:
        value = (value / 10**6).quantize(Decimal("0.01")) * 10**6
    return money(value.normalize())


def sums(q, base: FactBase):
    """Pledge arithmetic asked outright, or None for the matcher to handle."""
    if not (_PLEDGE_TOPIC & set(q.concepts)) or q.products or q.people or q.rates:
        return None
    if q.foreign or q.won or q.amount_problem:
        return None
    if any(not _UNDERSTOOD.match(word) for word in q.blocking):
        return None  # a word that could change the question: the matcher decides
    if not set(q.concepts) <= _PLEDGE_WORDS:
        return None  # about more than the pledge's sums
    found = _family(base)
    if found is None:
        return None
    whole, cash, ships = found
    total, cash_amount, ship_amount = (whole.amount, cash.amount, ships.amount)
    cap = cash.cap_per_year
    if total is None or cash_amount is None or ship_amount is None or cap is None:
        return None
    ko = q.lang == "ko"
    money = format_money_ko if ko else format_money
    text = q.text
    concepts = set(q.concepts)
    known = {total, cash_amount, ship_amount, cap}

    def done(body: str, used: list[Fact], working: list[str]):
        return answer(q, base, used, body, working, 1.0, note_history=False)

    if q.years is not None and q.years > 0 and "term:cap" in concepts and _REMAINDER.search(text):
        paid = min(cap * q.years, cash_amount)
        left = cash_amount - paid
        body = (SAY_LEFT_AFTER_KO if ko else SAY_LEFT_AFTER).format(
            cap=money(cap),
            years=q.years,
            s="" if q.years == 1 else "s",
            paid=money(paid),
            cash=money(cash_amount),
            left=money(left),
        )
        return done(
            body,
            [cash],
            [
                f"{q.years} × {format_money(cap)} = {format_money(cap * q.years)};",
                f"{format_money(cash_amount)} − {format_money(paid)} = {format_money(left)}.",
            ],
        )
    if len(q.amounts) >= 2 and _SUM.search(text) and all(a in known for a in q.amounts):
        added = sum(q.amounts, Decimal(0))
        what = (SAY_WHOLE_KO if ko else SAY_WHOLE) if added == total else ""
        shown = " + ".join(format_money(a) for a in q.amounts)
        if not what:
            return None
        body = (SAY_SUM_KO if ko else SAY_SUM).format(sum_text=shown, total=money(added), what=what)
        return done(f"{body} {whole.says(q.lang) or ''}", [whole, cash, ships], [])
    if (
        len(q.amounts) == 1
        and _CHECK.search(text)
        and not (q.asks - {"calc", "rate", "how_much", "yesno"})
        and not (_RATIO.search(text) or _PER_MONTH.search(text) or _REMAINDER.search(text))
    ):
        stated = q.amounts[0]
        target, fact = total, whole
        if "term:cap" in concepts:
            target, fact = cap, cash
        elif "term:cash" in concepts and "term:shipbuilding" not in concepts:
            target, fact = cash_amount, cash
        elif "term:shipbuilding" in concepts and "term:cash" not in concepts:
            target, fact = ship_amount, ships
        head = (
            (SAY_YES_AMOUNT_KO if ko else SAY_YES_AMOUNT).format(amount=money(target))
            if stated == target
            else (SAY_NO_AMOUNT_KO if ko else SAY_NO_AMOUNT).format(
                right=money(target), wrong=money(stated)
            )
        )
        return done(f"{head} {fact.says(q.lang)}", [fact], [])
    if any(a != total for a in q.amounts):
        return None
    if _RATIO.search(text) and "term:cash" in concepts and "term:shipbuilding" in concepts:
        ratio = cash_amount / ship_amount
        shown = f"{ratio.quantize(Decimal('0.01')).normalize()}"
        g = math.gcd(int(cash_amount), int(ship_amount))
        simple = f"{int(cash_amount) // g}:{int(ship_amount) // g}"
        body = (SAY_RATIO_KO if ko else SAY_RATIO).format(
            cash=money(cash_amount), ships=money(ship_amount), ratio=shown, simple=simple
        )
        return done(
            body,
            [cash, ships],
            [f"{format_money(cash_amount)} ÷ {format_money(ship_amount)} = {shown}."],
        )
    if _PER_MONTH.search(text) and ("term:cap" in concepts or "term:cash" in concepts):
        month = cap / 12
        body = (SAY_PER_MONTH_KO if ko else SAY_PER_MONTH).format(
            cap=money(cap), month=_about(month, money)
        )
        return done(body, [cash], [f"{format_money(cap)} ÷ 12 = {_about(month)}."])
    if _REMAINDER.search(text) and not ("term:cap" in concepts and "years" in q.asks):
        named = [
            key
            for key, concept in (("cash", "term:cash"), ("ships", "term:shipbuilding"))
            if concept in concepts
        ]
        if len(named) != 1 or not ({"term:pledge", "term:total", "term:invest"} & concepts):
            return None
        part, other = (cash, ships) if named[0] == "cash" else (ships, cash)
        part_amount = cash_amount if named[0] == "cash" else ship_amount
        other_key = "ships" if named[0] == "cash" else "cash"
        names = PART_NAMES_KO if ko else PART_NAMES
        rest = total - part_amount
        body = (SAY_REMAINDER_KO if ko else SAY_REMAINDER).format(
            total=money(total),
            part=money(part_amount),
            part_name=names[named[0]],
            rest=money(rest),
            rest_name=names[other_key],
        )
        return done(
            body,
            [whole, part, other],
            [f"{format_money(total)} − {format_money(part_amount)} = {format_money(rest)}."],
        )
    if "term:cash" in concepts and ("years" in q.asks or (q.years is not None and q.years > 0)):
        return handle(q, [cash], base, 1.0)  # years to pay at the cap; paid after N years
    named = [
        key
        for key, concept in (("cash", "term:cash"), ("ships", "term:shipbuilding"))
        if concept in concepts
    ]
    if "share" in q.asks and named and not _RATIO.search(text):
        # "what share of the pledge is for shipbuilding?": each part named over the whole
        bodies: list[str] = []
        used: list[Fact] = []
        working: list[str] = []
        for key in named:
            part, amount = (cash, cash_amount) if key == "cash" else (ships, ship_amount)
            shown = format_share(amount / total * 100)
            if ko:
                bodies.append(f"{money(amount)}는 전체 {money(total)} 약속의 {shown}입니다.")
            else:
                bodies.append(f"{money(amount)} is {shown} of the {money(total)} pledge.")
            bodies.append(part.says(q.lang) or "")
            used.append(part)
            working.append(f"{format_money(amount)} ÷ {format_money(total)} = {shown}.")
        return done(" ".join(bodies), [*used, whole], working)
    if q.asks - {"how_much", "calc", "rate"} or "term:share" in concepts:
        return None
    if any(not _UNDERSTOOD.match(word) for word in q.unknown) or re.search(r"\d", text):
        return None  # "sec 122 max": not the pledge's cap
    if "term:breakdown" in concepts or {"term:cash", "term:shipbuilding"} <= concepts:
        # "split between cash and ships, plus the annual limit?": the whole, then each part
        text = " ".join(f.says(q.lang) or "" for f in (whole, cash, ships))
        return done(text, [whole, cash, ships], [])
    if "term:cap" in concepts and not ({"term:shipbuilding", "term:total"} & concepts):
        return done(cash.says(q.lang) or "", [cash], [])  # "the annual limit": the cash part
    return None
