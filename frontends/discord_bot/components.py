"""Buttons under the replies, and sending a reply with them.

The buttons are discord.py `DynamicItem`s: everything a press needs is in its custom id,
so a button works on a message sent before a restart (the bot registers the classes at
start) and no view is kept in memory per message.

    tariff:s:<asker>:<key>    "did you mean": only the asker may press; <key> names the
                              suggested question in the engine's known questions
    tariff:w:<fact ids>       "Wrong answer?": anyone; records question, facts, sources
    tariff:p:<asker>          "Post publicly" under an ephemeral answer

A press runs its own error path (`errors.component_error`) exactly once; discord.py's
dispatcher would otherwise only log it and leave the user with "interaction failed".
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections import OrderedDict
from typing import Any

import discord

from engine.answer import Answer
from frontends.discord_bot import embeds
from frontends.discord_bot.autocomplete import question_key
from frontends.discord_bot.cooldown import NOTICE, Verdict
from frontends.discord_bot.errors import NONE, component_error
from frontends.discord_bot.i18n import interaction_lang, say
from frontends.discord_bot.service import Service

log = logging.getLogger(__name__)

CUSTOM_ID = 100  # Discord's limit on a component's custom id
_ESCAPED = re.compile(r"\\(.)")


def service_of(interaction: discord.Interaction) -> Service:
    """The service of the bot that received this press (set once, when the bot is built)."""
    service = getattr(interaction.client, "service", None)
    if not isinstance(service, Service):
        raise RuntimeError("this client has no tariff service")
    return service


def throttle_text(verdict: Verdict, lang: str) -> str:
    wait = max(1, round(verdict.retry_after))
    return say(lang, "notice" if verdict.action == NOTICE else "terse", wait=wait)


async def send_throttled(interaction: discord.Interaction, verdict: Verdict) -> None:
    """Over the cooldown an interaction still gets a reply — the notice first, a terse line
    after — because silence makes Discord show "The application did not respond"."""
    await interaction.response.send_message(
        throttle_text(verdict, interaction_lang(interaction)), ephemeral=True, allowed_mentions=NONE
    )


# ----- the buttons ---------------------------------------------------------------------------


class SuggestionButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=r"tariff:s:(?P<asker>\d{1,20}):(?P<key>[0-9a-f]{12})",
):
    def __init__(self, asker: int, key: str, label: str):
        super().__init__(
            discord.ui.Button(
                label=embeds.clip(label, embeds.LABEL),
                style=discord.ButtonStyle.secondary,
                custom_id=f"tariff:s:{asker}:{key}",
            )
        )
        self.asker = asker
        self.key = key

    @classmethod
    def for_question(cls, asker: int, index: int, question: str) -> SuggestionButton:
        return cls(asker, question_key(question), f"{index}. {question}")

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str]
    ) -> SuggestionButton:
        label = getattr(item, "label", None) or "?"
        return cls(int(match["asker"]), match["key"], label)

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id == self.asker:
            return True
        await interaction.response.send_message(
            say(interaction_lang(interaction), "not_yours"), ephemeral=True, allowed_mentions=NONE
        )
        return False

    async def callback(self, interaction: discord.Interaction) -> None:
        try:
            await self._pick(interaction)
        except Exception as error:
            await component_error(interaction, error, "suggestion button")

    async def _pick(self, interaction: discord.Interaction) -> None:
        """Answer the suggested question in place of the decline."""
        service = service_of(interaction)
        question = service.autocomplete.question(self.key) or self._label_question()
        if question is None:
            await interaction.response.send_message(
                say(interaction_lang(interaction), "suggestion_gone"),
                ephemeral=True,
                allowed_mentions=NONE,
            )
            return
        outcome = await service.respond(
            question,
            user_id=interaction.user.id,
            guild_id=interaction.guild_id,
            channel_id=interaction.channel_id,
        )
        if outcome.answer is None:
            await send_throttled(interaction, outcome.verdict)
            return
        answer = outcome.answer
        view = answer_view(answer, interaction.user.id, interaction_lang(interaction))
        await interaction.response.edit_message(
            embed=embeds.answer_embed(answer), view=view, allowed_mentions=NONE
        )

    def _label_question(self) -> str | None:
        """A suggestion the index does not know (the base changed): its label, if whole."""
        label = str(self.item.label or "")
        text = label.split(". ", 1)[-1]
        if not text or text.endswith(embeds.ELLIPSIS) or question_key(text) != self.key:
            return None
        return text


class WrongButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"tariff:w:(?P<facts>[a-z0-9,-]{0,90})"
):
    def __init__(self, facts: list[str], label: str):
        super().__init__(
            discord.ui.Button(
                label=embeds.clip(label, embeds.LABEL),
                style=discord.ButtonStyle.secondary,
                custom_id=wrong_custom_id(facts),
            )
        )
        self.facts = facts

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str]
    ) -> WrongButton:
        facts = [f for f in match["facts"].split(",") if f]
        return cls(facts, getattr(item, "label", None) or "?")

    async def callback(self, interaction: discord.Interaction) -> None:
        try:
            await self._report(interaction)
        except Exception as error:
            await component_error(interaction, error, "wrong-answer button")

    async def _report(self, interaction: discord.Interaction) -> None:
        service = service_of(interaction)
        verdict = service.admit(interaction.user.id, interaction.guild_id)
        if not verdict.allowed:
            await send_throttled(interaction, verdict)
            return
        await service.report_wrong(
            question_of_message(interaction.message), self.facts, interaction.guild_id
        )
        await interaction.response.send_message(
            say(interaction_lang(interaction), "wrong_thanks"),
            ephemeral=True,
            allowed_mentions=NONE,
        )


class PostButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"tariff:p:(?P<asker>\d{1,20})"
):
    def __init__(self, asker: int, label: str):
        super().__init__(
            discord.ui.Button(
                label=label, style=discord.ButtonStyle.primary, custom_id=f"tariff:p:{asker}"
            )
        )
        self.asker = asker

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str]
    ) -> PostButton:
        return cls(int(match["asker"]), getattr(item, "label", None) or "?")

    async def callback(self, interaction: discord.Interaction) -> None:
        try:
            await self._post(interaction)
        except Exception as error:
            await component_error(interaction, error, "post button")

    async def _post(self, interaction: discord.Interaction) -> None:
        """Post the ephemeral answer for everyone: the same embed, with its "Wrong answer?"
        button, as a new message; the private copy loses its "Post" button."""
        message = interaction.message
        if message is None or not message.embeds:
            return
        keep = discord.ui.View(timeout=None)
        public = discord.ui.View(timeout=None)
        for row in message.components:
            for child in getattr(row, "children", []):
                custom_id = getattr(child, "custom_id", None) or ""
                match = re.fullmatch(WrongButton.__discord_ui_compiled_template__, custom_id)
                if match:
                    facts = [f for f in match["facts"].split(",") if f]
                    keep.add_item(WrongButton(facts, child.label or "?"))
                    public.add_item(WrongButton(facts, child.label or "?"))
        await interaction.response.edit_message(
            view=keep if keep.children else None, allowed_mentions=NONE
        )
        kwargs: dict[str, Any] = {"embeds": message.embeds, "allowed_mentions": NONE}
        if public.children:
            kwargs["view"] = public
        await interaction.followup.send(**kwargs)


DYNAMIC_ITEMS = (SuggestionButton, WrongButton, PostButton)


def wrong_custom_id(facts: list[str]) -> str:
    """As many of the answer's fact ids as fit in a custom id, in order."""
    custom_id = "tariff:w:"
    for fact_id in facts:
        candidate = custom_id + ("," if custom_id[-1] != ":" else "") + fact_id
        if len(candidate) > CUSTOM_ID:
            break
        custom_id = candidate
    return custom_id


def question_of_message(message: discord.Message | None) -> str:
    """The question an answer embed shows as its title, with the escaping undone."""
    if message is None or not message.embeds:
        return ""
    title = message.embeds[0].title or ""
    return _ESCAPED.sub(r"\1", title).replace("\u200b", "")


_SHARED_VIEWS: OrderedDict[tuple[tuple[str, ...], str, str | None], discord.ui.View] = OrderedDict()
SHARED_VIEWS = 512


def _chart_button(answer: Answer, lang: str) -> discord.ui.Button | None:
    """The "Chart" button, labelled (and its chart drawn) in the reader's language, like
    the "Wrong answer?" button beside it, whatever language the question was in."""
    from frontends.discord_bot.charts_cog import LABELS, chart_button_for

    if lang in LABELS and answer.lang != lang:
        answer = dataclasses.replace(answer, lang=lang)
    return chart_button_for(answer)


def _wrong_view(
    facts: tuple[str, ...], lang: str, chart: discord.ui.Button | None = None
) -> discord.ui.View:
    """The "Wrong answer?" view for these facts, shared by every reply that needs it. A
    View is a few dozen objects in reference cycles; one per reply under a flood left
    the garbage collector a pile that stalled the event loop for ~90 ms. The view holds
    nothing per user or message (its one button is a stateless DynamicItem)."""
    key = (facts, lang, chart.custom_id if chart is not None else None)
    view = _SHARED_VIEWS.get(key)
    if view is None:
        view = discord.ui.View(timeout=None)
        view.add_item(WrongButton(list(facts), say(lang, "wrong_button")))
        if chart is not None:
            view.add_item(chart)
        _SHARED_VIEWS[key] = view
        while len(_SHARED_VIEWS) > SHARED_VIEWS:
            _SHARED_VIEWS.popitem(last=False)
    else:
        _SHARED_VIEWS.move_to_end(key)
    return view


def answer_view(
    answer: Answer, asker: int, lang: str, *, ephemeral: bool = False
) -> discord.ui.View | None:
    """The buttons under an answer: "did you mean" under a decline, "Wrong answer?" under
    an answer (and "Post publicly" under a private one)."""
    if answer.answered and not ephemeral:
        return _wrong_view(tuple(answer.facts), lang, _chart_button(answer, lang))
    view = discord.ui.View(timeout=None)
    if not answer.answered:
        for index, question in enumerate(answer.suggestions[:3], 1):
            view.add_item(SuggestionButton.for_question(asker, index, question))
    else:
        view.add_item(WrongButton(list(answer.facts), say(lang, "wrong_button")))
        if ephemeral:
            view.add_item(PostButton(asker, say(lang, "post_button")))
    return view if view.children else None


async def send_answer(
    interaction: discord.Interaction, answer: Answer, *, ephemeral: bool = False
) -> None:
    kwargs: dict[str, Any] = {"embed": embeds.answer_embed(answer), "allowed_mentions": NONE}
    if ephemeral:
        kwargs["ephemeral"] = True
    view = answer_view(
        answer, interaction.user.id, interaction_lang(interaction), ephemeral=ephemeral
    )
    if view is not None:
        kwargs["view"] = view
    await interaction.response.send_message(**kwargs)
