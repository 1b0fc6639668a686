"""An amount is read exactly or not at all. Each input below was once read as another
figure (1e309 달러 as $309, A$30,000 as US dollars, $30.000 as $30, $30,000² as
$300,002); now each gets a short question back or a refusal, never a duty."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from engine.money_ko import korean_number, read_korean_number
from engine.parse import mark_odd_digits, read_amounts
from handlers.deltas import AMOUNT_PROBLEMS, AMOUNT_PROBLEMS_KO, DID_YOU_MEAN
from values.money import Reading, read_number

CAR_EN = "How much more duty would a {} Korean car pay after the hike?"
CAR_KO = "{} 한국산 자동차 관세는 얼마나 늘어나나요?"
# A duty figure in a reply: "$4,500" / "4,500 달러" next to a rate, or the working.
DUTY = re.compile(r"duty would go|the duty on|관세는 .*(?:늘어|입니다)|× \d+%")

# input: (the reply must contain this, the likely reading offered, if any)
UNSURE = {
    "1e309 달러": ("일반 숫자", None),
    "1E+6 달러": ("일반 숫자", None),
    "1.5e3만 달러": ("일반 숫자", None),
    "1.5e3만": ("일반 숫자", None),
    "A$30,000": ("only compute in US dollars", None),
    "CA$30,000": ("only compute in US dollars", None),
    "C$30,000": ("only compute in US dollars", None),
    "HK$30,000": ("only compute in US dollars", None),
    "NZ$30,000": ("only compute in US dollars", None),
    "3만 유로": ("미국 달러로만", None),
    "5천 엔": ("미국 달러로만", None),
    "3만 호주 달러": ("미국 달러로만", None),
    "€30,000": ("only compute in US dollars", None),
    "£30,000": ("only compute in US dollars", None),
    "¥30,000": ("only compute in US dollars", None),
    "30,000 euros": ("only compute in US dollars", None),
    "30,000 canadian dollars": ("only compute in US dollars", None),
    "EUR 30,000": ("only compute in US dollars", None),
    "$1,5 million": ("Did you mean $1.5 million?", "1500000"),
    "$30.000": ("Did you mean $30,000?", "30000"),
    "$30.000.000": ("Did you mean $30 million?", "30000000"),
    "$1.234,56": ("Did you mean $1,234.56?", "1234.56"),
    "$30,00": ("Did you mean $30?", "30"),
    "$3,0000": ("separators", None),
    "$30 000": ("Did you mean $30,000?", "30000"),
    "30 000 dollars": ("Did you mean $30,000?", "30000"),
    "$30,000²": ("Did you mean $30,000?", "30000"),
    "$30,000³": ("Did you mean $30,000?", "30000"),
    "$3⁰,000": ("special digits", None),
    "$30,000₂": ("Did you mean $30,000?", "30000"),
    "$½ million": ("special digits", None),
    "1,5만 달러": ("금액이 1만 5,000 달러 ($15,000)인가요?", "15000"),
}


def has_hangul(text: str) -> bool:
    return any("\uac00" <= ch <= "\ud7a3" for ch in text)


@pytest.mark.parametrize("amount", list(UNSURE))
def test_an_unsure_amount_gets_a_question_back_never_a_duty(ask, amount):
    wanted, _ = UNSURE[amount]
    korean = has_hangul(amount)
    answer = ask((CAR_KO if korean else CAR_EN).format(amount))
    assert not answer.answered, answer.text
    assert not answer.working and not answer.facts
    assert not DUTY.search(answer.text), answer.text
    assert wanted in answer.text, answer.text
    assert has_hangul(answer.text) == korean  # Korean replies in Korean
    assert len(answer.text) < 200  # short


@pytest.mark.parametrize("amount", list(UNSURE))
def test_the_likely_reading_is_the_guess_and_is_never_an_amount(amount, engine):
    _, guess = UNSURE[amount]
    q = engine.parse((CAR_KO if has_hangul(amount) else CAR_EN).format(amount))
    assert q.amounts == [] and q.amount_problem
    assert q.amount_guess == (Decimal(guess) if guess else None)


def test_did_you_mean_names_the_guess_and_the_fixed_replies_are_distinct():
    assert DID_YOU_MEAN.format(money="$30,000").startswith("Did you mean $30,000?")
    for table in (AMOUNT_PROBLEMS, AMOUNT_PROBLEMS_KO):
        assert len(set(table.values())) == len(table)
        assert {"currency", "separator", "digits", "not a plain number"} <= set(table)


@pytest.mark.parametrize(
    "amount, value",
    [
        ("$30,000", "30000"),
        ("$30,000.", "30000"),
        ("$1,234.56", "1234.56"),
        ("$1.125 billion", "1125000000"),
        ("$1.5k", "1500"),
        ("$0.5 million", "500000"),
        ("$1000.000", "1000"),
        ("$.5 million", "500000"),
        ("$3,000,000", "3000000"),
        ("$30,000.50", "30000.50"),
        ("3만 달러", "30000"),
        ("3,500억 달러", "350000000000"),
        ("$30,000, please", "30000"),
        ("2026 500 dollars", "500"),
    ],
)
def test_plain_amounts_still_read_exactly(amount, value):
    found = read_amounts(amount.lower())
    assert found.problem is None, found
    assert found.amounts == [Decimal(value)]


def test_a_plain_amount_still_computes_the_duty(ask):
    answer = ask(CAR_EN.format("$30,000"))
    assert answer.answered and "$3,000 more" in answer.text
    answer = ask("3만 달러 한국산 자동차 관세는 얼마야?")
    assert answer.answered and "15% 기준 4,500 달러" in answer.text
    assert "3,000 달러 ($3,000) 늘어납니다" in answer.text


@pytest.mark.parametrize(
    "text, reading",
    [
        ("30000", Reading(Decimal(30000))),
        ("30,000", Reading(Decimal(30000))),
        ("1,234.56", Reading(Decimal("1234.56"))),
        ("1,234,567", Reading(Decimal(1234567))),
        ("30.000", Reading(None, "separator", Decimal(30000))),
        ("1.250", Reading(None, "separator", Decimal(1250))),
        ("0.500", Reading(Decimal("0.500"))),
        ("1000.000", Reading(Decimal("1000.000"))),
        ("12.5", Reading(Decimal("12.5"))),
        (".5", Reading(Decimal("0.5"))),
        ("30.000.000", Reading(None, "separator", Decimal(30000000))),
        ("1.2.3", Reading(None, "separator")),
        ("1,5", Reading(None, "separator", Decimal("1.5"))),
        ("30,00", Reading(None, "separator", Decimal("30.00"))),
        ("3,0000", Reading(None, "separator")),
        ("1,50,000", Reading(None, "separator")),
        ("1.234,56", Reading(None, "separator", Decimal("1234.56"))),
        ("1.234,567", Reading(None, "separator")),
        ("1,234.5,6", Reading(None, "separator")),
        ("12,34.5", Reading(None, "separator")),
    ],
)
def test_read_number(text, reading):
    assert read_number(text) == reading


def test_three_decimals_before_a_scale_word_are_ordinary_english():
    assert read_number("1.125", scaled=True) == Reading(Decimal("1.125"))
    assert read_number("1.125") == Reading(None, "separator", Decimal(1125))


@pytest.mark.parametrize(
    "text, value, problem, guess",
    [
        ("3만", "30000", None, None),
        ("1,5만", None, "separator", "15000"),
        ("1.500만", "15000", None, None),  # a decimal point before a unit, as in English
        ("3,0000만", None, "separator", None),
        ("1조 2천억", "1200000000000", None, None),
    ],
)
def test_read_korean_number(text, value, problem, guess):
    reading = read_korean_number(text)
    assert reading.value == (Decimal(value) if value else None)
    assert reading.problem == problem
    assert reading.guess == (Decimal(guess) if guess else None)
    assert korean_number(text) == reading.value


def test_odd_digits_are_marked_before_nfkc_folds_them():
    assert mark_odd_digits("$30,000²") == "$30,000^"
    assert mark_odd_digits("①②") == "^^"
    assert mark_odd_digits("$３０,０００ é") == "$３０,０００ é"  # full-width reads one way
    assert mark_odd_digits("plain $30") == "plain $30"


@pytest.mark.parametrize(
    "text",
    [
        "How much duty on 30,000 pounds of Korean beef?",  # a weight, not a currency
        "What's the tariff on Korean autos?",
        "한국산 엔진 3만 달러어치의 관세는?",  # 엔진 is an engine, not yen
    ],
)
def test_words_that_only_look_like_currencies_are_not_refused(text):
    assert read_amounts(text.lower()).problem != "currency"


@pytest.mark.parametrize(
    "question, value",
    [
        ("duty on a million dollars of korean lumber", "1000000"),
        ("tariff on one million dollars of korean steel", "1000000"),
        ("how much duty on two billion dollars of korean cars", "2000000000"),
        ("duty on fifty thousand dollars of korean pharma", "50000"),
    ],
)
def test_an_amount_in_words_with_its_currency_is_read(engine, question, value):
    from decimal import Decimal

    assert engine.parse(question).amounts == [Decimal(value)]


@pytest.mark.parametrize(
    "question", ["a million thanks", "one of the two tariffs", "a thousand reasons to worry"]
)
def test_number_words_with_no_dollars_are_no_amount(engine, question):
    assert engine.parse(question).amounts == []
