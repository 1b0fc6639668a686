"""Everything the Discord front end says, in English and Korean, and the command translator.

One phrasebook per language (`EN`, `KO`): a reply picks its language from the Discord
client's locale (`interaction.locale`), so a Korean client gets Korean for /help,
/timeline, /sources, the cooldown notice and every error, not just for /ask answers
(whose wording comes from the engine). A third language is a third dict here. A key
missing from a language falls back to English rather than failing a reply.

Command and option names stay English (one name to type and to document); what Discord
shows beside them is localized by `KoreanTranslator`, wired in once before syncing.
"""

from __future__ import annotations

from typing import Any

import discord
from discord import app_commands
from discord.app_commands import TranslationContextLocation as Where

EN: dict[str, str] = {
    "notice": "You're asking quickly — I'll answer again in about {wait} s.",
    "terse": "Still cooling down ({wait} s).",
    "apology": (
        "Sorry, something went wrong on my side answering that. Please try again in a moment."
    ),
    "not_owner": "Only the bot's owner can use this command.",
    "not_yours": (
        "Only the person who asked can use these buttons — ask your own question with `/ask`."
    ),
    "wrong_button": "Wrong answer?",
    "post_button": "Post publicly",
    "wrong_thanks": (
        "Thanks — I've noted this answer for the maintainers to check. Your name is not recorded."
    ),
    "suggestion_gone": (
        "That suggestion is no longer in my fact base; ask your question again with `/ask`."
    ),
    "unknown_product": "I don't have tariff facts on “{product}”. Pick one of: {names}.",
    "no_text": "That message has no text I could answer.",
    "untitled": "Your question",
    "reloaded": ("Reloaded: {current} current facts from {sources} source(s), as of {as_of}."),
    "unchanged": "The fact base on disk is unchanged; nothing to reload.",
    "reload_failed": (
        "Reload failed ({error}); still using the last good fact base. The log has the details."
    ),
    "refused": (
        "The new fact base was refused ({count} problem(s)); still using the last good one."
    ),
    "synced_guild": "Synced {count} command(s) to the test server {guild}.",
    "synced_global": "Synced {count} command(s) globally.",
    "unknown": "unknown",
    "timeline_title": "Timeline of the South Korea–US tariff dispute",
    "timeline_more": (
        "⬆ {count} earlier event(s): `/timeline page:{next}` · all of them "
        "and more (`python bot.py timeline`)"
    ),
    "page_of": "page {page} of {pages}",
    "timeline_empty": "No dated events in the fact base.",
    "as_of": "As of {day}",
    "sources_title": "What I know and where it comes from",
    "sources_text": (
        "{current} current facts from {sources} source(s), as of {as_of}. "
        "Every answer cites its source; I don't answer from anywhere else."
    ),
    "facts_count": "{count} fact(s)",
    "more_sources": "and {count} more sources: `/sources page:{next}`",
    "citing": "citing {who}",
    "help_title": "How to ask the tariff bot",
    "help_text": (
        "I answer questions about the South Korea–US tariff dispute from a small base of "
        "sourced facts, and I say so when I don't know.\n\n"
        "• `/ask question:` — type a question; suggestions appear as you type\n"
        "• `/tariff product: value:` — the extra duty on a shipment "
        "(value like `$30,000`, `30k`, `$2 billion`)\n"
        "• `/timeline` — the dated events, with status and source\n"
        "• `/sources` — what I know, from which sources, as of when\n"
        "• Right-click a message → Apps → **Ask tariffbot** — I answer that message "
        "(only you see it, with a button to post it)\n"
        "• Mention me or DM me: `@bot what's the lumber tariff?`\n"
        "• Follow up within 10 minutes in the same channel: "
        "`and lumber?`, `what about $50,000?`\n"
        "• **Wrong answer?** under an answer tells the maintainers"
    ),
    "help_try": "Try",
    "help_footer": "Announced measures are marked ⚠️ ANNOUNCED: they are not in effect.",
}

KO: dict[str, str] = {
    "notice": "질문이 너무 빠릅니다. 약 {wait}초 후에 다시 답하겠습니다.",
    "terse": "잠시 기다려 주세요 ({wait}초).",
    "apology": "죄송합니다. 답하는 중에 문제가 생겼습니다. 잠시 후 다시 시도해 주세요.",
    "not_owner": "봇 소유자만 이 명령을 쓸 수 있습니다.",
    "not_yours": "질문한 사람만 이 버튼을 쓸 수 있습니다. `/ask`로 직접 질문해 주세요.",
    "wrong_button": "답이 틀렸나요?",
    "post_button": "공개로 게시",
    "wrong_thanks": (
        "감사합니다. 관리자가 확인하도록 이 답을 기록했습니다. 이름은 기록하지 않습니다."
    ),
    "suggestion_gone": (
        "그 추천 질문은 더 이상 사실 데이터베이스에 없습니다. `/ask`로 다시 질문해 주세요."
    ),
    "unknown_product": "“{product}”에 대한 관세 사실이 없습니다. 다음 중에서 고르세요: {names}.",
    "no_text": "그 메시지에는 답할 수 있는 글이 없습니다.",
    "untitled": "질문",
    "reloaded": "다시 읽었습니다: 출처 {sources}개의 현재 사실 {current}개, 기준일 {as_of}.",
    "unchanged": "디스크의 사실 데이터베이스가 바뀌지 않아 다시 읽을 것이 없습니다.",
    "reload_failed": (
        "다시 읽기에 실패했습니다({error}). 마지막으로 정상이던 사실 데이터베이스를 "
        "계속 씁니다. 자세한 내용은 로그에 있습니다."
    ),
    "refused": (
        "새 사실 데이터베이스를 거부했습니다(문제 {count}개). 마지막으로 정상이던 것을 계속 씁니다."
    ),
    "synced_guild": "명령 {count}개를 테스트 서버 {guild}에 게시했습니다.",
    "synced_global": "명령 {count}개를 전체에 게시했습니다.",
    "unknown": "알 수 없음",
    "timeline_title": "한미 관세 분쟁 일지",
    "timeline_more": "⬆ 이전 사건 {count}건: `/timeline page:{next}` (전체 목록: `python bot.py timeline`)",
    "page_of": "{pages}쪽 중 {page}쪽",
    "timeline_empty": "사실 데이터베이스에 날짜가 있는 사건이 없습니다.",
    "as_of": "기준일 {day}",
    "sources_title": "제가 아는 내용과 그 출처",
    "sources_text": (
        "출처 {sources}개의 현재 사실 {current}개, 기준일 {as_of}. 모든 답에 "
        "출처를 밝히며, 다른 곳의 내용으로는 답하지 않습니다."
    ),
    "facts_count": "사실 {count}개",
    "more_sources": "그 밖의 출처 {count}개: `/sources page:{next}`",
    "citing": "{who} 인용",
    "help_title": "관세 봇 사용법",
    "help_text": (
        "출처가 있는 사실을 바탕으로 한미 관세 분쟁에 대한 질문에 답하며, 모르는 것은 모른다고 "
        "말합니다.\n\n"
        "• `/ask question:` — 질문을 입력하세요. 입력하는 동안 추천 질문이 나옵니다\n"
        "• `/tariff product: value:` — 한 선적분에 붙는 추가 관세 "
        "(금액 예: `$30,000`, `30k`, `$2 billion`)\n"
        "• `/timeline` — 날짜별 사건과 그 상태 및 출처\n"
        "• `/sources` — 제가 아는 내용과 출처, 기준일\n"
        "• 메시지를 우클릭 → 앱 → **Ask tariffbot** — 그 메시지에 답합니다 "
        "(나에게만 보이며, 공개로 게시하는 버튼이 있습니다)\n"
        "• 저를 멘션하거나 DM으로 물어보세요: `@bot 목재 관세는?`\n"
        "• 10분 안에 같은 채널에서 이어서 물어보세요: `목재는?`, `5만 달러라면?`\n"
        "• 답 아래의 **답이 틀렸나요?** 버튼은 관리자에게 알립니다"
    ),
    "help_try": "예시",
    "help_footer": "⚠️ ANNOUNCED 표시는 발표만 된 조치로, 아직 시행되지 않았습니다.",
}

STATUS_KO: dict[str, str] = {
    "announced": "발표됨, 시행 보도 없음",
    "threatened": "경고됨, 시행 보도 없음",
    "proposed": "제안됨, 시행 보도 없음",
    "planned": "계획됨",
    "scheduled": "예정됨",
    "agreed": "합의됨",
    "in_effect": "시행 중",
    "happened": "있었음",
}

PHRASEBOOKS: dict[str, dict[str, str]] = {"en": EN, "ko": KO}


def lang_of(locale: discord.Locale | str | None) -> str:
    """The phrasebook for a Discord client locale: Korean for `ko`, English otherwise."""
    value = locale.value if isinstance(locale, discord.Locale) else str(locale or "")
    return "ko" if value.lower().startswith("ko") else "en"


def interaction_lang(interaction: discord.Interaction) -> str:
    """The user's own client language (not the server's), as Discord reports it."""
    return lang_of(getattr(interaction, "locale", None))


def say(lang: str, key: str, **values: Any) -> str:
    book = PHRASEBOOKS.get(lang, EN)
    return book.get(key, EN[key]).format(**values)


def status_label(status: str, lang: str) -> str:
    from knowledge.schema import STATUSES

    if lang == "ko":
        return STATUS_KO.get(status, status)
    return STATUSES.get(status, status)


def day_text(day: Any, lang: str, weekday: bool = False) -> str:
    """A calendar date in the reader's language: '2026년 1월 30일' or 'January 30, 2026'."""
    if lang != "ko":
        return str(day.text(weekday=weekday))
    if day.day:
        return f"{day.year}년 {day.month}월 {day.day}일"
    if day.month:
        return f"{day.year}년 {day.month}월"
    return f"{day.year}년"


# ----- command descriptions ----------------------------------------------------------------

KOREAN = {
    # /ask
    "Ask about the South Korea–US tariff dispute": "한미 관세 분쟁에 대해 질문하기",
    "Your question, e.g. What's the new tariff on Korean cars?": "질문을 입력하세요. 예: 한국산 자동차에 대한 새 관세는 얼마인가요?",
    # /tariff
    "The extra duty on a shipment of a product": "한 품목 선적분에 붙는 추가 관세 계산",
    "The product, e.g. autos or lumber": "품목. 예: 자동차(autos) 또는 목재(lumber)",
    "The shipment's value, e.g. $30,000, 30k or $2 billion": "선적 금액(달러). 예: 3만 달러, $30,000, 30k, 20억 달러",
    # the others
    "The dated events, with status and source": "날짜별 사건과 그 상태 및 출처",
    "What the bot knows, from which sources, as of when": "봇이 아는 내용과 출처, 기준일",
    "How to ask the tariff bot, with examples": "관세 봇 사용법과 질문 예시",
    "Which page: 1 is the newest": "쪽 번호: 1쪽이 가장 최근",
    "Owner: re-read the fact base": "소유자 전용: 사실 데이터베이스 다시 읽기",
    "Owner: publish the slash commands": "소유자 전용: 슬래시 명령 게시",
}

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
