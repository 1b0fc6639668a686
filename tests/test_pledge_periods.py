"""Pledge sums beyond the $350 billion split: a purchase spread over years (how many
years, how much a year for each period reported), and years to pay the cash at its cap
when the question states both figures. Only figures a fact gives are computed from."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "question, figures",
    [
        ("how many years r the us energy purchases spread over", ["four years", "3.5 years"]),
        ("how long does korea have to buy the energy", ["four years", "3.5 years"]),
        (
            "how much us energy does seoul buy each year?",
            ["$25 billion a year", "about $28.57 billion", "$100 billion ÷ 4 = $25 billion"],
        ),
        ("에너지 구매는 1년에 얼마씩이야?", ["250억 달러", "285억"]),
        ("what's the timeframe for the energy purchases", ["through 2028", "3.5 years"]),
        ("energy purchase deadline?", ["through 2028"]),
        ("에너지 구매 기간은?", ["2028년까지", "3년 반"]),
    ],
)
def test_purchase_spread_over_years(ask, question, figures):
    answer = ask(question)
    assert answer.answered, answer.text
    for figure in figures:
        assert figure in answer.full_text, (figure, answer.full_text)


@pytest.mark.parametrize(
    "question, figures",
    [
        ("200bn at 20bn a yr takes how many yrs", ["10 years", "$200 billion ÷ $20 billion"]),
        ("how many years does it take to pay $200 billion at $20 billion a year?", ["10 years"]),
    ],
)
def test_years_to_pay_the_stated_cash_at_the_cap(ask, question, figures):
    answer = ask(question)
    assert answer.answered, answer.text
    for figure in figures:
        assert figure in answer.full_text, (figure, answer.full_text)


@pytest.mark.parametrize(
    "question",
    [
        "how many years to pay 300bn at 20bn a year",  # no such sum in the deal
        "how many years to pay 350bn at 20bn a year",  # the cap is on the cash, not the whole
        "how many years to pay 200bn at 25bn a year",
        "how much steel does korea buy per year",
        "by when must korea buy the 200bn of energy",  # the sum reported is $100 billion
        "how much extra us energy does korea buy a year on top of current imports, 10bn?",
    ],
)
def test_sums_on_figures_no_fact_gives_decline(ask, question):
    answer = ask(question)
    assert not answer.answered, answer.text


@pytest.mark.parametrize(
    "question, figures",
    [
        ("what % of the pledge is masga", ["42.9%", "$150 billion ÷ $350 billion"]),
        ("what percentage of the 350bn is for ships?", ["42.9%"]),
        ("150bn is what % of 350bn", ["42.9%", "$150 billion ÷ $350 billion = 42.9%"]),
        ("현금은 전체의 몇 퍼센트야?", ["57.1%"]),
    ],
)
def test_a_part_as_a_share_of_the_whole(ask, question, figures):
    answer = ask(question)
    assert answer.answered, answer.text
    for figure in figures:
        assert figure in answer.full_text, (figure, answer.full_text)


@pytest.mark.parametrize(
    "question",
    [
        "100bn is what % of 350bn",  # $100 billion is no part of the $350 billion
        "350bn is what % of 150bn",
    ],
)
def test_a_share_of_figures_the_pledge_does_not_split_declines(ask, question):
    answer = ask(question)
    assert not answer.answered, answer.text
