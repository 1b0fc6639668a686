"""'When was the lumber tariff imposed?', 'when did the car tariff start?': the day the
product's tariff first applied, and each later rate's start, from the rate history; an
announcement of a rise (January 2026) is no start."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "question, first, then",
    [
        (
            "when was the lumber tariff imposed",
            "10% from October 14, 2025",
            "15% from November 14, 2025",
        ),
        (
            "when did the us impose tariffs on korean lumber",
            "10% from October 14, 2025",
            "15% from November 14, 2025",
        ),
        (
            "when were lumber tariffs introduced",
            "10% from October 14, 2025",
            "15% from November 14, 2025",
        ),
        ("when did the car tariff start", "25% from April 3, 2025", "15% from November 1, 2025"),
        ("when was the steel tariff imposed", "25% from March 12, 2025", "50% from June 4, 2025"),
    ],
)
def test_each_start_in_order(ask, question, first, then):
    answer = ask(question)
    assert answer.answered, answer.text
    assert 0 <= answer.text.find(first) < answer.text.find(then), answer.text
    assert not answer.text.startswith("On Monday, January 26, 2026"), answer.text


def test_a_named_rate_keeps_its_own_day(ask):
    answer = ask("when was the 15% lumber tariff imposed")
    assert "November 14, 2025" in answer.text, answer.text
    assert "October 14" not in answer.text, answer.text


def test_a_start_the_sources_do_not_give_is_still_declined(ask):
    # the 15% pharmaceutical rate is only reported in force (January 25, 2026), no start
    answer = ask("When did the 15% pharmaceutical tariff take effect?")
    assert "took effect on" not in answer.text


@pytest.mark.parametrize(
    "question, held",
    [
        ("what rate did lumber start at", "10%"),
        ("what rate did the car tariff start at", "25%"),
    ],
)
def test_the_rate_a_tariff_started_at_is_its_first(ask, question, held):
    answer = ask(question)
    assert answer.answered and held in answer.text.split(".")[0], answer.text
