"""Yes/No confirmations beyond rates (handlers/confirm.py) and relative times after the
newest report (engine/when.py): a stated office, a vote count, who did something, a
court ruling's reach, a signing; "yesterday" after the newest source is declined."""

from __future__ import annotations

import datetime as _dt

import pytest

from engine import clock
from handlers import confirm


def _opens(answer, word: str) -> bool:
    return answer.answered and answer.text.startswith(word)


# --- offices -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question, right, named",
    [
        ("is bessent the commerce sec?", "Treasury", "Lutnick"),
        ("is lutnick the treasury sec?", "Commerce", "Bessent"),
        ("wait so bessent is the commerce secretary right", "Treasury", "Lutnick"),
    ],
)
def test_a_wrong_office_is_a_no_with_each_ones_office(ask, question, right, named):
    answer = ask(question)
    assert _opens(answer, "No"), answer.text
    assert right in answer.text and named in answer.text, answer.text
    assert answer.sources


@pytest.mark.parametrize(
    "question, office",
    [
        ("is lutnick the commerce secretary?", "Commerce"),
        ("bessent is the treasury secretary right?", "Treasury"),
        ("is kim min-seok the prime minister?", "Prime Minister"),
        ("is lee jae-myung the president?", "President"),
    ],
)
def test_a_right_office_is_a_yes(ask, question, office):
    answer = ask(question)
    assert _opens(answer, "Yes"), answer.text
    assert office in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "is han duck-soo the prime minister?",  # until May 2025
        "is koo yun-cheol the prime minister?",  # the deputy prime minister
        "is choi sang-mok the acting president?",  # no later office sourced
    ],
)
def test_an_office_not_held_now_is_never_a_yes(ask, question):
    answer = ask(question)
    assert not answer.text.startswith("Yes"), answer.text


def test_the_office_asked_is_the_one_shown(ask):
    answer = ask("is yeo han-koo the industry minister?")
    assert _opens(answer, "No"), answer.text
    assert "Kim Jung-kwan is Industry Minister" in answer.text, answer.text


def test_a_shared_family_name_alone_does_not_name_a_person(ask):
    # "kim" is in three names: Kim Yong-beom is named, "industry minister" is Kim Jung-kwan
    answer = ask("is kim yong-beom the industry minister?")
    assert _opens(answer, "No"), answer.text
    assert "Kim Jung-kwan is Industry Minister" in answer.text, answer.text


def test_two_people_are_shown_by_the_offices_they_are_known_by(ask):
    answer = ask("kim jung-kwan and kim yong-beom - same guy?")
    assert "industry minister" in answer.text.lower(), answer.text
    assert "Chair of" not in answer.text


def test_an_office_once_held_is_never_a_no(ask):
    # "prime minister" names Kim Min-seok now; Han Duck-soo held the office before him
    answer = ask("was han duck-soo the prime minister?")
    assert not answer.text.startswith("No"), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "kim jung-kwan and kim yong-beom - same guy?",
        "is yeo han-koo the same person as kim jung-kwan?",
    ],
)
def test_two_people_are_not_one(ask, question):
    answer = ask(question)
    assert _opens(answer, "No"), answer.text
    assert answer.text.count(" is ") >= 2, answer.text  # each one's office


def test_an_office_check_in_korean(ask):
    answer = ask("베선트가 상무장관이야?")
    assert _opens(answer, "아니요"), answer.text
    assert "재무장관" in answer.text, answer.text


# --- a vote count -------------------------------------------------------------------


def test_a_right_vote_count_is_a_yes(ask):
    answer = ask("scotus tariff ruling was 6-3 right?")
    assert _opens(answer, "Yes"), answer.text
    assert "6-3" in answer.text


def test_a_wrong_vote_count_is_a_no(ask):
    answer = ask("the supreme court tariff ruling was 7-2, right?")
    assert _opens(answer, "No"), answer.text
    assert "6-3" in answer.text


@pytest.mark.parametrize(
    "question, vote",
    [
        ("scotus vote?", "6-3"),
        ("how did the supreme court vote on the tariffs?", "6-3"),
        ("the special act passed 226 to 8 right?", "226"),
    ],
)
def test_the_vote_asked_is_the_vote_reported(ask, question, vote):
    answer = ask(question)
    assert answer.answered and vote in answer.text, answer.text


def test_a_wrong_tally_is_a_no(ask):
    answer = ask("the special act passed 226-0 right?")
    assert _opens(answer, "No"), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "what % voted yes on the special act (of those present)",
        "why did the national assembly vote down the special act?",
    ],
)
def test_a_question_about_the_vote_but_not_its_count_is_not_answered_with_it(ask, question):
    answer = ask(question)
    assert not (answer.answered and answer.text.startswith(("Yes", "On Thursday"))), answer.text


# --- who did it ----------------------------------------------------------------------


def test_an_agency_the_sources_name_is_a_yes(ask):
    answer = ask("was it ICE that did the raid?")
    assert _opens(answer, "Yes"), answer.text
    assert "ICE" in answer.text


def test_an_agency_the_sources_do_not_name_is_never_a_yes(ask):
    # the sources list agencies "including" some: one not listed is not a settled No either
    answer = ask("was it the CIA that did the raid?")
    assert not answer.text.startswith(("Yes", "No")), answer.text


def test_another_companys_plant_is_a_no(ask):
    answer = ask("so samsung's georgia plant got raided?")
    assert _opens(answer, "No"), answer.text
    assert "Hyundai" in answer.text


def test_an_agency_named_in_korean_gets_what_the_report_says(ask):
    answer = ask("ICE가 단속했어?")
    assert answer.answered and "ICE" in answer.text, answer.text


def test_the_owner_of_the_plant_is_a_yes(ask):
    answer = ask("so hyundai's georgia plant got raided?")
    assert _opens(answer, "Yes"), answer.text


def test_a_figure_asked_must_be_in_the_report_naming_them(ask):
    answer = ask("did ICE arrest 475 people?")
    assert not answer.text.startswith("Yes"), answer.text
    assert not answer.answered or "475" in answer.text, answer.text


def test_companies_named_by_the_sources_answer_without_a_verdict(ask):
    answer = ask("did samsung n sk hynix get a pass on the 100% chip thing")
    assert answer.answered, answer.text
    assert not answer.text.startswith(("Yes", "No")), answer.text
    assert "Samsung" in answer.text and "build" in answer.text


def test_a_company_the_report_does_not_name_gets_no_other_companys_story(ask):
    answer = ask("hyundai sued for refunds?")
    assert not answer.answered, answer.text
    assert "Hankook" not in answer.text


def test_a_company_the_report_names_gets_what_it_says(ask):
    answer = ask("hankook sued for refunds?")
    assert answer.answered and "Hankook" in answer.text, answer.text
    assert not answer.text.startswith(("Yes", "No")), answer.text


def test_a_company_the_sources_do_not_tie_to_it_is_not_a_no(ask):
    answer = ask("did samsung invest in the us?")
    assert not answer.text.startswith("No"), answer.text


# --- what a ruling struck down -------------------------------------------------------


def test_the_ruling_did_not_touch_the_car_tariffs(ask):
    answer = ask("did the supreme court kill the car tariffs lol")
    assert _opens(answer, "No"), answer.text
    assert "232" in answer.text and "IEEPA" in answer.text


def test_the_ruling_struck_down_the_ieepa_tariffs(ask):
    answer = ask("did scotus kill trumps tariffs or what")
    assert _opens(answer, "Yes"), answer.text
    assert "IEEPA" in answer.text


# --- signed or not -----------------------------------------------------------------


@pytest.mark.parametrize(
    "question", ["was the july deal signed tho", "lee signed the deal in july right"]
)
def test_the_july_deal_was_not_signed(ask, question):
    answer = ask(question)
    assert _opens(answer, "No"), answer.text
    assert "not signed" in answer.text


@pytest.mark.parametrize(
    "question", ["was the july deal signed in the end?", "did the deal ever get signed"]
)
def test_a_later_signing_is_never_a_no(ask, question):
    answer = ask(question)
    assert not answer.text.startswith("No"), answer.text


def test_a_role_the_report_gives_another_is_never_a_yes(ask):
    answer = ask("was it the FBI that led the raid?")
    assert not answer.text.startswith("Yes"), answer.text


def test_a_vote_check_in_korean(ask):
    answer = ask("대법원 관세 판결은 7대 2였죠?")
    assert _opens(answer, "아니요"), answer.text
    assert "6-3" in answer.text


@pytest.mark.parametrize(
    "question, opener",
    [
        ("대법원 판결로 자동차 관세도 없어졌어?", "아니요"),
        ("대법원이 트럼프 관세를 무효로 했어?", "네"),
        ("7월 합의는 서명됐어?", "아니요"),
    ],
)
def test_korean_confirmations(ask, question, opener):
    answer = ask(question)
    assert _opens(answer, opener), answer.text


def test_the_ruling_left_cars_and_steel(ask):
    answer = ask(
        "Did the Supreme Court ruling remove the Section 232 tariffs on Korean cars and steel?"
    )
    assert _opens(answer, "No"), answer.text
    assert "autos" in answer.text and "steel" in answer.text, answer.text


def test_the_mou_was_signed(ask):
    answer = ask("was the mou signed?")
    assert not answer.text.startswith("No"), answer.text


# --- a claim the report denies ------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "did seoul get official notice of the 25% hike",
        "Did Seoul receive official notice of the January 2026 tariff increase?",
    ],
)
def test_a_notice_the_report_denies_is_a_no(ask, question):
    answer = ask(question)
    assert _opens(answer, "No"), answer.text
    assert "no official" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "did seoul get official notice of the 30% hike",
        "did korea get official notice of the july deal?",
    ],
)
def test_a_denial_of_another_measure_is_never_a_no(ask, question):
    answer = ask(question)
    assert not answer.text.startswith("No"), answer.text


# --- "again" as filler ---------------------------------------------------------------


@pytest.mark.parametrize(
    "question, office", [("whos lutnick again", "Commerce"), ("who is bessent again?", "Treasury")]
)
def test_again_after_who_is_is_filler(ask, question, office):
    answer = ask(question)
    assert answer.answered and office in answer.text, answer.text
    assert "meet again" not in answer.text


def test_again_after_a_bare_what_is_filler(ask):
    answer = ask("what's the reciprocal rate again?")
    assert answer.answered and "10%" in answer.text, answer.text


def test_again_after_a_verb_is_still_read(ask):
    answer = ask("did kim and lutnick agree to meet again")
    assert answer.answered and "again" in answer.text, answer.text


# --- relative times ------------------------------------------------------------------

LATER = _dt.date(2026, 11, 30)


@pytest.mark.parametrize(
    "question",
    [
        "What did Trump post about Korea yesterday?",
        "what did trump say about korean tariffs today",
        "any news on the tariffs this week?",
        "what did lutnick say last week",
        "what did lutnick say in the last few days",
        "did lee say anything this morning",
        "what did trump say 2 days ago",
        "is trump meeting lee tonight?",
        "will trump announce new tariffs tomorrow?",
        "is there a meeting this week?",
    ],
)
def test_a_relative_time_after_the_newest_report_is_declined(engine, question):
    with clock.frozen(LATER):
        answer = engine.ask(question)
    assert not answer.answered, answer.text
    assert "June 8, 2026" in answer.text, answer.text


@pytest.mark.parametrize(
    "question", ["What's the weather in Seoul today?", "hyundai share price today"]
)
def test_a_question_outside_the_sources_keeps_its_own_decline(engine, question):
    with clock.frozen(LATER):
        answer = engine.ask(question)
    assert not answer.answered and "June 8, 2026" not in answer.text, answer.text


def test_a_relative_time_in_korean(engine):
    with clock.frozen(LATER):
        answer = engine.ask("트럼프가 어제 한국에 대해 뭐라고 했어?")
    assert not answer.answered, answer.text
    assert "2026년 6월 8일" in answer.text, answer.text


@pytest.mark.parametrize(
    "question, figure",
    [
        ("whats the car tariff today", "15%"),
        ("who is the us commerce secretary today?", "Lutnick"),
        ("duty on a 55k genesis today", "8,250"),
        ("how much duty did a 40k korean car pay in oct 2025 and how much today", "6,000"),
    ],
)
def test_today_in_a_question_about_now_is_now(engine, question, figure):
    with clock.frozen(LATER):
        answer = engine.ask(question)
    assert answer.answered and figure in answer.text, answer.text


def test_yesterday_inside_the_sources_is_that_day(engine):
    with clock.frozen(_dt.date(2025, 8, 26)):
        q = engine.parse("What did Trump post about Korea yesterday?")
    assert not confirm.after_newest(q, engine.base)
    assert [(d.year, d.month, d.day) for d in q.time.days] == [(2025, 8, 25)]


@pytest.mark.parametrize(
    "text, first, last, present",
    [
        ("what did he say yesterday", (2026, 11, 29), (2026, 11, 29), False),
        ("any news in the past 3 days", (2026, 11, 27), (2026, 11, 30), False),
        ("the car tariff today", (2026, 11, 30), (2026, 11, 30), True),
        ("지난주 소식", (2026, 11, 17), (2026, 11, 23), False),
    ],
)
def test_a_relative_time_is_read_against_today(text, first, last, present):
    from engine.when import read_relative

    with clock.frozen(LATER):
        relative = read_relative(text)
    assert relative is not None
    assert (relative.first, relative.last, relative.present) == (
        _dt.date(*first),
        _dt.date(*last),
        present,
    )


def test_no_relative_time_in_a_plain_question():
    from engine.when import read_relative

    assert read_relative("what is the car tariff in september 2025") is None
