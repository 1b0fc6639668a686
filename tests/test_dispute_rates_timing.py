"""Dispute questions on rates, legal bases and timing that were declined although the
base holds the answer: the start of a measure named by its law ("when did the Section 232
lumber tariffs take effect?"), the planned start of a threatened rate asked about the
threat ("what did the letter threaten, and from when?"). Near misses whose answer the
sources do not settle must still decline, never give a near date."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "question, figures",
    [
        # a measure named by its law took effect when its first rate was collected
        ("When did the Section 232 duties on lumber kick in?", ["October 14, 2025"]),
        ("When did the sec 232 tariff on kitchen cabinets take effect?", ["October 14, 2025"]),
        ("When did the Section 232 tariffs on wood products start?", ["October 14, 2025"]),
        ("When did the Section 232 tariffs on Korean auto parts take effect?", ["May 3, 2025"]),
    ],
)
def test_the_start_of_a_measure_named_by_its_law(ask, question, figures):
    answer = ask(question)
    assert answer.answered, answer.text
    for figure in figures:
        assert figure in answer.full_text, (figure, answer.full_text)


@pytest.mark.parametrize(
    "question, wrong",
    [
        # the first IEEPA rate was announced to start before any report has it collected
        ("When did the IEEPA tariffs on Korean goods take effect?", "April 9"),
        # a Section 232 rate on drugs was only agreed, never collected
        ("When did the Section 232 tariffs on pharmaceuticals take effect?", "2025"),
        # the later rate is not the start of the measure
        ("When did the Section 232 tariffs on Korean cars take effect?", "November 1"),
        ("When did the Section 232 lumber tariffs take effect in 2027?", "October 14"),
    ],
)
def test_a_start_the_sources_do_not_settle_is_not_given(ask, question, wrong):
    answer = ask(question)
    assert not (answer.answered and wrong in answer.text), answer.text


@pytest.mark.parametrize(
    "question, figures",
    [
        # asked about the threat itself, its planned start is what "from when" asks
        (
            "What rate did Trump's July 2025 letter threaten on Korean goods, and from what date?",
            ["25%", "August 1"],
        ),
        ("The July 7 letter threatened what tariff on Korea, from when?", ["25%", "August 1"]),
    ],
)
def test_the_planned_start_of_a_threat_asked_about(ask, question, figures):
    answer = ask(question)
    assert answer.answered, answer.text
    for figure in figures:
        assert figure in answer.full_text, (figure, answer.full_text)


@pytest.mark.parametrize(
    "question, wrong",
    [
        # not asked about a threat: a threatened rate's start is no day it took effect
        ("Since when have Korean goods paid 25% under Trump's letter?", "August 1"),
        ("From when was the 25% in Trump's letter collected?", "August 1"),
    ],
)
def test_a_threat_is_never_told_as_taking_effect(ask, question, wrong):
    answer = ask(question)
    assert not (answer.answered and wrong in answer.text and "threat" not in answer.text), (
        answer.text
    )


def test_a_measure_of_a_day_asked_is_told_without_later_ones(ask):
    answer = ask("The July 7 letter threatened what tariff on Korea, from when?")
    assert "January 26" not in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        # whether a rate stacks is told only by a report that speaks of stacking
        "Does Korea's 15% car tariff include the MFN duty or come on top of it?",
        "Is the MFN duty added on top of the 15% auto tariff?",
        "Are Korean cars charged MFN on top of the 15%, or is it included?",
    ],
)
def test_whether_a_rate_stacks_on_mfn(ask, question):
    answer = ask(question)
    assert answer.answered, answer.text
    assert "all-inclusive" in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Does the 15% tariff on Korean cars include trucks?",
        "Is the 50% steel tariff charged on top of MFN?",
        "Does the 15% car tariff include shipping costs?",
    ],
)
def test_stacking_near_misses_decline(ask, question):
    answer = ask(question)
    assert "all-inclusive" not in answer.text, answer.text


def test_on_top_of_without_a_tariff_is_not_about_stacking(ask):
    """'on top of' a purchase is no question of how a tariff stacks: the energy pledge
    stays among the suggestions."""
    answer = ask("Is the 100bn energy buy on top of what Korea already purchases?")
    assert not answer.answered
    assert any("energy" in s for s in answer.suggestions), answer.suggestions


@pytest.mark.parametrize(
    "question, figures",
    [
        # the day a cut is retroactive to is what was said, not when it was said
        (
            "When did Lutnick say on X that the car tariff cut to 15% was retroactive to Nov 1?",
            ["December 1"],
        ),
        (
            "On what date did Lutnick post that Korean auto tariffs would be backdated to "
            "November 1, 2025?",
            ["December 1"],
        ),
    ],
)
def test_a_retroactive_date_is_not_the_time_asked(ask, question, figures):
    answer = ask(question)
    assert answer.answered, answer.text
    for figure in figures:
        assert figure in answer.full_text, (figure, answer.full_text)


def test_a_time_asked_still_dates_the_question(ask):
    """'on November 1, 2025' is the time asked: the rate in force then."""
    answer = ask("What was the tariff on Korean cars on November 1, 2025?")
    assert answer.answered and "15%" in answer.text, answer.text


@pytest.mark.parametrize(
    "question, figures",
    [
        # a step a measure scheduled for a day is told by the measure that states it
        (
            "What was the kitchen cabinet tariff scheduled to rise to on January 1, 2026?",
            ["50%", "January 1, 2026"],
        ),
        ("What rate were vanities planned to face on January 1, 2026?", ["50%"]),
    ],
)
def test_a_rate_scheduled_for_a_day(ask, question, figures):
    answer = ask(question)
    assert answer.answered, answer.text
    assert not answer.text.startswith("No"), answer.text
    for figure in figures:
        assert figure in answer.full_text, (figure, answer.full_text)


@pytest.mark.parametrize(
    "question, wrong",
    [
        # paid that day: the rate collected, never the scheduled one
        ("What tariff did Korean kitchen cabinets pay on January 1, 2026?", "50%"),
        # no source schedules a step for chips that day
        ("What rate was scheduled for Korean chips on January 1, 2026?", "50%"),
        ("What rate was scheduled for Korean cars on January 1, 2026?", "50%"),
    ],
)
def test_a_scheduled_rate_is_not_told_as_paid(ask, question, wrong):
    answer = ask(question)
    assert not (answer.answered and wrong in answer.text), answer.text


def test_a_scheduled_step_is_told_with_what_was_collected_that_day(ask):
    """The 50% scheduled for cabinets never reached Korea: the deal's 15% had replaced it."""
    answer = ask("What rate was scheduled for Korean kitchen cabinets on January 1, 2026?")
    assert answer.answered, answer.text
    assert "50%" in answer.text and "15%" in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        # whom a ruling's injunction covers: the report that says so
        "Did the CIT's Section 122 ruling halt collection from every importer?",
        "Was the Section 122 tariff stopped for all importers by the trade court's ruling?",
    ],
)
def test_whom_the_section_122_ruling_covers(ask, question):
    answer = ask(question)
    assert answer.answered, answer.text
    assert "plaintiffs" in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Did the trade court stop Section 232 collection for all importers?",
        "Did the Supreme Court ruling stop IEEPA collection for all importers?",
    ],
)
def test_another_ruling_is_not_the_section_122_one(ask, question):
    answer = ask(question)
    assert "plaintiffs" not in answer.text, answer.text


@pytest.mark.parametrize(
    "question, figures",
    [
        # goods the question leaves out ("not steel or cars") are not the goods asked
        (
            "How much duty would $50,000 of Korean goods other than cars pay in September 2025?",
            ["$7,500"],
        ),
        (
            "What duty would $200,000 of Korean goods, excluding steel and autos, owe in "
            "September 2025?",
            ["$30,000"],
        ),
        ("50k of korean stuff (not steel/autos) in sept 2025, duty?", ["$7,500"]),
        (
            "How much duty would $100,000 of Korean steel, not cars, pay in September 2025?",
            ["$50,000"],
        ),
    ],
)
def test_goods_left_out_are_not_asked(ask, question, figures):
    answer = ask(question)
    assert answer.answered, answer.text
    assert "autos" not in answer.text, answer.text
    for figure in figures:
        assert figure in answer.full_text, (figure, answer.full_text)


@pytest.mark.parametrize(
    "question, figures",
    [
        # a law named beside a time is the law of the rate collected then
        (
            "How much would $100,000 of Korean goods pay in October 2025 and under the "
            "current Section 122 surcharge?",
            ["$15,000", "$10,000"],
        ),
        (
            "What duty did $40,000 of Korean goods owe under IEEPA in September 2025?",
            ["$6,000"],
        ),
    ],
)
def test_a_duty_under_the_law_of_its_time(ask, question, figures):
    answer = ask(question)
    assert answer.answered, answer.text
    for figure in figures:
        assert figure in answer.full_text, (figure, answer.full_text)


@pytest.mark.parametrize(
    "question, wrong",
    [
        # IEEPA was struck down: today's 10% is Section 122's, not IEEPA's
        ("How much would $10,000 of Korean goods pay under IEEPA now?", "$1,000"),
        (
            "What duty would $10,000 of Korean goods pay under Section 122 in September 2025?",
            "$1,500",
        ),
    ],
)
def test_a_duty_under_a_law_not_in_force_then_is_not_computed(ask, question, wrong):
    answer = ask(question)
    assert not (answer.answered and wrong in answer.full_text), answer.text


def test_goods_duty_free_under_korus_pay_the_added_tariff_alone(ask):
    """Goods that enter duty-free under KORUS pay the added tariff and nothing else."""
    answer = ask(
        "What duty would $20,000 of Korean goods that are duty-free under KORUS pay in "
        "September 2025 and today?"
    )
    assert answer.answered, answer.text
    assert "$3,000" in answer.full_text and "$2,000" in answer.full_text, answer.full_text


@pytest.mark.parametrize(
    "question, wrong",
    [
        # KORUS's own rate on cars is not the tariff added on top
        ("What duty would $30,000 of Korean cars pay under KORUS?", "$4,500"),
    ],
)
def test_korus_is_no_rate_of_its_own_here(ask, question, wrong):
    answer = ask(question)
    assert not (answer.answered and wrong in answer.full_text), answer.text


@pytest.mark.parametrize(
    "question",
    ["Is there stacking on Korean copper?", "Does anything stack on Korean chips?"],
)
def test_a_stacking_question_on_goods_is_not_told_their_rate(ask, question):
    """Goods named without the word tariff still make it a question of stacking."""
    answer = ask(question)
    assert not (answer.answered and answer.text.startswith("As of")), answer.text


@pytest.mark.parametrize(
    "question, figures",
    [
        # "추가관세" is the surcharge (a tariff added on), not a rise in a rate
        ("무역법 122조 추가관세 만료일은 언제야?", ["7월 24일"]),
        ("트럼프가 2026년 1월에 발표한 추가관세는 몇 %야?", ["25%"]),
    ],
)
def test_a_korean_surcharge_is_a_tariff(ask, question, figures):
    answer = ask(question)
    assert answer.answered, answer.text
    for figure in figures:
        assert figure in answer.full_text, (figure, answer.full_text)
