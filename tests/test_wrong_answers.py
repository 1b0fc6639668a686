"""Wrong confident answers turned into declines (or right answers): a detail asked
that the best-matching fact does not hold is not answered from that fact."""

from __future__ import annotations

import pytest

from engine.decide import A_COUNT, NOT_A_COUNT


@pytest.mark.parametrize(
    "text, has_count",
    [
        ("The Section 301 probe opened on March 11, 2026, with comments through April 15.", False),
        ("Tariffs were lowered to 15% on 1 November.", False),
        ("The probe covers 16 economies.", True),
        ("more than 300 Koreans were detained", True),
        ("two officials met", True),
    ],
)
def test_a_count_is_a_figure_other_than_a_date_a_section_or_a_rate(text, has_count):
    assert bool(A_COUNT.search(NOT_A_COUNT.sub(" ", text))) is has_count


def test_a_count_the_fact_does_not_hold_is_declined(ask):
    # (the probe's own report holds its count of economies, 16: asked of something it does
    # not count, the timetable's dates and "Section 301" are no count)
    answer = ask("how many hearings in the 301 excess capacity probe")
    assert not answer.answered, answer.text


def test_a_count_the_fact_holds_is_answered(ask):
    answer = ask("how many ppl detained in the georgia raid")
    assert answer.answered, answer.text
    assert "475" in answer.full_text or "300" in answer.full_text, answer.full_text


@pytest.mark.parametrize(
    "question",
    ["whats the car tariff and the steel tariff rn", "what are the tariffs on cars and steel"],
)
def test_a_rate_asked_of_two_products_answers_each(ask, question):
    answer = ask(question)
    assert answer.answered, answer.text
    assert "autos is 15%" in answer.text, answer.text
    assert "steel is 50%" in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "After the deal, do Korean cars and parts also pay the Section 232 steel and aluminum duties?",
    ],
)
def test_products_compared_or_asked_together_are_not_split(ask, question):
    answer = ask(question)
    assert "autos is 15%" not in answer.text or "steel is 50%" not in answer.text, answer.text


def test_products_compared_get_the_comparison_not_two_answers(ask):
    # (tests/test_rates_compared.py has more): a verdict first, then the points between
    answer = ask("is the car tariff higher than the steel tariff")
    assert answer.text.startswith("No"), answer.text
    assert "35 percentage points more on South Korean steel" in answer.text, answer.text


def test_right_after_an_event_is_the_rate_of_that_day(ask):
    answer = ask("tbh was the 15% car rate applied right after the july deal?")
    assert answer.answered, answer.text
    assert "autos was 25%" in answer.text, answer.text


def test_after_an_event_is_the_rate_it_led_to(ask):
    answer = ask("car tariff after the july deal?")
    assert answer.answered, answer.text
    assert "autos was 15%" in answer.text, answer.text


def test_the_capital_the_act_passed_with_replaces_the_bills(ask, engine):
    answer = ask("special act corp capital?")
    assert answer.answered, answer.text
    assert "2 trillion won" in answer.text and "3 trillion" not in answer.text, answer.text
    bill = engine.base.facts["special-bill-corporation-capital"]
    assert bill.superseded_by == "special-act-corporation-capital"  # kept as history


def test_a_fact_at_another_place_does_not_answer_a_place_named(ask):
    answer = ask("when will trump visit seoul again")
    assert not answer.answered, answer.text


def test_a_fact_at_the_place_named_still_answers(ask):
    answer = ask("when was the gyeongju summit")
    assert answer.answered, answer.text
    assert "Gyeongju" in answer.text, answer.text


def test_an_unknown_name_in_capitals_is_what_is_asked(ask):
    # (ICE is read since handlers/confirm.py: the raid reports name it; NCIS they do not)
    answer = ask("was it NCIS that did the raid?")
    assert not answer.answered, answer.text


def test_known_names_in_capitals_still_answer(ask):
    answer = ask("when was the MOU signed?")
    assert answer.answered, answer.text
    assert "November 14, 2025" in answer.text, answer.text


def test_of_two_sure_full_reports_the_newer_answers(ask):
    answer = ask("profit split on the investments?")
    assert answer.answered, answer.text
    assert "equally" in answer.text and "90%" in answer.text, answer.text


def test_a_newer_report_of_another_kind_does_not_replace_a_quote(engine):
    from engine.decide import _newest_full_report
    from engine.match import Candidate

    facts = engine.base.facts
    event = facts["lutnick-90-percent-profits-2025-07"]
    pledge = facts["mou-2025-11-14-profit-split-50-then-90"]
    quote = facts["quote-trump-work-something-out"]
    reports = [Candidate(event, 0.86, 1.0), Candidate(pledge, 0.84, 1.0)]
    assert _newest_full_report(reports).fact is pledge
    assert _newest_full_report([Candidate(event, 0.86, 1.0), Candidate(quote, 0.84, 1.0)]) is None
    assert _newest_full_report([Candidate(event, 0.86, 1.0), Candidate(pledge, 0.84, 0.9)]) is None


def test_korean_goods_named_as_the_origin_are_not_a_second_product(ask):
    answer = ask("한국산 자동차 관세율은?")
    assert answer.answered, answer.text
    assert "Section 122" not in answer.text, answer.text


def test_a_quote_the_question_repeats_is_the_one_answered(ask):
    answer = ask("trump said we will work something out, when")
    assert answer.answered, answer.text
    assert "January 27, 2026" in answer.text, answer.text


def test_glue_words_alone_do_not_pick_a_quote():
    from engine.decide import _pairs

    assert _pairs("what was said in the end of the talks") == {
        ("what", "was"),
        ("was", "said"),
        ("said", "in"),
        ("the", "end"),
        ("end", "of"),
        ("the", "talks"),
    }


@pytest.mark.parametrize(
    "question",
    [
        "did the section 122 tariff rise to 15%?",
        "has the global tariff gone up to 15% yet?",
        "did car tariffs go up to 25% in the end?",
    ],
)
def test_an_announced_rate_never_gets_a_yes_to_did_it_happen(engine, question):
    """A 15% surcharge announced but 10% collected, a 25% hike never published: "did it
    rise to X?" is not confirmed by the announcement."""
    reply = engine.ask(question)
    assert not reply.text.startswith("Yes"), reply.text


def test_an_announced_rate_asked_as_done_says_it_is_not_in_force(engine):
    reply = engine.ask("did the section 122 tariff rise to 15%?")
    assert reply.text.startswith("Not in force — only announced."), reply.text


def test_the_announced_measure_itself_can_still_be_confirmed(engine):
    reply = engine.ask("so the car hike is to 25% right?")
    assert reply.text.startswith("Yes — 25%"), reply.text


def test_reports_that_differ_alike_for_several_products_are_told_once(engine):
    """The January hike told for autos, lumber and drugs in one sentence: its one
    disagreement (announced vs. threatened) is said once, not once per product."""
    reply = engine.ask("did the section 122 tariff rise to 15%?")
    assert reply.text.count("Reports differ") <= 1, reply.text


@pytest.mark.parametrize(
    ("question", "opener"),
    [
        ("when was the car tariff cut to 15%?", "On November 1, 2025 it fell from 25% to 15%."),
        (
            "when did the reciprocal tariff go up to 15%?",
            "On August 7, 2025 it rose from 10% to 15%.",
        ),
    ],
)
def test_when_a_stated_change_happened_is_the_day_it_was_collected(engine, question, opener):
    """No "Yes — 15%" (nothing was asked yes or no), no "No — 25%" from a threat; the day
    the change was collected, from the rate history."""
    reply = engine.ask(question)
    assert reply.text.startswith(opener), reply.text
    assert "no US tariff in force" not in reply.text  # the surcharge in force replaced it


@pytest.mark.parametrize(
    "question",
    [
        "when did hyundai open its georgia plant?",  # the raid there is another event
        "when did cbp shut down cape",  # the launch is another event
        "when did cape crash",
        "did trump visit seoul in 2026?",  # no report of such a visit
    ],
)
def test_an_event_the_sources_do_not_tell_is_not_answered_by_another(engine, question):
    assert not engine.ask(question).answered


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("when did the georgia raid happen?", "September 4, 2025"),  # not the flight home
        ("when did the workers come home", "Incheon"),
        ("when did cape go live", "April 20, 2026"),  # the launch word is known
        ("did kim meet lutnick in washington?", "Yes"),
    ],
)
def test_the_event_asked_is_still_answered(engine, question, says):
    reply = engine.ask(question)
    assert reply.answered and says in reply.text, reply.text


def test_the_supreme_court_is_not_the_trade_court(engine):
    """ "Unlawful" and "struck down" are what any court may hold; the Supreme Court is one
    court. Asked about it, the trade court's May ruling on Section 122 is no answer."""
    reply = engine.ask("did the supreme court strike down the section 232 tariffs?")
    assert "Court of International Trade" not in reply.text.split("Did you mean")[0]
    cit = engine.ask("Which court held the Section 122 surcharge unlawful in May 2026?")
    assert cit.answered and "Court of International Trade" in cit.text, cit.text


def test_a_month_and_day_without_a_year_pick_that_days_report(engine):
    """ "jan 29" is the first day of talks, not the next day's (January 30) report."""
    reply = engine.ask("how long did kim and lutnick meet on jan 29?")
    assert reply.answered and "January 29" in reply.text.split(".")[0], reply.text
    assert "second day" not in reply.text.split(".")[0]


def test_what_a_carmaker_lost_is_not_the_car_tariff(engine):
    reply = engine.ask("how much did hyundai lose from tariffs?")
    assert "the US tariff on South Korean autos is" not in reply.text, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "did samsung get a tariff exemption?",  # the 2018 steel quota names no company
    ],
)
def test_a_detail_no_report_gives_is_not_answered_by_a_near_report(engine, question):
    assert not engine.ask(question).answered


def test_a_company_the_report_names_is_answered(engine):
    reply = engine.ask("so samsung's georgia plant got raided?")
    assert reply.text.startswith("No"), reply.text


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("what was the tariff on korean goods during the pause?", "10%"),
        ("car tariff during the 90-day pause?", "25%"),  # autos were not paused
        ("duty on 50k of korean goods during the 90 day pause?", "$5,000"),
    ],
)
def test_during_an_event_is_the_rate_from_its_first_day(engine, question, says):
    """ "During the pause" is the state from the pause's first day, told as such, not
    "after" it (the next change of the product, which may be months later)."""
    reply = engine.ask(question)
    assert reply.answered and says in reply.text, reply.text
    assert reply.text.startswith("During the 90-day pause"), reply.text


def test_how_many_in_an_event_is_told_by_the_event_not_what_followed(engine):
    """The raid's arrests, not the count on the flight home a week later."""
    reply = engine.ask("how many workers were arrested in the georgia raid?")
    assert reply.answered and "September 4, 2025" in reply.text.split(".")[0], reply.text


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("미국이 한국산 철강에 매기는 관세는?", "50%"),  # 한국산 names its own origin
        ("what tariff does the us impose on korean steel?", "50%"),
    ],
)
def test_the_tariff_the_us_imposes_is_the_rate_in_force(engine, question, says):
    reply = engine.ask(question)
    assert reply.answered and says in reply.text, reply.text


@pytest.mark.parametrize(
    "question", ["tariffs on us goods?", "한국이 미국산 소고기에 매기는 관세율은?"]
)
def test_us_goods_are_still_out_of_scope(engine, question):
    assert not engine.ask(question).answered


def test_a_korean_question_for_a_length_of_time_gets_one(engine):
    """ "몇 분 만났어?": a meeting report without its length is no answer (a date's 일 is
    not a number of days)."""
    reply = engine.ask("김정관과 러트닉은 몇 분 만났어?")
    assert reply.answered and "3월 6일" not in reply.text.split(".")[0], reply.text
    assert "시간" in reply.text or "분" in reply.text.replace("몇 분", "")
    summit = engine.ask("경주 정상회담은 몇 분 동안 했어?")
    assert "87분" in summit.text, summit.text


def test_what_a_document_says_is_told_by_a_report_of_that_document(engine):
    reply = engine.ask("what did the white house fact sheet say about rice?")
    assert "2+2" not in reply.text.split("Did you mean")[0], reply.text


def test_a_car_brand_beside_a_rate_is_the_cars(engine):
    reply = engine.ask("does the 15% apply to kia too?")
    assert "shares" not in reply.text, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "What was the investment corporation's capital in the bill as introduced?",
        "how much capital did the draft bill give the corporation?",
    ],
)
def test_the_original_version_asked_leads_with_the_first_report(engine, question):
    """The bill as introduced gave 3 trillion won; the act as passed, 2 trillion. Asked
    for the original, the first report leads, told as such."""
    reply = engine.ask(question)
    assert reply.text.startswith("As first reported (Chosun Biz"), reply.text
    assert "3 trillion won" in reply.text.split("Later:")[0]


def test_the_current_version_is_still_the_answer_when_not_asked_for_the_first(engine):
    reply = engine.ask("what is the corporation's capital?")
    assert "2 trillion won" in reply.text and "As first reported" not in reply.text


def test_an_announcement_later_carried_out_is_not_called_unimplemented(engine):
    """The 25% car tariff announced on March 26, 2025 was collected from April 3: its
    report must not say "no source reports it as implemented"."""
    reply = engine.ask("when did the 25% car tariff end?")
    if reply.answered and "March 26, 2025" in reply.text:
        assert "no source reports it as implemented" not in reply.text, reply.text
        assert "in force from April 3, 2025" in reply.text
    hike = engine.ask("is the 25% car tariff in effect?")  # the January 2026 hike: never
    assert "no source reports it as implemented" in hike.text, hike.text


def test_yes_to_a_meeting_needs_each_person_at_it_not_named_in_passing(engine):
    """Lee met Bessent in New York; Trump is named only as the one Bessent would pass the
    request to: "did Trump meet Lee in New York?" gets no Yes."""
    assert not engine.ask("did trump meet lee in new york?").text.startswith("Yes")
    assert engine.ask("did lee meet bessent in new york?").text.startswith("Yes")


def test_a_retroactive_rate_reported_in_force_later_is_not_called_unimplemented(engine):
    reply = engine.ask("when did the us lower the auto tariff to 15 percent retroactively?")
    assert "no source reports it as implemented" not in reply.text, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "of the $350 billion, how much is cash?",
        "out of the $350bn pledge, what part is cash?",
        "대미 투자 3500억 달러 중 현금은 얼마야?",
    ],
)
def test_the_whole_named_in_a_how_much_question_is_not_a_claim_to_correct(engine, question):
    """ "of the $350 billion, how much is cash?" names the whole; it does not claim the
    cash is $350 billion, so the reply must not open with "No"."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert "$200 billion" in answer.text, answer.text
    assert not answer.text.startswith(("No", "아니요")), answer.text


@pytest.mark.parametrize(
    "question, head",
    [
        ("so the cash part is $350 billion?", "No"),
        ("the cash is 200bn right?", "Yes"),
        ("현금은 3500억 달러 맞죠?", "아니요"),
    ],
)
def test_a_stated_amount_is_still_checked(engine, question, head):
    answer = engine.ask(question)
    assert answer.text.startswith(head), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "how many times did kim meet lutnick",
        "how often did Kim Jung-kwan and Howard Lutnick meet?",
        "김정관 장관은 러트닉을 몇 번 만났어?",
    ],
)
def test_how_many_times_two_people_met_counts_the_days_the_sources_report(engine, question):
    """One meeting's report is not an answer to "how many times": the reply counts the
    days the sources report them meeting, and names each day."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    days = ("January 29, 2026", "January 30, 2026", "March 6, 2026")
    days_ko = ("2026년 1월 29일", "2026년 1월 30일", "2026년 3월 6일")
    assert all(d in answer.text for d in days) or all(d in answer.text for d in days_ko), (
        answer.text
    )


@pytest.mark.parametrize(
    "question",
    [
        "how many times did kim jung-kwan meet scott bessent",
        # summits told in reports of other days (a fact sheet "on the meetings"): no count
        "how many times did lee jae-myung meet trump",
        # reports differ on whether Yeo met Greer on that trip: no count
        "how often did yeo han-koo meet greer",
    ],
)
def test_no_count_of_meetings_when_the_marked_reports_cannot_give_one(engine, question):
    answer = engine.ask(question)
    assert not answer.answered, answer.text
    assert "September 11" not in answer.text and "November 13" not in answer.text


@pytest.mark.parametrize(
    "question", ["how old is lee jae-myung", "what age is Howard Lutnick?", "이재명 대통령 나이는?"]
)
def test_a_persons_age_no_report_states_is_declined(engine, question):
    answer = engine.ask(question)
    assert not answer.answered, answer.text


@pytest.mark.parametrize(
    "question",
    ["how up to date are you", "how old is your data?", "출처는 얼마나 최신이야?"],
)
def test_how_fresh_the_knowledge_is_says_the_newest_report_and_its_age(engine, question):
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert ("June 8, 2026" in answer.text and "ago" in answer.text) or (
        "2026년 6월 8일" in answer.text and "전" in answer.text
    ), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "what was the car tariff in january 2025",
        "car tariff in feb 2025?",
        "2025년 1월 한국산 자동차 관세는?",
    ],
)
def test_a_time_before_any_rate_in_force_says_none_then_and_the_first(engine, question):
    """January 2025 is before the first car tariff the sources report (April 3, 2025): the
    state then, never the January 2026 hike matched by its month."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert "2026" not in answer.text.split("Source")[0], answer.text
    assert "April 3, 2025" in answer.text or "2025년 4월 3일" in answer.text, answer.text


def test_a_duty_compared_with_a_time_before_any_rate_is_not_the_hike(engine):
    answer = engine.ask("how much more does a $20,000 car pay now than in january 2025")
    assert "if the announced hike" not in answer.text, answer.text


@pytest.mark.parametrize("question", ["구윤철 부총리는 누구야?", "여한구는 누구야?"])
def test_a_korean_who_is_question_is_not_answered_yes(engine, question):
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert not answer.text.startswith("네"), answer.text


def test_a_korean_office_check_still_gets_yes(engine):
    assert engine.ask("구윤철은 부총리야?").text.startswith("네"), engine.ask(
        "구윤철은 부총리야?"
    ).text


@pytest.mark.parametrize(
    "question, day",
    [
        ("when did the car tariff go from 25% to 15%", "November 1, 2025"),
        ("자동차 관세가 25%에서 15%로 내려간 날짜는?", "2025년 11월 1일"),
    ],
)
def test_when_a_rate_moved_from_one_to_another_opens_with_the_day_not_yes(engine, question, day):
    answer = engine.ask(question)
    assert not answer.text.startswith(("Yes", "네")), answer.text
    assert day in answer.text.split(".")[0], answer.text


def test_a_stated_move_checked_still_gets_yes(engine):
    answer = engine.ask("the car tariff went from 25% to 15% right?")
    assert answer.text.startswith("Yes"), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "how much did korean exporters pay in ieepa tariffs",
        "how much have korean carmakers paid in tariffs so far",
        "한국 기업들은 관세로 얼마를 냈어?",
    ],
)
def test_a_sum_paid_in_tariffs_is_not_answered_by_a_rate_or_the_pledge(engine, question):
    answer = engine.ask(question)
    assert not answer.answered, answer.text


@pytest.mark.parametrize(
    "question",
    ["how much does a korean car pay in tariffs", "how much did a $30,000 car pay in october 2025"],
)
def test_a_rate_or_a_duty_asked_with_pay_is_still_answered(engine, question):
    answer = engine.ask(question)
    assert answer.answered, answer.text


def test_a_rate_pending_then_and_carried_out_later_is_not_called_unreported(engine):
    answer = engine.ask("how much did a $30,000 car pay in october 2025")
    assert "no source reports" not in answer.text, answer.text
    assert "November 1, 2025" in answer.text and "$4,500" in answer.text, answer.text


def test_how_many_days_a_measure_can_last_is_a_length_a_close_report_holds(engine):
    answer = engine.ask("how many days can a section 122 tariff last")
    assert answer.answered and "150 days" in answer.text, answer.text


@pytest.mark.parametrize(
    "question, head, day",
    [
        ("was the 25% reciprocal tariff ever collected", "Yes", "April 9, 2025"),
        ("was the 100% pharma tariff ever in effect?", "No", "September 25, 2025"),
        ("was the 50% steel tariff ever imposed", "Yes", "June 4, 2025"),
        ("was the 25% car tariff ever in effect", "Yes", "April 3, 2025"),
        ("did korea ever pay a 25% reciprocal tariff", "Yes", "April 9, 2025"),
    ],
)
def test_ever_in_force_is_answered_from_the_whole_history(engine, question, head, day):
    """'ever' asks about any time, not now: a rate collected once is Yes (from its first
    day), one only said is No with the day it was said, never 'threatened, not in force'
    from another measure of the same rate."""
    answer = engine.ask(question)
    assert answer.text.startswith(head), answer.text
    assert day in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "is the reciprocal tariff 15%?",
        "is the ieepa tariff 15% right",
        "the reciprocal tariff is still 15% huh",
    ],
)
def test_a_rate_of_a_measure_struck_down_is_no_with_what_is_collected_now(engine, question):
    """The August 2025 report of 15% is not the present: the IEEPA tariff was struck down."""
    answer = engine.ask(question)
    assert answer.text.startswith("No"), answer.text
    assert "struck down on February 20, 2026" in answer.text and "10%" in answer.text, answer.text


@pytest.mark.parametrize(
    "question, head",
    [
        ("is pharma at 15%?", "Yes"),
        ("pharma tariff is 100% right?", "No"),
        ("did pharma go up to 25%", "Not in force"),
        ("did pharma go up to 30%", "No"),
    ],
)
def test_a_rate_only_seen_in_force_is_still_checked_now(engine, question, head):
    """Pharma's 15% is reported in force with no start day: a claim about now is still
    checked against it; a rate only announced is told as such, not as never said."""
    answer = engine.ask(question)
    assert answer.text.startswith(head), answer.text


@pytest.mark.parametrize(
    "question, day",
    [
        ("since when has lumber been 15%", "November 14, 2025"),
        ("since when is steel 50%", "June 4, 2025"),
        ("목재 관세는 언제부터 15%야?", "2025년 11월 14일"),
        ("자동차 관세가 15%가 된 건 언제야?", "2025년 11월 1일"),
    ],
)
def test_since_when_a_rate_applies_is_the_day_it_took_effect(engine, question, day):
    """Not the January 2026 hike 'from 15% to 25%', which names the rate too."""
    answer = engine.ask(question)
    assert day in answer.text, answer.text
    assert "25%" not in answer.text.split(".")[0], answer.text


@pytest.mark.parametrize(
    "question",
    [
        "how many years to pay $200 billion",
        "how long to pay off the 200bn",
        "2000억 달러를 다 내는 데 몇 년 걸려?",
    ],
)
def test_years_to_pay_the_cash_part_named_by_its_amount(engine, question):
    answer = engine.ask(question)
    assert answer.answered and ("10 years" in answer.text or "10년" in answer.text), answer.text


def test_years_to_pay_a_sum_that_is_not_the_cash_part_is_declined(engine):
    assert not engine.ask("how many years to pay $350 billion").answered


@pytest.mark.parametrize(
    "question",
    ["was the deal signed", "has the trade deal been signed", "korea us deal signed or nah"],
)
def test_a_report_that_it_was_not_signed_then_is_followed_by_the_later_signing(engine, question):
    """September 2025's 'not yet signed' is not the present: the MOU was signed on
    November 14, 2025, and the reply says so."""
    answer = engine.ask(question)
    assert "November 14, 2025" in answer.text, answer.text


def test_a_month_asked_keeps_the_no_for_that_month(engine):
    answer = engine.ask("was the july deal signed tho")
    assert answer.text.startswith("No"), answer.text


@pytest.mark.parametrize(
    "question, speaker",
    [
        ("who is yeo han-koo and what did he say", "Yeo Han-koo said"),
        ("who is lutnick and what did he say about korea", "Howard Lutnick said"),
    ],
)
def test_a_part_whose_subject_is_a_pronoun_is_about_the_person_named_before(
    engine, question, speaker
):
    """'...and what did he say' is not any quote: Trump's words are not Yeo's."""
    answer = engine.ask(question)
    assert speaker in answer.text, answer.text
    assert "Donald Trump said" not in answer.text, answer.text


@pytest.mark.parametrize(
    "question, holder",
    [("who is choi sang-mok", "Koo Yun-cheol"), ("최상목은 누구야?", "구윤철")],
)
def test_a_person_whose_office_someone_else_took_later_is_told_in_the_past(
    engine, question, holder
):
    """Choi was finance minister (reported April 2025); Koo took the office on July 21,
    2025: 'Choi is finance minister' would be a wrong present."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert " is Deputy Prime Minister" not in answer.text, answer.text
    assert holder in answer.text, answer.text


def test_a_person_still_in_office_is_told_in_the_present(engine):
    answer = engine.ask("who is koo yun-cheol")
    assert "Koo Yun-cheol is" in answer.text, answer.text


@pytest.mark.parametrize(
    "question", ["who led korea's delegation in july 2025", "who represented the us"]
)
def test_a_who_question_naming_only_a_country_and_people_is_not_any_official(engine, question):
    answer = engine.ask(question)
    assert not answer.answered, answer.text


def test_a_who_question_naming_an_office_is_still_answered(engine):
    assert "Lee Jae-myung" in engine.ask("who is the korean president").text


def test_a_word_the_base_does_not_know_that_a_close_report_says_is_understood(engine):
    """'states' is no concept, but the report of the lawsuit by 24 states says it."""
    answer = engine.ask("how many states sued over section 122")
    assert answer.answered and "24 states" in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "which states sued over section 122",  # "several states": no state named
        "how many importers sued",  # "$166 billion in duties" counts no importers
    ],
)
def test_a_report_saying_the_word_does_not_answer_what_it_does_not_tell(engine, question):
    answer = engine.ask(question)
    assert not answer.answered, answer.text


def test_a_verb_a_report_also_uses_does_not_pick_that_report(engine):
    """'became' is in the report of Kim Min-seok becoming prime minister: not Lee's day."""
    answer = engine.ask("Lee Jae Myung became president in January 2025, right?")
    assert "July 3" not in answer.text, answer.text


def test_a_duty_against_a_time_not_placed_is_not_the_hikes_arithmetic(engine):
    answer = engine.ask(
        "how much more duty does a $25,000 korean car pay now than before the tariffs"
    )
    assert "if the announced hike" not in answer.text, answer.text
    assert "after the hike" and engine.ask("how much more for a 40k kia after the hike").answered


def test_after_an_event_the_rate_it_led_to_says_from_when(engine):
    """The July deal's 15% was collected from November 1: 'after the deal' says so."""
    answer = engine.ask("how much does a $30,000 car pay after the deal")
    assert "from November 1, 2025" in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    ["what is the tariff now", "whats the tariff", "tariff?", "what was the tariff in may 2025"],
)
def test_a_bare_tariff_question_is_about_korean_goods_not_a_random_report(engine, question):
    """Not the KORUS car story of 2016, nor steel picked by chance: the rate on Korean
    imports at the time asked."""
    answer = engine.ask(question)
    assert (
        "South Korean imports" in answer.text.split(".")[0]
        or "South Korean imports" in (answer.text.split(". ")[0])
    ), answer.text


@pytest.mark.parametrize(
    "question",
    ["what's the latest on the tariff dispute", "what happened most recently", "any news?"],
)
def test_the_latest_is_the_newest_reports_not_a_january_meeting(engine, question):
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert "2026" in answer.text and "January 29, 2026" not in answer.text.split(".")[0]
    assert "June" in answer.text, answer.text


@pytest.mark.parametrize(
    "question, told",
    [("what happened in may 2026", "May 7, 2026"), ("2026년 5월에 무슨 일이 있었어?", "5월 7일")],
)
def test_what_happened_in_a_month_lists_that_months_stories(engine, question, told):
    answer = engine.ask(question)
    assert answer.answered and told in answer.text, answer.text


def test_a_month_with_no_report_is_declined(engine):
    assert not engine.ask("what happened in december 2024").answered


@pytest.mark.parametrize(
    "question", ["what's the 90/10 split", "what is the 90-10 split", "the 50/50 split?"]
)
def test_a_split_written_as_a_ratio_is_the_profit_split(engine, question):
    """Not the $150 billion / $200 billion split of the pledge."""
    answer = engine.ask(question)
    assert "90%" in answer.text and "$150 billion" not in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "when was the section 232 car tariff cut to 15%?",
        "when did the sec 232 auto tariff drop to 15%",
        "when was the section 232 tariff on cars lowered to 15 percent?",
    ],
)
def test_a_move_asked_when_may_name_its_legal_basis(ask, question):
    """The legal basis named beside the move ("section 232") is still only the move: the
    day it was collected (MOVE_ONLY reads the vocabulary's own concept keys)."""
    reply = ask(question)
    assert reply.answered, reply.text
    assert reply.text.startswith("On November 1, 2025 it fell from 25% to 15%"), reply.text


def test_move_only_names_the_basis_concepts_the_vocabulary_has(engine):
    from engine.parse import BASIS_CONCEPTS
    from handlers.rate_premise import MOVE_ONLY

    known = {f"term:{key}" for key in engine.base.vocabulary.terms}
    assert {c for c in MOVE_ONLY if c.startswith("term:")} <= known
    assert set(BASIS_CONCEPTS) <= known
    assert "term:section 232" in MOVE_ONLY


@pytest.mark.parametrize(
    "question",
    [
        "what was the car tariff in 2023?",
        "what was the us tariff on korean cars in 2019?",
        "how high was the steel tariff in 2024",
        "what tariff did korean cars pay back in 2019",
        "2019년 한국산 자동차 관세는?",
    ],
)
def test_a_rate_asked_for_a_year_before_the_history_is_not_a_later_measure(ask, question):
    """The product's rate history begins in 2025: a year before it is not answered with
    the January 2026 announcement or today's rate (a year before 2020 is a time too);
    declined, or told that no rate was in force then and which was the first."""
    reply = ask(question)
    assert "January 26, 2026" not in reply.text and "As of June 8, 2026" not in reply.text
    assert "2026년 1월 26일" not in reply.text and "2026년 6월 8일" not in reply.text
    told_none = (
        "no US tariff in force" in reply.text or "미국 관세를 보도하지 않습니다" in reply.text
    )
    assert not reply.answered or told_none, reply.text


def test_a_rate_asked_for_a_time_the_history_holds_is_still_answered(ask):
    assert "25%" in ask("what was the car tariff in may 2025?").text
    assert "10%" in ask("What was the US tariff on aluminum before March 12, 2025?").text
    chips = ask("what was the tariff on korean chips in 2025?")
    assert chips.answered and "no US tariff in force" in chips.text, chips.text


def test_an_early_year_a_fact_tells_is_not_a_date_against_it(ask):
    """'like in 1997': the year is what the fact says, not when it was reported."""
    reply = ask("what crisis did lee warn about, like in 1997?")
    assert reply.answered and "1997" in reply.text, reply.text


def test_an_early_year_is_a_time_but_not_a_law_s_name():
    from engine.when import read_time

    assert [d.year for d in read_time("what was the tariff in 2019").days] == [2019]
    assert read_time("section 122 of the trade act of 1974").days == ()


@pytest.mark.parametrize(
    "question",
    [
        "when did the reciprocal tariff on korea go to 15%?",
        "when did the reciprocal rate on korean goods go to 15 percent?",
        "when did korea's reciprocal tariff go up to 15%",
    ],
)
def test_a_rate_going_to_a_figure_is_a_move_not_money_going_somewhere(ask, question):
    """'go to 15%' is the rate moving ("when": the day it was collected, August 7, 2025),
    not the investment vocabulary's "goes to" (which gave "as agreed in July 2025")."""
    reply = ask(question)
    assert reply.text.startswith("On August 7, 2025 it rose from 10% to 15%"), reply.text


def test_a_tariff_put_on_goods_is_not_money_put_in(ask):
    reply = ask("what tariff does the US put on Korean steel right now")
    assert reply.answered and "steel is 50%" in reply.text, reply.text
    money = ask("how much of the pledge goes to shipbuilding")
    assert "$150 billion" in money.text, money.text


@pytest.mark.parametrize(
    "question",
    [
        "did cars go down to 15% on august 7?",
        "did the car tariff fall to 15% on august 7?",
        "did the car tariff drop to 15% in august?",
    ],
)
def test_a_day_stated_without_its_year_is_checked_not_ignored(ask, question):
    """The cut to 15% came on November 1, 2025: a Yes to "on august 7" read the claim as
    having no day. The day is read in the one year the sources can place it (2025)."""
    reply = ask(question)
    assert reply.text.startswith("No"), reply.text


def test_a_day_stated_without_its_year_that_fits_still_gets_its_yes(ask):
    assert ask("did the car tariff fall to 15% on november 1?").text.startswith("Yes")
    assert ask("did lumber rise to 15% on nov 14?").text.startswith("Yes")
    # June falls in 2025 and in 2026 (the newest report is June 8, 2026): no verdict
    assert not ask("did steel go up to 50% on june 1?").text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "how much of the $350 billion is cash?",
        "of the $350 billion, how much is cash?",
        "3500억 달러 중 현금은 얼마야?",
    ],
)
def test_the_whole_a_part_is_asked_of_is_not_a_figure_said_wrong(ask, question):
    """'how much of the $350 billion is cash?' states no figure for the cash: no "No —
    $200 billion, not $350 billion" opener, just the $200 billion."""
    reply = ask(question)
    assert reply.answered, reply.text
    assert not reply.text.startswith(("No", "아니요")), reply.text
    assert "$200 billion" in reply.text, reply.text


def test_a_wrong_figure_for_a_part_is_still_corrected(ask):
    assert ask("is $200 billion for shipbuilding?").text.startswith("No — $150 billion")
    assert ask("$150 billion goes to shipbuilding right?").text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "is the $150 billion for semiconductors?",
        "is it $150 billion for semiconductors?",
        "is $200 billion for chips?",
    ],
)
def test_a_pledge_figure_asked_of_a_product_is_not_a_duty_sum(ask, question):
    """The $150 billion is the pledge's shipbuilding part, not a shipment of chips: no
    '$37.5 billion at 25%' duty, the pledge's breakdown instead."""
    reply = ask(question)
    assert "duty" not in reply.text and "shipbuilding" in reply.text, reply.text


def test_goods_worth_a_pledge_figure_still_get_their_duty(ask):
    assert "$10 billion at 50%" in ask("$20 billion of korean steel?").text
    assert "$37.5 billion at 25%" in ask("what would $150 billion of korean chips pay").text


@pytest.mark.parametrize(
    "question",
    [
        "what did trump say about korea in his speech to congress?",
        "what did trump say in his address to congress about korean tariffs",
        "트럼프는 의회 연설에서 한국 관세에 대해 뭐라고 했나요?",
    ],
)
def test_a_quote_asked_by_where_it_was_said_is_that_occasion_s(ask, question):
    """The address to Congress (March 4, 2025: "four times higher"), not the newest quote
    naming a legislature (the January 26, 2026 Truth Social post): a quote's context,
    where it was said, tells one quote of a person from another."""
    reply = ask(question)
    assert reply.answered and ("four times" in reply.text or "네 배" in reply.text), reply.text
    assert "Truth Social" not in reply.text and "트루스소셜" not in reply.text, reply.text


def test_a_quote_asked_without_its_occasion_is_still_the_post(ask):
    reply = ask("what did trump post on truth social about the korean legislature?")
    assert "January 26, 2026" in reply.text, reply.text
    assert "Rose Garden" in ask("what did trump say in the rose garden speech?").text


@pytest.mark.parametrize(
    "question",
    ["is masga worth $200 billion?", "masga is 350bn right?", "마스가는 2000억 달러인가요?"],
)
def test_masga_is_checked_against_the_shipbuilding_part(ask, question):
    """MASGA is the $150 billion shipbuilding part, not the $350 billion whole."""
    reply = ask(question)
    assert "$150 billion" in reply.text and "$350 billion, not" not in reply.text, reply.text


def test_masga_at_its_figure_gets_a_yes(ask):
    assert ask("is masga $150 billion?").text.startswith("Yes — $150 billion")


@pytest.mark.parametrize(
    "question",
    ["how long was the pause?", "how long did the pause last", "the pause was how long?"],
)
def test_a_duration_asked_of_a_story_comes_from_that_story_not_another_good(ask, question):
    """The newest close report holding a duration was the drug tariff's 18-month grace
    period; the pause asked about is the 90-day pause on reciprocal tariffs."""
    reply = ask(question)
    assert "90-day pause" in reply.text and "18-month" not in reply.text, reply.text


def test_a_duration_of_the_drug_tariff_is_still_its_own(ask):
    reply = ask("how long was the grace period for drugmakers?")
    assert "18-month" in reply.text, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "what was hyundai's operating profit in 2025?",
        "how much operating profit did hyundai make in 2025",
        "hyundai 2025 operating profit?",
    ],
)
def test_a_year_the_report_tells_is_not_held_against_its_later_date(ask, question):
    """Hyundai's 2025 profit was reported on January 29, 2026: "in 2025" is the year the
    report tells, not a reason to answer with the tariff cost reported in 2025 instead."""
    reply = ask(question)
    assert "11.5 trillion won" in reply.text, reply.text


def test_a_year_asked_still_prefers_a_report_of_that_year(ask):
    reply = ask("what was the car tariff in may 2025?")
    assert "25%" in reply.text and "May 2025" in reply.text, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "were 500 derivative products added?",
        "did they add 500 products to the steel tariff list?",
        "were 600 derivative products added in august?",
    ],
)
def test_a_count_stated_is_not_answered_with_a_rate(ask, question):
    """'were 500 derivative products added?' was answered with the derivatives' 50% rate,
    which says nothing of the count: the count (407) or no answer."""
    reply = ask(question)
    assert not reply.answered or "407" in reply.text, reply.text


@pytest.mark.parametrize(
    "question",
    ["were 16 countries in the 301 probe?", "were 16 economies in the excess capacity probe?"],
)
def test_a_count_stated_picks_the_close_report_holding_it(ask, question):
    """Two Section 301 probes: the excess-capacity one (16 economies) and the forced-labor
    one (60). The newer is not the answer to a question stating 16."""
    reply = ask(question)
    assert "16 economies" in reply.text, reply.text


def test_a_count_question_about_a_rate_still_gets_the_rate(ask):
    assert ask("is the steel derivative tariff 50%?").text.startswith("Yes — 50%")
    assert "226 votes" in ask("did 226 lawmakers vote yes?").text


@pytest.mark.parametrize(
    "question", ["철강 쿼터는 얼마였어?", "한국의 철강 무관세 쿼터는 몇 톤이었어?"]
)
def test_the_quota_asked_in_korean_is_not_the_rate(ask, question):
    """The duty-free quota (2.63 million tons), not the steel tariff now (50%): the quota
    concept, not only the English word, keeps a question off the rate."""
    reply = ask(question)
    assert "263만 톤" in reply.text and "50%" not in reply.text, reply.text


def test_the_quota_asked_in_english_is_still_the_quota(ask):
    assert "2.63 million tons" in ask("what was the steel quota?").text


@pytest.mark.parametrize(
    "question",
    [
        "was the auto tariff cut published in the federal register?",
        "did the federal register notice cut car tariffs to 15%?",
        "was the car tariff cut announced in the federal register?",
    ],
)
def test_a_document_named_is_not_a_yes_to_the_move_alone(ask, question):
    """'Yes — on November 1, 2025 it fell' answered a question about the Federal Register
    notice (published December 4, 2025) as if it asked whether the cut happened."""
    reply = ask(question)
    assert not reply.text.startswith("Yes — on November 1"), reply.text


@pytest.mark.parametrize(
    "question",
    [
        "did the executive order cut the reciprocal tariff to 15%?",
        "was the reciprocal tariff cut by executive order to 15%?",
        "did an executive order lower the reciprocal rate to 15 percent?",
    ],
)
def test_the_reciprocal_tariff_is_not_answered_from_a_car_tariff_report(ask, question):
    """The reciprocal tariff covers Korean goods as a whole: a report that the car tariff
    cut awaited an executive order is about other goods."""
    reply = ask(question)
    assert "auto tariff" not in reply.text, reply.text


def test_a_yes_from_an_agreement_gives_way_to_the_day_the_cut_was_collected(ask):
    """'was the auto tariff cut to 15%?': Yes, on November 1, 2025, not the July
    agreement read as the cut."""
    reply = ask("was the auto tariff cut to 15%?")
    assert reply.text.startswith("Yes — on November 1, 2025 it fell from 25% to 15%"), reply.text
    still = ask("did the reciprocal tariff on korea go to 15% on august 7?")
    assert still.text.startswith("Yes — on August 7, 2025"), still.text


@pytest.mark.parametrize(
    "question",
    [
        "did trump announce the 50% steel tariff in pennsylvania?",
        "Where was Trump when he announced the rise in steel tariffs to 50%?",
    ],
)
def test_an_announced_event_later_carried_out_is_not_called_unimplemented(ask, question):
    """The May 30, 2025 speech announced steel at 50% from June 4, which a later report
    has in force: 'no source reports it as implemented' was false."""
    reply = ask(question)
    assert "no source reports it as implemented" not in reply.text, reply.text
    assert "in force from June 4, 2025" in reply.text, reply.text


def test_an_announced_event_never_carried_out_still_says_so(ask):
    reply = ask("is the 25% car tariff in effect?")
    assert "no source reports it as implemented" in reply.text, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "what rate did trump's letter set for korea?",
        "when did the 25% reciprocal rate from the letter start?",
        "when was the letter's 25% rate supposed to start?",
    ],
)
def test_a_rate_a_letter_only_said_is_that_measure_not_the_rate_now(ask, question):
    """The July 7, 2025 letter's 25% (from August 1) was never collected: not the 10%
    in force now, nor the 25% that took effect for hours on April 9, 2025."""
    reply = ask(question)
    assert "July 7, 2025" in reply.text and "August 1, 2025" in reply.text, reply.text


def test_a_rate_in_force_asked_plainly_is_still_the_state(ask):
    reply = ask("what rate applies to korean goods now?")
    assert "10%" in reply.text and "Section 122" in reply.text, reply.text


@pytest.mark.parametrize(
    "question",
    ["was korea's annex rate 26%?", "is korea's reciprocal tariff 26%?"],
)
def test_the_annex_s_rate_is_not_checked_against_the_rate_now(ask, question):
    """The annex said 26% (corrected to 25% on April 3, 2025): 'No — 10%, not 26%' read
    the annex's figure as a claim about the rate in force now."""
    reply = ask(question)
    assert not reply.text.startswith("No — 10%"), reply.text


@pytest.mark.parametrize(
    "question",
    [
        "What rate applied to Korean cars imported in December 2025?",
        "what was the car tariff in december 2025?",
        "when did the car tariff start in 2025?",
    ],
)
def test_a_rate_said_while_that_rate_was_collected_is_not_pending(ask, question):
    """Lutnick's 15% (December 1, 2025) was in force retroactively from November 1: not
    'no source I have reports it in force by then'."""
    reply = ask(question)
    assert "Howard Lutnick announced a 15% tariff" not in reply.text, reply.text


def test_a_rate_said_before_it_was_collected_is_still_pending_then(ask):
    reply = ask("what was the car tariff in july 2025?")
    assert "agreed on a 15% tariff; no source I have reports it in force by then" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "when did the car tariff start in 2025?",
        "when did the steel tariff take effect in 2025?",
        "when did the car tariff begin in 2025",
    ],
)
def test_a_start_asked_within_a_year_is_not_the_rate_at_its_end(ask, question):
    """'In 2025, 15% (in force since November 1, 2025)' answered when the car tariff
    started (April 3, 2025, at 25%): a start is read within the time stated; two rates
    started in it and none is named, so each start is told, the first first."""
    reply = ask(question)
    assert "since November 1" not in reply.text, reply.text
    first = reply.text.find("from April 3, 2025") if "car" in question else 0
    assert reply.answered and first >= 0, reply.text
    if "car" in question:
        assert first < reply.text.find("from November 1, 2025"), reply.text


def test_a_start_of_a_named_rate_within_a_year_is_its_day(ask):
    assert "November 1, 2025" in ask("when did the 15% car tariff start in 2025?").text
    assert "April 3, 2025" in ask("when did the 25% car tariff take effect in 2025?").text
    assert "June 4, 2025" in ask("when did the 50% steel tariff take effect in june 2025?").text


@pytest.mark.parametrize(
    "question",
    [
        "what did trump post on july 7, 2025?",
        "what did trump post on truth social on january 26?",
        "did lutnick post about korea?",
    ],
)
def test_a_post_made_is_not_an_office_held(ask, question):
    """'what did trump post' was read as his post (office): 'Donald Trump is the US
    President'. A post made is what was said."""
    reply = ask(question)
    assert " is the US " not in reply.text, reply.text


def test_a_post_held_is_still_the_office(ask):
    assert "Minister for Trade" in ask("what post does yeo han-koo hold?").text


@pytest.mark.parametrize(
    "question",
    [
        "who was the us ambassador to korea?",
        "who is the us ambassador in seoul?",
        "who is america's ambassador to south korea?",
    ],
)
def test_an_envoy_posted_to_a_country_is_not_of_that_country(ask, question):
    """Kang Kyung-wha is Korea's ambassador to the US, not the US ambassador to Korea
    (whom the sources do not name)."""
    reply = ask(question)
    assert "Kang Kyung-wha" not in reply.text, reply.text


@pytest.mark.parametrize(
    "question",
    ["who is the korean ambassador to the us?", "who is korea's ambassador to the united states?"],
)
def test_an_envoy_s_own_country_is_still_found(ask, question):
    """The country an envoy is sent to ("to the US") is not theirs: Kang is still found."""
    assert "Kang Kyung-wha" in ask(question).text


@pytest.mark.parametrize(
    "question", ["자동차 관세가 15%로 내려간 날은?", "철강 관세가 50%로 오른 날은?"]
)
def test_the_day_asked_in_korean_is_a_when(ask, question):
    """'15%로 내려간 날은?' asks the day (November 1, 2025), not the July agreement
    that first said 15%."""
    reply = ask(question)
    assert "11월 1일" in reply.text or "6월 4일" in reply.text, reply.text
    assert "7월 31일" not in reply.text, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "the pause was extended to september 1?",
        "was the pause extended to august 1?",
        "the pause lasted 60 days?",
        "90일 유예 기간에 한국산 제품에는 몇 % 관세가 붙었어?",
    ],
)
def test_the_pause_is_that_measure_not_another_month_s_story_or_the_rate_now(ask, question):
    """'extended to september 1' named the month a delay ran to, which pulled in the drug
    tariff's September report; 'the pause' is a measure, not a question about the rate
    in force now (10% under Section 122)."""
    reply = ask(question)
    assert "18-month" not in reply.text and "Section 122" not in reply.text, reply.text
    assert "90" in reply.text or "10%" in reply.text, reply.text


def test_a_rate_asked_during_the_pause_is_still_the_rate_then(ask):
    reply = ask("what was the reciprocal rate during the pause?")
    assert "10%" in reply.text and "April 9, 2025" in reply.text, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "how much tax on a 25k kia in oct 2025",
        "$40,000짜리 한국 차를 2025년 10월에 들여왔다면 관세는 얼마였어?",
        "duty on a $30,000 korean car in late october 2025?",
    ],
)
def test_a_rate_agreed_then_and_collected_later_is_not_unreported(ask, question):
    """In October 2025 the 15% agreed on October 29 was pending; it was collected from
    November 1, so never 'no source reports that it has' taken effect."""
    reply = ask(question)
    assert "no source reports that it has" not in reply.text, reply.text
    assert "시행 보도 없음" not in reply.text, reply.text


def test_a_rate_announced_and_never_collected_is_still_told_as_such(ask):
    reply = ask("duty on a $30,000 korean car now?")
    assert "no source reports that it has" in reply.text, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "what percent of korea's steel goes to the us?",
        "what share of korea's steel exports go to america?",
    ],
)
def test_a_share_asked_is_not_a_tariff_rate(ask, question):
    """'what percent of Korea's steel goes to the US?' was answered with the steel tariff
    (50%): a tariff's rate, a hike or a rise in percent is not a share."""
    reply = ask(question)
    assert "tariff on South Korean steel is 50%" not in reply.text, reply.text
    assert "50% hike" not in reply.text, reply.text


def test_a_share_the_sources_give_is_still_answered(ask):
    reply = ask("what percent of lawmakers voted for the special act?")
    assert reply.answered and "%" in reply.text, reply.text


@pytest.mark.parametrize(
    "question", ["현대차는 관세로 얼마나 손해 봤어?", "현대차의 관세 손실은 얼마야?"]
)
def test_a_company_s_loss_is_not_the_car_tariff(ask, question):
    """'손해' (a loss) was dropped as a verb form, leaving Hyundai read as cars and a rate
    question: the car tariff's 15% was no answer to how much Hyundai lost."""
    reply = ask(question)
    assert "한국산 자동차에 대한 미국 관세는 15%" not in reply.text, reply.text


def test_the_car_tariff_asked_by_a_brand_is_still_the_rate(ask):
    assert "15%" in ask("현대차 관세는 얼마야?").text


@pytest.mark.parametrize(
    "question",
    ["who led the korean business delegation?", "who headed the korean delegation of executives?"],
)
def test_a_who_question_that_a_dozen_people_fit_alike_is_not_answered_with_one(ask, question):
    """Read as only 'who' and 'Korean', every Korean official fit: the first of them (the
    president) is no answer to who led the business delegation (Chey Tae-won)."""
    reply = ask(question)
    assert "Lee Jae-myung is President" not in reply.text, reply.text


def test_an_office_asked_still_names_its_holder(ask):
    assert "Kim Min-seok" in ask("who is the prime minister?").text
    assert "Jamieson Greer" in ask("who is the us trade representative?").text


@pytest.mark.parametrize(
    "question", ["what was trump's inauguration date?", "what's the date of trump's inauguration?"]
)
def test_a_date_asked_is_a_when(ask, question):
    reply = ask(question)
    assert "January 20, 2025" in reply.text, reply.text


@pytest.mark.parametrize(
    "question", ["목재 관세는 언제 15%가 됐어?", "자동차 관세는 언제 15%가 됐나요?"]
)
def test_a_rate_become_asked_in_korean_is_the_day_it_was_collected(ask, question):
    """'15%가 됐어' (became 15%): the day it was collected, not the January 2026 hike."""
    reply = ask(question)
    assert "11월 14일" in reply.text or "11월 1일" in reply.text, reply.text
    assert not reply.text.startswith("2026년 1월 26일"), reply.text


def test_where_a_threat_was_posted_is_still_its_platform(ask):
    assert "Truth Social" in ask("Where did Trump post the 25% threat?").text


@pytest.mark.parametrize(
    "question",
    ["did trump sign anything on critical minerals?", "what did trump do on critical minerals?"],
)
def test_critical_minerals_are_a_topic_not_everyday_words(ask, question):
    """'critical minerals' were two everyday unknown words, so the question read as 'did
    Trump sign anything?': Lutnick's 'Korea had not signed' was no answer."""
    reply = ask(question)
    assert "had not signed" not in reply.text, reply.text
    assert not reply.answered or "mineral" in reply.text, reply.text


def test_the_mou_s_sectors_are_still_told(ask):
    reply = ask("what did the mou say about critical minerals?")
    assert "critical minerals" in reply.text, reply.text


@pytest.mark.parametrize(
    "question, opens",
    [
        ("is korea's cash investment $20 billion a year?", "Yes — $20 billion"),
        ("현금 투자는 연간 200억 달러인가요?", "네, 200억 달러"),
    ],
)
def test_a_yearly_figure_is_checked_against_the_cap_not_the_cash_total(ask, question, opens):
    """'$20 billion a year' is the cap: not 'No — $200 billion, not $20 billion'."""
    assert ask(question).text.startswith(opens)


@pytest.mark.parametrize(
    "question",
    [
        "does korea have to invest $200 billion in cash at once?",
        "must korea pay the $200 billion cash upfront?",
        "is the $200 billion paid as a lump sum?",
    ],
)
def test_a_figure_right_but_paid_otherwise_gets_no_yes(ask, question):
    """The $200 billion is right, 'at once' is not (installments, $20 billion a year)."""
    reply = ask(question)
    assert not reply.text.startswith("Yes"), reply.text


@pytest.mark.parametrize(
    "question",
    ["is the $150 billion shipbuilding part cash?", "is the $150 billion for ships paid in cash?"],
)
def test_a_part_asked_against_the_other_part_is_not_checked_against_the_whole(ask, question):
    """'No — $350 billion, not $150 billion' answered which part the $150 billion is."""
    reply = ask(question)
    assert "$350 billion, not" not in reply.text, reply.text


def test_a_part_s_own_figure_still_gets_its_yes(ask):
    assert ask("is the cash part $200 billion?").text.startswith("Yes — $200 billion")
    assert ask("is the annual cap $20 billion?").text.startswith("Yes — $20 billion")


@pytest.mark.parametrize(
    "question", ["글로벌 관세 15%는 시행 중인가요?", "글로벌 관세 10%는 시행 중인가요?"]
)
def test_a_verdict_on_the_figure_replaces_the_yes_of_the_answer_asked_again(ask, question):
    """'아니요, 15%가 아니라 10%입니다. 네. ...': one verdict, not two."""
    reply = ask(question)
    assert "입니다. 네." not in reply.text, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "was the 25% reciprocal rate from august 1 ever collected?",
        "was the 25% rate from august ever in effect on korean goods?",
    ],
)
def test_a_rate_ever_collected_asked_of_a_month_is_that_measure(ask, question):
    """The letter's 25% from August 1 was never collected: not 'Yes' from the 25% of
    April 9, 2025."""
    reply = ask(question)
    assert not reply.text.startswith("Yes"), reply.text


def test_a_rate_ever_collected_without_a_month_is_still_answered(ask):
    assert ask("was the 25% car tariff ever in effect?").text.startswith("Yes")


@pytest.mark.parametrize("question", ["who is kim byung-kee?", "who is the dp floor leader?"])
def test_an_office_reported_held_by_someone_else_later_is_not_told_as_now(ask, question):
    """Kim Byung-kee was DP floor leader in November 2025; by February 4, 2026 Han
    Byung-do was (Korea JoongAng Daily): not 'Kim Byung-kee is Democratic Party floor
    leader'. A successor known only as in office by a day is told 'by' it, never 'became'."""
    reply = ask(question)
    assert "Kim Byung-kee is" not in reply.text, reply.text
    assert "became" not in reply.text, reply.text


def test_the_later_floor_leaders_are_known(ask):
    assert "Democratic Party floor leader" in ask("who is han byung-do?").text
    assert "People Power Party floor leader" in ask("who is song eon-seog?").text
    assert "2026년 2월 4일 기준" in ask("김병기는 누구야?").text


@pytest.mark.parametrize(
    "question",
    ["what's the latest on korea us tariffs?", "any news on us korea tariffs?"],
)
def test_a_question_every_report_fits_alike_is_not_answered_with_the_first(ask, question):
    """Only 'tariff', 'Korea' and 'the US': a dozen reports of every kind fit alike, and
    the first (the 2018 steel quota) was given as 'the latest'."""
    reply = ask(question)
    assert "Since 2018" not in reply.text, reply.text


def test_a_plain_rate_question_with_the_same_words_is_still_answered(ask):
    reply = ask("what's the us tariff on korean goods now?")
    assert "10%" in reply.text and "Section 122" in reply.text, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "how long does korea have to make the investments",
        "how long does seoul have to invest the money?",
    ],
)
def test_a_meetings_minutes_are_no_period_of_something_else(ask, question):
    # "a 40-minute meeting" holds a duration, but not of the investment asked about
    answer = ask(question)
    assert "40-minute" not in answer.text and "minute" not in answer.text, answer.text


@pytest.mark.parametrize(
    "question, held",
    [
        ("how long did kim and lutnick talk on the first day", "20 minutes"),
        ("how long was lee's first phone call with trump", "20 minutes"),
        ("how long can section 122 tariffs last", "150 days"),
    ],
)
def test_durations_of_meetings_and_measures_still_answered(ask, question, held):
    answer = ask(question)
    assert answer.answered and held in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    ["how much in ieepa duties is at stake", "how much money in ieepa tariffs is being refunded?"],
)
def test_a_sum_in_duties_is_never_answered_with_a_rate(ask, question):
    answer = ask(question)
    assert "%" not in answer.text.split(".")[0], answer.text
    if answer.answered:
        assert "billion" in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "how much did korean exports to the us fall",
        "by how much did korea's exports to america drop?",
    ],
)
def test_exports_asked_need_an_export_figure(ask, question):
    # "tariffs on automobiles, a key export item, ... lowered to 15%" states no export figure
    answer = ask(question)
    assert "key export item" not in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "what's the difference between 232 and ieepa",
        "what is the difference between the mou and the fact sheet?",
        "how does section 122 differ from ieepa",
    ],
)
def test_a_comparison_no_fact_makes_is_declined(ask, question):
    answer = ask(question)
    assert not answer.answered, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "what's the difference between the old and new car tariff?",
        "difference in duty on a $30,000 car at 15% and 25%?",
    ],
)
def test_differences_of_rates_and_duties_are_still_worked_out(ask, question):
    answer = ask(question)
    assert answer.answered, answer.text


@pytest.mark.parametrize(
    "question", ["who voted against the special act", "which lawmakers voted for the special act?"]
)
def test_who_voted_needs_a_report_of_who_voted(ask, question):
    # the tally (226-8-8) and a party's statement about the bill name no voter
    answer = ask(question)
    assert "Huh Young" not in answer.text, answer.text
    assert not answer.answered or "voted" in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "does the us get 90% of profits from day one",
        "does the us get 90% of the profits right away?",
    ],
)
def test_profit_share_from_the_start_is_the_first_stage(ask, question):
    # 50/50 until Korea's money is recovered, then 90/10: not Lutnick's July "90%"
    answer = ask(question)
    assert answer.text.startswith("No — 50%"), answer.text


def test_how_much_invested_needs_a_sum(ask):
    # a report of the January 2026 talks about investment states no sum invested
    answer = ask("how much had korean firms invested before the talks")
    assert "firmly committed" not in answer.text, answer.text
    assert not answer.answered or "$" in answer.text, answer.text


def test_when_by_asks_a_deadline(ask):
    # "when must projects be selected by?": the committees' report states no deadline
    answer = ask("when must projects be selected by")
    assert "Consultation Committee" not in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "what was the tariff on korean cars under obama",
        "car tariff under biden?",
        "what did moon jae-in say about the tariffs",
        "did xi jinping talk to lee about tariffs",
    ],
)
def test_a_well_known_person_not_in_the_base_is_not_ignored(ask, question):
    # a common word in English text, but a person the sources do not cover: the time or
    # the speaker changes the answer, so never the rate now or another person's words
    answer = ask(question)
    assert not answer.answered, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "is trump going to visit korea in 2026",
        "is trump visiting korea in 2026?",
        "will trump visit seoul",
    ],
)
def test_a_visit_to_come_needs_a_report_of_one(ask, question):
    # Yeo's trip (Trump named in it) and "Trump's October visit" (made) are no answer
    answer = ask(question)
    assert "Yeo" not in answer.text and "October visit" not in answer.text, answer.text


@pytest.mark.parametrize(
    "question, held",
    [
        ("did trump visit korea in 2025", "State Visit in Gyeongju"),
        ("when did yeo visit washington", "arrived in Washington"),
        ("when did kang kyung-wha arrive in washington", "October 4"),
    ],
)
def test_a_visit_made_is_still_answered(ask, question, held):
    answer = ask(question)
    assert answer.answered and held in answer.text, answer.text


def test_tariff_revenue_is_never_a_rate(ask):
    answer = ask("how much did the us collect in tariffs from korea in 2025")
    assert "%" not in answer.text.split(".")[0], answer.text


def test_why_a_rise_only_threatened_gets_the_correction_and_the_reason(ask):
    answer = ask("why did trump raise korea tariffs in jan 2026")
    assert answer.text.startswith("Not in force — only threatened."), answer.text
    assert "legislature" in answer.text or "National Assembly" in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    ["how many boeing jets is korean air getting", "how many boeing planes did korean air buy?"],
)
def test_jets_and_planes_are_aircraft(ask, question):
    answer = ask(question)
    assert answer.answered and "103" in answer.text, answer.text


def test_a_part_naming_only_a_notion_takes_the_first_parts_subject(ask):
    # "what was the vote": the court's 6-3, not the National Assembly's vote on the act
    answer = ask("when did the supreme court rule and what was the vote")
    assert "6-3" in answer.text, answer.text
    assert "226" not in answer.text, answer.text


def test_a_part_the_first_subject_does_not_answer_stays_itself(ask):
    answer = ask("special act passed w/ how many yes votes and whats the corp capital")
    assert "2 trillion won" in answer.text, answer.text


def test_a_question_mark_ends_a_part(ask):
    answer = ask("car tariff now? and in may 2025?")
    assert "is 15%" in answer.text and "In May 2025" in answer.text, answer.text


@pytest.mark.parametrize(
    "question, rate, duty",
    [
        ("duty on $30k of pharma at 100%", "100%", "$30,000"),
        ("how much would $30k of pharma pay at the threatened 100%", "100%", "$30,000"),
        ("duty on $30k of cars at 25%", "25%", "$7,500"),
    ],
)
def test_a_duty_at_a_stated_rate_uses_that_measure(ask, question, rate, duty):
    # the 100% announced in September 2025, not the newest rise said (25%)
    answer = ask(question)
    assert f"{rate} tariff announced" in answer.text and duty in answer.text, answer.text


@pytest.mark.parametrize(
    "question", ["duty on $30k of cars at 30%", "duty on $10k of memory chips"]
)
def test_no_duty_at_a_rate_no_report_gives_or_on_goods_excluded(ask, question):
    answer = ask(question)
    assert not answer.answered, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "what did korea agree on digital trade",
        "what did they discuss about pharmacy benefit managers?",
        "what is the 123 agreement",
    ],
)
def test_an_unknown_topic_is_declined(ask, question):
    # the auto tariff or the chip terms answer none of these
    answer = ask(question)
    assert not answer.answered, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "did korea and the us agree on rice",
        "what did kim and lutnick talk about",
        "when did the 232 tariffs on lumber start",
    ],
)
def test_a_known_topic_still_answered(ask, question):
    assert ask(question).answered


def test_a_bare_rate_going_to_is_no_investment(ask):
    # "goes to 25" with nothing before it: a rate with no subject, not the pledge
    answer = ask("ok and if it goes to 25?")
    assert not answer.answered, answer.text


@pytest.mark.parametrize(
    "question, day",
    [
        ("what happened on jan 26", "January 26, 2026"),
        ("what happened on feb 20", "February 20, 2026"),
        ("what happened on june 4", "June 4, 2025"),
    ],
)
def test_a_day_without_its_year_is_the_one_year_with_stories(ask, question, day):
    answer = ask(question)
    assert answer.answered and answer.text.startswith(f"On {day}"), answer.text


def test_a_day_with_stories_in_both_years_is_not_guessed(ask):
    # March 12: steel tariffs in 2025, the Special Act in 2026
    answer = ask("what happened on march 12")
    assert not answer.answered or ("2025" in answer.text and "2026" in answer.text), answer.text


def test_the_trade_courts_vote_on_section_122(ask):
    answer = ask("what was the vote in the cit section 122 case")
    assert answer.answered and "2-1" in answer.text, answer.text


@pytest.mark.parametrize(
    "question, held",
    [
        ("what is proclamation 11012", "Proclamation No. 11012"),
        ("what's executive order 14257", "Executive Order 14257"),
    ],
)
def test_a_numbered_document_is_the_report_naming_it(ask, question, held):
    answer = ask(question)
    assert answer.answered and held in answer.text, answer.text


def test_a_numbered_document_no_report_names_is_declined(ask):
    assert not ask("what is executive order 14346").answered


def test_stacking_asked_with_a_rate_gets_no_yes(ask):
    # "on top of": whether duties stack, which the 15% alone does not tell
    answer = ask("do korean cars pay mfn on top of 15%")
    assert not answer.text.startswith("Yes"), answer.text
    assert "all-inclusive" in answer.text, answer.text


def test_a_season_is_no_time_the_base_can_place(ask):
    # "in summer 2025" was answered with the rate now
    answer = ask("what was the car tariff in summer 2025")
    assert "As of June 8, 2026" not in answer.text, answer.text


def test_no_source_line_for_a_part_a_later_part_answers(ask):
    # the second part, asked of the first's subject, tells when it expires: the first is
    # not also said to have no source
    answer = ask("When does the temporary Section 122 surcharge expire, and what happens then?")
    assert "July 24, 2026" in answer.text, answer.text
    assert "I don't have a sourced fact" not in answer.text, answer.text


@pytest.mark.parametrize(
    "question", ["did korea stop the tariff increase", "did seoul manage to block the tariff hike?"]
)
def test_stopping_a_rise_is_no_claim_of_a_rise(ask, question):
    # was "Yes — on August 7, 2025 it rose from 10% to 15%."
    answer = ask(question)
    assert "it rose" not in answer.text and not answer.text.startswith("Yes"), answer.text


def test_the_person_a_threat_names_did_not_say_it(ask):
    # Lee is named in Trump's post as the one the deal was reached with, not as a speaker
    answer = ask("what did lee say about the 25% threat")
    assert "Trump said in a Truth Social post" not in answer.text.split(".")[0], answer.text


@pytest.mark.parametrize(
    "question", ["is the won gonna go up", "the won weakened after the threat right?"]
)
def test_the_wons_value_is_declined(ask, question):
    # was answered with the January 2026 tariff threat ("go up" read as a hike)
    answer = ask(question)
    assert not answer.answered and "won" in answer.text, answer.text


@pytest.mark.parametrize("question", ["when's the next meeting", "when is the next round of talks"])
def test_the_next_meeting_is_a_meeting_set_for_later(ask, question):
    # was the Special Act's passage: the newest of three close reports holding "again"
    answer = ask(question)
    assert "agreed to meet again" in answer.text, answer.text
