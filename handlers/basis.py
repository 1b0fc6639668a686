"""Which law a tariff is under: "which law are the car tariffs under?", "sec 232 or
ieepa?", "what replaced the IEEPA tariffs?", "어떤 법에 근거해서 부과되나요?".

Answered from the product's rate history (knowledge/history.py), at the time asked (now,
unless the question names one): the legal basis of each rate in force then, with the
rate and the day it took effect; and, when no time is asked, the bases that came before
and how they ended (the reciprocal tariffs: IEEPA until the Supreme Court struck them
down, then Section 122). A rate whose reports name no basis is said to have none named:
never a guessed law.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import phrasebook
from engine import detail
from engine.answer import Answer
from engine.lexicon_ko import STRUCK_KO, WH_KO
from engine.parse import BASIS_CONCEPTS, BASIS_SUCCESSOR, ParsedQuestion, asking_basis
from handlers.common import answer, declined
from handlers.rate_state import Moment, _dedupe, age_text, asked_product, goods, moment
from knowledge.factbase import FactBase, RateFact
from knowledge.history import ALL_GOODS, RatePeriod, products_with_history, rate_history, state_on
from knowledge.schema import RATE_ENDED
from values.money import format_rate

# The concept a question names a basis by -> the basis id the rate facts use.
BASIS_OF = dict(zip(BASIS_CONCEPTS, ("section-232", "ieepa", "section-122", "section-301")))
# What a question about a tariff's law may also be about: the tariff, its product, who
# imposed it, the ruling that ended one. Anything else ("which law did the Assembly
# pass", "the law on the investment corporation") is another question.
ABOUT_BASIS = {
    "term:tariff",
    "term:rate",
    "term:reciprocal",
    "term:bill",  # "law", "법"
    "term:announce",  # "imposed", "부과"
    "term:in effect",
    "term:product",
    "term:hike",
    "term:reduce",
    "term:court",
    "term:supreme-court",
    "term:struck-down",
    "term:outcome",
    "term:remove",
    "term:reason",  # "the legal authority behind"
    "term:source",  # "what law did trump cite"
    *BASIS_CONCEPTS,
}


# "the car tariff is under ieepa right?": a statement put up to be checked.
CHECKED = re.compile(r"\b(?:right|correct|yeah|yes|huh|or not|isn'?t it|aren'?t they)\s*\??$")


def _known(basis: str | None) -> bool:
    return basis not in (None, "none")


def basis_of(
    period: RatePeriod, history: list[RatePeriod], base: FactBase
) -> tuple[str | None, RatePeriod | None]:
    """The period's legal basis, and the period whose report names it when that is
    another: its own report's; else the basis of the one measure at the same rate
    collected by then (two reports of one measure); else that of the measure announced
    at that rate to take effect on the day this one did (the measure carried out); else
    the basis of the rate it raised or cut ("doubled from 25% to 50%": the same measure).
    A rate only agreed or announced under a basis lends it nothing otherwise: it may
    never have been collected so."""
    if _known(period.basis):
        return period.basis, None
    when = period.start or period.seen
    if when is None:
        return None, None
    same = [
        p
        for p in history
        if p.collected
        and p.rate == period.rate
        and _known(p.basis)
        and p.start is not None
        and p.start.sort_key <= when.sort_key
    ]
    if len({p.basis for p in same}) == 1:
        return same[0].basis, same[0]
    # announced to take effect that very day, at that rate: the measure it carried out
    planned = [
        p
        for p in history
        if not p.collected
        and p.rate == period.rate
        and _known(p.basis)
        and period.start is not None
        and p.start == period.start
    ]
    if len({p.basis for p in planned}) == 1:
        return planned[0].basis, planned[0]
    fact = base.fact(period.fact_id)
    if isinstance(fact, RateFact) and fact.old_rate is not None and period.rate != fact.old_rate:
        before = [
            p
            for p in history
            if p.collected
            and p.rate == fact.old_rate
            and _known(p.basis)
            and p.start is not None
            and p.start.sort_key < when.sort_key
        ]
        if len({p.basis for p in before}) == 1:
            return before[-1].basis, before[-1]
    return None, None


@dataclass
class Stretch:
    """The rates a product was collected at under one basis, and how that ended."""

    basis: str
    periods: list[RatePeriod]

    @property
    def ended(self) -> RatePeriod | None:
        ends = [p for p in self.periods if p.end is not None and p.status in RATE_ENDED]
        return max(ends, key=lambda p: p.end.sort_key) if ends else None  # type: ignore[union-attr]


# What else a question about a tariff's law may ask: whether it is that law, the rate
# under it, what is behind it, where it is written. "When", "who", "how much" ask more.
WITH_BASIS = {"basis", "yesno", "rate", "why", "source"}


def is_basis_question(q: ParsedQuestion) -> bool:
    blocking = [w for w in q.blocking if not asking_basis(w)]
    if "basis" not in q.asks or blocking or q.foreign or q.amounts or q.won:
        return False
    if q.asks - WITH_BASIS or detail.asked(q.text):
        return False
    topics = {c for c in q.topic_concepts if not c.startswith(("product:", "person:"))}
    return topics <= ABOUT_BASIS


def _product(q: ParsedQuestion, base: FactBase) -> str | None:
    """The product asked; with none named, the one whose collected rates were under the
    basis the question names ("what replaced the IEEPA tariffs?")."""
    product = asked_product(q, [])
    if product is not None:
        return product
    named = {BASIS_OF[c] for c in BASIS_CONCEPTS if c in q.concepts}
    rates = [f for f in base.of_kind("rate") if isinstance(f, RateFact)]
    if len(named) == 1:
        basis = named.pop()
        products = {f.product for f in rates if f.basis == basis and f.status != "agreed"}
    elif not named and q.concepts.keys() & {"term:supreme-court", "term:struck-down"}:
        # "which law was struck down by the supreme court?": the product whose rate was
        products = {f.product for f in rates if f.status == "struck_down"}
    else:
        return None
    return products.pop() if len(products) == 1 else None


def handle(q: ParsedQuestion, base: FactBase) -> Answer | None:
    """The answer, a decline saying no source names the law, or None (not this kind)."""
    if not is_basis_question(q):
        return None
    product = _product(q, base)
    if product is None or product not in base.vocabulary.products:
        return None
    history = rate_history(base, product)
    if not any(p.collected for p in history):
        return None
    found = moment(q, base, product)
    if found is None:
        return _unnamed(q, None)
    when, event = found
    stated = not when.now
    if when.now and q.tense == "past" and not q.time.now:
        stated = False  # "what law *were* they under": the history, not one day
    state = state_on(base, product, when.day)
    if q.rates and not set(q.rates) & {p.rate for p in state.in_force}:
        # "the 25% car tariff": the day that rate was last in force, if it ever was
        if q.time.stated:
            return _unnamed(q, None)
        at_rate = [p for p in history if p.collected and p.rate in q.rates]
        days = [p.start for p in at_rate if p.start] or [p.seen for p in at_rate if p.seen]
        if not days:
            return _unnamed(q, None)
        day = max(days, key=lambda d: d.sort_key)
        when = Moment(day, False, {lang: b.at_day(day) for lang, b in phrasebook.BOOKS.items()})
        stated, state = True, state_on(base, product, day)
    in_force = _dedupe(state.in_force)
    words = phrasebook.of(q.lang)
    what = goods(base, product, q.lang)
    if not in_force:
        return _unnamed(q, None)
    found_bases = [(p, *basis_of(p, history, base)) for p in in_force]
    named = [(p, basis, lent) for p, basis, lent in found_bases if basis is not None]
    if len(named) < len(found_bases):
        return _unnamed(q, words.basis_unnamed(when.label(q.lang), what, when.now))
    parts = [
        (words.basis_names.get(basis, basis), p.rate, p.start, p.seen) for p, basis, _ in named
    ]
    sentences = [words.basis_in_force(when.label(q.lang), what, parts, when.now)]
    told = list(in_force) + [lent for _, _, lent in named if lent is not None]
    current = {basis for _, basis, _ in named}
    # what came before: with no time asked, or when asked what replaced it
    told_before = not stated or bool(BASIS_SUCCESSOR.search(q.text))
    earlier = _earlier(history, base, current, when.day) if told_before else []
    past_first = q.tense == "past" and not q.time.now
    for number, stretch in enumerate(earlier):
        last = stretch.ended
        if last is None or last.end is None:
            continue
        first_start = min(
            (p.start for p in stretch.periods if p.start), key=lambda d: d.sort_key, default=None
        )
        rates = list(dict.fromkeys(p.rate for p in stretch.periods))
        sentence = words.basis_ended(
            what,
            words.basis_names.get(stretch.basis, stretch.basis),
            rates,
            first_start,
            last.end,
            last.status,
            past_first and number == 0,
        )
        if past_first:
            sentences.insert(number, sentence)
        else:
            sentences.append(sentence)
        told += stretch.periods
    # the bases the answer leads with, in the order it tells them
    shown = list(dict.fromkeys([s.basis for s in earlier] if past_first else []))
    shown += [b for b in dict.fromkeys(basis for _, basis, _ in named) if b not in shown]
    verdict = _verdict(q, shown, words)
    text = " ".join(([verdict] if verdict else []) + sentences)
    # A rate read as the old rate of a later change ("from 15% to 25%") cites that report,
    # but its "reports differ" is about the change, not this rate: sources only.
    own = [base.fact(p.fact_id) for p in told if _own_rate(p, base)]
    cited = [base.fact(p.fact_id) for p in told if not _own_rate(p, base)]
    result = answer(
        q,
        base,
        own + ([event] if event else []),
        text,
        [],
        1.0,
        note_status=False,
        note_history=False,
    )
    for fact in cited:
        result.sources.extend(s for s in fact.sources if s not in result.sources)
        if fact.id not in result.facts:
            result.facts.append(fact.id)
    if when.now:
        result.as_of = base.as_of
    result.status = None  # every rate told is or was in force
    return result


def _own_rate(period: RatePeriod, base: FactBase) -> bool:
    """The period is the rate its report reports, not the rate a change started from."""
    fact = base.fact(period.fact_id)
    return not isinstance(fact, RateFact) or period.rate == fact.reported_rate()


def _earlier(history: list[RatePeriod], base: FactBase, current: set, day) -> list[Stretch]:
    """The bases the product's collected rates were under before, other than the current
    ones, in date order: each with the rates collected under it and how it ended."""
    out: dict[str, Stretch] = {}
    asked = day.sort_key
    for period in history:
        start = period.start or period.seen
        if not period.collected or start is None or start.sort_key > asked:
            continue
        basis, _ = basis_of(period, history, base)
        if basis is None or basis in current:
            continue
        out.setdefault(basis, Stretch(basis, [])).periods.append(period)
    return [s for s in out.values() if s.ended is not None]


def _verdict(q: ParsedQuestion, shown: list, words) -> str:
    """'Section 232, not IEEPA.' for "sec 232 or ieepa?"; Yes or No for "under IEEPA?"."""
    named = [BASIS_OF[c] for c in BASIS_CONCEPTS if c in q.concepts]
    checking = "yesno" in q.asks or bool(
        CHECKED.search(q.text) or (q.lang == "ko" and not WH_KO.search(q.text))
    )
    if not named or (len(named) < 2 and not checking) or BASIS_SUCCESSOR.search(q.text):
        return ""  # "what replaced the IEEPA tariffs?" names what ended, not a choice
    right = [words.basis_names[b] for b in named if b in shown]
    wrong = [words.basis_names[b] for b in named if b not in shown]
    actual = [words.basis_names.get(b, b) for b in shown]
    return words.basis_verdict(actual, right, wrong, checking)


def _unnamed(q: ParsedQuestion, said: str | None) -> Answer:
    """No source names the law for that time: a decline, never a guessed law."""
    return declined(q, said or "")


# "did the supreme court kill the car tariffs?", "판결로 자동차 관세도 없어졌어?": whether a
# ruling that struck tariffs down took this product's with them.
STRUCK = re.compile(
    r"\b(?:kill(?:ed)?|remov(?:e|ed)|strike|struck|end(?:ed)?|scrap(?:ped)?|invalidat(?:e|ed)|"
    r"void(?:ed)?|cancel(?:l?ed)?|affect(?:ed)?|overturn(?:ed)?|cover(?:ed)?|appl(?:y|ied) to|"
    r"hit|touch(?:ed)?|wipe[ds]? out|toss(?:ed)?|nix(?:ed)?|axe[ds]?)\b|" + STRUCK_KO
)
RULING = {"term:court", "term:supreme-court"}
# A statement put as a question, with no question word: "so the court killed them too?"
CHECKED_EN = re.compile(r"^(?!.*\b(?:what|which|when|who|whom|whose|why|how|where)\b).*\?\s*$")


def after_ruling(q: ParsedQuestion, base: FactBase) -> Answer | None:
    """Yes or No, from the rate history: the tariffs a ruling struck down were those under
    one law; a product's rate under another, in force through the ruling and still in
    force, was not among them (and which law it is under, with its source)."""
    products = [p for p in dict.fromkeys(q.products) if p != ALL_GOODS]
    asks_yes = (
        "yesno" in q.asks
        or (q.lang == "ko" and not WH_KO.search(q.text))
        or bool(not q.asks and CHECKED_EN.search(q.text))  # "so scotus killed them too?"
    )
    if (
        not asks_yes
        or not RULING & set(q.concepts)
        or not products
        or q.blocking
        or q.foreign
        or q.amounts
        or q.time.stated
        or not STRUCK.search(q.text)
    ):
        return None
    topics = {c for c in q.topic_concepts if not c.startswith(("product:", "person:"))}
    if not topics <= ABOUT_BASIS:
        return None
    struck = [f for f in base.of_kind("rate") if f.status == "struck_down" and f.ends]
    if len({(f.basis, f.ends) for f in struck}) != 1 or not _known(struck[0].basis):
        return None
    ruled, day = struck[0], struck[0].ends
    if day is None:  # never: struck-down facts without an end are left out above
        return None
    words = phrasebook.of(q.lang)
    now = base.as_of
    sentences, told = [], []
    for product in products:
        history = rate_history(base, product)
        if any(p.status == "struck_down" for p in history):
            return None  # struck down too: the matcher's reports tell it
        then = {p.fact_id for p in state_on(base, product, day).in_force}
        kept = [p for p in _dedupe(state_on(base, product, now).in_force) if p.fact_id in then]
        if not kept:
            return None  # changed since, or nothing in force: not this answer's to tell
        named = [(p, *basis_of(p, history, base)) for p in kept]
        if any(basis is None or basis == ruled.basis for _, basis, _ in named):
            return None
        parts = [(words.basis_names.get(b or "", b), p.rate, p.start, p.seen) for p, b, _ in named]
        label = words.newest_report(now, age_text(now, q.lang))
        what = goods(base, product, q.lang)
        sentences.append(words.basis_in_force(label, what, parts, True))
        told += kept + [lent for _, _, lent in named if lent is not None]
    name = words.basis_names.get(ruled.basis or "", ruled.basis)
    text = " ".join([words.ruling_spared(day, name), *sentences])
    facts = [ruled] + [base.fact(p.fact_id) for p in told if _own_rate(p, base)]
    result = answer(q, base, facts, text, [], 1.0, note_status=False, note_history=False)
    for period in told:
        if not _own_rate(period, base):
            fact = base.fact(period.fact_id)
            result.sources.extend(s for s in fact.sources if s not in result.sources)
    result.as_of = now
    result.status = None
    return result


# --- the goods under a law now: "what are the section 232 tariffs on korea?" --------------

_WHAT_UNDER = re.compile(r"\b(?:what|which)\b|\bcover(?:s|ed)?\b|\blist\b")


# What "what is under Section 232?" may name beside the law (a court, a ruling, what was
# said or ended asks about something else)
_UNDER_TOPICS = {
    "term:tariff",
    "term:rate",
    "term:product",
    "term:in effect",
    "term:announce",
    *BASIS_CONCEPTS,
}


def goods_under(q: ParsedQuestion, base: FactBase) -> Answer | None:
    """Each product whose rate in force now is under the one law asked, with the rate and
    since when; the products whose reports name no law are told apart, never put under a
    law by guess. None when the question names a product, a time, or more than the law."""
    named = [c for c in q.concepts if c in BASIS_OF]
    if len(named) != 1 or q.blocking or q.people or q.amounts or q.rates or q.time.stated:
        return None
    if [p for p in q.products if p != ALL_GOODS] or not (
        _WHAT_UNDER.search(q.text) or WH_KO.search(q.text)
    ):
        return None
    if q.asks & {"when", "who", "why", "where", "how_much", "yesno", "years", "say"}:
        return None
    if any(
        c not in _UNDER_TOPICS and not c.startswith(("country:", "product:")) for c in q.concepts
    ):
        return None
    wanted = BASIS_OF[named[0]]
    if wanted != "section-232":
        return None  # the other laws' tariffs fall on all goods: the rate question tells it
    under, unnamed = [], []
    for product in products_with_history(base):
        if product == ALL_GOODS:
            continue  # the tariff on all goods is never a Section 232 one
        for period in _dedupe(state_on(base, product, base.as_of).in_force):
            if period.basis == wanted:
                under.append((product, period))
            elif not _known(period.basis):
                unnamed.append((product, period))
    if not under:
        return None
    words = phrasebook.of(q.lang)
    now = base.as_of

    def listed(items):
        return words.join(
            [
                f"{goods(base, p, q.lang)} {format_rate(period.rate)} "
                f"{words.since(None, period.start, period.seen)}".strip()
                for p, period in items
            ]
        )

    text = words.under_basis(
        words.newest_report(now, age_text(now, q.lang)),
        words.basis_names.get(wanted, wanted),
        listed(under),
        listed(unnamed) if unnamed else "",
    )
    used = [base.fact(period.fact_id) for _, period in under + unnamed]
    result = answer(q, base, used, text, [], 1.0, note_status=False, note_history=False)
    result.as_of = now
    return result
