"""A small stand-in for Discord's HTTP API and gateway, on 127.0.0.1, for the
end-to-end test: the real bot logs in, connects, receives READY and GUILD_CREATE, then
interactions and messages the test sends, and everything it sends back is recorded.

Point discord.py at it with `standin.patch(monkeypatch)` (discord.http.Route.BASE,
discord.webhook.async_.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY).
JSON answers carry Content-Type exactly `application/json` (discord.py reads anything
else as text) and member payloads carry `"flags": 0`.
"""

from __future__ import annotations

import asyncio
import itertools
import json
from dataclasses import dataclass, field

from aiohttp import WSMsgType, web

BOT_ID = 1_100_000_000_000_000_001
APP_ID = BOT_ID
GUILD_ID = 1_200_000_000_000_000_002
CHANNEL_ID = 1_300_000_000_000_000_003
OWNER_ID = 1_400_000_000_000_000_004
USER_ID = 1_500_000_000_000_000_005
OTHER_ID = 1_600_000_000_000_000_006
STAMP = "2026-01-30T12:00:00.000000+00:00"
ALL_PERMISSIONS = str((1 << 50) - 1)


def user(user_id: int, name: str, bot: bool = False) -> dict:
    return {
        "id": str(user_id),
        "username": name,
        "discriminator": "0",
        "global_name": name,
        "avatar": None,
        "bot": bot,
        "flags": 0,
        "public_flags": 0,
    }


def message_payload(message_id: int, author: dict, content: str = "") -> dict:
    """A channel message as Discord's API sends it: the fields every message carries."""
    return {
        "id": str(message_id),
        "channel_id": str(CHANNEL_ID),
        "author": author,
        "content": content,
        "timestamp": STAMP,
        "edited_timestamp": None,
        "tts": False,
        "mention_everyone": False,
        "mentions": [],
        "mention_roles": [],
        "attachments": [],
        "embeds": [],
        "pinned": False,
        "type": 0,
        "flags": 0,
        "components": [],
    }


def member(user_id: int, name: str, bot: bool = False) -> dict:
    return {
        "user": user(user_id, name, bot),
        "roles": [],
        "joined_at": STAMP,
        "deaf": False,
        "mute": False,
        "flags": 0,
        "nick": None,
        "pending": False,
        "permissions": ALL_PERMISSIONS,
    }


CHANNEL = {
    "id": str(CHANNEL_ID),
    "type": 0,
    "guild_id": str(GUILD_ID),
    "name": "general",
    "position": 0,
    "permission_overwrites": [],
    "nsfw": False,
    "topic": None,
    "last_message_id": None,
    "rate_limit_per_user": 0,
    "parent_id": None,
}


def guild_payload() -> dict:
    return {
        "id": str(GUILD_ID),
        "name": "Test server",
        "icon": None,
        "splash": None,
        "discovery_splash": None,
        "owner_id": str(OWNER_ID),
        "afk_channel_id": None,
        "afk_timeout": 300,
        "verification_level": 0,
        "default_message_notifications": 0,
        "explicit_content_filter": 0,
        "mfa_level": 0,
        "system_channel_id": None,
        "system_channel_flags": 0,
        "rules_channel_id": None,
        "vanity_url_code": None,
        "description": None,
        "banner": None,
        "premium_tier": 0,
        "preferred_locale": "en-US",
        "public_updates_channel_id": None,
        "nsfw_level": 0,
        "premium_progress_bar_enabled": False,
        "features": [],
        "emojis": [],
        "stickers": [],
        "roles": [
            {
                "id": str(GUILD_ID),
                "name": "@everyone",
                "permissions": ALL_PERMISSIONS,
                "position": 0,
                "color": 0,
                "hoist": False,
                "managed": False,
                "mentionable": False,
                "flags": 0,
            }
        ],
        "channels": [dict(CHANNEL)],
        "threads": [],
        "voice_states": [],
        "presences": [],
        "members": [member(BOT_ID, "tariffbot", bot=True)],
        "member_count": 3,
        "large": False,
        "unavailable": False,
        "joined_at": STAMP,
        "stage_instances": [],
        "guild_scheduled_events": [],
        "soundboard_sounds": [],
    }


@dataclass
class Sent:
    """One request the bot made."""

    method: str
    path: str
    body: object  # the JSON payload (multipart: its payload_json part)
    query: dict = field(default_factory=dict)
    status: int = 200  # what the stand-in answered (404: a route it doesn't know)


class StandIn:
    def __init__(self):
        self.sent: list[Sent] = []
        self.gateway_sent: list[dict] = []  # what the bot sent on the gateway
        self.identified = asyncio.Event()
        self.ws: web.WebSocketResponse | None = None
        self._changed = asyncio.Condition()
        self._ids = itertools.count(1_700_000_000_000_000_000)
        self._seq = 0
        self.messages: dict[int, dict] = {}  # id -> message payload the bot created
        self.commands: dict[str, dict] = {}  # name -> command as synced
        self._component_messages: dict[int, int] = {}  # interaction id -> message id
        self._runner: web.AppRunner | None = None
        self.port = 0

    # ----- lifecycle -------------------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", "/api/v10/{tail:.*}", self._api)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        if self.ws is not None and not self.ws.closed:
            await self.ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def patch(self, monkeypatch) -> None:
        import discord.gateway
        import discord.http
        import discord.webhook.async_
        import yarl

        monkeypatch.setattr(discord.http.Route, "BASE", f"{self.base}/api/v10")
        monkeypatch.setattr(discord.webhook.async_.Route, "BASE", f"{self.base}/api/v10")
        monkeypatch.setattr(
            discord.gateway.DiscordWebSocket,
            "DEFAULT_GATEWAY",
            yarl.URL(f"ws://127.0.0.1:{self.port}/gateway"),
        )

    def next_id(self) -> int:
        return next(self._ids)

    # ----- waiting for what the bot sent -------------------------------------------------------

    async def wait_for(self, predicate, timeout: float = 10.0, start: int = 0) -> Sent:
        """The first request from index `start` on that satisfies `predicate`."""

        async def find():
            async with self._changed:
                while True:
                    for item in self.sent[start:]:
                        if predicate(item):
                            return item
                    await self._changed.wait()

        return await asyncio.wait_for(find(), timeout)

    async def _record(self, item: Sent) -> None:
        async with self._changed:
            self.sent.append(item)
            self._changed.notify_all()

    # ----- HTTP --------------------------------------------------------------------------------

    async def _api(self, request: web.Request) -> web.Response:
        path = "/" + request.match_info["tail"]
        body = await self._body(request)
        reply = self._route(request.method, path, body)
        status, payload = reply if reply is not None else (204, None)
        await self._record(Sent(request.method, path, body, dict(request.query), status))
        if reply is None:
            return web.Response(status=204)
        return web.Response(
            status=status,
            body=json.dumps(payload).encode(),
            headers={"Content-Type": "application/json"},
        )

    @staticmethod
    async def _body(request: web.Request):
        if not request.can_read_body:
            return None
        if request.content_type.startswith("multipart/"):
            reader = await request.multipart()
            async for part in reader:
                if part.name == "payload_json":
                    return json.loads(await part.text())
            return None
        raw = await request.read()
        return json.loads(raw) if raw else None

    def _route(self, method: str, path: str, body):
        parts = path.strip("/").split("/")
        if path == "/users/@me" and method == "GET":
            return 200, user(BOT_ID, "tariffbot", bot=True)
        if path == "/oauth2/applications/@me":
            return 200, {
                "id": str(APP_ID),
                "name": "tariffbot",
                "icon": None,
                "description": "",
                "bot_public": True,
                "bot_require_code_grant": False,
                "verify_key": "00",
                "owner": user(OWNER_ID, "owner"),
                "team": None,
                "flags": 0,
                "summary": "",
                "rpc_origins": [],
            }
        if path in ("/gateway/bot", "/gateway"):
            return 200, {
                "url": f"ws://127.0.0.1:{self.port}/gateway",
                "shards": 1,
                "session_start_limit": {
                    "total": 1000,
                    "remaining": 999,
                    "reset_after": 0,
                    "max_concurrency": 1,
                },
            }
        if parts[0] == "applications" and parts[-1] == "commands" and method == "PUT":
            synced = []
            for command in body or []:
                command = dict(
                    command, id=str(self.next_id()), application_id=str(APP_ID), version="1"
                )
                command.setdefault("description", "")  # as Discord: "" for menus
                if len(parts) == 5:
                    command["guild_id"] = parts[3]
                self.commands[command["name"]] = command
                synced.append(command)
            return 200, synced
        if parts[0] == "applications" and parts[-1] == "commands" and method == "GET":
            return 200, list(self.commands.values())
        if parts[0] == "interactions" and parts[-1] == "callback":
            return self._callback(int(parts[1]), body or {})
        if parts[0] == "webhooks":
            if method == "DELETE":
                return None
            message = self._message(body or {}, message_id=None)
            return 200, message
        if parts[0] == "channels" and parts[2:3] == ["messages"]:
            if method == "POST" and len(parts) == 3:
                return 200, self._message(body or {}, message_id=None)
            if method == "PATCH" and len(parts) == 4:
                return 200, self._message(body or {}, message_id=int(parts[3]))
            if method == "DELETE":
                return None
        if parts[0] == "channels" and parts[-1] == "typing":
            return None
        return 404, {"message": "Unknown route in the stand-in", "code": 0}

    def _message(self, body: dict, message_id: int | None, interaction=None) -> dict:
        old = self.messages.get(message_id, {}) if message_id else {}
        message_id = message_id or self.next_id()
        message = message_payload(message_id, user(BOT_ID, "tariffbot", bot=True))
        message["guild_id"] = str(GUILD_ID)
        message.update({k: v for k, v in old.items() if k in message})
        for key in ("content", "embeds", "components", "flags"):
            if key in body and body[key] is not None:
                message[key] = body[key]
        if "embed" in body and body["embed"]:
            message["embeds"] = [body["embed"]]
        if interaction is not None:
            message["interaction_metadata"] = interaction
        self.messages[message_id] = message
        return message

    def _callback(self, interaction_id: int, body: dict):
        kind = body.get("type")
        data = body.get("data") or {}
        info = {
            "id": str(interaction_id),
            "type": 2,
            "response_message_loading": kind == 5,
            "response_message_ephemeral": bool((data.get("flags") or 0) & 64),
        }
        if kind in (4, 5):  # a new message (or "thinking")
            message = self._message(data, None)
            info["response_message_id"] = message["id"]
            return 200, {"interaction": info, "resource": {"type": kind, "message": message}}
        if kind == 7:  # update the message the component is on
            target = self._component_messages.get(interaction_id)
            message = self._message(data, target)
            info["response_message_id"] = message["id"]
            return 200, {"interaction": info, "resource": {"type": kind, "message": message}}
        return 200, {"interaction": info}  # 6 (deferred update), 8 (autocomplete)

    # ----- the gateway -------------------------------------------------------------------------

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(autoping=True)
        await ws.prepare(request)
        self.ws = ws
        await ws.send_json({"op": 10, "d": {"heartbeat_interval": 45_000}})
        async for msg in ws:
            if msg.type != WSMsgType.TEXT:
                continue
            payload = json.loads(msg.data)
            self.gateway_sent.append(payload)
            op = payload.get("op")
            if op == 1:
                await ws.send_json({"op": 11})
            elif op == 2:
                await self.dispatch(
                    "READY",
                    {
                        "v": 10,
                        "user": user(BOT_ID, "tariffbot", bot=True),
                        "guilds": [{"id": str(GUILD_ID), "unavailable": True}],
                        "session_id": "standin-session",
                        "resume_gateway_url": f"ws://127.0.0.1:{self.port}/gateway",
                        "shard": payload["d"].get("shard", [0, 1]),
                        "application": {"id": str(APP_ID), "flags": 0},
                        "private_channels": [],
                        "relationships": [],
                        "presences": [],
                    },
                )
                await self.dispatch("GUILD_CREATE", guild_payload())
                self.identified.set()
        return ws

    async def dispatch(self, event: str, data: dict) -> None:
        self._seq += 1
        await self.ws.send_json({"op": 0, "t": event, "s": self._seq, "d": data})

    # ----- what users do -----------------------------------------------------------------------

    async def interaction(
        self,
        kind: int,
        data: dict,
        user_id: int = USER_ID,
        message: dict | None = None,
        locale: str = "en-US",
    ) -> int:
        """Send INTERACTION_CREATE; returns the interaction id."""
        interaction_id = self.next_id()
        payload = {
            "id": str(interaction_id),
            "application_id": str(APP_ID),
            "type": kind,
            "token": f"interaction-token-{interaction_id}",
            "version": 1,
            "guild_id": str(GUILD_ID),
            "channel_id": str(CHANNEL_ID),
            "channel": dict(CHANNEL),
            "member": member(user_id, f"user{user_id % 1000}"),
            "data": data,
            "locale": locale,
            "guild_locale": "en-US",
            "app_permissions": ALL_PERMISSIONS,
            "entitlements": [],
            "authorizing_integration_owners": {"0": str(GUILD_ID)},
            "context": 0,
            "attachment_size_limit": 10_485_760,
        }
        if message is not None:
            payload["message"] = message
            self._component_messages[interaction_id] = int(message["id"])
        await self.dispatch("INTERACTION_CREATE", payload)
        return interaction_id

    async def slash(
        self, name: str, user_id: int = USER_ID, locale: str = "en-US", **options
    ) -> int:
        command = self.commands[name]
        data = {
            "id": command["id"],
            "name": name,
            "type": 1,
            "guild_id": str(GUILD_ID),
            "options": [{"name": k, "type": 3, "value": v} for k, v in options.items()],
        }
        return await self.interaction(2, data, user_id, locale=locale)

    def user_message(self, content: str, author_id: int = OTHER_ID) -> dict:
        """A message someone else wrote in the channel (for the message context menu)."""
        return message_payload(self.next_id(), user(author_id, f"user{author_id % 1000}"), content)

    async def context_menu(
        self, name: str, target: dict, user_id: int = USER_ID, locale: str = "en-US"
    ) -> int:
        """A message command (type 3) used on `target`, as Discord sends it: the message
        resolved in the payload, whatever the bot's intents."""
        command = self.commands[name]
        data = {
            "id": command["id"],
            "name": name,
            "type": 3,
            "guild_id": str(GUILD_ID),
            "target_id": target["id"],
            "resolved": {"messages": {target["id"]: target}},
        }
        return await self.interaction(2, data, user_id, locale=locale)

    def reset_gateway(self) -> None:
        """Before a second bot (a restart) connects."""
        self.identified = asyncio.Event()

    async def autocomplete(
        self, name: str, focused: str, current: str, user_id: int = USER_ID, **others
    ) -> int:
        command = self.commands[name]
        options = [{"name": k, "type": 3, "value": v} for k, v in others.items()]
        options.append({"name": focused, "type": 3, "value": current, "focused": True})
        data = {
            "id": command["id"],
            "name": name,
            "type": 1,
            "guild_id": str(GUILD_ID),
            "options": options,
        }
        return await self.interaction(4, data, user_id)

    async def press(self, message: dict, custom_id: str, user_id: int = USER_ID) -> int:
        data = {"custom_id": custom_id, "component_type": 2}
        return await self.interaction(3, data, user_id, message=message)

    async def say(
        self, content: str, user_id: int = USER_ID, mentions=(), mention_everyone: bool = False
    ) -> int:
        message_id = self.next_id()
        await self.dispatch(
            "MESSAGE_CREATE",
            {
                "id": str(message_id),
                "channel_id": str(CHANNEL_ID),
                "guild_id": str(GUILD_ID),
                "author": user(user_id, f"user{user_id % 1000}"),
                "member": {k: v for k, v in member(user_id, "x").items() if k != "user"},
                "content": content,
                "timestamp": STAMP,
                "edited_timestamp": None,
                "tts": False,
                "mention_everyone": mention_everyone,
                "mentions": [
                    dict(
                        user(u, "tariffbot" if u == BOT_ID else "someone", u == BOT_ID),
                        member={k: v for k, v in member(u, "x").items() if k != "user"},
                    )
                    for u in mentions
                ],
                "mention_roles": [],
                "attachments": [],
                "embeds": [],
                "pinned": False,
                "type": 0,
                "flags": 0,
                "components": [],
            },
        )
        return message_id
