"""The size of a change of rate (handlers/rate_moves.py): in percentage points and
relative, with the product and the day from the rate history; a change only said is told
as said, never as in force; no move that fits, or too many, gives no figure."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "question, figures",
    [
        (
            "how many percentage points did the tariff on korean cars fall?",
            ["10 percentage points", "from 25% to 15%", "-40%", "November 1, 2025"],
        ),
        (
            "by how much did the US cut the auto tariff in november 2025",
            ["10 percentage points", "November 1, 2025"],
        ),
        (
            "how much did the aluminum tariff rise in june 2025",
            ["25 percentage points", "from 25% to 50%", "+100%", "June 4, 2025"],
        ),
        (
            "by how many points did the july deal lower tariffs on korean cars?",
            ["10 percentage points", "November 1, 2025"],
        ),
        (
            "how many pts was the car tariff cut from 25 to 15",
            ["10 percentage points", "November 1, 2025"],
        ),
        (
            "how big was the drop in the auto parts tariff?",
            ["10 percentage points", "from 25% to 15%", "November 1, 2025"],
        ),
        (
            "자동차 관세는 몇 퍼센트포인트 인하됐어?",
            ["10%포인트", "2025년 11월 1일", "25%에서 15%로"],
        ),
        ("철강 관세는 2025년 6월에 얼마나 올랐어?", ["25%포인트", "2025년 6월 4일"]),
        ("how many pts did steel go up", ["25 percentage points", "June 4, 2025"]),
        ("by how much did tariffs on korean cars fall in november", ["10 percentage points"]),
        ("how much has the car tariff dropped since april 2025", ["10 percentage points"]),
        ("what's the relative drop in the car tariff", ["-40%", "November 1, 2025"]),
    ],
)
def test_size_of_a_collected_move(ask, question, figures):
    answer = ask(question)
    assert answer.answered, answer.text
    assert answer.sources and answer.as_of
    for figure in figures:
        assert figure in answer.full_text, (figure, answer.full_text)


def test_a_move_only_said_is_said_as_such(ask):
    answer = ask("by how many points did the pharma tariff go up?")
    assert answer.answered, answer.text
    assert "10 percentage points" in answer.text
    assert "announced" in answer.text and "no source reports it as implemented" in answer.text
    assert "rose" not in answer.text


def test_two_stated_rates_the_history_lacks_get_the_arithmetic_and_what_was_collected(ask):
    answer = ask("a cut of the lumber tariff from 25 to 10 is how many points")
    assert answer.answered, answer.text
    assert "15 percentage points" in answer.text and "-60%" in answer.text
    assert "no change" in answer.text
    assert answer.sources


def test_a_rise_still_to_come_is_only_the_one_said(ask):
    answer = ask("how much will the lumber tariff rise")
    assert answer.answered, answer.text
    assert "10 percentage points" in answer.text and "announced" in answer.text
    assert "November 14, 2025" not in answer.text  # the rise collected then is past


def test_every_fitting_move_is_told_none_chosen(ask):
    answer = ask("how many points did the car tariff change?")
    assert answer.answered, answer.text
    assert "fell 10 percentage points" in answer.text  # November 1, 2025, collected
    assert "announced" in answer.text  # January 26, 2026, only said


@pytest.mark.parametrize(
    "question",
    [
        "how many points did the copper tariff drop?",  # one rate ever: no change
        "how many points did the steel tariff drop?",  # it only rose
        "how many points did the semiconductor tariff rise in 2024?",  # nothing then
        "how many points did the kimchi tariff drop?",
        "how much did the car tariff drop on nov 2",  # it fell on November 1
        "how much did the car tariff drop in march",  # no cut then
    ],
)
def test_no_fitting_move_gives_no_figure(ask, question):
    answer = ask(question)
    assert "percentage point" not in answer.text, answer.text
    assert " fell " not in answer.text and "포인트" not in answer.text


def test_a_stock_drop_is_not_a_rate_move(ask):
    # "stock" is understood now (Hyundai's shares): the report of the shares' fall, not a
    # tariff rate's move in points
    answer = ask("by how much did hyundai stock drop after the threat?")
    assert "percentage point" not in answer.text, answer.text
    assert "shares fell as much as 4.8%" in answer.text, answer.text


@pytest.mark.parametrize(
    "question, figures",
    [
        (
            "how much lower is the car tariff now than in october 2025",
            ["was 25%", "is 15%", "down 10 percentage points", "-40%"],
        ),
        (
            "how much did the steel tariff rise from may 2025 to now",
            ["up 25 percentage points", "+100%"],
        ),
        ("2025년 10월보다 지금 자동차 관세는 얼마나 내렸어?", ["10%포인트 인하"]),
    ],
)
def test_the_change_between_two_times(ask, question, figures):
    answer = ask(question)
    assert answer.answered and answer.sources, answer.text
    for figure in figures:
        assert figure in answer.full_text, (figure, answer.full_text)


def test_a_month_the_rate_changed_in_gives_no_one_rate(ask):
    # steel was 25% until June 3, 2025 and 50% from June 4: "June" has no one rate
    answer = ask("how much did the steel tariff rise from june 2025 to now")
    assert "percentage point" not in answer.text, answer.text
