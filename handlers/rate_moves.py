"""How big a change of a product's tariff was: "how many pts did the car tariff drop",
"reciprocal cut 25 to 15 is how many pts", "how much did the steel tariff go up in June
2025?", "자동차 관세는 몇 %포인트 내렸어?".

Read from the product's rate history (rate_premise.steps: each day a new rate began to be
collected, with the rate before it) and from the changes only said (a rate fact giving an
old and a new rate that is not in force: told as announced or threatened, never as done).
With two rates stated, the arithmetic on them, and the move when the history has it. With
a direction, a time or an event, the moves that fit; several that fit are each told, and
none, or more than a few, give no answer here (never a guess).
"""

from __future__ import annotations

import re
from decimal import Decimal

import phrasebook
from engine.answer import Answer
from engine.parse import ParsedQuestion
from handlers import asks_ko as ko
from handlers import premise, rate_premise, rate_state
from handlers.common import answer
from handlers.rates import describe, relative
from knowledge.factbase import EventFact, Fact, FactBase, RateFact
from knowledge.schema import NOT_IN_EFFECT, RATE_NOT_IN_FORCE
from values.dates import Day
from values.money import format_rate
from values.patterns import screen

_MOVE = (
    r"(?:cut|cuts|drop\w*|fall|falls|fell|fallen|rise|rises|rose|risen|jump\w*|increas\w*|"
    r"decreas\w*|lower\w*|rais\w*|hike\w*|reduc\w*|climb\w*|chang\w*|mov(?:e|ed|es)|"
    r"slash\w*|bump\w*|(?:go|goes|gone|went|come|came)\s+(?:up|down))"
)
# The size of a change is asked: in points, by how much, how big the cut was.
SIZE = screen(
    re.compile(
        r"\bhow many (?:percentage[- ])?(?:points?|percent)\b|\bby how (?:much|many)\b|"
        r"\bby what (?:percent(?:age)?|margin)\b|"
        r"\bhow (?:much|far|big|large)\b(?:\s+\S+){0,8}?\s+" + _MOVE + r"\b|"
        r"\b(?:size|magnitude) of the (?:\w+ )?" + _MOVE + r"\b|"
        r"\brelative (?:size of the )?" + _MOVE + r"|" + ko.SIZE_OF_MOVE
    ),
    (
        "by how many",
        "ercent",
        "how big",
        "how far",
        "how large",
        "how much",
        "magnitude",
        "margin",
        "oint",
        "relative ",
        "size",
    ),
    hangul=True,
)
# The words such a question may hold that the vocabulary does not know.
_TOLERATED = re.compile(ko.POINTS_WORDS + r"|" + rate_premise._MOVE_WORDS.pattern)
# "cut 25 to 15", "from 25% to 15%", "25%에서 15%로": two rates, in the order of change
_PAIR = re.compile(
    r"\b(?:from|" + _MOVE + r")\s+(\d{1,3}(?:\.\d+)?)\s*%?\s+to\s+(\d{1,3}(?:\.\d+)?)"
    r"(?!\s*(?:billion|million|bn|trillion|k\b|%?\s*of\b))|" + ko.RATE_STEPS
)
_HIKE = re.compile(r"\bhike[sd]?\b|\bhiking\b")
# Tariff words: a "how much did ... drop" about stocks or exports is not about a rate.
_RATE_TOPICS = {
    "term:tariff",
    "term:rate",
    "term:reciprocal",
    "term:section-122",
    "term:section 232",
    "term:ieepa",
}
MAX_MOVES = 3  # more than this fit: the question is too loose to answer from the history


# Points are a rate's unit: "how many pts did steel go up" asks about its tariff.
_POINTS = re.compile(r"\bpoints?\b|" + ko.POINTS_WORDS)


def is_size_question(q: ParsedQuestion) -> bool:
    return bool(SIZE.search(q.text)) and bool(
        _RATE_TOPICS & set(q.concepts) or _POINTS.search(q.text)
    )


def _pair(q: ParsedQuestion) -> tuple[Decimal, Decimal] | None:
    hit = _PAIR.search(q.text)
    if hit is None:
        return None
    old, new = (Decimal(n) for n in hit.groups() if n is not None)
    if old == new or not (0 <= old <= 100 and 0 <= new <= 100):
        return None
    stated = set(q.rates)
    if stated and not stated <= {old, new}:
        return None  # another rate stated beside the pair: not one change
    return old, new


def _direction(q: ParsedQuestion) -> str | None:
    down = bool(rate_premise._DOWN.search(q.text))
    up = bool(rate_premise._UP.search(q.text) or _HIKE.search(q.text))
    if down == up:
        return None
    return "down" if down else "up"


def _event(q: ParsedQuestion, base: FactBase) -> EventFact | None:
    if q.time.anchor:
        return rate_state.anchor_fact(base, q.time.anchor)
    return rate_state.anchor_fact(base, q.text) or rate_premise._deal(base, q)


def _said_moves(base: FactBase, product: str) -> list[RateFact]:
    """Changes only said (announced, threatened): one per measure, oldest first."""
    seen: dict[tuple, RateFact] = {}
    for fact in base.of_kind("rate"):
        if fact.product != product or fact.new_rate is None or fact.old_rate is None:
            continue
        if fact.in_effect or fact.status not in RATE_NOT_IN_FORCE or fact.date is None:
            continue
        seen.setdefault((fact.measure or fact.id, fact.old_rate, fact.new_rate), fact)
    return sorted(seen.values(), key=lambda f: f.date.sort_key if f.date else (0, 0, 0))


def _fits(day: Day, stated: Day) -> bool:
    return rate_premise._fits(stated, day)


def handle(q: ParsedQuestion, base: FactBase) -> Answer | None:
    if not is_size_question(q):
        return None
    if q.foreign or q.amounts or q.won or q.amount_problem or "US" in q.origins or q.people:
        return None
    if [w for w in q.blocking if not _TOLERATED.fullmatch(w)]:
        return None  # a word not understood: the question may be about something else
    product = rate_premise._product(q)
    if product is None or product not in base.vocabulary.products:
        return None
    basis = rate_premise._basis(q, product)
    kept = rate_premise._kept(basis)
    pair = _pair(q)
    days = q.time.days
    if pair is None and q.time.relation is None and (len(days) == 2 or (days and q.time.now)):
        return _between(q, base, product, kept)  # "now than in October 2025"
    if q.time.relation == "before" or len(days) > 1:
        return None
    if pair is None and len(set(q.rates)) > 1:
        return None  # "15% or 25%": not one change
    direction = _direction(q)
    if pair is not None:
        direction = "down" if pair[1] < pair[0] else "up"
    day = q.time.days[0] if q.time.days else None
    event = _event(q, base) if day is None else None
    month = None
    if day is None and event is None and q.months:
        month = premise.stated_day(q.raw)  # "on nov 1", "in november": no year given
        if q.lang == "ko" and len(q.months) == 1:  # "11월에"
            month = premise.StatedDate(q.months[0], None, None, (0, 0))
        if month is None:
            return None  # a month named that cannot be placed
    if q.time.anchor and event is None and day is None:
        return None  # a time named that the base cannot place
    if day is not None and base.as_of is not None and day.sort_key > base.as_of.sort_key:
        return None
    steps = [s for s in rate_premise.steps(base, product, kept) if s.old is not None]
    said = [f for f in _said_moves(base, product) if kept_fact(f, basis)]
    if day is not None and q.time.relation == "after":  # "since April 2025": to now
        start = (day.year, day.month or 1, day.day or 1)
        steps = [s for s in steps if s.day.sort_key >= start]
        said = [f for f in said if f.date is not None and f.date.sort_key >= start]
    elif day is not None:
        steps = [s for s in steps if _fits(s.day, day)]
        said = [f for f in said if f.date is not None and _fits(f.date, day)]
    elif month is not None:
        steps = [s for s in steps if month.fits(s.day)]
        said = [f for f in said if f.date is not None and month.fits(f.date)]
    elif event is not None and event.date is not None:
        when = event.date
        said = [f for f in said if f.date == when]
        if event.status in NOT_IN_EFFECT:
            steps = []  # "the threat": a change said that day, nothing collected
        else:
            steps = [s for s in steps if s.day.sort_key >= when.sort_key][:1]
    if q.tense == "future":
        steps = []  # "how much will it rise": a change said, none collected yet
    if pair is not None:
        steps = [s for s in steps if (s.old, s.new) == pair]
        said = [f for f in said if f.change() == pair]
    else:
        one = q.rates[0] if q.rates else _to_rate(q)
        if one is not None:
            steps = [s for s in steps if one in (s.old, s.new)]
            said = [f for f in said if one in f.change()]
    if direction is not None:
        steps = [s for s in steps if s.direction == direction]
        said = [f for f in said if (f.change()[1] > f.change()[0]) == (direction == "up")]
    words = phrasebook.of(q.lang)
    what = rate_state.goods(base, product, q.lang)
    told: list[tuple[tuple, str, list[Fact], Decimal, Decimal]] = []
    for step in steps:
        assert step.old is not None  # kept above: a first rate is no change
        text = words.casual.rate_moved(what, step.old, step.new, step.day)
        told.append((step.day.sort_key, text, [base.fact(step.period.fact_id)], step.old, step.new))
    for fact in said:
        old, new = fact.change()
        key = fact.date.sort_key if fact.date else (0, 0, 0)
        told.append((key, describe(base, [fact], q.lang), [fact], old, new))
    told.sort(key=lambda t: t[0])
    if pair is not None and not told:
        return _stated_only(q, base, product, basis, pair)
    if not told or len(told) > MAX_MOVES:
        return None
    used = [f for _, _, facts, _, _ in told for f in facts]
    working = []
    for _, _, _, old, new in told:
        working.extend(_arithmetic(old, new, q.lang))
    text = " ".join(t for _, t, _, _, _ in told)
    return answer(q, base, used, text, _closed(working), 1.0, note_history=False)


def _between(q: ParsedQuestion, base: FactBase, product: str, kept) -> Answer | None:
    """The rate collected at each of two times and the change between them; a month or
    a year the rate changed in gives no one rate, so no answer."""
    history = rate_premise.steps(base, product, kept)
    points = []
    for when, _ in rate_state.moments(q, base, product):
        if base.as_of is not None and when.day.sort_key > base.as_of.sort_key:
            return None
        if not when.now and (when.day.month is None or when.day.day is None):
            if any(_fits(s.day, when.day) for s in history):
                return None  # "in June 2025": 25% to June 3, then 50%
        periods = rate_premise._rates_on(base, product, when.day, kept)
        if len({p.rate for p in periods}) != 1:
            return None  # none collected then, or several stacked
        points.append((when, periods[0]))
    if len(points) != 2:
        return None
    words = phrasebook.of(q.lang)
    what = rate_state.goods(base, product, q.lang)
    (_, first), (_, second) = points
    text = " ".join(
        [words.casual.rate_on_day(w.label(q.lang), what, p.rate, w.now) for w, p in points]
        + [words.casual.rate_difference(first.rate, second.rate)]
    )
    working = [] if first.rate == second.rate else _arithmetic(first.rate, second.rate, q.lang)
    facts = [base.fact(p.fact_id) for _, p in points]
    result = answer(
        q, base, facts, text, _closed(working), 1.0, note_status=False, note_history=False
    )
    if any(w.now for w, _ in points):
        result.as_of = base.as_of
    return result


def kept_fact(fact: RateFact, basis: str | None) -> bool:
    """A said change belongs to the measure asked about ("the reciprocal tariff")."""
    if basis is None:
        return True
    return rate_premise._kept(basis)(fact)


def _to_rate(q: ParsedQuestion) -> Decimal | None:
    changed = rate_state.CHANGED_TO.search(q.text)
    return Decimal(changed["rate"]) if changed else None


def _arithmetic(old: Decimal, new: Decimal, lang: str) -> list[str]:
    high, low = max(old, new), min(old, new)
    points = phrasebook.of(lang).points(high - low)
    lines = [f"{format_rate(high)} − {format_rate(low)} = {points};"]
    if old != 0:
        lines.append(relative(old, new)[1] + ";")
    return lines


def _closed(working: list[str]) -> list[str]:
    if working:
        working[-1] = working[-1].rstrip(";") + "."
    return working


def _stated_only(q, base: FactBase, product: str, basis, pair) -> Answer | None:
    """Two rates stated that the history has as no change: the arithmetic on them, then
    what was collected and what was only said at them (so the reply says which rates the
    sources report)."""
    old, new = pair
    kept = rate_premise._kept(basis)
    if not rate_premise.steps(base, product, kept):
        return None
    claim = rate_premise.Claim(product, basis, "steps", pair, None, None, False)
    timeline, facts = rate_premise._timeline(q, base, claim, kept)
    said, more = rate_premise._said_lines(q, base, claim, kept, facts, timeline)
    words = phrasebook.of(q.lang)
    what = rate_state.goods(base, product, q.lang)
    text = " ".join(
        filter(
            None,
            [
                words.casual.stated_move(old, new),
                words.casual.no_such_move(what, old, new),
                timeline,
                said,
            ],
        )
    )
    working = _closed(_arithmetic(old, new, q.lang))
    return answer(q, base, facts + more, text, working, 1.0, note_status=False, note_history=False)
