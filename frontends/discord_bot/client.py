"""The bot: an AutoShardedBot with minimal intents, no pings, and the tariff cog."""
from __future__ import annotations

import gc
import logging
from pathlib import Path

import discord
from discord.ext import commands

from engine import spelling
from engine.core import Engine
from frontends.discord_bot.cog import TariffCog, handle_app_command_error
from frontends.discord_bot.cooldown import Cooldown
from frontends.discord_bot.followups import FollowUps
from frontends.discord_bot.i18n import KoreanTranslator
from frontends.misses import MissesLog

log = logging.getLogger(__name__)


def intents() -> discord.Intents:
    """No privileged intent: messages that mention the bot, and DMs, carry their content."""
    wanted = discord.Intents.none()
    wanted.guilds = True
    wanted.guild_messages = True
    wanted.dm_messages = True
    return wanted


def settle_heap() -> None:
    """Move the long-lived startup objects (discord.py, the engine, the fact base) out of
    the garbage collector's way: a full collection then no longer walks them, which keeps
    the event loop from stalling tens of milliseconds under a burst of questions."""
    gc.unfreeze()       # a reload's old base may now be garbage
    gc.collect()
    gc.freeze()


class TariffBot(commands.AutoShardedBot):
    def __init__(self, engine: Engine, *, data_dir: Path | str | None = None,
                 guild_id: int | None = None, shard_count: int | None = None,
                 shard_ids: list | None = None, owner_ids: set | None = None,
                 misses: MissesLog | None = None, cooldown: Cooldown | None = None,
                 followups: FollowUps | None = None, **options):
        super().__init__(command_prefix=commands.when_mentioned, intents=intents(),
                         allowed_mentions=discord.AllowedMentions.none(), help_command=None,
                         shard_count=shard_count, shard_ids=shard_ids,
                         owner_ids=set(owner_ids) if owner_ids else None, **options)
        self.engine = engine
        self.data_dir = data_dir
        self.guild_id = guild_id
        self._cog_options = {"misses": misses, "cooldown": cooldown, "followups": followups}
        self.tree.error(handle_app_command_error)

    @property
    def cog(self) -> TariffCog:
        return self.get_cog("Tariffs")

    async def setup_hook(self) -> None:
        # Korean descriptions for the commands and options; names stay English.
        await self.tree.set_translator(KoreanTranslator())
        await self.add_cog(TariffCog(self, **self._cog_options))
        spelling.warm()     # the typo guard's word list, loaded before the first question
        settle_heap()
        if self.guild_id:
            # A test server gets the commands at once; global publishing is the owner's
            # `/sync` or `@bot sync`, never on every start.
            guild = discord.Object(id=self.guild_id)
            self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
            log.info("synced %d command(s) to the test server %s", len(synced), self.guild_id)

    async def on_ready(self) -> None:
        log.info("ready as %s (id %s): %d server(s), shards %s of %s", self.user,
                 self.user.id if self.user else "?", len(self.guilds),
                 sorted(self.shards), self.shard_count)

    async def on_command_error(self, ctx: commands.Context, error: commands.CommandError) -> None:
        if isinstance(error, (commands.CommandNotFound, commands.CheckFailure)):
            return          # "@bot <question>" is not a command; non-owners can't !sync
        log.error("prefix command %s failed (guild %s, channel %s)", ctx.command,
                  ctx.guild.id if ctx.guild else None, ctx.channel.id,
                  exc_info=getattr(error, "original", error))
