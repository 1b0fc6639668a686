"""'Are memory chips tariffed?': the chip tariff's report says memory chips are excluded,
so the reply never opens with Yes for them (it tells the rate and the exclusion); a kind
the report does not single out ('are korean chips tariffed?') still gets its Yes."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "question",
    [
        "are memory chips tariffed",
        "are korean memory chips tariffed now?",
        "is there a tariff in effect on korean memory chips?",
    ],
)
def test_a_kind_the_report_excludes_gets_no_yes(ask, question):
    answer = ask(question)
    assert not answer.text.startswith("Yes"), answer.text
    if answer.answered:
        assert "excluded" in answer.text, answer.text


@pytest.mark.parametrize("question", ["are korean chips tariffed?", "are semiconductors tariffed"])
def test_the_product_itself_keeps_its_yes(ask, question):
    answer = ask(question)
    assert answer.text.startswith("Yes"), answer.text
