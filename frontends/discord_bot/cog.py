"""The tariff bot's commands: /ask, /tariff, /timeline, /sources, /help, mention and DM
replies, "did you mean" buttons, follow-ups, cooldown, and the owner's /sync and /reload.

Every path goes through `TariffCog.respond`: cooldown -> follow-up lookup -> engine (in a
worker thread, so the event loop never waits on matching) -> misses log -> embed.
"""
from __future__ import annotations

import asyncio
import logging
import re
from dataclasses import dataclass

import discord
from discord import app_commands
from discord.ext import commands

from engine.answer import Answer
from engine.core import Engine
from frontends.console import timeline_entries
from frontends.discord_bot import embeds
from frontends.discord_bot.cooldown import NOTICE, Cooldown, Verdict
from frontends.discord_bot.followups import FollowUps
from frontends.discord_bot.views import SuggestionView
from frontends.misses import MissesLog
from knowledge import BaseError

log = logging.getLogger(__name__)

NONE = discord.AllowedMentions.none()
MAX_QUESTION = 4000
APOLOGY = "Sorry, something went wrong on my side answering that. Please try again in a moment."
NOT_OWNER = "Only the bot's owner can use this command."
_BARE_AMOUNT = re.compile(r"[\d.,]+\s*(k|m|bn|b|thousand|million|billion)?", re.I)


def notice_text(verdict: Verdict) -> str:
    wait = max(1, round(verdict.retry_after))
    return f"You're asking quickly — I'll answer again in about {wait} s."


@dataclass
class Outcome:
    verdict: Verdict
    answer: Answer | None = None


async def is_owner(interaction: discord.Interaction) -> bool:
    return await interaction.client.is_owner(interaction.user)


class TariffCog(commands.Cog, name="Tariffs"):
    """A thin layer over `engine.core.Engine`."""

    def __init__(self, bot: commands.Bot, *, cooldown: Cooldown | None = None,
                 followups: FollowUps | None = None, misses: MissesLog | None = None,
                 offload: bool = False, concurrency: int = 2, view_timeout: float = 180.0):
        self.bot = bot
        self.cooldown = cooldown if cooldown is not None else Cooldown()
        self.followups = followups if followups is not None else FollowUps()
        self.misses = misses
        self.offload = offload
        self._gate = asyncio.Semaphore(concurrency)
        self.view_timeout = view_timeout

    @property
    def engine(self) -> Engine:
        return self.bot.engine

    # ----- the one path every question takes -------------------------------------------

    async def respond(self, question: str, *, user_id: int, guild_id: int | None,
                      channel_id: int | None) -> Outcome:
        verdict = self.cooldown.hit((user_id, guild_id))
        if not verdict.allowed:
            return Outcome(verdict)
        return Outcome(verdict, await self.answer(question, user_id=user_id, guild_id=guild_id,
                                                  channel_id=channel_id))

    async def answer(self, question: str, *, user_id: int, guild_id: int | None,
                     channel_id: int | None) -> Answer:
        question = str(question)[:MAX_QUESTION]
        async with self._gate:
            previous = self.followups.get(user_id, channel_id)
            engine = self.engine
            if self.offload:
                answer = await asyncio.to_thread(engine.ask, question, previous)
            else:
                answer = engine.ask(question, previous)
                # Hold the gate across one loop turn: under a burst at most `concurrency`
                # questions are matched per turn, so the loop never stalls on a backlog.
                await asyncio.sleep(0)
        if answer.answered:
            self.followups.put(user_id, channel_id, answer)
        elif self.misses is not None and str(question).strip():
            self.misses.record(answer, guild_id)
        return answer

    def view_for(self, answer: Answer, author_id: int) -> SuggestionView | None:
        if answer.answered or not answer.suggestions:
            return None
        return SuggestionView(author_id, answer.suggestions, self.pick, timeout=self.view_timeout)

    async def send_answer(self, interaction: discord.Interaction, answer: Answer) -> None:
        view = self.view_for(answer, interaction.user.id)
        kwargs = {"embed": embeds.answer_embed(answer), "allowed_mentions": NONE}
        if view is not None:
            kwargs["view"] = view
        result = await interaction.response.send_message(**kwargs)
        if view is not None:
            resource = getattr(result, "resource", None)
            if isinstance(resource, discord.Message):
                view.message = resource

    async def _interaction_question(self, interaction: discord.Interaction, question: str) -> None:
        outcome = await self.respond(question, user_id=interaction.user.id,
                                     guild_id=interaction.guild_id,
                                     channel_id=interaction.channel_id)
        if outcome.answer is not None:
            await self.send_answer(interaction, outcome.answer)
        elif outcome.verdict.action == NOTICE:
            await interaction.response.send_message(notice_text(outcome.verdict),
                                                    ephemeral=True, allowed_mentions=NONE)
        # SILENT: no response at all — a flood costs no API calls

    async def pick(self, interaction: discord.Interaction, question: str) -> None:
        """A "did you mean" button: answer that question in place of the decline."""
        outcome = await self.respond(question, user_id=interaction.user.id,
                                     guild_id=interaction.guild_id,
                                     channel_id=interaction.channel_id)
        if outcome.answer is None:
            if outcome.verdict.action == NOTICE:
                await interaction.response.send_message(notice_text(outcome.verdict),
                                                        ephemeral=True, allowed_mentions=NONE)
            else:
                await interaction.response.defer()      # acknowledge, say nothing
            return
        view = self.view_for(outcome.answer, interaction.user.id)
        await interaction.response.edit_message(embed=embeds.answer_embed(outcome.answer),
                                                view=view, allowed_mentions=NONE)
        if view is not None:
            view.message = interaction.message

    # ----- slash commands ------------------------------------------------------------------

    @app_commands.command(name="ask", description="Ask about the South Korea–US tariff dispute")
    @app_commands.describe(question="Your question, e.g. What's the new tariff on Korean cars?")
    async def ask(self, interaction: discord.Interaction,
                  question: app_commands.Range[str, 1, 1000]) -> None:
        await self._interaction_question(interaction, question)

    @ask.autocomplete("question")
    async def ask_autocomplete(self, interaction: discord.Interaction,
                               current: str) -> list[app_commands.Choice[str]]:
        found = self.engine.suggestions_for(current[:200], limit=25)
        return [app_commands.Choice(name=embeds.clip(q, embeds.CHOICE),
                                    value=embeds.clip(q, embeds.CHOICE)) for q in found[:25]]

    @app_commands.command(name="tariff", description="The extra duty on a shipment of a product")
    @app_commands.describe(product="The product, e.g. autos or lumber",
                           value="The shipment's value, e.g. $30,000, 30k or $2 billion")
    async def tariff(self, interaction: discord.Interaction, product: str,
                     value: app_commands.Range[str, 1, 60]) -> None:
        found = self.find_product(product)
        if found is None:
            names = ", ".join(p.name for p in self.engine.base.vocabulary.products.values())
            await interaction.response.send_message(
                f"I don't have tariff facts on “{embeds.echo(product, 60)}”. Pick one of: {names}.",
                ephemeral=True, allowed_mentions=NONE)
            return
        await self._interaction_question(interaction, tariff_question(found.name, value))

    @tariff.autocomplete("product")
    async def product_autocomplete(self, interaction: discord.Interaction,
                                   current: str) -> list[app_commands.Choice[str]]:
        products = self.engine.base.vocabulary.products
        current = current.strip().casefold()[:100]
        if not current:
            ranked = list(products.values())
        else:
            from rapidfuzz import fuzz
            scored = []
            for product in products.values():
                names = [product.name, product.id, *product.aliases]
                best = max(100.0 if n.casefold().startswith(current) else
                           fuzz.WRatio(current, n.casefold()) for n in names)
                if best >= 50:
                    scored.append((-best, product.name, product))
            ranked = [p for _, _, p in sorted(scored, key=lambda t: (t[0], t[1]))]
        return [app_commands.Choice(name=embeds.clip(p.name, embeds.CHOICE),
                                    value=embeds.clip(p.id, embeds.CHOICE)) for p in ranked[:25]]

    def find_product(self, text: str):
        """An id from autocomplete, or a name or alias typed freely."""
        products = self.engine.base.vocabulary.products
        key = " ".join(text.split()).casefold()
        if key in products:
            return products[key]
        for product in products.values():
            if key == product.name.casefold() or key in (a.casefold() for a in product.aliases):
                return product
        return None

    @app_commands.command(name="timeline", description="The dated events, with status and source")
    async def timeline(self, interaction: discord.Interaction) -> None:
        base = self.engine.base
        await interaction.response.send_message(
            embed=embeds.timeline_embed(timeline_entries(base), base.as_of), allowed_mentions=NONE)

    @app_commands.command(name="sources", description="What the bot knows, from which sources, as of when")
    async def sources(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message(embed=embeds.sources_embed(self.engine.base),
                                                allowed_mentions=NONE)

    @app_commands.command(name="help", description="How to ask the tariff bot, with examples")
    async def help(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message(
            embed=embeds.help_embed(self.engine.known_questions()[:5]), ephemeral=True,
            allowed_mentions=NONE)

    # ----- owner commands ------------------------------------------------------------------

    @app_commands.command(name="reload", description="Owner: re-read the fact base")
    @app_commands.default_permissions(administrator=True)
    @app_commands.check(is_owner)
    async def reload(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message(await self.reload_base(), ephemeral=True,
                                                allowed_mentions=NONE)

    async def reload_base(self) -> str:
        """Load the base anew; on any problem keep the running one and say why."""
        data_dir = getattr(self.bot, "data_dir", None)
        try:
            fresh = await asyncio.to_thread(Engine.load, data_dir)
        except BaseError as error:
            log.warning("reload refused: %d problem(s); keeping the running fact base",
                        len(error.problems))
            return embeds.problems_text(error.problems)
        except Exception as error:       # unreadable folder, ...: keep running
            log.exception("reload failed; keeping the running fact base")
            return (f"Reload failed ({type(error).__name__}); still using the last good fact "
                    "base. The log has the details.")
        self.bot.engine = fresh
        self.followups.clear()
        from frontends.discord_bot.client import settle_heap
        settle_heap()
        base = fresh.base
        log.info("fact base reloaded: %d facts from %d sources", len(base.facts), len(base.sources))
        as_of = base.as_of.text(weekday=False) if base.as_of else "unknown"
        return (f"Reloaded: {len(base.current)} current facts from {len(base.sources)} "
                f"source(s), as of {as_of}.")

    @app_commands.command(name="sync", description="Owner: publish the slash commands")
    @app_commands.default_permissions(administrator=True)
    @app_commands.check(is_owner)
    async def sync(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        await interaction.followup.send(await self.sync_commands(), ephemeral=True,
                                        allowed_mentions=NONE)

    @commands.command(name="sync", hidden=True)
    @commands.is_owner()
    async def sync_prefix(self, ctx: commands.Context) -> None:
        """`@bot sync`: the way to publish commands before any slash command exists."""
        await ctx.reply(await self.sync_commands(), mention_author=False, allowed_mentions=NONE)

    async def sync_commands(self) -> str:
        guild_id = getattr(self.bot, "guild_id", None)
        tree = self.bot.tree
        if guild_id:
            guild = discord.Object(id=guild_id)
            tree.copy_global_to(guild=guild)
            synced = await tree.sync(guild=guild)
            return f"Synced {len(synced)} command(s) to the test server {guild_id}."
        synced = await tree.sync()
        return f"Synced {len(synced)} command(s) globally."

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
        text = re.sub(rf"<@!?{me.id}>", " ", text)
        role = message.guild.self_role if message.guild else None
        if role is not None:
            text = text.replace(f"<@&{role.id}>", " ")
        # other mentions are never part of the question ("@everyone what's ..." declined)
        text = re.sub(r"<(?:@[!&]?|#)\d+>|@(?:everyone|here)\b", " ", text)
        return " ".join(text.split())

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        if not self.addressed(message):
            return
        try:
            ctx = await self.bot.get_context(message)
            if ctx.valid:           # "@bot sync": a command, handled by the bot
                return
            await self.reply_to(message)
        except Exception as error:
            await self._message_error(message, error)

    async def reply_to(self, message: discord.Message) -> None:
        question = self.question_of(message)
        outcome = await self.respond(question, user_id=message.author.id,
                                     guild_id=message.guild.id if message.guild else None,
                                     channel_id=message.channel.id)
        if outcome.answer is None:
            if outcome.verdict.action == NOTICE:
                await message.reply(notice_text(outcome.verdict), mention_author=False,
                                    allowed_mentions=NONE, delete_after=20)
            return
        view = self.view_for(outcome.answer, message.author.id)
        kwargs = {"embed": embeds.answer_embed(outcome.answer), "mention_author": False,
                  "allowed_mentions": NONE}
        if view is not None:
            kwargs["view"] = view
        sent = await message.reply(**kwargs)
        if view is not None:
            view.message = sent

    async def _message_error(self, message: discord.Message, error: Exception) -> None:
        where = (f"guild {message.guild.id if message.guild else None}, "
                 f"channel {message.channel.id}, message {message.id}")
        if isinstance(error, discord.Forbidden):
            log.warning("missing permissions to reply (%s): %s", where, error.text or error)
            return
        if isinstance(error, discord.HTTPException):
            log.error("Discord refused the reply (%s): %s %s", where, error.status, error.text)
        else:
            log.error("failed answering a mention (%s)", where, exc_info=error)
        try:
            await message.reply(APOLOGY, mention_author=False, allowed_mentions=NONE)
        except discord.HTTPException:
            pass

    # ----- errors --------------------------------------------------------------------------

    async def cog_app_command_error(self, interaction: discord.Interaction,
                                    error: app_commands.AppCommandError) -> None:
        await handle_app_command_error(interaction, error)


async def handle_app_command_error(interaction: discord.Interaction,
                                   error: app_commands.AppCommandError) -> None:
    """Log with context, apologize where possible, never raise."""
    command = interaction.command.qualified_name if interaction.command else "?"
    where = f"/{command} in guild {interaction.guild_id}, channel {interaction.channel_id}"
    if isinstance(error, app_commands.CheckFailure):
        reply = NOT_OWNER
        log.info("check failed for %s", where)
    else:
        original = getattr(error, "original", error)
        reply = APOLOGY
        if isinstance(original, discord.Forbidden):
            log.warning("missing permissions for %s: %s", where, original.text or original)
        elif isinstance(original, discord.HTTPException):
            log.error("Discord refused a response for %s: %s %s", where, original.status,
                      original.text)
        else:
            log.error("unexpected error in %s", where, exc_info=original)
    try:
        if interaction.response.is_done():
            await interaction.followup.send(reply, ephemeral=True, allowed_mentions=NONE)
        else:
            await interaction.response.send_message(reply, ephemeral=True, allowed_mentions=NONE)
    except discord.HTTPException as failure:
        log.info("could not send the apology for %s: %s", where, failure)


def tariff_question(product_name: str, value: str) -> str:
    """The question /tariff asks the engine; a bare number is read as dollars."""
    value = " ".join(str(value).split())
    if _BARE_AMOUNT.fullmatch(value):
        value = "$" + value
    return f"How much duty on {value} of {product_name}?"
