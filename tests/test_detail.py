"""A detail the question asks for ("for how long", "by when", "what percentage of") must
be in the answer: from the best close fact that states it, or a decline."""

from __future__ import annotations

import pytest

from engine import detail


@pytest.mark.parametrize(
    ("question", "name", "holds", "lacks"),
    [
        (
            "for how long can a section 122 surcharge last?",
            "duration",
            "the tariff can stay for 150 days",
            "the tariff took effect on February 24, 2026",
        ),
        (
            "over what period is korea to buy us energy?",
            "duration",
            "purchases over 3.5 years",
            "$100 billion of LNG as part of the deal",
        ),
        (
            "by how many percentage points did the deal cut it?",
            "points",
            "a 10 percentage-point cut",
            "lowered to 15%",
        ),
        (
            "what percentage of lawmakers voted for it?",
            "share",
            "93.4% of those present",
            "226 votes in favor and 8 against",
        ),
        (
            "by when must the projects be selected?",
            "deadline",
            "before Trump's term ends in January 2029",
            "under the MOU signed on November 14, 2025",
        ),
        (
            "what did the letter threaten, and from when?",
            "start",
            "25% tariffs on all South Korean products from August 1, 2025",
            "25% is far less than what is needed",
        ),
        (
            "what did lutnick say after the meeting?",
            "after",
            "Lutnick told reporters after the meeting that talks would go on",
            "at a White House cabinet meeting, Lutnick said Japan and Korea had offered",
        ),
        (
            "when was the cut published in the federal register?",
            "published",
            "the notice was pre-posted on December 3; formal publication was set for December 4",
            "the reduced rate is effective november 1, 2025",
        ),
        (
            "what is the capital of the corporation?",
            "capital",
            "capital of 2 trillion won",
            "a public corporation manages the investments",
        ),
        (
            "how much does korea export to the us each year?",
            "exports",
            "exports to the US reached $127.8 billion",
            "capped at $20 billion a year",
        ),
    ],
)
def test_a_detail_asked_must_be_in_the_answer(question, name, holds, lacks):
    assert name in detail.asked(question)
    assert name not in detail.missing(question, holds)
    assert name in detail.missing(question, lacks)


@pytest.mark.parametrize(
    "question",
    [
        "what is the tariff on korean cars?",
        "how long ago did the deal take effect?",
        "when was the special act passed?",
        "who is the trade minister?",
        "what did the federal register notice say?",
        "what did lutnick say at the meeting?",
    ],
)
def test_questions_asking_no_such_detail_need_none(question):
    assert detail.asked(question) == []
    assert detail.missing(question, "the tariff is 15%") == []


def test_the_engine_answers_from_a_fact_that_states_the_duration(ask):
    reply = ask("For how long can a Section 122 surcharge last?")
    assert reply.answered
    assert "150 days" in reply.text


def test_the_engine_answers_the_capital_from_the_newest_close_report(ask):
    reply = ask("What is the capital of the Korea-US Strategic Investment Corporation?")
    assert reply.answered
    assert "2 trillion won" in reply.text


def test_the_engine_declines_when_no_close_fact_states_the_detail(ask):
    reply = ask("What percentage of lawmakers present voted for the Special Act?")
    assert not reply.answered
    # the same topic without the detail asked is still answered
    assert ask("How many lawmakers voted for the Special Act?").answered


def test_names_product_matches_any_name_as_a_word_start():
    assert detail.names_product("sector tariffs on Steel stay at 50%", ["steel", "posco"])
    assert detail.names_product("POSCO said so", ["steel", "posco"])
    assert not detail.names_product("cars and lumber were cut to 15%", ["steel", "posco"])


def test_a_report_of_other_goods_does_not_answer_about_steel(ask):
    reply = ask("Did the 2025 trade deal lower the US tariff on Korean steel?")
    # never the report of cars and lumber cut to 15%: steel's own history (no cut, 50%)
    assert not reply.answered or (
        reply.text.startswith("No") and "steel" in reply.text and "50%" in reply.text
    ), reply.text
    assert "cut to 15%" not in reply.text, reply.text
    # the tariff on steel itself is still answered
    reply = ask("What is the US tariff on Korean steel?")
    assert reply.answered
    assert "50%" in reply.text


def test_the_engine_answers_when_a_notice_was_published_from_a_report_of_publication(ask):
    reply = ask("When was the cut in the Korean auto tariff published in the Federal Register?")
    assert reply.answered
    assert "December 4" in reply.text


@pytest.mark.parametrize(
    "question",
    ["Which other US officials will Kim meet?", "which senior officials did Kim see"],
)
def test_which_officials_with_a_modifier_asks_who(engine, question):
    assert "who" in engine.parse(question).asks


def test_which_asks_who_only_of_people(engine):
    assert "who" not in engine.parse("Which other US products face the tariff?").asks


def test_which_other_officials_lists_everyone_kim_met(ask):
    reply = ask("Which other US officials will Kim meet?")
    assert reply.answered
    assert "Chris Wright" in reply.text
