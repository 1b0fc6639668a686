"""Korean questions: the same facts, figures and sources as in English, answered in
Korean; Korean amounts read and written the Korean way; won, other countries and
off-topic questions declined in Korean."""

from __future__ import annotations

from decimal import Decimal

import pytest

from engine.money_ko import format_money_ko, format_won_style, korean_number, parse_korean_amounts
from engine.parse import parse_amounts

HANGUL = range(0xAC00, 0xD7A4)


def has_hangul(text: str) -> bool:
    return any(ord(ch) in HANGUL for ch in text)


# --- the Korean question set, scored like the shared English one -------------------

# The Korean question set is scored in tests/test_eval.py with the other sets.


# --- Korean amounts -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, value",
    [
        ("3만", "30000"),
        ("3,500억", "350000000000"),
        ("2천만", "20000000"),
        ("1.2조", "1200000000000"),
        ("1조 2천억", "1200000000000"),
        ("3만 5천", "35000"),
        ("200억", "20000000000"),
        ("5천", "5000"),
        ("30,000", "30000"),
        ("3천5백만", "35000000"),
        ("3만 5000", "35000"),
        ("1억 2천만", "120000000"),
    ],
)
def test_korean_number(text, value):
    assert korean_number(text) == Decimal(value)


@pytest.mark.parametrize(
    "text, value",
    [
        ("3만 달러", "30000"),
        ("3,500억 달러", "350000000000"),
        ("2천만 달러", "20000000"),
        ("1.2조 달러", "1200000000000"),
        ("3만달러짜리 자동차", "30000"),
        ("30,000달러", "30000"),
        ("$3만", "30000"),
        ("5천 불", "5000"),
        ("3,500억을 투자", "350000000000"),
        ("3천5백만 달러", "35000000"),
        ("2026년에 3만 달러", "30000"),
    ],
)
def test_korean_dollar_amounts_in_questions(text, value):
    amounts, problem, _ = parse_amounts(text)
    assert problem is None
    assert amounts == [Decimal(value)]


@pytest.mark.parametrize("text", ["3만 원", "자동차 3만 대", "2026년 1월", "3,500억 원어치"])
def test_won_counts_and_dates_are_not_dollars(text):
    assert parse_korean_amounts(text) == []


def test_amounts_are_decimal():
    amounts, _, _ = parse_amounts("1.2조 달러")
    assert amounts == [Decimal("1200000000000")]
    assert all(isinstance(a, Decimal) for a in amounts)


@pytest.mark.parametrize(
    "value, shown",
    [
        ("350000000000", "3,500억 달러 ($350 billion)"),
        ("30000", "3만 달러 ($30,000)"),
        ("12500", "1만 2,500 달러 ($12,500)"),
        ("1200000000000", "1조 2,000억 달러 ($1.2 trillion)"),
        ("7500", "7,500 달러 ($7,500)"),
        ("7512.5", "7,512.50 달러 ($7,512.50)"),
    ],
)
def test_korean_money_format(value, shown):
    assert format_money_ko(Decimal(value)) == shown


def test_won_style_round_trips():
    for value in ("350000000000", "30000", "12500", "20000000", "1200000000000", "99999999"):
        assert korean_number(format_won_style(Decimal(value))) == Decimal(value)


# --- language detection ---------------------------------------------------------------


def test_language_detection(engine):
    assert engine.parse("What's the new tariff on Korean cars?").lang == "en"
    assert engine.parse("한국산 자동차 관세는 얼마야?").lang == "ko"
    assert engine.parse("Lutnick 누구야?").lang == "ko"


def test_english_answers_stay_english(ask):
    answer = ask("What's the new tariff on Korean cars?")
    assert answer.answered and answer.lang == "en" and not has_hangul(answer.text)


# --- same facts, figures and sources, in Korean ----------------------------------------


@pytest.mark.parametrize(
    "english, korean",
    [
        ("Who is Howard Lutnick?", "하워드 러트닉은 누구야?"),
        # Paraphrases, not a fact's own question word for word (that one answers with its fact
        # directly), so both languages go through the same matching.
        (
            "how much did korea promise to invest in the us",
            "한국은 미국에 얼마를 투자하기로 약속했어?",
        ),
        ("what tariff did trump announce on korean cars", "트럼프가 한국 자동차에 발표한 관세는?"),
        ("when was the mou signed", "양해각서는 언제 서명됐어?"),
        ("Why did Trump raise tariffs on South Korea?", "트럼프는 왜 한국 관세를 올렸어?"),
    ],
)
def test_same_facts_and_sources_as_english(ask, english, korean):
    en, ko = ask(english), ask(korean)
    assert en.answered and ko.answered
    assert ko.facts == en.facts
    assert ko.sources == en.sources
    assert ko.lang == "ko" and has_hangul(ko.text)


def test_mixed_language_question(ask):
    answer = ask("Lutnick 누구야?")
    assert answer.answered and answer.facts == ["howard-lutnick"]
    assert "하워드 러트닉" in answer.text and "상무장관" in answer.text


@pytest.mark.parametrize(
    "question", ["러트닠은 누구?", "한국 의약픔 관세 얼마야", "자동차관세는 얼마야?"]
)
def test_typos_and_spacing(ask, question):
    assert ask(question).answered


def test_computed_answer_in_korean_with_dollar_figures(ask):
    answer = ask("3만 달러짜리 한국 자동차는 관세를 얼마나 더 내야 해?")
    assert answer.answered and answer.facts == ["hike-autos"]
    assert "3,000 달러 ($3,000)" in answer.text
    assert "4,500 달러 ($4,500)" in answer.text and "7,500 달러 ($7,500)" in answer.text
    assert "$30,000 × 25% = $7,500;" in answer.working


def test_pledge_arithmetic_in_korean(ask):
    answer = ask("현금 2,000억 달러를 연간 한도로 내면 몇 년 걸려?")
    assert answer.answered and "10년" in answer.text
    answer = ask("한도대로 내면 3년 후 현금 투자는 얼마야?")
    assert "600억 달러 ($60 billion)" in answer.text


def test_announced_rate_is_not_presented_as_in_effect(ask):
    answer = ask("한국 자동차 관세 인상은 이미 시행됐어?")
    assert answer.answered and answer.status == "announced"
    assert "아닙니다" in answer.text and "발표" in answer.text


def test_quotes_marked_as_translations_with_the_original(ask):
    answer = ask("회담 후 김 장관이 뭐라고 말했어?")
    assert answer.answered
    assert "(번역" in answer.text
    assert (
        "\u201cWe had extensive talks and agreed to meet again tomorrow morning.\u201d"
        in answer.text
    )


def test_korean_follow_up(engine):
    first = engine.ask("3만 달러짜리 한국 자동차 관세 차이는?")
    second = engine.ask("그럼 목재는?", first)
    assert second.answered and second.facts == ["hike-lumber"] and "3만 달러" in second.text


def test_full_question_is_not_taken_as_a_follow_up(engine):
    first = engine.ask("한국 자동차 관세는 얼마야?")
    second = engine.ask("양해각서 서명 날짜는?", first)
    assert second.answered and second.facts[0] == "mou-2025-11-14-electronic-signing"
    assert all(fact.startswith("mou-") for fact in second.facts)
    assert "2025년 11월 14일" in second.text and "자동차" not in second.text


# --- declines in Korean ----------------------------------------------------------------


@pytest.mark.parametrize(
    "question, country",
    [
        ("미국이 일본 자동차에 매기는 관세는?", "일본"),
        ("중국산 목재 관세는 얼마야?", "중국"),
        ("유럽연합도 미국과 무역 합의했어?", "유럽연합"),
    ],
)
def test_other_countries_declined_in_korean(ask, question, country):
    answer = ask(question)
    assert not answer.answered
    assert country in answer.text and "출처" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "3만 원짜리 한국 자동차 관세는 얼마야?",
        "3,500억 원은 달러로 얼마야?",
        "원화로 3만원 자동차 관세",
    ],
)
def test_won_declined_politely_without_a_rate(ask, question):
    answer = ask(question)
    assert not answer.answered
    assert "환율" in answer.text and "달러" in answer.text
    assert not answer.working


def test_korean_decline_with_korean_suggestions(ask):
    answer = ask("한국산 김치 관세는 얼마야?")
    assert not answer.answered and answer.lang == "ko"
    assert answer.text.startswith("그에 대해서는 출처가 있는 사실이 없습니다")
    assert answer.suggestions and all(has_hangul(s) for s in answer.suggestions)


@pytest.mark.parametrize(
    "question", ["오늘 서울 날씨 어때?", "비트코인 가격 알려줘", "안녕 뭐해?", "트럼프 나이는?"]
)
def test_off_topic_declined(ask, question):
    answer = ask(question)
    assert not answer.answered and has_hangul(answer.text)


@pytest.mark.parametrize(
    "question, phrase",
    [("-5만 달러 자동차 관세", "음수"), ("자동차 관세 0 달러에 대한 관세는?", "0")],
)
def test_unusable_amounts_explained_in_korean(ask, question, phrase):
    answer = ask(question)
    assert not answer.answered and phrase in answer.text


def test_korean_autocomplete(engine):
    found = engine.suggestions_for("러트닉", limit=5)
    assert found and "하워드 러트닉은 누구인가요?" in found
    assert all("러트닉" in s for s in found)
    assert not any(has_hangul(s) for s in engine.suggestions_for("tariff on cars", limit=5))


# --- readings of single Korean words ------------------------------------------------


@pytest.mark.parametrize("question", ["한국 차는 관세가 얼마야?", "미국에 차를 팔면 관세는?"])
def test_cha_alone_is_a_car(engine, question):
    assert "autos" in engine.parse(question).products


@pytest.mark.parametrize(
    "question", ["1차 협상은 언제였어?", "몇 차 협상이야?", "관세 차이가 뭐야?"]
)
def test_cha_as_a_round_or_difference_is_not_a_car(engine, question):
    assert "autos" not in engine.parse(question).products


def test_legal_basis_is_not_a_sources_question(engine, ask):
    assert "source" not in engine.parse("철강 관세는 무슨 법에 근거해서 매기는 거야?").asks
    assert "source" in engine.parse("그 답의 근거가 뭐야?").asks
    # the law is not understood: declined, never the bot's list of sources
    answer = ask("철강 관세는 무슨 법에 근거해서 매기는 거야?")
    assert "출처는 138건" not in answer.text


def test_question_word_is_not_yes_or_no(engine):
    assert "yesno" not in engine.parse("몇 명이 체포됐어?").asks
    assert "yesno" not in engine.parse("누가 서명했어?").asks
    assert "yesno" in engine.parse("관세가 인상됐어?").asks


def test_how_many_people_is_about_people(engine, ask):
    assert "term:people" in engine.parse("조지아 배터리 공장 단속으로 몇 명 체포됐나요?").concepts
    answer = ask("조지아 배터리 공장 단속으로 몇 명 체포됐나요?")
    assert answer.answered and "475" in answer.text


@pytest.mark.parametrize(
    "question", ["대미투자특별법은 언제부터 시행돼?", "특별법은 공포되고 나서 언제 시행되나요?"]
)
def test_when_a_law_takes_effect_is_told_by_its_rule(ask, question):
    # no date of effect, but "three months after promulgation": that is the answer
    answer = ask(question)
    assert answer.answered and "3개월" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "김정관과 러트닉은 1월 회담에서 합의했나요?",
        "김 장관과 러트닉은 1월에 만나서 합의에 이르렀어?",
    ],
)
def test_did_they_agree_is_about_a_deal(ask, question):
    # "합의했어?" asks whether a deal was reached, not whether they agreed to meet again
    answer = ask(question)
    assert answer.answered and "합의 없이" in answer.text


def test_connective_seo_is_an_ending(engine):
    q = engine.parse("러트닉을 만나서 뭐 했어?")
    assert "term:meet" in q.concepts and not q.unknown


@pytest.mark.parametrize(
    "question, concept",
    [
        ("미국산 에너지 구매 규모는?", "country:US"),
        ("대미투자특별법 반대표는 몇 표야?", "term:vote"),
    ],
)
def test_korean_variants(engine, question, concept):
    q = engine.parse(question)
    assert concept in q.concepts and not q.blocking


@pytest.mark.parametrize("question", ["관보에 실린 날짜는?", "특별법에 따른 투자 규모는?"])
def test_grammar_words_do_not_block(engine, question):
    assert not engine.parse(question).blocking


def test_time_and_verb_words_that_change_the_answer_still_block(engine):
    # "직후" (right after) pins a time; "받" (receive) says who: neither is dropped
    # ("받을 수 있어", may receive, is read as who is entitled: understood, not dropped)
    assert engine.parse("합의 직후에 관세가 내려갔어?").blocking
    refund = engine.parse("환급은 누가 받을 수 있어?")
    assert refund.blocking or "term:entitled" in refund.concepts


def test_verb_is_not_the_syllable_of_a_name(engine):
    # "정" is part of a person's name in the base; "정해졌어" is a verb (was set)
    q = engine.parse("상호관세율은 몇 %로 정해졌어?")
    assert "정" not in q.unknown and not q.blocking


def test_the_place_two_people_met_asked_as_a_noun_is_where(engine):
    """'만난 곳은?' (the place they met) asks where, like '어디서 만났어?'."""
    answer = engine.ask("김정관 장관이 러트닉을 만난 곳은?")
    assert answer.answered and "워싱턴" in answer.text, answer.text


def test_a_vote_score_asked_as_how_many_to_how_many_is_not_a_sales_volume(engine):
    answer = engine.ask("대법원 판결은 몇 대 몇이었어?")
    assert answer.answered and "6대 3" in answer.text, answer.text
    assert not engine.ask("현대차는 미국에 몇 대 팔았어?").answered


@pytest.mark.parametrize(
    "question", ["자동차 관세 지금 몇 프로야?", "철강 관세 몇 프로임?", "목재 관세는 몇프로야"]
)
def test_pro_is_the_spoken_percent(engine, question):
    # "몇 프로": how many percent, as "몇 퍼센트" (not an unknown word that blocks)
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert "%" in answer.text, answer.text


@pytest.mark.parametrize(
    "question, held",
    [("최상목은 지금 뭐 해?", "구윤철"), ("여한구는 뭐 하는 사람이야?", "통상교섭본부장")],
)
def test_what_does_a_person_do_is_who_they_are(engine, question, held):
    # "뭐 해?" of a person: their office (and who holds it now), not an old report of them
    answer = engine.ask(question)
    assert answer.answered and held in answer.text, answer.text


@pytest.mark.parametrize(
    "question, held",
    [
        ("1월 26일에 무슨 일이 있었어?", "2026년 1월 26일"),
        ("김민석 총리 취임일은?", "2025년 7월 3일"),
    ],
)
def test_a_day_without_its_year_and_a_day_of_office(engine, question, held):
    answer = engine.ask(question)
    assert answer.answered and answer.text.startswith(held), answer.text


@pytest.mark.parametrize(
    "question", ["한국 철강 수출은 얼마나 줄었어?", "대미 수출은 얼마나 늘었어?"]
)
def test_an_export_figure_asked_is_never_a_tariff_rate(engine, question):
    # was "... 철강에 대한 미국 관세는 50%": a rate for how much exports fell
    answer = engine.ask(question)
    assert "관세는 50%" not in answer.text and "관세는 15%" not in answer.text, answer.text


def test_a_count_of_exporters_is_no_export_figure(engine):
    answer = engine.ask("DDP 조건으로 수출해서 환급 신청이 가능한 한국 기업은 몇 곳 정도야?")
    assert answer.answered and "6000" in answer.text.replace(",", ""), answer.text
