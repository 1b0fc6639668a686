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
        "is the car tariff higher than the steel tariff",
        "After the deal, do Korean cars and parts also pay the Section 232 steel and aluminum duties?",
    ],
)
def test_products_compared_or_asked_together_are_not_split(ask, question):
    answer = ask(question)
    assert "autos is 15%" not in answer.text or "steel is 50%" not in answer.text, answer.text


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
        "when did kim jung-kwan become minister?",  # no report of his taking office
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
