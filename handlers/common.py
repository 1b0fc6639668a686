"""What every handler's answer needs: its sources, its as-of date, and an honest status."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

import phrasebook
from engine.answer import Answer
from engine.parse import ParsedQuestion
from knowledge.factbase import Fact, FactBase, PledgeFact, RateFact
from knowledge.history import ALL_GOODS
from knowledge.schema import NOT_IN_EFFECT
from values.money import format_money, format_rate


def status_of(facts: list[Fact]) -> str | None:
    """The status to flag: the first fact that is not reported as done."""
    for fact in facts:
        if fact.status in NOT_IN_EFFECT:
            return fact.status
    return None


def carried_out(base: FactBase, fact: Fact) -> RateFact | None:
    """The report of an announced rate in force: the same product at the same rate, in
    force from the announcement's day on (the 25% car tariff announced March 26, 2025,
    collected from April 3)."""
    if fact.date is None:
        return None
    if isinstance(fact, RateFact):
        product, rate = fact.product, fact.new_rate if fact.new_rate is not None else fact.rate
    else:
        told = _rate_told(base, fact)
        if told is None:
            return None
        product, rate = told
    for other in base.of_kind("rate"):
        if (
            other is not fact
            and other.product == product
            and other.in_effect
            and (other.new_rate if other.new_rate is not None else other.rate) == rate
            and other.effective is not None
            and (  # in force from the announcement on, or reported so since (retroactive)
                other.effective.sort_key >= fact.date.sort_key
                or (other.date is not None and other.date.sort_key >= fact.date.sort_key)
            )
        ):
            return other
    return None


# "announced that the 25% steel tariff would rise to 50%": the rate an event says a tariff
# goes to
_GOES_TO = re.compile(r"\bto (\d{1,3}(?:\.\d+)?)%")


def _rate_told(base: FactBase, fact: Fact) -> tuple[str, Decimal] | None:
    """The one product and the one rate an announced event's own words say a tariff goes
    to ("Trump announced that the current 25% steel tariff would rise to 50%"), else None.
    Read once per base and fact (its words and the vocabulary do not change)."""
    kept = base.__dict__.setdefault("_rates_told", {})
    seen = kept.get(id(fact))
    if seen is not None and seen[0] is fact:
        return seen[1]
    told = _read_rate_told(base, fact)
    kept[id(fact)] = (fact, told)
    return told


def _read_rate_told(base: FactBase, fact: Fact) -> tuple[str, Decimal] | None:
    text = fact.says("en").lower()
    rates = set(_GOES_TO.findall(text))
    if len(rates) != 1:
        return None
    named = [
        pid
        for pid, product in base.vocabulary.products.items()
        if pid != ALL_GOODS
        and any(
            re.search(rf"\b{re.escape(n.lower())}\b", text)
            for n in (product.name, *product.aliases)
            if n and n.isascii()
        )
    ]
    if len(named) != 1:
        return None
    return named[0], Decimal(rates.pop())


def declined(q: ParsedQuestion, reason: str = "") -> Answer:
    """A handler's decline: "I don't have a sourced fact on that.", then why when it can
    say (a company the report does not name, a count reports differ on); never another
    answer in the place of the one it cannot give."""
    decline = phrasebook.of(q.lang).decline
    return Answer(
        question=q.raw,
        answered=False,
        text=f"{decline} {reason}" if reason else decline,
        lang=q.lang,
        topic=q,
    )


def answer(
    q: ParsedQuestion,
    base: FactBase,
    facts: Sequence[Fact],
    text: str,
    working: list | None = None,
    score: float = 1.0,
    note_status: bool = True,
    note_history: bool = True,
) -> Answer:
    """An answered reply citing every source its facts come from."""
    facts = list(dict.fromkeys(facts))
    # the sources in order, each once; `cited` holds them too, for the membership tests
    # below (a source compared in a list is compared field by field with each one there)
    cited = dict.fromkeys(s for f in facts for s in f.sources)
    sources = list(cited)

    def cite(more: tuple) -> None:
        for source in more:
            if source not in cited:
                cited[source] = None
                sources.append(source)

    as_of = max((f.as_of for f in facts if f.as_of), default=base.as_of, key=lambda d: d.sort_key)
    status = status_of(facts)
    parts = [text.strip()]
    words = phrasebook.of(q.lang)
    if note_status and status in ("announced", "threatened", "proposed"):
        said = next(f for f in facts if f.status == status)
        done = carried_out(base, said)
        if done is not None and done.effective is not None:
            # announced, and a later report has it in force: never "not implemented"
            parts.append(words.took_effect_later(done.effective))
            cite(done.sources)
        else:
            # not implemented as of the newest report, not only as of this fact's
            parts.append(words.status_note[status].format(as_of=words.date(base.as_of, False)))
    for fact in facts:
        if fact.differ:
            note = differ_text(fact, q.lang)
            if note not in parts:  # one measure told per product: its reports differ once
                parts.append(note)
            for variant in fact.differ:
                cite(variant.sources)
    replaced = [old for f in facts for old in base.history(f)] if note_history else []
    if replaced:
        old = replaced[0]
        parts.append(
            words.updates_earlier(
                old.source.publisher, old.source.published, _what_changed(old, facts[0])
            )
        )
        cite((old.source,))
    return Answer(
        question=q.raw,
        answered=True,
        text=" ".join(parts),
        working=working or [],
        facts=[f.id for f in facts],
        sources=sources,
        as_of=as_of,
        status=status,
        score=score,
        lang=q.lang,
        topic=q,
    )


def _what_changed(old: Fact, new: Fact) -> list[tuple[str, str]]:
    """[('status', 'announced'), ('rate', '25%')]: what the replaced fact said differently
    (the status as its id: the phrasebook names it)."""
    changes = []
    if old.status != new.status and old.status:
        changes.append(("status", old.status))
    for name, was, now, shown in _figures(old, new):
        if was != now and was is not None:
            changes.append((name, shown(was)))
    return changes


def _figures(old: Fact, new: Fact) -> list:
    """(name, old value, new value, how to show it) of the figures two reports can differ in."""
    if isinstance(old, RateFact) and isinstance(new, RateFact):
        return [
            ("rate", old.rate, new.rate, format_rate),
            ("old rate", old.old_rate, new.old_rate, format_rate),
            ("new rate", old.new_rate, new.new_rate, format_rate),
        ]
    if isinstance(old, PledgeFact) and isinstance(new, PledgeFact):
        return [
            ("amount", old.amount, new.amount, format_money),
            ("cap per year", old.cap_per_year, new.cap_per_year, format_money),
        ]
    return []


def join_names(names: list[str]) -> str:
    """'autos, lumber and pharmaceuticals'."""
    return phrasebook.of("en").join(names)


def differ_text(fact: Fact, lang: str = "en") -> str:
    """'Reports differ: Korea JoongAng Daily, January 30, 2026, as above; ...' Made once
    per fact and language: the same words each time the fact is told (kept by the fact's
    identity, with the fact, so another base's fact of the same id is told afresh)."""
    kept = _DIFFER.get((id(fact), lang))
    if kept is not None and kept[0] is fact:
        return kept[1]
    told = _differ_text(fact, lang)
    if len(_DIFFER) >= _DIFFER_KEPT:
        _DIFFER.clear()  # a base reloaded many times over: start again, never grow on
    _DIFFER[(id(fact), lang)] = (fact, told)
    return told


_DIFFER: dict = {}
_DIFFER_KEPT = 50_000


def _differ_text(fact: Fact, lang: str) -> str:
    own = "; ".join(src.short() for src in fact.sources)
    others = "; ".join(
        f"{v.says(lang)} ({'; '.join(src.short() for src in v.sources)})" for v in fact.differ
    )
    return phrasebook.of(lang).reports_differ(own, others)
