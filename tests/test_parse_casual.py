"""Casual questions as people type them in chat: abbreviations, chat spellings, short
forms of days and titles, car brands, amounts with no currency sign, rates with no "%",
and the unknown words that must still stop an answer."""

from __future__ import annotations

from decimal import Decimal

import pytest

from engine.answer import dollar_note
from engine.parse import expand_chat, read_amounts


@pytest.mark.parametrize(
    "typed, written",
    [
        ("whos the trade min rn", "who is the trade minister right now"),
        ("whats the car tariff gonna be", "what is the car tariff going to be"),
        ("sec 232 or sec. 122", "section 232 or section. 122"),
        ("commerce sec lutnick", "commerce secretary lutnick"),
        ("kim met him on thurs", "kim met him on thursday"),
        ("tues and fri", "tuesday and friday"),
        ("car tariff on SK".lower(), "car tariff on south korea"),
        ("s.korea steel", "south korea steel"),
        ("how many pts in 4yrs", "how many points in 4 years"),
        ("trump n kim", "trump and kim"),
        ("can u tell me", "can you tell me"),
        ("passed w/ how many votes", "passed with  how many votes"),
        ("fed register notice", "federal register notice"),
        ("fr notice doc number", "federal register notice document number"),
        ("why'd trump do it", "why did trump do it"),
        ("aluminum b4 march 2025", "aluminum before march 2025"),
        ("who was acting pres", "who was acting president"),
        ("whos the rok pm", "who is the rok prime minister"),
    ],
)
def test_chat_forms_are_written_out(typed, written):
    assert expand_chat(typed) == written


@pytest.mark.parametrize(
    "typed",
    [
        "u.s. tariffs",  # the u of u.s. is not "you"
        "u s tariffs",
        "samsung and sk hynix",  # SK the company, not South Korea
        "they sat down on monday",  # sat down is not saturday
        "at 3 pm",  # a time, not the prime minister
        "the sun",
        "korea's rate",
        "section 232",
    ],
)
def test_words_that_only_look_like_chat_forms_are_left_alone(typed):
    assert expand_chat(typed) == typed


def test_minutes_seconds_and_ministers_by_their_neighbours():
    assert expand_chat("30 min or 80 min") == "30 minutes or 80 minutes"
    assert expand_chat("30 sec") == "30 seconds"
    assert expand_chat("trade min yeo") == "trade minister yeo"


@pytest.mark.parametrize(
    "question, word",
    [
        ("who did kim meet on thurs jan 29", "thursday"),
        ("what happened on fri", "friday"),
        ("talks on sat jan 31 2026", "saturday"),
        ("what happened on sun", "sunday"),
    ],
)
def test_short_weekdays_are_weekdays(engine, question, word):
    parsed = engine.parse(question)
    assert word in parsed.weekdays
    assert not parsed.unknown


@pytest.mark.parametrize(
    "question, value, typed",
    [
        ("how much duty on a 30k hyundai", Decimal(30000), "30k"),
        ("duty on 2.5m of korean steel", Decimal(2500000), "2.5m"),
        ("1 mil of korean steel, duty?", Decimal(1000000), "1 mil"),
        ("duty on 350bn of goods", Decimal(350) * 10**9, "350bn"),
        ("30000 car duty", Decimal(30000), "30000"),
        ("45,000 worth of lumber", Decimal(45000), "45,000"),
    ],
)
def test_amounts_with_no_currency_are_dollars_and_remembered(engine, question, value, typed):
    parsed = engine.parse(question)
    assert parsed.amounts == [value]
    assert [t for t, _ in parsed.assumed_dollars] == [typed]


@pytest.mark.parametrize(
    "question, amounts",
    [
        ("$30,000 car duty", [Decimal(30000)]),  # a dollar sign: nothing assumed
        ("30,000 dollars of cars", [Decimal(30000)]),
        ("2025 cars", []),  # a year
        ("section 232 cars", []),
        ("5 m of cable", []),  # "m" only glued to the figure
        ("30k euros of cars", []),  # another currency: never dollars
    ],
)
def test_figures_that_are_not_assumed_dollars(question, amounts):
    found = read_amounts(expand_chat(question))
    assert found.amounts == amounts
    assert found.assumed == []


def test_the_reply_says_how_a_bare_amount_was_read(engine):
    reply = engine.ask("how much duty on a 30k hyundai now")
    assert reply.answered
    assert "I read 30k as $30,000" in reply.text
    assert not reply.text.startswith("(")  # the answer first, then how 30k was read
    assert "$4,500" in reply.full_text
    korean = engine.ask("3만 자동차 관세는?")
    assert "3만 → 미국 달러 $30,000" in korean.text
    signed = engine.ask("how much duty on a $30,000 korean car now")
    assert "I read" not in signed.text


def test_dollar_note_lists_each_reading_once():
    note = dollar_note([("30k", Decimal(30000)), ("30k", Decimal(30000))])
    assert note == "(I read 30k as $30,000, in US dollars.)"
    assert dollar_note([]) == ""


@pytest.mark.parametrize(
    "question",
    [
        "kia tariff now?",
        "whats the tariff on hyundais rn",
        "duty on a 55k genesis today",
        "how much duty on a 30k hyundai",
    ],
)
def test_a_car_brand_in_a_duty_question_is_the_car(engine, question):
    parsed = engine.parse(question)
    assert parsed.products == ["autos"]
    assert not parsed.blocking


@pytest.mark.parametrize(
    "question",
    [
        "How much did Hyundai and Kia's US tariff costs come to in 2025?",
        "hyundai stock drop after the threat?",
        "hyundai+kia tariff bill for 2025, how bad",
        "how many hyundais sold in the us",
    ],
)
def test_a_question_about_the_company_keeps_the_company(engine, question):
    parsed = engine.parse(question)
    assert "autos" not in parsed.products
    assert "term:hyundai" in parsed.concepts


@pytest.mark.parametrize(
    "question, rates",
    [
        ("wait did cars go back up to 25 in feb 2026", [25]),
        ("reciprocal cut 25 to 15 is how many pts", [25, 15]),
        ("aluminum went 25 then 50?", [25, 50]),
        ("tariff from 15% to 25", [15, 25]),
    ],
)
def test_rates_typed_without_percent_in_a_tariff_question(engine, question, rates):
    assert engine.parse(question).rates == [Decimal(r) for r in rates]


@pytest.mark.parametrize(
    "question",
    [
        "kim lutnick 30 min or 80 min, which is it",  # minutes
        "tariff up to 20 years",  # a unit follows
        "section 232 tariff on cars at 3 pm",
        "who did kim meet from 29 to 30 january",  # no tariff in the question
    ],
)
def test_numbers_that_are_not_rates(engine, question):
    assert engine.parse(question).rates == []


@pytest.mark.parametrize(
    "question, blocking",
    [
        ("tariff on korean trucks", "trucks"),  # a truck is not a car
        ("used cars tariff", "used"),
        ("tell me a tariff joke lol", "joke"),
        ("is it gonna rain in seoul tmrw", "rain"),  # only a place understood
        ("who will be the next us commerce sec", "next"),
        ("car tariff on SK before trumps 2nd term?", "term"),  # an event not placed
        ("samsung n sk hynix chip tariff", "hynix"),
    ],
)
def test_unknown_words_that_could_change_the_answer_still_block(engine, question, blocking):
    assert blocking in engine.parse(question).blocking


@pytest.mark.parametrize(
    "question",
    [
        "ok so whats the car tariff gonna be",
        "steel tariff rn",
        "tbh whats the car tariff",
        "ngl is the 20bn a yr cap in the law too",
        "sec 122 is 15% rn yeah?",
        "which law was used for the car tariff",  # "used" as a verb
        "who is the new trade minister",  # "new" is the current one
        "meds tariff korea",
    ],
)
def test_chat_words_do_not_block(engine, question):
    assert engine.parse(question).blocking == []


def test_months_paired_with_one_year_are_both_dated(engine):
    days = engine.parse("1 mil of korean steel in may vs july 2025, duty?").time.days
    assert [(d.year, d.month) for d in days] == [(2025, 5), (2025, 7)]


def test_a_time_that_has_not_come_yet_blocks(engine):
    import datetime as dt

    from engine import clock

    with clock.frozen(dt.date(2026, 11, 30)):
        assert "2027" in engine.parse("what will the car tariff be in 2027").blocking
        assert engine.parse("car tariff in sept 2025?").blocking == []
    with clock.frozen(dt.date(2028, 1, 1)):  # by then 2027 is the past
        assert "2027" not in engine.parse("what was the car tariff in 2027").blocking


@pytest.mark.parametrize(
    "question, concept",
    [
        ("gyeongju summit date", "term:summit"),
        ("when did lee take office", "term:take-office"),
        ("when was yeo appointed", "term:appoint"),
        ("does 122 stack on 232?", "term:stacking"),
        ("first lee-trump call how long", "term:phone-call"),
        ("did korea lift the cap on us cars", "term:remove"),
        ("kim flew to dc", "term:visit"),
        ("how much was refunded", "term:refund"),
    ],
)
def test_everyday_words_for_the_base_concepts(engine, question, concept):
    parsed = engine.parse(question)
    assert concept in parsed.concepts
    assert parsed.unknown == []


def test_which_town_asks_where_and_chat_closers_are_not_unknown(engine):
    assert "where" in engine.parse("what town was the raided plant in").asks
    assert engine.parse("was the july deal signed tho").unknown == []
    assert engine.parse("ieepa refunds, who gets em").unknown == []


@pytest.mark.parametrize(
    "question, word",
    [
        ("how much is a kia ev9 in the us", "ev9"),  # a model name
        ("whats samsung's q2 2026 profit", "q2"),
        ("korea tariff on us oranges", "oranges"),  # a good named by its origin
        ("how many hyundais sold in the us last month", "sold"),
    ],
)
def test_models_goods_by_origin_and_sales_block(engine, question, word):
    assert word in engine.parse(question).blocking


@pytest.mark.parametrize(
    "question",
    [
        "2nd day of kim-lutnick talks how long",  # an ordinal
        "the 1990s crisis",
        "korean cars tariff",  # a known product after the country
        "how many korean exporters got refunds",  # a filler word after the country
    ],
)
def test_ordinals_and_known_goods_after_a_country_do_not_block(engine, question):
    parsed = engine.parse(question)
    assert not {"2nd", "1990s", "cars", "exporters"} & set(parsed.blocking)
    assert parsed.origin_goods == []


def test_converting_to_won_is_a_won_question(engine):
    assert engine.parse("convert the 6k duty to won pls").won
    assert engine.parse("how much is it in korean won").won
    assert not engine.parse("who won the vote on the special act").won


@pytest.mark.parametrize(
    "question, month",
    [
        ("lumber tariff in oct 25", (2025, 10)),
        ("car tariff oct '25", (2025, 10)),
        ("steel during jan 26", (2026, 1)),
        ("1 mil of korean steel in may vs july 2025", (2025, 5)),
    ],
)
def test_a_month_with_a_two_digit_year(engine, question, month):
    days = engine.parse(question).time.days
    assert (days[0].year, days[0].month) == month


@pytest.mark.parametrize(
    "question",
    ["what happened on jan 26", "since jan 26", "the 2+2 talks"],  # days, not years
)
def test_a_day_of_the_month_is_not_a_two_digit_year(engine, question):
    assert all(d.year != 2026 or d.month != 1 for d in engine.parse(question).time.days)


def test_two_plus_two_is_not_the_second_of_april(engine):
    days = engine.parse("2+2 april 2025 how long").time.days
    assert [(d.year, d.month, d.day) for d in days] == [(2025, 4, None)]


def test_a_brand_before_an_event_is_still_the_car(engine):
    parsed = engine.parse("hyundai tariff b4 the deal?")
    assert parsed.products == ["autos"]
    assert parsed.time.relation == "before"


def test_trade_rep_and_lump_sum(engine):
    assert "person:jamieson-greer" in engine.parse("whos the us trade rep").concepts
    assert "term:installment" in engine.parse("is the 350bn a lump sum").concepts


@pytest.mark.parametrize(
    "question, concept",
    [
        ("what honor did trump receive in gyeongju", "term:honor"),
        ("when does section 122 expire", "term:expire"),
        ("did hankook's lawsuit go anywhere", "term:lawsuit"),
        ("what pharma tariff did trump float", "term:announce"),
        ("how much us energy did korea agree to buy", "term:energy-purchase"),
        ("cabinet approved promulgating the act", "term:promulgation"),
    ],
)
def test_more_everyday_words_for_base_concepts(engine, question, concept):
    assert concept in engine.parse(question).concepts


@pytest.mark.parametrize(
    "question, day",
    [
        ("steel tariff before june 2025", (2025, 5, None)),
        ("aluminum b4 march 2025", (2025, 2, None)),
        ("steel before june 4 2025", (2025, 6, 3)),
        ("steel after june 2025", (2025, 6, None)),  # after: the month itself
        ("steel before the deal in july 2025", (2025, 7, None)),  # an event, not a date
    ],
)
def test_before_a_date_is_the_time_just_before_it(engine, question, day):
    days = engine.parse(question).time.days
    assert [(d.year, d.month, d.day) for d in days] == [day]


def test_a_question_mostly_not_understood_blocks(engine):
    assert {"taylor", "swift"} <= set(engine.parse("taylor swift tariffs?").blocking)
    # two everyday words beside two understood ones do not
    assert engine.parse("when did the 25% car tariff start way back").blocking == []


def test_korea_possessive_titles_and_particles(engine):
    assert "person:lee-jae-myung" in engine.parse("whos korea's president").concepts
    assert engine.parse("when did the fed register notice come out").unknown == []


def test_a_tariff_on_american_goods_the_base_names(engine):
    assert engine.parse("does korea tax US beef, how much").origins == ["US"]
    # not a tariff question: the market-opening part of the deal
    assert engine.parse("did korea open its market to us beef").origins == []


@pytest.mark.parametrize(
    "question, concept",
    [
        ("122조 관세는 언제부터 부과됐어?", "term:section-122"),
        ("반도체 232조 1단계 관세율은?", "term:section 232"),
    ],
)
def test_korean_trade_law_sections_are_not_trillions(engine, question, concept):
    parsed = engine.parse(question)
    assert concept in parsed.concepts
    assert parsed.amounts == [] and parsed.amount_problem is None


def test_korean_trillions_are_still_amounts(engine):
    assert engine.parse("3조 달러").amounts == [Decimal(3) * 10**12]
    assert engine.parse("122조 달러").amount_problem == "too large"


@pytest.mark.parametrize(
    "question, concept",
    [
        ("여한구 본부장은 어떤 자리에 있어?", "term:role"),
        ("한국이 사기로 한 미국산 에너지 규모는?", "term:energy-purchase"),
        ("현대차 수익은?", "term:profit"),
    ],
)
def test_korean_everyday_words_for_base_concepts(engine, question, concept):
    assert concept in engine.parse(question).concepts


def test_korean_fillers_do_not_block(engine):
    parsed = engine.parse("트럼프가 1월 26일에 관세를 25%로 올린다고 했는데 실제로 시행됐어?")
    assert "실제" not in parsed.unknown and parsed.blocking == []


def test_korean_stuff_is_korean_goods(engine):
    assert engine.parse("whats the tariff on korean stuff").products == ["korean-imports"]
    # "products" and "exports" keep their own meaning
    assert "korean goods" not in expand_chat("which korean products did trump name")
    assert "korea goods" not in expand_chat("south korea exports to the us")


def test_during_an_event_is_a_time(engine):
    time = engine.parse("rate during the pause for korean stuff").time
    assert time.relation == "during" and time.anchor.startswith("the pause")
    assert engine.parse("car tariff during 2025").time.days[0].year == 2025


@pytest.mark.parametrize("question", ["used kia duty 20k", "how much duty on a 20k used car"])
def test_a_used_car_is_not_the_rated_product_and_gets_no_duty(engine, question):
    parsed = engine.parse(question)
    assert "autos" not in parsed.products and "used" in parsed.blocking
    assert not engine.ask(question).answered
    assert engine.ask("how much duty on a 20k car").answered  # a new car is


@pytest.mark.parametrize(
    "typed",
    ["chae min-jun and yang sung-min", "kim min-seok", "pm-level", "sk-hynix", "u-turn"],
)
def test_short_forms_inside_hyphenated_names_are_left_alone(typed):
    assert expand_chat(typed) == typed


def test_the_base_own_one_word_entries_are_never_rewritten():
    assert expand_chat("trade min kim", frozenset({"min"})) == "trade min kim"
    assert expand_chat("trade min kim") == "trade minister kim"


def test_written_out_chat_forms_never_make_a_question_longer_than_the_cut(engine):
    from values.text import MAX_QUESTION_CHARS

    parsed = engine.parse("u rn " * 400)
    assert parsed.truncated and len(parsed.text) <= MAX_QUESTION_CHARS


def test_a_short_form_that_is_part_of_a_name_is_left_alone():
    own = frozenset({"min hee", "rep huh"})
    assert expand_chat("who is min hee-hoon", own) == "who is min hee-hoon"
    assert expand_chat("what did rep huh young say", own) == "what did rep huh young say"
    assert expand_chat("whos the trade min", own) == "who is the trade minister"
    assert expand_chat("the us trade rep", own) == "the us trade representative"


def test_a_company_tariff_bill_is_its_tariff_costs(engine):
    parsed = engine.parse("hyundai+kia tariff bill for 2025, how bad")
    assert "term:bill" not in parsed.concepts  # not a law
    assert "term:hyundai" in parsed.concepts  # the company, not the car
    assert engine.parse("special act corp capital?").unknown == []


def test_which_party_proposed_reads_the_proposing(engine):
    parsed = engine.parse("which party proposed the special act")
    assert parsed.blocking == [] and "term:submit" in parsed.concepts


def test_two_plus_two_talks(engine):
    assert "term:two-plus-two" in engine.parse("2+2 april 2025 how long").concepts
    assert expand_chat("12+2") == "12+2"


@pytest.mark.parametrize(
    "question, months",
    [
        ("who did kim meet in jan", [1]),
        ("what happened in sept", [9]),
        ("who did yeo meet in dc in feb 2026", [2]),
        ("what happened in the pre-jan talks", []),  # part of a compound, not the month
    ],
)
def test_short_month_names_are_months(engine, question, months):
    assert engine.parse(question).months == months


def test_two_names_and_a_verb_are_a_question_about_them(engine):
    parsed = engine.parse("who else did Kim see in DC apart from Lutnick?")
    assert "see" in parsed.unknown and parsed.blocking == []
    assert "rain" in engine.parse("is it gonna rain in seoul").blocking  # one place
