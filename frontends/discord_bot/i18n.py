"""Korean for the slash commands' descriptions and option descriptions.

Command and option names stay English (one name to type and to document); what Discord
shows beside them is localized. Wire it in once, before syncing:

    await bot.tree.set_translator(KoreanTranslator())

Keys are the English strings exactly as the cog writes them; a string missing here is
shown in English, never translated on the fly.
"""
from __future__ import annotations

import discord
from discord import app_commands
from discord.app_commands import TranslationContextLocation as Where

KOREAN = {
    # /ask
    "Ask about the South Korea–US tariff dispute": "한미 관세 분쟁에 대해 질문하기",
    "Your question, e.g. What's the new tariff on Korean cars?":
        "질문을 입력하세요. 예: 한국산 자동차에 대한 새 관세는 얼마인가요?",
    # /tariff
    "The extra duty on a shipment of a product": "한 품목 선적분에 붙는 추가 관세 계산",
    "The product, e.g. autos or lumber": "품목. 예: 자동차(autos) 또는 목재(lumber)",
    "The shipment's value, e.g. $30,000, 30k or $2 billion":
        "선적 금액(달러). 예: 3만 달러, $30,000, 30k, 20억 달러",
    # the others
    "The dated events, with status and source": "날짜별 사건과 그 상태 및 출처",
    "What the bot knows, from which sources, as of when": "봇이 아는 내용과 출처, 기준일",
    "How to ask the tariff bot, with examples": "관세 봇 사용법과 질문 예시",
    "Owner: re-read the fact base": "소유자 전용: 사실 데이터베이스 다시 읽기",
    "Owner: publish the slash commands": "소유자 전용: 슬래시 명령 게시",
}

# Only what is shown beside a name is localized; names themselves stay English.
TRANSLATED = {Where.command_description, Where.group_description, Where.parameter_description}


class KoreanTranslator(app_commands.Translator):
    """Korean descriptions for Discord clients set to Korean; None (English) otherwise."""

    async def translate(self, string: app_commands.locale_str, locale: discord.Locale,
                        context: app_commands.TranslationContext) -> str | None:
        if locale is not discord.Locale.korean or context.location not in TRANSLATED:
            return None
        return KOREAN.get(string.message)
