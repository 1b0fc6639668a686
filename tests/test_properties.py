"""Property-based tests (hypothesis) of the answer engine over arbitrary unicode text up
to 4,000 characters (Discord's longest message): it never raises, the reply fits one
Discord message, no live mention and no "inf"/"nan"/scientific notation ever appears in
a reply, and the engine echoes none of the user's text back.

The engine fixture is session-scoped, so hypothesis runs every example on the same
engine; example counts stay moderate to keep the suite fast.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from frontends.console import render_text
from tests.test_hostile_input import BAD_NUMBER, DISCORD_MESSAGE_LIMIT, LIVE_MENTION
from values.money import MAX_AMOUNT, format_money, format_rate
from values.text import MAX_QUESTION_CHARS, clean, fold

# Every word the fact base itself holds (facts, sources, vocabulary): a reply may use those.
BASE_TEXT = fold(
    " ".join(
        path.read_text(encoding="utf-8")
        for path in sorted(
            (Path(__file__).resolve().parent.parent / "knowledge" / "data").rglob("*.yaml")
        )
    )
)
SETTINGS = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Pieces that hit the parser's interesting paths, mixed into random text.
PIECES = [
    "@everyone",
    "@here",
    "<@123456789>",
    "<@!42>",
    "<@&987654321>",
    "```",
    "**",
    "||",
    "{0}",
    "%s",
    "{question.__class__}",
    "$",
    "$1e309",
    "$-5",
    "$0",
    "NaN dollars",
    "∞",
    "$99999999999999999999999",
    "inf",
    "1e+309",
    "₩",
    "won",
    "30k",
    "$2 billion",
    "25%",
    "tariff",
    "Korean cars",
    "lumber",
    "Lutnick",
    "Kim",
    "and lumber?",
    "what about",
    "How much duty on",
    "관세",
    "자동차",
    "\u202e",
    "\u200b",
    "\x00",
    "\u0301" * 50,
    "\n",
    "\r",
    "\t",
    "🚗",
    "https://x.example/@everyone",
]

unicode_text = st.text(max_size=4000)
mixed_text = (
    st.lists(st.one_of(st.text(max_size=60), st.sampled_from(PIECES)), max_size=80)
    .map("".join)
    .map(lambda s: s[:4000])
)
questions = st.one_of(unicode_text, mixed_text)


def shown(answer) -> str:
    """What a person would see of this answer: the rendered reply and its suggestions."""
    return "\n".join([render_text(answer), answer.full_text, *answer.suggestions])


@SETTINGS
@given(question=questions)
def test_engine_always_replies_within_discords_limits(engine, question):
    answer = engine.ask(question)
    reply = shown(answer)
    assert answer.text.strip()
    assert len(render_text(answer)) <= DISCORD_MESSAGE_LIMIT
    assert len(" ".join([answer.full_text, *answer.suggestions])) <= DISCORD_MESSAGE_LIMIT
    assert not LIVE_MENTION.search(reply)
    assert not BAD_NUMBER.search(reply), reply
    assert answer.as_json()["answer"] == answer.full_text


@SETTINGS
@given(question=questions)
def test_follow_ups_on_arbitrary_text_never_raise(engine, question):
    first = engine.ask("What's the new tariff on Korean cars?")
    answer = engine.ask(question, previous=first)
    assert answer.text.strip()
    assert not BAD_NUMBER.search(shown(answer))


@SETTINGS
@given(
    word=st.text(
        alphabet=st.characters(whitelist_categories=("Ll", "Lu")), min_size=12, max_size=40
    )
)
def test_the_users_words_are_never_echoed(engine, word):
    """A long made-up word never comes back: the engine composes replies only from the
    fact base, so nothing a user types (a mention, markdown) can reach a reply."""
    answer = engine.ask(f"What did {word} say about tariffs?")
    folded = fold(word)
    # "HARMACEUTICA" is no echo: the reply names pharmaceuticals because the base does
    if len(folded) >= 12 and folded not in BASE_TEXT:
        assert folded not in fold(shown(answer))


@settings(SETTINGS, max_examples=50)
@given(piece=st.text(min_size=1, max_size=60), extra=st.integers(0, 20_000))
def test_long_input_is_cut_before_matching(engine, piece, extra):
    question = piece * ((MAX_QUESTION_CHARS * 20 + extra) // len(piece) + 1)  # > 10,000
    q = engine.parse(question)
    assert q.truncated
    assert len(q.text) <= MAX_QUESTION_CHARS
    assert engine.ask(question).text.strip()


@SETTINGS
@given(question=questions)
def test_matching_never_sees_more_than_a_questions_length(engine, question):
    assert len(engine.parse(question).text) <= MAX_QUESTION_CHARS


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=2000))
def test_clean_leaves_no_invisible_combining_or_control_characters(text):
    import unicodedata

    out = clean(text)
    assert out == clean(out)  # idempotent: the index and the parser agree
    assert not any(unicodedata.category(ch) in ("Mn", "Me", "Cc", "Cf") for ch in out), out
    assert out == out.strip() and "  " not in out


@settings(max_examples=200, deadline=None)
@given(
    value=st.decimals(
        min_value=Decimal("0.01"),
        max_value=MAX_AMOUNT,
        places=2,
        allow_nan=False,
        allow_infinity=False,
    ),
    rate=st.decimals(min_value=0, max_value=100, places=2),
)
def test_money_and_rates_are_written_as_plain_figures(value, rate):
    for text in (format_money(value), format_money(value * rate / 100), format_rate(rate)):
        assert not BAD_NUMBER.search(text), text
        assert re.fullmatch(r"-?\$?[\d,]+(?:\.\d+)?(?: (?:million|billion|trillion))?%?", text), (
            text
        )


@SETTINGS
@given(
    amount=st.one_of(
        st.integers(min_value=10**13 + 1, max_value=10**40).map(lambda n: f"${n}"),
        st.integers(min_value=1, max_value=10**6).map(lambda n: f"$-{n}"),
        st.sampled_from(
            [
                "$0",
                "$0.00",
                "$1e309",
                "$1E+5",
                "NaN dollars",
                "∞ dollars",
                "$inf",
                "Infinity dollars",
                "1e3 dollars",
            ]
        ),
    )
)
def test_absurd_amounts_always_get_a_refusal_never_a_figure(engine, amount):
    from handlers.deltas import AMOUNT_PROBLEMS

    answer = engine.ask(f"How much duty on {amount} of Korean cars?")
    assert not answer.answered
    assert answer.text in AMOUNT_PROBLEMS.values()
