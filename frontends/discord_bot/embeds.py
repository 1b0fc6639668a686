"""Answer -> discord.Embed, and the other replies, always within Discord's limits.

Limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits):
title 256, description 4,096, 25 fields, field name 256 and value 1,024, footer 2,048,
6,000 characters in all; a message's content 2,000. Text is cut cleanly at a word
boundary with "…", never in the middle of an escape or a code block, so Discord never
rejects a reply. Everything shown is escaped: mentions can't render and markdown
injected in a question can't break the layout (AllowedMentions.none() on every send is
the second, independent guard).
"""
from __future__ import annotations

import discord

from engine.answer import Answer
from knowledge.schema import NOT_IN_EFFECT, STATUSES

TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FIELD_COUNT_LIMIT = 25
FOOTER_LIMIT = 2048
TOTAL_LIMIT = 6000
CONTENT_LIMIT = 2000
BUTTON_LABEL_LIMIT = 80
LABEL = BUTTON_LABEL_LIMIT      # views.py's names (see TWO-SESSIONS.md)

ANSWERED = discord.Colour.green()
NOT_IN_FORCE = discord.Colour.orange()
DECLINED = discord.Colour.light_grey()
INFO = discord.Colour.blurple()

LABELS = {
    "en": {"status": "Status", "working": "Working", "source": "Source", "sources": "Sources",
           "as_of": "As of", "did_you_mean": "Did you mean", "question": "Q"},
    "ko": {"status": "상태", "working": "계산", "source": "출처", "sources": "출처",
           "as_of": "기준일", "did_you_mean": "이런 질문을 찾으셨나요?", "question": "질문"},
}


def escape(text: str) -> str:
    """User-visible text with no live mentions and no markdown."""
    text = discord.utils.escape_markdown(str(text))
    return discord.utils.escape_mentions(text)


def truncate(text: str, limit: int, ellipsis: str = "…") -> str:
    """`text` cut to at most `limit` characters, at a word boundary where one is near."""
    if len(text) <= limit:
        return text
    cut = text[:max(0, limit - len(ellipsis))]
    space = max(cut.rfind(" "), cut.rfind("\n"))
    if space >= len(cut) * 0.6:
        cut = cut[:space]
    cut = cut.rstrip()
    while cut.endswith("\\"):          # never leave half an escape sequence
        cut = cut[:-1]
    if cut.count("```") % 2:            # never leave a code block open
        cut = cut[:cut.rfind("```")].rstrip()
    return cut + ellipsis


def status_marker(status: str | None, lang: str = "en") -> str | None:
    if not status:
        return None
    meaning = STATUSES.get(status, status)
    if status in NOT_IN_EFFECT:
        if lang == "ko":
            return f"⚠️ {status.upper()} — 시행이 보도되지 않았습니다"
        return f"⚠️ {meaning.upper()}"
    return meaning


def answer_embed(answer: Answer) -> discord.Embed:
    labels = LABELS.get(answer.lang, LABELS["en"])
    if answer.answered:
        colour = NOT_IN_FORCE if answer.status in NOT_IN_EFFECT else ANSWERED
    else:
        colour = DECLINED
    question = " ".join(answer.question.split())
    embed = discord.Embed(
        title=truncate(escape(question), TITLE_LIMIT) if question else None,
        description=truncate(escape(answer.text), DESCRIPTION_LIMIT),
        colour=colour)
    marker = status_marker(answer.status, answer.lang)
    if marker:
        embed.add_field(name=labels["status"], value=truncate(marker, FIELD_VALUE_LIMIT),
                        inline=False)
    if answer.working:
        fence = "```"
        lines = "\n".join(str(line).replace("`", "'") for line in answer.working)
        body = truncate(lines, FIELD_VALUE_LIMIT - 2 * len(fence) - 2)
        embed.add_field(name=labels["working"], value=f"{fence}\n{body}{fence}", inline=False)
    if answer.sources:
        label = labels["sources"] if len(answer.sources) > 1 else labels["source"]
        embed.add_field(name=label, value=sources_text(answer.sources), inline=False)
    if answer.suggestions and not answer.answered:
        listed = "\n".join(f"• {escape(s)}" for s in answer.suggestions[:3])
        embed.add_field(name=labels["did_you_mean"], value=truncate(listed, FIELD_VALUE_LIMIT),
                        inline=False)
    if answer.as_of:
        embed.set_footer(text=f"{labels['as_of']} {answer.as_of.text(weekday=False)}")
    return fit(embed)


def source_line(source) -> str:
    """'[Anadolu Agency — "Title"](url) · January 30, 2026 (citing Yonhap News)'."""
    name = f'{escape(source.publisher)} — "{escape(source.title)}"'
    if source.url and source.url.startswith(("https://", "http://")):
        name = f"[{name}]({source.url.replace(')', '%29')})"
    line = f"{name} · {source.published.text(weekday=False)}"
    return line + (f" (citing {escape(source.cites)})" if source.cites else "")


def sources_text(sources, limit: int = FIELD_VALUE_LIMIT) -> str:
    lines, used = [], 0
    for index, source in enumerate(sources):
        line = source_line(source)
        rest = len(sources) - index - 1
        if used + len(line) + 1 > limit - (30 if rest else 0):
            lines.append(f"… and {len(sources) - index} more")
            break
        lines.append(line)
        used += len(line) + 1
    return truncate("\n".join(lines), limit)


def timeline_embed(entries, as_of=None) -> discord.Embed:
    """entries: (Day, status, text, Source), oldest first (frontends.console.timeline_entries)."""
    lines = []
    for day, status, text, source in entries:
        marker = "⚠️ " if status in NOT_IN_EFFECT else ""
        lines.append(f"**{day.text(weekday=False)}** · {marker}*{STATUSES.get(status, status)}*"
                     f"\n{escape(text)}\n— {escape(source.publisher)}, "
                     f"{source.published.text(weekday=False)}")
    description = _join_within(lines, DESCRIPTION_LIMIT) if lines else "No dated events."
    embed = discord.Embed(title="Timeline", description=description, colour=INFO)
    if as_of:
        embed.set_footer(text=f"As of {as_of.text(weekday=False)}")
    return fit(embed)


def sources_embed(base) -> discord.Embed:
    counts = {}
    for fact in base.current:
        counts[fact.source.id] = counts.get(fact.source.id, 0) + 1
    ordered = sorted(base.sources.values(), key=lambda s: s.published.sort_key, reverse=True)
    lines = [f"{source_line(s)} — {counts.get(s.id, 0)} fact(s)" for s in ordered]
    products = ", ".join(p.name for p in base.vocabulary.products.values())
    intro = (f"I answer from {len(base.current)} sourced facts about the South Korea–US "
             f"tariff dispute ({products}, the investment pledge, the talks, who said what).")
    embed = discord.Embed(title="What I know, and from where",
                          description=truncate(escape(intro), DESCRIPTION_LIMIT), colour=INFO)
    embed.add_field(name="Sources", value=_join_within(lines, FIELD_VALUE_LIMIT) or "None",
                    inline=False)
    if base.as_of:
        embed.set_footer(text=f"As of {base.as_of.text(weekday=False)}")
    return fit(embed)


HELP_EXAMPLES = (
    "What's the new tariff on Korean cars?",
    "How much duty on $30,000 of South Korean cars?",
    "How much did South Korea pledge to invest in the US?",
    "Did South Korea and the US reach a deal?",
)


def help_embed() -> discord.Embed:
    embed = discord.Embed(
        title="Ask me about the South Korea–US tariff dispute",
        description=("Every answer cites its source and says as of when. Measures that were "
                     "only announced are marked ⚠️. If I don't have a sourced fact I say so, "
                     "and may offer close questions as buttons."),
        colour=INFO)
    embed.add_field(name="/ask", value="Ask in your own words; the box suggests known "
                    "questions as you type.", inline=False)
    embed.add_field(name="/tariff", value="A product and a value, e.g. `autos` and `$30,000`, "
                    "`30k` or `$2 billion`: the duty before and after, with the working.",
                    inline=False)
    embed.add_field(name="/timeline · /sources", value="The dated events; the sources and "
                    "their dates.", inline=False)
    embed.add_field(name="Mention me or DM me", value="`@bot what's the lumber tariff?` — and "
                    "within 10 minutes a follow-up such as `and pharmaceuticals?` or "
                    "`what about $50,000?` reuses your last topic.", inline=False)
    embed.add_field(name="Examples", value="\n".join(f"• {q}" for q in HELP_EXAMPLES),
                    inline=False)
    return fit(embed)


def _join_within(lines, limit: int) -> str:
    out, used = [], 0
    for index, line in enumerate(lines):
        more = f"… and {len(lines) - index} more"
        if used + len(line) + 2 > limit - len(more) - 2:
            out.append(more)
            break
        out.append(line)
        used += len(line) + 2
    return truncate("\n\n".join(out), limit)


def embed_size(embed: discord.Embed) -> int:
    return len(embed)


def fit(embed: discord.Embed) -> discord.Embed:
    """Enforce every per-part limit and the 6,000 total, cutting the description first."""
    if embed.title and len(embed.title) > TITLE_LIMIT:
        embed.title = truncate(embed.title, TITLE_LIMIT)
    if embed.description and len(embed.description) > DESCRIPTION_LIMIT:
        embed.description = truncate(embed.description, DESCRIPTION_LIMIT)
    while len(embed.fields) > FIELD_COUNT_LIMIT:
        embed.remove_field(len(embed.fields) - 1)
    for index, item in enumerate(embed.fields):
        if len(item.name) > FIELD_NAME_LIMIT or len(item.value) > FIELD_VALUE_LIMIT:
            embed.set_field_at(index, name=truncate(item.name, FIELD_NAME_LIMIT),
                               value=truncate(item.value, FIELD_VALUE_LIMIT),
                               inline=item.inline)
    if embed.footer.text and len(embed.footer.text) > FOOTER_LIMIT:
        embed.set_footer(text=truncate(embed.footer.text, FOOTER_LIMIT))
    excess = len(embed) - TOTAL_LIMIT
    if excess > 0 and embed.description:
        keep = max(1, len(embed.description) - excess)
        embed.description = truncate(embed.description, keep)
        excess = len(embed) - TOTAL_LIMIT
    while excess > 0 and embed.fields:
        embed.remove_field(len(embed.fields) - 1)
        excess = len(embed) - TOTAL_LIMIT
    return embed


def plain_text(answer: Answer) -> str:
    """The answer as message content (when Embed Links is missing), within 2,000."""
    parts = [escape(answer.text)]
    marker = status_marker(answer.status, answer.lang)
    if marker and answer.answered:
        parts.append(marker)
    if answer.working:
        parts.append("\n".join(escape(w) for w in answer.working))
    if answer.answered and answer.sources:
        parts.append(escape(answer.source_line()))
    elif answer.suggestions:
        parts.append("Did you mean: " + "; ".join(escape(s) for s in answer.suggestions))
    return truncate("\n".join(parts), CONTENT_LIMIT)


def notice(text: str) -> str:
    return truncate(text, CONTENT_LIMIT)


clip = truncate                  # views.py's name (see TWO-SESSIONS.md)
