""""Did you mean" buttons under a declined question.

Only the person who asked may press them (others get a short ephemeral note); pressing
one answers that question in place of the decline; after `timeout` seconds the buttons
are disabled on the message.
"""
from __future__ import annotations

import logging
from typing import Awaitable, Callable

import discord

from frontends.discord_bot.embeds import LABEL, clip

log = logging.getLogger(__name__)

NOT_YOURS = "Only the person who asked can use these buttons — ask your own question with `/ask`."

# (interaction, question) -> None: answers `question` for the button's presser
Pick = Callable[[discord.Interaction, str], Awaitable[None]]


class SuggestionButton(discord.ui.Button["SuggestionView"]):
    def __init__(self, question: str, index: int):
        super().__init__(label=clip(f"{index}. {question}", LABEL),
                         style=discord.ButtonStyle.secondary)
        self.question = question

    async def callback(self, interaction: discord.Interaction) -> None:
        view = self.view
        assert view is not None
        view.chosen = self.question
        view.stop()
        await view.on_pick(interaction, self.question)


class SuggestionView(discord.ui.View):
    def __init__(self, author_id: int, suggestions: list[str], on_pick: Pick,
                 timeout: float | None = 180.0):
        super().__init__(timeout=timeout)
        self.author_id = author_id
        self.on_pick = on_pick
        self.chosen: str | None = None
        self.message: discord.Message | None = None     # set after sending, for on_timeout
        for index, question in enumerate(suggestions[:3], 1):
            self.add_item(SuggestionButton(question, index))

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id == self.author_id:
            return True
        await interaction.response.send_message(
            NOT_YOURS, ephemeral=True, allowed_mentions=discord.AllowedMentions.none())
        return False

    def disable(self) -> None:
        for item in self.children:
            if isinstance(item, discord.ui.Button):
                item.disabled = True

    async def on_timeout(self) -> None:
        self.disable()
        if self.message is not None:
            try:
                await self.message.edit(view=self, allowed_mentions=discord.AllowedMentions.none())
            except discord.HTTPException as error:      # deleted message, lost access...
                log.info("could not disable suggestion buttons on message %s: %s",
                         self.message.id, error)

    async def on_error(self, interaction: discord.Interaction, error: Exception,
                       item: discord.ui.Item) -> None:
        log.error("suggestion button failed (guild %s, channel %s)", interaction.guild_id,
                  interaction.channel_id, exc_info=error)
        try:
            if not interaction.response.is_done():
                await interaction.response.send_message(
                    "Sorry, something went wrong answering that.", ephemeral=True,
                    allowed_mentions=discord.AllowedMentions.none())
        except discord.HTTPException:
            pass
