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
import re
import shutil
from pathlib import Path

import pytest

discord = pytest.importorskip("discord")

from answering.orchestrator import Engine  # noqa: E402
from frontends.discord_bot.client import TariffBot  # noqa: E402
from frontends.discord_bot.components import wrong_custom_id  # noqa: E402
from frontends.discord_bot.embeds import timeline_rows  # noqa: E402
from frontends.misses import MissesLog, summarize  # noqa: E402
from tests.discord_standin import (  # noqa: E402
    APP_ID,
    BOT_ID,
    CHANNEL_ID,
    GUILD_ID,
    OTHER_ID,
    OWNER_ID,
    USER_ID,
    StandIn,
)

DATA = Path(__file__).resolve().parent.parent / "knowledge" / "data"

FAKE_TOKEN = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.FAKE.e2e-token-that-must-never-be-logged"
PRIVILEGED = (1 << 1) | (1 << 8) | (1 << 15)  # members, presences, message content
EPHEMERAL = 1 << 6


def no_pings(body: dict) -> None:
    mentions = body.get("allowed_mentions")
    assert mentions is not None, body
    assert mentions.get("parse") == [], mentions
    assert not mentions.get("users") and not mentions.get("roles"), mentions
    assert not mentions.get("replied_user"), mentions


def callback_of(interaction_id: int):
    return lambda sent: (
        sent.method == "POST" and sent.path.startswith(f"/interactions/{interaction_id}/")
    )


def embed_text(embed: dict) -> str:
    parts = [embed.get("title") or "", embed.get("description") or ""]
    for item in embed.get("fields", []):
        parts += [item["name"], item["value"]]
    parts.append((embed.get("footer") or {}).get("text", ""))
    return "\n".join(parts)


class Trigger:
    """The watcher's wait between polls, driven by the test: no sleeping on the clock.
    `poll()` returns once the watcher has looked at the files (and reloaded) and waits
    again."""

    def __init__(self):
        self.go: asyncio.Queue = asyncio.Queue()
        self.idle: asyncio.Queue = asyncio.Queue()

    async def __call__(self) -> None:
        await self.idle.put(None)
        await self.go.get()

    async def poll(self) -> None:
        await asyncio.wait_for(self.idle.get(), 10)  # the watcher is waiting
        await self.go.put(None)
        await asyncio.wait_for(self.idle.get(), 30)  # it polled and waits again
        await self.idle.put(None)


def components_of(body: dict) -> list[dict]:
    return [
        c
        for row in (body.get("data") or body).get("components", [])
        for c in row.get("components", [])
    ]


def custom_id(body: dict, prefix: str) -> str:
    return next(c["custom_id"] for c in components_of(body) if c["custom_id"].startswith(prefix))


RATE_25 = "    old_rate: 15\n    new_rate: 25\n"
RATE_35 = "    old_rate: 15\n    new_rate: 35\n"
CAR = "What's the new tariff on Korean cars?"
NEAR_MISS = "What's the tariff on Korean washing machines?"  # declined, with suggestions
# the file holding the announced 15% -> 25% on autos (fact hike-autos)
FACTS_FILE = "2026-01-30-anadolu-korea-us-talks.yaml"
# one user per part of the scenario, so the cooldown (5 per 30 s) only bites where tested
READER, MENU_USER, KOREAN_USER, FLOODER, RESTART_USER = (USER_ID + n for n in range(1, 6))


async def start_bot(
    standin: StandIn, data: Path, misses: MissesLog, trigger: Trigger
) -> tuple[TariffBot, asyncio.Task]:
    standin.reset_gateway()
    bot = TariffBot(
        Engine.load(data),
        data_dir=data,
        guild_id=GUILD_ID,
        owner_ids={OWNER_ID},
        misses=misses,
        watch_wait=trigger,
    )
    runner = asyncio.create_task(bot.start(FAKE_TOKEN))
    await asyncio.wait_for(standin.identified.wait(), 15)
    await asyncio.wait_for(bot.wait_until_ready(), 15)
    return bot, runner


async def stop_bot(bot: TariffBot, runner: asyncio.Task) -> None:
    await bot.close()
    await asyncio.wait_for(runner, 10)


async def scenario(monkeypatch, tmp_path) -> dict:
    standin = StandIn()
    await standin.start()
    standin.patch(monkeypatch)
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    facts_file = data / "sources" / FACTS_FILE
    assert RATE_25 in facts_file.read_text(encoding="utf-8")
    misses = MissesLog(tmp_path / "misses.jsonl")
    trigger = Trigger()
    bot, runner = await start_bot(standin, data, misses, trigger)
    seen: dict = {}
    try:
        seen["guilds"] = [g.id for g in bot.guilds]
        seen["identify"] = next(p for p in standin.gateway_sent if p.get("op") == 2)
        sync = await standin.wait_for(
            lambda s: (
                s.method == "PUT" and s.path == f"/applications/{APP_ID}/guilds/{GUILD_ID}/commands"
            )
        )
        seen["synced"] = {c["name"]: c for c in sync.body}
        seen["global_sync"] = [
            s
            for s in standin.sent
            if s.method == "PUT" and s.path == f"/applications/{APP_ID}/commands"
        ]

        iid = await standin.slash("ask", question=CAR)
        seen["ask"] = (await standin.wait_for(callback_of(iid))).body
        answer_message = standin.messages[max(standin.messages)]

        iid = await standin.autocomplete("ask", "question", "lumb")
        seen["autocomplete"] = (await standin.wait_for(callback_of(iid))).body

        iid = await standin.autocomplete("tariff", "product", "pharm")
        seen["product_autocomplete"] = (await standin.wait_for(callback_of(iid))).body

        iid = await standin.slash("tariff", product="autos", value="30k")
        seen["tariff"] = (await standin.wait_for(callback_of(iid))).body

        iid = await standin.slash("timeline", user_id=READER)
        seen["timeline"] = (await standin.wait_for(callback_of(iid))).body

        mark = len(standin.sent)
        message_id = await standin.say(
            f"<@{BOT_ID}> @everyone what's the lumber tariff?",
            mentions=[BOT_ID],
            mention_everyone=True,
        )
        reply = await standin.wait_for(
            lambda s: s.method == "POST" and s.path == f"/channels/{CHANNEL_ID}/messages",
            start=mark,
        )
        seen["mention"] = (message_id, reply.body)

        # "Wrong answer?" under the /ask answer, pressed by someone else
        iid = await standin.press(
            answer_message, custom_id(seen["ask"], "tariff:w:"), user_id=READER
        )
        seen["wrong_press"] = (await standin.wait_for(callback_of(iid))).body

        # the message context menu, then "Post publicly"
        target = standin.user_message(CAR)
        iid = await standin.context_menu("Ask tariffbot", target, user_id=MENU_USER)
        seen["menu"] = (await standin.wait_for(callback_of(iid))).body
        private = standin.messages[max(standin.messages)]
        mark = len(standin.sent)
        iid = await standin.press(private, custom_id(seen["menu"], "tariff:p:"), user_id=MENU_USER)
        seen["post_edit"] = (await standin.wait_for(callback_of(iid))).body
        seen["post"] = (
            await standin.wait_for(
                lambda s: s.method == "POST" and s.path.startswith(f"/webhooks/{APP_ID}/"),
                start=mark,
            )
        ).body

        # a Korean client's /help
        iid = await standin.slash("help", user_id=KOREAN_USER, locale="ko")
        seen["help_ko"] = (await standin.wait_for(callback_of(iid))).body

        # over the cooldown on slash commands: the notice, then a terse reply
        flood = []
        for _ in range(7):
            iid = await standin.slash("sources", user_id=FLOODER)
            flood.append((await standin.wait_for(callback_of(iid))).body)
        seen["flood"] = flood

        # a non-owner's /reload: one reply, one log line
        iid = await standin.slash("reload", user_id=USER_ID)
        seen["reload_refused"] = (await standin.wait_for(callback_of(iid))).body
        seen["reload_iid"] = iid

        # the fact file changes on disk: picked up by the watcher, no /reload
        facts_file.write_text(
            facts_file.read_text(encoding="utf-8").replace(RATE_25, RATE_35, 1), encoding="utf-8"
        )
        await trigger.poll()
        seen["reloads_after_edit"] = bot.service.reloads
        iid = await standin.slash("ask", user_id=READER, question=CAR)
        seen["ask_after_edit"] = (await standin.wait_for(callback_of(iid))).body
        # ... and a broken save keeps the last good base
        good = facts_file.read_text(encoding="utf-8")
        facts_file.write_text(good + "\n  - id: [unclosed\n", encoding="utf-8")
        await trigger.poll()
        seen["reloads_after_break"] = bot.service.reloads
        iid = await standin.slash("ask", user_id=READER, question=CAR)
        seen["ask_after_break"] = (await standin.wait_for(callback_of(iid))).body
        facts_file.write_text(good, encoding="utf-8")

        # a near miss; the buttons are pressed after a restart
        iid = await standin.slash("ask", user_id=RESTART_USER, question=NEAR_MISS)
        near = await standin.wait_for(callback_of(iid))
        seen["near"] = near.body
        near_message = standin.messages[max(standin.messages)]
        seen["buttons"] = components_of(near.body)
        await stop_bot(bot, runner)
        bot, runner = await start_bot(standin, data, misses, trigger)
        seen["restarted"] = True
        button = seen["buttons"][0]["custom_id"]
        iid = await standin.press(near_message, button, user_id=OTHER_ID)
        seen["stranger_press"] = (await standin.wait_for(callback_of(iid))).body
        iid = await standin.press(near_message, button, user_id=RESTART_USER)
        seen["asker_press"] = (await standin.wait_for(callback_of(iid))).body

        seen["misses"] = summarize(misses.path)
        seen["misses_raw"] = misses.path.read_text(encoding="utf-8")
        seen["reload_replies"] = [
            s
            for s in standin.sent
            if s.path.startswith(f"/interactions/{seen['reload_iid']}/")
            or f"interaction-token-{seen['reload_iid']}" in s.path
        ]
        seen["unknown_routes"] = [(s.method, s.path) for s in standin.sent if s.status == 404]
    finally:
        try:
            await stop_bot(bot, runner)
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
        seen = asyncio.run(
            asyncio.wait_for(scenario(monkeypatch, tmp_path_factory.mktemp("e2e")), 60)
        )
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
        except Exception as error:  # a broken record still counts as output
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
    assert "$30,000 × 15% = $4,500" in text  # the working, as a field


def test_mention_with_everyone_gets_a_reply_that_pings_no_one(e2e):
    message_id, body = e2e["mention"]
    no_pings(body)
    assert int(body["message_reference"]["message_id"]) == message_id
    (embed,) = body["embeds"]
    assert "lumber" in embed["description"]
    assert "@everyone" not in embed_text(embed).replace("@\u200beveryone", "")


def test_near_miss_buttons_work_after_a_restart_and_only_for_the_asker(e2e):
    assert e2e["restarted"], "the buttons were pressed on a second bot process"
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
    assert asker["type"] == 7  # the decline is replaced in place
    (embed,) = asker["data"]["embeds"]
    assert "don't have a sourced fact" not in embed["description"]
    pressed = buttons[0]["label"].split(". ", 1)[-1]
    assert embed["title"].replace("\\", "") == pressed  # that question, answered
    assert embed.get("fields"), "with its source"
    facts = Engine.load(DATA).ask(pressed).facts
    ids = [c["custom_id"] for c in components_of(asker)]
    assert [i for i in ids if i.startswith("tariff:")] == [wrong_custom_id(facts)], (
        "the suggestions are gone once used; the answer gets its Wrong answer? button"
    )


def test_the_near_miss_is_in_the_misses_log(e2e):
    summary = e2e["misses"]
    assert [g.question for g in summary.groups] == [NEAR_MISS]


def test_the_token_never_reaches_the_logs(e2e):
    assert e2e["log"], "logging was captured"
    assert FAKE_TOKEN not in e2e["log"]
    assert FAKE_TOKEN.split(".")[-1] not in e2e["log"]


def test_timeline_lists_dated_events_with_status(e2e):
    data = e2e["timeline"]["data"]
    no_pings(data)
    (embed,) = data["embeds"]
    text = embed_text(embed)
    rows = timeline_rows(Engine.load(DATA).base)
    newest = rows[-1][0].text(weekday=True)
    assert f"**{newest}**" in embed["description"]  # page 1: the newest events
    assert embed["description"].startswith("⬆ ") and "`/timeline page:2`" in text
    assert " · page 1 of " in embed["footer"]["text"]
    assert len(embed["description"]) <= 4096 and len(text) <= 6000


def test_the_bot_called_only_routes_discord_has(e2e):
    assert e2e["unknown_routes"] == []


def test_the_context_menu_is_synced_with_type_3_and_answers_privately(e2e):
    menu = e2e["synced"]["Ask tariffbot"]
    assert menu["type"] == 3 and "options" not in menu
    body = e2e["menu"]
    assert body["type"] == 4
    data = body["data"]
    no_pings(data)
    assert data["flags"] & EPHEMERAL, "private by default"
    (embed,) = data["embeds"]
    assert embed["title"].replace("\\", "") == CAR and "25%" in embed["description"]
    labels = [c["label"] for c in components_of(body)]
    assert labels == ["Wrong answer?", "Post publicly"]


def test_post_publicly_posts_the_same_answer_for_everyone(e2e):
    edit = e2e["post_edit"]
    assert edit["type"] == 7
    assert [c["label"] for c in components_of(edit)] == ["Wrong answer?"]
    post = e2e["post"]
    no_pings(post)
    assert not (post.get("flags") or 0) & EPHEMERAL
    (embed,) = post["embeds"]
    assert embed["description"] == e2e["menu"]["data"]["embeds"][0]["description"]
    assert [c["label"] for c in components_of(post)] == ["Wrong answer?"]


def test_commands_carry_install_types_and_contexts(e2e):
    synced = e2e["synced"]
    for name in ("ask", "tariff", "timeline", "sources", "help", "Ask tariffbot"):
        assert synced[name]["integration_types"] == [0, 1], name  # server and user install
        assert synced[name]["contexts"] == [0, 1, 2], name  # server, DM, group DM
    for name in ("reload", "sync"):
        assert synced[name]["integration_types"] == [0] and synced[name]["contexts"] == [0]


def test_help_follows_a_korean_clients_locale(e2e):
    data = e2e["help_ko"]["data"]
    assert data["flags"] & EPHEMERAL
    (embed,) = data["embeds"]
    assert embed["title"] == "관세 봇 사용법"
    assert "질문" in embed["description"] and "How to ask" not in embed_text(embed)


def test_a_slash_command_over_the_cooldown_gets_the_notice_then_terse_replies(e2e):
    flood = e2e["flood"]
    assert [body["type"] for body in flood] == [4] * 7  # never "did not respond"
    assert all("embeds" in body["data"] for body in flood[:5])
    notice, terse = flood[5]["data"], flood[6]["data"]
    assert notice["flags"] & EPHEMERAL and "asking quickly" in notice["content"]
    assert terse["flags"] & EPHEMERAL and terse["content"].startswith("Still cooling down")
    no_pings(notice)


def test_a_changed_fact_file_is_picked_up_without_reload(e2e):
    assert e2e["reloads_after_edit"] == 1
    (embed,) = e2e["ask_after_edit"]["data"]["embeds"]
    assert "35%" in embed["description"]  # the edited rate
    assert "35%" not in e2e["ask"]["data"]["embeds"][0]["description"]  # not before


def test_a_broken_fact_file_keeps_the_last_good_base_and_is_logged(e2e):
    assert e2e["reloads_after_break"] == 1  # refused, not swapped
    (embed,) = e2e["ask_after_break"]["data"]["embeds"]
    assert "35%" in embed["description"]
    # the broken file, and the facts elsewhere that cite facts it no longer yields
    assert re.search(
        r"fact base refused, \d+ problem\(s\); keeping the running base:\n"
        rf"  \S*{re.escape(FACTS_FILE)}:\d+: ",
        e2e["log"],
    )
    assert e2e["log"].count("fact base refused") == 1


def test_a_wrong_answer_press_is_recorded_without_user_ids(e2e):
    press = e2e["wrong_press"]
    assert press["type"] == 4 and press["data"]["flags"] & EPHEMERAL
    assert "noted" in press["data"]["content"]
    (report,) = e2e["misses"].reports
    pressed = custom_id(e2e["ask"], "tariff:w:")
    assert report.question == CAR and "hike-autos" in report.facts
    assert ",".join(report.facts) == pressed.removeprefix("tariff:w:")
    assert any("Anadolu Agency" in source for source in report.sources)
    raw = e2e["misses_raw"]
    assert '"kind": "wrong"' in raw
    for user_id in (USER_ID, READER, OTHER_ID, MENU_USER, RESTART_USER):
        assert str(user_id) not in raw


def test_a_non_owners_reload_gets_one_reply_and_one_log_line(e2e):
    body = e2e["reload_refused"]
    assert body["type"] == 4 and body["data"]["flags"] & EPHEMERAL
    assert body["data"]["content"] == "Only the bot's owner can use this command."
    assert len(e2e["reload_replies"]) == 1
    assert e2e["log"].count("check failed for /reload") == 1
