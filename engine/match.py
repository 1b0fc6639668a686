"""Rank the facts for a parsed question.

Not whole-string similarity (any shared word scores ~86 with WRatio): each fact is
scored by how much of the question's meaning it covers, with concepts weighted by how
rare they are in the base (IDF), times how well the fact fits what is asked (a "when"
question wants a dated fact), and filtered by the entities named (a question about
lumber never gets the autos rate).
"""

from __future__ import annotations

import datetime as _dt
import heapq
from dataclasses import dataclass

from engine.parse import ParsedQuestion
from knowledge.factbase import EventFact, Fact, FactBase, PledgeFact, QuoteFact, RateFact
from knowledge.index import Lexicon

# How much a fact that cannot answer what is asked is marked down.
STRONG_ASKS = {"who_is": 0.6, "who": 0.45, "when": 0.45, "where": 0.45, "why": 0.45, "say": 0.55}
WEAK_ASKS = {"rate": 0.8, "how_much": 0.8, "which": 0.7}
# Concepts that ask for arithmetic, not for a fact: the handlers satisfy them.
OPERATIONS = {"term:share", "term:percent change"}
ALL_GOODS = "korean-imports"  # the product that means all South Korean goods
# The largest factor a fact's score may gain over its coverage (_date_factor's 1.1):
# rank's pruning relies on it, so a new boost must raise it.
MAX_BOOST = 1.1
_EPS = 1e-9
# decide.SUGGEST_AT: with a candidate at least this good, decide() never uses one below
# it (suggestions need SUGGEST_AT; answering needs ANSWER_AT >= SUGGEST_AT + CLEAR_MARGIN;
# a group keeps GROUP_KEEP x ANSWER_AT >= SUGGEST_AT). tests/test_bench_generate.py checks.
DECISIVE_AT = 0.25
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
    if isinstance(fact, RateFact) and fact.measure:
        return "measure:" + fact.measure
    if isinstance(fact, QuoteFact):
        return f"quote:{fact.speaker}:{fact.date}"
    if fact.kind == "event":
        return "measure:" + fact.id  # an announcement and the rates it set
    return fact.id


def speakers(fact: Fact) -> set:
    """Whose words the fact reports: a quote's speaker, an announcement's author."""
    if isinstance(fact, QuoteFact):
        return {fact.speaker}
    if isinstance(fact, RateFact) and fact.by:
        return {fact.by}
    if fact.kind == "event" and fact.status in ("announced", "threatened"):
        return set(fact.people)
    return set()


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
        return isinstance(fact, EventFact) and bool(fact.place)
    if ask == "why":
        return "term:exchange" in concepts or "term:reason" in concepts
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
    if "when" in q.asks and "term:in effect" in q.concepts and not fact.in_effect:
        factor *= 0.3  # an announced measure has no date of effect in the base
    planned = fact.status in ("planned", "scheduled")
    if (q.tense == "past" and planned) or (q.tense == "future" and fact.status == "happened"):
        factor *= 0.85  # "where were the talks held?" is about the meeting that happened
    if fact.kind == "quote" and "say" not in q.asks:
        factor *= 0.85  # the event a quote comes from tells it more plainly
    if isinstance(fact, PledgeFact) and fact.part_of:
        factor *= 0.95  # the whole pledge, unless the question names the part
    return factor


def _date_factor(fact: Fact, q: ParsedQuestion) -> float:
    if not (q.weekdays or q.months) or fact.date is None:
        return 1.0
    day = fact.date
    if q.months and day.month and day.month not in q.months:
        return 0.4
    if q.weekdays and day.day:
        weekday = WEEKDAYS[_dt.date(day.year, day.month, day.day).weekday()]
        return 1.1 if weekday in q.weekdays else 0.4
    return 1.0


def rank(q: ParsedQuestion, base: FactBase, lexicon: Lexicon, limit: int = 8) -> list[Candidate]:
    asked = {c: w for c, w in q.topic_concepts.items() if c not in OPERATIONS}
    if q.countries:
        # "the president of South Korea": a title that names someone of another country
        # is not that person.
        asked = {
            c: w
            for c, w in asked.items()
            if not c.startswith("person:")
            or base.facts[c[7:]].country in q.countries
            or len(q.countries) > 1
        }
    if not asked:
        return []
    top_idf = max(lexicon.idf.values(), default=1.0)
    weight = {c: lexicon.idf.get(c, top_idf) * conf for c, conf in asked.items()}
    total = sum(weight.values())
    # Rates the question states ("the 25% tariff") count like a concept that only rate
    # facts with that rate can cover.
    rate_weight = top_idf if q.rates else 0.0
    total += rate_weight
    # "Korean goods" covers autos too: only a named product rules other products out.
    named = [p for p in q.products if p != ALL_GOODS]
    # Max-score pruning, exact: the candidates are the facts holding any asked concept,
    # visited concept by concept, heaviest first. A fact's score is at most
    # min(1, coverage * MAX_BOOST), so once `limit` candidates are in hand, a fact (or
    # every fact not yet seen) that cannot beat the worst of them is skipped; the top
    # `limit` are the same as scoring every fact, at a fraction of the cost at scale.
    # Also, once a candidate scores DECISIVE_AT, facts that cannot reach DECISIVE_AT
    # are skipped: decide() never looks at them then (see DECISIVE_AT), so the decision
    # is the same; only the list's tail of weak candidates may be shorter.
    boost = MAX_BOOST if (q.weekdays or q.months) else 1.0
    order = sorted(asked, key=lambda c: -weight[c])
    unseen = [sum(weight[c] for c in order[i:]) + rate_weight for i in range(len(order))]
    best: list[float] = []  # min-heap of the `limit` best scores so far
    best_score = 0.0
    people = frozenset(q.people)
    seen: set = set()
    ranked = []
    for index, concept in enumerate(order):
        bound = min(1.0, unseen[index] / total * boost)
        if (len(best) >= limit and bound < best[0] - _EPS) or (
            best and best_score >= DECISIVE_AT and bound < DECISIVE_AT
        ):
            break
        for fid in lexicon.postings.get(concept, ()):
            if fid in seen:
                continue
            seen.add(fid)
            fact = base.facts[fid]
            concepts = lexicon.fact_concepts[fid]
            if named and isinstance(fact, RateFact) and fact.product not in named:
                continue
            matched = sum(w * concepts[c] for c, w in weight.items() if c in concepts)
            if rate_weight and isinstance(fact, RateFact):
                held = {fact.rate, fact.old_rate, fact.new_rate}
                matched += rate_weight * sum(r in held for r in q.rates) / len(q.rates)
            coverage = matched / total
            bound = min(1.0, coverage * boost * 0.6 ** len(people - lexicon.people[fid]))
            if (len(best) >= limit and bound < best[0] - _EPS) or (
                best and best_score >= DECISIVE_AT and bound < DECISIVE_AT
            ):
                continue
            candidate = _score(fact, q, lexicon, asked, concepts, coverage)
            ranked.append(candidate)
            best_score = max(best_score, candidate.score)
            if len(best) < limit:
                heapq.heappush(best, candidate.score)
            elif candidate.score > best[0]:
                heapq.heapreplace(best, candidate.score)
    ranked.sort(key=lambda c: (-c.score, len(lexicon.fact_concepts[c.fact.id]), c.fact.id))
    return ranked[:limit]


def _score(
    fact: Fact, q: ParsedQuestion, lexicon: Lexicon, asked: dict, concepts: dict, coverage: float
) -> Candidate:
    """The candidate for one fact. Every factor after coverage must stay <= 1, except
    _date_factor's, which is <= MAX_BOOST: rank's pruning relies on it."""
    # How much of the fact the question is about: breaks ties between facts that
    # both cover the question, in favour of the one about nothing else.
    own = lexicon.own[fact.id]
    focus = sum(lexicon.idf[c] * concepts[c] for c in asked if c in concepts) / own
    score = coverage * (0.85 + 0.15 * focus) * fit(fact, q, concepts) * _date_factor(fact, q)
    # Everyone the question names must be in the fact: "Did Trump meet Kim?" is not
    # answered by a meeting of Kim's that Trump was not at.
    score *= 0.6 ** len(set(q.people) - lexicon.people[fact.id])
    if (
        "term:meet" in q.concepts
        and len(q.people) >= 2
        and not (
            isinstance(fact, (EventFact, PledgeFact))
            and set(q.people) <= set(fact.people)
            and "term:meet" in concepts
        )
    ):
        score *= 0.5  # "did Trump meet Kim?" needs a meeting both attended
    if "say" in q.asks and q.people and not set(q.people) & speakers(fact):
        score *= 0.5  # "what did Lutnick say?" wants Lutnick's own words
    return Candidate(fact, min(score, 1.0), coverage)
