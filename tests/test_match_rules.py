"""Matching and deciding rules against wrong confident answers (issues #11, #12): each
rule with a question it must change and one it must leave alone."""

from __future__ import annotations

from engine.decide import decide
from engine.match import (
    Candidate,
    asked_slots,
    beyond_newest,
    holds_slot,
    literal_share,
    predecessor,
    rank,
    stale_role,
)
from engine.when import read_time
from knowledge.factbase import EventFact, Fact, RateFact
from values.dates import Day


def _fact(text: str, kind: str = "event", **fields) -> Fact:
    made = {"event": EventFact, "rate": RateFact}[kind]
    return made(id="x", source=None, file="t.yaml", line=1, text={"en": text}, **fields)


# --- unknown words that carry the question ------------------------------------------


def test_unknown_words_beside_only_common_ones_are_not_answered(ask):
    for question in (
        "Write a poem about tariffs.",
        "What tariff does South Korea apply to cheese?",
    ):
        assert not ask(question).answered, question


def test_a_clear_question_with_a_filler_word_is_still_answered(ask):
    answer = ask("whats the tariff on korean cars now lol")
    assert answer.answered and "15%" in answer.text


def test_thin_rule_in_decide(engine):
    q = engine.parse("write a poem about tariffs")
    fact = engine.base.facts["trump-new-legal-tariffs-coming-months"]
    thin = decide(q, [Candidate(fact, 0.9, 1.0, specific=1.1)])
    assert thin.action != "answer"
    assert "poem" in thin.reason
    q = engine.parse("what tariffs did trump announce")  # no unknown word: may answer
    assert decide(q, [Candidate(fact, 0.9, 1.0, specific=1.1)]).action == "answer"


def test_an_unknown_word_after_a_possessive_is_what_is_asked(ask):
    assert not ask("What is Howard Lutnick's net worth?").answered
    answer = ask("Who is Howard Lutnick?")
    assert answer.answered and "Commerce" in answer.text


# --- time ----------------------------------------------------------------------------


def test_a_time_after_the_newest_report_is_declined(engine, ask):
    assert not ask("What will the US tariff on Korean cars be in 2027?").answered
    assert beyond_newest(engine.parse("car tariff in 2027"), engine.base)
    assert not beyond_newest(engine.parse("car tariff in 2026"), engine.base)
    answer = ask("What was the US tariff on Korean cars in 2026?")
    assert answer.answered and "15%" in answer.text


def test_before_a_date_means_the_day_before_it():
    assert read_time("tariff before march 12 2025").days == (Day(2025, 3, 11),)
    assert read_time("steel b4 june 2025").days == (Day(2025, 5),)
    assert read_time("tariff after march 12 2025").days == (Day(2025, 3, 12),)
    assert read_time("tariff until march 12 2025").days == (Day(2025, 3, 12),)
    assert read_time("tariff before the deal").anchor == "the deal"


def test_steel_before_june_2025_is_the_rate_then(ask):
    answer = ask("steel tariff before june 2025")
    assert answer.answered and "25%" in answer.text and "50%" not in answer.text


# --- people and dates ----------------------------------------------------------------


def test_an_office_reported_only_long_ago_is_not_who_holds_it_now(engine, ask):
    from knowledge.factbase import PersonFact, Role

    answer = ask("Who is the prime minister of Korea?")
    assert answer.answered and "Kim Min-seok" in answer.text  # in office from July 3, 2025
    q = engine.parse("who is the minister of trade, industry and energy")
    ahn = engine.base.facts["ahn-duk-geun"]  # only ever reported in office in April 2025
    assert stale_role(ahn, q, engine.base)
    assert not stale_role(engine.base.facts["lee-jae-myung"], q, engine.base)
    recent = Role("Minister", None, None, None, (), seen=engine.base.as_of)
    fresh = PersonFact(id="p", source=None, file="t", line=1, name="P", roles=(recent,))
    assert not stale_role(fresh, q, engine.base)
    answer = ask("Who is the president of South Korea?")
    assert answer.answered and "Lee Jae" in answer.text


def test_a_past_question_may_name_an_old_office(engine):
    q = engine.parse("who was the prime minister of korea in april 2025")
    assert not stale_role(engine.base.facts["han-duck-soo"], q, engine.base)


def test_who_held_an_office_before_someone(engine, ask):
    assert "Cheong In-kyo" in ask("Who was Korea's trade minister before Yeo Han-koo?").text
    answer = ask("Who was minister of trade, industry and energy before Kim Jung-kwan?")
    assert "Ahn Duk-geun" in answer.text
    # Several alike offices before Lee: no one person, so no answer.
    assert predecessor(engine.parse("who was president before lee jae-myung"), engine.base) == []
    # Not a "before <person>" question: the rule stays out.
    assert predecessor(engine.parse("who met lutnick before the deal"), engine.base) is None


def test_a_question_naming_only_a_person_is_about_the_person(engine):
    top = rank(engine.parse("whos korea's industry minister"), engine.base, engine.lexicon)[0]
    assert top.fact.id == "kim-jung-kwan"


# --- what is asked for: a number, a length of time, a place ---------------------------


def test_slots_asked(engine):
    assert asked_slots(engine.parse("how many workers were detained")) == {"count"}
    assert asked_slots(engine.parse("how long was the call")) == {"duration"}
    assert asked_slots(engine.parse("in which city was the summit held")) == {"place"}
    assert asked_slots(engine.parse("how much is the duty on a $30,000 car")) == set()
    assert asked_slots(engine.parse("what did lutnick say")) == set()


def test_a_slot_is_held_only_by_words_that_fill_it():
    dates_only = _fact("On Thursday, September 4, 2025, workers were arrested at 10 a.m.")
    assert not holds_slot(dates_only, "count", {})
    assert holds_slot(_fact("On September 4, 2025, 475 people were detained."), "count", {})
    assert holds_slot(_fact("a 20-minute call"), "duration", {})
    assert holds_slot(_fact("talks lasted more than two hours"), "duration", {})
    assert not holds_slot(_fact("the call began at 10 p.m. on June 6, 2025"), "duration", {})
    assert holds_slot(_fact("no count", kind="rate"), "count", {})
    assert holds_slot(_fact("met", place="gyeongju"), "place", {})
    assert not holds_slot(_fact("met"), "place", {})


def test_a_count_question_prefers_the_fact_with_a_count(engine):
    ranked = rank(
        engine.parse("How many South Koreans were detained in the Georgia raid?"),
        engine.base,
        engine.lexicon,
    )
    counted = [c for c in ranked if holds_slot(c.fact, "count", {})]
    assert counted and ranked[0] is counted[0]


def test_literal_share(engine):
    q = engine.parse("when did kim fly from ottawa")
    assert literal_share(_fact("Kim flew to Washington from Ottawa."), q) > literal_share(
        _fact("Kim met Lutnick."), q
    )
    assert literal_share(_fact("anything"), engine.parse("what is it")) == 1.0


# --- statuses ------------------------------------------------------------------------


def test_a_date_that_names_a_measure_is_not_the_time_asked():
    ref = read_time("has the 25% tariff trump announced on january 26, 2026 taken effect")
    assert ref.days == () and ref.named == (Day(2026, 1, 26),)
    ref = read_time("what was the car tariff on january 26, 2026")
    assert ref.days == (Day(2026, 1, 26),) and ref.named == ()


def test_a_measure_never_put_in_force_is_said_not_to_be(ask):
    answer = ask("Has the 25% auto tariff that Trump announced on January 26, 2026 taken effect?")
    assert answer.answered and "no source reports it as implemented" in answer.text
    assert " is in effect" not in answer.text
    state = ask("Is the car tariff in effect?")
    assert state.text.startswith("Yes.") and "no source I have reports it in force" in state.text


def test_in_effect_yes_no_honours_a_stated_rate(engine):
    from handlers import rate_state

    q = engine.parse("is the 25% car tariff in effect now")
    q.asks.add("yesno")
    q.concepts["term:in effect"] = 1.0
    assert q.rates and all(rate == 25 for rate in q.rates)
    result = rate_state.handle(q, [], engine.base, 1.0)
    assert result is not None and result.text.startswith("No.")


# --- when a rate took effect ---------------------------------------------------------


def test_the_day_a_rate_took_effect_comes_from_the_history(ask):
    answer = ask("When did the 15% tariff on Korean cars take effect?")
    assert answer.answered and "November 1, 2025" in answer.text
    answer = ask("On what date did Korea's 15% reciprocal rate take effect?")
    assert answer.answered and "August 7, 2025" in answer.text


def test_no_start_day_is_made_up(ask):
    # In force by a report of January 25, 2026 with no start given: what was said and
    # that report, never "took effect on January 25".
    answer = ask("When did the 15% pharmaceutical tariff take effect?")
    assert "took effect on" not in answer.text and "no day it took effect" in answer.text
    answer = ask("When did the 25% tariff on Korean cars take effect?")
    assert answer.answered and "April 3, 2025" in answer.text
    # Two rates collected and none asked: each start, in order (the first is when the
    # tariff began; the later one when the rate now collected began), never one day alone.
    answer = ask("When did the lumber tariff take effect?")
    assert "10% from October 14, 2025, then 15% from November 14, 2025" in answer.text
    answer = ask("when did the steel tariff start")
    assert "25% from March 12, 2025, then 50% from June 4, 2025" in answer.text


def test_start_questions_are_only_when_questions(engine):
    from handlers.rate_state import is_start_question

    assert is_start_question(engine.parse("when did the chip tariff start"))
    assert not is_start_question(engine.parse("what is the chip tariff"))
    assert not is_start_question(engine.parse("when did kim start the talks"))


# --- out of scope: Korea's own tariffs, won, prices, sales ----------------------------


def test_korean_tariffs_on_american_goods_are_declined(engine, ask):
    from engine.scope import out_of_scope

    for question in (
        "does korea tax US beef, how much",
        "What tariff does Korea charge on American oranges?",
    ):
        assert out_of_scope(engine.parse(question)) == "us_goods", question
        assert "American goods" in ask(question).text
    assert out_of_scope(engine.parse("what is the us tariff on korean cars")) is None


def test_prices_sales_and_won_are_declined(engine):
    from engine.scope import out_of_scope

    assert out_of_scope(engine.parse("Convert the $6,000 duty on a Korean car into won.")) == "won"
    assert out_of_scope(engine.parse("What does a Kia EV9 cost in the United States?")) == "price"
    assert out_of_scope(engine.parse("how many hyundais sold in the us last month")) == "volume"
    assert out_of_scope(engine.parse("What is the duty on a $30,000 Korean car?")) is None
    assert out_of_scope(engine.parse("How much will the tariff cost Hyundai?")) is None


def test_an_unknown_word_two_after_a_possessive_still_counts(ask):
    assert not ask("What is Donald Trump's current approval rating?").answered
    assert ask("What is Korea's industry minister's name?").answered


def test_a_rate_fills_a_count_only_when_the_rate_is_asked_or_its_report_counts(engine):
    rate = engine.base.facts["rate-steel-derivatives-section-232-50-2025-08-18"]
    assert holds_slot(rate, "count", {}, engine.parse("how many derivative items got 50%"))
    bare = _fact("", kind="rate")
    assert holds_slot(bare, "count", {}, engine.parse("how big is the tariff increase on lumber"))
    assert not holds_slot(bare, "count", {}, engine.parse("how large was the steel quota"))
    assert not holds_slot(bare, "duration", {}, engine.parse("how long can a surcharge last"))


def test_counted_items_under_a_rate_come_from_the_report(ask):
    answer = ask("How many steel derivative items came under the 50% tariff in August 2025?")
    assert answer.answered and "407" in answer.text


def test_when_did_a_product_change_to_a_rate(ask):
    answer = ask("when did cars drop to 15")
    assert answer.answered and "November 1, 2025" in answer.text


def test_who_else_wants_someone_not_named(engine):
    from engine.match import fit

    q = engine.parse("who else did kim jung-kwan meet in dc besides lutnick")
    both = engine.base.facts["kim-lutnick-meeting-2026-03-06"]
    assert set(both.people) <= set(q.people)
    concepts = engine.lexicon.fact_concepts[both.id]
    plain = engine.parse("who did kim jung-kwan meet in dc with lutnick")
    assert fit(both, q, concepts) < fit(both, plain, concepts)


def test_chat_month_abbreviations_date_the_question(engine):
    from engine.match import asked_months

    assert asked_months(engine.parse("why'd trump threaten korea in jan")) == [1]
    assert asked_months(engine.parse("steel b4 aug")) == [8]
    # A short month name counts as the month like the full name does (engine/parse), with a
    # year or without: "in jan 2026" filters as "in january 2026" does.
    assert asked_months(engine.parse("trump cut korea to 10% in jan 2026 right")) == [1]
    assert asked_months(engine.parse("trump cut korea to 10% in january 2026 right")) == [1]
    assert asked_months(engine.parse("what did trump say")) == []


def test_taking_office_wants_the_report_of_it(engine, ask):
    from engine.match import fit

    answer = ask("When did Lee Jae Myung take office?")
    assert answer.answered and "June 4, 2025" in answer.text
    q = engine.parse("When did Lee Jae Myung take office?")
    told = engine.base.facts["trump-approves-nuclear-submarine-2025-10-30"]  # "...Office Director"
    concepts = engine.lexicon.fact_concepts[told.id]
    plain = engine.parse("When did Lee Jae Myung meet Trump?")
    assert fit(told, q, concepts) < fit(told, plain, concepts)
    answer = ask("When was Yeo Han-koo appointed chief trade negotiator?")
    assert answer.answered and "June 10, 2025" in answer.text


def test_an_unknown_name_is_another_subject(ask):
    assert not ask("How much profit did Samsung make in the second quarter of 2026?").answered
    # Capitalised everyday words ("Commerce Department") are not unknown names.
    answer = ask("Who did Kim Jung-kwan meet at the Commerce Department on January 29, 2026?")
    assert answer.answered and "Lutnick" in answer.text


def test_a_sum_to_work_out_is_not_answered_by_a_report(ask):
    # A car brand in a duty question is the car (engine/parse): the duty handler works
    # the sum out at both times, no report answers it.
    sums = ask("40k kia in sept 2025 vs now, how much duty")
    assert sums.answered and "$10,000" in sums.text and "$6,000" in sums.text
    answer = ask("Who signed the memorandum of understanding on the $350 billion investment?")
    assert answer.answered


def test_how_many_of_an_unknown_thing_is_not_answered(ask):
    # ("can claim" is understood now: who is entitled; the count is in the answer)
    assert not ask("how many korean exporters can lobby for refunds").answered
    assert not ask("how many korean exporters hired lawyers for refunds").answered
    assert "10 years" in ask("how many years would it take to pay the cash at the cap").text


def test_a_plain_rate_question_on_a_product_wants_a_rate(ask, tmp_path):
    # With its rate sourced, copper answers with it; in a copy of the base without the
    # copper rate sources, a notice that mentions copper is not its tariff.
    import shutil

    from answering import Engine
    from tests.conftest import ROOT
    from tests.test_charts import COPPER_FILES

    answer = ask("copper tariff")
    assert answer.answered and "50%" in answer.text and "Section 232" in answer.text
    data = tmp_path / "data"
    shutil.copytree(ROOT / "knowledge" / "data", data)
    for name in COPPER_FILES:
        (data / "sources" / name).unlink()
    assert not Engine.load(data).ask("copper tariff").answered
    answer = ask("steel tariff")
    assert answer.answered and "50%" in answer.text


def test_one_common_notion_beside_unknown_words_is_thin(ask, engine):
    assert not ask("when did cape go viral").answered
    # "go live" is a phrase of the vocabulary (a launch), no longer an unknown word
    assert "April 20" in ask("when did cape go live").text
    # One rarer notion alone ("the Supreme Court") is a question in its own right.
    assert ask("What did the US Supreme Court decide on February 20, 2026?").answered


def test_a_short_unknown_word_before_a_number_names_something(engine):
    q = engine.parse("when does xyz 122 end")
    fact = engine.base.facts["yeo-trip-no-significant-results"]
    assert decide(q, [Candidate(fact, 0.9, 1.0, specific=2.3)]).action != "answer"


def test_the_status_told_does_not_depend_on_report_order(engine):
    from handlers.rate_state import _merged
    from knowledge.history import rate_history

    twins = [
        p
        for p in rate_history(engine.base, "autos")
        if p.rate == 25 and p.start == Day(2026, 1, 26)
    ]
    assert {p.status for p in twins} == {"announced", "threatened"}
    for order in (twins, twins[::-1]):
        ((kept, others),) = _merged(order)
        assert kept.status == "announced" and others == ("threatened",)


def test_the_other_reported_status_is_said(ask):
    text = ask("What is the car tariff now?").text
    assert "announced a 25% tariff" in text and "called it a threat" in text
    # said once: the fact's own "Reports differ" line carries it, no second sentence
    assert "Some reports say it was threatened" not in text


def test_the_exchange_rate_is_not_in_the_sources(engine, ask):
    from engine.scope import out_of_scope

    for question in ("환율은 얼마야?", "What's the won-dollar exchange rate?"):
        assert out_of_scope(engine.parse(question)) == "won", question
        assert not ask(question).answered
    assert out_of_scope(engine.parse("can korea slow payments if the won tanks?")) is None


def test_a_person_asked_by_name_is_never_stale(engine, ask):
    q = engine.parse("who is ahn duk-geun")
    assert not stale_role(engine.base.facts["ahn-duk-geun"], q, engine.base)
    assert "Ahn Duk-geun" in ask("Who is Ahn Duk-geun?").text


def test_how_words_are_asked_for_is_not_held_against_a_quote(engine):
    from knowledge.factbase import QuoteFact

    quote = QuoteFact(id="q", source=None, file="t", line=1, text={"en": "We will talk."})
    asked = engine.parse("What did Howard Lutnick tell reporters?")
    assert literal_share(quote, asked) == 1.0  # the speaker and "tell reporters" aside
    assert literal_share(quote, engine.parse("What did Lutnick say about chips?")) < 1.0
