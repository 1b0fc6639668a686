"""Embeds stay inside Discord's limits, cut cleanly, escape echoed text, cite sources."""

from __future__ import annotations

import discord
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.answer import Answer
from frontends.discord_bot import embeds
from knowledge import Source
from values.dates import Day

DAY = Day(2026, 1, 30)


def source(n: int = 0, url: str | None = "https://example.org/a", title: str = "Talks fail"):
    return Source(
        id=f"s{n}",
        publisher=f"Publisher {n}",
        title=title,
        published=DAY,
        cites="Yonhap News",
        url=url,
    )


def within_limits(embed: discord.Embed) -> None:
    assert len(embed.title or "") <= embeds.TITLE
    assert len(embed.description or "") <= embeds.DESCRIPTION
    assert len(embed.fields) <= embeds.FIELDS
    for field in embed.fields:
        assert 0 < len(field.name) <= embeds.FIELD_NAME
        assert 0 < len(field.value) <= embeds.FIELD_VALUE
    assert len(embed.footer.text or "") <= embeds.FOOTER
    assert len(embed) <= embeds.TOTAL


def test_clip_cuts_at_a_word_with_an_ellipsis_and_no_dangling_escape():
    assert embeds.clip("short", 10) == "short"
    cut = embeds.clip("the quick brown fox jumps over", 20)
    assert cut == "the quick brown fox…" and len(cut) <= 20
    assert embeds.clip("x" * 50, 10) == "x" * 9 + "…"
    assert not embeds.clip("abcdefgh\\*more text", 10).rstrip("…").endswith("\\")


def test_answer_embed_cites_sources_with_date_link_and_as_of():
    answer = Answer(
        question="lumber?",
        answered=True,
        text="The tariff is 25%.",
        sources=[source(url="https://example.org/a"), source(1, url=None)],
        as_of=DAY,
        working=["$100 × 25% = $25."],
    )
    embed = embeds.answer_embed(answer)
    within_limits(embed)
    cited = next(f for f in embed.fields if f.name == "Sources").value
    assert "[Talks fail](https://example.org/a) — Publisher 0, January 30, 2026" in cited
    assert "(citing Yonhap News)" in cited
    assert "“Talks fail” — Publisher 1" in cited  # no URL: no link
    assert (
        next(f for f in embed.fields if f.name == "Calculation").value
        == "```\n$100 × 25% = $25.\n```"
    )
    assert embed.footer.text == "As of January 30, 2026"
    assert embed.colour.value == embeds.GREEN and "⚠️" not in embed.description


def test_announced_measures_are_marked_and_coloured():
    answer = Answer(
        question="cars?",
        answered=True,
        text="Trump announced 25%.",
        status="announced",
        sources=[source()],
        as_of=DAY,
    )
    embed = embeds.answer_embed(answer)
    assert embed.description.startswith("⚠️ **ANNOUNCED** — announced, not reported in effect")
    assert embed.colour.value == embeds.ORANGE


def test_unsafe_urls_are_not_linked():
    embed = embeds.answer_embed(
        Answer(
            question="q",
            answered=True,
            text="t",
            as_of=DAY,
            sources=[source(url="javascript:alert(1)")],
        )
    )
    assert "javascript" not in embed.fields[0].value


def test_oversized_everything_is_cut_to_fit():
    answer = Answer(
        question="@everyone **" + "why " * 2000,
        answered=True,
        text="word " * 3000,
        status="announced",
        as_of=DAY,
        working=[f"step {i} " + "9" * 80 for i in range(100)],
        sources=[source(i, title="A very long title " * 20) for i in range(40)],
    )
    embed = embeds.answer_embed(answer)
    within_limits(embed)
    assert embed.title.endswith("…") and "@everyone" not in embed.title
    assert embed.description.endswith("…")
    assert next(f for f in embed.fields if f.name == "Calculation").value.endswith("```")


def test_declined_lists_suggestions_in_grey():
    answer = Answer(
        question="steel?",
        answered=False,
        text="I don't have a sourced fact on that.",
        suggestions=["Who is Donald Trump?", "Who is Chris Wright?"],
    )
    embed = embeds.answer_embed(answer)
    assert embed.colour.value == embeds.GREY
    assert embed.fields[-1].name == "Did you mean"
    assert embed.fields[-1].value == "1. Who is Donald Trump?\n2. Who is Chris Wright?"


def test_korean_answers_get_korean_labels():
    answer = Answer(
        question="목재 관세?",
        answered=True,
        text="25%",
        lang="ko",
        sources=[source()],
        as_of=DAY,
        working=["1"],
    )
    embed = embeds.answer_embed(answer)
    assert [f.name for f in embed.fields] == ["계산", "출처"]
    assert embed.footer.text.startswith("기준일")


def test_timeline_of_hundreds_of_events_fits_and_says_how_many_more():
    entries = [
        (Day(2025, 1 + i % 12, 1 + i % 28), "announced", "Something happened " * 5, source(i))
        for i in range(300)
    ]
    embed = embeds.timeline_embed(entries, DAY)
    within_limits(embed)
    assert "more (`python bot.py timeline`)" in embed.description


def test_problems_text_fits_a_message():
    problems = [f"sources/x.yaml:{i}: rate: not a percentage" for i in range(500)]
    text = embeds.problems_text(problems)
    assert len(text) <= embeds.CONTENT and "sources/x.yaml:0: rate" in text
    assert text.endswith("```")


@settings(max_examples=150, deadline=None)
@given(
    question=st.text(max_size=4000),
    text=st.text(min_size=1, max_size=6000),
    working=st.lists(st.text(max_size=300), max_size=12),
    suggestions=st.lists(st.text(min_size=1, max_size=300), max_size=3),
)
def test_any_text_gives_an_embed_within_limits_and_no_live_mentions(
    question, text, working, suggestions
):
    answer = Answer(
        question=question,
        answered=not suggestions,
        text=text,
        working=working,
        suggestions=suggestions,
        sources=[source()],
        as_of=DAY,
    )
    embed = embeds.answer_embed(answer)
    within_limits(embed)
    shown = " ".join([embed.title or "", embed.description or "", *(f.value for f in embed.fields)])
    assert "@everyone" not in shown and "@here" not in shown
