"""One handler per kind of question. Each takes the parsed question, the facts chosen
for it and the base, and returns an Answer, or None when it cannot answer from them."""

from __future__ import annotations

from handlers import deltas, facts, pledge, quotes, rate_state, rates, sources  # noqa: F401
from knowledge.schema import RATE_NOT_IN_FORCE

# Which handler composes the answer for the chosen fact's kind.
BY_KIND = {
    "rate": rates.handle,
    "pledge": pledge.handle,
    "quote": quotes.handle,
    "person": facts.handle,
    "event": facts.handle,
}


def compose(q, chosen: list, base, score: float):
    """The answer for the chosen facts; computing handlers first when asked to compute."""
    kind = chosen[0].kind
    if "calc" in q.asks and kind == "rate":
        result = deltas.handle(q, chosen, base, score)
        if result is not None:
            return result
        if q.amounts:
            return None
    if kind == "rate" and rate_state.wants_state(q) and not _said_in_a_document(q, chosen[0]):
        result = rate_state.handle(q, chosen, base, score)
        if result is not None:
            return result
    return BY_KIND[kind](q, chosen, base, score)


def _said_in_a_document(q, fact) -> bool:
    """ "What rate did Trump's letter set for Korea?": a rate a letter only said (the
    threatened 25%), that measure's own answer, not the rate in force now. (A document
    that enacts, as a notice or an order, is asked for the rate in force it set.)"""
    return "term:letter" in q.concepts and fact.status in RATE_NOT_IN_FORCE
