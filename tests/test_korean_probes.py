"""Korean questions no question set holds, written as Korean users type them in Discord,
that the bot once answered wrongly (tests/probes/ keeps each batch with its verdicts).
Each kind: the question that was wrong, paraphrases, and a near miss that must still
answer."""

from __future__ import annotations

import pytest

# --- a vote score written without spaces ("몇대몇") --------------------------------------


@pytest.mark.parametrize(
    "question",
    ["대법원 판결 몇대몇이었어", "대법원 몇대몇으로 판결했어?", "대법원 판결 몇 대몇이었음?"],
)
def test_a_vote_score_without_spaces_is_the_vote(engine, question):
    answer = engine.ask(question)
    assert answer.answered and "6대 3" in answer.text, answer.text


@pytest.mark.parametrize(
    "question", ["현대차 미국에 몇대 팔았어?", "현대차는 미국에 몇 대 팔았어?"]
)
def test_cars_counted_are_a_sales_volume(engine, question):
    """Once answered with Hyundai's profit."""
    assert not engine.ask(question).answered


@pytest.mark.parametrize(
    "question",
    [
        "보잉 항공기 몇대 사기로 했어",
        "보잉 항공기 몇 대 사기로 했어",
        "대한항공 보잉 몇 대 주문했어?",
    ],
)
def test_planes_ordered_are_the_order_the_reports_count(engine, question):
    answer = engine.ask(question)
    assert answer.answered and "103대" in answer.text, answer.text


# --- goods the sources give no rate for, spelled like an ending or a verb ------------------


@pytest.mark.parametrize(
    "question",
    [
        "한국 라면 관세 몇퍼야",
        "라면 관세 몇 %야?",
        "라면은 관세 붙어?",
        "타이어 관세 몇 %야",
        "타이어에도 관세 붙어?",
    ],
)
def test_goods_with_no_sourced_rate_are_declined(engine, question):
    assert not engine.ask(question).answered


def test_if_it_were_25_percent_is_still_a_condition(engine):
    """'25%라면' is the ending '-라면' (if it is), not ramen."""
    answer = engine.ask("관세가 25%라면 3만 달러 차는 얼마 내?")
    assert answer.answered and "7,500" in answer.text, answer.text


def test_the_tire_maker_is_still_found(engine):
    answer = engine.ask("한국타이어 소송 뭐야")
    assert answer.answered and "한국타이어" in answer.text, answer.text


# --- a quota, a tonnage: not today's rate ------------------------------------------------


@pytest.mark.parametrize(
    "question",
    ["철강 쿼터 몇 톤이었어", "한국 철강 쿼터는 얼마였어?", "철강 무관세 쿼터 몇 톤이야?"],
)
def test_the_steel_quota_is_its_tonnage_not_the_rate(engine, question):
    answer = engine.ask(question)
    assert answer.answered and "263만 톤" in answer.text, answer.text


def test_the_steel_rate_is_still_the_rate(engine):
    answer = engine.ask("철강 관세 지금 얼마야")
    assert answer.answered and "50%" in answer.text, answer.text


# --- "처음에": the first rate, not today's ----------------------------------------------


@pytest.mark.parametrize(
    "question, rate, day",
    [
        ("자동차 관세 처음에 몇 %였어?", "25%", "2025년 4월 3일"),
        ("철강 관세 처음엔 얼마였어", "25%", "2025년 3월 12일"),
        ("What was the car tariff at first?", "25%", "April 3, 2025"),
    ],
)
def test_the_first_rate_is_the_first_collected(engine, question, rate, day):
    answer = engine.ask(question)
    assert answer.answered and rate in answer.text and day in answer.text, answer.text
    assert "15%" not in answer.text, answer.text


@pytest.mark.parametrize(
    "question", ["상호관세 처음에 몇 %였어", "what was the first reciprocal tariff rate on Korea?"]
)
def test_a_first_rate_the_reports_disagree_on_is_declined(engine, question):
    """Korea's reciprocal rate: 10% baseline, 25% announced then paused, 10% collected."""
    assert not engine.ask(question).answered


def test_the_rate_now_is_still_today_s(engine):
    answer = engine.ask("처음엔 25%였는데 지금 자동차 관세는 얼마야?")
    assert answer.answered and "15%" in answer.text, answer.text


# --- a count the question states must be in the answer ---------------------------------


@pytest.mark.parametrize(
    "question",
    ["90일 유예는 언제 발표됐어?", "90일 유예 언제 발표했어?", "상호관세 90일 유예 언제였어"],
)
def test_the_90_day_pause_is_not_another_grace_period(engine, question):
    """Not the 18-month grace period of the pharmaceutical threat."""
    answer = engine.ask(question)
    assert answer.answered and "2025년 4월 9일" in answer.text, answer.text
    assert "18개월" not in answer.text, answer.text


@pytest.mark.parametrize("question", ["407개 품목 추가 언제야", "407개 품목은 언제 추가됐어?"])
def test_a_stated_count_no_chosen_report_holds_is_not_answered_with_another_measure(
    engine, question
):
    answer = engine.ask(question)
    assert not answer.answered or "407" in answer.text, answer.text


def test_a_stated_count_the_report_holds_is_answered(engine):
    answer = engine.ask("철강 파생상품 407개 언제 추가됐어?")
    assert answer.answered and "407" in answer.text, answer.text


# --- "유예 기간에": during a named period ------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "90일 유예 기간에 한국산 제품에는 몇 % 관세가 붙었어?",
        "90일 유예 기간 중에 상호관세 얼마였어",
    ],
)
def test_during_the_pause_is_the_rate_of_the_pause(engine, question):
    answer = engine.ask(question)
    assert answer.answered and "10%" in answer.text and "2025년 4월 9일" in answer.text, answer.text
    assert "122" not in answer.text, answer.text


# --- "처음 부과된 날": the day a rate was first collected ---------------------------------


@pytest.mark.parametrize(
    "question", ["자동차 관세 25% 처음 부과된 날", "자동차 관세 25%가 처음 부과된 날은?"]
)
def test_the_day_a_rate_was_first_imposed_is_its_start(engine, question):
    answer = engine.ask(question)
    assert answer.answered and "2025년 4월 3일" in answer.text, answer.text
    assert "2026년 1월 26일" not in answer.text, answer.text


def test_the_start_asked_with_when_still_answers(engine):
    answer = engine.ask("자동차 관세 25%는 언제부터 적용됐나요?")
    assert answer.answered and "2025년 4월 3일" in answer.text, answer.text


# --- "몇 %야" with no product: the rate on Korean goods, not a random report ---------------


@pytest.mark.parametrize(
    "question", ["지금 관세 몇 %야?", "관세 몇프로임 지금", "관세 지금 몇 %임"]
)
def test_the_rate_asked_with_a_sign_is_the_rate_on_korean_goods(engine, question):
    """Once answered with the 2018 steel quota."""
    answer = engine.ask(question)
    assert answer.answered and "10%" in answer.text and "122" in answer.text, answer.text
    assert "263만 톤" not in answer.text, answer.text


# --- a month named without its year ------------------------------------------------------


@pytest.mark.parametrize(
    "question, rate, day",
    [
        ("10월에 자동차 관세 몇 %였어?", "25%", "2025년 10월"),
        ("8월 7일부터 관세 몇 %였어?", "15%", "2025년 8월 7일"),
        ("what was the car tariff in october?", "25%", "October 2025"),
        ("what was the tariff on korean goods on august 7?", "15%", "August 7, 2025"),
    ],
)
def test_a_month_without_its_year_is_the_one_year_it_fell_in(engine, question, rate, day):
    """October fell only in 2025 of the dispute: not today's 15% (or 10%)."""
    answer = engine.ask(question)
    assert answer.answered and rate in answer.text and day in answer.text, answer.text


def test_a_month_of_both_years_is_declined(engine):
    """January: 2025 (no car tariff yet) or 2026 (15%)."""
    assert not engine.ask("1월에 자동차 관세 몇 %였어?").answered


def test_a_day_naming_the_deal_is_not_the_time_asked(engine):
    answer = engine.ask("7월 30일 합의에서 상호관세율은 몇 %로 정해졌어?")
    assert answer.answered and "15%" in answer.text, answer.text


def test_a_month_ahead_is_still_today_s_rate(engine):
    answer = engine.ask("How much will the tariff on Korean autos be in March?")
    assert answer.answered and "15%" in answer.text, answer.text


# --- casual check tags ("맞음?", "~임?") and "N프로" -------------------------------------


@pytest.mark.parametrize(
    "question", ["한국산 차 관세 15프로 맞음?", "한국산 차 관세 15% 맞음?", "자동차 관세 15%임?"]
)
def test_a_true_rate_checked_casually_opens_with_yes(engine, question):
    """Once answered with the January 2026 threat and no yes."""
    answer = engine.ask(question)
    assert answer.answered and answer.text.startswith("네, 15%"), answer.text


@pytest.mark.parametrize("question", ["자동차 관세 25% 맞음?", "철강 관세 25프로임?"])
def test_a_wrong_rate_checked_casually_is_corrected(engine, question):
    answer = engine.ask(question)
    assert answer.answered and answer.text.startswith("아니요, 25%가 아니라"), answer.text


# --- one part of the pledge said to be the other ------------------------------------------


@pytest.mark.parametrize(
    "question, opening",
    [
        (
            "조선 1500억 달러는 현금이야?",
            "아니요, 1,500억 달러 ($150 billion)가 아니라 2,000억 달러",
        ),
        ("Is the $150 billion for shipbuilding cash?", "No — $200 billion, not $150 billion"),
        (
            "현금 2000억 달러는 조선 투자야?",
            "아니요, 2,000억 달러 ($200 billion)가 아니라 1,500억 달러",
        ),
    ],
)
def test_one_part_said_to_be_the_other_is_corrected_by_parts(engine, question, opening):
    """Once corrected to the whole ($350 billion), as if the total had been misstated."""
    answer = engine.ask(question)
    assert answer.answered and answer.text.startswith(opening), answer.text
    assert "3,500억" not in answer.text and "$350" not in answer.text, answer.text


def test_a_part_stated_right_is_still_confirmed(engine):
    answer = engine.ask("조선 협력 1500억 달러 맞아?")
    assert answer.answered and answer.text.startswith("네, 1,500억 달러"), answer.text


# --- "트럼프 서한": Trump's letter, not another's -----------------------------------------


@pytest.mark.parametrize(
    "question",
    ["트럼프 서한 언제 보냈어", "트럼프 관세 서한 언제 왔어?", "When did Trump send the letter?"],
)
def test_trump_s_letter_is_trump_s(engine, question):
    """Once answered with Kim Jung-kwan's letter to Lutnick (November 26, 2025): the phrase
    '트럼프 서한' was a vocabulary word of its own and hid Trump's name."""
    answer = engine.ask(question)
    assert answer.answered and ("7월 7일" in answer.text or "July 7" in answer.text), answer.text
    assert "11월 26일" not in answer.text and "November 26" not in answer.text, answer.text


def test_trump_s_letter_asked_otherwise_is_never_kim_s(engine):
    answer = engine.ask("트럼프가 서한 보낸 게 언제야?")
    assert "11월 26일" not in answer.text, answer.text


def test_kim_s_letter_is_still_kim_s(engine):
    answer = engine.ask("김정관 서한 언제 보냈어?")
    assert answer.answered and "2025년 11월 26일" in answer.text, answer.text


# --- Korean goods before any rate the sources report ---------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "2023년 한국 상호관세는?",
        "2024년 상호관세 몇 %였어?",
        "what was the reciprocal tariff in 2023?",
    ],
)
def test_korean_goods_before_the_dispute_are_declined(engine, question):
    """Once answered with the 15% of August 2025."""
    assert not engine.ask(question).answered


def test_a_product_before_its_first_rate_is_still_told(engine):
    answer = engine.ask("2023년 자동차 관세는?")
    assert answer.answered and "2025년 4월 3일" in answer.text, answer.text


# --- a noun with the past copula ("만장일치였어") is a word, not a verb -------------------


@pytest.mark.parametrize("question", ["특별법 만장일치였어?", "특별법 표결 만장일치였나요?"])
def test_a_noun_in_the_past_copula_is_read(engine, question):
    """Once answered with Kim Jung-kwan's March 6 meeting: '만장일치' was dropped."""
    answer = engine.ask(question)
    assert not answer.answered or "226" in answer.text, answer.text


def test_a_rate_in_the_past_copula_is_still_the_rate(engine):
    answer = engine.ask("2025년 9월에 한국 자동차 관세는 얼마였어?")
    assert answer.answered and "25%" in answer.text, answer.text


# --- a rate stated with a check ending ("20%야?") is a yes/no question ---------------------


@pytest.mark.parametrize("question", ["한국 상호관세 20%야?", "상호관세 20%지?", "상호관세 41%야?"])
def test_a_wrong_rate_on_korean_goods_is_answered_no(engine, question):
    """Once answered with the July 2025 order's rates for other countries (Taiwan's 20%)."""
    answer = engine.ask(question)
    assert answer.answered and answer.text.startswith("아니요"), answer.text
    assert "대만" not in answer.text, answer.text


def test_a_past_rate_checked_is_still_told_from_its_time(engine):
    """'26%였지?': the annex's 26%, corrected to 25% on April 3, 2025; not today's rate."""
    answer = engine.ask("한국 상호관세 26%였지?")
    assert answer.answered and "26%" in answer.text and "25%" in answer.text, answer.text


# --- "작년 10월", "올해": a year told against today ------------------------------------------


@pytest.fixture
def in_late_2026(monkeypatch):
    import datetime as dt

    from engine import clock

    monkeypatch.setattr(clock, "today", lambda: dt.date(2026, 11, 30))


@pytest.mark.parametrize(
    "question, expected",
    [
        ("3만달러 차 관세 얼마였어 작년 10월에", "7,500"),
        ("작년 10월 자동차 관세는?", "25%"),
        ("작년 11월 자동차 관세 얼마였어", "15%"),
    ],
)
def test_last_year_is_read_as_that_year(engine, in_late_2026, question, expected):
    """Once answered with today's 15% ($4,500), '작년 10월' left unread."""
    answer = engine.ask(question)
    assert answer.answered and expected in answer.text and "2025년" in answer.text, answer.text


def test_a_month_of_both_years_asked_plainly_is_declined(engine):
    """'지난 4월': April 2025 (25%) or April 2026 (15%): once answered with April 2025."""
    assert not engine.ask("지난 4월 자동차 관세는?").answered


# --- a rate in force confirmed is not "only announced" -------------------------------------


@pytest.mark.parametrize("question", ["의약품 관세 한국은 15% 상한이지?", "의약품 관세 15%야?"])
def test_a_rate_in_force_asked_of_is_confirmed(engine, question):
    """Once opened '시행되지 않았습니다. 발표만 되었습니다.' before telling 15% in force."""
    answer = engine.ask(question)
    assert answer.answered and answer.text.startswith("네, 15%"), answer.text


@pytest.mark.parametrize("question", ["의약품 관세 25%로 올랐어?", "목재 관세 25%로 올랐어?"])
def test_a_rise_only_announced_is_still_not_in_force(engine, question):
    answer = engine.ask(question)
    assert answer.answered and answer.text.startswith("시행되지 않았습니다"), answer.text


# --- "처음 발표한 게 언제야?": the first announcement, not the newest ----------------------


@pytest.mark.parametrize(
    "question, day",
    [
        ("처음 자동차 관세 발표한 게 언제야?", "2025년 3월 26일"),
        ("자동차 관세 처음 발표 언제였어?", "2025년 3월 26일"),
        ("When was the car tariff first announced?", "March 26, 2025"),
    ],
)
def test_the_first_announcement_is_the_earliest(engine, question, day):
    """Once answered with the January 26, 2026 announcement of 25%."""
    answer = engine.ask(question)
    assert answer.answered and answer.text.find(day) != -1, answer.text
    assert not answer.text.startswith("2026년 1월 26일"), answer.text


def test_the_newest_announcement_asked_is_still_the_newest(engine):
    answer = engine.ask("트럼프가 자동차 관세 25% 발표한 게 언제야?")
    assert answer.answered and "2026년 1월 26일" in answer.text, answer.text


# --- "어디서": the answer names the place -------------------------------------------------


@pytest.mark.parametrize("question", ["조지아 단속 어디서 있었어", "조지아 이민단속 어디서 했어?"])
def test_a_place_asked_is_named_in_the_answer(engine, question):
    """Once answered with the agencies' report, which names no place ('the site')."""
    answer = engine.ask(question)
    assert answer.answered and "조지아주" in answer.text, answer.text


def test_where_the_information_comes_from_is_still_the_sources(engine):
    answer = engine.ask("이 정보 어디서 나온 거야?")
    assert answer.answered and "출처" in answer.text, answer.text
