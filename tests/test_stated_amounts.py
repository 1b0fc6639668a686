"""A yes/no question stating an amount that the answering report itself gives ("is the
20bn a yr cap in the law too"): answered, Yes first, only when the figure in the report
stands beside a word of the question; a figure no report gives, or one that stands for
something else in the report, gets no Yes."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "question",
    [
        "is the annual cap in the special act 20bn?",
        "tbh does the investment bill keep the 20bn a year cap",
    ],
)
def test_a_figure_the_report_gives_is_confirmed(ask, question):
    answer = ask(question)
    assert answer.answered, answer.text
    assert answer.text.startswith("Yes — $20 billion."), answer.text
    assert "special-bill-fund-sources" in answer.facts


@pytest.mark.parametrize(
    "question",
    [
        "is the 30bn a yr cap in the law too",  # no report gives $30 billion
        "were refunds 166bn?",  # $166 billion is the duties collected, not the refunds
        "is the fund's limit 20bn a year in the bill?",  # "limit": no word beside the figure
        "was 20bn a year the first payment?",
    ],
)
def test_no_yes_without_the_figure_asked(ask, question):
    answer = ask(question)
    assert not answer.text.startswith("Yes"), answer.text
