"""A rate, a change or a time a question states about a product's tariff, checked against
the product's rate history (knowledge/history.py): "why was steel cut to 15% in the
deal?" (it stayed at 50%), "why did the car tariff rise to 25% on November 1, 2025?" (it
fell to 15%), "did it fall to 15% as soon as the deal was announced?" (25% until November
1), "sec 122 is 20% huh" (10%), "aluminum went 25 then 50?" (yes).

check(q, base) gives a Verdict: "no" (the history contradicts the claim: the correction,
then the facts), "yes" (the history confirms it), "said" (the rate was only threatened,
announced or agreed then: never told as in force), or None when there is no claim or the
history cannot tell (the product, the time or the direction unclear, a time before the
history begins): then the question is answered as it always was, never with a "No".
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from dataclasses import dataclass
from decimal import Decimal

import phrasebook
from engine.answer import Answer
from engine.match import DOCUMENTS, STACKING
from engine.parse import BASIS_CONCEPTS, ParsedQuestion
from handlers import asks_ko as ko
from handlers import premise, rate_state
from handlers.common import answer
from knowledge.factbase import EventFact, Fact, FactBase
from knowledge.history import (
    ALL_GOODS,
    RatePeriod,
    day_key,
    products_with_history,
    rate_history,
    state_on,
)
from knowledge.schema import BASES, RATE_ENDED
from values.dates import Day
from values.money import format_rate
from values.patterns import screen
from values.text import fold

# What the question says the tariff did.
_DOWN = screen(
    re.compile(
        r"\b(?:cut|cuts|slash(?:ed|es)?|lower(?:ed|s|ing)?|reduc(?:e|ed|es|ing)|fell|fall(?:s|en)?|"
        r"drop(?:ped|s)?|decreas(?:e|ed|es)|(?:go|goes|went|gone|come|came)\s+down|"
        r"(?:bring|brings|bringing|brought|knock(?:ed|s)?|push(?:ed|es)?|took|take[sn]?)\b"
        r"[^.?!]{0,40}?\bdown)\b|" + ko.RATE_DOWN
    ),
    ("cut", "decrease", "down", "drop", "fall", "fell", "lower", "reduce", "reducing", "slash"),
    hangul=True,
)
_UP = re.compile(
    r"\b(?:rise|rises|rose|risen|raise[ds]?|raising|increas(?:e|ed|es)|jump(?:ed|s)?|"
    r"climb(?:ed|s)?|(?:go|goes|went|gone|come|came)\s+(?:back\s+)?up|back\s+up)\b|" + ko.RATE_UP
)
_CHANGE = re.compile(
    r"\b(?:went|go|goes|gone|came|come|returned|returns|return|moved|changed|switched|"
    r"reverted|set)\s+(?:back\s+)?to\b|" + ko.RATE_CHANGE
)
_END = re.compile(
    # "end of 2025" is a time, not the tariff ended
    r"\b(?:kill(?:ed|s)?|scrap(?:ped|s)?|remov(?:e|ed|es)|end(?:ed|s)?(?! of\b)|eliminat(?:e|ed|es)|"
    r"strik(?:e|es) down|struck down|abolish(?:ed|es)?|invalidat(?:e|ed|es)|(?:get|got) rid of|"
    r"ax(?:e|ed|es)|nix(?:ed)?|void(?:ed)?|wip(?:e|ed) out)\b|" + ko.RATE_END
)
_TARIFF_WORD = r"(?:tariffs?|dut(?:y|ies)|levy|levies|surcharges?)\b"
# the tariff itself ended, not a quota, a pause, a probe or talks about it
_ENDED_TARIFF = re.compile(
    "(?:"
    + _END.pattern
    + r")(?:\s+\S+){0,4}?\s+"
    + _TARIFF_WORD
    + r"|\b"
    + _TARIFF_WORD
    + r"(?:\s+\S+){0,4}?\s+(?:"
    + _END.pattern
    + ")"
    + "|"
    + ko.TARIFF_ENDED
)
_NOT_THE_TARIFF = re.compile(
    r"\b(?:quotas?|pause|exemptions?|waivers?|talks|probes?|investigations?|threats?|"
    r"negotiations?|truce|deadline|cap|refunds?|dispute|war)\b"
)


def _ends_tariff(q: ParsedQuestion) -> bool:
    """'did the court kill the car tariffs', not 'when did the steel quota end'."""
    return bool(_ENDED_TARIFF.search(q.text)) and not _NOT_THE_TARIFF.search(q.text)


_STAY = re.compile(r"\b(?:stay(?:ed|s)?|remain(?:ed|s)?|kept|unchanged)\b|" + ko.RATE_STAY)
_AGREE = re.compile(
    r"\b(?:accept(?:ed|s)?|agree(?:d|s)? (?:to|on)|settle(?:d|s)? (?:for|on))\b|" + ko.RATE_AGREE
)
# "Trump said he was raising tariffs": a move said, not one made; the history's said
# measures answer it (rate_state), not a check of what was collected.
_SPOKEN = re.compile(
    r"\b(?:say|says|said|saying|announc\w*|threat\w*|warn\w*|vow\w*|plan\w*|propos\w*|"
    r"promis\w*|want\w*|would|will|going to|wanted|schedul\w*|due to)\b|" + ko.SPOKEN
)
_AT_ONCE = re.compile(
    rate_state.RIGHT_AFTER.pattern
    + r"|\b(?:the|that|same|that very) day\b|\bimmediately\b|\bat once\b|"
    + ko.AT_ONCE
)
_NUMBER = r"(\d{1,3}(?:\.\d+)?)"
_SEQUENCE = screen(
    re.compile(
        r"\bfrom\s+" + _NUMBER + r"\s*%?\s+to\s+" + _NUMBER + r"\b|"
        r"\b"
        + _NUMBER
        + r"\s*%?\s*,?\s*(?:then|and then|->|→)\s+"
        + _NUMBER
        + r"\b|"
        + ko.RATE_STEPS
    ),
    ("->", "from", "then", "→"),
    hangul=True,
)
# "25 then 15 then 25": more than one step, checked by no one here
_CHAIN = re.compile(
    r"\d\s*%?\s*,?\s*(?:then|and then|->|→|to)\s+\d+\s*%?\s*,?\s*(?:then|and then|->|→|to)\s+\d"
)
# "sec 122 is 20%", "why is the surcharge 15%?": the rate is said to be the tariff's.
_PERCENT = r"\s*(?:%|percent|per cent|pct)"
_IS_WORDS = r"\b(?:is|was|are|were|be|been|at|now|still|'s)\s+(?:now\s+|still\s+|only\s+|just\s+)?"
_WHY_IS = re.compile(r"^(?:so |wait |but |ok |okay )*(?:why|how come)\b.*\b(?:is|are|was|were)\b")
_IS_KO = re.compile(ko.RATE_IS)
_ONLY_TIME_AFTER = (
    r"(?:\s+(?:now|then|today|still|yet|right now|rn|(?:in|on|during|as of|back in)\s+"
    r"(?:[a-z]+\.?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:20\d\d)?))*"
    r"(?:\s+(?:right|correct|true|huh|or not|yeah|then))?\W*$"
)
_ASKED_IS = re.compile(r"^(?:so |wait |ok |okay |but |and )*(?:is|was|are|were|has|have)\b")
# Words the move patterns read, which the vocabulary does not know.
_MOVE_WORDS = re.compile(
    "|".join(
        [_DOWN.pattern, _UP.pattern, _STAY.pattern, _AGREE.pattern, _END.pattern, r"\bback\b"]
        + [r"\baccept"]
    )
)
# Not a claim about what happened: "what if it were 25%?", "korea cut its tariffs on US
# beef" (Korea's own tariffs: the base has the US's on Korean goods).
_NOT_A_CLAIM = screen(
    re.compile(
        r"\b(?:if|suppose|supposing|assuming|hypothetical\w*|imagine)\b|"
        r"\b(?:korea|seoul|south korea)\s+(?:has\s+|had\s+|will\s+|would\s+)?"
        r"(?:cut|lower|reduc|rais|hik|scrap|remov|eliminat|drop|impos)\w*|" + ko.NOT_A_CLAIM
    ),
    ("assuming", "hypothetical", "if", "imagine", "korea", "seoul", "suppose", "supposing"),
    hangul=True,
)
# "trump said 15% on feb 21 but whats actually collected": a rate said, and what is paid
_ACTUAL = re.compile(
    r"\b(?:actually|really|in reality|in practice|collected|charged|in force|in effect|"
    r"applied|paid)\b|" + ko.ACTUAL
)
# "did it go up or down?": a choice asked, not a claim
_EITHER = screen(
    re.compile(
        r"\b(?:up|down|rise|fall|raised|lowered|cut|higher|lower|increase|decrease)\s+or\s+"
        r"(?:up|down|rise|fall|raised|lowered|cut|higher|lower|increase|decrease)\b|" + ko.EITHER
    ),
    ("or",),
    hangul=True,
)
# "25% until November 2025": true up to a time, which no check here reads
_UNTIL = screen(
    re.compile(r"\b(?:until|till|til|through|thru)\b|" + ko.UNTIL),
    ("through", "thru", "til"),
    hangul=True,
)
# "has been 25% since April 2025": from then to now
_SINCE = re.compile(r"\bsince\b|" + ko.SINCE)
# Legal bases a question about Korean goods as a whole may name.
_BASES = {"term:section-122": "section-122", "term:reciprocal": "ieepa", "term:ieepa": "ieepa"}


@dataclass(frozen=True)
class Claim:
    product: str
    basis: str | None  # for Korean goods as a whole: which measure ("section-122", "ieepa")
    # "is" (the rate then), "down", "up", "change" (to a rate, either way), "stay", "agree"
    # (the rate agreed), "steps" (one rate then another), "started" (when did N% start),
    # "end" (the tariff ended), "said" (a rate said, asked what is collected)
    move: str
    rates: tuple[Decimal, ...]  # stated, in order
    day: Day | None  # the day, month or year stated
    event: EventFact | None  # the event stated ("the deal")
    at_once: bool  # "as soon as", "right after"


@dataclass
class Verdict:
    kind: str  # "yes", "no", "said"
    answer: Answer
    # a rate stated for a day (or now), read from the rates collected that day: it stands
    # over a Yes/No taken from the headline of another answer (an announced rate's figure)
    firm: bool = False
    opener: str = ""  # the correction or Yes alone ("Not in force — only threatened.")


@dataclass(frozen=True)
class Step:
    """The day a new rate began to be collected, with the rate collected before it."""

    day: Day
    old: Decimal | None  # None: nothing collected before, or several rates stacked
    new: Decimal
    period: RatePeriod

    @property
    def direction(self) -> str | None:
        if self.old is None or self.old == self.new:
            return None
        return "down" if self.new < self.old else "up"


def _product(q: ParsedQuestion) -> str | None:
    named = {p for p in q.products if p != ALL_GOODS}
    if len(named) == 1:
        return named.pop()
    if named:
        return None
    concepts = set(q.concepts)
    if (
        ALL_GOODS in q.products
        or _BASES.keys() & concepts
        or "country:KR" in concepts
        or "term:reciprocal" in concepts  # "상호관세 20%야?": the rate on Korean goods
    ):
        return ALL_GOODS
    return None


def _basis(q: ParsedQuestion, product: str) -> str | None:
    if product != ALL_GOODS:
        return None
    found = {_BASES[c] for c in q.concepts if c in _BASES}
    return found.pop() if len(found) == 1 else None


def _kept(basis: str | None):
    """Which periods of Korean goods' history the stated measure covers (one function
    per measure, the same each time: steps() reads each once per base)."""
    if basis == "section-122":
        return _section_122
    if basis == "ieepa":
        return _ieepa
    return _any_basis


def _section_122(p: RatePeriod) -> bool:
    return p.basis == "section-122"


def _ieepa(p: RatePeriod) -> bool:
    return p.basis not in ("section-122", "section-301")


def _any_basis(p: RatePeriod) -> bool:
    return True


def _stated_rates(q: ParsedQuestion) -> tuple[Decimal, ...]:
    if q.rates:
        return tuple(dict.fromkeys(q.rates))
    changed = rate_state.CHANGED_TO.search(q.text)
    return (Decimal(changed["rate"]),) if changed else ()


def _asserted(q: ParsedQuestion, rate: Decimal) -> bool:
    """The rate is said to be the tariff's ("is 20%", "why is it 15%?", "15%죠?")."""
    if q.lang == "ko":
        return bool(_IS_KO.search(q.text))
    number = re.escape(format_rate(rate).rstrip("%"))
    if re.search(_IS_WORDS + number + _PERCENT, q.text):
        return True
    if (
        premise.is_check(q)
        and not re.search(r"\b(?:the|a|an|to)\s+" + number, q.text)
        and not {"term:hike", "term:reduce"} & set(q.concepts)
    ):
        # "global tariff 15% rn right": the figure last, then only a time or a tag
        if re.search(r"\b" + number + _PERCENT + _ONLY_TIME_AFTER, q.text):
            return True
    if "yesno" in q.asks and _ASKED_IS.search(q.text):
        # "was steel 50% in may 2025?": the figure last, but for a time or a tag
        return bool(re.search(r"\b" + number + _PERCENT + _ONLY_TIME_AFTER, q.text))
    # "why is the section 122 surcharge 15%?": the figure closes a why-is question
    return bool(_WHY_IS.search(q.text) and re.search(number + _PERCENT + r"\W*$", q.text))


def read_claims(q: ParsedQuestion, base: FactBase) -> list[Claim]:
    """The claims a question states: one, or one per product when it says the tariffs on
    several ended ("did the ruling remove the tariffs on cars and steel?")."""
    named = [p for p in dict.fromkeys(q.products) if p != ALL_GOODS]
    if len(named) > 1 and _ends_tariff(q):
        claims = [read_claim(q, base, product) for product in named]
        ends = [c for c in claims if c is not None and c.move == "end"]
        return ends if len(ends) == len(named) else []
    claim = read_claim(q, base)
    return [claim] if claim is not None else []


def read_claim(q: ParsedQuestion, base: FactBase, product: str | None = None) -> Claim | None:
    """The claim about a product's rate the question states, else None."""
    if q.foreign or q.amounts or q.won or q.amount_problem or "US" in q.origins:
        return None
    if _NOT_A_CLAIM.search(q.text) or _UNTIL.search(q.text) or _EITHER.search(q.text):
        return None
    if {"which", "who", "how_much", "calc", "percent_change"} & q.asks:
        return None
    if DOCUMENTS & set(q.concepts):
        return None  # "was the car tariff cut published in the Federal Register?": the notice
    if [w for w in q.blocking if not (_MOVE_WORDS.fullmatch(w) or _AT_ONCE.fullmatch(w))]:
        return None  # a word not understood: the question may be about something else
    rates = _stated_rates(q)
    if product is None and len(rates) == 1 and _SPOKEN.search(q.text) and _ACTUAL.search(q.text):
        return _said_claim(q, base, rates[0])
    product = product or _product(q)
    if product is None or product not in base.vocabulary.products:
        return None
    if len(rates) > 2:
        return None
    text = q.text
    sequence = _SEQUENCE.search(text)
    if len(rates) == 2:
        if not sequence or _CHAIN.search(text):
            return None  # "15% or 25%?": not one claim
        pair = [Decimal(n) for n in sequence.groups() if n is not None]
        if set(pair) != set(rates):
            return None
        move = "steps"
        rates = tuple(pair)
    elif _END.search(text) and not rates and _ends_tariff(q):
        move = "end"
    elif _STAY.search(text):
        move = "stay"
    elif _AGREE.search(text):
        move = "agree"
    elif _DOWN.search(text) and not _UP.search(text):
        move = "down"
    elif _UP.search(text) and not _DOWN.search(text):
        move = "up"
    elif _CHANGE.search(text) and rates:
        move = "change"
    elif len(rates) == 1 and _asserted(q, rates[0]):
        move = "is"
    elif len(rates) == 1 and "when" in q.asks and rate_state.STARTED.search(text):
        move = "started"
    else:
        return None
    if move in ("is", "agree", "stay", "started") and not rates:
        return None
    if move == "is" and _SINCE.search(text) and (q.time.days or q.time.anchor):
        move = "stay"  # "cars have been 25% since april 2025": then and every day to now
    if move in ("down", "up", "change", "end"):
        moved = {"down": _DOWN, "up": _UP, "change": _CHANGE, "end": _END}[move].search(text)
        spoken = _SPOKEN.search(text)
        # "Trump said he was raising ...", "...올린다고 발표했다": the speech frames the move
        # (before it in English, after it in Korean); "발표되자마자" only dates it
        if moved and spoken:
            framed = (
                spoken.start() > moved.start() if q.lang == "ko" else spoken.start() < moved.start()
            )
            if framed:
                return None
    day = None
    if len(q.time.days) > 1:
        return None
    if q.time.days:
        day = q.time.days[0]
    event = rate_state.anchor_fact(base, q.time.anchor) if q.time.anchor else None
    if q.time.anchor and event is None:
        event = rate_state.anchor_fact(base, text) or _deal(base, q)
        if event is None and day is None:
            return None  # a time named that the base cannot place
    if q.time.relation == "before":
        return None
    if event is None and day is None:
        event = rate_state.anchor_fact(base, text) or _deal(base, q) or _named_by_stem(base, text)
    if event is None and day is None and q.lang == "en":
        stated = premise.stated_day(q.raw)
        if stated is not None and stated.year is None:
            # "did cars go down to 15% on august 7?": the one year that day can be in
            day = _year_of(base, product, _kept(_basis(q, product)), stated)
            if day is None:
                return None  # a day of more than one year the sources cover: unclear
    if event is not None and event.date is None:
        return None
    if move == "end" and event is None and day is None:
        return None  # "a court killed it": which ruling, and when, is unclear
    return Claim(product, _basis(q, product), move, rates, day, event, bool(_AT_ONCE.search(text)))


def _year_of(base: FactBase, product: str, kept, stated: premise.StatedDate) -> Day | None:
    """The month (and day) a claim states without a year, in the one year it can be: from
    the product's first rate collected to the newest report. None when several fit."""
    first = _first_collected(base, product, kept)
    if first is None or base.as_of is None:
        return None
    fits = []
    for year in range(first.year, base.as_of.year + 1):
        last = stated.day or calendar.monthrange(year, stated.month)[1]
        start = Day(year, stated.month, stated.day or 1)
        if start.sort_key <= base.as_of.sort_key and (year, stated.month, last) >= first.sort_key:
            fits.append(
                Day(year, stated.month, stated.day) if stated.day else Day(year, stated.month)
            )
    return fits[0] if len(fits) == 1 else None


def _said_claim(q: ParsedQuestion, base: FactBase, rate: Decimal) -> Claim | None:
    """'trump said 15% on feb 21 but whats actually collected': the one measure said at
    that rate (on that day, of that product, when the question names them)."""
    named = _product(q) if (q.products or _BASES.keys() & set(q.concepts)) else None
    stated = premise.stated_day(q.raw)
    found = set()
    for product in products_with_history(base):
        if named is not None and product != named:
            continue
        for period in rate_history(base, product):
            if period.collected or period.rate != rate or period.start is None:
                continue
            if stated is not None and not stated.fits(period.start):
                continue
            if _carried_out(base, product, period, lambda p, b=period.basis: p.basis == b):
                continue
            basis = period.basis if period.basis in ("section-122", "ieepa") else None
            found.add((product, basis if product == ALL_GOODS else None))
    if len(found) != 1:
        return None
    product, basis = next(iter(found))
    return Claim(product, basis, "said", (rate,), None, None, False)


def _deal(base: FactBase, q: ParsedQuestion) -> EventFact | None:
    """ "the deal" unnamed: the first deal the base names (an agreed event with names)."""
    if "term:deal" not in q.concepts:
        return None
    deals = [e for e in base.of_kind("event") if e.status == "agreed" and e.date and e.names]
    return min(deals, key=lambda e: day_key(e.date)) if deals else None


# The last word of an event's name the question may leave out: "did the supreme court
# kill ..." names "the supreme court ruling".
_NAME_ENDS = ("ruling", "decision", "vote", "summit", "announcement", "raid")


def _named_by_stem(base: FactBase, text: str) -> EventFact | None:
    """The event whose name, less its last word, is in the text (two words at least)."""
    text = fold(text)
    found = []
    for event in base.of_kind("event"):
        for name in event.names:
            words = fold(name).split()
            if words[:1] == ["the"]:
                words = words[1:]
            if len(words) >= 3 and words[-1] in _NAME_ENDS and event.date is not None:
                if rate_state.re_word(" ".join(words[:-1]), text):
                    found.append(event)
                    break
    return found[0] if len(found) == 1 else None


def _fits(stated: Day, day: Day) -> bool:
    return (
        day.year == stated.year
        and (stated.month is None or day.month == stated.month)
        and (stated.day is None or day.day == stated.day)
    )


def _rates_on(base: FactBase, product: str, day: Day, kept) -> list[RatePeriod]:
    state = state_on(base, product, day)
    return [p for p in rate_state._dedupe(state.in_force) if kept(p)]


def steps(base: FactBase, product: str, kept) -> list[Step]:
    """Each day a new rate began to be collected, in order, with the rate before it.
    Read from the base alone (the rates in force on each day of the product's history),
    so once per base, product and measure (as knowledge.history.rate_history); each
    caller gets its own list of the (frozen) steps."""
    if kept not in (_section_122, _ieepa, _any_basis):
        return _steps(base, product, kept)  # a filter of the caller's own: not kept
    held = base.__dict__.setdefault("_rate_steps", {})
    key = (product, kept)
    found = held.get(key)
    if found is None:
        found = held[key] = tuple(_steps(base, product, kept))
    return list(found)


def _steps(base: FactBase, product: str, kept) -> list[Step]:
    days = sorted(
        {p.start for p in rate_history(base, product) if p.collected and p.start and kept(p)},
        key=lambda d: d.sort_key,
    )
    out: list[Step] = []
    before: set[Decimal] = set()
    for day in days:
        periods = _rates_on(base, product, day, kept)
        rates = {p.rate for p in periods}
        if len(rates) != 1:
            before = rates or before
            continue
        new = rates.pop()
        if before != {new}:
            old = next(iter(before)) if len(before) == 1 else None
            started = [p for p in periods if p.start == day] or periods
            out.append(Step(day, old, new, started[0]))
        before = {new}
    return out


def _said(base: FactBase, product: str, kept) -> list[RatePeriod]:
    return [p for p in rate_history(base, product) if not p.collected and p.start and kept(p)]


def _carried_out(base: FactBase, product: str, period: RatePeriod, kept) -> bool:
    """A rate said while (or before) that rate was collected: "no source reports it in
    force" would be untrue."""
    start = period.start
    return start is not None and any(
        p.collected
        and kept(p)
        and p.rate == period.rate
        and (p.end is None or p.end.sort_key >= start.sort_key)
        for p in rate_history(base, product)
    )


def _first_collected(base: FactBase, product: str, kept) -> Day | None:
    starts = [p.start for p in rate_history(base, product) if p.collected and p.start and kept(p)]
    return min(starts, key=lambda d: d.sort_key) if starts else None


def _in_window(claim: Claim, day: Day) -> bool:
    """The day falls in the time the claim states (any day when it states none)."""
    if claim.day is not None:
        if claim.at_once and claim.day.day is not None:
            return day == claim.day
        return _fits(claim.day, day)
    if claim.event is not None and claim.event.date is not None:
        if claim.at_once:
            return day.sort_key == claim.event.date.sort_key
        return day.sort_key >= claim.event.date.sort_key
    return True


def check(q: ParsedQuestion, base: FactBase) -> Verdict | None:
    if q.concepts.keys() & STACKING:
        return None  # "do cars pay MFN on top of 15%?": whether duties stack, not the rate
    if "term:prevent" in q.concepts:
        return None  # "did korea stop the tariff increase?": whether it was stopped, not a rise
    claims = read_claims(q, base)
    verdicts = [_check(q, base, claim) for claim in claims]
    if not verdicts or None in verdicts:
        return None
    if len(verdicts) > 1:
        return _together(q, base, [v for v in verdicts if v is not None])
    verdict = verdicts[0]
    if verdict is not None and claims[0].move == "is" and verdict.kind in ("yes", "no"):
        verdict.firm = True
    return verdict


def _together(q, base, verdicts: list[Verdict]) -> Verdict | None:
    """One reply for several products: only when each gets the same verdict."""
    if len({v.kind for v in verdicts}) != 1:
        return None
    ids = list(dict.fromkeys(i for v in verdicts for i in v.answer.facts))
    text = verdicts[0].answer.text
    for verdict in verdicts[1:]:
        # each sentence once: the event and its notes are told for the first product
        kept_part = [c for c in re.split(r"(?<=[.)])\s+", verdict.answer.text) if c not in text]
        text = f"{text} {' '.join(kept_part)}"
    together = _reply(q, base, verdicts[0].kind, "", text, [base.fact(i) for i in ids])
    together.answer.text = text  # each part told its facts' notes already
    return together


def _check(q: ParsedQuestion, base: FactBase, claim: Claim) -> Verdict | None:
    kept = _kept(claim.basis)
    first = _first_collected(base, claim.product, kept)
    when = claim.day or (claim.event.date if claim.event else None)
    if base.as_of is None or (first is None and when is not None):
        return None  # no start known: a time asked about cannot be placed in the history
    if first is None and not any(
        p.collected and kept(p) for p in rate_history(base, claim.product)
    ):
        return None
    if when is not None and first is not None:
        if when.sort_key > base.as_of.sort_key:
            return None
        if claim.day is not None and (claim.day.year, claim.day.month or 12, 31) < first.sort_key:
            return None  # before the history begins: the sources cannot tell
        if claim.event is not None and claim.at_once and when.sort_key < first.sort_key:
            return None
    if claim.move in ("down", "up", "change"):
        return _check_move(q, base, claim, kept)
    if claim.move == "steps":
        return _check_steps(q, base, claim, kept)
    if claim.move == "stay":
        return _check_stay(q, base, claim, kept)
    if claim.move == "agree":
        return _check_agreed(q, base, claim, kept)
    if claim.move == "end":
        return _check_end(q, base, claim, kept)
    if claim.move == "said":
        return _check_said(q, base, claim, kept)
    return _check_rate(q, base, claim, kept)


def _moment_day(base: FactBase, claim: Claim) -> Day:
    if claim.day is not None:
        return claim.day
    if claim.event is not None and claim.event.date is not None:
        return claim.event.date
    return base.as_of


def _state_text(q, base, claim: Claim, kept, day: Day | None = None) -> tuple[str, list[Fact]]:
    """What was in force on the day (now when none), and what was said then."""
    if day is None:
        when = rate_state.now_moment(base)
    else:
        shown = day
        when = rate_state.Moment(shown, False, rate_state._said(lambda w: w.at_day(shown)))
    state = state_on(base, claim.product, when.day)
    # none in force under the law asked ("the reciprocal tariff" after the ruling): what is
    # in force instead, never "no tariff in force"
    state.in_force = [p for p in state.in_force if kept(p)] or state.in_force
    state.pending = [p for p in state.pending if kept(p)]
    state.ended = [p for p in state.ended if kept(p)]
    text = rate_state.describe_state(state, base, when, q.lang)
    return text, rate_state.state_facts(state, base)


def _said_lines(
    q, base, claim: Claim, kept, shown: list[Fact], told: str = ""
) -> tuple[str, list[Fact]]:
    """The stated rate, when it was only said (threatened, announced, agreed): who said it
    and when, never as in force."""
    words = phrasebook.of(q.lang)
    lines, used = [], []
    for period in _said(base, claim.product, kept):
        if period.rate not in claim.rates or period.status == "under_investigation":
            continue
        if _carried_out(base, claim.product, period, kept):
            continue
        fact = base.fact(period.fact_id)
        if fact in shown or fact in used:
            continue
        who = rate_state._who(base, fact, q.lang)
        by = bool(getattr(fact, "by", None))
        line = words.pending_measure(
            period.start,
            who,
            by,
            period.rate,
            period.status,
            rate_state.basis_text(period),
            rate_state.newest_report(base, q.lang),
            True,
        )
        if line in told:
            continue  # said already, from another report of the same measure
        lines.append(line)
        used.append(fact)
        break
    return " ".join(lines), used


def _reply(q, base, kind: str, opener: str, body: str, facts: list[Fact]) -> Verdict:
    text = f"{opener} {body}".strip()
    result = answer(q, base, facts, text, [], 1.0, note_status=False, note_history=False)
    result.question = q.raw
    result.topic = q
    result.as_of = base.as_of  # every reply tells the rate now, or the history up to now
    return Verdict(kind, result, opener=opener)


def _body(q, base, claim: Claim, kept, day: Day | None) -> tuple[str, list[Fact]]:
    text, facts = _state_text(q, base, claim, kept, day)
    if day is not None and day.sort_key != base.as_of.sort_key:
        now_text, now_facts = _state_text(q, base, claim, kept, None)
        if now_text not in text:
            text = f"{text} {now_text}"
            facts += [f for f in now_facts if f not in facts]
    said, more = _said_lines(q, base, claim, kept, facts, text)
    return " ".join(filter(None, [text, said])), facts + more


def _goods(base, claim: Claim, lang: str) -> str:
    return rate_state.goods(base, claim.product, lang)


def _explained(base, claim: Claim, kept, step: Step) -> bool:
    """The step went the other way from the rate collected, but the claimed way from a
    rate said before it ("cut to 15%" from a threatened 25%): the sources tell both."""
    return any(
        day_key(p.start) < step.day.sort_key
        and claim.move != "change"
        and ((p.rate > step.new) if claim.move == "down" else (p.rate < step.new))
        for p in _said(base, claim.product, kept)
    )


def _window_end(claim: Claim) -> _dt.date | None:
    """The last day of the time the claim states."""
    day = claim.day or (claim.event.date if claim.event and claim.at_once else None)
    if day is None:
        return None
    month = day.month or 12
    last = day.day or calendar.monthrange(day.year, month)[1]
    return _dt.date(day.year, month, last)


def _near(claim: Claim, step: Step) -> bool:
    """A step just after the time stated ("right after the Gyeongju summit": three days
    later): close enough that the claim may mean it."""
    end = _window_end(claim)
    if end is None or step.day.month is None or step.day.day is None:
        return False
    gap = (_dt.date(step.day.year, step.day.month, step.day.day) - end).days
    return 0 < gap <= NEAR_DAYS


NEAR_DAYS = 10


def _way(move: str, old: Decimal, new: Decimal) -> bool:
    """A change from old to new goes the way the claim says ("change": any way)."""
    if move == "change":
        return new != old
    return new < old if move == "down" else new > old


def _goes(claim: Claim, step: Step) -> bool:
    return step.old is not None and _way(claim.move, step.old, step.new)


def _check_move(q, base, claim: Claim, kept) -> Verdict | None:
    words = phrasebook.of(q.lang).casual
    rate = claim.rates[0] if claim.rates else None
    history = steps(base, claim.product, kept)
    if claim.event is not None and claim.day is None and not claim.at_once:
        after = [s for s in history if s.day.sort_key >= day_key(claim.event.date)]
        window = after[:1]  # "did the deal cut steel": the next change after it
    else:
        window = [s for s in history if _in_window(claim, s.day)]
    hits = [s for s in window if rate is None or s.new == rate]
    day = _moment_day(base, claim) if (claim.day or claim.event) else None
    if any(_goes(claim, s) for s in hits):
        moves = [s for s in hits if _goes(claim, s)]
        if (
            "when" in q.asks
            and rate is not None
            and len(moves) == 1
            and not claim.day
            and not claim.event
            and _only_the_move(q)
        ):
            # "when was the car tariff cut to 15%?": the day it was collected, not the day
            # a report first said it
            step = moves[0]
            body, facts = _body(q, base, claim, kept, None)  # the day is in the opener
            facts = [base.fact(step.period.fact_id), *facts]
            opener = words.moved_when(step.day, step.old, step.new)
            return _reply(q, base, "when", opener, body, facts)
        if not premise_check(q):
            return None  # a true premise: the question is answered as asked
        step = moves[0]
        body, facts = _body(q, base, claim, kept, step.day)
        facts = [base.fact(step.period.fact_id), *facts]
        opener = words.moved_yes(step.day, step.old, step.new)
        return _reply(q, base, "yes", opener, body, facts)
    if any(s.direction is None or _explained(base, claim, kept, s) for s in hits):
        return None  # a first rate, stacked ones, or a move from a rate only said
    to_rate = [s for s in history if rate is not None and s.new == rate]
    if any(
        _near(claim, s)
        and (_goes(claim, s) or s.direction is None or _explained(base, claim, kept, s))
        for s in to_rate
    ):
        return None  # the change came days after the time stated: the claim may mean it
    later = [s for s in to_rate if _goes(claim, s)]
    if later and claim.at_once and not window:
        step = later[0]  # "fell to 15% as soon as the deal": only on November 1
        opener = words.moved_later(step.day, step.old, step.new)
        body, facts = _body(q, base, claim, kept, day)
        return _reply(q, base, "no", opener, body, [base.fact(step.period.fact_id), *facts])
    said = [
        p
        for p in _said(base, claim.product, kept)
        if p.start is not None
        and _in_window(claim, p.start)
        and (rate is None or p.rate == rate)
        and (claim.day is not None or claim.event is not None)
    ]
    if said and not hits and said[0].start is not None:
        olds = {p.rate for p in _rates_on(base, claim.product, said[0].start, kept)}
        old = olds.pop() if len(olds) == 1 else None
        if old is not None and _way(claim.move, old, said[0].rate):
            # said then, not collected then: with when it was, if it ever was
            taken = [s for s in later if s.day.sort_key > said[0].start.sort_key]
            opener = (
                words.said_then(said[0].status, taken[0].day, taken[0].old, taken[0].new)
                if taken
                else words.said_only(said[0].status)
            )
            body, facts = _body(q, base, claim, kept, day)
            if taken:
                facts = [base.fact(taken[0].period.fact_id), *facts]
            return _reply(q, base, "said", opener, body, facts)
    announced = [
        p for p in _said(base, claim.product, kept) if p.start is not None and p.rate == rate
    ]
    if announced and not hits and not (claim.day or claim.event):
        # "did pharma go up to 25%?": said (announced, threatened), never collected
        newest = max(p.start.sort_key for p in announced if p.start)
        said_last = min(  # the newest said, by the firmest status reports give it
            (p for p in announced if p.start and p.start.sort_key == newest),
            key=lambda p: rate_state.rank_status(p.status),
        )
        body, facts = _body(q, base, claim, kept, None)
        opener = words.said_only(said_last.status)
        return _reply(q, base, "said", opener, body, [base.fact(said_last.fact_id), *facts])
    moved = [s for s in window if s.direction is not None and not _goes(claim, s)]
    if moved and (claim.day or claim.event):
        step = moved[0]  # "the car tariff rose to 25% on nov 1": it fell that day
        opener = words.moved_no(step.day, step.old, step.new)
        body, facts = _body(q, base, claim, kept, step.day)
        return _reply(q, base, "no", opener, body, [base.fact(step.period.fact_id), *facts])
    if window and not (claim.day or claim.event):
        return None  # moves at other rates, no time stated: which one is meant is unclear
    if later and not (claim.day or claim.event):
        return None
    opener = words.no_move(
        {"up": True, "down": False}.get(claim.move),
        rate,
        _goods(base, claim, q.lang),
        claim.day,
        (claim.event.names or ("",))[0] if claim.event and not claim.day else None,
        claim.event.date if claim.event and not claim.day else None,
    )
    body, facts = _body(q, base, claim, kept, None if claim.event and not claim.day else day)
    return _reply(q, base, "no", opener, body, facts)


# What "when was the car tariff cut to 15%?" names beside the move itself: anything else
# ("published in the Federal Register", "announced") asks about another event.
# The legal bases are read from engine.parse (the vocabulary's own keys), all but Section
# 301: no rate history is kept under it, so "the 301 tariff cut to 15%" is another measure.
MOVE_ONLY = {
    "term:tariff",
    "term:rate",
    "term:reduce",
    "term:hike",
    "term:reciprocal",
    "term:in effect",
} | {c for c in BASIS_CONCEPTS if c != "term:section-301"}


def _only_the_move(q: ParsedQuestion) -> bool:
    return all(c in MOVE_ONLY or c.startswith(("product:", "country:")) for c in q.concepts)


def _timeline(q, base, claim: Claim, kept) -> tuple[str, list[Fact]]:
    history = steps(base, claim.product, kept)
    text = phrasebook.of(q.lang).casual.rate_steps(
        _goods(base, claim, q.lang), [(s.new, s.day) for s in history]
    )
    state = state_on(base, claim.product, base.as_of)
    ended = [p for p in state.ended if kept(p)]
    words = phrasebook.of(q.lang)
    for period in ended:
        text += " " + words.ended_tariff(
            period.rate, rate_state.basis_text(period), period.start, period.end, period.status
        )
    facts = [base.fact(s.period.fact_id) for s in history] + [base.fact(p.fact_id) for p in ended]
    return text, list(dict.fromkeys(facts))


def _was_said(base, claim: Claim, kept, rate: Decimal, before: Day) -> bool:
    """The rate was said (or set and stopped) for the product before the day."""
    return any(
        p.rate == rate and p.start and p.start.sort_key < before.sort_key and kept(p)
        for p in rate_history(base, claim.product)
        if not p.collected or p.status in RATE_ENDED
    )


def _check_steps(q, base, claim: Claim, kept) -> Verdict | None:
    words = phrasebook.of(q.lang).casual
    first, second = claim.rates
    history = [s for s in steps(base, claim.product, kept) if _in_window(claim, s.day)]
    text, facts = _timeline(q, base, claim, kept)
    matching = [s for s in history if s.old == first and s.new == second]
    if matching:
        if not premise_check(q) and "why" in q.asks:
            return None
        if not premise_check(q) and "when" in q.asks and len(matching) == 1:
            # "when did it go from 25% to 15%?": the day, not a Yes to a question not asked
            step = matching[0]
            return _reply(
                q, base, "when", words.moved_when(step.day, step.old, step.new), text, facts
            )
        return _reply(q, base, "yes", words.yes_steps, text, facts)
    into = [s for s in history if s.new == second]
    if any(_was_said(base, claim, kept, first, s.day) for s in into):
        return None  # "from 25 to 15": from a rate threatened or paused, as reports put it
    if into and all(s.old is not None and s.old != first for s in into):
        return _reply(q, base, "no", words.no_steps, text, facts)  # "went 10 then 50"
    if history and not into and not any(s.new == first for s in history):
        return _reply(q, base, "no", words.no_steps, text, facts)
    return None  # no rate known before, or part of it right: the sources tell


def _check_stay(q, base, claim: Claim, kept) -> Verdict | None:
    words = phrasebook.of(q.lang).casual
    rate = claim.rates[0]
    start = claim.event.date if claim.event and claim.event.date else _moment_day(base, claim)
    held = {p.rate for p in _rates_on(base, claim.product, start, kept)}
    moved = [
        s
        for s in steps(base, claim.product, kept)
        if s.day.sort_key > (start.year, start.month or 12, start.day or 31)
    ]
    ended = [p for p in state_on(base, claim.product, base.as_of).ended if kept(p)]
    if held == {rate} and not moved and not ended:
        if not premise_check(q):
            return None
        text, facts = _state_text(q, base, claim, kept, None)
        return _reply(q, base, "yes", words.yes_rate(rate), text, facts)
    if moved and moved[0].direction is not None:
        opener = words.moved_no(moved[0].day, moved[0].old, moved[0].new)
    elif len(held) == 1 and held != {rate}:
        opener = words.no_rate(next(iter(held)), rate)
    else:
        return None
    text, facts = _timeline(q, base, claim, kept)
    return _reply(q, base, "no", opener, text, facts)


def _check_said(q, base, claim: Claim, kept) -> Verdict | None:
    """A rate said, asked what is collected: the rate in force now, and what was said."""
    said = [p for p in _said(base, claim.product, kept) if p.rate in claim.rates]
    now = {p.rate for p in _rates_on(base, claim.product, base.as_of, kept)}
    if not said or not now or claim.rates[0] in now:
        return None
    body, facts = _body(q, base, claim, kept, None)
    return _reply(
        q, base, "said", phrasebook.of(q.lang).casual.said_only(said[0].status), body, facts
    )


def _check_end(q, base, claim: Claim, kept) -> Verdict | None:
    """'did the supreme court kill the car tariffs?': did a measure on the product end then."""
    words = phrasebook.of(q.lang).casual
    ended = [
        p
        for p in rate_history(base, claim.product)
        if kept(p) and p.status in RATE_ENDED and p.end is not None and _ends_in(claim, p.end)
    ]
    if ended:
        return None  # one did: answered as asked
    start = claim.day or (claim.event.date if claim.event else None)
    if start is None:
        return None
    then = _rates_on(base, claim.product, start, kept)
    now = _rates_on(base, claim.product, base.as_of, kept)
    if not then or not now:
        return None  # nothing collected then, or nothing now: the sources tell no end
    event = claim.event if claim.day is None else None
    opener = words.no_end(
        _goods(base, claim, q.lang),
        claim.day,
        (event.names or ("",))[0] if event else None,
        event.date if event else None,
    )
    body, facts = _state_text(q, base, claim, kept, None)
    told = event.says(q.lang) if event is not None else None
    if told and event is not None:  # what the event did ("... IEEPA tariffs were unlawful")
        body = f"{told} {body}"
        facts = [event, *facts]
    return _reply(q, base, "no", opener, body, facts)


def _ends_in(claim: Claim, end: Day) -> bool:
    if claim.day is not None:
        return _fits(claim.day, end)
    if claim.event is not None and claim.event.date is not None:
        return end.sort_key >= claim.event.date.sort_key
    return True


def _check_agreed(q, base, claim: Claim, kept) -> Verdict | None:
    words = phrasebook.of(q.lang).casual
    rate = claim.rates[0]
    agreed = [
        p
        for p in rate_history(base, claim.product)
        if p.status == "agreed" and p.start and kept(p) and _in_window(claim, p.start)
    ]
    rates = {p.rate for p in agreed}
    if not rates or len(rates) != 1:
        return None  # none reported, or several: answered as asked
    if rate in rates:
        if not premise_check(q):
            return None
        fact = base.fact(agreed[0].fact_id)
        line = phrasebook.of(q.lang).pending_measure(
            agreed[0].start,
            rate_state._who(base, fact, q.lang),
            False,
            rate,
            "agreed",
            rate_state.basis_text(agreed[0]),
            phrasebook.of(q.lang).at_day(agreed[0].start),
            False,
        )
        body, facts = _body(q, base, claim, kept, None)
        return _reply(q, base, "yes", words.yes_rate(rate), f"{line} {body}", [fact, *facts])
    right = rates.pop()
    body, facts = _body(q, base, claim, kept, None)
    said = [base.fact(agreed[0].fact_id)]
    words_ = phrasebook.of(q.lang)
    line = words_.pending_measure(
        agreed[0].start,
        rate_state._who(base, said[0], q.lang),
        False,
        right,
        "agreed",
        rate_state.basis_text(agreed[0]),
        phrasebook.of(q.lang).at_day(agreed[0].start),
        False,
    )
    return _reply(q, base, "no", words.no_rate(right, rate), f"{line} {body}", said + facts)


def _check_rate(q, base, claim: Claim, kept) -> Verdict | None:
    words = phrasebook.of(q.lang).casual
    rate = claim.rates[0]
    history = [p for p in rate_history(base, claim.product) if kept(p)]
    if claim.move == "started":
        if any(p.rate == rate and p.collected for p in history):
            return None  # it did start: answered as asked
        goods = _goods(base, claim, q.lang)
        basis = BASES.get(claim.basis or "", "")
        if any(p.rate == rate for p in history):
            said = next(p for p in history if p.rate == rate)
            opener = words.said_only(said.status)
            kind = "said"
        else:
            opener = words.no_such_rate(rate, basis, goods)
            kind = "no"
        body, facts = _body(q, base, claim, kept, None)
        return _reply(q, base, kind, opener, body, facts)
    day = None if claim.day is None and claim.event is None else _moment_day(base, claim)
    if claim.event is not None and claim.day is None and claim.event.date is not None:
        later = [
            p.start
            for p in history
            if p.collected and p.start and p.start.sort_key >= claim.event.date.sort_key
        ]
        if later and not claim.at_once:
            day = min(later, key=lambda d: d.sort_key)
    held = {p.rate for p in _rates_on(base, claim.product, day or base.as_of, kept)}
    if not held and day is None and premise_check(q):
        return _ended_now(q, base, claim, kept)
    if len(held) != 1:
        return None
    right = next(iter(held))
    if day is not None and (day.month is None or day.day is None):
        # "in June 2025": every rate collected some day of it (25% to June 3, then 50%)
        start = Day(day.year, day.month or 1, 1)
        during = {p.rate for p in _rates_on(base, claim.product, start, kept)} | {
            s.new for s in steps(base, claim.product, kept) if _fits(day, s.day)
        }
        if rate in during and during != {rate}:
            return None  # right for part of the time stated
    if right == rate:
        if not premise_check(q):
            return None
        body, facts = _body(q, base, claim, kept, day)
        return _reply(q, base, "yes", words.yes_rate(rate), body, facts)
    body, facts = _body(q, base, claim, kept, day)
    return _reply(q, base, "no", words.no_rate(right, rate), body, facts)


def _ended_now(q, base, claim: Claim, kept) -> Verdict | None:
    """ "is the reciprocal tariff 15%?" after the ruling: the measure asked about has ended,
    so No, when and how it ended, then what is collected now."""
    ended = [p for p in state_on(base, claim.product, base.as_of).ended if kept(p)]
    if not ended or ended[-1].end is None:
        return None
    last = ended[-1]
    words = phrasebook.of(q.lang)
    told = words.ended_tariff(
        last.rate, rate_state.basis_text(last), last.start, last.end, last.status
    )
    every = Claim(claim.product, None, claim.move, claim.rates, None, None, False)
    body, facts = _state_text(q, base, every, lambda p: True, None)
    opener = words.casual.no_act if told in body else f"{words.casual.no_act} {told}"
    return _reply(q, base, "no", opener, body, [base.fact(last.fact_id), *facts])


def premise_check(q: ParsedQuestion) -> bool:
    """Asked to be confirmed (a yes/no question or a tag), not why or when."""
    return premise.is_check(q) and not ({"why", "when"} & q.asks)


# An answer that already opens with Yes or No about the stated figure.
_OPENED = re.compile(r"^(?:Yes\b|No\b|The premise is off|" + ko.OPENED + ")")


def has_verdict(text: str) -> bool:
    return bool(_OPENED.search(text))
