"""The orchestrator: a question in, one Answer out.

It sits above the handlers it calls (parse -> match -> decide -> handler), and below
the front ends (console, Discord, charts) that render its Answer."""

from answering.orchestrator import Engine  # noqa: F401
