"""'When was the fact sheet released?': the report of its release answers, not a later
report that cites it (a January 2026 statement leaning on the fact sheet is no date of
the fact sheet)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "question",
    [
        "when was the joint fact sheet released?",
        "when was the fact sheet issued",
        "when did the fact sheet come out?",
        "팩트시트는 언제 나왔어?",
        "팩트시트는 언제 발표됐어?",
    ],
)
def test_the_release_of_the_document_answers_when(ask, question):
    answer = ask(question)
    assert answer.answered, answer.text
    # the first date the reply gives is the release's
    text = answer.text
    told = min(i for i in (text.find("November 13, 2025"), text.find("2025년 11월 13일")) if i >= 0)
    later = text.find("2026")
    assert later < 0 or told < later, text
