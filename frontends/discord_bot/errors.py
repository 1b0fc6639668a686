"""One error path per kind of entry point, each logging once and replying at most once.

Slash commands and the context menu: `on_app_command_error`, installed as the tree's
only error handler (no cog defines `cog_app_command_error`; discord.py would call both,
and a non-owner's /reload got two replies and two log lines). Buttons:
`component_error`, called from each button's callback. Mentions: `message_error`.
"""

from __future__ import annotations

import logging

import discord
from discord import app_commands

from frontends.discord_bot.i18n import interaction_lang, say

log = logging.getLogger(__name__)

NONE = discord.AllowedMentions.none()


def _log_failure(error: BaseException, where: str) -> None:
    original = getattr(error, "original", error)
    if isinstance(original, discord.Forbidden):
        log.warning("missing permissions for %s: %s", where, original.text or original)
    elif isinstance(original, discord.HTTPException):
        log.error("Discord refused a response for %s: %s %s", where, original.status, original.text)
    else:
        log.error("unexpected error in %s", where, exc_info=original)


async def _apologize(interaction: discord.Interaction, text: str, where: str) -> None:
    try:
        if interaction.response.is_done():
            await interaction.followup.send(text, ephemeral=True, allowed_mentions=NONE)
        else:
            await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NONE)
    except discord.HTTPException as failure:
        log.info("could not send the apology for %s: %s", where, failure)


async def on_app_command_error(
    interaction: discord.Interaction, error: app_commands.AppCommandError
) -> None:
    """Log with context, apologize where possible, never raise."""
    command = interaction.command.qualified_name if interaction.command else "?"
    where = f"/{command} in guild {interaction.guild_id}, channel {interaction.channel_id}"
    lang = interaction_lang(interaction)
    if isinstance(error, app_commands.CheckFailure):
        log.info("check failed for %s", where)
        await _apologize(interaction, say(lang, "not_owner"), where)
        return
    _log_failure(error, where)
    await _apologize(interaction, say(lang, "apology"), where)


async def component_error(interaction: discord.Interaction, error: Exception, what: str) -> None:
    where = f"{what} in guild {interaction.guild_id}, channel {interaction.channel_id}"
    _log_failure(error, where)
    await _apologize(interaction, say(interaction_lang(interaction), "apology"), where)


async def message_error(message: discord.Message, error: Exception) -> None:
    where = (
        f"guild {message.guild.id if message.guild else None}, "
        f"channel {message.channel.id}, message {message.id}"
    )
    if isinstance(error, discord.Forbidden):
        log.warning("missing permissions to reply (%s): %s", where, error.text or error)
        return
    if isinstance(error, discord.HTTPException):
        log.error("Discord refused the reply (%s): %s %s", where, error.status, error.text)
    else:
        log.error("failed answering a mention (%s)", where, exc_info=error)
    try:
        await message.reply(say("en", "apology"), mention_author=False, allowed_mentions=NONE)
    except discord.HTTPException:
        pass
