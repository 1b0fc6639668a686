"""Answer -> discord.Embed, always inside Discord's limits.

Limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits):
title 256, description 4,096, 25 fields, field name 256 and value 1,024, footer 2,048,
6,000 characters in all; a message's content 2,000. Text is cut at a word boundary with
"…" rather than letting Discord reject the message. User text that is echoed back is
escaped so it can neither ping (mentions) nor break the layout (markdown); the
AllowedMentions.none() on every send is a second, independent guard.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import discord

import phrasebook
from frontends.discord_bot.i18n import day_text, say, status_label
from knowledge.schema import NOT_IN_EFFECT
from phrasebook import DiscordWords

TITLE, DESCRIPTION, FIELDS, FIELD_NAME, FIELD_VALUE = 256, 4096, 25, 256, 1024
FOOTER, TOTAL, CONTENT = 2048, 6000, 2000
CHOICE = 100  # autocomplete choice name and value
LABEL = 80  # button label

GREEN, ORANGE, GREY, BLUE = 0x2E7D32, 0xE67E22, 0x95A5A6, 0x1F6FEB
ELLIPSIS = "…"


def clip(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters, at a word boundary when one is near,
    ending with "…"; never leaves a dangling escape backslash."""
    text = str(text)
    if len(text) <= limit:
        return text
    if limit <= 1:
        return ELLIPSIS[:limit]
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if not text[limit - 1].isspace() and space >= limit * 0.6:  # don't cut a word
        cut = cut[:space]
    cut = cut.rstrip()
    while cut.endswith("\\"):
        cut = cut[:-1]
    return cut + ELLIPSIS


def escape(text: str) -> str:
    """No live mentions, no markdown: what is shown is what was typed."""
    return discord.utils.escape_markdown(discord.utils.escape_mentions(str(text)))


def echo(text: str, limit: int = CHOICE) -> str:
    """User text made safe to show: whitespace collapsed, escaped, clipped to `limit`."""
    flat = clip(" ".join(str(text).split()), limit)
    return clip(escape(flat), limit)


def _labels(lang: str) -> DiscordWords:
    return phrasebook.of(lang).discord


def _safe_url(url: str | None) -> str | None:
    if url and re.fullmatch(r"https?://[^\s()<>]+", url) and len(url) <= 512:
        return url
    return None


def source_text(source: Any, lang: str = "en") -> str:
    """One source as a line: linked title where there is a URL, publisher, date, citing."""
    title = echo(source.title, 200).replace("[", "(").replace("]", ")")
    url = _safe_url(getattr(source, "url", None))
    head = f"[{title}]({url})" if url else f"“{title}”"
    line = f"{head} — {echo(source.publisher, 100)}, {day_text(source.published, lang)}"
    if source.cites:
        line += f" ({say(lang, 'citing', who=echo(source.cites, 100))})"
    return line


def status_marker(status: str | None, as_of=None, lang: str = "en") -> str | None:
    """'⚠️ **ANNOUNCED** — announced, not reported in effect (As of January 30, 2026)'."""
    if not status or status not in NOT_IN_EFFECT:
        return None
    words = _labels(lang)
    label = words.status_flag(status)
    when = f" ({words.as_of_label} {day_text(as_of, lang)})" if as_of else ""
    return f"⚠️ **{status.upper()}** — {label}{when}"


def fit(embed: discord.Embed) -> discord.Embed:
    """Shrink the description, then drop trailing fields, until within 6,000 in all."""
    over = len(embed) - TOTAL
    if over > 0 and embed.description:
        embed.description = clip(embed.description, max(1, len(embed.description) - over))
    while len(embed) > TOTAL and embed.fields:
        embed.remove_field(-1)
    return embed


def answer_embed(answer) -> discord.Embed:
    """The engine's Answer as an embed: the question as title, the status marker, the
    answer, the arithmetic as a field, the sources with date and link, "as of" in the
    footer; a declined question lists its "did you mean" suggestions (the buttons
    carry them too)."""
    words = _labels(answer.lang)
    if answer.answered:
        colour = ORANGE if answer.status in NOT_IN_EFFECT else GREEN
    else:
        colour = GREY
    title = (
        echo(answer.question, TITLE)
        if str(answer.question).strip()
        else say(answer.lang, "untitled")
    )
    parts = []
    marker = status_marker(answer.status, answer.as_of, answer.lang)
    if marker:
        parts.append(marker)
    parts.append(escape(answer.text))
    embed = discord.Embed(
        title=title, description=clip("\n\n".join(parts), DESCRIPTION), colour=colour
    )
    if answer.working:
        lines = "\n".join(str(step) for step in answer.working).replace("`", "'")
        embed.add_field(
            name=words.calc, value="```\n" + clip(lines, FIELD_VALUE - 8) + "\n```", inline=False
        )
    if answer.sources:
        label = words.source if len(answer.sources) == 1 else words.sources
        value = "\n".join(source_text(s, answer.lang) for s in answer.sources)
        embed.add_field(name=label, value=clip(value, FIELD_VALUE), inline=False)
    if not answer.answered and answer.suggestions:
        value = "\n".join(f"{i}. {echo(s, 200)}" for i, s in enumerate(answer.suggestions[:3], 1))
        embed.add_field(name=words.did_you_mean, value=clip(value, FIELD_VALUE), inline=False)
    if answer.as_of is not None:
        embed.set_footer(
            text=clip(f"{words.as_of_label} {day_text(answer.as_of, answer.lang)}", FOOTER)
        )
    return fit(embed)


def timeline_rows(base: Any, lang: str = "en") -> list[tuple[Any, str, str, Any]]:
    """(day, status, text, source) for every dated current event, oldest first, in the
    reader's language where the fact has it: the base's timeline, as the console lists it."""
    return [
        (fact.date, fact.status or "happened", fact.says(lang) or fact.says() or "", fact.source)
        for fact in base.timeline()
    ]


def _page_number(page: int, pages: int) -> int:
    """`page` (1-based) within 1..pages: a page past the end shows the last one."""
    return min(max(1, int(page)), max(1, pages))


def _footer(as_of_text: str, page: int, pages: int, lang: str) -> str:
    text = say(lang, "as_of", day=as_of_text)
    if pages > 1:
        text += " · " + say(lang, "page_of", page=page, pages=pages)
    return clip(text, FOOTER)


TIMELINE_ROOM = 200  # kept free in the description for the "earlier events" line


def timeline_pages(blocks: list[str], budget: int = DESCRIPTION - TIMELINE_ROOM) -> list[list[str]]:
    """The event blocks (oldest first) cut into pages, newest page first: each page holds
    as many consecutive events as fit in `budget` characters and lists them oldest first.
    A single block longer than the budget is clipped to it, so every page holds one."""
    pages: list[list[str]] = []
    page: list[str] = []
    used = 0
    for block in reversed(blocks):
        block = clip(block, budget)
        if page and used + len(block) + 2 > budget:
            pages.append(page[::-1])
            page, used = [], 0
        page.append(block)
        used += len(block) + 2
    if page:
        pages.append(page[::-1])
    return pages


def timeline_embed(
    entries: Iterable[tuple[Any, str, str, Any]], as_of: Any = None, lang: str = "en", page: int = 1
) -> discord.Embed:
    """entries: (Day, status, text, Source) as `timeline_rows` gives. Page 1 shows the
    newest events that fit in one embed, oldest first; the line above them says how many
    earlier events there are and which page shows them. The footer gives the page."""
    embed = discord.Embed(title=say(lang, "timeline_title"), colour=BLUE)
    blocks = []
    for day, status, text, source in entries:
        mark = "⚠️ " if status in NOT_IN_EFFECT else ""
        blocks.append(
            f"**{day_text(day, lang, weekday=lang == 'en')}** · "
            f"{mark}_{status_label(status, lang)}_\n"
            f"{escape(text)}\n-# {echo(source.publisher, 100)}, "
            f"{day_text(source.published, lang)}"
        )
    pages = timeline_pages(blocks)
    number = _page_number(page, len(pages))
    if pages:
        shown = pages[number - 1]
        earlier = sum(len(p) for p in pages[number:])
        parts = (
            [say(lang, "timeline_more", count=earlier, next=number + 1)] if earlier else []
        ) + shown
        embed.description = clip("\n\n".join(parts), DESCRIPTION)
    else:
        embed.description = say(lang, "timeline_empty")
    as_of_text = day_text(as_of, lang) if as_of is not None else say(lang, "unknown")
    if as_of is not None or len(pages) > 1:
        embed.set_footer(text=_footer(as_of_text, number, len(pages), lang))
    return fit(embed)


SOURCES_ROOM = 300  # kept free in the embed for the "… and N more" field and footer


def _source_field(source: Any, count: int, lang: str) -> tuple[str, str]:
    name = clip(f"{source.publisher} · {day_text(source.published, lang)}", FIELD_NAME)
    value = f"{source_text(source, lang)}\n{say(lang, 'facts_count', count=count)}"
    return name, clip(value, FIELD_VALUE)


def sources_embed(base: Any, lang: str = "en", page: int = 1) -> discord.Embed:
    """What the bot knows, from which sources, as of when: the sources newest first, as
    many to a page as fit (at most 24 fields, 6,000 characters in all), and a last field
    saying how many more there are and which page shows them."""
    counts: dict[str, int] = {}
    for fact in base.current:
        counts[fact.source.id] = counts.get(fact.source.id, 0) + 1
    sources = sorted(base.sources.values(), key=lambda s: s.published.sort_key, reverse=True)
    as_of = day_text(base.as_of, lang) if base.as_of else say(lang, "unknown")
    title = say(lang, "sources_title")
    description = say(
        lang, "sources_text", current=len(base.current), sources=len(base.sources), as_of=as_of
    )
    budget = TOTAL - SOURCES_ROOM - len(title) - len(description)
    pages: list[list[tuple[str, str]]] = []
    fields: list[tuple[str, str]] = []
    used = 0
    for source in sources:
        field = _source_field(source, counts.get(source.id, 0), lang)
        size = len(field[0]) + len(field[1])
        if fields and (len(fields) == FIELDS - 1 or used + size > budget):
            pages.append(fields)
            fields, used = [], 0
        fields.append(field)
        used += size
    if fields:
        pages.append(fields)
    number = _page_number(page, len(pages))
    embed = discord.Embed(title=title, description=description, colour=BLUE)
    for name, value in pages[number - 1] if pages else []:
        embed.add_field(name=name, value=value, inline=False)
    later = sum(len(p) for p in pages[number:])
    if later:
        embed.add_field(
            name="…", value=say(lang, "more_sources", count=later, next=number + 1), inline=False
        )
    embed.set_footer(text=_footer(as_of, number, len(pages), lang))
    return fit(embed)


def help_embed(examples: list[str], lang: str = "en") -> discord.Embed:
    embed = discord.Embed(
        title=say(lang, "help_title"), description=say(lang, "help_text"), colour=BLUE
    )
    if examples:
        value = "\n".join(f"• {echo(e, 150)}" for e in examples[:6])
        embed.add_field(name=say(lang, "help_try"), value=clip(value, FIELD_VALUE), inline=False)
    embed.set_footer(text=say(lang, "help_footer"))
    return fit(embed)


def problems_text(problems: list[Any], limit: int = CONTENT, lang: str = "en") -> str:
    """A refused fact base's problems (file:line: field: message) as a code block."""
    head = say(lang, "refused", count=len(problems)) + "\n"
    body = "\n".join(str(p) for p in problems).replace("`", "'")
    return head + "```\n" + clip(body, limit - len(head) - 8) + "\n```"
