"""The speed work of session 5 (engine/match.py rank, the screened regular expressions,
the base-derived views) must leave every answer as it was: new wordings, each pinned to
whether it is answered and the fact it leads with, measured before that work."""

from __future__ import annotations

import pytest

from answering.orchestrator import Engine

PINNED = [
    ("what's the duty on korean automobiles these days", "rate-autos-section-232-15-2025-11-01"),
    ("did korea promise 350 billion dollars of investment", "segye-act-structure-150-200"),
    ("how much tax on a 40k kia", "rate-autos-section-232-15-2025-11-01"),
    ("when did the auto tariff drop to 15 percent", "rate-autos-section-232-15-2025-11-01"),
    ("what did lutnick say about the fund", "quote-lutnick-nuclear-arsenal"),
    ("한국산 철강 관세율은?", "rate-steel-section-232-50-2025-06-04"),
    ("is the tariff on korean chips 100%", "rate-semiconductors-section-232-25-2026-01-15"),
    ("how many days did the pause last", "reciprocal-pause-2025-04-09"),
    # declined before the speed work, and still
    ("what's the tariff on korean bananas", None),
    ("what's the capital of france", None),
    ("who heads the USTR", None),
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load()


@pytest.mark.parametrize(("question", "first"), PINNED)
def test_answer_unchanged(engine: Engine, question: str, first: str | None) -> None:
    answer = engine.ask(question)
    if first is None:
        assert not answer.answered, answer.text
    else:
        assert answer.answered, answer.text
        assert answer.facts[0] == first


def test_no_is_said_before_the_figure(engine: Engine) -> None:
    assert engine.ask("is the tariff on korean chips 100%").text.startswith("No — 25%")


def test_rank_sums_ahead_as_it_sums_each(engine: Engine, monkeypatch) -> None:
    """rank's one pass over the postings gives each fact the very sum it had before."""
    from engine import match

    questions = [q for q, _ in PINNED] + ["Who is the US Commerce Secretary?"]
    ahead = [
        [
            (c.fact.id, c.score, c.coverage)
            for c in match.rank(engine.parse(q), engine.base, engine.lexicon)
        ]
        for q in questions
    ]
    monkeypatch.setattr(match, "SUM_AHEAD_UP_TO", 0)
    each = [
        [
            (c.fact.id, c.score, c.coverage)
            for c in match.rank(engine.parse(q), engine.base, engine.lexicon)
        ]
        for q in questions
    ]
    assert ahead == each
