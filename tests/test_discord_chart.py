"""/chart and the "Chart" button, with spec'd fake interactions (tests/discord_fakes.py):
what is sent (one PNG, an embed listing the plotted points and the sources), that the
chart renders in a worker thread, the Korean client, unknown products, autocomplete,
the cooldown, and which answers get a button."""

from __future__ import annotations

import asyncio
import re
import struct
import threading
from unittest.mock import MagicMock

import pytest

discord = pytest.importorskip("discord")
pytest.importorskip("matplotlib")

from charts.series import points_text, rate_chart, targets  # noqa: E402
from frontends.discord_bot import charts_cog  # noqa: E402
from frontends.discord_bot.charts_cog import (  # noqa: E402
    FILENAME,
    TEMPLATE,
    ChartButton,
    ChartsCog,
    chart_button_for,
)
from frontends.discord_bot.cooldown import Cooldown  # noqa: E402
from tests.discord_fakes import interaction, make_bot, run  # noqa: E402


@pytest.fixture
def bot_and_cog(engine):
    bot, _, clock = make_bot(engine)
    cog = ChartsCog(bot, cooldown=Cooldown(clock=clock))
    run(bot.remove_cog("Charts"))  # make_bot installed the default one
    run(bot.add_cog(cog))
    return bot, cog


def chart_interaction(bot, locale=discord.Locale.american_english, **kwargs):
    inter = interaction(client=bot, **kwargs)
    inter.locale = locale
    return inter


def sent_chart(inter) -> tuple[discord.Embed, discord.File]:
    inter.response.defer.assert_awaited_once_with(thinking=True)
    inter.followup.send.assert_awaited_once()
    kwargs = inter.followup.send.await_args.kwargs
    assert kwargs["allowed_mentions"].to_dict() == {"parse": []}
    assert not kwargs.get("ephemeral")
    return kwargs["embed"], kwargs["file"]


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def field_lines(embed: discord.Embed) -> dict[str, list[str]]:
    return {f.name: f.value.split("\n") for f in embed.fields}


def test_chart_sends_one_png_and_lists_every_point(bot_and_cog, engine):
    bot, cog = bot_and_cog
    inter = chart_interaction(bot)
    run(cog.chart.callback(cog, inter, "autos"))
    embed, file = sent_chart(inter)
    assert file.filename == FILENAME
    assert png_size(file.fp.read()) == (1000, 560)
    assert embed.image.url == f"attachment://{FILENAME}"
    assert embed.title == "US tariff on South Korean autos"
    assert "As of January 30, 2026" in embed.description
    ((name, points),) = points_text(rate_chart(engine.base, "autos"))
    lines = field_lines(embed)
    assert lines[name] == points
    assert points[0] == "March 26, 2025 · 25% · announced"
    assert "by August 6, 2025 · 25% · in effect" in points
    assert "January 26, 2026 · 25% · announced" in points
    sources = lines["Sources"]
    assert "Anadolu Agency" in sources[0], "the newest source first"
    total = len(rate_chart(engine.base, "autos").sources)
    more = re.fullmatch(r"… and (\d+) more", sources[-1])
    listed = len(sources) - 1 if more else len(sources)
    assert listed + (int(more[1]) if more else 0) == total, "each one, or counted"
    assert len("\n".join(sources)) <= 1024
    assert file.description == embed.title, "alt text"


def test_all_and_pledge(bot_and_cog):
    bot, cog = bot_and_cog
    inter = chart_interaction(bot)
    run(cog.chart.callback(cog, inter, "all"))
    embed, _ = sent_chart(inter)
    assert {"autos", "lumber", "pharmaceuticals", "South Korean imports"} <= set(field_lines(embed))
    inter = chart_interaction(bot)
    run(cog.chart.callback(cog, inter, "pledge"))
    embed, file = sent_chart(inter)
    assert field_lines(embed)["The pledge"] == [
        "Total: $350 billion",
        "Cash: $200 billion (capped at $20 billion a year: at least 10 years)",
        "Shipbuilding: $150 billion",
    ]
    assert png_size(file.fp.read()) == (1000, 560)


def test_a_korean_client_gets_korean_labels(bot_and_cog):
    bot, cog = bot_and_cog
    inter = chart_interaction(bot, locale=discord.Locale.korean)
    run(cog.chart.callback(cog, inter, "자동차"))
    embed, _ = sent_chart(inter)
    assert embed.title == "미국의 한국산 자동차 관세율"
    korean = field_lines(embed)["자동차"]
    assert korean[0] == "2025년 3월 26일 · 25% · 발표"
    assert "2025년 8월 6일 기준 · 25% · 시행 중" in korean
    assert "2026년 1월 26일 · 25% · 발표" in korean
    assert embed.description.startswith("기준일: 2026년 1월 30일")


def test_unknown_product_lists_the_known_ones(bot_and_cog, engine):
    bot, cog = bot_and_cog
    inter = chart_interaction(bot)
    run(cog.chart.callback(cog, inter, "@everyone kimchi"))  # no product, no rate history
    inter.response.send_message.assert_awaited_once()
    args, kwargs = inter.response.send_message.await_args
    assert kwargs["ephemeral"] is True
    assert ", ".join(targets(engine.base)) in args[0]
    assert "autos, lumber, pharmaceuticals, korean-imports, " in args[0]
    assert args[0].endswith("all, pledge.")
    assert "@everyone" not in args[0].replace("@\u200beveryone", "")
    inter.response.defer.assert_not_awaited()
    inter.followup.send.assert_not_awaited()


def test_rendering_runs_off_the_event_loop_and_is_cached(bot_and_cog, monkeypatch):
    bot, cog = bot_and_cog
    threads, real = [], charts_cog.draw

    def draw(base, target, lang):
        threads.append(threading.get_ident())
        return real(base, target, lang)

    monkeypatch.setattr(charts_cog, "draw", draw)

    async def twice():
        loop_thread = threading.get_ident()
        for _ in range(2):
            await cog.chart.callback(cog, chart_interaction(bot), "lumber")
        return loop_thread

    loop_thread = asyncio.run(twice())
    assert len(threads) == 1, "the second chart came from the cache"
    assert threads[0] != loop_thread, "rendered in a worker thread"


def test_a_reload_draws_anew(bot_and_cog, monkeypatch):
    bot, cog = bot_and_cog
    calls = []
    monkeypatch.setattr(charts_cog, "draw", lambda *a: calls.append(a) or b"\x89PNG")
    run(cog.chart.callback(cog, chart_interaction(bot), "autos"))
    from answering.orchestrator import Engine

    bot.service.replace(Engine.load())  # what /reload does
    run(cog.chart.callback(cog, chart_interaction(bot), "autos"))
    assert len(calls) == 2


def test_cooldown_one_notice_then_silence(engine):
    bot, _, clock = make_bot(engine)
    cog = ChartsCog(bot, cooldown=Cooldown(rate=2, per=30, clock=clock))
    run(bot.remove_cog("Charts"))  # make_bot installed the default one
    run(bot.add_cog(cog))
    results = []
    for _ in range(4):
        inter = chart_interaction(bot)
        run(cog.chart.callback(cog, inter, "autos"))
        results.append(inter)
    assert all(i.followup.send.await_count == 1 for i in results[:2])
    notice = results[2].response.send_message.await_args
    assert notice.kwargs["ephemeral"] is True and "quickly" in notice.args[0]
    assert not results[3].response.send_message.await_count
    assert not results[3].response.defer.await_count


def test_autocomplete(bot_and_cog, engine):
    bot, cog = bot_and_cog
    inter = chart_interaction(bot)
    everything = run(cog.chart_autocomplete(inter, ""))
    assert [c.value for c in everything] == targets(engine.base)
    assert [c.value for c in everything][:4] == [
        "autos",
        "lumber",
        "pharmaceuticals",
        "korean-imports",
    ]
    assert [c.value for c in everything][-2:] == ["all", "pledge"]
    assert [c.value for c in run(cog.chart_autocomplete(inter, "lumb"))] == ["lumber"]
    assert {c.value for c in run(cog.chart_autocomplete(inter, "alum"))} == {
        "aluminum",
        "steel-derivatives",
    }  # "steel and aluminum derivatives"
    assert run(cog.chart_autocomplete(inter, "cars"))[0].value == "autos"
    korean = chart_interaction(bot, locale=discord.Locale.korean)
    choices = run(cog.chart_autocomplete(korean, "의약"))
    assert [(c.name, c.value) for c in choices] == [("의약품", "pharmaceuticals")]


def test_the_chart_command_is_registered(bot_and_cog):
    bot, _ = bot_and_cog
    command = bot.tree.get_command("chart")
    assert command is not None
    (option,) = command.parameters
    assert option.name == "product" and option.autocomplete and not option.required


# ----- the "Chart" button under answers -------------------------------------------------------


@pytest.mark.parametrize(
    "question, target",
    [
        ("What's the new tariff on Korean cars?", "autos"),
        ("How much duty on $30,000 of Korean lumber?", "lumber"),
        ("What did Trump announce on January 26, 2026?", "all"),  # autos, lumber, pharma
        ("What's the tariff on steel?", "steel"),
        ("How much did South Korea pledge to invest in the US?", "pledge"),
        ("한국산 자동차 관세율은?", "autos"),
    ],
)
def test_rate_duty_and_pledge_answers_get_a_chart_button(ask, engine, question, target):
    answer = ask(question)
    button = chart_button_for(answer, engine.base)
    assert isinstance(button, discord.ui.Button)
    assert button.custom_id == f"tariffbot:chart:{target}:{answer.lang}"
    assert button.label == ("차트" if answer.lang == "ko" else "Chart")
    assert re.fullmatch(TEMPLATE, button.custom_id)
    view = discord.ui.View(timeout=None)
    view.add_item(button)  # fits under an answer like any button
    assert view.is_persistent()


@pytest.mark.parametrize(
    "question",
    [
        "Who is Howard Lutnick?",
        "What's the tariff on Korean ships?",  # declined: no source rates ships
        "When was the memorandum of understanding signed?",
    ],
)
def test_other_answers_get_no_button(ask, engine, question):
    assert chart_button_for(ask(question), engine.base) is None


def test_without_the_base_the_named_product_is_used(ask):
    answer = ask("What's the new tariff on Korean cars?")
    assert chart_button_for(answer).custom_id == "tariffbot:chart:autos:en"


def test_pressing_the_button_sends_the_chart(bot_and_cog):
    bot, _ = bot_and_cog
    inter = chart_interaction(bot)
    inter.message = MagicMock(spec=discord.Message)
    custom_id = "tariffbot:chart:pharmaceuticals:ko"
    item = discord.ui.Button(custom_id=custom_id)
    pressed = run(ChartButton.from_custom_id(inter, item, re.fullmatch(TEMPLATE, custom_id)))
    run(pressed.callback(inter))
    embed, file = sent_chart(inter)
    assert embed.title == "미국의 한국산 의약품 관세율"
    assert png_size(file.fp.read()) == (1000, 560)


def test_the_button_is_registered_while_the_cog_is_loaded(engine):
    bot, _, _ = make_bot(engine)
    run(bot.remove_cog("Charts"))  # make_bot installed the default one
    run(bot.add_cog(ChartsCog(bot)))
    assert ChartButton in bot._connection._view_store._dynamic_items.values()
    run(bot.remove_cog("Charts"))
    assert ChartButton not in bot._connection._view_store._dynamic_items.values()
