"""End to end, offline: the real bot with the Charts cog against the local Discord
stand-in (tests/discord_standin.py). `/chart product: autos` is sent on the gateway, and
the bot answers with one message carrying one PNG attachment and the embed listing the
points; pressing a "Chart" button does the same for its product.

The stand-in is extended by subclassing only: `FileStandIn` keeps the files of multipart
requests, which the stand-in otherwise reduces to their JSON payload.
"""

from __future__ import annotations

import asyncio
import json
import struct

import pytest

discord = pytest.importorskip("discord")
pytest.importorskip("matplotlib")

from aiohttp import web  # noqa: E402

from answering.orchestrator import Engine  # noqa: E402
from frontends.discord_bot.charts_cog import FILENAME, ChartsCog, chart_button_for  # noqa: E402
from frontends.discord_bot.client import TariffBot  # noqa: E402
from tests.discord_standin import APP_ID, GUILD_ID, OWNER_ID, StandIn  # noqa: E402

FAKE_TOKEN = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.FAKE.e2e-chart-token"


class FileStandIn(StandIn):
    """The stand-in, also recording each uploaded file as (path, filename, type, bytes)."""

    def __init__(self) -> None:
        super().__init__()
        self.files: list[tuple[str, str | None, str, bytes]] = []

    async def _body(self, request: web.Request) -> object:
        if not request.content_type.startswith("multipart/"):
            return await StandIn._body(request)
        payload = None
        reader = await request.multipart()
        async for part in reader:
            if part.name == "payload_json":
                payload = json.loads(await part.text())
            else:
                self.files.append(
                    (
                        request.path,
                        part.filename,
                        part.headers.get("Content-Type", ""),
                        await part.read(),
                    )
                )
        return payload


class ChartingBot(TariffBot):
    """TariffBot with the Charts cog added before the commands are synced: the two lines
    the lead adds to TariffBot.setup_hook, done here without editing client.py."""

    async def setup_hook(self) -> None:
        await self.add_cog(ChartsCog(self))
        await super().setup_hook()


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


async def scenario(monkeypatch) -> dict:
    standin = FileStandIn()
    await standin.start()
    standin.patch(monkeypatch)
    bot = ChartingBot(Engine.load(), guild_id=GUILD_ID, owner_ids={OWNER_ID})
    runner = asyncio.create_task(bot.start(FAKE_TOKEN))
    seen: dict = {}
    try:
        await asyncio.wait_for(bot.wait_until_ready(), 15)
        sync = await standin.wait_for(
            lambda s: (
                s.method == "PUT" and s.path == f"/applications/{APP_ID}/guilds/{GUILD_ID}/commands"
            )
        )
        seen["synced"] = {c["name"]: c for c in sync.body}

        iid = await standin.slash("chart", product="autos")
        seen["defer"] = (
            await standin.wait_for(lambda s: s.path.startswith(f"/interactions/{iid}/"))
        ).body
        followup = await standin.wait_for(
            lambda s: s.method == "POST" and s.path.startswith(f"/webhooks/{APP_ID}/")
        )
        seen["message"] = followup.body
        seen["files"] = list(standin.files)

        mark = len(standin.sent)
        # An answer the bot sent with a Chart button under it (as the lead will wire it).
        row = {
            "type": 1,
            "components": [
                chart_button_for(
                    Engine.load().ask("What's the tariff on Korean lumber?")
                ).to_component_dict()
            ],
        }
        message = standin._message({"content": "", "components": [row]}, None)
        await standin.press(message, row["components"][0]["custom_id"])
        pressed = await standin.wait_for(
            lambda s: s.method == "POST" and s.path.startswith(f"/webhooks/{APP_ID}/"), start=mark
        )
        seen["pressed"] = pressed.body
        seen["pressed_files"] = standin.files[len(seen["files"]) :]
        seen["unknown_routes"] = [(s.method, s.path) for s in standin.sent if s.status == 404]
    finally:
        await bot.close()
        try:
            await asyncio.wait_for(runner, 10)
        finally:
            await standin.stop()
    return seen


@pytest.fixture(scope="module")
def e2e():
    monkeypatch = pytest.MonkeyPatch()
    try:
        return asyncio.run(asyncio.wait_for(scenario(monkeypatch), 60))
    finally:
        monkeypatch.undo()


def test_chart_is_synced_with_an_autocompleted_product(e2e):
    chart = e2e["synced"]["chart"]
    (product,) = chart["options"]
    assert product["name"] == "product" and product["autocomplete"] is True
    assert not product.get("required")


def test_slash_chart_gets_one_message_with_one_png(e2e):
    assert e2e["defer"]["type"] == 5  # "thinking", then the follow-up
    ((_, filename, _, data),) = e2e["files"]  # discord.py sends octet-stream
    assert filename == FILENAME
    assert png_size(data) == (1000, 560)
    message = e2e["message"]
    (attachment,) = message["attachments"]
    assert attachment["filename"] == FILENAME
    assert message["allowed_mentions"]["parse"] == []
    assert not (message.get("flags") or 0) & (1 << 6), "visible to the channel"
    (embed,) = message["embeds"]
    assert embed["image"]["url"] == f"attachment://{FILENAME}"
    values = "\n".join(f["value"] for f in embed["fields"])
    assert "January 26, 2026 · 25% · announced" in values
    assert "Anadolu Agency" in values


def test_pressing_a_chart_button_sends_that_chart(e2e):
    ((_, filename, _, data),) = e2e["pressed_files"]
    assert filename == FILENAME and png_size(data) == (1000, 560)
    (embed,) = e2e["pressed"]["embeds"]
    assert embed["title"] == "US tariff on South Korean lumber"


def test_the_bot_called_only_routes_discord_has(e2e):
    assert e2e["unknown_routes"] == []
