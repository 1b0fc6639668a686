"""Dispute questions once declined for a word the bot did not know although the rest was
clear: "seeing" someone is meeting them, a body "dissolved" is one set up for a limited time, a "claim" is something said, and "initiative",
"universal", "plant" frame a question without changing its topic. Near misses that ask
about something the sources do not hold must still decline."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "question, figures",
    [
        ("What did Trump claim about South Korean tariffs on March 4, 2025?", ["four times"]),
        ("What's the name of Korea's shipbuilding initiative?", ["MASGA"]),
        ("When did the Justice Department appeal the universal injunction?", ["June 2"]),
        ("Which companies ran the plant raided in Georgia?", ["Hyundai", "LG"]),
        ("Who did Kim Jung-kwan meet before seeing Lutnick?", ["Chris Wright"]),
        ("When will the strategic investment corporation be dissolved?", ["20 years"]),
        ("Within what time must the investment corp be wound up?", ["20 years"]),
        # a report tagged with all it tells: Lee's warning of a 1997-like crisis
        ("What crisis did Lee warn of?", ["1997"]),
        ("What did Lee say could happen without a currency swap?", ["1997"]),
        # the notice's report that the auto cut is all-inclusive tells of stacking
        ("Does the 15% auto tariff stack on MFN?", ["all-inclusive"]),
        # words the question quotes, held verbatim by one quote, pick it out
        ('Which lawmaker said "we cannot be the money machine"?', ["Son Sol"]),
        # "on DDP terms" is DDP; "shipped", "seek" frame the question
        ("How many Korean firms that shipped DDP can seek IEEPA refunds?", ["6,000"]),
        # the report of why the bill's submission mattered, tagged with what it tells
        ("Why did submitting the bill matter for car tariffs?", ["November 1"]),
        # several reports of one day's words and the words themselves are one story
        ("Why did Trump say he'd hike Korea's tariffs to 25% in January 2026?", ["Legislature"]),
    ],
)
def test_understood_words_answer(ask, question, figures):
    answer = ask(question)
    assert answer.answered, answer.text
    for figure in figures:
        assert figure in answer.full_text, (figure, answer.full_text)


@pytest.mark.parametrize(
    "question",
    [
        "What did Trump claim about Vietnam's tariffs?",
        "How many workers were detained at the Samsung plant in Texas?",
        "What is the tariff on Korean chemical plants?",
        "What did Lutnick claim about bitcoin?",
        "When was the Korea Trade-Investment Promotion Agency dissolved?",
        "Why did Trump say he was raising tariffs on Japan in January 2026?",
        "Why did Trump say he was cutting tariffs on Korea in January 2026?",
        'Who said "tariffs are the most beautiful word"?',
        # (2024's $127.79 billion is sourced now: Aju Press, January 6, 2025; another year is not)
        "How much did South Korea export to the US in 2023?",
        'Which lawmaker said Korea is Trump\'s "piggy bank"?',
    ],
)
def test_near_misses_still_decline(ask, question):
    answer = ask(question)
    assert not answer.answered, answer.text


@pytest.mark.parametrize(
    "question, platform",
    [
        ("Where did Lutnick announce the auto tariff cut?", " X "),
        ("Where did Trump post the 25% threat?", "Truth Social"),
    ],
)
def test_where_something_was_announced_is_its_platform(ask, question, platform):
    answer = ask(question)
    assert answer.answered, answer.text
    assert platform in answer.text, answer.text


def test_a_place_still_answers_where_a_speech_was_given(ask):
    answer = ask("Where did Trump announce the steel tariff hike?")
    assert answer.answered, answer.text
    assert "Pennsylvania" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Where did Trump announce tariffs on Vietnam?",
        # an undated report of February's Section 122 post is not a January event
        "Where did Trump say he would raise the Section 122 tariff to 15% in January 2026?",
    ],
)
def test_where_near_misses_decline(ask, question):
    answer = ask(question)
    assert not answer.answered, answer.text
