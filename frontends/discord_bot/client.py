"""The bot: an AutoShardedBot with minimal intents and no pings, its two cogs, the
persistent buttons, and the watcher that keeps its fact base current.

Imports run one way: this module imports the cogs, the cogs import the service and the
components; nothing imports this module but the runner and the tests.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any

import discord
from discord.ext import commands

from answering.orchestrator import Engine
from engine import spelling
from frontends.discord_bot.autocomplete import index_for
from frontends.discord_bot.charts_cog import ChartsCog
from frontends.discord_bot.cogs.ask import AskCog
from frontends.discord_bot.cogs.owner import OwnerCog
from frontends.discord_bot.components import DYNAMIC_ITEMS
from frontends.discord_bot.cooldown import Cooldown
from frontends.discord_bot.errors import on_app_command_error
from frontends.discord_bot.followups import FollowUps
from frontends.discord_bot.i18n import KoreanTranslator
from frontends.discord_bot.service import Service, settle_heap
from frontends.discord_bot.watch import Wait
from frontends.misses import MissesLog

log = logging.getLogger(__name__)

__all__ = ["TariffBot", "intents", "settle_heap"]


def intents() -> discord.Intents:
    """No privileged intent: messages that mention the bot, and DMs, carry their content."""
    wanted = discord.Intents.none()
    wanted.guilds = True
    wanted.guild_messages = True
    wanted.dm_messages = True
    return wanted


class TariffBot(commands.AutoShardedBot):
    def __init__(
        self,
        engine: Engine,
        *,
        data_dir: Path | str | None = None,
        guild_id: int | None = None,
        shard_count: int | None = None,
        shard_ids: list[int] | None = None,
        owner_ids: set[int] | None = None,
        misses: MissesLog | None = None,
        cooldown: Cooldown | None = None,
        followups: FollowUps | None = None,
        watch: bool = True,
        watch_wait: Wait | None = None,
        watch_interval: float | None = None,
        **options: Any,
    ):
        if shard_ids is not None:
            options["shard_ids"] = shard_ids
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=intents(),
            allowed_mentions=discord.AllowedMentions.none(),
            help_command=None,
            shard_count=shard_count,
            owner_ids=set(owner_ids) if owner_ids else None,
            **options,
        )
        self.service = Service(
            engine, data_dir=data_dir, cooldown=cooldown, followups=followups, misses=misses
        )
        self.guild_id = guild_id
        self.watch = watch
        self.watch_wait = watch_wait
        self.watch_interval = watch_interval
        self.tree.error(on_app_command_error)  # the one error path for commands

    @property
    def engine(self) -> Engine:
        return self.service.engine

    async def install(self) -> None:
        """Cogs and persistent buttons: what a test needs without logging in."""
        self.add_dynamic_items(*DYNAMIC_ITEMS)
        await self.add_cog(AskCog(self, self.service))
        await self.add_cog(OwnerCog(self, self.service, guild_id=self.guild_id))
        if self.get_cog("Charts") is None:
            await self.add_cog(ChartsCog(self))

    async def setup_hook(self) -> None:
        # Korean descriptions for the commands and options; names stay English.
        await self.tree.set_translator(KoreanTranslator())
        await self.install()
        spelling.warm()  # the typo guard's word list, loaded before the first question
        await asyncio.to_thread(index_for, self.engine)  # the autocomplete list
        settle_heap()
        if self.watch:
            self.service.watch(self.watch_wait, self.watch_interval).start()
        if self.guild_id:
            # A test server gets the commands at once; global publishing is the owner's
            # `/sync` or `@bot sync`, never on every start.
            guild = discord.Object(id=self.guild_id)
            self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
            log.info("synced %d command(s) to the test server %s", len(synced), self.guild_id)

    async def close(self) -> None:
        if self.service.watcher is not None:
            await self.service.watcher.stop()
        await super().close()

    async def on_ready(self) -> None:
        log.info(
            "ready as %s (id %s): %d server(s), shards %s of %s",
            self.user,
            self.user.id if self.user else "?",
            len(self.guilds),
            sorted(self.shards),
            self.shard_count,
        )

    async def on_command_error(
        self, context: commands.Context[Any], exception: commands.CommandError, /
    ) -> None:
        if isinstance(exception, (commands.CommandNotFound, commands.CheckFailure)):
            return  # "@bot <question>" is not a command; non-owners can't !sync
        log.error(
            "prefix command %s failed (guild %s, channel %s)",
            context.command,
            context.guild.id if context.guild else None,
            context.channel.id,
            exc_info=getattr(exception, "original", exception),
        )
