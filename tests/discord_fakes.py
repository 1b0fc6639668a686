"""Fakes for testing the Discord front end offline (imported by tests/test_discord_*.py).

Spec'd mocks (design.md): a `MagicMock(spec=discord.Interaction)` whose `response` is a
`MagicMock(spec=discord.InteractionResponse)`, so its coroutine methods are AsyncMocks and
a misspelt attribute fails the test instead of passing silently.
"""

from __future__ import annotations

import asyncio
from unittest.mock import MagicMock

import discord

from answering.orchestrator import Engine
from frontends.discord_bot.client import TariffBot
from frontends.discord_bot.cogs.ask import AskCog
from frontends.discord_bot.cogs.owner import OwnerCog
from frontends.discord_bot.cooldown import Cooldown
from frontends.discord_bot.followups import FollowUps

OWNER = 4242


class Clock:
    """A clock the test moves by hand: no sleeping."""

    def __init__(self, now: float = 1000.0):
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def interaction(
    user_id: int = 1,
    guild_id: int | None = 10,
    channel_id: int = 20,
    client=None,
    locale: discord.Locale = discord.Locale.american_english,
    message=None,
) -> MagicMock:
    inter = MagicMock(spec=discord.Interaction)
    inter.response = MagicMock(spec=discord.InteractionResponse)
    inter.response.is_done.return_value = False
    inter.followup = MagicMock(spec=discord.Webhook)
    inter.user = MagicMock(spec=discord.Member)
    inter.user.id = user_id
    inter.guild_id = guild_id
    inter.channel_id = channel_id
    inter.client = client
    inter.command = None
    inter.locale = locale
    inter.message = message
    return inter


def sent(inter: MagicMock) -> dict:
    """The keyword arguments of the one send_message call."""
    inter.response.send_message.assert_awaited_once()
    return inter.response.send_message.await_args.kwargs


def make_bot(
    engine: Engine | None = None,
    *,
    clock: Clock | None = None,
    data_dir=None,
    misses=None,
    cooldown: Cooldown | None = None,
) -> tuple[TariffBot, AskCog, Clock]:
    """A TariffBot that never logs in, with its cogs and buttons installed (no setup_hook,
    no network, no watcher)."""
    clock = clock or Clock()
    bot = TariffBot(
        engine or Engine.load(),
        data_dir=data_dir,
        owner_ids={OWNER},
        cooldown=cooldown if cooldown is not None else Cooldown(clock=clock),
        followups=FollowUps(clock=clock),
        misses=misses,
        watch=False,
    )
    asyncio.run(bot.install())
    cog = bot.get_cog("Tariffs")
    assert isinstance(cog, AskCog)
    return bot, cog, clock


def owner_cog(bot: TariffBot) -> OwnerCog:
    cog = bot.get_cog("Owner")
    assert isinstance(cog, OwnerCog)
    return cog


def run(coro):
    return asyncio.run(coro)
