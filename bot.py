#!/usr/bin/env python3
"""The tariff bot: sourced answers about the South Korea–US tariff dispute.

    python bot.py ask "What's the new tariff on Korean cars?"   (or questions on stdin)
    python bot.py ask --json ...      one JSON object per question
    python bot.py chat                interactive console
    python bot.py timeline            dated events, with status and source
    python bot.py check               validate the fact base
    python bot.py run                 the Discord bot (needs DISCORD_TOKEN)
    python bot.py misses              unanswered questions, most frequent first
    python bot.py bench               speed and scale benchmark
    python bot.py chart autos --out autos.png    a rate history chart (also: all, pledge)

Only `run` imports discord, and only `chart` imports matplotlib, so the console
commands start fast.
"""

from __future__ import annotations

import sys
from types import SimpleNamespace


def _plain_ask(argv: list[str]) -> SimpleNamespace | None:
    """`ask` and words, with --json first or last: what argparse makes of them, without
    importing and building the parser (~6 ms of a start). Anything else: None."""
    if not argv or argv[0] != "ask":
        return None
    rest = argv[1:]
    as_json = bool(rest) and "--json" in (rest[0], rest[-1])
    if as_json:
        rest = rest[1:] if rest[0] == "--json" else rest[:-1]
    if any(word.startswith("-") for word in rest):
        return None  # an option, "--" or a negative number: argparse's rules
    return SimpleNamespace(command="ask", data=None, question=rest, json=as_json)


def main(argv: list[str] | None = None) -> int:
    args = _plain_ask(sys.argv[1:] if argv is None else argv)
    if args is None:
        args = _parse(argv)

    if args.command == "check":
        from frontends.console import check

        return check(args.data)
    if args.command == "run":
        from frontends.discord_bot.runner import run

        return run(args.data)
    if args.command == "misses":
        from frontends.misses import main as misses_main

        return misses_main(args.log)
    if args.command == "bench":
        from benchmarks.bench import main as bench_main

        return bench_main()
    if args.command == "chart":
        from charts.console import main as chart_main

        return chart_main(args.data, args.target, args.out, args.lang)

    from frontends.compile_cache import kept

    with kept():  # the regexes and dataclass methods compiled by the last run
        from answering.orchestrator import Engine
        from frontends import console
        from knowledge import BaseError

        try:
            engine = Engine.load(args.data)
        except BaseError as error:
            print(f"The fact base is broken; run `python bot.py check`.\n{error}", file=sys.stderr)
            return 2
    if args.command == "ask":
        question = " ".join(args.question).strip()
        return console.ask(engine, [question] if question else [], args.json)
    if args.command == "chat":
        return console.chat(engine)
    return console.timeline(engine.base, product=args.product, person=args.person, when=args.when)


def _parse(argv: list[str] | None):
    import argparse

    parser = argparse.ArgumentParser(prog="bot.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", help="fact base folder (default: knowledge/data)")
    commands = parser.add_subparsers(dest="command", required=True)
    ask = commands.add_parser("ask", help="answer questions (arguments, or one per stdin line)")
    ask.add_argument("question", nargs="*", help="the question; none: read stdin")
    ask.add_argument("--json", action="store_true", help="one JSON object per question")
    commands.add_parser("chat", help="interactive console")
    timeline = commands.add_parser("timeline", help="dated events in order, with status and source")
    timeline.add_argument("--product", help="only this product (autos, steel, cars, ...)")
    timeline.add_argument("--person", help="only events this person took part in")
    timeline.add_argument("--when", help="only this year or month: 2025, 2026-01")
    commands.add_parser("check", help="validate the fact base; exit 2 on problems")
    commands.add_parser("run", help="run the Discord bot (DISCORD_TOKEN)")
    misses = commands.add_parser("misses", help="summarize unanswered questions")
    misses.add_argument("--log", help="the misses log (default: var/misses.jsonl)")
    commands.add_parser("bench", help="speed and scale benchmark")
    chart = commands.add_parser("chart", help="draw a rate history or the pledge as a PNG")
    chart.add_argument("target", help="a product (autos, lumber, ...), all, or pledge")
    chart.add_argument("--out", required=True, help="the PNG file to write")
    chart.add_argument("--lang", choices=("en", "ko"), default="en", help="label language")
    return parser.parse_args(argv)


if __name__ == "__main__":
    # Undecodable bytes on stdin or in argv become U+FFFD / "?" instead of a traceback,
    # whatever the locale: a reply per input line, always.
    for stream in (sys.stdin, sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
