"""'When did Kim Min-seok take office?': the day the person's office began, from the
people's dated roles (handlers/facts.took_office), never the day someone else did
something 'in office' (Lee's first day, when he only nominated Kim)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "question, day",
    [
        ("when did kim min-seok take office", "July 3, 2025"),
        ("when did kim min-seok become prime minister?", "July 3, 2025"),
        ("when was yeo han-koo appointed trade minister", "June 10, 2025"),
        ("when did yeo han-koo become trade minister", "June 10, 2025"),
        ("when did koo yun-cheol take office", "July 21, 2025"),
        # his role's start (July 2025), reported with his office; was declined
        ("when did kim jung-kwan become minister?", "July 2025"),
        ("김민석 총리는 언제 취임했어?", "2025년 7월 3일"),
    ],
)
def test_the_day_the_office_began(ask, question, day):
    answer = ask(question)
    assert answer.answered, answer.text
    assert day in answer.text, answer.text
    if "kim min-seok" in question or "김민석" in question:
        # Lee nominated him on June 4, his own first day in office: not Kim's day
        assert "June 4" not in answer.text and "6월 4일" not in answer.text, answer.text


@pytest.mark.parametrize(
    "question", ["when did lutnick take office", "when did greer become trade representative"]
)
def test_no_start_reported_is_declined(ask, question):
    # no start day for these offices in the base: never a day they were seen in office
    answer = ask(question)
    assert not answer.answered or "became" not in answer.text, answer.text


def test_lee_still_answered(ask):
    answer = ask("when did lee jae-myung take office")
    assert "June 4, 2025" in answer.text, answer.text


@pytest.mark.parametrize(
    "question, day",
    [
        ("When was Yeo Han-koo appointed chief trade negotiator?", "June 10, 2025"),
        ("when did kim jung-kwan become industry minister", "July 2025"),
    ],
)
def test_the_tenure_held_not_an_earlier_one_nor_a_renaming(ask, question, day):
    # Yeo was trade chief in 2021-2022 too; Kim's ministry was renamed in November 2025
    answer = ask(question)
    assert day in answer.text, answer.text
    earlier = answer.text.find("2021")
    assert earlier < 0 or answer.text.find(day) < earlier, answer.text
    assert "November 2025" not in answer.text, answer.text
