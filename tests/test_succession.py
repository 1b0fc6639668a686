"""'Who replaced Choi Sang-mok?': who took the named person's office after them, read from
the people's dated roles (handlers/facts.successor); never another story about the person,
and declined when no later holder is reported."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "question",
    [
        "who succeeded choi sang-mok",
        "who replaced choi sang-mok as finance minister?",
        "who was finance minister after choi sang-mok?",
        "who took over from Choi Sang-mok at the finance ministry",
        "choi sang-mok's successor?",
        "who replaced choi as deputy prime minister",
    ],
)
def test_the_successor_is_who_took_the_office_later(ask, question):
    answer = ask(question)
    assert answer.answered, answer.text
    assert answer.text.count("Koo Yun-cheol") >= 1, answer.text
    assert "July 21, 2025" in answer.text, answer.text
    assert "2+2" not in answer.text, answer.text


def test_the_office_asked_picks_the_role(ask):
    # Choi was acting president too: that office passed to Han Duck-soo, not to Koo
    answer = ask("who replaced choi sang-mok as acting president?")
    assert answer.answered, answer.text
    assert "Han Duck-soo" in answer.text, answer.text
    assert "Koo" not in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "who replaced howard lutnick?",
        "who succeeded yeo han-koo as trade minister",
        "who replaced kim jung-kwan as industry minister?",
    ],
)
def test_no_later_holder_reported_is_declined(ask, question):
    answer = ask(question)
    assert not answer.answered, answer.text


@pytest.mark.parametrize(
    "question, held",
    [
        ("who did kim jung-kwan meet after lutnick?", None),
        ("did the talks succeed?", None),
        ("who will replace the 15% rate?", None),
    ],
)
def test_other_questions_are_not_read_as_succession(ask, question, held):
    answer = ask(question)
    assert "took that office" not in answer.text and "Koo Yun-cheol" not in answer.text


def test_korean_successor(ask):
    answer = ask("최상목 후임은 누구야?")
    assert answer.answered, answer.text
    assert "구윤철" in answer.text, answer.text


def test_the_later_office_must_be_the_one_asked(ask):
    # Lee became president, not acting president: no later acting president is reported
    answer = ask("who replaced han duck-soo as acting president")
    assert not answer.answered, answer.text


@pytest.mark.parametrize(
    "question, held",
    [
        ("who's the finance minister and who was before him", "Choi Sang-mok was"),
        ("who is the trade minister and when was he appointed", "June 10, 2025"),
    ],
)
def test_a_pronoun_in_a_later_part_is_the_person_the_first_names(ask, question, held):
    # the first part names him by his office; the second asks of him by a pronoun
    answer = ask(question)
    assert held in answer.text, answer.text
