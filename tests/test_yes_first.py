"""A yes/no question about an act the sources report done ("did korea sign the mou?")
opens with Yes; one the report does not settle (another year, another signer, an act only
intended, a report that denies it) gets no Yes."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "question",
    [
        "did korea sign the mou",
        "did kim and lutnick sign the mou?",
        "did the national assembly pass the special act",
        "was the georgia plant raided",
        "has the special act been passed?",
    ],
)
def test_an_act_the_sources_report_done_opens_with_yes(engine, question):
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert answer.text.startswith("Yes"), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "did trump sign the mou",  # the MOU's signers were Kim and Lutnick
        "did the national assembly pass the special act in 2025",  # March 2026
        "did korea sign the mou in october",  # November 14, 2025
        "did the supreme court uphold the ieepa tariffs",  # it struck them down
        "did korea appeal the refund ruling",  # the DOJ said it would appeal
        "did the special act pass unanimously",  # 226 for, 8 against
    ],
)
def test_an_act_the_report_does_not_settle_gets_no_yes(engine, question):
    answer = engine.ask(question)
    assert not answer.text.startswith("Yes"), answer.text


@pytest.mark.parametrize(
    "question",
    ["did korea agree to open its rice market", "did korea agree to open its beef market?"],
)
def test_an_act_the_report_says_was_not_done_opens_with_no(engine, question):
    answer = engine.ask(question)
    assert answer.text.startswith("No"), answer.text


def test_a_country_named_in_the_report_but_not_doing_the_act_gets_no_verdict(engine):
    # "despite a strong US demand": the US is in the sentence, Korea did the (not) agreeing
    answer = engine.ask("did the us agree to open its rice market")
    assert not answer.text.startswith(("No", "Yes")), answer.text


@pytest.mark.parametrize(
    "question, head",
    [
        ("are korean chips tariffed", "Yes"),
        ("are korean cars subject to tariffs?", "Yes"),
        ("were korean cars tariffed in january 2025", "No"),
    ],
)
def test_whether_a_product_is_tariffed_opens_with_yes_or_no(engine, question, head):
    answer = engine.ask(question)
    assert answer.text.startswith(head), answer.text


def test_agreeing_to_meet_again_is_no_yes_to_agreeing_on_anything(engine):
    answer = engine.ask("did kim n lutnick agree on anything")
    assert not answer.text.startswith("Yes"), answer.text
