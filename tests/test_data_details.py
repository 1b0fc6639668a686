"""Details the fact base states plainly, so the answer holds the detail asked: each new or
reworded fact is asked in words of our own, with near misses that must not take it."""

from __future__ import annotations

import pytest


def _said(answer) -> str:
    return answer.full_text.lower()


@pytest.mark.parametrize(
    "question",
    ["how long did the june 2025 lee trump phone call last", "length of lee's first trump call"],
)
def test_the_first_lee_trump_call_gives_its_length_in_minutes(ask, question):
    answer = ask(question)
    assert answer.answered, answer.text
    assert "20 minutes" in answer.full_text, answer.full_text


@pytest.mark.parametrize(
    "question",
    ["how did kim's second day with lutnick end", "did kim and lutnick reach a deal on day two"],
)
def test_the_second_day_of_talks_says_it_ended_without_a_deal(ask, question):
    answer = ask(question)
    assert answer.answered, answer.text
    assert "without a deal" in _said(answer) or "inconclusive" in _said(answer), answer.full_text


def test_kims_march_8_remark_on_the_federal_register_is_stated_plainly(ask):
    answer = ask("kim federal register remark march 8 2026")
    assert answer.answered, answer.text
    assert "no federal register notice" in _said(answer), answer.full_text


@pytest.mark.parametrize(
    "question",
    ["who can claim the ieepa tariff refund", "who qualifies for a refund of the ieepa tariffs"],
)
def test_ieepa_refunds_go_to_the_importer_of_record(ask, question):
    answer = ask(question)
    assert answer.answered, answer.text
    assert "importer of record" in _said(answer), answer.full_text


def test_a_korean_refund_question_names_the_importer_of_record(ask):
    answer = ask("IEEPA 관세 환급은 누가 청구하나요?")
    assert answer.answered, answer.text
    assert "수입신고인" in answer.full_text, answer.full_text


def test_who_gets_money_from_the_pledge_is_not_a_refund(ask):
    answer = ask("who gets the money from the 350 billion")
    assert "importer of record" not in _said(answer), answer.full_text


@pytest.mark.parametrize(
    "question",
    ["what's the forced labor section 301 probe", "section 301 probe on forced labour, what is it"],
)
def test_the_forced_labor_probe_is_told_apart(ask, question):
    answer = ask(question)
    assert answer.answered, answer.text
    assert "forced labor" in _said(answer), answer.full_text


@pytest.mark.parametrize(
    "question",
    ["when did the excess capacity probe open", "what is the excess-capacity 301 probe about"],
)
def test_excess_capacity_questions_keep_the_excess_capacity_probe(ask, question):
    answer = ask(question)
    assert answer.answered, answer.text
    first = answer.text.split("Earlier report")[0].lower()
    assert "excess" in first and "forced labor" not in first, answer.full_text


@pytest.mark.parametrize(
    "question",
    [
        "could the overcapacity investigation lead to tariffs on korea",
        "What did USTR announce on March 11, 2026?",
    ],
)
def test_the_forced_labor_probe_never_answers_for_the_march_11_probe(ask, question):
    answer = ask(question)
    assert "forced labor" not in answer.text.split("Earlier report")[0].lower(), answer.full_text


def test_korea_is_in_the_forced_labor_probe(ask):
    answer = ask("is south korea in the forced labour probe")
    assert answer.answered, answer.text
    assert "including south korea" in _said(answer), answer.full_text


def test_a_deal_still_unsigned_is_answered_from_the_newest_report(ask):
    answer = ask("has the korea us trade deal been signed yet")
    assert answer.answered, answer.text
    assert "September 12, 2025" in answer.text and "not been signed" in answer.text, answer.text


def test_the_mou_signing_is_not_the_july_deal(ask):
    answer = ask("when was the MOU signed")
    assert answer.answered, answer.text
    assert "November 14, 2025" in answer.full_text, answer.full_text
    assert "not signed" not in _said(answer), answer.full_text


@pytest.mark.parametrize(
    "question",
    ["what was the supreme court vote on the ieepa tariffs", "supreme court tariff vote count"],
)
def test_the_supreme_court_ruling_gives_its_vote_and_author(ask, question):
    answer = ask(question)
    assert answer.answered, answer.text
    assert "6-3" in answer.text and "Roberts" in answer.text, answer.text


def test_the_ruling_names_the_case(ask):
    answer = ask("When did the US Supreme Court strike down Trump's reciprocal tariffs?")
    assert "Learning Resources" in answer.text, answer.text


def test_lutnick_chairs_the_us_investment_committee(ask):
    answer = ask("who is the chair of the investment committee")
    assert answer.answered, answer.text
    assert "Lutnick" in answer.text, answer.text


@pytest.mark.parametrize(
    "question", ["who chairs the consultation committee", "협의위원회 위원장은 누구야?"]
)
def test_the_korean_consultation_committee_is_not_the_us_committee(ask, question):
    answer = ask(question)
    assert "Lutnick" not in answer.text and "러트닉" not in answer.text, answer.text


def test_the_special_act_names_its_lead_sponsor_and_party(ask):
    answer = ask("who sponsored the US investment special act")
    assert answer.answered, answer.text
    assert "Kim Byung-kee" in answer.text and "Democratic Party" in answer.text, answer.text


def test_the_lumber_rate_under_the_deal_is_the_15_percent_ceiling(ask):
    answer = ask("korean lumber tariff under the deal")
    assert answer.answered, answer.text
    assert "15%" in answer.text, answer.text


def test_masga_is_named_and_explained(ask):
    answer = ask("explain masga to me")
    assert answer.answered, answer.text
    assert "Make American Shipbuilding Great Again" in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    ["korus rate on korean cars before 2025", "under the korea-us fta what did korean cars pay"],
)
def test_korus_car_duty_before_2025_was_zero(ask, question):
    answer = ask(question)
    assert answer.answered, answer.text
    assert "duty-free (0%)" in answer.text, answer.text


def test_a_sum_with_a_product_is_never_answered_by_a_report_without_a_rate(ask):
    answer = ask("$50k of korean machinery (not cars, korus duty free) in 2024 vs now")
    assert "KORUS" not in answer.text or not answer.answered, answer.text


def test_the_investment_corporation_lasts_at_most_20_years(ask):
    answer = ask("how long is the investment corporation meant to exist")
    assert answer.answered, answer.text
    assert "20 years" in answer.text, answer.text


def test_the_special_committee_size_is_answered(ask):
    answer = ask("how many lawmakers were on the special committee for the investment bill")
    assert answer.answered, answer.text
    assert "16 members" in answer.text, answer.text


def test_civil_aircraft_under_the_deal_say_the_tariffs_do_not_apply(ask):
    answer = ask("what does the trade deal mean for korean civil aircraft")
    assert answer.answered, answer.text
    assert "not apply" in answer.text or "not subject" in answer.text, answer.text


def test_the_party_behind_the_special_act_is_named(ask):
    answer = ask("which party sponsored the us investment special act")
    assert answer.answered, answer.text
    assert "Democratic Party" in answer.text, answer.text


def test_the_honor_trump_got_in_gyeongju(ask):
    answer = ask("which honour was trump given in gyeongju")
    assert answer.answered, answer.text
    assert "highest civilian honor" in answer.text, answer.text


@pytest.mark.parametrize(
    "question, expected",
    [
        ("cape refund total by late may 2026", "$85 billion"),
        ("when did cape launch", "April 20, 2026"),
    ],
)
def test_cape_launch_and_its_may_figure_are_told_apart(ask, question, expected):
    answer = ask(question)
    assert answer.answered, answer.text
    assert expected in answer.text.split("Earlier report")[0], answer.text
