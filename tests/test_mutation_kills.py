"""Tests written to kill mutants that survived the mutation run (README "Mutation
testing"): each pins a boundary, a rounding mode or a branch the other tests reached
without checking."""

from __future__ import annotations

import shutil
from decimal import Decimal

import pytest

from engine.decide import ANSWER_AT, CLEAR_MARGIN, GROUP_KEEP, SUGGEST_AT, SURE_AT, decide
from engine.match import Candidate
from engine.money_ko import format_money_ko, format_won_style, read_korean_number
from engine.parse import ParsedQuestion
from handlers.deltas import AMOUNT_PROBLEMS, AMOUNT_PROBLEMS_KO, refuse_amount
from knowledge.factbase import FACT_KINDS, Fact
from values.money import (
    Reading,
    _trim,
    format_money,
    format_rate,
    format_relative,
    format_share,
    parse_money_text,
    read_number,
    to_decimal,
)

# --- decide: every threshold at its boundary (binary-exact scores) ------------------------


def fact(fid: str, kind: str = "person") -> Fact:
    return FACT_KINDS[kind](id=fid, source=None, file="f.yaml", line=1)


def cands(*scores: float) -> list[Candidate]:
    """One candidate per score, each its own group, best first."""
    return [Candidate(fact(f"f{i}"), s, s) for i, s in enumerate(scores)]


def q(**fields) -> ParsedQuestion:
    return ParsedQuestion(raw="x", text="x", **fields)


def test_thresholds_keep_their_documented_order():
    assert (SUGGEST_AT, ANSWER_AT, SURE_AT, CLEAR_MARGIN, GROUP_KEEP) == (0.25, 0.5, 0.8, 0.1, 0.7)


def test_nothing_ranked_is_declined():
    decision = decide(q(), [])
    assert (decision.action, decision.reason) == ("decline", "nothing in the base matches")


@pytest.mark.parametrize(
    "scores, action, reason",
    [
        ((0.75, 0.625), "answer", ""),  # lead 0.125 >= margin
        ((0.75, 0.6875), "suggest", "no clear winner"),  # lead 0.0625 < margin
        ((0.5, 0.25), "answer", ""),  # ANSWER_AT itself answers
        ((0.4375,), "suggest", "best match weak"),
        ((0.25,), "suggest", "best match weak"),  # SUGGEST_AT itself suggests
        ((0.1875,), "decline", "best match too weak"),
        ((0.8125, 0.8), "answer", ""),  # sure: no margin needed
        ((0.8, 0.75), "answer", ""),  # SURE_AT itself is sure
        ((0.75,), "answer", ""),  # no runner-up at all
    ],
)
def test_decide_at_each_boundary(scores, action, reason):
    ranked = cands(*scores)
    decision = decide(q(), ranked)
    assert (decision.action, decision.reason) == (action, reason)
    assert decision.score == scores[0]
    if action == "answer":
        assert decision.chosen == [ranked[0].fact]
    if action == "suggest":
        assert decision.suggestions[0] is ranked[0]


def test_suggestions_are_the_top_and_at_most_two_others_at_or_over_suggest_at():
    ranked = cands(0.4375, 0.25, 0.25, 0.25, 0.1875)
    decision = decide(q(), ranked)
    assert decision.suggestions == ranked[:3]
    ranked = cands(0.4375, 0.25, 0.1875)
    assert decide(q(), ranked).suggestions == ranked[:2]


def test_a_group_answers_together_down_to_group_keep_of_the_top():
    top, kept, dropped = fact("a", "event"), fact("b", "rate"), fact("c", "rate")
    kept.measure = dropped.measure = "a"  # all in group measure:a
    ranked = [Candidate(top, 1.0, 1.0), Candidate(kept, 0.75, 1), Candidate(dropped, 0.6875, 1)]
    decision = decide(q(), ranked)
    assert decision.action == "answer" and decision.chosen == [top, kept]


@pytest.mark.parametrize(
    "extra, action",
    [
        ({}, "suggest"),
        ({"amounts": [Decimal(1)]}, "suggest"),
        ({"products": ["autos"]}, "suggest"),
        ({"amounts": [Decimal(1)], "products": ["autos"]}, "answer"),
    ],
)
def test_an_unknown_word_limits_to_suggest_unless_a_duty_is_computed(extra, action):
    decision = decide(q(unknown=["steel"], blocking=["steel"], **extra), cands(0.9375))
    assert decision.action == action
    if action == "suggest":
        assert decision.reason == "unknown words ['steel']"
        assert decision.score == 0.9375


def test_an_unknown_word_and_a_weak_match_decline():
    decision = decide(q(unknown=["steel"]), cands(0.1875))
    assert (decision.action, decision.reason, decision.score) == (
        "decline",
        "unknown words ['steel']",
        0.1875,
    )


# --- money: rounding modes, signs, scales --------------------------------------------------


@pytest.mark.parametrize(
    "value, shown",
    [
        ("-30000", "-$30,000"),
        ("0", "$0"),
        ("1000000", "$1 million"),
        ("999999", "$999,999"),
        ("7512.505", "$7,512.51"),
        ("-1500000000", "-$1.5 billion"),
        ("1000000.5", "$1,000,000.50"),
        ("1234567", "$1,234,567"),
    ],
)
def test_format_money(value, shown):
    assert format_money(Decimal(value)) == shown


def test_trim_and_rates():
    assert _trim(Decimal("1.50")) == "1.5"
    assert _trim(Decimal("1000.25")) == "1,000.25"
    assert format_rate(Decimal("12.50")) == "12.5%"
    assert format_relative(Decimal("0.05")) == "+0.1%"  # half up, not half even
    assert format_relative(Decimal("-40")) == "-40%"
    assert format_relative(Decimal("0")) == "0%"
    assert format_share(Decimal("42.85")) == "42.9%"


@pytest.mark.parametrize(
    "text, value",
    [
        ("$350 billion", "350000000000"),
        ("$20,000", "20000"),
        ("$1.5 Million", "1500000"),
        (" $ 2 bn ", "2000000000"),
        ("$5", "5"),
        ("$5 zillion", None),
        ("350 billion", None),
        ("$", None),
        ("$1e3", None),
        ("$1,2,3", "123"),
    ],
)
def test_parse_money_text(text, value):
    assert parse_money_text(text) == (Decimal(value) if value else None)


@pytest.mark.parametrize(
    "text, value",
    [
        ("30,000", "30000"),
        ("12.5", "12.5"),
        ("abc", None),
        ("inf", None),
        ("nan", None),
        ("", None),
    ],
)
def test_to_decimal(text, value):
    assert to_decimal(text) == (Decimal(value) if value else None)


@pytest.mark.parametrize(
    "text, reading",
    [
        ("1,234.5.6", Reading(None, "separator")),  # rpartition: "1,234.5" is no group
        ("1.234.567,89", Reading(None, "separator", Decimal("1234567.89"))),
        ("1,5,0", Reading(None, "separator")),
        ("1,500", Reading(Decimal(1500))),
        ("12,345", Reading(Decimal(12345))),
        ("1,234", Reading(Decimal(1234))),
        ("30,000,0", Reading(None, "separator")),
        ("1.5", Reading(Decimal("1.5"))),
    ],
)
def test_read_number_more(text, reading):
    assert read_number(text) == reading


# --- Korean amounts ------------------------------------------------------------------------


def test_korean_number_readings():
    assert read_korean_number("") == Reading(None, "not a number")
    assert read_korean_number("1,5만 2천") == Reading(None, "separator", Decimal(17000))
    assert read_korean_number("3,0000만 2천") == Reading(None, "separator", None)


@pytest.mark.parametrize(
    "value, shown",
    [
        ("10000", "1만"),
        ("9999", "9,999"),
        ("7512.505", "7,512.51"),
        ("100000000", "1억"),
        ("0", "0"),
    ],
)
def test_format_won_style(value, shown):
    assert format_won_style(Decimal(value)) == shown


def test_format_money_ko_signs_and_precision():
    assert format_money_ko(Decimal("-30000")) == "-3만 달러 (-$30,000)"
    assert format_money_ko(Decimal("0")) == "0 달러 ($0)"
    assert format_money_ko(Decimal("0.5")) == "0.50 달러 ($0.50)"
    assert format_money_ko(Decimal("0.005")) == "$0.01"  # finer than a cent: dollars only


# --- deltas: the single-rate branch, Korean, stated rates, in-effect hedge ---------------


def test_refuse_amount_falls_back_to_a_refusal_for_an_unknown_problem():
    assert refuse_amount(q()) is None
    assert refuse_amount(q(amount_problem="odd")) == AMOUNT_PROBLEMS["not a number"]
    assert refuse_amount(q(amount_problem="odd", lang="ko")) == AMOUNT_PROBLEMS_KO["not a number"]
    guessed = q(amount_problem="separator", amount_guess=Decimal(0))
    assert refuse_amount(guessed) == AMOUNT_PROBLEMS["separator"]  # a zero guess: no guess
    huge = q(amount_problem="separator", amount_guess=Decimal(10) ** 14)
    assert refuse_amount(huge) == AMOUNT_PROBLEMS["separator"]


def test_single_rate_duty_in_english_and_korean(ask):
    # the rate in force now: Section 122's 10% (the 15% IEEPA rate was struck down)
    answer = ask("How much duty on $1,000 of South Korean imports under the reciprocal tariff?")
    assert "the duty on $1,000 of South Korean imports is $100 at 10%." in answer.text
    assert answer.working == ["$1,000 × 10% = $100."] and answer.score > 0
    answer = ask("한국산 수입품 1만 달러에 상호 관세는 얼마?")
    assert (
        "한국산 수입품 1만 달러 ($10,000)에 대한 관세는 10% 기준 1,000 달러 ($1,000)입니다."
        in answer.text
    )
    assert answer.working == ["$10,000 × 10% = $1,000."]


def test_stated_rates_must_be_the_sourced_ones(ask):
    assert not ask("How much more duty on $30,000 of Korean cars going from 15% to 30%?").answered
    matching = ask("How much more duty on $30,000 of Korean cars going from 15% to 25%?")
    assert matching.answered and "$3,000 more" in matching.text


def test_korean_hike_text_and_its_hedge(ask):
    answer = ask("3만 달러 한국산 자동차 관세는 얼마나 늘어나나요?")
    assert answer.text.startswith(
        "한국산 자동차 3만 달러 ($30,000)에 대한 관세는 발표된 인상이 "
        "시행되면 15% 기준 4,500 달러 ($4,500)에서 25% 기준 7,500 달러 "
        "($7,500)로 늘어납니다: 3,000 달러 ($3,000) 증가"
    )


def test_an_in_effect_hike_is_not_hedged(tmp_path):
    from answering.orchestrator import Engine
    from knowledge import DATA_DIR
    from tests.test_supersede import LATER

    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    (data / "sources" / "2026-03-02-example.yaml").write_text(LATER, encoding="utf-8")
    engine = Engine.load(data)
    english = engine.ask("How much more duty on $30,000 of Korean cars after the hike?")
    assert "to $7,500 at 25% after the change:" in english.text


def test_an_unknown_word_still_suggests_at_suggest_at_exactly():
    decision = decide(q(unknown=["steel"], blocking=["steel"]), cands(0.25))
    assert decision.action == "suggest"


def test_an_everyday_unknown_word_needs_a_sure_match():
    """'decide', 'passenger': not blocking, but only a match at SURE_AT answers."""
    assert decide(q(unknown=["decide"]), cands(SURE_AT)).action == "answer"
    assert decide(q(unknown=["decide"]), cands(SURE_AT - 0.01)).action == "suggest"


def test_a_group_member_at_exactly_group_keep_answers_with_the_top():
    top, kept = fact("a", "event"), fact("b", "rate")
    kept.measure = "a"
    ranked = [Candidate(top, 1.0, 1.0), Candidate(kept, GROUP_KEEP * 1.0, 1)]
    assert decide(q(), ranked).chosen == [top, kept]


def test_the_hike_answer_and_its_working_exactly(ask):
    answer = ask("How much more duty would a $30,000 Korean car pay after the hike?")
    assert answer.text.startswith(
        "On $30,000 of South Korean autos, the duty would go from $4,500 at 15% to $7,500 at "
        "25% if the announced hike takes effect: $3,000 more, up 10 percentage points "
        "(+66.7% relative)."
    )
    assert answer.working == [
        "$30,000 × 15% = $4,500;",
        "$30,000 × 25% = $7,500;",
        "$7,500 − $4,500 = $3,000;",
        "(25% − 15%) ÷ 15% = +66.7%.",
    ]
    assert answer.score > 0
    korean = ask("3만 달러 한국산 자동차 관세는 얼마나 늘어나나요?")
    assert "3,000 달러 ($3,000) 증가, 10%포인트 인상(상대적으로 +66.7%)." in korean.text
    assert korean.score > 0


def test_handle_needs_an_amount_and_uses_one_rate_pair(engine):
    from handlers import deltas

    base = engine.base
    rated = [f for f in base.of_kind("rate") if f.new_rate is not None]
    assert deltas.handle(q(), rated, base, 1.0) is None  # no amount
    assert deltas.handle(q(amounts=[Decimal(100)]), [], base, 1.0) is None
    hike = {"term:hike": 1.0}  # "how much more": the pair path, not the rate in force
    rated = [f for f in rated if f.measure == "trump-announcement"]
    single = [
        f
        for f in base.of_kind("rate")
        if f.rate is not None and f.in_effect and f.status != "agreed"
    ]
    mixed = deltas.handle(q(amounts=[Decimal(100)], concepts=hike), rated + single, base, 1.0)
    assert len(mixed.facts) == 1 and mixed.working[0] == "$100 × 15% = $15;"  # the first only
    assert mixed.score == 1.0
    same = deltas.handle(q(amounts=[Decimal(100)], concepts=hike), rated, base, 0.625)
    assert len(same.facts) == len(rated) > 1  # one measure, together
    assert same.score == 0.625  # the decision's score
    assert (
        deltas.handle(q(amounts=[Decimal(100)], concepts=hike), single, base, 0.625).score == 0.625
    )


def test_refuse_amount_guess_bounds():
    from types import SimpleNamespace

    assert refuse_amount(q(amount_problem="separator", amount_guess=Decimal("0.5"))).startswith(
        "Did you mean $0.50?"
    )
    assert refuse_amount(q(amount_problem="separator", amount_guess=Decimal(10) ** 13)).startswith(
        "Did you mean $10 trillion?"
    )
    bare = SimpleNamespace(amount_problem="zero", lang="en")  # no amount_guess
    assert refuse_amount(bare) == AMOUNT_PROBLEMS["zero"]


def test_korean_amounts_after_an_overlap_or_a_bare_count_are_still_read():
    from engine.money_ko import parse_korean_amounts

    values = [v for v, *_ in parse_korean_amounts("3만 달러와 2억을")]
    assert values == [Decimal(30000), Decimal(200000000)]
    assert [v for v, *_ in parse_korean_amounts("5천 그리고 2억")] == [Decimal(200000000)]


def test_a_comma_before_three_digits_after_a_long_whole_is_not_a_decimal_comma():
    assert read_number("1234,567") == Reading(None, "separator")
