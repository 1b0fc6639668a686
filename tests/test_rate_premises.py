"""A question that states a rate, a change or a date about a product's tariff is checked
against the product's rate history: the correction first when the history contradicts
it, "Yes" when it confirms it (asked as a check), and never "No" when it is unclear.
These are new paraphrases, not the question sets' wording."""

from __future__ import annotations

import pytest

NO = ("No —", "No.", "The premise is off", "아니요", "전제가 틀렸")


def _corrects(answer) -> bool:
    return answer.text.startswith(NO)


@pytest.mark.parametrize(
    "question, figure",
    [
        # a cut that never happened: the product stayed where it was
        ("how come the deal brought the aluminum tariff down to 10%", "50%"),
        ("copper got cut to 25 after the trade deal right", "50%"),
        ("did the trade deal reduce the tariff on korean aluminum?", "50%"),
        # a rise where the history shows a fall, on the day stated
        ("why did korean car tariffs jump to 30% on november 1 2025", "15%"),
        ("the auto tariff went up on nov 1, 2025 right?", "15%"),
        # a rate stated for a day when another was in force
        ("lumber tariff rose to 50% in november 2025, why?", "15%"),
        ("did car tariffs climb back to 25% in march 2026", "15%"),
        # the day a change is said to have applied, when it applied later
        ("did korean car tariffs drop to 15% right after the july 2025 deal was struck?", "25%"),
        # a stated rate that is not the one in force, or not the one agreed
        ("why is the global section 122 tariff 25%", "10%"),
        ("the section 122 surcharge is 15% now right", "10%"),
        ("why did seoul agree to a 20% tariff on its autos", "15%"),
        # a measure that never existed at that rate
        ("when did the 30% section 122 tariff take effect", "10%"),
        # stayed put, when it moved
        ("why did the car tariff stay at 25% after the july 2025 deal", "15%"),
        # "since" a time: then and every day to now
        ("cars have been 25% since april 2025 right?", "15%"),
        # a yes/no question with the rate in it
        ("was steel 50% in may 2025?", "25%"),
        # a move with no direction said, checked for its rate and time
        ("cars went back to 25% in march 2026 didn't they", "15%"),
        # "the day" of an event: that day, not the next change after it
        ("did car tariffs drop to 15% the day the deal was announced", "25%"),
        ("합의 발표되자마자 자동차 관세가 15%로 내려갔나요?", "25%"),
        # the figure and a tag, no verb
        ("global tariff 15% rn right", "10%"),
        # a rate said for now is read from what is collected, not from an announced 15%
        ("122조 관세가 20%라던데 맞아?", "10%"),
        # an end the history does not show: the tariff still collected
        ("did the supreme court ruling scrap the tariff on korean lumber?", "15%"),
        ("대법원 판결로 자동차 관세가 폐지됐나요?", "15%"),
        # a chat form with no tag: stated as a fact
        ("cars are 25% tho", "15%"),
        # Korean
        ("알루미늄 관세도 이번 합의로 10%로 낮아졌죠?", "50%"),
        ("122조 관세가 20%였지?", "10%"),
        ("트럼프가 2026년 1월 26일에 한국 관세를 10%로 낮췄죠?", "25%"),
        ("상호관세는 7월 합의 이후 계속 25%로 유지됐죠?", "15%"),
        ("2025년 11월 1일에 자동차 관세가 25%로 올랐지?", "15%"),
    ],
)
def test_a_false_premise_gets_the_correction_first(ask, question, figure):
    answer = ask(question)
    assert answer.answered, answer.text
    assert _corrects(answer), answer.text
    assert figure in answer.text, answer.text
    assert answer.sources, answer.text


@pytest.mark.parametrize(
    "question, figures",
    [
        ("steel went 25 then 50 right?", ["25%", "50%"]),
        ("so korean steel went from 25% to 50%?", ["25%", "50%"]),
        ("did the car tariff fall to 15% on november 1, 2025?", ["15%"]),
        ("lumber rose to 15% in november 2025 right?", ["15%"]),
        ("the deal cut the car tariff to 15% right?", ["15%"]),
        ("알루미늄 관세가 25%에서 50%로 올랐죠?", ["25%", "50%"]),
        ("알루미늄은 25%였다가 50%로 올랐지?", ["25%", "50%"]),
        ("korea accepted 15% on cars right?", ["15%"]),
    ],
)
def test_a_premise_the_history_confirms_gets_yes(ask, question, figures):
    answer = ask(question)
    assert answer.answered, answer.text
    assert answer.text.startswith(("Yes", "네")), answer.text
    for figure in figures:
        assert figure in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        # true premises asked as why/when: answered, never corrected
        "why did the car tariff drop to 15% on november 1 2025",
        "when did the korean car tariff fall to 15%",
        "why did steel go up to 50% in june 2025",
        # a rate said to be announced, with the status it has
        "why did trump announce a 25% tariff on korean cars in january 2026",
        # before the history begins: the sources cannot tell
        "did the car tariff rise to 25% in 2019",
        # the start of a tariff with nothing collected before it: no direction to judge
        "did the chip tariff go up to 25% in january 2026",
        # a cut from a rate only threatened (25%) to one collected (15%, up from 10%)
        "did the deal cut korea's tariffs?",
        "why did the us lower korea's tariff to 15% in july 2025?",
        # three days after the summit: "immediately after" may well mean it
        "did the car tariff fall to 15% immediately after the gyeongju summit?",
        # a hike said, not made; a what-if; Korea's own tariffs
        "did trump say he would raise the car tariff to 25% in january 2026?",
        "what if the car tariff was 25%?",
        "did korea cut its tariffs on american cars to 0%",
        # true up to a time, which is not checked here
        "cars were 25% until november 2025 right?",
        # right for part of the month stated (25% to June 3, then 50%)
        "steel was 25% in june 2025 right?",
        # "from 25 to 15": from the threatened (and paused) 25%, as reports put it
        "did the reciprocal go from 25 to 15?",
        # a rate named, something else asked about it
        "is the 15% car rate retroactive?",
        "Is the 15% rate on Korean cars charged on top of the MFN duty?",
        # an end with no time or ruling named: which court, and when, is unclear
        "a court killed the section 122 tariff right?",
        # something else about the tariff ended: a quota
        "did the steel quota end in march 2025?",
        # a choice asked, not a claim
        "did the car tariff go up or down in november 2025?",
        # one that did end
        "did the supreme court strike down the reciprocal tariffs?",
        # more steps than one claim checks
        "cars went 25 then 15 then 25 right?",
    ],
)
def test_a_true_or_unclear_premise_is_never_called_false(ask, question):
    answer = ask(question)
    assert not _corrects(answer), answer.text
    assert not answer.text.startswith("Yes — 15%"), answer.text  # a figure named, not asked


@pytest.mark.parametrize(
    "question",
    [
        "why did japan's car tariff fall to 15%",
        "did the deal cut the tariff on korean kimchi",
        "why did the eu cut its steel tariff to 15%",
    ],
)
def test_outside_the_base_is_still_declined(ask, question):
    answer = ask(question)
    assert not answer.answered, answer.text


def test_a_rate_agreed_then_and_collected_later_says_both(ask):
    answer = ask("was the car tariff lowered to 15% in july 2025?")
    assert answer.answered, answer.text
    assert not answer.text.startswith("Yes"), answer.text
    assert "agreed" in answer.text and "November 1, 2025" in answer.text, answer.text


def test_an_announced_rise_is_never_told_as_in_force(ask):
    answer = ask("trump raised the car tariff to 25% in january 2026 right?")
    assert answer.answered, answer.text
    assert not answer.text.startswith("Yes"), answer.text
    assert "announced" in answer.text or "threatened" in answer.text, answer.text


def test_an_end_claimed_for_two_products_is_checked_for_each(ask):
    answer = ask("did the supreme court ruling end the tariffs on korean steel and copper?")
    assert answer.answered, answer.text
    assert answer.text.startswith("No"), answer.text
    assert "steel" in answer.text and "copper" in answer.text, answer.text


@pytest.mark.parametrize(
    "question, collected, said",
    [
        ("trump announced 25% on cars in january but what do they actually pay", "15%", "25%"),
        ("trump said 100% on chips but what is actually charged", "25%", "100%"),
    ],
)
def test_a_rate_said_is_told_apart_from_the_rate_collected(ask, question, collected, said):
    answer = ask(question)
    assert answer.answered, answer.text
    assert answer.text.startswith("Not in force"), answer.text
    assert collected in answer.text and said in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "did the ruling end the threat of 25% tariffs on cars",
        "did the steel quota end in march 2025?",
        "did the 90 day pause on korean goods end in july 2025?",
    ],
)
def test_something_else_that_ended_is_not_the_tariff(engine, question):
    from handlers import rate_premise

    assert rate_premise.check(engine.parse(question), engine.base) is None
