"""Rank the facts for a parsed question.

Not whole-string similarity (any shared word scores ~86 with WRatio): each fact is
scored by how much of the question's meaning it covers, with concepts weighted by how
rare they are in the base (IDF), times how well the fact fits what is asked (a "when"
question wants a dated fact), and filtered by the entities named (a question about
lumber never gets the autos rate).
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from engine.parse import ParsedQuestion
from knowledge.factbase import Fact, FactBase
from knowledge.index import Lexicon

# How much a fact that cannot answer what is asked is marked down.
STRONG_ASKS = {"who_is": 0.6, "who": 0.45, "when": 0.45, "where": 0.45, "why": 0.45, "say": 0.55}
WEAK_ASKS = {"rate": 0.8, "how_much": 0.8, "which": 0.7}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@dataclass
class Candidate:
    fact: Fact
    score: float
    coverage: float

    @property
    def group(self) -> str:
        return group_of(self.fact)


def group_of(fact: Fact) -> str:
    """Facts that answer together: one measure's rates, one speaker's words that day."""
    if fact.kind == "rate" and fact.get("measure"):
        return "measure:" + fact.get("measure")
    if fact.kind == "quote":
        return f"quote:{fact.get('speaker')}:{fact.date}"
    return fact.id


def can_answer(fact: Fact, ask: str, concepts: dict, asks: set) -> bool:
    if ask == "who_is":
        return fact.kind == "person" or "say" in asks
    if ask == "who":
        if fact.kind == "quote":
            return "say" in asks
        return fact.kind == "person" or bool(fact.people)
    if ask == "when":
        return fact.date is not None or bool(fact.date_text)
    if ask == "where":
        return bool(fact.get("place"))
    if ask == "why":
        return bool(fact.get("reason")) or "term:exchange" in concepts or "term:reason" in concepts
    if ask == "say":
        return fact.kind == "quote" or "term:say" in concepts
    if ask == "rate":
        return fact.kind == "rate" or any("%" in t for t in fact.text.values())
    if ask == "how_much":
        return fact.kind in ("rate", "pledge")
    if ask == "which":
        return fact.kind == "rate"
    return True


def fit(fact: Fact, q: ParsedQuestion, concepts: dict) -> float:
    """1.0 when the fact can answer every kind of thing asked; less for each it can't."""
    factor = 1.0
    for ask, penalty in {**STRONG_ASKS, **WEAK_ASKS}.items():
        if ask in q.asks and not can_answer(fact, ask, concepts, q.asks):
            factor *= penalty
    if fact.kind == "quote" and "say" not in q.asks:
        factor *= 0.85      # the event a quote comes from tells it more plainly
    if fact.get("part_of"):
        factor *= 0.95      # the whole pledge, unless the question names the part
    return factor


def _date_factor(fact: Fact, q: ParsedQuestion) -> float:
    if not (q.weekdays or q.months) or fact.date is None:
        return 1.0
    day = fact.date
    if q.months and day.month and day.month not in q.months:
        return 0.6
    if q.weekdays and day.day:
        weekday = WEEKDAYS[_dt.date(day.year, day.month, day.day).weekday()]
        return 1.1 if weekday in q.weekdays else 0.6
    return 1.0


def rank(q: ParsedQuestion, base: FactBase, lexicon: Lexicon, limit: int = 8) -> list[Candidate]:
    asked = q.topic_concepts
    if not asked:
        return []
    top_idf = max(lexicon.idf.values(), default=1.0)
    weight = {c: lexicon.idf.get(c, top_idf) * conf for c, conf in asked.items()}
    total = sum(weight.values())
    pool = {fid for c in asked for fid in lexicon.postings.get(c, ())}
    ranked = []
    for fid in pool:
        fact = base.facts[fid]
        concepts = lexicon.fact_concepts[fid]
        if q.products and fact.kind == "rate" and fact.get("product") not in q.products:
            continue
        matched = sum(w * concepts[c] for c, w in weight.items() if c in concepts)
        coverage = matched / total
        # How much of the fact the question is about: breaks ties between facts that
        # both cover the question, in favour of the one about nothing else.
        own = sum(lexicon.idf[c] * w for c, w in concepts.items())
        focus = sum(lexicon.idf[c] * concepts[c] for c in asked if c in concepts) / own
        score = coverage * (0.85 + 0.15 * focus) * fit(fact, q, concepts) * _date_factor(fact, q)
        if q.people and not set(q.people) & set(fact.people):
            score *= 0.6
        ranked.append(Candidate(fact, min(score, 1.0), coverage))
    ranked.sort(key=lambda c: (-c.score, len(lexicon.fact_concepts[c.fact.id]), c.fact.id))
    return ranked[:limit]
