"""Casual questions that were declined though the base holds the answer: "say" of a
court, a deal or a report (what it states, not someone's quoted words); reported speech
("Lutnick said 90% ...") as the speaker's words; everyday words for what the base knows
(shares, the Justice Department, a case and its opinion, lawmakers present, chose,
headed). Each with near-misses that must still decline."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "question, expected",
    [
        # a court, a deal, a document "says": what it states or rules
        ("what court said the section 122 surcharge was unlawful?", "Court of International Trade"),
        ("which court said in may that sec 122 was unlawful", "Court of International Trade"),
        ("what does the agreement say about semiconductors?", "no less favorable"),
        ("what does the fact sheet say about aircraft", "civil aircraft"),
        # reported speech: the report of what someone said is their words
        ("where did lutnick say 90% of the profits would go?", "American"),
        ("lutnick said 90 percent of the fund's profits go to who?", "American"),
        ("lee warned that paying in cash could cause a crisis like which year's?", "1997"),
    ],
)
def test_what_a_court_a_deal_or_a_report_says_is_answered(ask, question, expected):
    answer = ask(question)
    assert answer.answered, answer.text
    assert expected in answer.full_text, answer.full_text


@pytest.mark.parametrize(
    "question",
    [
        "what did the court say about the weather?",
        "what does the deal say about kimchi?",
        "where did lutnick go after the cabinet meeting?",
    ],
)
def test_say_of_something_the_base_does_not_hold_still_declines(ask, question):
    answer = ask(question)
    assert not answer.answered, answer.text


@pytest.mark.parametrize(
    "question, expected",
    [
        ("did hyundai shares fall after trump's tariff threat?", "4.8%"),
        ("how far did hyundai stock fall after the 25% threat", "4.8%"),
        ("when did the justice department appeal the refund injunction?", "June 2"),
        ("when did the doj appeal the cit refund order?", "June 2"),
        ("what's the name of the supreme court case on ieepa?", "Learning Resources"),
        ("who wrote the majority opinion in the ieepa case?", "Roberts"),
        ("how many lawmakers were present when the special act passed?", "242"),
        ("who headed the industry ministry before kim jung-kwan", "Ahn Duk-geun"),
        ("who runs the industry ministry now", "Kim Jung-kwan"),
        ("who is korea's finance chief", "Koo Yun-cheol"),
        ("who's the commerce guy in the us", "Lutnick"),
        ("what's the car tariff at present", "15%"),
    ],
)
def test_everyday_words_for_what_the_base_holds(ask, question, expected):
    answer = ask(question)
    assert answer.answered, answer.text
    assert expected in answer.full_text, answer.full_text


@pytest.mark.parametrize(
    "question",
    [
        "who chairs the justice department?",
        "who heads the justice department?",
        "who is the attorney general at the doj?",
        "what is hyundai's stock price today?",
        "hyundai shares now",
        "how much is hyundai stock worth?",
        "what did lutnick say about bitcoin?",
        "what is your opinion on the tariffs?",
        "who is the trade guy",  # the US trade representative or Korea's trade minister?
        "who ran the georgia plant?",
        "who wrote the song?",
    ],
)
def test_near_misses_of_the_everyday_words_still_decline(ask, question):
    answer = ask(question)
    assert not answer.answered, answer.text


@pytest.mark.parametrize(
    "question, expected",
    [
        # "when does it take effect?": the report that tells when, not one about implementing
        ("when will the special act come into force?", "three months"),
        ("when does the investment law kick in", "three months"),
        # "a done deal", "set in stone" of a hike: is it in effect
        ("is the 25% tariff hike set in stone?", "not in effect"),
        # "can claim" is who is entitled; the count asked must be in the answer
        ("how many korean companies could claim refunds", "6,000"),
        # "so far": how far the refunds had got by the newest report
        ("how much has been refunded to date", "$85 billion"),
    ],
)
def test_take_effect_done_deal_and_can_claim(ask, question, expected):
    answer = ask(question)
    assert answer.answered, answer.text
    assert expected in answer.full_text, answer.full_text


def test_a_korean_date_is_not_a_count(engine):
    from engine.match import holds_slot

    # the report's only figures are dates, in English and in Korean ("2026년 2월 22일")
    fact = engine.base.facts["ieepa-refunds-importer-of-record-2026-02-22"]
    concepts = engine.lexicon.fact_concepts[fact.id]
    assert not holds_slot(fact, "count", concepts)
    assert holds_slot(engine.base.facts["kcs-ddp-6000-firms"], "count", concepts)


@pytest.mark.parametrize(
    "question",
    ["what percentage of the lawmakers present voted in favor of the special act?"],
)
def test_a_vote_share_is_worked_out_from_the_tally(ask, question):
    answer = ask(question)
    assert answer.answered, answer.text
    assert "93.4%" in answer.full_text and "226 ÷ 242" in answer.full_text, answer.full_text


@pytest.mark.parametrize(
    "question",
    [
        "what % of lawmakers voted against the special act",  # the share against: not told
        "what % voted no on the special act",
        "what % of all lawmakers voted for the special act",  # of the seats, not present
        # no tally in the ruling's report; another ruling's "10% tariffs" is not a share
        "what % voted yes on the scotus ruling",
    ],
)
def test_a_vote_share_not_worked_out_is_declined(ask, question):
    answer = ask(question)
    assert not answer.answered, answer.text


def test_a_tally_that_does_not_add_up_is_not_divided(engine):
    from handlers.facts import vote_share

    q = engine.parse("what % voted yes on the special act")
    # NOWnews: 226 + 8 + 8 in favour, against and abstaining "among 295 members present"
    assert (
        vote_share(q, [engine.base.facts["nownews-special-act-vote-295-present"]], engine.base)
        is None
    )
    told = vote_share(q, [engine.base.facts["special-act-passed-2026-03-12"]], engine.base)
    assert told is not None and "93.4%" in told.text


@pytest.mark.parametrize(
    "question",
    ["did kim meet bessent on january 29?", "kim and bessent met jan 29, what came of it"],
)
def test_a_meeting_no_source_reports_that_day_is_corrected(ask, question):
    answer = ask(question)
    assert answer.answered, answer.text
    assert "no meeting of Kim Jung-kwan with Scott Bessent" in answer.text, answer.text
    assert "Howard Lutnick" in answer.text, answer.text


def test_without_a_day_no_meeting_is_said_not_to_have_happened(ask):
    assert "no meeting of" not in ask("did kim meet bessent?").text


def test_a_day_named_without_its_year_picks_that_days_report(ask):
    answer = ask("did kim meet lutnick on jan 29")
    assert answer.answered, answer.text
    assert "January 29" in answer.text and "second day" not in answer.text, answer.text


def test_a_quote_comes_before_a_report_of_the_same_words(ask):
    # Kim's March 8 words: quoted, and told by the report of his return; "what did he
    # say" is answered with the quote
    answer = ask("What did Kim Jung-kwan say on March 8, 2026 about a Federal Register notice?")
    assert answer.answered, answer.text
    assert answer.text.startswith("Kim Jung-kwan said"), answer.text
