"""Everyday words that used to block a clear question: a synonym or an inflection of a
concept the base knows ("go live" ~ launched, "run out" ~ expire, "ran" ~ headed) is read
as that concept, while a word that could change the answer (a company, a good, an
arrival) still stops it."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "question, expected",
    [
        # launch: launched, deployed, went live, rolled out, inaugural
        ("when was the CAPE refund portal rolled out?", "April 20"),
        ("when did the MOU implementation committee launch?", "February 13"),
        # expire: run out, due to end
        ("when does the section 122 tariff run out?", "July 24"),
        ("the 122 surcharge is due to end when?", "July 24"),
        # role: ran, headed
        ("who headed the industry ministry before Kim Jung-kwan?", "Ahn Duk-geun"),
        # reduce: fall, fell
        ("did car tariffs fall right after the july deal?", "25%"),
    ],
)
def test_an_everyday_synonym_is_read_as_the_concept(ask, question, expected):
    answer = ask(question)
    assert answer.answered, answer.text
    assert expected in answer.full_text, answer.full_text


@pytest.mark.parametrize(
    "question",
    [
        "when did samsung launch its chip plant?",  # another company
        "who runs samsung?",
        "when does the chip tariff run out?",  # no source gives an end to it
        "when did kim arrive in washington?",  # the arrival is what is asked
        "who heads hyundai?",
    ],
)
def test_a_word_that_changes_the_answer_still_blocks(ask, question):
    answer = ask(question)
    assert not answer.answered, answer.text
