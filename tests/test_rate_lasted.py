"""'How long was the 25% car tariff in effect?', 'how many days was the IEEPA 15%
collected?': from the rate's first day in force to the day another rate replaced it (or
it ended), counted from the history, the arithmetic shown; never another measure's limit
(Section 122's 150 days)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "question, start, end, days",
    [
        (
            "how long was the 25% car tariff in effect",
            "April 3, 2025",
            "November 1, 2025",
            "212 days",
        ),
        (
            "how many days was the 25% auto tariff collected?",
            "April 3, 2025",
            "November 1, 2025",
            "212 days",
        ),
        (
            "how long did the 10% lumber tariff last",
            "October 14, 2025",
            "November 14, 2025",
            "31 days",
        ),
    ],
)
def test_from_its_first_day_to_the_next_rate(ask, question, start, end, days):
    answer = ask(question)
    assert answer.answered, answer.text
    for held in (start, end, days):
        assert held in answer.text, answer.text
    assert answer.working, answer.working


def test_a_rate_still_in_force_counts_to_the_newest_report(ask):
    answer = ask("how long has the 50% steel tariff been in force")
    assert answer.answered, answer.text
    assert "June 4, 2025" in answer.text and "June 8, 2026" in answer.text, answer.text
    assert "369 days" in answer.text, answer.text


def test_never_another_measures_limit(ask):
    answer = ask("how many days was the ieepa 15% collected")
    assert "150 days" not in answer.text, answer.text


def test_a_rate_only_said_has_no_duration(ask):
    answer = ask("how long was the 100% pharma tariff in effect")
    assert "days" not in answer.text or not answer.answered, answer.text


@pytest.mark.parametrize(
    "question, held",
    [
        ("how long has the section 122 tariff been in force", "since February 24, 2026"),
        ("122조 관세는 며칠 동안 시행됐어?", "2026년 2월 24일부터"),
    ],
)
def test_the_one_rate_under_a_law_named(ask, question, held):
    answer = ask(question)
    assert answer.answered and held in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "For how long can a Section 122 surcharge last?",
        "how many days can a section 122 tariff last",
    ],
)
def test_how_long_it_may_last_is_the_laws_limit(ask, question):
    assert "150 days" in ask(question).text
