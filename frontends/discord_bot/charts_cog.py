"""/chart and the "Chart" button: the rate history (or the pledge) as a PNG, with an
embed that lists every plotted point and the sources, for readers who cannot see images.

Separate from cog.py so the charts can be wired in (or left out) with one line each:

    await self.add_cog(ChartsCog(self))                   # TariffBot.setup_hook
    button = chart_button_for(answer, self.engine.base)   # under an answer, see below

Rendering runs in a worker thread (asyncio.to_thread): matplotlib is imported there on
the first chart, so neither the bot's start nor the event loop waits on it. Charts are
cached per fact base (a /reload swaps the base, and with it the cache key).
"""

from __future__ import annotations

import asyncio
import io
import logging
import re
from collections import OrderedDict
from typing import TYPE_CHECKING, Any, Protocol

import discord
from discord import app_commands
from discord.ext import commands

import phrasebook
from charts.series import (
    ALL,
    PLEDGE,
    PledgeChart,
    RateChart,
    as_of_text,
    pledge_chart,
    pledge_lines,
    points_text,
    product_name,
    rate_chart,
    resolve_target,
    targets,
)
from engine.answer import Answer
from frontends.discord_bot import embeds
from frontends.discord_bot.cooldown import NOTICE, Cooldown
from knowledge.factbase import FactBase, RateFact

if TYPE_CHECKING:
    from answering.orchestrator import Engine

log = logging.getLogger(__name__)

NONE = discord.AllowedMentions.none()
FILENAME = "tariff-chart.png"
CUSTOM_ID = "tariffbot:chart:{target}:{lang}"
TEMPLATE = r"tariffbot:chart:(?P<target>[a-z0-9-]{1,60}):(?P<lang>en|ko)"
CACHE_SIZE = 32
# The phrasebooks' chart wording (`DiscordWords.chart_*`), by short key, per language.
LABELS = {
    lang: {
        key: getattr(book.discord, f"chart_{key}")
        for key in ("button", "points", "sources", "pledge", "all", "busy", "unknown", "more")
    }
    for lang, book in phrasebook.BOOKS.items()
}


def lang_of(interaction: discord.Interaction) -> str:
    """A Korean Discord client gets Korean labels."""
    return "ko" if interaction.locale is discord.Locale.korean else "en"


def chart_embed(base: FactBase, target: str, lang: str) -> discord.Embed:
    """The chart's title, as-of date, every plotted point (date · rate · status) and the
    sources: the text equivalent of the image, which it shows."""
    words = LABELS[lang]
    chart: PledgeChart | RateChart
    if target == PLEDGE:
        chart = pledge = pledge_chart(base, lang)
        fields = [(words["pledge"], pledge_lines(pledge))]
    else:
        chart = rates = rate_chart(base, target, lang)
        fields = points_text(rates)
    embed = discord.Embed(
        title=embeds.clip(chart.title, embeds.TITLE),
        description=as_of_text(chart.as_of, lang),
        colour=embeds.BLUE,
    )
    for name, lines in fields[: embeds.FIELDS - 1]:
        value = "\n".join(embeds.escape(line) for line in lines) or "—"
        embed.add_field(
            name=embeds.clip(embeds.escape(name), embeds.FIELD_NAME),
            value=embeds.clip(value, embeds.FIELD_VALUE),
            inline=False,
        )
    if chart.sources:
        embed.add_field(
            name=words["sources"], value=sources_value(chart.sources, lang), inline=False
        )
    embed.set_image(url=f"attachment://{FILENAME}")
    return embeds.fit(embed)


def sources_value(sources, lang: str) -> str:
    """The sources, newest first, as whole lines within one field; when they do not all
    fit, how many more there are."""
    newest = sorted(sources, key=lambda s: s.published.sort_key, reverse=True)
    lines: list[str] = []
    for index, source in enumerate(newest):
        line = embeds.clip(embeds.source_text(source, lang), embeds.FIELD_VALUE - 40)
        rest = len(newest) - index - 1
        more = LABELS[lang]["more"].format(n=rest) if rest else ""
        if len("\n".join(lines + [line, more])) > embeds.FIELD_VALUE:
            lines.append(LABELS[lang]["more"].format(n=len(newest) - index))
            break
        lines.append(line)
    return embeds.clip("\n".join(lines), embeds.FIELD_VALUE)


def draw(base: FactBase, target: str, lang: str) -> bytes:
    """Runs in a worker thread; the first call imports matplotlib there."""
    from charts.render import render

    return render(base, target, lang)


class ChartsBot(Protocol):
    """What the cog needs of its bot (client.TariffBot, which this module may not import:
    the client installs the cog): the live engine, and a place for the Chart button."""

    @property
    def engine(self) -> Engine: ...

    def add_dynamic_items(self, *items: type[discord.ui.DynamicItem[Any]]) -> None: ...

    def remove_dynamic_items(self, *items: type[discord.ui.DynamicItem[Any]]) -> None: ...


class ChartsCog(commands.Cog, name="Charts"):
    """/chart, and the handler behind every "Chart" button (a dynamic item, so buttons
    keep working after a restart)."""

    def __init__(
        self, bot: ChartsBot, *, cooldown: Cooldown | None = None, concurrency: int = 1
    ) -> None:
        self.bot = bot
        self.cooldown = cooldown if cooldown is not None else Cooldown()
        self._gate = asyncio.Semaphore(concurrency)  # charts are CPU: one at a time
        self._cache: OrderedDict[tuple, tuple[FactBase, bytes]] = OrderedDict()

    async def cog_load(self) -> None:
        self.bot.add_dynamic_items(ChartButton)

    async def cog_unload(self) -> None:
        self.bot.remove_dynamic_items(ChartButton)

    @property
    def base(self) -> FactBase:
        return self.bot.engine.base

    async def png(self, base: FactBase, target: str, lang: str) -> bytes:
        key = (id(base), target, lang)
        cached = self._cache.get(key)
        if cached is not None and cached[0] is base:  # the id of a live base, not reused
            self._cache.move_to_end(key)
            return cached[1]
        async with self._gate:
            image = await asyncio.to_thread(draw, base, target, lang)
        self._cache[key] = (base, image)
        while len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)
        return image

    async def send_chart(self, interaction: discord.Interaction, text: str, lang: str) -> None:
        """Resolve `text`, then answer with the PNG and its embed (or say what exists)."""
        base = self.base
        words = LABELS[lang]
        target = resolve_target(base, text)
        if target is None:
            known = ", ".join(targets(base))
            await interaction.response.send_message(
                words["unknown"].format(what=embeds.echo(text, 60), known=known),
                ephemeral=True,
                allowed_mentions=NONE,
            )
            return
        verdict = self.cooldown.hit((interaction.user.id, interaction.guild_id))
        if not verdict.allowed:
            if verdict.action == NOTICE:
                await interaction.response.send_message(
                    words["busy"].format(wait=max(1, round(verdict.retry_after))),
                    ephemeral=True,
                    allowed_mentions=NONE,
                )
            return
        await interaction.response.defer(thinking=True)
        image = await self.png(base, target, lang)
        embed = chart_embed(base, target, lang)
        # The title doubles as the image's alt text; the embed lists the points.
        await interaction.followup.send(
            embed=embed,
            allowed_mentions=NONE,
            file=discord.File(
                io.BytesIO(image),
                filename=FILENAME,
                description=embeds.clip(embed.title or target, 1024),
            ),
        )

    @app_commands.command(
        name="chart", description="A chart of a tariff's history, or of the pledge"
    )
    @app_commands.describe(product="A product (autos, lumber, ...), all, or pledge")
    async def chart(
        self, interaction: discord.Interaction, product: app_commands.Range[str, 1, 100] = ALL
    ) -> None:
        await self.send_chart(interaction, product, lang_of(interaction))

    @chart.autocomplete("product")
    async def chart_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        base = self.base
        lang = lang_of(interaction)
        current = " ".join(current.split()).casefold()[:100]
        choices = []
        for target in targets(base):
            name = {ALL: LABELS[lang]["all"], PLEDGE: LABELS[lang]["pledge"]}.get(
                target
            ) or product_name(base, target, lang)
            if (
                not current
                or current in name.casefold()
                or current in target
                or resolve_target(base, current) == target
            ):
                choices.append(
                    app_commands.Choice(name=embeds.clip(name, embeds.CHOICE), value=target)
                )
        return choices[:25]

    async def cog_app_command_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError
    ) -> None:
        from frontends.discord_bot.cog import handle_app_command_error

        await handle_app_command_error(interaction, error)


def button(target: str, lang: str) -> discord.ui.Button:
    return discord.ui.Button(
        label=LABELS[lang]["button"],
        emoji="📈",
        style=discord.ButtonStyle.secondary,
        custom_id=CUSTOM_ID.format(target=target, lang=lang),
    )


class ChartButton(discord.ui.DynamicItem[discord.ui.Button], template=TEMPLATE):
    """Any message's "Chart" button: the target and language live in its custom id."""

    def __init__(self, target: str, lang: str = "en") -> None:
        super().__init__(button(target, lang))
        self.target = target
        self.lang = lang

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str]
    ) -> ChartButton:
        return cls(match["target"], match["lang"])

    async def callback(self, interaction: discord.Interaction) -> None:
        client = interaction.client
        cog = None
        if isinstance(client, (commands.Bot, commands.AutoShardedBot)):
            cog = client.get_cog("Charts")
        if not isinstance(cog, ChartsCog):
            log.warning("a Chart button was pressed but the Charts cog is not loaded")
            return
        await cog.send_chart(interaction, self.target, self.lang)


def chart_target(answer: Answer, base: FactBase | None = None) -> str | None:
    """What an answer's chart shows: its product, all products when it gives several,
    the pledge for a pledge answer; None for anything else."""
    if not answer.answered:
        return None
    if base is not None:
        facts = [base.facts[i] for i in answer.facts if i in base.facts]
        products = list(dict.fromkeys(f.product for f in facts if isinstance(f, RateFact)))
        if not products:
            return PLEDGE if any(f.kind == "pledge" for f in facts) else None
    else:  # without the base, the products the question named
        products = list(getattr(answer.topic, "products", None) or [])
        if not products:
            return None
    return products[0] if len(products) == 1 else ALL


def chart_button_for(answer: Answer, base: FactBase | None = None) -> discord.ui.Button | None:
    """A "Chart" button for a rate, duty or pledge answer, or None. Pass the engine's base
    so an answer that names no product (e.g. "what did Trump announce?") still gets one.
    The button works in any view; its press is handled by ChartButton (registered by
    ChartsCog), so it needs no callback of its own."""
    target = chart_target(answer, base)
    if target is None:
        return None
    if base is not None and target not in targets(base):
        return None
    lang = answer.lang if answer.lang in LABELS else "en"
    return button(target, lang)
