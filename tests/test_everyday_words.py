"""Everyday words that used to block a clear question: a synonym or an inflection of a
concept the base knows ("go live" ~ launched, "run out" ~ expire, "ran" ~ headed) is read
as that concept, while a word that could change the answer (a company, a good, an
arrival) still stops it."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "question, expected",
    [
        # launch: launched, deployed, went live, rolled out, inaugural
        ("when was the CAPE refund portal rolled out?", "April 20"),
        ("when did the MOU implementation committee launch?", "February 13"),
        # expire: run out, due to end
        ("when does the section 122 tariff run out?", "July 24"),
        ("the 122 surcharge is due to end when?", "July 24"),
        # submit: file, filed; chat: wen
        ("when did the dp file the special bill?", "November 26"),
        ("wen did cape go live", "April 20"),
        # reduce: fall, fell
        ("did car tariffs fall right after the july deal?", "25%"),
    ],
)
def test_an_everyday_synonym_is_read_as_the_concept(ask, question, expected):
    answer = ask(question)
    assert answer.answered, answer.text
    assert expected in answer.full_text, answer.full_text


@pytest.mark.parametrize(
    "question",
    [
        "when did samsung launch its chip plant?",  # another company
        "who runs samsung?",
        "when does the chip tariff run out?",  # no source gives an end to it
        "when did kim arrive in washington?",  # the arrival is what is asked
        "who heads hyundai?",
        # "ran", "heads" are no synonym of the role words: "who ran the ministry" got a
        # report of another appointment, "who heads it" a meeting someone chaired
        "who ran the industry ministry?",
        "who heads the industry ministry?",
        "who heads the justice department?",
    ],
)
def test_a_word_that_changes_the_answer_still_blocks(ask, question):
    answer = ask(question)
    assert not answer.answered, answer.text


@pytest.mark.parametrize(
    "question, expected",
    [
        # inflections of the vocabulary's own words
        ("In what Georgia city did the raid happen?", "Ellabell"),
        ("when were the reciprocal tariffs paused?", "April 9"),
        # "phase 1" / "1단계": the 25% Section 232 chip tariff (a "phase one" action)
        ("what's the rate for phase one of the chip tariff?", "25%"),
        ("반도체 1단계 관세율은 몇 %야?", "25%"),
    ],
)
def test_an_inflection_or_a_named_phase_is_read(ask, question, expected):
    answer = ask(question)
    assert answer.answered, answer.text
    assert expected in answer.full_text, answer.full_text


@pytest.mark.parametrize(
    "question",
    [
        "what is the phase 2 chip tariff rate?",  # a phase no source reports
        "when did the chip tariff phase 2 start?",
        "반도체 2단계 관세는 언제 시행돼?",
    ],
)
def test_another_phase_still_blocks(ask, question):
    answer = ask(question)
    assert not answer.answered, answer.text


def test_an_everyday_word_the_clear_best_fact_says_does_not_block(ask):
    # "added" is in no concept, but the fact that answers says "is not added on"
    answer = ask("is the 122 surcharge added on top of section 232 tariffs?")
    assert answer.answered, answer.text
    assert "not added" in answer.full_text, answer.full_text


def test_a_word_in_the_best_of_close_reports_still_blocks(engine):
    from engine.decide import decide
    from engine.match import Candidate

    q = engine.parse("is the section 122 surcharge added on top of section 232 duties?")
    says = engine.base.facts["section-122-exemptions-2026-02-24"]
    other = engine.base.facts["rate-korean-imports-section-122-10-2026-02-24"]
    clear = [Candidate(says, 0.79, 1.0, 4.0), Candidate(other, 0.5, 1.0, 4.0)]
    assert decide(q, clear).action == "answer"
    # another report as close: "added" may be what picks one of them, so not ignored
    close = [Candidate(says, 0.79, 1.0, 4.0), Candidate(other, 0.75, 1.0, 4.0)]
    assert decide(q, close).action != "answer"


def test_a_company_asked_is_named_in_the_answer(ask):
    # three close reports of the raid; the one that names the companies answers
    answer = ask("which companies ran the georgia plant that was raided?")
    assert answer.answered, answer.text
    assert "Hyundai" in answer.full_text and "LG" in answer.full_text, answer.full_text


@pytest.mark.parametrize(
    "word, text, expected",
    [
        ("added", "The tariff is not added on goods under USMCA.", True),
        ("collecting", "CBP kept collecting the tariff.", True),
        ("collection", "Collection starts on April 3.", True),
        ("collecting", "CBP collected $166 billion.", True),
        ("arrive", "He left the building after an hour.", False),
        ("sat", "satisfied with the talks", False),
        ("단계", "1단계 관세", False),  # Korean words are never grounded this way
    ],
)
def test_grounded_is_an_inflection_of_a_word_of_the_text(word, text, expected):
    from engine.decide import grounded

    assert grounded(word, text) is expected


@pytest.mark.parametrize(
    "question, text, missing",
    [
        ("what % voted yes on the act?", "226 votes in favor and 8 against", ["share"]),
        ("what % voted yes on the act?", "93.4% of those present voted yes", []),
        ("what % is the tariff on cars?", "the tariff is 15%", []),
        ("in which georgia town was the plant?", "a plant in Georgia", ["town"]),
        ("in which georgia town was the plant?", "the site in Ellabell, Georgia", []),
        ("from which city did he fly?", "he was to leave Ottawa on Wednesday", []),
        ("which city was it in?", "on Thursday, September 4", ["town"]),
        ("which companies ran the plant?", "agencies raided the site", ["company"]),
        ("which companies ran the plant?", "a joint venture of Hyundai Motor Co. and LG", []),
        ("what firms sued?", "Hankook Tire's US subsidiary sued", []),
    ],
)
def test_a_share_or_a_town_asked_must_be_in_the_answer(question, text, missing):
    from engine import detail

    assert detail.missing(question, text) == missing


@pytest.mark.parametrize(
    "question, expected",
    [
        # memory chips are chips (as 메모리 반도체 already was): the answer says they are out
        ("do korean memory chips pay the 25% chip tariff?", "memory chips"),
        # the penalty on transshipment
        ("what's the penalty on transshipped goods?", "40%"),
        # a post on X is an announcement; "confirming" is a filler like "confirm"
        ("lutnick's x post on the 15% car tariff - what date?", "December 1"),
    ],
)
def test_more_everyday_words_are_read(ask, question, expected):
    answer = ask(question)
    assert answer.answered, answer.text
    assert expected in answer.full_text, answer.full_text


@pytest.mark.parametrize(
    "question",
    [
        "what's the penalty for late pledge payments?",
        "what's the tariff on memory foam mattresses?",
        "did trump tweet about samsung?",
    ],
)
def test_near_misses_of_those_words_still_decline(ask, question):
    answer = ask(question)
    assert not answer.answered, answer.text


def test_an_ordinal_counter_is_not_a_topic_in_korean(engine):
    # "두 번째 회담": the second meeting; 번째 is a counter, not an unknown word
    q = engine.parse("김정관-러트닉 두 번째 회담은 언제였어?")
    assert "번째" not in q.unknown


def test_a_subsidiary_is_the_company_and_a_briefing_is_what_was_said(ask):
    answer = ask("which korean firm's american subsidiary sued over tariffs?")
    assert answer.answered and "Hankook" in answer.full_text, answer.full_text
    assert not ask("which samsung subsidiary sued for refunds?").answered
    assert not ask("how many units did hyundai sell in the us?").answered


def test_korean_buy_is_a_purchase(ask):
    # "사기로 했다": agreed to buy
    answer = ask("한국이 미국산 에너지를 얼마나 사기로 했어?")
    assert answer.answered, answer.text
    assert "1,000억" in answer.full_text, answer.full_text


def test_korean_company_and_apply_are_fillers_like_english(engine):
    # 기업 (company) and 신청 (apply) carry no topic, as "company" and "apply" do not
    q = engine.parse("환급 신청이 가능한 한국 기업은?")
    assert "기업" not in q.unknown and "신청" not in q.unknown


def test_korean_when_does_it_end_asks_the_expiry(ask):
    answer = ask("122조 관세는 언제 끝나요?")
    assert answer.answered and "7월 24일" in answer.full_text, answer.full_text
    assert not ask("MOU는 언제 끝나?").answered  # no source gives the MOU an end
