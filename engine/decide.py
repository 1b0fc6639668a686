"""Answer, suggest or decline, from the ranked candidates.

A wrong confident answer is the worst outcome, so answering needs a clear winner: a
score over ANSWER_AT and a margin over the best fact of another group. A word the base
does not know ("steel", "Bitcoin", "arrive") means part of the question is not
understood, usually the part asked about: then the bot suggests at most. The thresholds
come from the sweep in benchmarks/calibrate.py (shared set plus our paraphrases/traps).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from engine.match import Candidate
from engine.parse import ParsedQuestion

ANSWER_AT = 0.5       # coverage x fit needed to answer
SURE_AT = 0.8         # above this, a close runner-up does not block the answer
CLEAR_MARGIN = 0.1    # lead over the best candidate of another group
SUGGEST_AT = 0.25     # below this, nothing is close enough to suggest
GROUP_KEEP = 0.7      # same-group candidates within this share of the top answer together
MAX_SUGGESTIONS = 3


@dataclass
class Decision:
    action: str                                   # "answer" | "suggest" | "decline"
    chosen: list = field(default_factory=list)    # facts, for "answer"
    score: float = 0.0
    suggestions: list = field(default_factory=list)   # candidates, for "suggest"
    reason: str = ""


def decide(q: ParsedQuestion, ranked: list[Candidate]) -> Decision:
    if not ranked:
        return Decision("decline", reason="nothing in the base matches")
    top = ranked[0]
    others = [c for c in ranked if c.group != top.group]
    runner = others[0].score if others else 0.0
    near = [top] + [c for c in others if c.score >= SUGGEST_AT][:MAX_SUGGESTIONS - 1]

    if q.unknown and not (q.amounts and q.products):
        # Part of the question is not understood, and it is usually the part asked
        # about ("when did Kim *arrive*?", "the tariff on Korean *steel*"): suggest at most.
        if top.score >= SUGGEST_AT:
            return Decision("suggest", suggestions=near, score=top.score,
                            reason=f"unknown words {q.unknown}")
        return Decision("decline", score=top.score, reason=f"unknown words {q.unknown}")
    if top.score < SUGGEST_AT:
        return Decision("decline", score=top.score, reason="best match too weak")
    if top.score < ANSWER_AT:
        return Decision("suggest", suggestions=near, score=top.score, reason="best match weak")
    if top.score - runner < CLEAR_MARGIN and top.score < SURE_AT:
        return Decision("suggest", suggestions=near, score=top.score, reason="no clear winner")
    chosen = [c.fact for c in ranked if c.group == top.group and c.score >= GROUP_KEEP * top.score]
    return Decision("answer", chosen=chosen, score=top.score)
