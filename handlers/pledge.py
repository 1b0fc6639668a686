"""The $350 billion pledge: its parts, and the arithmetic people ask of it (years at
the annual cap, cash paid after N years, each part's share)."""

from __future__ import annotations

import math
import re
from decimal import Decimal

import phrasebook
from engine.decide import reported_when
from handlers import asks_ko as ko
from handlers.common import answer
from knowledge.factbase import Fact, FactBase, PledgeFact
from values.money import format_money, format_rate, format_share


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

    part, total = fact.amount, whole.amount  # _part_asked keeps an amount too
    if "share" in q.asks and fact is not whole and part is not None and total:
        share = part / total * 100
        shown = format_share(share)
        text = words.pledge_share(part, total, shown, fact.says(q.lang))
        return answer(
            q,
            base,
            [fact, whole],
            text,
            [f"{format_money(part)} ÷ {format_money(total)} = {shown}."],
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
        if cash is None or cap is None:  # never: capped has a cap, parts an amount
            return answer(q, base, [fact], fact.says(q.lang), [], score)
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
    parts.sort(key=lambda f: day.sort_key if (day := f.date or f.as_of) else (0, 0, 0))
    return parts[-1] if parts else None


# --- Pledge sums: remainders, shares, ratios, per-month amounts, years to pay, a stated
# figure checked, parts added up. Answered from the newest report of the whole pledge and
# its two parts (cash with its annual cap, shipbuilding), the arithmetic shown.

_REMAINDER = re.compile(
    r"\b(?:left|rest|remain(?:s|ing|der)?|other than|minus|excluding|except|without|"
    r"apart from|besides|aside from|after the|not (?:in )?cash)\b|" + ko.REMAINDER
)
_RATIO = re.compile(r"\bratio\b|\bhow many times\b|\bx times\b|" + ko.RATIO)
_PER_MONTH = re.compile(r"\b(?:per|a|each|every|by) month\b|\bmonthly\b|\bmo\b|" + ko.PER_MONTH)
_SUM = re.compile(r"\+|\bplus\b|\badd(?:ed)? up\b|\btogether\b|\bcombined\b|\bsum\b|" + ko.ADDED_UP)
_CHECK = re.compile(
    r"\bright\b|\bcorrect\b|\btrue\b|\bhuh\b|\byeah\b|\bconfirm\b|\bisn'?t it\b|" + ko.CHECK
)
# "of the $350 billion, how much is cash?": the amount is the whole a part is asked of,
# not a figure said to be that part.
_OF_WHOLE = re.compile(
    r"\b(?:of|out of|from)\s+(?:the\s+|that\s+|korea'?s\s+)?(?:whole\s+|total\s+|entire\s+)?"
    r"\$\s?\d[\d.,]*\s*(?:billion|bn|b)\b|" + ko.OF_WHOLE
)
# A bare "...?" or "is it ..." states an amount to check only when nothing else is asked:
# "of the $350 billion, how much is cash?" names the whole; it claims nothing.
_BARE_CHECK = re.compile(r"^(?:ok |okay |so |wait )*(?:so )?(?:is|was|are|the)\b|\?$")
_WH_ASKED = re.compile(r"\b(?:how|what|which|who|where|when)\b|" + ko.WH_ASKED)
_PAID = re.compile(r"\bpa(?:y|id|ying|yment|yments|y off|y back)\b|" + ko.PAID)
# "$20 billion a year", "연간 200억 달러": a yearly figure (the cap), not the cash total
_A_YEAR = re.compile(
    r"\b(?:a|per|each|every) year\b|\bannual(?:ly)?\b|\byearly\b|\ba yr\b|" + ko.A_YEAR
)
# "at once", "upfront", "in a lump sum": how it is paid, which a figure does not confirm
_AT_ONCE = re.compile(
    r"\bat once\b|\bup ?front\b|\blump[- ]?sum\b|\bin one go\b|\ball in one\b|" + ko.AT_ONCE_PAID
)
# Words the patterns above read, so they do not count as unknown here.
_UNDERSTOOD = re.compile(
    r"^(?:yrs?|mo|mos|ratio|left|rest|remainder|plus|monthly|max|" + "|".join(ko.UNDERSTOOD) + ")$"
)
_PLEDGE_TOPIC = {
    "term:pledge",
    "term:invest",
    "term:cash",
    "term:shipbuilding",
    "term:masga",
    "term:cap",
}
# "what % of the 350bn is shipbuilding", "what fraction is cash": a part over the whole
_SHARE_ASKED = re.compile(
    r"\bwhat (?:%|percent(?:age)?|pct|share|fraction|portion|proportion)|"
    r"\b(?:percent(?:age)?|pct|%) of\b|\bhow many (?:percent|%)|" + ko.SHARE
)


def _named_parts(concepts: set) -> list[str]:
    """The parts a question names: "cash", "ships" (shipbuilding, MASGA)."""
    named = []
    if "term:cash" in concepts:
        named.append("cash")
    if {"term:shipbuilding", "term:masga"} & concepts:
        named.append("ships")
    return named


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


# Words that make an amount the value of goods a duty is paid on.
_DUTY_WORDS = re.compile(
    r"\b(?:dut(?:y|ies)|tariffs?|tax(?:ed|es)?|levy|pay|pays|paid|owe|cost|costs|shipment|"
    r"cargo|import(?:s|ed)?|worth of)\b"
)


# "$20 billion of korean steel", "$150bn in chips": the value of goods
_GOODS_VALUE = re.compile(r"\d\s*(?:billion|bn|b|million|mn|m|k)?\s+(?:of|in|worth)\b")


def names_pledge_figure(q, base: FactBase) -> bool:
    """'is the $150 billion for semiconductors?': a figure of the pledge ($350, $200 or
    $150 billion, the $20 billion cap) with no word of a duty: about the pledge, not the
    duty on $150 billion of chips."""
    if not q.amounts or q.rates or "term:tariff" in q.concepts or "term:rate" in q.concepts:
        return False
    if q.lang == "en" and (_DUTY_WORDS.search(q.text) or _GOODS_VALUE.search(q.text)):
        return False
    found = _family(base)
    if found is None:
        return False
    whole, cash, ships = found
    known = {whole.amount, cash.amount, ships.amount, cash.cap_per_year} - {None}
    return all(a in known for a in q.amounts)


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
    """(whole, cash, ships): the pledge with the most parts, and its two parts. Read from
    the base alone, so once per base (as knowledge.history.rate_history): pledge
    questions ask it several times each, and it sorts every pledge fact."""
    kept = base.__dict__.setdefault("_pledge_family", [])
    if not kept:
        kept.append(_read_family(base))
    return kept[0]


def _read_family(base: FactBase) -> tuple[PledgeFact, PledgeFact, PledgeFact] | None:
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


def _about(value: Decimal) -> Decimal:
    """$1.67 billion: a computed amount to three figures, exact amounts as they are."""
    if value >= 10**9 and value % 10**7:
        value = (value / 10**9).quantize(Decimal("0.01")) * 10**9
    elif value >= 10**6 and value % 10**4:
        value = (value / 10**6).quantize(Decimal("0.01")) * 10**6
    return value.normalize()


def sums(q, base: FactBase):
    """Pledge arithmetic asked outright, or None for the matcher to handle."""
    topic = bool(_PLEDGE_TOPIC & set(q.concepts))
    sums_asked = q.amounts and ("years" in q.asks or _SHARE_ASKED.search(q.text))
    if not (topic or sums_asked) or q.products or q.people or q.rates:
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
    words = phrasebook.of(q.lang).casual
    text = q.text
    concepts = set(q.concepts)
    known = {total, cash_amount, ship_amount, cap}

    def done(body: str, used: list[Fact], working: list[str]):
        return answer(q, base, used, body, working, 1.0, note_history=False)

    if (
        len(q.amounts) == 2
        and q.amounts[1] == total
        and q.amounts[0] in (cash_amount, ship_amount)
        and _SHARE_ASKED.search(text)
    ):
        # "150bn is what % of 350bn": a part of the pledge over the whole, as stated
        part = cash if q.amounts[0] == cash_amount else ships
        shown = format_share(q.amounts[0] / total * 100)
        body = phrasebook.of(q.lang).pledge_share(q.amounts[0], total, shown, part.says(q.lang))
        steps = [f"{format_money(q.amounts[0])} ÷ {format_money(total)} = {shown}."]
        return done(body, [part, whole], steps)
    if not topic:
        # "how many years to pay 200bn at 20bn a year": the pledge's own figures, the cash
        # at its cap; any other sum is not one the sources give
        if cap in q.amounts and set(q.amounts) <= {cash_amount, cap}:
            return handle(q, [cash], base, 1.0)
        if set(q.amounts) == {cash_amount} and "years" in q.asks and _PAID.search(text):
            return handle(q, [cash], base, 1.0)  # "how many years to pay $200 billion?"
        return None

    if q.years is not None and q.years > 0 and "term:cap" in concepts and _REMAINDER.search(text):
        paid = min(cap * q.years, cash_amount)
        left = cash_amount - paid
        body = words.left_after(cap, q.years, paid, cash_amount, left)
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
        if added != total:
            return None
        body = words.added_up(q.amounts, added)
        return done(f"{body} {whole.says(q.lang) or ''}", [whole, cash, ships], [])
    if (
        len(q.amounts) == 1
        and (_CHECK.search(text) or (_BARE_CHECK.search(text) and not _WH_ASKED.search(text)))
        and not (q.asks - {"calc", "rate", "how_much", "yesno"})
        and not (_RATIO.search(text) or _PER_MONTH.search(text) or _REMAINDER.search(text))
    ):
        stated = q.amounts[0]
        if stated == total and _OF_WHOLE.search(text) and q.asks & {"how_much", "which"}:
            return None  # "how much of the $350 billion is cash?": a part asked, not checked
        target, fact = total, whole
        parts = _named_parts(concepts)  # MASGA is the shipbuilding part, by its name
        both = {"term:cash", "term:shipbuilding"} <= concepts
        if both and stated in (cash_amount, ship_amount) and "term:cap" not in concepts:
            # "is the $150 billion for shipbuilding cash?": one part said to be the other;
            # the part asked of is the other one, then the one stated
            fact, said = (cash, ships) if stated == ship_amount else (ships, cash)
            target = cash_amount if fact is cash else ship_amount
            head = words.no_amount(target, stated)
            return done(f"{head} {fact.says(q.lang)} {said.says(q.lang)}", [fact, said], [])
        if len(parts) > 1:
            return None  # two parts named, the figure neither: which part, not a sum
        if "term:cap" in concepts or (parts == ["cash"] and _A_YEAR.search(text)):
            target, fact = cap, cash  # "$20 billion a year": the yearly cap, not the cash
        elif parts == ["cash"]:
            target, fact = cash_amount, cash
        elif parts == ["ships"]:
            target, fact = ship_amount, ships
        if _AT_ONCE.search(text):
            # "$200 billion in cash at once?": the figure is right, the "at once" is not
            return done(fact.says(q.lang), [fact], [])
        head = words.yes_amount(target) if stated == target else words.no_amount(target, stated)
        return done(f"{head} {fact.says(q.lang)}", [fact], [])
    if any(a != total for a in q.amounts):
        return None
    if _RATIO.search(text) and "term:cash" in concepts and "term:shipbuilding" in concepts:
        ratio = cash_amount / ship_amount
        shown = f"{ratio.quantize(Decimal('0.01')).normalize()}"
        g = math.gcd(int(cash_amount), int(ship_amount))
        simple = f"{int(cash_amount) // g}:{int(ship_amount) // g}"
        body = words.ratio(cash_amount, ship_amount, shown, simple)
        return done(
            body,
            [cash, ships],
            [f"{format_money(cash_amount)} ÷ {format_money(ship_amount)} = {shown}."],
        )
    if _PER_MONTH.search(text) and ("term:cap" in concepts or "term:cash" in concepts):
        month = _about(cap / 12)
        body = words.per_month(cap, month)
        return done(body, [cash], [f"{format_money(cap)} ÷ 12 = {format_money(month)}."])
    if _REMAINDER.search(text) and not ("term:cap" in concepts and "years" in q.asks):
        named = _named_parts(concepts)
        if len(named) != 1 or not ({"term:pledge", "term:total", "term:invest"} & concepts):
            return None
        part, other = (cash, ships) if named[0] == "cash" else (ships, cash)
        part_amount = cash_amount if named[0] == "cash" else ship_amount
        other_key = "ships" if named[0] == "cash" else "cash"
        rest = total - part_amount
        body = words.remainder(total, part_amount, named[0], rest, other_key)
        return done(
            body,
            [whole, part, other],
            [f"{format_money(total)} − {format_money(part_amount)} = {format_money(rest)}."],
        )
    if "term:cash" in concepts and ("years" in q.asks or (q.years is not None and q.years > 0)):
        return handle(q, [cash], base, 1.0)  # years to pay at the cap; paid after N years
    named = _named_parts(concepts)
    if ("share" in q.asks or _SHARE_ASKED.search(text)) and named and not _RATIO.search(text):
        # "what share of the pledge is for shipbuilding?": each part named over the whole
        bodies: list[str] = []
        used: list[Fact] = []
        working: list[str] = []
        for key in named:
            part, amount = (cash, cash_amount) if key == "cash" else (ships, ship_amount)
            shown = format_share(amount / total * 100)
            bodies.append(
                phrasebook.of(q.lang).pledge_share(amount, total, shown, part.says(q.lang) or "")
            )
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


# --- A project's profits: how they are shared until Korea's initial investment is
# recovered and after it (the MOU's terms, `profits_before_recovery` and
# `profits_after_recovery` of a pledge fact), and what each side gets of a stated profit.

_PROFIT_CONCEPTS = {
    "term:profit",
    "term:profit-split",
    "term:recoup",
    "term:project",
    "term:invest",
    "term:breakdown",
    "term:share",
    "term:mou",
    "term:pledge",
    "term:installment",
    "term:first day",  # "does the US get 90% from day one?": the terms tell from when
    "term:say",  # "say a project makes $1 billion": no one is named (q.people is empty)
    "country:KR",
    "country:US",
}
_SPLIT_CONCEPTS = {"term:profit-split", "term:recoup", "term:breakdown", "term:share"}
_SPLIT_ASKED = re.compile(
    r"\b(?:split|splits|divided|divvied|shared?|sharing|each|gets?|goes|go to|going to|"
    r"who|whom|cut|sides?)\b|" + ko.PROFIT_SPLIT
)
# Korea's money got back: read here, in a question about a project's profit only (as
# concepts they would turn "did the won recover" into a profit question).
_RECOVERED = re.compile(
    r"\b(?:recoup\w*|pay(?:s|ing)?\s?back|paid back|repaid|recover(?:s|ed|y|ing)?|"
    r"principal|break[- ]?even|money back|initial (?:investment|capital))\b|" + ko.RECOVERED
)
_BEFORE = re.compile(
    r"\b(?:before|until|till|til|prior to|pre|not yet|yet to)\b|"
    r"(?:n't|\bnot)\s+(?:yet\s+)?(?:been\s+)?(?:recoup|recover|paid|repaid|made)|"
    # "90% from day one?": the first stage, before the money is recovered
    r"\bfrom (?:day one|the (?:start|outset|beginning|first day))\b|\bright away\b|"
    r"\bimmediately\b|\bat first\b|\binitially\b|\bup front\b|" + ko.PROFIT_BEFORE
)
_AFTER = re.compile(r"\b(?:after|once|post|afterwards?)\b|" + ko.PROFIT_AFTER)
# Words these patterns read: not unknown here.
_PROFIT_UNDERSTOOD = re.compile(
    r"^(?:initial|side|sides|each|gets?|got|goes|makes?|made|generates?|generated|both|"
    r"shared?|sharing|divided?|dividing|back|yet|recover(?:s|ed|y|ing)?|principal|payback|"
    r"repaid|breakeven|break|even|payback|"
    r"parties|party|whom?|splits?|divided|divvied|cut|once|brings?|brought|yields?|"
    r"country|countries|nations?|receives?|takes?|keeps?|" + "|".join(ko.PROFIT_UNDERSTOOD) + ")$"
)


def _phase(text: str) -> str | None:
    """'before' or 'after' Korea's money is recovered, or None when the question says
    neither (or both)."""
    before, after = bool(_BEFORE.search(text)), bool(_AFTER.search(text))
    if before == after or re.search(ko.PROFIT_BOTH, text):
        return None
    return "before" if before else "after"


def _split_of(fact: PledgeFact, phase: str) -> dict | None:
    return fact.profits_before_recovery if phase == "before" else fact.profits_after_recovery


def profits(q, base: FactBase):
    """ "If a project earns $1 billion after Korea's money is recouped, who gets what?":
    each side's share of the stated profit, from the newest report of the terms, the
    arithmetic shown; with no amount, the terms themselves. None for the matcher."""
    concepts = set(q.concepts)
    # "post-recoup" is no office (role) nor anything posted, "korea's cut of" no tariff cut
    if re.search(r"\bpost[- ]", q.text):
        concepts -= {"term:role", "term:posted"}
    if re.search(r"\bcuts? of\b", q.text):
        concepts.discard("term:reduce")
    about = {"term:profit", "term:profit-split", "term:recoup"}  # "원금 회수 후 미국 몫"
    if not (about & concepts) or not concepts <= _PROFIT_CONCEPTS:
        return None
    if q.products or q.people or q.foreign or q.won or q.amount_problem:
        return None
    if q.rates and (len(q.rates) > 1 or q.amounts):
        return None
    if any(not _PROFIT_UNDERSTOOD.match(word) for word in q.unknown):
        return None  # "Samsung's profit": another subject
    split_asked = bool(
        _SPLIT_ASKED.search(q.text) or {"term:profit-split", "term:share"} & concepts
    )
    if not ({"term:profit", "term:profit-split"} & concepts or split_asked):
        return None  # "when will korea recoup its money": not how profits are shared
    asked = split_asked or _SPLIT_CONCEPTS & concepts or _RECOVERED.search(q.text)
    if len(q.amounts) > 1 or not asked or q.asks & {"when", "why", "where", "who_is"}:
        return None
    phase = _phase(q.text)
    phases = [phase] if phase else ["before", "after"]
    reports = [
        f
        for f in base.of_kind("pledge")
        if all(_split_of(f, p) for p in phases) and not f.superseded_by
    ]
    if not reports:
        return None  # the terms asked are in no fact: the matcher decides
    fact = max(reports, key=lambda f: reported_when(f))
    words = phrasebook.of(q.lang)
    if q.rates:
        # "does korea get 50% after payback?": Yes or No, for the one side named, at the
        # stage named; otherwise the matcher (it answers with the terms)
        sides = [c[8:] for c in concepts if c.startswith("country:")]
        stated = {pct for p in ("before", "after") for pct in (_split_of(fact, p) or {}).values()}
        if not sides and q.rates[0] in stated and split_asked:
            # "who gets the 90%?": the terms say who, at which stage
            return answer(q, base, [fact], fact.says(q.lang), [], 1.0, note_history=False)
        if not phase or len(sides) != 1:
            return None
        actual = (_split_of(fact, phase) or {}).get(sides[0])
        if actual is None:
            return None
        said = q.rates[0]
        casual = words.casual
        head = casual.yes_rate(actual) if said == actual else casual.no_rate(actual, said)
        return answer(q, base, [fact], f"{head} {fact.says(q.lang)}", [], 1.0, note_history=False)
    if not q.amounts:
        return answer(q, base, [fact], fact.says(q.lang), [], 1.0, note_history=False)
    amount = q.amounts[0]
    shares: list[tuple[str, list[tuple[str, Decimal, Decimal]]]] = []
    working: list[str] = []
    for p in phases:
        split = _split_of(fact, p) or {}
        # the larger share first; at equal shares the US, as the terms are written
        order = sorted(split.items(), key=lambda kv: (-kv[1], kv[0] != "US"))
        each = [(country, pct, (amount * pct / 100).normalize()) for country, pct in order]
        shares.append((p, each))
        working.extend(
            f"{format_money(amount)} × {format_rate(pct)} = {format_money(value)};"
            for _, pct, value in each
        )
    working = list(dict.fromkeys(working))  # equal shares: one line
    working[-1] = working[-1][:-1] + "."
    body = words.casual.profit_shares(amount, shares)
    return answer(q, base, [fact], f"{body} {fact.says(q.lang)}", working, 1.0, note_history=False)


# --- A purchase spread over years ("$100 billion of US energy over four years"): how
# many years, and how much a year, from the reports that give the period (`over_years`).

_SPREAD_WORDS = {
    "term:annual",
    "term:purchase",
    "term:pledge",
    "term:invest",
    "term:total",
    "term:agree",
    "term:deal",
    "country:KR",
    "country:US",
    "place:seoul",  # "does seoul buy": the government, not the place
    "term:deadline",  # "by when", "언제까지": the period answers it
}
_PERIOD_WORDS = {"timeframe", "duration", "timeline", "period", "span"}


_PERIOD_ASKED = re.compile(
    r"\bhow long\b|\bover how many\b|\bperiod\b|\btime ?frame\b|\btimeline\b|\bduration\b|"
    r"\bby when\b|\buntil when\b|" + ko.SPREAD_PERIOD
)


def spread(q, base: FactBase):
    """ "energy buys over how many yrs", "how much energy a year?": the period, or the
    amount a year for each period reported, the arithmetic shown. None for the matcher."""
    concepts = set(q.concepts)
    if q.products or q.people or q.rates or q.foreign or q.won or q.amount_problem:
        return None
    if any(word not in ko.SPREAD_UNDERSTOOD and word not in _PERIOD_WORDS for word in q.blocking):
        return None
    subject = {c[5:] for c in concepts - _SPREAD_WORDS if c.startswith("term:")}
    if not subject or len(subject) != len(concepts - _SPREAD_WORDS):
        return None  # nothing named to buy, or something other than a term
    reports = [
        f
        for f in base.of_kind("pledge")
        if f.over_years and f.amount and not f.superseded_by and subject <= set(f.keywords)
    ]
    if not reports or len({f.part_of or f.id for f in reports}) != 1:
        return None  # no period reported, or of two different purchases
    reports.sort(key=reported_when, reverse=True)
    newest = reports[0]
    if any(a != newest.amount for a in q.amounts):
        return None  # "by when must korea buy 200bn of energy": not the sum reported
    if "years" in q.asks or "term:deadline" in concepts or _PERIOD_ASKED.search(q.text):
        return answer(q, base, [newest], newest.says(q.lang), [], 1.0, note_history=False)
    per_year = "term:annual" in concepts and not (q.asks - {"how_much", "calc"})
    amount = newest.amount
    if amount is None or not per_year or any(a != amount for a in q.amounts):
        return None
    periods = list(dict.fromkeys(f.over_years for f in reports if f.amount == amount))
    each = [(years, _about(amount / years)) for years in periods if years]
    exact = [value * years == amount for years, value in each]
    working = [
        f"{format_money(amount)} ÷ {_years(years)} {'=' if sure else '≈'} {format_money(value)};"
        for (years, value), sure in zip(each, exact)
    ]
    working[-1] = working[-1][:-1] + "."
    body = phrasebook.of(q.lang).casual.per_year(
        amount, [(_years(y), v, sure) for (y, v), sure in zip(each, exact)]
    )
    return answer(
        q, base, [newest], f"{body} {newest.says(q.lang)}", working, 1.0, note_history=False
    )


def _years(years: Decimal) -> str:
    """4, 3.5: a number of years as written."""
    return f"{years.normalize():f}"
