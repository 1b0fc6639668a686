"""The Discord front end's view of the phrasebooks, and the command translator.

What it says lives in `phrasebook/<lang>.py` (`Phrasebook.discord`, a `DiscordWords`):
a reply picks its language from the Discord client's locale (`interaction.locale`), so a
Korean client gets Korean for /help, /timeline, /sources, the cooldown notice and every
error, not just for /ask answers (whose wording comes from the same books). `say(lang,
key)` reads one field by name; every book fills every field.

Command and option names stay English (one name to type and to document); what Discord
shows beside them is localized by `KoreanTranslator`, wired in once before syncing.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import discord
from discord import app_commands
from discord.app_commands import TranslationContextLocation as Where

import phrasebook
from phrasebook import DiscordWords

# Views of the phrasebooks' Discord sentences (the str fields `say` fills), by key.
PHRASEBOOKS: dict[str, dict[str, str]] = {
    lang: {
        f.name: getattr(book.discord, f.name)
        for f in dataclasses.fields(DiscordWords)
        if isinstance(getattr(book.discord, f.name), str)
    }
    for lang, book in phrasebook.BOOKS.items()
}
EN = PHRASEBOOKS["en"]
KO = PHRASEBOOKS["ko"]


def lang_of(locale: discord.Locale | str | None) -> str:
    """The phrasebook for a Discord client locale: Korean for `ko`, English otherwise."""
    value = locale.value if isinstance(locale, discord.Locale) else str(locale or "")
    return "ko" if value.lower().startswith("ko") else "en"


def interaction_lang(interaction: discord.Interaction) -> str:
    """The user's own client language (not the server's), as Discord reports it."""
    return lang_of(getattr(interaction, "locale", None))


def say(lang: str, key: str, **values: Any) -> str:
    """The phrasebook's Discord sentence `key` (a `DiscordWords` field) in `lang`, filled."""
    return getattr(phrasebook.of(lang).discord, key).format(**values)


def status_label(status: str, lang: str) -> str:
    return phrasebook.of(lang).status.get(status, status)


def day_text(day: Any, lang: str, weekday: bool = False) -> str:
    """A calendar date in the reader's language: '2026년 1월 30일' or 'January 30, 2026'."""
    return str(phrasebook.of(lang).date(day, weekday=weekday))


# ----- command descriptions ----------------------------------------------------------------

# English description -> Korean, from the Korean phrasebook (`DiscordWords.commands`).
KOREAN: dict[str, str] = dict(phrasebook.of("ko").discord.commands)

# Only what is shown beside a name is localized; names themselves stay English.
TRANSLATED = {Where.command_description, Where.group_description, Where.parameter_description}


class KoreanTranslator(app_commands.Translator):
    """Korean descriptions for Discord clients set to Korean; None (English) otherwise."""

    async def translate(
        self,
        string: app_commands.locale_str,
        locale: discord.Locale,
        context: app_commands.TranslationContext,
    ) -> str | None:
        if locale is not discord.Locale.korean or context.location not in TRANSLATED:
            return None
        return KOREAN.get(string.message)
