"""The Korean translator for slash-command descriptions: Korean for Korean clients,
English names untouched, nothing for other locales."""

from __future__ import annotations

import asyncio

import pytest

discord = pytest.importorskip("discord")
from discord import app_commands  # noqa: E402
from discord.app_commands import TranslationContext  # noqa: E402
from discord.app_commands import TranslationContextLocation as Where  # noqa: E402

from frontends.discord_bot.i18n import KOREAN, KoreanTranslator  # noqa: E402


def translate(text: str, locale=discord.Locale.korean, where=Where.command_description):
    context = TranslationContext(where, None)
    return asyncio.run(KoreanTranslator().translate(app_commands.locale_str(text), locale, context))


def test_command_description_in_korean():
    assert (
        translate("Ask about the South Korea–US tariff dispute") == "한미 관세 분쟁에 대해 질문하기"
    )


def test_option_description_in_korean():
    text = translate(
        "The shipment's value, e.g. $30,000, 30k or $2 billion", where=Where.parameter_description
    )
    assert "3만 달러" in text


def test_names_stay_english():
    assert translate("ask", where=Where.command_name) is None
    assert (
        translate("Ask about the South Korea–US tariff dispute", where=Where.command_name) is None
    )


def test_other_locales_and_unknown_strings_are_left_alone():
    assert (
        translate("Ask about the South Korea–US tariff dispute", locale=discord.Locale.japanese)
        is None
    )
    assert translate("Something the cog never says") is None


def test_every_translation_is_korean():
    assert all(any("\uac00" <= ch <= "\ud7a3" for ch in ko) for ko in KOREAN.values())


def test_every_cog_description_has_a_translation():
    """A description added to a cog without a Korean one shows up here."""
    import re
    from pathlib import Path

    cogs = sorted(
        (Path(__file__).resolve().parent.parent / "frontends" / "discord_bot" / "cogs").glob("*.py")
    )
    source = "\n".join(cog.read_text(encoding="utf-8") for cog in cogs)
    found = re.findall(r'description="([^"]+)"', source)
    found += re.findall(r'\b(?:question|product|value)="([^"]+)"', source)
    assert len(found) >= 10, "the cogs were found and read"
    missing = [text for text in found if text not in KOREAN]
    assert not missing, missing
