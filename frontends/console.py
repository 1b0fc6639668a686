"""The console front end: `bot.py ask`, `chat`, `timeline` and `check`, no Discord needed."""

from __future__ import annotations

import logging
import sys
from collections import Counter

import phrasebook
from answering.orchestrator import Engine
from engine.answer import Answer
from engine.lexicon_ko import HANGUL
from knowledge import DATA_DIR, BaseError, FactBase
from knowledge.factbase import RateFact

log = logging.getLogger(__name__)


def render_text(answer: Answer) -> str:
    """The answer as a person reads it, then its source line or suggestions."""
    lines = [answer.text]
    if answer.working:
        lines.append("  " + "\n  ".join(answer.working))
    if answer.answered:
        lines.append(answer.source_line())
    elif answer.suggestions:
        label = phrasebook.of(answer.lang).did_you_mean
        lines.append(label + "\n" + "\n".join(f"  - {s}" for s in answer.suggestions))
    return "\n".join(lines)


def render_json(answer: Answer) -> str:
    import json  # only --json needs it

    return json.dumps(answer.as_json(), ensure_ascii=False)


def answer_safely(engine: Engine, question: str, previous: Answer | None = None) -> Answer:
    """The engine's answer; a bug while answering is logged (stderr) and the person gets
    an apology, never a traceback, and the next question is still answered."""
    try:
        return engine.ask(question, previous)
    except Exception as error:
        # one line for the person at the console; the traceback only at debug level
        log.error("could not answer %r: %r", question[:200], error)
        log.debug("traceback", exc_info=True)
        lang = "ko" if HANGUL.search(question) else "en"
        return Answer(
            question=question, answered=False, text=phrasebook.of(lang).discord.apology, lang=lang
        )


def ask(engine: Engine, questions: list[str], as_json: bool, out=sys.stdout) -> int:
    """Answer the given questions, or one per stdin line; one reply per question, in order."""
    render = render_json if as_json else render_text
    if questions:
        for question in questions:
            print(render(answer_safely(engine, question)), file=out)
        return 0
    for line in sys.stdin:
        question = line.rstrip("\n")
        print(render(answer_safely(engine, question)), file=out, flush=True)
    return 0


def chat(engine: Engine, stdin=sys.stdin, out=sys.stdout) -> int:
    """Prompt, answer, repeat; a short follow-up ("and lumber?") reuses the last topic."""
    interactive = stdin.isatty()
    previous = None
    if interactive:
        print("Ask about the South Korea–US tariff dispute (Ctrl-D to quit).", file=out)
    while True:
        if interactive:
            print("> ", end="", file=out, flush=True)
        line = stdin.readline()
        if not line:
            if interactive:
                print(file=out)
            return 0
        if not line.strip():
            continue
        answer = answer_safely(engine, line.strip(), previous)
        previous = answer
        print(render_text(answer) + "\n", file=out, flush=True)


def timeline_entries(base: FactBase) -> list[tuple]:
    """(date, status, text, source) for every dated current fact, oldest first."""
    return [_entry(fact) for fact in base.timeline()]


def _entry(fact) -> tuple:
    return (fact.date, fact.status or "happened", fact.says() or "", fact.source)


def timeline_filter(
    base: FactBase, product: str | None = None, person: str | None = None, when: str | None = None
) -> list[tuple]:
    """The timeline cut to one product, one person, a year ("2025") or a month ("2026-01").
    A product or person may be named as people type it ("cars", "Lutnick", "러트닉")."""
    from values.text import fold

    wanted_product = _find(base, product, "product") if product else None
    wanted_person = _find(base, person, "person") if person else None
    out = []
    for fact in base.timeline():
        day, status, text, source = _entry(fact)
        if (
            wanted_product
            and not (isinstance(fact, RateFact) and fact.product == wanted_product)
            and fold(base.product_name(wanted_product)) not in fold(text)
        ):
            continue
        if wanted_person and wanted_person not in fact.people:
            continue
        if when and not day.iso().startswith(when):
            continue
        out.append((day, status, text, source))
    return out


def _find(base: FactBase, name: str, kind: str) -> str:
    """A product or person id from what was typed; ValueError listing the known ones."""
    from values.text import fold

    typed = fold(name).strip()
    if kind == "product":
        for pid, product in base.vocabulary.products.items():
            if typed in {pid, fold(product.name), *map(fold, product.aliases)}:
                return pid
        known = ", ".join(base.vocabulary.products)
    else:
        for fact in base.of_kind("person"):
            names = {
                fact.id,
                fold(fact.name),
                *map(fold, fact.aliases),
                *map(fold, fact.aliases_ko),
                fold(fact.name_ko or ""),
            }
            if typed in names or typed in fold(fact.name).split():
                return fact.id
        known = ", ".join(sorted(f.name for f in base.of_kind("person")))
    raise ValueError(f"no {kind} called {name!r}; known: {known}")


def timeline(
    base: FactBase,
    out=sys.stdout,
    product: str | None = None,
    person: str | None = None,
    when: str | None = None,
) -> int:
    try:
        entries = timeline_filter(base, product, person, when)
    except ValueError as error:
        print(error, file=sys.stderr)
        return 2
    for day, status, text, source in entries:
        print(
            f"{day.text():<32} [{phrasebook.of('en').status.get(status, status)}] {text}", file=out
        )
        print(f"{'':<32} Source: {source.citation()}", file=out)
    return 0


def summary(base: FactBase) -> str:
    kinds = Counter(f.kind for f in base.current)
    superseded = len(base.facts) - len(base.current)
    lines = [
        f"Fact base OK: {len(base.facts)} facts ({len(base.current)} current, "
        f"{superseded} superseded) from {len(base.sources)} source(s); "
        f"as of {base.as_of.text(weekday=False)}.",
        "  " + ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())),
        f"  vocabulary: {len(base.vocabulary.terms)} concepts, "
        f"{len(base.vocabulary.products)} products, "
        f"{len(base.vocabulary.foreign)} out-of-scope countries",
    ]
    for source in sorted(base.sources.values(), key=lambda s: s.published.sort_key):
        lines.append(f"  source {source.id}: {source.citation()}")
    # Per-file counts: a file saved only in part loads cleanly, with fewer facts than
    # the maintainer expects; the count is where it shows.
    per_file = Counter(f.file for f in base.facts.values())
    lines.append("  facts per file:")
    lines += [f"    {name}: {per_file[name]}" for name in base.files if name in per_file]
    return "\n".join(lines)


def check(data_dir=None, out=sys.stdout, err=sys.stderr) -> int:
    """Validate the base; 0 when clean, 2 with every problem listed. Never from the
    cache: `check` must judge the files as they are on disk now."""
    from knowledge import load_base  # the loader and PyYAML: not needed to answer

    try:
        base = load_base(data_dir or DATA_DIR)
    except BaseError as error:
        print(f"Fact base refused: {len(error.problems)} problem(s)", file=err)
        for problem in error.problems:
            print(f"  {problem}", file=err)
        return 2
    print(summary(base), file=out)
    return 0
