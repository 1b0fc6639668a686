"""'How did the lumber tariff change over time?', 'history of the steel tariff', 'list
every change to the car tariff': each rate collected with its start, in order, then a
later rate only said (never told as in force)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "question, steps",
    [
        (
            "how did the lumber tariff change over time",
            ["10% from October 14, 2025", "15% from November 14, 2025"],
        ),
        (
            "what's the history of the steel tariff",
            ["25% from March 12, 2025", "50% from June 4, 2025"],
        ),
        (
            "list every change to the car tariff",
            ["25% from April 3, 2025", "15% from November 1, 2025"],
        ),
        (
            "give me a timeline of the auto tariffs",
            ["25% from April 3, 2025", "15% from November 1, 2025"],
        ),
        (
            "how has the tariff on korean cars changed?",
            ["25% from April 3, 2025", "15% from November 1, 2025"],
        ),
        ("자동차 관세 변화 추이 알려줘", ["2025년 4월 3일부터 25%", "2025년 11월 1일부터 15%"]),
    ],
)
def test_the_history_in_order(ask, question, steps):
    answer = ask(question)
    assert answer.answered, answer.text
    at = [answer.text.find(s) for s in steps]
    assert all(i >= 0 for i in at) and at == sorted(at), answer.text


def test_a_later_rise_only_announced_is_told_as_such(ask):
    answer = ask("list every change to the car tariff")
    assert "January 26, 2026" in answer.text, answer.text
    assert "no source I have reports it in force" in answer.text, answer.text


def test_no_product_no_history(ask):
    # the history of what? a product's rates only
    answer = ask("what's the history of the dispute")
    assert "from October 14, 2025" not in answer.text


def test_a_rate_said_while_in_force_is_not_pending(ask):
    # Lutnick announced the 15% on December 1, 2025, in force since November 1
    answer = ask("list every change to the car tariff")
    assert "Lutnick" not in answer.text and "December 1, 2025" not in answer.text, answer.text


@pytest.mark.parametrize(
    "question, steps",
    [
        (
            "what was the car tariff in 2025",
            ["25% from April 3, 2025", "15% from November 1, 2025"],
        ),
        ("steel tariff in june 2025", ["25% from March 12, 2025", "50% from June 4, 2025"]),
        ("2025년 자동차 관세는?", ["2025년 4월 3일부터 25%", "2025년 11월 1일부터 15%"]),
    ],
)
def test_a_year_or_month_with_a_change_tells_each_rate(ask, question, steps):
    # not the rate at the window's end alone ("In 2025 ... 15%")
    answer = ask(question)
    at = [answer.text.find(s) for s in steps]
    assert all(i >= 0 for i in at) and at == sorted(at), answer.text


def test_a_month_that_began_with_the_change_has_one_rate(ask):
    answer = ask("car tariff in november 2025")
    assert "25%" not in answer.text.split(".")[0], answer.text


@pytest.mark.parametrize(
    "question, day",
    [
        ("car tariff end of 2025", "December 31, 2025"),
        ("the reciprocal rate at the start of 2026", "January 1, 2026"),
    ],
)
def test_the_start_or_end_of_a_year_is_its_first_or_last_day(ask, question, day):
    answer = ask(question)
    assert answer.text.startswith(f"On {day}"), answer.text
    assert not answer.text.startswith("No"), answer.text
