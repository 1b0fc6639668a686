"""'Car tariff vs steel tariff', 'is steel taxed more than cars?': each product's rate at
the time asked (now: with the as-of date), then how far apart they are in percentage
points; a yes/no comparison opens with Yes or No. Never one product's report alone."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "question",
    [
        "car tariff vs steel tariff",
        "what's the rate difference between cars and steel",
        "compare the car and steel tariffs",
        "how do the steel and auto tariffs compare?",
    ],
)
def test_both_rates_and_the_gap(ask, question):
    answer = ask(question)
    assert answer.answered, answer.text
    assert "15%" in answer.text and "50%" in answer.text, answer.text
    assert "35 percentage points" in answer.text, answer.text
    assert "As of June 8, 2026" in answer.text, answer.text


@pytest.mark.parametrize(
    "question, opener",
    [
        ("is steel taxed more than cars", "Yes"),
        ("are cars taxed more than steel?", "No"),
        ("is the car tariff higher than the steel tariff", "No"),
        ("is the lumber tariff the same as the car tariff?", "Yes"),
    ],
)
def test_a_yes_or_no_comparison(ask, question, opener):
    answer = ask(question)
    assert answer.text.startswith(opener), answer.text


def test_at_a_time_asked(ask):
    answer = ask("car vs steel tariff in may 2025")
    assert answer.answered, answer.text
    assert "25%" in answer.text and "0 percentage points" not in answer.text, answer.text
    assert "the same" in answer.text, answer.text


def test_a_product_with_no_rate_is_not_compared(ask):
    answer = ask("car tariff vs kimchi tariff")
    assert "percentage points" not in answer.text, answer.text


def test_korean_comparison(ask):
    answer = ask("자동차와 철강 관세 비교해줘")
    assert answer.answered, answer.text
    assert "35%포인트" in answer.text, answer.text
    assert ask("철강 관세가 자동차보다 높아?").text.startswith("네")


def test_the_time_is_told_once(ask):
    answer = ask("car tariff vs steel tariff")
    assert answer.text.count("As of June 8, 2026") == 1, answer.text
