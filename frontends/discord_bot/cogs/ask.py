"""Everyone's commands: /ask, /tariff, /timeline, /sources, /help, the "Ask tariffbot"
message context menu, and replies to mentions and DMs.

Every command is usable wherever the app is: installed in a server, or installed by a
user for themselves (then it works in any server, DM or group DM, even one the bot is
not in). Every command counts against the cooldown and, over it, gets a short ephemeral
reply in the user's language; mentions over it stay silent (nobody waits on them).
"""

from __future__ import annotations

import logging
import re
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands
from rapidfuzz import fuzz

from frontends.discord_bot import embeds
from frontends.discord_bot.components import answer_view, send_answer, send_throttled
from frontends.discord_bot.cooldown import NOTICE
from frontends.discord_bot.errors import NONE, message_error
from frontends.discord_bot.i18n import interaction_lang, say
from frontends.discord_bot.service import Service

log = logging.getLogger(__name__)

_BARE_AMOUNT = re.compile(r"[\d.,]+\s*(k|m|bn|b|thousand|million|billion)?", re.I)
_OTHER_MENTIONS = re.compile(r"<(?:@[!&]?|#)\d+>|@(?:everyone|here)\b")

CONTEXT_MENU = "Ask tariffbot"

# Where the commands may be used: both install types, every kind of channel.
everywhere_installs = app_commands.allowed_installs(guilds=True, users=True)
everywhere_contexts = app_commands.allowed_contexts(guilds=True, dms=True, private_channels=True)


def tariff_question(product_name: str, value: str) -> str:
    """The question /tariff asks the engine; a bare number is read as dollars."""
    value = " ".join(str(value).split())
    if _BARE_AMOUNT.fullmatch(value):
        value = "$" + value
    return f"How much duty on {value} of {product_name}?"


def strip_mentions(text: str) -> str:
    """Mentions are never part of a question ("@everyone what's ..." is declined)."""
    return " ".join(_OTHER_MENTIONS.sub(" ", text).split())


class AskCog(commands.Cog, name="Tariffs"):
    """A thin layer over the Service, which owns the engine and the per-user state."""

    def __init__(self, bot: commands.Bot | commands.AutoShardedBot, service: Service):
        self.bot = bot
        self.service = service
        # A context menu cannot be declared in a class body (discord.py limitation); it
        # is built here and added to the tree when the cog loads.
        self.context_menu: app_commands.ContextMenu = app_commands.ContextMenu(
            name=CONTEXT_MENU,
            callback=self.ask_message,
            allowed_installs=app_commands.AppInstallationType(guild=True, user=True),
            allowed_contexts=app_commands.AppCommandContext(
                guild=True, dm_channel=True, private_channel=True
            ),
        )

    async def cog_load(self) -> None:
        self.bot.tree.add_command(self.context_menu)

    async def cog_unload(self) -> None:
        self.bot.tree.remove_command(CONTEXT_MENU, type=discord.AppCommandType.message)

    async def admitted(self, interaction: discord.Interaction) -> bool:
        """Count the command against the cooldown; over it, say so (never silence)."""
        verdict = self.service.admit(interaction.user.id, interaction.guild_id)
        if verdict.allowed:
            return True
        await send_throttled(interaction, verdict)
        return False

    async def _answer(
        self, interaction: discord.Interaction, question: str, *, ephemeral: bool = False
    ) -> None:
        answer = await self.service.answer(
            question,
            user_id=interaction.user.id,
            guild_id=interaction.guild_id,
            channel_id=interaction.channel_id,
        )
        await send_answer(interaction, answer, ephemeral=ephemeral)

    # ----- slash commands ------------------------------------------------------------------

    @app_commands.command(name="ask", description="Ask about the South Korea–US tariff dispute")
    @app_commands.describe(question="Your question, e.g. What's the new tariff on Korean cars?")
    @everywhere_installs
    @everywhere_contexts
    async def ask(
        self, interaction: discord.Interaction, question: app_commands.Range[str, 1, 1000]
    ) -> None:
        if await self.admitted(interaction):
            await self._answer(interaction, question)

    @ask.autocomplete("question")
    async def ask_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        found = self.service.autocomplete.search(current, limit=25)
        return [
            app_commands.Choice(
                name=embeds.clip(q, embeds.CHOICE), value=embeds.clip(q, embeds.CHOICE)
            )
            for q in found[:25]
        ]

    @app_commands.command(name="tariff", description="The extra duty on a shipment of a product")
    @app_commands.describe(
        product="The product, e.g. autos or lumber",
        value="The shipment's value, e.g. $30,000, 30k or $2 billion",
    )
    @everywhere_installs
    @everywhere_contexts
    async def tariff(
        self, interaction: discord.Interaction, product: str, value: app_commands.Range[str, 1, 60]
    ) -> None:
        if not await self.admitted(interaction):
            return
        found = self.find_product(product)
        if found is None:
            names = ", ".join(p.name for p in self.products().values())
            await interaction.response.send_message(
                say(
                    interaction_lang(interaction),
                    "unknown_product",
                    product=embeds.echo(product, 60),
                    names=names,
                ),
                ephemeral=True,
                allowed_mentions=NONE,
            )
            return
        await self._answer(interaction, tariff_question(found.name, value))

    def products(self) -> dict[str, Any]:
        products: dict[str, Any] = self.service.engine.base.vocabulary.products
        return products

    @tariff.autocomplete("product")
    async def product_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        products = self.products()
        current = current.strip().casefold()[:100]
        if not current:
            ranked = list(products.values())
        else:
            scored = []
            for product in products.values():
                names = [product.name, product.id, *product.aliases]
                # an exact name or alias ("car") first, then a prefix ("car parts")
                best = max(
                    101.0
                    if n.casefold() == current
                    else 100.0
                    if n.casefold().startswith(current)
                    else fuzz.WRatio(current, n.casefold())
                    for n in names
                )
                if best >= 50:
                    scored.append((-best, product.name, product))
            ranked = [p for _, _, p in sorted(scored, key=lambda t: (t[0], t[1]))]
        return [
            app_commands.Choice(
                name=embeds.clip(p.name, embeds.CHOICE), value=embeds.clip(p.id, embeds.CHOICE)
            )
            for p in ranked[:25]
        ]

    def find_product(self, text: str) -> Any:
        """An id from autocomplete, or a name or alias typed freely."""
        products = self.products()
        key = " ".join(text.split()).casefold()
        if key in products:
            return products[key]
        for product in products.values():
            if key == product.name.casefold() or key in (a.casefold() for a in product.aliases):
                return product
        return None

    @app_commands.command(name="timeline", description="The dated events, with status and source")
    @everywhere_installs
    @everywhere_contexts
    @app_commands.describe(page="Which page: 1 is the newest")
    async def timeline(
        self, interaction: discord.Interaction, page: app_commands.Range[int, 1, 10_000] = 1
    ) -> None:
        if not await self.admitted(interaction):
            return
        lang = interaction_lang(interaction)
        base = self.service.engine.base
        await interaction.response.send_message(
            embed=embeds.timeline_embed(
                embeds.timeline_rows(base, lang), base.as_of, lang, page=page
            ),
            allowed_mentions=NONE,
        )

    @app_commands.command(
        name="sources", description="What the bot knows, from which sources, as of when"
    )
    @everywhere_installs
    @everywhere_contexts
    @app_commands.describe(page="Which page: 1 is the newest")
    async def sources(
        self, interaction: discord.Interaction, page: app_commands.Range[int, 1, 10_000] = 1
    ) -> None:
        if not await self.admitted(interaction):
            return
        await interaction.response.send_message(
            embed=embeds.sources_embed(
                self.service.engine.base, interaction_lang(interaction), page=page
            ),
            allowed_mentions=NONE,
        )

    @app_commands.command(name="help", description="How to ask the tariff bot, with examples")
    @everywhere_installs
    @everywhere_contexts
    async def help(self, interaction: discord.Interaction) -> None:
        if not await self.admitted(interaction):
            return
        lang = interaction_lang(interaction)
        examples = self.service.autocomplete.by_lang[lang].questions[:5]
        await interaction.response.send_message(
            embed=embeds.help_embed(examples, lang), ephemeral=True, allowed_mentions=NONE
        )

    # ----- the message context menu --------------------------------------------------------

    async def ask_message(self, interaction: discord.Interaction, message: discord.Message) -> None:
        """ "Ask tariffbot" on a message: answer its text, privately, with a button to post
        the answer for everyone. The same path as /ask from here on."""
        if not await self.admitted(interaction):
            return
        question = strip_mentions(message.content or "")
        if not question and message.embeds:
            first = message.embeds[0]
            question = strip_mentions(" ".join(filter(None, (first.title, first.description))))
        if not question:
            await interaction.response.send_message(
                say(interaction_lang(interaction), "no_text"), ephemeral=True, allowed_mentions=NONE
            )
            return
        await self._answer(interaction, question, ephemeral=True)

    # ----- mentions and DMs ----------------------------------------------------------------

    def addressed(self, message: discord.Message) -> bool:
        me = self.bot.user
        if me is None or message.author.bot or message.author.id == me.id:
            return False
        if message.guild is None:
            return True
        if any(user.id == me.id for user in message.mentions):
            return True
        role = message.guild.self_role
        return role is not None and any(r.id == role.id for r in message.role_mentions)

    def question_of(self, message: discord.Message) -> str:
        me = self.bot.user
        text = message.content
        if me is not None:
            text = re.sub(rf"<@!?{me.id}>", " ", text)
        role = message.guild.self_role if message.guild else None
        if role is not None:
            text = text.replace(f"<@&{role.id}>", " ")
        return strip_mentions(text)

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        if not self.addressed(message):
            return
        try:
            ctx = await self.bot.get_context(message)
            if ctx.valid:  # "@bot sync": a command, handled by the bot
                return
            await self.reply_to(message)
        except Exception as error:
            await message_error(message, error)

    async def reply_to(self, message: discord.Message) -> None:
        outcome = await self.service.respond(
            self.question_of(message),
            user_id=message.author.id,
            guild_id=message.guild.id if message.guild else None,
            channel_id=message.channel.id,
        )
        if outcome.answer is None:
            if outcome.verdict.action == NOTICE:
                wait = max(1, round(outcome.verdict.retry_after))
                await message.reply(
                    say("en", "notice", wait=wait),
                    mention_author=False,
                    allowed_mentions=NONE,
                    delete_after=20,
                )
            return  # SILENT: a flood of mentions costs no API call
        answer = outcome.answer
        kwargs: dict[str, Any] = {
            "embed": embeds.answer_embed(answer),
            "mention_author": False,
            "allowed_mentions": NONE,
        }
        view = answer_view(answer, message.author.id, answer.lang)
        if view is not None:
            kwargs["view"] = view
        await message.reply(**kwargs)
