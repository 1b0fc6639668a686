"""One handler per kind of question. Each takes the parsed question, the facts chosen
for it and the base, and returns an Answer, or None when it cannot answer from them."""

from __future__ import annotations

from handlers import deltas, facts, pledge, quotes, rate_state, rates, sources  # noqa: F401

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
    if kind == "rate" and rate_state.wants_state(q):
        result = rate_state.handle(q, chosen, base, score)
        if result is not None:
            return result
    told = BY_KIND[kind](q, chosen, base, score)
    if kind == "rate" and told is not None and told.answered:
        return _with_state_then(q, chosen[0], told, base, score)
    return told


def _with_state_then(q, fact, told, base, score):
    """ "what rate was scheduled for cabinets on January 1, 2026?": the measure that set
    it, and, when that measure had ended by the day asked, what was collected then."""
    days = [d for d in q.time.days if d.day]
    if not days or fact.ends is None or days[0].sort_key < fact.ends.sort_key:
        return told
    state = rate_state.handle(q, [fact], base, score)
    if state is None or not state.answered:
        return told
    told.text = f"{told.text} {state.text}"
    told.facts += [f for f in state.facts if f not in told.facts]
    told.sources += [s for s in state.sources if s not in told.sources]
    if state.as_of is not None and (told.as_of is None or told.as_of < state.as_of):
        told.as_of = state.as_of
    return told
