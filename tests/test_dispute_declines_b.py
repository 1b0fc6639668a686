"""Dispute questions once declined although the sources answer them (part B): a number
asked of a probe ("how many economies does it cover"), who holds an office abroad
("Korea's ambassador to the US"), a meeting before or after another, the goods a post
named, and false premises about who met whom, whose plant it was, whether something was
granted or when someone took office. Near misses must still decline (or never say what
the sources do not)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "question, figures",
    [
        # a number asked of a probe: "cover" is what it takes in
        ("How many economies does the Section 301 overcapacity investigation cover?", ["16"]),
        ("how many economies are covered by the excess capacity probe", ["16"]),
        # "Section 301" is no count: the probe's timetable (dates, sections) does not answer
        ("how many economies are in the section 301 excess capacity probe", ["16"]),
        ("301조 과잉생산 조사는 몇 개 경제권이 대상이야?", ["16"]),
        # an office held abroad: "ambassador to the US" names where, not whose
        ("Who is South Korea's ambassador to the US?", ["Kang Kyung-wha"]),
        ("who's korea's ambassador to the united states now", ["Kang Kyung-wha"]),
        # granted, given, extended: the swap no source reports
        ("Why was South Korea granted a currency swap by the US?", ["no currency swap"]),
        ("why did america grant korea a swap line", ["no currency swap"]),
        # "became president" is taking office
        ("Lee Jae-myung became president in May 2025, right?", ["No", "June 4"]),
        ("When did Lee Jae Myung become president?", ["June 4"]),
        # an office stated at a time before it began: No, with when it began
        ("이재명은 2025년 1월에 대통령이었어?", ["아니요", "2025년 6월 4일"]),
        ("이재명은 2025년 1월에 대통령이 됐지?", ["아니요", "6월 4일"]),
        ("이재명은 2025년 7월에 대통령이었어?", ["네"]),
        # two people said to agree that day: no meeting of theirs is reported then
        ("What did Kim Jung-kwan and Bessent agree on January 29?", ["Lutnick", "no meeting"]),
        ("What did Kim Jung-kwan and Scott Bessent decide on January 30, 2026?", ["Lutnick"]),
        # the company a plant is said to be of, in a question that asks something else
        ("How many people were arrested at Samsung's Georgia plant?", ["Hyundai", "not Samsung"]),
        ("When was the Samsung battery plant in Georgia raided?", ["Hyundai", "not Samsung"]),
        # a meeting before another: the one before, not the one it is before
        ("Which US cabinet secretary did Kim Jung-kwan see before meeting Lutnick?", ["Wright"]),
        ("Which cabinet member did Kim Jung-kwan meet before Lutnick?", ["Chris Wright"]),
        # the goods a post named ("post" a social media post, "name" of things)
        (
            "Which products did Trump name in his January 26 Truth Social post?",
            ["lumber", "pharma"],
        ),
        ("What Korean products were named in Trump's January 2026 tariff post?", ["lumber"]),
        # a year's exports, from the report of that year's figure
        ("What were South Korea's exports to the US in 2024?", ["$127.79 billion"]),
        ("what was the value of korean exports to the united states in 2024", ["$127.79 billion"]),
        # "on what grounds" of no tariff asks a reason; "may" before a subject is no month
        (
            "On what grounds could Korea seek a change in the amount or timing of its funding?",
            ["market instability"],
        ),
        ("Under what conditions may Korea ask to adjust the timing of its payments?", ["won"]),
        ("On what legal grounds are the car tariffs imposed?", ["Section 232"]),
        # a version of a time since replaced: the report that replaced it, the first told first
        (
            "What capital did the November 2025 draft bill set for the strategic investment corporation?",
            ["As first reported", "3 trillion won"],
        ),
        # a post held is still an office
        ("What post does Yeo Han-koo hold?", ["Yeo Han-koo is"]),
        ("Where did Trump post the 25% threat?", ["Truth Social"]),
    ],
)
def test_answered(ask, question, figures):
    answer = ask(question)
    assert answer.answered, answer.text
    for figure in figures:
        assert figure in answer.full_text, (figure, answer.full_text)


@pytest.mark.parametrize(
    "question, never",
    [
        ("Which cabinet member did Kim Jung-kwan meet before Lutnick?", "met Chris Wright and"),
        ("Who did Kim Jung-kwan meet before seeing Lutnick in January 2026?", "and Howard"),
        ("What did Kim Jung-kwan and Lutnick agree on January 29, 2026?", "no meeting"),
        ("Did Lee ask Bessent for a currency swap?", "No — the sources report no currency swap"),
        ("Did Kim Min-seok become president in July 2025?", "Yes"),
        (
            "How much capital did the March 2026 law give the investment corporation?",
            "first reported",
        ),
        ("How many economies does the forced labor probe cover?", "16"),
        ("How many hearings are scheduled in the excess-capacity probe?", "16"),
    ],
)
def test_never_says(ask, question, never):
    answer = ask(question)
    assert never not in answer.full_text, answer.full_text


@pytest.mark.parametrize(
    "question",
    [
        "How many companies does the excess-capacity probe cover?",
        "How many firms are in the forced labor probe?",
        "Who is the US ambassador to South Korea?",
        "Who was Korea's ambassador to the United States in 2024?",
        "Who did Kim Jung-kwan meet after Lutnick in March 2026?",
        "How many workers were detained at the Samsung plant in Texas?",
        "Which Japanese products did Trump name in his January 2026 post?",
        # a figure for 2024 is not another year's, nor a yearly figure
        "What were Korea's exports to the US last year?",
        "How much does Korea export to the US every year?",
        "How much did South Korea export to the US in 2022?",
        # a report of the probe that names no sector does not say which sectors
        "Which industries does the Section 301 overcapacity probe target in Korea?",
        "What Korean sectors did Greer name in the excess-capacity investigation?",
    ],
)
def test_near_misses_still_decline(ask, question):
    answer = ask(question)
    assert not answer.answered, answer.text
