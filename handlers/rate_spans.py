"""A product's rates over a span of time: its history ("how did the lumber tariff change
over time?"), how long one rate lasted ("how long was the 25% car tariff in effect?"), and
two products' rates side by side ("car tariff vs steel tariff"). Read from the rate
history (knowledge/history.py) as rate_state reads a single moment."""

from __future__ import annotations

import datetime as _dt
import os
import re

import phrasebook
from engine import lexicon_ko as ko
from engine.answer import Answer
from engine.parse import ParsedQuestion
from handlers.common import answer
from handlers.rate_state import (
    ALL_GOODS,
    asked_product,
    describe_state,
    goods,
    moment,
    named_laws,
    pending_text,
    rate_history,
    start_key,
    state_facts,
    state_on,
    within,
)
from knowledge.factbase import FactBase
from knowledge.history import RatePeriod

# "how did the lumber tariff change over time?", "history of the steel tariff", "list every
# change to the car tariff": the product's rate history asked, not one rate
HISTORY_ASKED = re.compile(
    r"\bhistory\b|\btimeline\b|\bover time\b|\bover the (?:months|years)\b|"
    r"\b(?:every|all|each|the) (?:changes?|steps?|moves?)\b(?! (?:of|in) (?:rate|%))|"
    r"\bhow (?:has|have|did)\b[^?]*\b(?:changed|evolved|moved|changing|evolving|change|"
    r"evolve)\b|\bup and down\b|" + ko.HISTORY_ASKED_KO
)


_HISTORY_WORDS = ("history", "timeline", "over ", "change", "step", "move", "evol", "up and down")


def history_of(q: ParsedQuestion, base: FactBase) -> Answer | None:
    """ "How did the lumber tariff change over time?": each rate collected from its start,
    in order, then each rate only said (told as said, never as in force). None when
    the question names no one product, names a rate or amount, or no start is known."""
    if q.rates or q.amounts or q.people:
        return None
    if q.text.isascii() and not any(w in q.text for w in _HISTORY_WORDS):
        return None  # most questions: none of the words a history is asked with
    asked = " ".join(m[0] for m in HISTORY_ASKED.finditer(q.text))
    if not asked:
        return None
    if any(w not in asked for w in q.blocking):
        return None  # a word left unknown that is not the asking for a history
    product = asked_product(q, [])
    if product is None:
        return None
    history = rate_history(base, product)
    started = sorted((p for p in history if p.collected and p.start), key=start_key)
    if q.time.days:  # "changes to the car tariff in 2025"
        started = [p for p in started if p.start and within(p.start, q.time.days[0])]
    if not started:
        return None
    steps: list = []
    for period in started:  # a rate carried on under another order is no change
        if not steps or steps[-1][0] != period.rate:
            steps.append((period.rate, period.start))
    text = phrasebook.of(q.lang).casual.rate_steps(goods(base, product, q.lang), steps)
    used = list(dict.fromkeys(base.fact(p.fact_id) for p in started))
    told: set = set()
    for period in sorted(history, key=start_key):
        if period.collected or not period.start:
            continue
        if q.time.days and not within(period.start, q.time.days[0]):
            continue
        if (period.rate, start_key(period)) in told:
            continue  # one story told by several reports: once
        then = [p for p in started if start_key(p) <= start_key(period)]
        if then and then[-1].rate == period.rate:
            continue  # the rate in force then, said again (Lutnick's 15%): nothing pending
        if any(p.rate == period.rate and start_key(p) >= start_key(period) for p in started):
            continue  # said, then collected (the 10% of April 2, 2025): told in the steps
        told.add((period.rate, start_key(period)))
        fact = base.fact(period.fact_id)
        text = f"{text} {pending_text(period, fact, base, q.lang)}"
        used.append(fact)
    return answer(q, base, used, text, [], 1.0, note_status=False, note_history=False)


# "car tariff vs steel tariff", "is steel taxed more than cars?": two products' rates
# compared (the points between them)
RATES_COMPARED = re.compile(
    r"\b(?:vs\.?|versus|compared?|comparison|difference|differ|gap|than|same as)\b|"
    + ko.RATES_COMPARED_KO
)
_MORE = re.compile(r"\b(?:more|higher|bigger|greater|steeper|worse)\b|" + ko.MORE_KO)
_LESS = re.compile(r"\b(?:less|lower|smaller|cheaper)\b|" + ko.LESS_KO)
_SAME = re.compile(r"\bsame\b|" + ko.SAME_KO)
_ASKED_WHETHER_KO = re.compile(ko.COMPARE_WHETHER_KO)


def compared(q: ParsedQuestion, base: FactBase) -> Answer | None:
    """Each product's rate at the time asked, then the points between them; Yes or No
    first when asked whether one is more, less or the same. None unless exactly two
    products are named, each with one rate in force then."""
    products = [p for p in dict.fromkeys(q.products) if p != ALL_GOODS]
    if len(products) != 2:
        return None
    asked = " ".join(m[0] for m in RATES_COMPARED.finditer(q.text))
    if not asked:
        return None
    if q.amounts or q.rates or q.people or len(q.time.days) > 1:
        return None
    if any(not any(w.startswith(a) for a in asked.split()) for w in q.blocking):
        return None  # a word left unknown that is not the asking for a comparison
    if not ("term:tariff" in q.concepts or "rate" in q.asks or "term:rate" in q.concepts):
        return None
    found = [moment(q, base, p) for p in products]
    if any(f is None for f in found):
        return None
    rates, texts, used = [], [], []
    for product, got in zip(products, found):
        when, _ = got  # type: ignore[misc]
        state = state_on(base, product, when.day)
        held = {p.rate for p in state.in_force}
        if len(held) != 1:
            return None  # none in force, or two: no one rate to compare
        rates.append(held.pop())
        texts.append(describe_state(state, base, when, q.lang))
        used += [f for f in state_facts(state, base) if f not in used]
    words = phrasebook.of(q.lang)
    what = [goods(base, p, q.lang) for p in products]
    # the time both are told at, once: "As of June 8, 2026, ..." opens the first only
    shared = os.path.commonprefix(texts)
    cut = shared.rfind(", ") + 2
    if cut > 2 and texts[1][cut:]:
        texts[1] = texts[1][cut].upper() + texts[1][cut + 1 :]
    text = " ".join([*texts, words.casual.rates_compared(what[0], rates[0], what[1], rates[1])])
    if "yesno" in q.asks or (q.lang == "ko" and _ASKED_WHETHER_KO.search(q.text)):
        if _SAME.search(q.text):
            verdict = rates[0] == rates[1]
        elif _MORE.search(q.text):
            verdict = rates[0] > rates[1]
        elif _LESS.search(q.text):
            verdict = rates[0] < rates[1]
        else:
            return None
        text = f"{(words.yes if verdict else words.no).strip()} {text}"
    result = answer(q, base, used, text, [], 1.0, note_status=False, note_history=False)
    if not q.time.days:
        result.as_of = base.as_of
    return result


# "how long was the 25% car tariff in effect?", "how many days was it collected?"
LASTED_ASKED = re.compile(
    r"\bhow (?:long|many (?:days|weeks|months))\b[^?]*\b(?:in (?:effect|force|place)|"
    r"collected|charged|applied|last(?:ed|s)?|levied|imposed)\b|" + ko.LASTED_ASKED_KO
)


_MAY_LAST = re.compile(
    r"\b(?:can|could|may|might|will|would|allowed|permitted)\b|" + ko.MAY_LAST_KO
)


def lasted(q: ParsedQuestion, base: FactBase) -> Answer | None:
    """How long a stated rate was collected on the product: from its first day in force to
    the day it ended or the next rate began (or to the newest report, still in force),
    counted in days, the arithmetic shown. None unless one rate and one product are asked
    and the history gives both days; never another measure's limit."""
    if q.text.isascii() and "how" not in q.text:
        return None  # every English way to ask it holds "how"
    asked = LASTED_ASKED.search(q.text)
    if len(q.rates) > 1 or q.amounts or not asked or _MAY_LAST.search(q.text):
        return None  # "how long can a 122 surcharge last?": the law's limit, not its spell
    if any(w not in asked[0] for w in q.blocking):
        return None  # a word left unknown that is not the asking how long ("며칠")
    laws = named_laws(q)
    product = asked_product(q, [])
    if product is None and laws and laws <= {"ieepa", "section-122"}:
        product = ALL_GOODS  # "the IEEPA 15%": the reciprocal tariff on Korean goods
    if product is None:
        return None
    if q.rates:
        rate = q.rates[0]
    else:  # "how long was the Section 122 tariff in force?": the one rate under that law
        under = {p.rate for p in rate_history(base, product) if p.collected and p.basis in laws}
        if not laws or len(under) != 1:
            return None
        rate = under.pop()
    collected = sorted(
        (p for p in rate_history(base, product) if p.collected and p.start), key=start_key
    )
    spells: list[list[RatePeriod]] = []  # runs of the rate, one period after another
    for p in collected:
        if p.rate == rate and (not laws or p.basis in laws):
            if (
                spells
                and spells[-1][-1].end is None
                and _next_after(collected, spells[-1][-1]) is p
            ):
                spells[-1].append(p)
            else:
                spells.append([p])
    if len(spells) != 1:
        return None  # never collected, or two spells: which one is asked is unclear
    spell = spells[0]
    start = spell[0].start
    last = spell[-1]
    after = _next_after(collected, last)
    end = last.end or (after.start if after is not None and after.rate != rate else None)
    now = end is None
    if now:
        end = base.as_of
    if start is None or end is None or start.day is None or end.day is None:
        return None
    days = (
        _dt.date(end.year, end.month or 1, end.day)
        - _dt.date(start.year, start.month or 1, start.day)
    ).days
    words = phrasebook.of(q.lang)
    what = goods(base, product, q.lang)
    told = (words.casual.rate_lasting if now else words.casual.rate_lasted)(
        rate, what, start, end, days
    )
    working = [words.casual.days_between(end, start, days)]
    used = list(dict.fromkeys(base.fact(p.fact_id) for p in spell))
    if after is not None and not now and not last.end:
        used.append(base.fact(after.fact_id))
    result = answer(q, base, used, told, working, 1.0, note_status=False, note_history=False)
    if now:
        result.as_of = base.as_of
    return result


def _next_after(collected: list[RatePeriod], period: RatePeriod) -> RatePeriod | None:
    """The first period collected after `period` began (the next step of the history)."""
    later = [p for p in collected if start_key(p) > start_key(period)]
    return later[0] if later else None
