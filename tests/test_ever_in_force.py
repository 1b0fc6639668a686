"""'Was the 25% car tariff ever in effect?': Yes from its first day in force, and a later
announcement of the same rate that no source reports in force is told too (the 'hike'
asked about may be that one)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "question",
    [
        "did the 25% hike on korean cars ever take effect",
        "was the 25% car tariff ever in effect?",
        "has the 25% auto tariff ever been collected",
    ],
)
def test_yes_with_the_later_announcement_of_the_same_rate(ask, question):
    answer = ask(question)
    assert answer.text.startswith("Yes"), answer.text
    assert "April 3, 2025" in answer.text, answer.text
    assert "January 26, 2026" in answer.text, answer.text
    assert "no source I have reports it in force" in answer.text, answer.text


def test_no_later_announcement_nothing_added(ask):
    answer = ask("was the 50% steel tariff ever in force?")
    assert answer.text.startswith("Yes"), answer.text
    assert "announced" not in answer.text, answer.text


def test_only_announced_is_still_no(ask):
    answer = ask("has the 100% pharma tariff ever been in force")
    assert answer.text.startswith("No"), answer.text
