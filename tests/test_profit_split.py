"""A project's profits under the MOU: 50:50 until Korea's initial investment is
recovered, then 90:10 (US:Korea). Each side's share of a stated profit is computed in
Decimal with the arithmetic shown; the terms alone when no amount is given; questions
about other profits, or a split no fact states, are left to the matcher (and decline)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "question, figures",
    [
        (
            "say a project makes $2 billion in profit once the principal is paid back, "
            "what does each country get?",
            ["$1.8 billion", "$200 million", "$2 billion × 90% = $1.8 billion"],
        ),
        (
            "project earns 600 mil before korea recoups its money, how is it divided",
            ["$300 million each", "$600 million × 50% = $300 million"],
        ),
        (
            "a project brings in $1 billion profit, who gets what",
            ["$500 million each", "$900 million", "$100 million"],
        ),
        (
            "how much of 1bn profit goes to korea after payback?",
            ["$100 million (10%)", "$900 million"],
        ),
        (
            "if profit is 1 billion and korea hasn't recouped yet, how much each",
            ["$500 million each"],
        ),
        ("how is a 300 million profit shared before the principal is recovered", ["$150 million"]),
        ("원금 회수 전에 수익 4억 달러면 각각 얼마 받아?", ["2억 달러", "50%"]),
        ("원금 회수 전에 5억 달러 벌면 한국 몫은?", ["2억 5,000만 달러"]),
        ("us share of a $700m profit post-recoup", ["$630 million (90%)"]),
        ("korea's cut of 1bn profit b4 payback", ["$500 million each"]),
        ("수익이 10억 달러 나면 원금 회수 전후로 각각 얼마?", ["5억 달러", "9억 달러", "1억 달러"]),
        ("원금 회수 후 수익 20억 달러는 어떻게 나눠?", ["18억 달러", "2억 달러", "90%"]),
    ],
)
def test_profit_shares_are_computed(ask, question, figures):
    answer = ask(question)
    assert answer.answered, answer.text
    assert "mou-2025-11-14-profit-split-50-then-90" in answer.facts
    for figure in figures:
        assert figure in answer.full_text, (figure, answer.full_text)


@pytest.mark.parametrize(
    "question",
    [
        "profit split after payback?",
        "how r profits shared b4 the principal is recouped",
        "how are profits from projects split under the mou",
        "수익 배분은?",
        "after korea gets its money back, who gets the profits?",
    ],
)
def test_profit_terms_without_an_amount(ask, question):
    answer = ask(question)
    assert answer.answered, answer.text
    assert "90" in answer.text
    assert answer.facts == ["mou-2025-11-14-profit-split-50-then-90"]


@pytest.mark.parametrize(
    "question",
    [
        "how much profit did samsung make after the tariff cut?",
        "hyundai profit after the tariffs, 8.1bn?",
        "if a project earns 1bn profit after payback how much does japan get",
        "what is a project's profit after payback in won, 1조 원?",
        "how much profit has the investment fund made so far",
    ],
)
def test_other_profits_are_not_split(ask, question):
    answer = ask(question)
    assert "× 90%" not in answer.full_text
    assert "× 50%" not in answer.full_text


@pytest.mark.parametrize(
    "question",
    [
        "is there a recovery in exports",
        "did the won recover",
        "will korea get a payback for the tariffs",
        "how do companies recover duties paid",
        "who is the principal negotiator for korea",
    ],
)
def test_getting_money_back_is_read_only_in_a_profit_question(ask, question):
    answer = ask(question)
    assert "mou-2025-11-14-profit-split-50-then-90" not in answer.facts, answer.text


@pytest.mark.parametrize(
    "question, head",
    [
        ("does the us get 90% of profits after payback?", "Yes — 90%."),
        ("does korea get 50% of profits before the principal is recovered", "Yes — 50%."),
        ("so korea keeps 20% of the profits after recoup?", "No — 10%, not 20%."),
        ("원금 회수 후 미국 몫이 50%야?", "아니요, 50%가 아니라 90%입니다."),
    ],
)
def test_a_stated_share_is_checked(ask, question, head):
    answer = ask(question)
    assert answer.answered, answer.text
    assert answer.text.startswith(head), answer.text


def test_who_gets_a_stated_share_gets_the_terms(ask):
    answer = ask("who gets the 90% of profits?")
    assert answer.answered, answer.text
    assert "the US receives 90%" in answer.text
    assert not ask("who gets 80% of the profits").answered  # no such share
