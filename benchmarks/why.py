"""Why the bot answered, suggested or declined: the parse, the ranked candidates and the
decision, for a maintainer tuning the matcher.

    python -m benchmarks.why "which law did trump use for the reciprocal tariffs?"
"""

from __future__ import annotations

import sys

from answering.orchestrator import Engine
from engine.decide import decide
from engine.match import rank


def explain(engine: Engine, question: str) -> str:
    q = engine.parse(question)
    lines = [
        f"Q: {question}",
        f"  text={q.text!r} lang={q.lang} asks={sorted(q.asks)}",
        f"  concepts={ {k: round(v, 2) for k, v in q.concepts.items()} }",
        f"  unknown={q.unknown} blocking={q.blocking} time={q.time}",
    ]
    ranked = rank(q, engine.base, engine.lexicon)
    for c in ranked[:6]:
        said = (c.fact.says(q.lang) or "").replace("\n", " ")[:90]
        lines.append(
            f"  {c.score:.3f} cov={c.coverage:.2f} spec={c.specific:.2f} "
            f"{c.fact.kind}:{c.fact.id} | {said}"
        )
    d = decide(q, ranked)
    lines.append(f"  decision={d.action} reason={d.reason!r} score={d.score:.3f}")
    answer = engine.ask(question)
    lines.append(f"  reply answered={answer.answered}: {answer.text[:200]!r}")
    return "\n".join(lines)


def main(argv: list[str]) -> None:
    engine = Engine.load()
    questions = argv or [line.strip() for line in sys.stdin if line.strip()]
    for question in questions:
        print(explain(engine, question))


if __name__ == "__main__":
    main(sys.argv[1:])
