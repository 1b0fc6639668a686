"""Declining: outside the base, near misses (with suggestions), other countries."""

from __future__ import annotations

import re

import pytest

from engine.answer import DECLINE


@pytest.mark.parametrize(
    "question",
    [
        "What tariff does the US charge on Japanese cars?",
        "Did China and the US reach a trade deal?",
        "what's canada's lumber tariff",
        "Is the EU paying 15% too?",
        "How much has Mexico pledged to invest?",
        "Who is Japan's trade minister?",
        "What's the tariff on Korean kimchi?",
        "How much are Korean smartphones taxed?",
        "What's the price of Bitcoin?",
        "What's the won-dollar exchange rate?",
        "How many cars does Korea export to the US?",
        "What is the price of a Hyundai Sonata?",
        "What's the weather in Seoul?",
        "Who won the 2022 World Cup?",
        "tell me a joke",
        "asdfghjkl qwerty",
        "hello",
        "",
        "   ",
        "!!!???",
        "When will the 25% tariff on kimchi take effect?",
    ],
)
def test_out_of_scope_is_declined(ask, question):
    answer = ask(question)
    assert not answer.answered, answer.full_text
    assert not answer.sources
    assert len(answer.suggestions) <= 3


def test_decline_says_so_plainly(ask):
    answer = ask("What's the price of Bitcoin?")
    assert answer.text.startswith(DECLINE)


def test_other_country_is_named_in_the_decline(ask):
    assert "Japan" in ask("What tariff does the US charge on Japanese cars?").text


def test_near_miss_gets_suggestions(ask):
    answer = ask("What's the tariff on Korean kimchi?")
    assert not answer.answered
    assert 1 <= len(answer.suggestions) <= 3
    assert all(s.endswith("?") for s in answer.suggestions)


def test_every_answer_has_a_source_and_as_of(engine):
    missed = []
    for question in engine.known_questions():
        answer = engine.ask(question)
        if not (answer.answered and answer.sources and answer.as_of):
            missed.append(question)
    assert not missed, f"{len(missed)} of the base's own questions unanswered:\n" + "\n".join(
        missed
    )


def test_announced_is_never_in_effect(engine):
    """Every mention of the January 26, 2026 hike to 25% says it was announced and hedges
    it; rates and duties are given at the rate in force (15%)."""
    cases = {
        "what's the tariff on korean cars": "autos is 15%",
        "which products face 25%": "announced on January 26, 2026 and not reported in force",
        "when did trump announce the hike": "from 15% to 25%",
        "is the 25% tariff on korean cars in force now?": "autos is 15%",
        "duty on $5,000 of korean lumber": "$750 at 15%",
    }
    for question, expected in cases.items():
        answer = engine.ask(question)
        assert answer.answered, question
        assert expected in answer.text, question
        clauses = [
            c for c in re.split(r"\.\s", answer.text) if "January 26, 2026" in c and "25%" in c
        ]
        assert clauses, question
        for clause in clauses:
            assert "announced" in clause, (question, clause)
            assert re.search(r"no source|not reported|does not report|would", clause), clause
            for phrase in (" is in effect", " is now in force", " has taken effect"):
                assert phrase not in clause, (question, clause)
            assert " took effect" not in clause or clause.startswith("If "), (question, clause)


def test_when_the_announced_hike_takes_effect_is_not_invented(ask):
    answer = ask("When will the 25% tariff take effect?")
    assert answer.answered
    assert "announced on January 26, 2026 and not reported in force" in answer.text
    assert "will take effect on" not in answer.text and "takes effect on" not in answer.text


def test_suggestions_are_checked_once_per_engine_and_stay_the_same(engine):
    from answering.orchestrator import Engine

    fresh = Engine(engine.base, engine.lexicon)
    question = "What's the weather in Seoul today?"
    first = fresh.ask(question)
    assert not first.answered and first.suggestions
    assert all(fresh._answerable[s] is True for s in first.suggestions)
    asked = []
    original = fresh._answer
    fresh._answer = lambda q: asked.append(q.raw) or original(q)  # type: ignore[method-assign]
    again = fresh.ask(question)
    assert again.suggestions == first.suggestions
    assert asked == [question]  # no suggestion parsed and answered a second time
    assert Engine(engine.base, engine.lexicon).ask(question).suggestions == first.suggestions
