"""A product's tariff at a time: what was in force, what was only threatened, announced
or agreed then, and what had ended; with the date it is true as of and, for "now",
how old the newest report is.

Tariffs on Korean goods changed many times (25%, a deal at 15%, a 25% threat, a court
ruling, a surcharge), so a rate question is answered from the dated history of the
product, never from whichever single report matched best.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

import phrasebook
from engine import clock, detail
from engine import lexicon_ko as ko
from engine.answer import Answer
from engine.decide import sum_paid_asked
from engine.lexicon_ko import is_hangul
from engine.match import BASES as NAMED_BASES
from engine.match import DOCUMENTS, FIRST_ASK, imposed_now
from engine.parse import ParsedQuestion
from handlers.common import answer, declined
from knowledge.factbase import EventFact, Fact, FactBase, RateFact
from knowledge.history import (
    ALL_GOODS,
    RatePeriod,
    RateState,
    day_end,
    day_key,
    rate_history,
    state_on,
)
from knowledge.schema import BASES, NOT_IN_EFFECT
from values.dates import Day
from values.money import format_rate
from values.patterns import screen
from values.text import fold


@dataclass
class Moment:
    """The day a question is about, and how to say it."""

    day: Day
    now: bool
    labels: dict[str, str]  # language -> how it is said

    def label(self, lang: str) -> str:
        return self.labels.get(lang) or self.labels["en"]

    @property
    def label_en(self) -> str:
        return self.label("en")

    @property
    def label_ko(self) -> str:
        return self.label("ko")


def _said(say) -> dict[str, str]:
    """{language: say(that language's phrasebook)} for every language."""
    return {lang: say(book) for lang, book in phrasebook.BOOKS.items()}


def age_text(day: Day, lang: str) -> str:
    """'about 6 months ago' / '약 6개월 전'."""
    return phrasebook.of(lang).ago(clock.age_in_days(day))


def newest_report(base: FactBase, lang: str) -> str:
    """'as of June 8, 2026, the newest report I have (about 6 months ago)'."""
    return phrasebook.of(lang).newest_report(base.as_of, age_text(base.as_of, lang))


def anchor_fact(base: FactBase, words: str) -> EventFact | None:
    """The dated event a phrase names ("the deal", "the Supreme Court ruling"): the event
    with the longest of its `names` inside the phrase."""
    words = fold(words)
    best: tuple[int, EventFact] | None = None
    for fact, names in _event_names(base):
        for name in names:
            if re_word(name, words) and (best is None or len(name) > best[0]):
                best = (len(name), fact)
    return best[1] if best else None


def _event_names(base: FactBase) -> tuple[tuple[EventFact, tuple[str, ...]], ...]:
    """Each dated event with its names folded: read once per base (anchor_fact runs for
    each question that names a time by an event, and folds every name)."""
    held = base.__dict__.get("_event_names")
    if held is None:
        held = base.__dict__["_event_names"] = tuple(
            (fact, tuple(fold(name) for name in fact.names))
            for fact in base.of_kind("event")
            if fact.date is not None
        )
    return held


# "right after the deal", "immediately after": the day of the event, not the rate it led to.
RIGHT_AFTER = re.compile(
    r"\b(?:right|immediately|straight|directly|just|soon)\s+after\b|\bas soon as\b"
)


def re_word(name: str, text: str) -> bool:
    index = text.find(name)
    if index < 0:
        return False
    end = index + len(name)
    return (index == 0 or not text[index - 1].isalnum()) and (
        end == len(text) or not text[end].isalnum() or is_hangul(text[end])
    )


# "at the start of 2026", "end of 2025", "early 2026": the first or last day of the year
# (or month) named, not the year as a whole (read at its end)
_EDGE = re.compile(
    r"\b(?P<start>start|beginning|outset|early)(?: of)?(?: the year)?(?: of)? (?:\w+ )?(?:19|20)\d\d\b"
    r"|\b(?P<end>end|close|late)(?: of)?(?: the year)?(?: of)? (?:\w+ )?(?:19|20)\d\d\b"
)


def _edge_of(q: ParsedQuestion, day: Day) -> Day:
    """The day asked: the first or last day of a year or month named with 'start of' or
    'end of'; else the day as read."""
    if day.day is not None:
        return day
    edge = _EDGE.search(q.text)
    if edge is None:
        return day
    if edge["start"]:
        return Day(day.year, day.month or 1, 1)
    return _edge_of_window(day)


def moment(q: ParsedQuestion, base: FactBase, product: str) -> tuple[Moment, Fact | None] | None:
    """The day asked about; None when the question names a time the base cannot place."""
    time = q.time
    if time.days:
        day = _edge_of(q, time.days[0])
        if base.as_of is not None and day.sort_key > base.as_of.sort_key:
            return None  # "in 2027": after the newest report, no source can tell
        return Moment(day, False, _said(lambda w: w.at_day(day))), None
    if time.anchor:
        event = anchor_fact(base, time.anchor)
        if event is None:
            return None
        when = event.date
        if when is None:  # anchor_fact gives only dated events
            return None
        name = (event.names or ("it",))[0]
        if time.relation == "before":
            day = when.before()
            return Moment(day, False, _said(lambda w: w.before_event(name, when))), event
        if event.status in NOT_IN_EFFECT:
            return None  # "after the hike" that never took effect: a what-if, not a time
        if time.relation == "during":  # "during the 90-day pause": from its first day
            return Moment(when, False, _said(lambda w: w.during_event(name, when))), event
        later = [
            p.start
            for p in rate_history(base, product)
            if p.collected and p.start and p.start.sort_key >= when.sort_key
        ]
        day = min(later, key=lambda d: d.sort_key) if later else when
        if RIGHT_AFTER.search(q.text):
            day = when  # "right after the deal": that day's rate, not the next change
        if day.sort_key != when.sort_key:  # the next change, days later: say from when
            return Moment(day, False, _said(lambda w: w.after_event_from(name, when, day))), event
        return Moment(day, False, _said(lambda w: w.after_event(name, when))), event
    yearless = yearless_day(q, base)
    if yearless is not None:
        if yearless is AMBIGUOUS:
            return None
        return Moment(yearless, False, _said(lambda w: w.at_day(yearless))), None
    if first_asked(q):
        # "상호관세 처음에 몇 %였어?", "what was the car tariff at first?": the first rate,
        # not today's; None when the first reports disagree on it
        first = first_rate_day(base, product)
        if first is None:
            return None
        return Moment(first, False, _said(lambda w: w.at_day(first))), None
    return now_moment(base), None


_MONTH_NAMES = (
    "january february march april may june july august september october november december"
).split()
_MONTH_ABBR = {name[:3]: i + 1 for i, name in enumerate(_MONTH_NAMES)} | {"sept": 9}
# "in October", "on Aug 7", "since august": a month named without its year ("may" only
# after "in", where it is not the verb)
YEARLESS_MONTH = re.compile(
    r"\b(?:(?:on|of|from|since|during|by|until|till|late|early|mid) (?:the )?"
    r"(?P<m>jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)[a-z]*|in (?:the )?"
    r"(?P<m2>jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*)\.?"
    r"(?: (?P<d>[1-3]?\d)(?:st|nd|rd|th)?\b)?"
    r"|" + ko.YEARLESS_MONTH_KO
)
AMBIGUOUS = Day(1)  # a month that fell in more than one year of the dispute


def yearless_day(q: ParsedQuestion, base: FactBase) -> Day | None:
    """The day a month named without its year means ("10월에 자동차 관세 몇 %였어?",
    "the car tariff in October"): that month in the one year of the dispute (the year
    before the newest report, or its own) where it had begun by the newest report;
    AMBIGUOUS when it fell in both (January to June); None when no month is named."""
    time = q.time
    if time.days or time.anchor or time.now or q.tense == "future" or base.as_of is None:
        return None  # "in March" ahead ("will be"): not a month the sources can tell
    found = YEARLESS_MONTH.search(q.text)
    if found is None:
        return None
    name = found["m"] or found["m2"]
    month = _MONTH_ABBR.get(name) if name else int(found["km"])
    day_text = found["d"] or found["kd"]
    if month is None:
        return None
    days = []
    for year in (base.as_of.year - 1, base.as_of.year):
        try:
            day = Day.parse(f"{year}-{month:02d}" + (f"-{int(day_text):02d}" if day_text else ""))
        except ValueError:
            return AMBIGUOUS
        if day.sort_key <= base.as_of.sort_key:
            days.append(day)
    return days[0] if len(days) == 1 else AMBIGUOUS


# "what rate did lumber start at?", "the initial tariff on steel": the first rate, too
_STARTED_AT = re.compile(
    r"\bstart(?:ed|s)?(?: out| off)? at\b|\binitial(?:ly)?\b|\bbegan at\b|\bbegin at\b"
)


def first_asked(q: ParsedQuestion) -> bool:
    """'처음에', 'at first', with no other time named: the first rate asked."""
    time = q.time
    asked = FIRST_ASK.search(q.text) or _STARTED_AT.search(q.text)
    return bool(asked) and not (time.now or time.days or time.anchor)


def first_rate_day(base: FactBase, product: str) -> Day | None:
    """The day the product's first collected rate began, when every rate reported up to
    that day (announced or collected) is that one rate; None when they differ (Korea's
    reciprocal tariff: 10% announced as a baseline, 25% announced then paused, 10%
    collected) or no collected rate has a start."""
    history = [(p.start, p) for p in rate_history(base, product) if p.start is not None]
    starts = [day for day, p in history if p.collected and p.status != "paused"]
    if not starts:
        return None
    start = min(starts, key=lambda d: d.sort_key)
    upto = {p.rate for day, p in history if day.sort_key <= start.sort_key}
    return start if len(upto) == 1 else None


def now_moment(base: FactBase) -> Moment:
    return Moment(base.as_of, True, {lang: newest_report(base, lang) for lang in phrasebook.LANGS})


def goods(base: FactBase, product: str, lang: str) -> str:
    known = base.vocabulary.products[product]
    name = getattr(known, f"name_{lang}", None) or base.product_name(product)
    return name if product == ALL_GOODS else phrasebook.of(lang).korean_goods(name)


def basis_text(period: RatePeriod) -> str:
    return BASES.get(period.basis or "", "") if period.basis not in (None, "none") else ""


def _since(period: RatePeriod, lang: str) -> str:
    return phrasebook.of(lang).since(basis_text(period), period.start, period.seen)


def _who(base: FactBase, fact: Fact, lang: str) -> str:
    if isinstance(fact, RateFact) and fact.by:
        return base.person_name(fact.by, lang)
    return phrasebook.of(lang).the_us


def describe_state(
    state: RateState, base: FactBase, when: Moment, lang: str, lead: str | None = None
) -> str:
    """The rate in force then (or `lead`, which tells it another way: each step of a year
    asked), what ended by then, and what was said but not in force by then."""
    words = phrasebook.of(lang)
    what = goods(base, state.product, lang)
    label = when.label(lang)
    sentences = []
    in_force = _dedupe(state.in_force)
    if lead:
        sentences.append(lead)
    elif in_force:
        rates = [f"{format_rate(p.rate)} {_since(p, lang)}".strip() for p in in_force]
        sentences.append(words.tariff_in_force(label, what, rates, when.now))
    else:
        sentences.append(words.none_in_force(label, what))
    for period in state.ended:
        sentences.append(
            words.ended_tariff(
                period.rate, basis_text(period), period.start, period.end, period.status
            )
        )
    for period, others in _merged(state.pending):
        fact = base.fact(period.fact_id)
        sentences.append(
            words.pending_measure(
                period.start,
                _who(base, fact, lang),
                isinstance(fact, RateFact) and bool(fact.by),
                period.rate,
                period.status,
                basis_text(period),
                label,
                when.now,
            )
        )
        also = [o for o in others if o in ALSO_REPORTED and o != period.status]
        # A fact whose reports differ says so in full ("Reports differ: ..."), once.
        if also and period.status != "under_investigation" and not fact.differ:
            sentences[-1] += words.also_reported(also)
    return " ".join(sentences)


# The statuses said beside the one told when reports of a measure differ.
ALSO_REPORTED = ("threatened", "announced", "proposed", "agreed", "planned", "scheduled")


# Which status a measure is told by when reports of it differ (one says Trump "announced"
# the hike, another that he "threatened" it): the firmer claim first, whatever order the
# reports were read in; the other is said beside it.
STATUS_ORDER = (
    "in_effect",
    "agreed",
    "announced",
    "proposed",
    "planned",
    "scheduled",
    "threatened",
    "under_investigation",
)


def rank_status(status: str) -> int:
    """How firm a status is: lower is firmer (in force before agreed before threatened)."""
    return STATUS_ORDER.index(status) if status in STATUS_ORDER else len(STATUS_ORDER)


def _merged(periods: list[RatePeriod]) -> list[tuple[RatePeriod, tuple]]:
    """One line per rate and day, with the other statuses reports give it: two reports
    of one measure, or a report that gives no legal basis beside one that does, are the
    same measure. Independent of the order the reports come in."""
    out: list[list] = []  # [period, set of other statuses]
    for period in periods:
        twin = next(
            (
                entry
                for entry in out
                if entry[0].rate == period.rate
                and (
                    entry[0].start == period.start
                    or not entry[0].basis
                    or not period.basis
                    or entry[0].basis == "none"
                    or period.basis == "none"
                )
            ),
            None,
        )
        if twin is None:
            out.append([period, set()])
            continue
        kept = twin[0]
        statuses = twin[1] | {kept.status, period.status}
        based = (not kept.basis or kept.basis == "none") and period.basis not in (None, "none")
        firmer = rank_status(period.status) < rank_status(kept.status)
        same_basis = (kept.basis or "none") == (period.basis or "none")
        if based or (same_basis and firmer):
            kept = period
        twin[0], twin[1] = kept, statuses - {kept.status}
    return [(period, tuple(sorted(others, key=rank_status))) for period, others in out]


def _dedupe(periods: list[RatePeriod]) -> list[RatePeriod]:
    return [period for period, _ in _merged(periods)]


def state_facts(state: RateState, base: FactBase) -> list[Fact]:
    """Every fact behind the state, for its sources."""
    ids = [p.fact_id for p in state.in_force + state.ended + state.pending]
    return [base.fact(i) for i in dict.fromkeys(ids)]


def asked_product(q: ParsedQuestion, facts: Sequence[Fact]) -> str | None:
    named = [p for p in q.products if p != ALL_GOODS]
    if len(named) == 1:
        return named[0]
    if named:
        return None
    if "term:reciprocal" in q.concepts or ALL_GOODS in q.products:
        return ALL_GOODS
    topics = {c for c in q.concepts if not c.startswith("country:")}
    bare = len(q.raw) <= _BARE_LENGTH and (
        q.time.now or q.time.stated or "rate" in q.asks or len(q.text.split()) <= 3
    )
    if not facts and topics and topics <= _BARE_TARIFF and bare and not q.rates:
        # (a stated rate names one measure, "the 25% tariff": the matcher finds which)
        return ALL_GOODS  # "what is the tariff now?": on Korean goods, no product named
    products = {f.product for f in facts if isinstance(f, RateFact)}
    return products.pop() if len(products) == 1 else None


_BARE_TARIFF = {"term:tariff", "term:rate", "term:in effect"}
_BARE_LENGTH = 120  # a wall of text cut short may have lost the product it named


# A question about one measure (who announced it, why, by how much) is answered from that
# measure; any other rate question is about the product's tariff at a time (now, unless
# the question names a time).
MEASURE_CONCEPTS = {"term:announce", "term:hike", "term:reason", "term:reduce", "term:pause"}
MEASURE_ASKS = {"who", "why", "which", "percent_change", "when"}


def wants_state(q: ParsedQuestion) -> bool:
    """A yes/no question with no figure in it ("is the car tariff in effect?") is about
    the state too; one with a figure ("is the hike to 30%?") is about that measure."""
    if q.time.stated or q.time.now:
        # "what did the July 7 letter threaten, and from when?": the day is the threat's,
        # and when it was to start is asked, not what was collected that day
        # "what rate was scheduled for January 1, 2026?": the measure that set it
        if not q.time.now and "term:schedule" in q.concepts:
            return False
        return not ("when" in q.asks and "term:announce" in q.concepts and not q.time.now)
    measures = MEASURE_CONCEPTS & set(q.concepts)
    if imposed_now(q.text):
        measures.discard("term:announce")  # "the tariff the US imposes on steel": the rate
    return not (measures or MEASURE_ASKS & q.asks or q.people or len(q.rates) > 0)


def moments(q: ParsedQuestion, base: FactBase, product: str) -> list[tuple[Moment, Fact | None]]:
    """The one or two days a duty question compares ("in October 2025 than now")."""
    time = q.time
    now = now_moment(base)
    if len(time.days) >= 2:
        return [(Moment(d, False, _said(lambda w, d=d: w.at_day(d))), None) for d in time.days[:2]]
    first = moment(q, base, product)
    if first is None:
        return []
    if first[0].now or not time.now:
        return [first]
    return [first, (now, None)]


def in_force_rate(state: RateState) -> RatePeriod | None:
    """The one rate collected on the day; None when none is, or several stack."""
    periods = _dedupe(state.in_force)
    return periods[0] if len(periods) == 1 else None


# "When did the 15% reciprocal rate take effect?", "chip tariff phase 1 start?": the day a
# rate began to be collected, read from the product's history.
STARTED = re.compile(
    r"\b(?:take|takes|took|taken|taking) effect\b|\bstart(?:ed|s)?\b|\bbegin|\bbegan\b|"
    r"\bkick(?:ed|s)? in\b|\bcame into force\b|\bcome into force\b|\bapplied\b|"
    r"\b(?:go|goes|went) into effect\b|\bin effect since\b|\b(?:since|from) when\b|"
    # "when was the lumber tariff imposed?": when it began to apply (not a threat of more)
    r"\bimpos(?:e|ed|es)\b|\blevied\b|\bintroduced\b|\bput in place\b|" + ko.RATE_STARTED_KO
)


# "when did cars drop to 15": the rate the product changed to, written without "%".
CHANGED_TO = screen(
    re.compile(
        r"\b(?:drop(?:ped|s)?|fall|fell|falls|cut|lowered|reduced|rise|rose|rises|raised|"
        r"went|go|goes|change[ds]?|move[ds]?) (?:down |up )?to (?P<rate>\d{1,3})\b(?! ?(?:billion|million|%))"
    ),
    ("to ",),
)
# A question about something counted, timed or placed is not about a rate, though it
# names one ("how many derivative categories came under the 50% tariff?").
NOT_A_RATE = screen(
    re.compile(
        r"\bhow many\b(?! (?:percent|percentage|points))|\bhow long\b|\bquota\b|\bwhere\b|"
        r"\bmax(?:imum)?\b.*\bdays\b|" + ko.COUNTED_KO
    ),
    ("days", "how long", "how many", "quota", "where"),
    hangul=True,
)


def not_a_rate(q: ParsedQuestion) -> bool:
    """Something counted, timed or placed, or the quota ("철강 쿼터는 얼마였어?": the
    duty-free quota, in any language the vocabulary reads), not the rate."""
    return bool(NOT_A_RATE.search(q.text)) or "term:quota" in q.concepts


def asked_rate(q: ParsedQuestion):
    """The one rate a start question names: "the 15% rate", "drop to 15"."""
    if q.rates:
        return q.rates[0]
    changed = CHANGED_TO.search(q.text)
    return Decimal(changed["rate"]) if changed else None


def is_start_question(q: ParsedQuestion) -> bool:
    """'When did <a product's> <rate> take effect?', 'when did cars drop to 15?'"""
    return (
        "when" in q.asks
        and bool(STARTED.search(q.text) or CHANGED_TO.search(q.text))
        and not (q.blocking or q.people or q.foreign or q.amounts or q.time.anchor)
        and len(q.time.days) <= 1
        and not DOCUMENTS & set(q.concepts)  # "the 25% rate from the letter": that measure
        and len(set(q.rates)) <= 1
        and asked_product(q, []) is not None
    )


def start_key(period: RatePeriod) -> tuple[int, int, int]:
    return period.start.sort_key if period.start else (0, 0, 0)


def _no_start(q: ParsedQuestion) -> Answer:
    """No start day the sources give: a decline, never a near date."""
    return declined(q)


def within(day: Day, window: Day) -> bool:
    return (
        day.year == window.year
        and (window.month is None or day.month == window.month)
        and (window.day is None or day.day == window.day)
    )


def named_laws(q: ParsedQuestion) -> set:
    """The legal bases the question names ("Section 122", "IEEPA"), as rates spell them."""
    return {NAMED_BASES[c] for c in q.concepts if c in NAMED_BASES}


def _first_under_law(q: ParsedQuestion, history: list[RatePeriod]) -> list[RatePeriod]:
    """ "When did the Section 232 lumber tariffs take effect?": a measure named by its law
    took effect when its first rate was collected, whatever it was changed to later. Only
    when every other report of that law (or of none named) starts later: a rate announced,
    or reported in force, from before the first collected one may be the real start."""
    named = named_laws(q)
    if len(named) != 1:
        return []
    law = named.pop()
    measure = [p for p in history if p.basis in (law, None)]
    started = [p for p in measure if p.collected and p.start is not None]
    if not started or not any(p.basis == law for p in started):
        return []
    first = min(started, key=start_key)
    for period in measure:
        day = period.start or period.seen
        if period is first or (day is not None and day.sort_key > start_key(first)):
            continue
        if day is None or day.sort_key < start_key(first) or period.rate != first.rate:
            return []
    return [first]


_WHAT_AND_WHEN = re.compile(r"\bwhat\b[^?]*\band\b[^?]*\bwhen\b|\bwhen\b[^?]*\band\b[^?]*\bwhat\b")


def _seen_unstarted_before(collected: list[RatePeriod], first: RatePeriod) -> bool:
    """A rate reported in force with no start, and not seen only after `first` began: it
    may have been collected before it, so `first` is no sure start."""
    return any(
        p.start is None and (p.seen is None or p.seen.sort_key < start_key(first))
        for p in collected
    )


def _said_other_before(history: list[RatePeriod], first: RatePeriod) -> bool:
    """ "When did the lumber tariff start?": a measure at another rate announced or agreed
    before the first one collected may be the start the asker means."""
    return any(
        p.rate != first.rate
        and p.status in ("announced", "agreed")
        and p.start
        and p.start.sort_key < start_key(first)
        for p in history
    )


def _each_start(q, base: FactBase, product: str, history, collected) -> Answer:
    """ "When did the steel tariff start?" with two rates collected and none asked: each
    rate's start in order ("25% from March 12, 2025, then 50% from June 4, 2025"), which
    tells both when the tariff began and when today's rate did. A decline when a rate
    in force has no start before the last one told, or a rate said before the first
    collected one may be the start meant."""
    started = sorted((p for p in collected if p.start is not None), key=start_key)
    if not started:
        return _no_start(q)
    first = started[0]
    if _seen_unstarted_before(collected, first) or _said_other_before(history, first):
        return _no_start(q)
    steps = list(dict.fromkeys((p.rate, p.start) for p in started))[:4]
    text = phrasebook.of(q.lang).casual.rate_steps(goods(base, product, q.lang), steps)
    used = list(dict.fromkeys(base.fact(p.fact_id) for p in started))
    also_now = bool(_WHAT_AND_WHEN.search(q.text)) and not q.time.days
    if also_now:
        # "what's the steel tariff and when did it start?": the rate now too, with its date
        now = now_moment(base)
        state = state_on(base, product, now.day)
        text = f"{text} {describe_state(state, base, now, q.lang)}"
        used += [f for f in state_facts(state, base) if f not in used]
    result = answer(q, base, used, text, [], 1.0, note_status=False, note_history=False)
    if also_now:
        result.as_of = base.as_of
    return result


def start_of(q: ParsedQuestion, base: FactBase) -> Answer:
    """The day the asked rate first applied: the earliest start of a collected period at
    that rate (or of the one rate ever collected). A period reported in force with no
    start, or several rates with none stated, give no day: then a decline, never a
    near date."""
    product = asked_product(q, [])
    if product is None:  # never: is_start_question wants a product
        return _no_start(q)
    history = rate_history(base, product)
    collected = [p for p in history if p.collected]
    if q.time.days:  # "when did the car tariff start in 2025?": a start within that time
        window = q.time.days[0]
        collected = [p for p in collected if p.start is not None and within(p.start, window)]
    rate = asked_rate(q)
    if rate is not None:
        collected = [p for p in collected if p.rate == rate]
    elif len({p.rate for p in collected}) != 1:
        under_law = _first_under_law(q, history)
        if not under_law and not named_laws(q):
            return _each_start(q, base, product, history, collected)
        collected = under_law  # a law named and its first rate unsettled: declined below
    started = [p for p in collected if p.start is not None]
    first = min(started, key=start_key) if started else None
    unknown_start = [p for p in collected if p.start is None]
    earliest_seen = min(
        (p.seen for p in unknown_start if p.seen), key=lambda d: d.sort_key, default=None
    )
    if first is not None and _seen_unstarted_before(collected, first):
        first = None
    if first is not None and rate is None and _said_other_before(history, first):
        first = None
    if first is None and collected and earliest_seen is not None and rate is not None:
        # In force by some report with no start given: what was said before it, and the
        # day it is first reported in force; never a start day the sources do not give.
        said = [
            p
            for p in history
            if p.rate == rate
            and p.status in ("announced", "agreed")
            and p.start
            and p.start.sort_key <= earliest_seen.sort_key
        ]
        if said:
            return _said_then_seen(q, base, product, said[0], earliest_seen, unknown_start[0])
    if first is None or first.start is None:  # started: every first has a start
        return _no_start(q)
    start = first.start
    what = goods(base, product, q.lang)
    basis = basis_text(first)
    text = phrasebook.of(q.lang).rate_started(first.rate, what, basis, start)
    fact = base.fact(first.fact_id)
    return answer(q, base, [fact], text, [], 1.0, note_status=False, note_history=False)


def _said_then_seen(q, base, product, said, seen, in_force) -> Answer:
    what = goods(base, product, q.lang)
    fact = base.fact(said.fact_id)
    told = fact.says(q.lang) or ""
    text = phrasebook.of(q.lang).rate_seen_only(told, said.rate, what, seen)
    used = [fact, base.fact(in_force.fact_id)]
    return answer(q, base, used, text.strip(), [], 1.0, note_status=False, note_history=False)


def handle(q: ParsedQuestion, facts: list[Fact], base: FactBase, score: float):
    if not facts and is_start_question(q):
        return start_of(q, base)
    if facts and not_a_rate(q):
        return None  # "how many items came under the 50% tariff?": the report tells it
    product = asked_product(q, facts)
    if product is None:
        return None
    found = moment(q, base, product)
    if found is None:
        # "1월에 자동차 관세 몇 %였어?": January of 2025 or of 2026, which the rate differs
        # in; and a first rate the first reports disagree on: declined, not another answer
        ambiguous = yearless_day(q, base) is AMBIGUOUS
        return _no_start(q) if first_asked(q) or ambiguous else None
    when, event = found
    state = state_on(base, product, when.day)
    if not (state.in_force or state.pending or state.ended):
        told = _before_first(q, base, product, when)
        if (
            told is None
            and product == ALL_GOODS
            and not when.now
            and when.day.sort_key < _first_reported(base)
        ):
            # "2023년 상호관세는?": Korean goods at a time before any rate the sources
            # report, which they cannot tell (a report of a later rate answers another
            # question; a product's own earlier rate, "up from 10%", is left to its report)
            return _no_start(q)
        return told
    steps = _steps_within(base, product, when) if "yesno" not in q.asks and not q.rates else []
    lead = None
    if len(steps) > 1:
        # "the car tariff in 2025": 25% from April 3, then 15% from November 1, not the
        # rate at the year's end alone
        lead = phrasebook.of(q.lang).casual.rate_steps_in(
            when.label(q.lang), goods(base, product, q.lang), [(r, d) for r, d, _ in steps]
        )
    text = describe_state(state, base, when, q.lang, lead)
    used_steps = [base.fact(i) for _, _, i in steps] if lead else []
    if "yesno" in q.asks and ("term:in effect" in q.concepts or _TARIFFED.search(q.text)):
        # "Is the car tariff in effect?": yes when a rate is collected, and which one;
        # "is the 25% tariff in effect?" only when that rate is the one collected.
        words = phrasebook.of(q.lang)
        collected = [p for p in state.in_force if not q.rates or p.rate in q.rates]
        text = (words.yes if collected else words.no) + text
    used = list(dict.fromkeys(used_steps + state_facts(state, base) + ([event] if event else [])))
    result = answer(q, base, used, text, [], score, note_status=False, note_history=False)
    if text.startswith(phrasebook.of(q.lang).yes) and excluded_kind(q, base, product, result.text):
        # "are memory chips tariffed?": the report says those are excluded; no Yes for them
        result.text = result.text[len(phrasebook.of(q.lang).yes) :]
    if when.now:
        result.as_of = base.as_of
    # The flag front ends show (an orange "announced" embed): the newest measure said but
    # not in force, if the answer mentions one; else nothing, the rate is in force.
    pending = _dedupe(state.pending)
    result.status = pending[-1].status if pending else None
    return result


# A clause telling goods left out of a measure ("the memory chips ... are excluded"): the
# word found first, then its clause read out to the nearest . ; : ( or ) (one pattern
# spanning the clause would retry at every character: ~0.5 ms on a long answer)
_LEFT_OUT = re.compile(r"\b(?:exclud\w*|exempt\w*|not covered|spared|left out)\b")
_CLAUSE_END = ".;:()"


def _left_out_clauses(text: str) -> list[str]:
    clauses = []
    for found in _LEFT_OUT.finditer(text):
        start = max(text.rfind(ch, 0, found.start()) for ch in _CLAUSE_END) + 1
        ends = [i for i in (text.find(ch, found.end()) for ch in _CLAUSE_END) if i >= 0]
        clauses.append(text[start : min(ends) if ends else len(text)])
    return clauses


def excluded_kind(q: ParsedQuestion, base: FactBase, product: str, text: str) -> bool:
    """The question names a kind of the product by an alias the answer's own text says is
    left out ("memory chips ... are excluded"); an alias that is only part of a longer one
    there ("chips" in "memory chips") names the product, not the kind left out."""
    if q.lang != "en":
        return False
    clauses = _left_out_clauses(text.lower())  # most answers tell nothing left out
    goods_named = base.vocabulary.products.get(product)
    if not clauses or goods_named is None:
        return False
    aliases = [a.lower() for a in goods_named.aliases if a.isascii()]
    asked = [a for a in aliases if _whole_word(a).search(q.text)]
    for clause in clauses:
        held = [a for a in aliases if _whole_word(a).search(clause)]
        for alias in asked:
            inside = any(alias != a and _whole_word(alias).search(a) for a in held)
            if alias in held and not inside:
                return True
    return False


@lru_cache(maxsize=512)
def _whole_word(words: str) -> re.Pattern:
    return re.compile(rf"\b{re.escape(words)}\b")


def _steps_within(base: FactBase, product: str, when: Moment) -> list[tuple]:
    """(rate, start, fact id) of each rate collected within a year or month asked, from
    the one in force as it began; [] for a day, now, or a window with one rate."""
    day = when.day
    if when.now or day.day is not None:
        return []
    first = Day(day.year, day.month or 1, 1)
    last = _edge_of_window(day)
    collected = sorted((p for p in rate_history(base, product) if p.collected), key=start_key)
    started = [p for p in collected if p.start is not None]
    for p in collected:
        if p.start is None and p.seen and first.sort_key <= p.seen.sort_key <= last.sort_key:
            then = [s for s in started if start_key(s) <= p.seen.sort_key]
            if not then or then[-1].rate != p.rate:
                return []  # a rate seen in force within it, from no start told: no sure steps
    steps: list[tuple] = []
    for p in collected:
        if p.start is None or p.start.sort_key > last.sort_key:
            continue
        if p.start.sort_key <= first.sort_key:
            steps = [(p.rate, p.start, p.fact_id)]  # the one in force as the window began
            continue
        if not steps or steps[-1][0] != p.rate:
            steps.append((p.rate, p.start, p.fact_id))
    return steps if len({r for r, _, _ in steps}) > 1 else []


def _edge_of_window(day: Day) -> Day:
    """The last day of a year or month ("2025" -> December 31, 2025)."""
    month = day.month or 12
    return Day(day.year, month, calendar.monthrange(day.year, month)[1])


def first_collected(base: FactBase, product: str, day: Day) -> RatePeriod | None:
    """The first rate the sources report collected on the product, when `day` is wholly
    before it and every collected rate has a known start (a rate only "seen" in force, start
    unknown, may have been collected on that day too); else None."""
    collected = [p for p in rate_history(base, product) if p.collected]
    started = [p for p in collected if p.start is not None]
    for period in collected:
        # "seen" in force with no start: fine when a report of that rate gives its start
        # by then ("from 15% to 25%" tells the 15% that took effect on November 1)
        if period.start is None and not any(
            s.rate == period.rate and day_key(s.start) <= day_key(period.seen) for s in started
        ):
            return None
    if not started:
        return None
    first = min(started, key=lambda p: day_key(p.start))
    for fact in base.of_kind("rate"):
        # "up from the 10% of Trump's first term": a rate before the first one told, unless
        # a report gives that rate's own start ("from 25% to 10%" the day the 25% began)
        if fact.product != product or not fact.old_rate:
            continue
        changed = day_key(fact.effective or fact.date)
        if changed <= day_key(first.start) and not any(
            p.rate == fact.old_rate and day_key(p.start) <= changed for p in started
        ):
            return None
    return first if day_end(day) < day_key(first.start) else None


def _first_reported(base: FactBase) -> tuple[int, int, int]:
    """The earliest start of any rate the sources report collected, on any goods."""
    starts = [
        p.start.sort_key
        for product in base.vocabulary.products
        for p in rate_history(base, product)
        if p.collected and p.start is not None
    ]
    return min(starts, default=(0, 0, 0))


def before_first(q: ParsedQuestion, base: FactBase, product: str, when: Moment):
    """ "What was the car tariff in January 2025?": before the first rate the sources report
    collected, none was in force: (the text saying so and naming the first, its fact), never
    a later measure that a month in the question happens to match. None when the sources
    cannot tell (a rate on all goods may have covered the product then)."""
    if when.now or product == ALL_GOODS:
        return None  # "korean goods in March 2025": steel was collected then, goods not
    first = first_collected(base, product, when.day)
    if first is None or first.start is None or first_collected(base, ALL_GOODS, when.day) is None:
        return None
    words = phrasebook.of(q.lang)
    text = words.none_in_force(when.label(q.lang), goods(base, product, q.lang))
    text += " " + words.first_in_force(first.start, first.rate, basis_text(first))
    return text, base.fact(first.fact_id)


def _before_first(q: ParsedQuestion, base: FactBase, product: str, when: Moment):
    told = before_first(q, base, product, when)
    if told is None:
        return None
    text, fact = told
    if "yesno" in q.asks and ("term:in effect" in q.concepts or _TARIFFED.search(q.text)):
        text = f"{phrasebook.of(q.lang).casual.no_act} {text}"  # "were cars tariffed then?"
    return answer(q, base, [fact], text, [], 1.0, note_status=False, note_history=False)


# "was the 25% reciprocal tariff ever collected?": any time, not now
EVER_IN_FORCE = re.compile(
    r"\bever\b[^?]*\b(?:collected|in (?:effect|force)|imposed|charged|applied|implemented|"
    r"took effect|take effect|pay|paid|levied)\b|"
    r"\b(?:collected|in (?:effect|force)|imposed|charged|applied|implemented|levied)\b[^?]*\bever\b"
)


def ever_in_force(q: ParsedQuestion, base: FactBase):
    """A stated rate asked about at any time: Yes from its first day in force, or No with
    the day it was said; None when the history cannot tell (a start unknown)."""
    if len(q.rates) != 1 or q.blocking or q.time.stated or not EVER_IN_FORCE.search(q.text):
        return None
    product = asked_product(q, [])
    if product is None:
        return None
    rate = q.rates[0]
    history = rate_history(base, product)
    periods = [p for p in history if p.rate == rate]
    collected = [p for p in periods if p.collected]
    if q.months and not any(p.start and p.start.month in q.months for p in periods):
        return None  # "the 25% from august 1": a measure of that month, which none here is
    words = phrasebook.of(q.lang)
    what = goods(base, product, q.lang)
    started = [p for p in collected if p.start is not None]
    if collected:
        if not started:
            return None  # only seen in force, start unknown: the history cannot say from when
        first = min(started, key=lambda p: p.start.sort_key if p.start else (0, 0, 0))
        if first.start is None:
            return None
        steps = sorted(  # on the day it began, the rate asked first (then the same-day pause)
            {(p.rate, p.start) for p in history if p.collected and p.start},
            key=lambda step: (step[1].sort_key, step[0] != rate),
        )
        shown = [s for s in steps if s[1].sort_key >= first.start.sort_key][:3]
        text = f"{words.casual.yes} {words.casual.rate_steps(what, shown)}"
        used = [base.fact(first.fact_id)]
        # "did the 25% hike ever take effect?": the same rate said again later and never
        # reported in force (the January 2026 threat) may be the one asked about: told too
        last = max(p.start.sort_key for p in started if p.start)
        again = [p for p in periods if not p.collected and p.start and p.start.sort_key > last]
        if again:
            then = min(again, key=lambda p: p.start.sort_key if p.start else (0, 0, 0))
            fact = base.fact(then.fact_id)
            text += " " + pending_text(then, fact, base, q.lang)
            used.append(fact)
    else:
        said = [p for p in periods if p.start is not None]
        if not said:
            return None
        first = min(said, key=lambda p: p.start.sort_key if p.start else (0, 0, 0))
        fact = base.fact(first.fact_id)
        text = f"{words.casual.no_act} " + pending_text(first, fact, base, q.lang)
        used = [fact]
    return answer(q, base, used, text, [], 1.0, note_status=False, note_history=False)


def pending_text(period, fact, base: FactBase, lang: str) -> str:
    """'On January 26, 2026, Donald Trump announced a 25% tariff; no source I have reports
    it in force.'"""
    return phrasebook.of(lang).pending_measure(
        period.start,
        _who(base, fact, lang),
        bool(getattr(fact, "by", None)),
        period.rate,
        period.status,
        basis_text(period),
        now_moment(base).label(lang),
        True,
    )


# "are korean chips tariffed?": whether any tariff is collected, asked as yes/no
_TARIFFED = re.compile(
    r"^(?:is|are|was|were)\b[^?]*\b(?:tariffed|taxed|dutiable|subject to (?:a |the |any |us )?"
    r"(?:tariffs?|dut(?:y|ies)))\b"
)


def unplaced_time(q: ParsedQuestion, base: FactBase) -> Day | None:
    """'what was the car tariff in 2023?': the day a rate question states when the
    product's history holds nothing for it (no rate in force, said or ended by then): a
    report of a later measure does not answer it. None otherwise."""
    if len(q.time.days) != 1:
        return None
    product = asked_product(q, [])
    if product is None:
        return None
    day = q.time.days[0]
    state = state_on(base, product, day)
    return None if state.in_force or state.pending or state.ended else day


# Concepts a plain "what is the tariff on X (then)?" question may hold beside its product.
RATE_QUESTION = {
    "term:tariff",
    "term:rate",
    "term:reciprocal",
    "term:in effect",
    "term:product",
    "term:hike",
    "term:reduce",
}


def is_rate_question(q: ParsedQuestion) -> bool:
    """ "What's the tariff on Korean cars now?", "steel in 2025?": a product's rate at a time,
    answered from its history whichever single report would match best."""
    if is_start_question(q):
        return True
    if not_a_rate(q) or "count" in detail.asked(q.text) or sum_paid_asked(q):
        return False  # "did they add 500 products to the steel list?": a count, not a rate
    if q.blocking or q.people or q.foreign or not wants_state(q):
        return False
    if asked_product(q, []) is None:
        return False
    if q.amounts and "term:hike" in q.concepts and not q.time.stated:
        return False  # "how much more duty after the hike": the measure's own arithmetic
    topics = {c for c in q.topic_concepts if not c.startswith("product:")}
    if imposed_now(q.text):
        topics.discard("term:announce")  # "the tariff the US imposes on steel": the rate
    asks_rate = (
        bool({"term:tariff", "term:rate", "term:reciprocal"} & topics)
        or "rate" in q.asks
        or bool(q.amounts)
    )
    # Korean "얼마인가요?" reads as yes/no to the parser; with no rate stated it is not one.
    allowed = {"rate", "calc", "how_much"} | ({"yesno"} if q.amounts or not q.rates else set())
    if q.amounts:
        # "the duty under today's surcharge": the law of the rate collected then, which
        # the duty's own arithmetic checks (deltas.duty_at_times)
        topics -= NAMED_BASES.keys()
        if asked_product(q, []) == ALL_GOODS:
            # goods that enter duty-free under KORUS pay the tariff added on top alone
            topics.discard("term:korus-duty-free")
    # Words naming the event of "before/after the ruling" are the time, not the topic.
    about_rate = topics <= RATE_QUESTION or bool(q.time.anchor)
    return asks_rate and about_rate and not (q.asks - allowed)


def is_products_at_rate(q: ParsedQuestion) -> bool:
    """ "Which products face the 25% tariff?": one stated rate, no product named."""
    listing = "which" in q.asks or ("when" in q.asks and "term:in effect" in q.concepts)
    return (
        listing
        and not is_start_question(q)
        and len(set(q.rates)) == 1
        and not [p for p in q.products if p != ALL_GOODS]
        and not q.blocking
        and not q.people
    )


def products_at_rate(q: ParsedQuestion, base: FactBase):
    """The products at the stated rate now: in force, and said but not in force."""
    from knowledge.history import products_with_history

    rate = q.rates[0]
    words = phrasebook.of(q.lang)
    collected, said = [], []
    for product in products_with_history(base):
        state = state_on(base, product, base.as_of)
        for period in _dedupe(state.in_force):
            if period.rate == rate:
                collected.append((product, period))
        for period in _dedupe(state.pending):
            if period.rate == rate and period.status != "under_investigation":
                said.append((product, period))
    if not collected and not said:
        return None
    parts = []
    join = words.join
    if said:
        groups: dict = {}
        for product, period in said:
            groups.setdefault((period.start, period.status), []).append(product)
        for (start, status), products in groups.items():
            names = join([goods(base, p, q.lang) for p in products])
            parts.append(words.said_products(start, rate, status, names))
    if collected:
        names = join(
            [f"{goods(base, p, q.lang)} {_since(period, q.lang)}" for p, period in collected]
        )
        parts.append(words.in_force_products(names))
    head = words.products_head(newest_report(base, q.lang), rate)
    text = head + "; ".join(parts) + "."
    used = [base.fact(p.fact_id) for _, p in collected + said]
    result = answer(q, base, used, text, [], 1.0, note_status=False, note_history=False)
    result.as_of = base.as_of
    result.status = said[-1][1].status if said else None
    return result
