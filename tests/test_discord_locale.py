"""Every reply follows the user's client locale (interaction.locale), and autocomplete
answers from a list built once per engine, fast at 10,000 facts."""

from __future__ import annotations

import random
import re
import time

import discord

from frontends.discord_bot import errors
from frontends.discord_bot.autocomplete import QuestionIndex, index_for
from frontends.discord_bot.charts_cog import LABELS as CHART_LABELS
from frontends.discord_bot.cooldown import Cooldown
from frontends.discord_bot.i18n import EN, KO, lang_of
from tests.discord_fakes import Clock, interaction, make_bot, run, sent

KOREAN = discord.Locale.korean


def hangul(text: str) -> bool:
    return any("\uac00" <= ch <= "\ud7a3" for ch in text)


def test_locale_to_language():
    assert lang_of(discord.Locale.korean) == "ko" and lang_of("ko") == "ko"
    assert lang_of(discord.Locale.japanese) == "en" and lang_of(None) == "en"


def test_the_phrasebooks_have_the_same_keys():
    assert set(KO) == set(EN)
    assert all(hangul(text) for text in KO.values())


def test_help_timeline_and_sources_in_korean(engine):
    _, cog, _ = make_bot(engine, cooldown=Cooldown(100, 30.0))
    for command, marker in (
        (cog.help, "관세 봇 사용법"),
        (cog.timeline, "한미 관세 분쟁 일지"),
        (cog.sources, "제가 아는 내용"),
    ):
        inter = interaction(locale=KOREAN)
        run(command.callback(cog, inter))
        embed = sent(inter)["embed"]
        assert embed.title.startswith(marker), embed.title
        assert hangul(embed.description or "")
        if command is not cog.help:  # Korean dates too
            shown = "\n".join([embed.description, *(f.value for f in embed.fields)])
            assert re.search(
                r"\*\*20\d\d년 \d{1,2}월|· 20\d\d년 \d{1,2}월",
                shown + "\n" + "\n".join(f.name for f in embed.fields),
            ), shown[:300]
            assert embed.footer.text.startswith("기준일 20") and "쪽 중 1쪽" in embed.footer.text
        english = interaction()
        run(command.callback(cog, english))
        assert not hangul(sent(english)["embed"].title)


def test_cooldown_notice_and_errors_in_korean(engine):
    clock = Clock()
    _, cog, _ = make_bot(engine, clock=clock, cooldown=Cooldown(1, 30.0, clock=clock))
    replies = []
    for _ in range(3):
        inter = interaction(user_id=5, locale=KOREAN)
        run(cog.sources.callback(cog, inter))
        replies.append(inter.response.send_message.await_args)
    assert "embed" in replies[0].kwargs
    assert replies[1].args[0] == KO["notice"].format(wait=30)
    assert replies[2].args[0].startswith("잠시 기다려 주세요")
    refused = interaction(locale=KOREAN)
    run(errors.on_app_command_error(refused, discord.app_commands.CheckFailure("no")))
    assert refused.response.send_message.await_args.args[0] == KO["not_owner"]
    broken = interaction(locale=KOREAN)
    wrapped = discord.app_commands.CommandInvokeError(cog.ask, ZeroDivisionError("x"))
    run(errors.on_app_command_error(broken, wrapped))
    assert broken.response.send_message.await_args.args[0] == KO["apology"]


def test_buttons_under_an_answer_are_labelled_in_the_users_language(engine):
    _, cog, _ = make_bot(engine)
    inter = interaction(locale=KOREAN)
    run(cog.ask.callback(cog, inter, "What's the new tariff on Korean cars?"))
    button, chart = sent(inter)["view"].children
    assert button.item.label == KO["wrong_button"]
    assert chart.label == CHART_LABELS["ko"]["button"] and chart.custom_id.endswith(":ko")


def test_autocomplete_list_is_built_once_per_engine(engine, monkeypatch):
    _, cog, _ = make_bot(engine)
    first = index_for(engine)
    assert index_for(engine) is first
    monkeypatch.setattr(
        type(engine),
        "known_questions",
        lambda self, lang="en": (_ for _ in ()).throw(AssertionError("rebuilt")),
    )
    for typed in ("l", "lu", "lum", "lumb", "lumber tar"):
        choices = run(cog.ask_autocomplete(interaction(), typed))
    assert choices and "lumber" in choices[0].name


def test_autocomplete_keystrokes_at_10_000_questions_stay_fast():
    rng = random.Random(7)
    words = [
        f"{a}{b}"
        for a in ("cop", "alu", "zin", "nic", "tit", "lum", "oak", "pin", "sil", "gla")
        for b in ("per", "min", "ber", "ket", "ton")
    ]
    forms = ["wire", "pipes", "sheets", "rods", "bars", "tubes", "boards", "panels"]
    questions = [
        f"What is the US tariff on South Korean {rng.choice(words)} {rng.choice(forms)} number {n}?"
        for n in range(10_000)
    ]
    index = QuestionIndex(questions)
    typed = "What is the tariff on Korean lumber boards?"
    times = []
    for n in range(1, len(typed) + 1):
        start = time.thread_time()
        found = index.search(typed[:n])
        times.append((time.thread_time() - start) * 1000)
    assert "lumber boards" in found[0]
    # 5 ms is the target (bot.py bench measures it on a generated base); the bound here is
    # loose so a busy shared machine cannot fail it, while a per-keystroke rebuild would.
    assert sorted(times)[len(times) // 2] < 5 and max(times) < 50, times
    assert index.search("lumbr bords")[0].startswith("What is the US tariff")
