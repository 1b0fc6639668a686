"""Declining: outside the base, near misses (with suggestions), other countries."""
from __future__ import annotations

import pytest

from engine.answer import DECLINE


@pytest.mark.parametrize("question", [
    "What tariff does the US charge on Japanese cars?",
    "Did China and the US reach a trade deal?",
    "what's canada's lumber tariff",
    "Is the EU paying 15% too?",
    "How much has Mexico pledged to invest?",
    "Who is Japan's trade minister?",
    "What's the tariff on Korean steel?",
    "How much are Korean semiconductors taxed?",
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
    "Who is the president of South Korea?",
    "When will the 25% tariff take effect?",
])
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
    answer = ask("What's the tariff on Korean steel?")
    assert not answer.answered
    assert 1 <= len(answer.suggestions) <= 3
    assert all(s.endswith("?") for s in answer.suggestions)


def test_every_answer_has_a_source_and_as_of(engine):
    for question in engine.known_questions():
        answer = engine.ask(question)
        assert answer.answered, question
        assert answer.sources and answer.as_of, question


def test_announced_is_never_in_effect(engine):
    for question in ["what's the tariff on korean cars", "which products face 25%",
                     "when did trump announce the hike", "is the car tariff in effect?",
                     "duty on $5,000 of korean lumber"]:
        answer = engine.ask(question)
        assert answer.answered and answer.status == "announced", question
        assert "announced" in answer.full_text
        for phrase in (" is in effect", " took effect", " is now in force", " has taken effect"):
            assert phrase not in answer.full_text
