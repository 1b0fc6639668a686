"""The owner's commands: /reload, /sync and `@bot sync`.

Installed with the bot in a server only (a user install has no reason to carry them),
hidden from members without Administrator, and refused to anyone but the owner(s); the
refusal goes through the tree's one error handler (errors.py).
"""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from frontends.discord_bot import embeds
from frontends.discord_bot.errors import NONE
from frontends.discord_bot.i18n import day_text, interaction_lang, say
from frontends.discord_bot.service import ReloadResult, Service


async def is_owner(interaction: discord.Interaction) -> bool:
    client = interaction.client  # a bot (commands.Bot) knows its owners; a bare Client not
    if not isinstance(client, (commands.Bot, commands.AutoShardedBot)):
        return False
    return await client.is_owner(interaction.user)


def reload_text(result: ReloadResult, lang: str) -> str:
    if result.status == "refused":
        return embeds.problems_text(list(result.problems), lang=lang)
    if result.status == "failed" or result.engine is None:
        return say(lang, "reload_failed", error=result.error)
    base = result.engine.base
    as_of = day_text(base.as_of, lang) if base.as_of else say(lang, "unknown")
    return say(lang, "reloaded", current=len(base.current), sources=len(base.sources), as_of=as_of)


class OwnerCog(commands.Cog, name="Owner"):
    def __init__(
        self,
        bot: commands.Bot | commands.AutoShardedBot,
        service: Service,
        *,
        guild_id: int | None = None,
    ):
        self.bot = bot
        self.service = service
        self.guild_id = guild_id

    @app_commands.command(name="reload", description="Owner: re-read the fact base")
    @app_commands.default_permissions(administrator=True)
    @app_commands.allowed_installs(guilds=True, users=False)
    @app_commands.allowed_contexts(guilds=True, dms=False, private_channels=False)
    @app_commands.check(is_owner)
    async def reload(self, interaction: discord.Interaction) -> None:
        # A cold load of a large base takes longer than Discord's 3-second reply window:
        # acknowledge first, then load (in a worker thread), then say how it went.
        await interaction.response.defer(ephemeral=True, thinking=True)
        result = await self.service.reload()
        await interaction.followup.send(
            reload_text(result, interaction_lang(interaction)),
            ephemeral=True,
            allowed_mentions=NONE,
        )

    @app_commands.command(name="sync", description="Owner: publish the slash commands")
    @app_commands.default_permissions(administrator=True)
    @app_commands.allowed_installs(guilds=True, users=False)
    @app_commands.allowed_contexts(guilds=True, dms=False, private_channels=False)
    @app_commands.check(is_owner)
    async def sync(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        await interaction.followup.send(
            await self.sync_commands(interaction_lang(interaction)),
            ephemeral=True,
            allowed_mentions=NONE,
        )

    @commands.command(name="sync", hidden=True)
    @commands.is_owner()
    async def sync_prefix(self, ctx: commands.Context[commands.Bot]) -> None:
        """`@bot sync`: the way to publish commands before any slash command exists."""
        await ctx.reply(await self.sync_commands(), mention_author=False, allowed_mentions=NONE)

    async def sync_commands(self, lang: str = "en") -> str:
        tree = self.bot.tree
        if self.guild_id:
            guild = discord.Object(id=self.guild_id)
            tree.copy_global_to(guild=guild)
            synced = await tree.sync(guild=guild)
            return say(lang, "synced_guild", count=len(synced), guild=self.guild_id)
        synced = await tree.sync()
        return say(lang, "synced_global", count=len(synced))
