"""Measure the matcher's thresholds and typo cutoffs, and the naive approach beside it.

    python -m benchmarks.calibrate

Prints, over the shared question set plus tests/questions_paraphrases.yaml:
- accuracy and wrong answers for a sweep of ANSWER_AT x CLEAR_MARGIN,
- typo corrections caught vs real words wrongly "corrected" for a sweep of the
  rapidfuzz fuzz.ratio cutoff (FUZZY_CUTOFF),
- the naive process.extractOne(question, phrasings, scorer=fuzz.WRatio) at several cutoffs;
then, over every question set (shared and tests/questions_*.yaml), each other threshold
swept alone (right/wrong per set and in all, declines carrying a suggestion), and the
autocomplete cutoff (a known question found from its first letters; questions offered).
The thresholds live in engine/thresholds.py, each with the figures that chose it: fewest
wrong answers first, then most right.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import yaml
from rapidfuzz import fuzz, process

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from answering import orchestrator as engine_module  # noqa: E402
from answering.orchestrator import Engine  # noqa: E402
from engine import decide, lexicon_ko, match, parse, spelling, thresholds  # noqa: E402

SETS = [
    ROOT.parent / "shared" / "eval" / "questions.yaml",
    ROOT / "tests" / "questions_paraphrases.yaml",
]
ALL_SETS = SETS + sorted(
    p for p in (ROOT / "tests").glob("questions_*.yaml") if p.name != "questions_paraphrases.yaml"
)
# Each threshold swept alone: (modules whose name the engine reads, name, values). The
# modules import the name from engine/thresholds.py, so each holds its own binding.
EACH: list[tuple[tuple[ModuleType, ...], str, list[float]]] = [
    ((decide,), "SURE_AT", [0.7, 0.75, 0.8, 0.85, 0.9]),
    # rank() prunes below DECISIVE_AT, which must not exceed SUGGEST_AT: moved together
    ((decide, match), "SUGGEST_AT", [0.15, 0.2, 0.25, 0.3, 0.35]),
    ((decide,), "GROUP_KEEP", [0.5, 0.6, 0.7, 0.8, 0.9]),
    ((decide,), "NEWEST_COVERAGE", [0.85, 0.9, 0.95, 0.99]),
    ((decide,), "THIN_BELOW", [1.5, 1.75, 2.0, 2.05, 2.25, 2.5]),
    ((match,), "LONE_BELOW", [2.0, 2.25, 2.5, 2.75, 3.0]),
    ((spelling,), "COMMON_ZIPF", [3.5, 3.75, 4.0, 4.25, 4.5]),
    ((lexicon_ko,), "FUZZY_CUTOFF_KO", [70, 75, 80, 85, 90]),
]
TYPOS = {
    "tarrif": "tariff",
    "lumbr": "lumber",
    "lutnik": "lutnick",
    "secretery": "secretary",
    "pharmacuticals": "pharmaceutical",
    "shipbulding": "shipbuilding",
    "automobles": "automobile",
    "invesment": "investment",
    "installmnts": "installment",
    "reciprocl": "reciprocal",
    "memorandm": "memorandum",
    "legislture": "legislature",
    "tarif": "tariff",
    "wahsington": "washington",
    "annoucned": "announced",
}
REAL_WORDS = [
    "world",
    "steel",
    "price",
    "weather",
    "meat",
    "export",
    "exports",
    "hyundai",
    "samsung",
    "chips",
    "cash",
    "case",
    "dead",
    "vote",
    "note",
    "words",
    "instructions",
    "lumber",
    "timber",
    "lawyers",
    "minister",
    "ministry",
    "shipping",
    "shopping",
    "invested",
    "interest",
    "rates",
    "dates",
    "pledged",
    "placed",
]


def _judge():
    spec = importlib.util.spec_from_file_location(
        "score", ROOT.parent / "shared" / "eval" / "score.py"
    )
    if spec is None or spec.loader is None:
        raise SystemExit("cannot load ../shared/eval/score.py, where the judge comes from")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.judge


def _items(sets: list[Path] = SETS) -> list[dict]:
    return [
        item
        for path in sets
        if path.exists()
        for item in yaml.safe_load(path.read_text(encoding="utf-8"))
    ]


def score(engine, items, judge) -> tuple[int, int]:
    right = wrong = 0
    for item in items:
        reply = engine.ask(item["q"]).as_json()
        reason = judge(item, reply)
        right += reason is None
        wrong += reason not in (None, "declined")
    return right, wrong


def sweep_thresholds(engine, items, judge) -> None:
    print(f"\nANSWER_AT x CLEAR_MARGIN over {len(items)} questions (right/wrong):")
    saved = decide.ANSWER_AT, decide.CLEAR_MARGIN
    margins = [0.0, 0.05, 0.1, 0.15, 0.2]
    print("  ANSWER_AT " + "".join(f"  margin {m:<5}" for m in margins))
    for answer_at in [0.3, 0.4, 0.5, 0.6, 0.7]:
        cells = []
        for margin in margins:
            decide.ANSWER_AT, decide.CLEAR_MARGIN = answer_at, margin
            right, wrong = score(engine, items, judge)
            cells.append(f"{right:>5}/{wrong:<8}")
        print(f"  {answer_at:<9} " + "".join(f"  {c:<12}" for c in cells))
    decide.ANSWER_AT, decide.CLEAR_MARGIN = saved
    print(f"  shipped: ANSWER_AT={saved[0]}, CLEAR_MARGIN={saved[1]}")


def sweep_fuzzy(engine) -> None:
    words = engine.lexicon.fuzzy_words
    print(
        f"\nfuzz.ratio cutoff: typos caught (of {len(TYPOS)}) / real words mis-corrected "
        f"without the dictionary guard (of {len(REAL_WORDS)})"
    )
    for cutoff in [70, 75, 80, 85, 90]:
        caught = sum(
            1
            for typo, meant in TYPOS.items()
            if (hit := process.extractOne(typo, words, scorer=fuzz.ratio, score_cutoff=cutoff))
            and hit[0].startswith(meant[:5])
        )
        wrongly = [
            w
            for w in REAL_WORDS
            if w not in engine.lexicon.phrases.get((w,), "")
            and (hit := process.extractOne(w, words, scorer=fuzz.ratio, score_cutoff=cutoff))
            and (w,) not in engine.lexicon.phrases
            and parse.stem(w) != hit[0]
        ]
        print(f"  {cutoff}: {caught:>2} caught, {len(wrongly):>2} real words matched {wrongly[:6]}")
    print(
        f"  shipped: FUZZY_CUTOFF={parse.FUZZY_CUTOFF} (4-letter words "
        f"{parse.FUZZY_CUTOFF_SHORT}), and real English words are never corrected"
    )


def naive(engine, items, judge) -> None:
    phrasings, owners = [], []
    for fact in engine.base.current:
        for text in [fact.asks(), fact.says()]:
            if text:
                phrasings.append(text)
                owners.append(fact)
    print("\nnaive process.extractOne(question, phrasings, scorer=fuzz.WRatio):")
    for cutoff in [0, 60, 70, 80, 86, 90]:
        right = wrong = 0
        for item in items:
            hit = process.extractOne(item["q"], phrasings, scorer=fuzz.WRatio, score_cutoff=cutoff)
            fact = owners[hit[2]] if hit else None
            reply = {
                "answered": bool(hit),
                "answer": fact.says() if fact else "",
                "sources": [1] if hit else [],
            }
            reason = judge(item, reply)
            right += reason is None
            wrong += reason not in (None, "declined")
        print(
            f"  cutoff {cutoff:>2}: {right}/{len(items)} right ({100 * right / len(items):.0f}%), {wrong} wrong"
        )
    right, wrong = score(engine, items, judge)
    print(
        f"  this engine:  {right}/{len(items)} right ({100 * right / len(items):.0f}%), {wrong} wrong"
    )


def _set_threshold(modules: tuple, name: str, value: float) -> None:
    for module in modules:
        setattr(module, "DECISIVE_AT" if module is match and name == "SUGGEST_AT" else name, value)
    if name == "COMMON_ZIPF":  # the shipped word table holds one cutoff; others ask wordfreq
        spelling.TABLE_HEADER = f"# wordfreq en zipf >= {value}"
        spelling._common_table.cache_clear()
    spelling.is_common.cache_clear()  # remembers each word's verdict


def sweep_each(engine, judge) -> None:
    sets = [(p.name, _items([p])) for p in ALL_SETS if p.exists()]
    total = sum(len(items) for _, items in sets)
    print(f"\nEach threshold alone over every set ({total} questions), right/wrong:")
    print("  " + " " * 22 + "".join(f"{name[10:-5] or 'shared':>13}" for name, _ in sets))
    for modules, name, values in EACH:
        shipped = getattr(thresholds, name)
        for value in values:
            _set_threshold(modules, name, value)
            cells, right_all, wrong_all, suggested = [], 0, 0, 0
            for _, items in sets:
                right = wrong = 0
                for item in items:
                    reply = engine.ask(item["q"]).as_json()
                    reason = judge(item, reply)
                    right += reason is None
                    wrong += reason not in (None, "declined")
                    suggested += not reply["answered"] and bool(reply["suggestions"])
                cells.append(f"{right}/{wrong}")
                right_all, wrong_all = right_all + right, wrong_all + wrong
            mark = "*" if value == shipped else " "
            print(
                f"  {name:>15} {value:<5}{mark}"
                + "".join(f"{c:>13}" for c in cells)
                + f"   all {right_all}/{wrong_all}, {suggested} declines suggest"
            )
        _set_threshold(modules, name, shipped)
    print("  (* shipped)")


def sweep_autocomplete(engine) -> None:
    """A known question typed from its first letters: is it offered (of 25), and how many
    questions are offered; and how many for text about nothing in the base."""
    questions = engine.known_questions("en")
    unrelated = ["bitcoin price", "weather in seoul", "best pizza", "hello there", "lol"]
    saved = engine_module.AUTOCOMPLETE_CUTOFF
    print(f"\nautocomplete: fuzz.WRatio cutoff over {len(questions)} known questions")
    print("  cutoff  found from 4 / 8 / 16 letters   offered (mean)   offered for unrelated")
    for cutoff in [20, 30, 40, 50, 60, 70]:
        engine_module.AUTOCOMPLETE_CUTOFF = cutoff
        found, offered = [], []
        for n in (4, 8, 16):
            hits = [engine.suggestions_for(q[:n]) for q in questions]
            found.append(sum(q in h for q, h in zip(questions, hits)))
            offered.append(sum(map(len, hits)) / len(hits))
        noise = [len(engine.suggestions_for(text)) for text in unrelated]
        mark = "*" if cutoff == saved else " "
        print(
            f"  {cutoff:<5}{mark}  {' / '.join(map(str, found)):<28}"
            f"  {' / '.join(f'{o:.0f}' for o in offered):<15}  {noise}"
        )
    engine_module.AUTOCOMPLETE_CUTOFF = saved


def main() -> int:
    engine, judge, items = Engine.load(), _judge(), _items()
    sweep_thresholds(engine, items, judge)
    sweep_fuzzy(engine)
    naive(engine, items, judge)
    sweep_each(engine, judge)
    sweep_autocomplete(engine)
    return 0


if __name__ == "__main__":
    sys.exit(main())
