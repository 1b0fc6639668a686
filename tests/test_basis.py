"""The legal basis of a tariff ("which law", "under what authority", "sec 232 or ieepa?",
"어떤 법에 근거"): answered from the product's rate history, at the time asked; "law"
about the Special Act still goes to the Act."""

from __future__ import annotations

import pytest

from handlers.basis import is_basis_question


@pytest.mark.parametrize(
    "question, present, absent",
    [
        # the basis of the rate in force now, with its figure and start
        (
            "What statute are the US tariffs on Korean cars imposed under?",
            ["Section 232", "15%"],
            ["IEEPA"],
        ),
        ("legal basis for the korean auto tariff?", ["Section 232"], ["IEEPA"]),
        ("which law covers the tariff on korean lumber", ["Section 232"], ["IEEPA"]),
        ("what's the legal authority behind the copper tariff", ["Section 232", "50%"], []),
        # all goods: IEEPA until struck down, then Section 122
        (
            "under what authority did trump impose the reciprocal tariffs on korea?",
            ["IEEPA", "struck down", "February 20, 2026", "Section 122"],
            [],
        ),
        ("what legal authority are tariffs on korean goods under now", ["Section 122", "10%"], []),
        # "X or Y?": which of the two
        (
            "Is the tariff on Korean autos under IEEPA or Section 232?",
            ["Section 232, not IEEPA"],
            [],
        ),
        ("korean goods tariff: ieepa or sec 122 rn?", ["Section 122, not IEEPA"], []),
        # a law named, to be checked
        ("is the lumber tariff a section 232 tariff?", ["Yes — Section 232"], []),
        ("the car tariff is under ieepa right?", ["No — Section 232, not IEEPA"], []),
        (
            "were the reciprocal tariffs imposed under section 232?",
            ["No — IEEPA", "not Section 232"],
            [],
        ),
        ("are korean goods still under ieepa?", ["No — Section 122, not IEEPA"], []),
        ("목재 관세는 IEEPA로 부과돼?", ["아니요", "232"], []),
        # the words people use for it
        ("which statute authorizes the tariff on korean chips", ["Section 232", "25%"], []),
        ("on what legal grounds are auto parts tariffed?", ["Section 232"], []),
        ("what law did trump cite for the car tariffs?", ["Section 232"], []),
        # a rate raised under the measure it raised: that measure's law, citing its report
        ("what authority does the us use for the steel tariffs?", ["Section 232", "50%"], []),
        ("which law was struck down by the supreme court?", ["IEEPA", "February 20, 2026"], []),
        # what took the place of a basis that ended
        (
            "What took the place of the IEEPA tariffs once the court struck them down?",
            ["Section 122", "10%", "February 24, 2026"],
            [],
        ),
        # at a time asked; the 25% took effect the day the Section 232 measure was announced
        # to (Korea Pro), though its own report names no law (KBS News)
        ("under what law was the car tariff in september 2025?", ["Section 232", "25%"], []),
        # at a time asked
        (
            "under which law was the reciprocal tariff on korea in october 2025?",
            ["IEEPA", "15%"],
            ["Section 122"],
        ),
        # a rate stated: the law of that rate, when it was in force
        ("is the 25% car tariff under ieepa?", ["No — Section 232, not IEEPA", "25%"], ["15%"]),
        ("what law was the 15% reciprocal tariff under?", ["IEEPA", "15%"], ["Section 122"]),
        # Korean
        ("한국산 목재 관세의 법적 근거는 뭐야?", ["232"], ["IEEPA"]),
        ("상호관세는 무슨 법으로 부과됐어?", ["IEEPA", "122"], []),
        ("반도체 관세 근거 법은?", ["232"], []),
        ("자동차 관세는 232조야 IEEPA야?", ["232"], []),
    ],
)
def test_basis_answered(ask, question, present, absent):
    answer = ask(question)
    assert answer.answered, answer.text
    assert answer.sources
    for text in present:
        assert text in answer.text, (text, answer.text)
    for text in absent:
        assert text not in answer.text, (text, answer.text)


@pytest.mark.parametrize(
    "question",
    [
        "what law is the tariff on korean kimchi under?",  # no rate on the product
        "under what law are the tariffs on korean trucks imposed?",
        "what law is the korean aluminum tariff under?",  # no source names it
        "what law were the reciprocal tariffs under in may 2025?",  # none named for then
        "what law will the tariffs on korean cars be under in 2027?",  # after the newest report
        "what law is the 30% car tariff under?",  # never a 30% rate
        "what law was the 25% reciprocal tariff under?",  # paused the day it began; no law named
        "what law are pharma tariffs under",  # in force, no law named; an agreed rate lends none
    ],
)
def test_basis_not_sourced_is_declined(ask, question):
    answer = ask(question)
    assert not answer.answered, answer.text
    assert "Section 232" not in answer.text and "IEEPA" not in answer.text


@pytest.mark.parametrize(
    "question, expected",
    [
        ("which law did the national assembly pass in march 2026?", "March 12, 2026"),
        ("when was the law passed", "March 12, 2026"),
    ],
)
def test_the_law_of_the_special_act_stays_the_act(ask, question, expected):
    answer = ask(question)
    assert answer.answered, answer.text
    assert expected in answer.text
    assert "Section 232" not in answer.text and "IEEPA" not in answer.text


def test_basis_question_parses_as_basis(engine):
    for question in (
        "under which statute are chip tariffs imposed",
        "sec 232 or ieepa for steel?",
        "철강 관세는 어떤 법에 근거해?",
    ):
        q = engine.parse(question)
        assert "basis" in q.asks, question
        assert is_basis_question(q), (question, q.blocking)
    for question in (
        "when was the law passed",
        "is the 20bn cap in the law",
        "특별법 통과는 언제야?",
    ):
        assert "basis" not in engine.parse(question).asks, question


def test_borrowed_basis_cites_the_report_that_names_it(ask):
    """Steel's 50% report names no law; the 25% it doubled was under Section 232 (another
    report): the answer cites both."""
    answer = ask("what law are korean steel tariffs under?")
    assert answer.answered, answer.text
    assert "rate-steel-section-232-25-2025-03-12" in answer.facts
    assert "rate-steel-section-232-50-2025-06-04" in answer.facts


@pytest.mark.parametrize(
    "question, present",
    [
        (
            "did the ruling affect the lumber tariff?",
            ["No.", "IEEPA", "Section 232", "still in force"],
        ),
        ("so scotus wiped out the tariffs on korean chips too?", ["No.", "Section 232", "25%"]),
        ("대법원 판결로 자동차 관세도 없어졌어?", ["아니요", "232"]),
    ],
)
def test_a_ruling_that_struck_other_tariffs_down_spared_these(ask, question, present):
    """The tariffs struck down were under one law (IEEPA); a product's rate under another,
    in force through the ruling and still in force, was not among them."""
    answer = ask(question)
    assert answer.answered, answer.text
    for text in present:
        assert text in answer.text, (text, answer.text)
    assert "rate-korean-imports-ieepa-15-2025-08-07-struck-down" in answer.facts


@pytest.mark.parametrize(
    "question",
    [
        "did the court kill the aluminum tariff",  # no law named for it: no "No"
        "did the supreme court kill the car tariffs in 2025?",  # no ruling then
    ],
)
def test_no_no_without_the_law_or_the_ruling(ask, question):
    answer = ask(question)
    assert not answer.text.startswith("No."), answer.text


def test_words_asking_the_law_stay_unknown_elsewhere(ask):
    """'authority' is understood in "which authority imposed the car tariff", not in a
    question about something else, which declines as before."""
    assert not ask("which authority handles ieepa refunds?").answered


@pytest.mark.parametrize(
    "question",
    [
        "what are the section 232 tariffs on korea",
        "which korean goods face section 232 tariffs?",
        "what does section 232 cover for korea now",
    ],
)
def test_the_goods_under_a_law_now_are_listed_with_those_whose_law_no_report_names(
    engine, question
):
    """Each product whose rate in force is under the law asked, with its rate; steel's
    reports name no law, so steel is told apart, never put under Section 232 by guess."""
    answer = engine.ask(question)
    assert answer.answered, answer.text
    for told in ("autos", "15%", "semiconductors", "25%", "lumber"):
        assert told in answer.text, answer.text
    assert "steel" in answer.text.split("name no law")[-1], answer.text


def test_a_law_with_nothing_under_it_now_is_not_a_list(engine):
    answer = engine.ask("what goods are under ieepa tariffs now")
    assert "name no law" not in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    ["which court said sec 122 was unlawful in may", "who imposed the section 232 tariffs"],
)
def test_a_question_about_a_law_that_asks_something_else_is_not_the_list(engine, question):
    answer = engine.ask(question)
    assert "tariffs in force on South Korean goods:" not in answer.text, answer.text
