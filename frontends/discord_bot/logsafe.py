"""The token never reaches a log line: a filter on the root logger's handlers.

Why a handler filter: records from every logger (discord.py's, aiohttp's, asyncio's,
ours) propagate to the root handlers, so one filter there sees them all; a filter on a
logger would only see that logger's own records. It redacts the message, its arguments
and the formatted exception and stack (an exception's message or a local in a traceback
can hold the token), after formatting, so a token split across `%s` arguments is caught.
"""

from __future__ import annotations

import logging

HIDDEN = "[token hidden]"


class RedactToken(logging.Filter):
    def __init__(self, token: str):
        super().__init__()
        secrets = [token]
        # The last part of a bot token is the secret; the first is the bot's public id.
        if token.count(".") >= 2 and len(token.rsplit(".", 1)[-1]) >= 8:
            secrets.append(token.rsplit(".", 1)[-1])
        self.secrets = [s for s in secrets if s]

    def redact(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, HIDDEN)
        return text

    def _leaks(self, text: str | None) -> bool:
        if not text:
            return False
        return any(s in text for s in self.secrets)

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed record: show its parts, redacted
            message = f"{record.msg!r} % {record.args!r}"
            record.msg, record.args = self.redact(message), ()
        if self._leaks(message):
            record.msg, record.args = self.redact(message), ()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if self._leaks(record.exc_text):
            record.exc_text = self.redact(record.exc_text or "")
        if self._leaks(record.stack_info):
            record.stack_info = self.redact(record.stack_info or "")
        return True


def install(token: str, logger: logging.Logger | None = None) -> RedactToken:
    """Add the filter to every handler of `logger` (the root logger by default)."""
    redact = RedactToken(token)
    for handler in (logger or logging.getLogger()).handlers:
        handler.addFilter(redact)
    return redact
