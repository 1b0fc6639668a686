"""End to end, offline: the real bot (`TariffBot.start()`) against a local stand-in for
Discord's HTTP API and gateway on 127.0.0.1 (tests/discord_standin.py).

Login, READY and GUILD_CREATE, the command sync to the test server, then a slash /ask,
an autocomplete, /tariff, a mention message carrying @everyone, a near miss with
buttons pressed by a stranger and by the asker — asserting on exactly what the bot sent
back. Bounded by asyncio timeouts; nothing sleeps on the clock.
"""
from __future__ import annotations

import asyncio
import logging

import pytest

discord = pytest.importorskip("discord")

from engine.core import Engine  # noqa: E402
from frontends.discord_bot.client import TariffBot  # noqa: E402
from frontends.misses import MissesLog, summarize  # noqa: E402
from tests import discord_standin as standin_module  # noqa: E402
from tests.discord_standin import (APP_ID, BOT_ID, CHANNEL_ID, GUILD_ID, OTHER_ID,  # noqa: E402
                                   OWNER_ID, USER_ID, StandIn)

FAKE_TOKEN = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.FAKE.e2e-token-that-must-never-be-logged"
PRIVILEGED = (1 << 1) | (1 << 8) | (1 << 15)      # members, presences, message content
EPHEMERAL = 1 << 6


def no_pings(body: dict) -> None:
    mentions = body.get("allowed_mentions")
    assert mentions is not None, body
    assert mentions.get("parse") == [], mentions
    assert not mentions.get("users") and not mentions.get("roles"), mentions
    assert not mentions.get("replied_user"), mentions


def callback_of(interaction_id: int):
    return lambda sent: sent.method == "POST" and sent.path.startswith(
        f"/interactions/{interaction_id}/")


def embed_text(embed: dict) -> str:
    parts = [embed.get("title") or "", embed.get("description") or ""]
    for item in embed.get("fields", []):
        parts += [item["name"], item["value"]]
    parts.append((embed.get("footer") or {}).get("text", ""))
    return "\n".join(parts)


async def scenario(monkeypatch, tmp_path) -> dict:
    standin = StandIn()
    await standin.start()
    standin.patch(monkeypatch)
    misses = MissesLog(tmp_path / "misses.jsonl")
    bot = TariffBot(Engine.load(), guild_id=GUILD_ID, owner_ids={OWNER_ID}, misses=misses)
    runner = asyncio.create_task(bot.start(FAKE_TOKEN))
    seen = {}
    try:
        await asyncio.wait_for(standin.identified.wait(), 15)
        await asyncio.wait_for(bot.wait_until_ready(), 15)
        seen["guilds"] = [g.id for g in bot.guilds]
        seen["identify"] = next(p for p in standin.gateway_sent if p.get("op") == 2)
        sync = await standin.wait_for(lambda s: s.method == "PUT" and s.path ==
                                      f"/applications/{APP_ID}/guilds/{GUILD_ID}/commands")
        seen["synced"] = {c["name"]: c for c in sync.body}
        seen["global_sync"] = [s for s in standin.sent if s.method == "PUT" and
                               s.path == f"/applications/{APP_ID}/commands"]

        iid = await standin.slash("ask", question="What's the new tariff on Korean cars?")
        seen["ask"] = (await standin.wait_for(callback_of(iid))).body

        iid = await standin.autocomplete("ask", "question", "lumb")
        seen["autocomplete"] = (await standin.wait_for(callback_of(iid))).body

        iid = await standin.autocomplete("tariff", "product", "pharm")
        seen["product_autocomplete"] = (await standin.wait_for(callback_of(iid))).body

        iid = await standin.slash("tariff", product="autos", value="30k")
        seen["tariff"] = (await standin.wait_for(callback_of(iid))).body

        iid = await standin.slash("timeline")
        seen["timeline"] = (await standin.wait_for(callback_of(iid))).body

        mark = len(standin.sent)
        message_id = await standin.say(f"<@{BOT_ID}> @everyone what's the lumber tariff?",
                                       mentions=[BOT_ID], mention_everyone=True)
        reply = await standin.wait_for(
            lambda s: s.method == "POST" and s.path == f"/channels/{CHANNEL_ID}/messages",
            start=mark)
        seen["mention"] = (message_id, reply.body)

        iid = await standin.slash("ask", question="What's the tariff on Korean steel?")
        near = await standin.wait_for(callback_of(iid))
        seen["near"] = near.body
        message = standin.messages[max(standin.messages)]
        buttons = [c for row in near.body["data"].get("components", [])
                   for c in row.get("components", [])]
        seen["buttons"] = buttons
        if buttons:
            iid = await standin.press(message, buttons[0]["custom_id"], user_id=OTHER_ID)
            seen["stranger_press"] = (await standin.wait_for(callback_of(iid))).body
            iid = await standin.press(message, buttons[0]["custom_id"], user_id=USER_ID)
            seen["asker_press"] = (await standin.wait_for(callback_of(iid))).body
        seen["misses"] = summarize(misses.path)
        seen["unknown_routes"] = [(s.method, s.path) for s in standin.sent if s.status == 404]
    finally:
        await bot.close()
        try:
            await asyncio.wait_for(runner, 10)
        finally:
            await standin.stop()
    return seen


@pytest.fixture(scope="module")
def e2e(tmp_path_factory):
    """Run the whole scenario once; each test below checks one part of what was sent."""
    monkeypatch = pytest.MonkeyPatch()
    handler = _Capture()
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        seen = asyncio.run(asyncio.wait_for(
            scenario(monkeypatch, tmp_path_factory.mktemp("e2e")), 60))
    finally:
        monkeypatch.undo()
        root.removeHandler(handler)
        root.setLevel(old_level)
    seen["log"] = handler.text()
    return seen


class _Capture(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.lines = []

    def emit(self, record):
        try:
            self.lines.append(record.getMessage())
        except Exception as error:       # a broken record still counts as output
            self.lines.append(repr(error))
        if record.exc_info:
            self.lines.append(logging.Formatter().formatException(record.exc_info))

    def text(self) -> str:
        return "\n".join(self.lines)


def test_login_ready_and_guild(e2e):
    assert e2e["guilds"] == [GUILD_ID]
    intents = e2e["identify"]["d"]["intents"]
    assert intents & PRIVILEGED == 0, "no privileged intent"
    assert e2e["identify"]["d"]["shard"] == [0, 1]


def test_commands_synced_to_the_test_server_only(e2e):
    synced = e2e["synced"]
    assert {"ask", "tariff", "timeline", "sources", "help"} <= set(synced)
    assert e2e["global_sync"] == [], "no global sync on start"
    ask = synced["ask"]
    assert ask["description"]
    (question,) = ask["options"]
    assert question["name"] == "question" and question["autocomplete"] is True
    assert question["description"]
    tariff = {o["name"]: o for o in synced["tariff"]["options"]}
    assert tariff["product"]["autocomplete"] is True and tariff["value"]["description"]


def test_descriptions_are_localized_for_korean_names_are_not(e2e):
    ask = e2e["synced"]["ask"]
    assert ask["description_localizations"]["ko"] == "한미 관세 분쟁에 대해 질문하기"
    assert ask["options"][0]["description_localizations"]["ko"].startswith("질문을 입력하세요")
    assert not ask.get("name_localizations")


def test_slash_ask_answers_with_a_cited_embed(e2e):
    body = e2e["ask"]
    assert body["type"] == 4
    data = body["data"]
    no_pings(data)
    assert not (data.get("flags") or 0) & EPHEMERAL
    (embed,) = data["embeds"]
    text = embed_text(embed)
    assert "25%" in embed["description"] and "15%" in embed["description"]
    assert "ANNOUNCED" in text.upper()
    assert "Anadolu Agency" in text and "January 30, 2026" in text


def test_autocomplete_offers_ranked_known_questions(e2e):
    body = e2e["autocomplete"]
    assert body["type"] == 8
    choices = body["data"]["choices"]
    assert 1 <= len(choices) <= 25
    assert "lumber" in choices[0]["name"].lower()
    assert all(len(c["name"]) <= 100 and len(c["value"]) <= 100 for c in choices)
    products = e2e["product_autocomplete"]["data"]["choices"]
    assert products[0]["value"] == "pharmaceuticals"


def test_tariff_computes_the_delta(e2e):
    data = e2e["tariff"]["data"]
    no_pings(data)
    (embed,) = data["embeds"]
    text = embed_text(embed)
    assert "$30,000" in text and "$3,000" in text
    assert "$30,000 × 15% = $4,500" in text          # the working, as a field


def test_mention_with_everyone_gets_a_reply_that_pings_no_one(e2e):
    message_id, body = e2e["mention"]
    no_pings(body)
    assert int(body["message_reference"]["message_id"]) == message_id
    (embed,) = body["embeds"]
    assert "lumber" in embed["description"]
    assert "@everyone" not in embed_text(embed).replace("@\u200beveryone", "")


def test_near_miss_buttons_only_for_the_asker(e2e):
    data = e2e["near"]["data"]
    no_pings(data)
    assert "don't have a sourced fact" in data["embeds"][0]["description"]
    buttons = e2e["buttons"]
    assert 1 <= len(buttons) <= 3
    assert all(b["type"] == 2 and b["label"] for b in buttons)
    stranger = e2e["stranger_press"]
    assert stranger["type"] == 4 and stranger["data"]["flags"] & EPHEMERAL
    no_pings(stranger["data"])
    asker = e2e["asker_press"]
    assert asker["type"] == 7                        # the decline is replaced in place
    (embed,) = asker["data"]["embeds"]
    assert "don't have a sourced fact" not in embed["description"]
    pressed = buttons[0]["label"].split(". ", 1)[-1]
    assert embed["title"].replace("\\", "") == pressed       # that question, answered
    assert embed.get("fields"), "with its source"
    assert not asker["data"].get("components"), "the buttons are gone once used"


def test_the_near_miss_is_in_the_misses_log(e2e):
    summary = e2e["misses"]
    assert [g.question for g in summary.groups] == ["What's the tariff on Korean steel?"]


def test_the_token_never_reaches_the_logs(e2e):
    assert e2e["log"], "logging was captured"
    assert FAKE_TOKEN not in e2e["log"]
    assert FAKE_TOKEN.split(".")[-1] not in e2e["log"]


def test_timeline_lists_dated_events_with_status(e2e):
    data = e2e["timeline"]["data"]
    no_pings(data)
    (embed,) = data["embeds"]
    text = embed_text(embed)
    assert "January 26, 2026" in text and "announced" in text.lower()
    assert len(text) <= 6000


def test_the_bot_called_only_routes_discord_has(e2e):
    assert e2e["unknown_routes"] == []
