"""Casual questions answered in full (issue #12, the answer side): pledge sums with the
arithmetic shown, a stated figure checked with Yes or No, false premises corrected,
outcomes the sources do not report, every match for "who else", each part of a
multi-part question, the relative change beside the points, replies that read well."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "question, figures",
    [
        (
            "how much of the pledge is left after the cash?",
            ["$150 billion", "$350 billion − $200 billion = $150 billion", "shipbuilding"],
        ),
        (
            "what's the rest of the pledge besides shipbuilding",
            ["$350 billion − $150 billion = $200 billion", "cash"],
        ),
        ("ratio of cash to shipbuilding?", ["1.33 to 1", "4:3", "$200 billion ÷ $150 billion"]),
        ("how much cash per month at the cap?", ["$1.67 billion", "$20 billion ÷ 12"]),
        ("how long to pay the cash at the cap", ["10 years", "$200 billion ÷ $20 billion"]),
        (
            "cash paid after 4 yrs at the cap & whats left",
            ["$80 billion", "$120 billion", "$200 billion − $80 billion = $120 billion"],
        ),
        ("200bn cash + 150bn ships = ?", ["$200 billion + $150 billion = $350 billion"]),
        ("전체 약속에서 현금을 빼면 남은 금액은?", ["1,500억 달러", "$350 billion − $200 billion"]),
        ("현금과 조선 비율은?", ["1.33 대 1"]),
    ],
)
def test_pledge_sums_show_their_arithmetic(ask, question, figures):
    answer = ask(question)
    assert answer.answered, answer.text
    assert answer.sources
    for figure in figures:
        assert figure in answer.full_text, (figure, answer.full_text)


@pytest.mark.parametrize(
    "question, opening",
    [
        ("ok so the korea pledge is 500bn?", "No — $350 billion, not $500 billion"),
        ("is the pledge 350bn?", "Yes — $350 billion"),
        ("the annual cap is 25bn right?", "No — $20 billion, not $25 billion"),
        ("그러니까 한국 투자 약속이 5000억 달러 맞죠?", "아니요"),
    ],
)
def test_a_stated_pledge_figure_gets_yes_or_no(ask, question, opening):
    answer = ask(question)
    assert answer.answered and answer.text.startswith(opening), answer.text


def test_pledge_sums_never_use_an_unknown_amount(ask):
    """A sum of figures that are not the pledge's parts is not passed off as the pledge."""
    answer = ask("70bn cash + 20bn ships = ?")
    assert "the whole pledge" not in answer.full_text


@pytest.mark.parametrize(
    "question, opening, figure",
    [
        ("so the car hike is to 30% right?", "No — 25%, not 30%", "25%"),
        ("so the car hike is to 25% right?", "Yes — 25%", "25%"),
        ("steel is 25% now right", "No — 50%, not 25%", "50%"),
        ("steel is 50% now right", "Yes — 50%", "50%"),
        ("car tariff is 25% now right?", "No — 15%, not 25%", "15%"),
        ("철강 관세는 지금 25% 맞죠?", "아니요, 25%가 아니라 50%입니다", "50%"),
        ("자동차 관세 인상은 30%죠?", "아니요, 30%가 아니라 25%입니다", "25%"),
    ],
)
def test_a_stated_rate_gets_yes_or_no_then_the_sourced_rate(ask, question, opening, figure):
    answer = ask(question)
    assert answer.answered and answer.sources
    assert answer.text.startswith(opening), answer.text
    assert figure in answer.text


def test_a_stated_rate_is_never_confirmed_by_a_fact_that_only_announced_it(ask):
    """Section 122: 15% was announced, 10% is collected; 'is 15% right?' is no Yes."""
    answer = ask("section 122 is 15% right?")
    assert not answer.text.startswith("Yes")


def test_a_question_without_a_stated_figure_is_left_as_it_was(ask):
    answer = ask("is the 25% car thing actually in effect or nah")
    assert not answer.text.startswith(("Yes —", "No —"))


@pytest.mark.parametrize(
    "question",
    [
        "what did the US promise to invest in Korea?",
        "why did the us pledge 350bn to korea",
        "how much is the us investing in korea",
    ],
)
def test_a_pledge_with_the_roles_reversed_is_corrected(ask, question):
    answer = ask(question)
    assert answer.answered and answer.sources
    assert answer.text.startswith("My sources report no US pledge"), answer.text
    assert "South Korea pledged to invest $350 billion" in answer.text
    assert "the US pledged" not in answer.text


def test_what_the_us_promised_in_return_is_no_false_premise(ask):
    answer = ask("what did the us promise korea in return for the investment")
    assert "no US pledge" not in answer.text


def test_reversed_roles_in_korean(ask):
    answer = ask("미국이 한국에 투자하기로 약속한 금액은?")
    assert answer.text.startswith("제 출처에는 미국이 한국에 투자하기로 약속했다는 내용이 없습니다")
    assert "3,500억 달러" in answer.text


@pytest.mark.parametrize(
    "question, correction, fact",
    [
        (
            "why did scotus uphold the tariffs",
            "No — the sources report no ruling upholding",
            "struck down",
        ),
        (
            "why did the supreme court uphold the reciprocal tariffs?",
            "No — the sources report no ruling upholding",
            "struck down",
        ),
        ("did the special act fail lol", "No — the sources report that it passed", "passed"),
        (
            "why the assembly vote down the special act",
            "No — the sources report that it passed",
            "226",
        ),
        (
            "why did korea get a swap line from the us",
            "No — the sources report no currency swap",
            "swap",
        ),
        (
            "대법원은 왜 관세를 합법으로 인정했나요?",
            "아니요, 출처는 법원이 관세를 인정했다고",
            "10%",
        ),
    ],
)
def test_an_outcome_turned_around_gets_the_correction(ask, question, correction, fact):
    answer = ask(question)
    assert answer.answered and answer.sources
    assert answer.text.startswith(correction), answer.text
    assert fact in answer.text
    assert "court upheld" not in answer.text and "assembly rejected" not in answer.text


def test_a_true_premise_is_not_corrected(ask):
    answer = ask("when did the assembly pass the special act")
    assert answer.answered and not answer.text.startswith("No")


@pytest.mark.parametrize(
    "question",
    [
        "how big is the jump from 15 to 25 in percent?",
        "by what percent would the car tariff rise?",
        "what was the car hike",
    ],
)
def test_a_change_in_points_has_its_relative_size_beside_it(ask, question):
    text = ask(question).full_text
    assert "10 percentage points (+66.7% relative)" in text, text
    assert text.count("+66.7%") <= 2  # once in the answer, once in the arithmetic


def test_the_relative_size_in_korean(ask):
    text = ask("자동차 관세 인상은 상대적으로 몇 퍼센트인가요?").full_text
    assert "10%포인트 인상, 상대적으로 +66.7%" in text
    assert "(25% − 15%) ÷ 15% = +66.7%" in text


@pytest.mark.parametrize(
    "question, met, not_met",
    [
        (
            "who else did kim jung-kwan meet in dc in jan 2026 besides lutnick",
            ["Besides Howard Lutnick", "Chris Wright"],
            ["met Chris Wright and Howard Lutnick"],
        ),
        ("who else did Kim see in DC apart from Lutnick?", ["Chris Wright"], []),
        (
            "who did kim jung-kwan meet in washington in january 2026",
            ["met Chris Wright and Howard Lutnick in Washington in January 2026"],
            [],
        ),
        (
            "who did kim and yeo each meet in dc on march 6",
            ["Howard Lutnick", "Jamieson Greer"],
            [],
        ),
        ("who did yeo meet in dc in feb 2026", ["Rick Switzer"], []),
        (
            "김정관 장관은 2026년 1월 워싱턴에서 러트닉 장관 외에 누구를 만났나요?",
            ["하워드 러트닉 외에", "크리스 라이트를"],
            [],
        ),
    ],
)
def test_who_else_gets_every_meeting_the_sources_report(ask, question, met, not_met):
    answer = ask(question)
    assert answer.answered and answer.sources
    for name in met:
        assert name in answer.text, (name, answer.text)
    for name in not_met:
        assert name not in answer.text


def test_meetings_keep_to_the_place_and_month_asked(ask):
    text = ask("who did kim jung-kwan meet in washington in march 2026").text
    assert "Howard Lutnick" in text and "Chris Wright" not in text


@pytest.mark.parametrize(
    "question, lead",
    [
        ("what came out of Kim's meeting with Wright?", "My sources report no outcome"),
        (
            "김정관 장관과 크리스 라이트 장관의 회담 결과는?",
            "제 출처에는 그 회담의 결과가 보도되어",
        ),
    ],
)
def test_an_outcome_the_sources_do_not_report_is_said_to_be_unreported(ask, question, lead):
    answer = ask(question)
    assert answer.answered and answer.sources
    assert answer.text.startswith(lead)
    assert "Chris Wright" in answer.text or "크리스 라이트" in answer.text
    assert "January 29, 2026" in answer.text or "2026년 1월 29일" in answer.text


def test_a_reported_outcome_is_given_not_denied(ask):
    answer = ask("did kim and lutnick reach a deal in jan 2026")
    assert "no outcome" not in answer.text


def test_split_parts_cut_at_a_new_question_only():
    from answering.orchestrator import split_parts

    assert split_parts("whats the car tariff and when did it change?") == [
        "whats the car tariff",
        "when did it change",
    ]
    assert split_parts("split between cash and ships, plus the annual limit?") == [
        "split between cash and ships",
        "the annual limit",
    ]
    # "and" inside one question is no second question
    assert split_parts("did kim and lutnick reach a deal") == ["did kim and lutnick reach a deal"]
    # a bare "and the ..." joins two nouns of one question; a comma before "how" ends a clause
    joined = "On what day did Korea and the US sign their trade agreement?"
    assert split_parts(joined) == [joined]
    clause = "If a project earns $400 million before recouping, how is that split?"
    assert split_parts(clause) == [clause]
    assert split_parts("whats the car tariff, and the steel tariff rn") == [
        "whats the car tariff",
        "the steel tariff rn",
    ]


@pytest.mark.parametrize(
    "question, figures",
    [
        ("whats the car tariff and when did it change?", ["15%", "November 1, 2025"]),
        (
            "split between cash and ships, plus the annual limit?",
            ["$200 billion in cash", "$20 billion a year", "$150 billion", "shipbuilding"],
        ),
        ("how much is the pledge and who signed the mou", ["$350 billion", "Howard Lutnick"]),
    ],
)
def test_a_multi_part_question_gets_each_part(ask, question, figures):
    answer = ask(question)
    assert answer.answered and answer.sources
    for figure in figures:
        assert figure in answer.text, (figure, answer.text)


def test_a_part_with_no_source_is_named(ask):
    answer = ask("what is the lumber tariff and what is the kimchi tariff")
    assert "15%" in answer.text
    assert "I don't have a sourced fact on \u201cwhat is the kimchi tariff\u201d" in answer.text


def test_a_question_wholly_without_source_is_still_declined(ask):
    answer = ask("what is the kimchi tariff and what is the soju tariff")
    assert not answer.answered


@pytest.mark.parametrize("question", ["What is your source for this?", "이 정보의 출처는 어디야?"])
def test_the_sources_reply_summarises_and_never_repeats_its_source_line(ask, engine, question):
    answer = ask(question)
    assert answer.answered
    assert len(answer.sources) == len(engine.base.sources)  # every source, in the list
    assert str(len(engine.base.sources)) in answer.text
    assert "Yonhap News" in answer.text  # the agency most relayed
    for source in answer.sources:
        assert source.title not in answer.text, source.title


def test_a_question_citing_the_sources_is_not_a_question_about_them(ask):
    answer = ask("How much did South Korea export to the US in 2024 according to the sources?")
    assert not answer.text.startswith("My facts come from")


def test_a_suggestion_is_never_the_question_retyped():
    from answering.orchestrator import _same_question

    assert _same_question(
        "Whats the tariff on Korean kimchi?", "what's the tariff on korean kimchi"
    )
    assert _same_question("When did the tarif start?", "When did the tariff start?")
    assert not _same_question("When did the tariff start?", "When did the tariff end?")


def test_declines_never_suggest_the_question_itself(ask):
    for question in ("What's the tariff on Korean kimchi?", "whats the weather in dc"):
        answer = ask(question)
        assert not answer.answered
        for suggestion in answer.suggestions:
            assert suggestion.lower().strip(" ?") != question.lower().strip(" ?")


@pytest.mark.parametrize(
    "question",
    [
        "so the hike is in effect now huh",
        "is the car hike in effect?",
        "그래서 자동차 관세 인상은 시행 중이죠?",
    ],
)
def test_a_status_check_starts_with_no_when_only_announced(ask, question):
    answer = ask(question)
    assert answer.answered
    assert answer.text.startswith(("No, not in effect", "아니요")), answer.text


@pytest.mark.parametrize(
    "question, opening",
    [
        ("the 90 day pause was in june right?", "No — April 9, 2025, not June"),
        (
            "so the special act was submitted nov 14 right?",
            "No — November 26, 2025, not November 14",
        ),
        ("the special act passed in march right?", "Yes — March 12, 2026"),
    ],
)
def test_a_stated_date_gets_yes_or_no_then_the_sourced_date(ask, question, opening):
    answer = ask(question)
    assert answer.answered and answer.sources
    assert answer.text.startswith(opening), answer.text


def test_a_date_is_not_denied_when_a_like_event_happened_then(ask):
    """Several deals: 'the tariff deal was in july' must not get 'No — October'."""
    answer = ask("the tariff deal was in july right?")
    assert not answer.text.startswith("No —")


@pytest.mark.parametrize(
    "question, figures",
    [
        (
            "What share of the $350 billion pledge is for shipbuilding?",
            ["42.9%", "$150 billion ÷ $350 billion"],
        ),
        ("what share of the pledge is cash vs ships", ["57.1%", "42.9%"]),
        ("3,500억 달러 중 조선 협력 비중은 몇 퍼센트야?", ["42.9%"]),
        (
            "대미 현금 투자를 연간 한도만큼 3년 동안 내면 누적 얼마야?",
            ["600억 달러", "3 × $20 billion"],
        ),
    ],
)
def test_pledge_shares_and_sums_in_english_and_korean(ask, question, figures):
    answer = ask(question)
    assert answer.answered
    for figure in figures:
        assert figure in answer.full_text, (figure, answer.full_text)


def test_reversed_roles_with_an_amount_in_korean(ask):
    answer = ask("미국이 한국에 3,500억 달러를 투자하기로 한 이유가 뭐야?")
    assert answer.text.startswith("제 출처에는 미국이 한국에 투자하기로 약속했다는 내용이 없습니다")


def test_a_pledge_answer_repeats_no_older_report_of_the_same_terms(ask):
    text = ask("how much of the pledge is cash").text
    assert "Earlier report" not in text
    assert text.count("$200 billion") == 1


@pytest.mark.parametrize(
    "question", ["did kim meet lutnick in january 2026?", "did kim jung-kwan meet chris wright"]
)
def test_a_yes_no_meeting_question_answered_by_that_meeting_starts_with_yes(ask, question):
    answer = ask(question)
    assert answer.answered and answer.text.startswith("Yes. "), answer.text


def test_a_meeting_no_source_reports_is_still_declined(ask):
    assert not ask("Did Trump meet Kim?").answered
    assert not ask("did kim meet wright in march").answered


@pytest.mark.parametrize(
    "question",
    [
        "김정관 장관과 러트닉 장관은 1월 회담에서 합의했어?",
        "did kim and lutnick reach a deal in jan 2026",
    ],
)
def test_a_question_about_more_than_the_meeting_gets_no_yes_for_the_meeting(ask, question):
    assert not ask(question).text.startswith(("Yes", "네"))


@pytest.mark.parametrize(
    "question, told",
    [
        (
            "what happened on june 4 2025, both things",
            ["steel imports doubled to 50%", "aluminum", "Lee Jae Myung took office"],
        ),
        ("what happened feb 20 2026", ["Supreme Court", "unlawful"]),
        ("2025년 6월 4일에 무슨 일이 있었어?", ["50%", "대통령에 취임"]),
    ],
)
def test_what_happened_on_a_day_gets_every_story_of_that_day(ask, question, told):
    answer = ask(question)
    assert answer.answered and answer.sources
    for part in told:
        assert part in answer.text, (part, answer.text)


def test_a_day_with_nothing_reported_is_declined(ask):
    assert not ask("what happened on june 5 2025").answered


def test_an_office_taken_up_that_day_is_told_when_no_event_tells_it(engine):
    """Without the inauguration reports, the dated office in people.yaml still tells it."""
    from handlers import facts as facts_handler
    from knowledge.factbase import FactBase

    base = engine.base
    kept = {
        fid: f
        for fid, f in base.facts.items()
        if not (f.kind == "event" and f.date and f.date.iso() == "2025-06-04")
    }
    trimmed = FactBase(base.sources, kept, base.vocabulary, base.files)
    answer = facts_handler.on_day(engine.parse("what happened on june 4 2025"), trimmed)
    assert answer is not None
    assert "Lee Jae-myung took office as President of South Korea." in answer.text
    assert any(s.publisher == "A News" for s in answer.sources)  # the role's own source


def test_the_casual_wording_is_in_every_phrasebook_with_the_same_arguments():
    import dataclasses
    import inspect

    import phrasebook
    from handlers.premise import PREMISES
    from phrasebook import CasualWords

    en, ko = phrasebook.of("en").casual, phrasebook.of("ko").casual
    for field in dataclasses.fields(CasualWords):
        a, b = getattr(en, field.name), getattr(ko, field.name)
        assert a and b, field.name
        if callable(a):
            count = [
                sum(p.default is p.empty for p in inspect.signature(f).parameters.values())
                for f in (a, b)
            ]
            assert count[0] == count[1], field.name
    assert set(en.premise) == set(ko.premise) == {p.name for p in PREMISES}


@pytest.mark.parametrize("question", ["where's this info from", "where's that from?"])
def test_where_is_this_from_asks_the_sources(ask, question):
    assert "My facts come from" in ask(question).text


def test_years_to_pay_asks_how_many_years(ask):
    assert "10 years" in ask("years to pay 200b cash at the cap").text
