"""Computed answers: exact figures, the arithmetic shown, announced never 'in effect'."""

from __future__ import annotations

import pytest


def test_delta_on_a_car(ask):
    answer = ask("How much more duty would a $30,000 Korean car pay after the hike?")
    assert answer.answered
    text = answer.full_text
    # "after the hike" that was never implemented is a what-if, not a time
    for figure in (
        "$4,500 at 15%",
        "$7,500 at 25%",
        "$3,000 more",
        "10 percentage points",
        "+66.7%",
        "if the announced hike takes effect",
    ):
        assert figure in text
    assert "$30,000 × 15% = $4,500" in text and "$30,000 × 25% = $7,500" in text
    assert "no source reports it as implemented" in text and " is in effect" not in text


@pytest.mark.parametrize(
    "question, figures",
    [
        (
            "duty on $1 million of korean lumber at the new rate",
            ["$250,000", "$150,000", "$100,000"],
        ),
        (
            "extra duty on $2 billion of Korean autos",
            ["$200 million", "$300 million", "$500 million"],
        ),
        (
            "tariff on 1.2 billion dollars of korean drugs before and after",
            ["$180 million", "$300 million", "$120 million"],
        ),
        ("duty on a 30k korean car", ["$4,500", "$7,500", "$3,000"]),
        ("duty on $12,345.67 of korean pharmaceuticals", ["$1,851.85", "$3,086.42", "$1,234.57"]),
    ],
)
def test_delta_figures(ask, question, figures):
    text = ask(question).full_text
    for figure in figures:
        assert figure in text, (figure, text)


def test_duty_at_the_reciprocal_rate(ask):
    answer = ask(
        "what was the duty on $10,000 of korean goods under the reciprocal tariff in December 2025?"
    )
    assert answer.answered
    assert "$1,500 at 15%" in answer.text and "$10,000 × 15% = $1,500" in answer.full_text


def test_questions_own_rates_must_be_the_sourced_ones(ask):
    """Rates the sources never give are not used to compute a 'sourced' figure."""
    answer = ask("duty on $10,000 of korean cars at 40% instead of 15%?")
    assert "$4,000" not in answer.full_text


@pytest.mark.parametrize(
    "question, expected",
    [
        ("How many years to pay the $200 billion in cash at the annual cap?", "10 years"),
        ("cash paid after 3 years at the cap", "$60 billion"),
        ("cash paid after 15 years at the annual cap", "$200 billion"),
        ("what share of the pledge is shipbuilding", "42.9%"),
        ("what share of the pledge is cash", "57.1%"),
    ],
)
def test_pledge_arithmetic(ask, question, expected):
    answer = ask(question)
    assert answer.answered, answer.text
    assert expected in answer.full_text
    assert answer.working, "the arithmetic is shown"


def test_cash_never_above_the_cash_total(ask):
    text = ask("how much cash after 40 years at the cap").full_text
    assert "$800 billion" not in text.split("=")[0] or "at most $200 billion" in text
    assert "at most $200 billion" in text


def test_relative_change(ask):
    answer = ask("By what percent does the tariff rise when it goes from 15% to 25%?")
    assert "+66.7%" in answer.full_text
    assert "(25% − 15%) ÷ 15% = +66.7%" in answer.full_text


@pytest.mark.parametrize(
    "question, reply",
    [
        ("duty on $0 of korean cars", "zero"),
        ("duty on $-5 of korean cars", "negative"),
        ("duty on $99999999999999999999999 of korean cars", "over $10 trillion"),
        ("duty on NaN dollars of korean cars", "couldn't read"),
        ("duty on $1e309 of korean cars", "plain number"),
    ],
)
def test_unusable_amounts_get_a_clear_reply_not_a_figure(ask, question, reply):
    answer = ask(question)
    assert not answer.answered
    assert reply in answer.text
    assert "$" not in answer.text.replace("$30,000", "").replace("$2 billion", "").replace(
        "$10 trillion", ""
    )


def test_won_amounts_are_declined_not_converted(ask):
    answer = ask("duty on 30,000,000 won of korean cars")
    assert not answer.answered
    assert "exchange rate" in answer.text
