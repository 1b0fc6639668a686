"""Read every fact file, check it against the schema, and build a FactBase, or refuse.

All problems are collected (not only the first), each with file, line and field, so a
maintainer fixes a whole file in one pass. A base with any problem is never returned.
This module only puts the steps in order; each lives in its own module: files.py (list
and read), fields.py (typed fields), vocabulary.py, sources.py (source records and
facts), people.py, linking.py (references and supersession), checks.py (the base as a
whole).
"""

from __future__ import annotations

from pathlib import Path

from knowledge.checks import check_base
from knowledge.factbase import Fact, FactBase, PersonFact, Source
from knowledge.files import Files, read_files
from knowledge.gcpause import collector_paused
from knowledge.linking import check_refs, link_sources_and_history, owner_file
from knowledge.owners import Owners, variant_owners
from knowledge.paths import DATA_DIR
from knowledge.people import load_people
from knowledge.problems import BaseError, Problem
from knowledge.sources import load_source_file
from knowledge.vocabulary import load_vocabulary


def load_base(data_dir: Path | str = DATA_DIR) -> FactBase:
    """The validated base from the files in data_dir, read now (never the cache: this is
    what `bot.py check` judges), or BaseError listing every problem."""
    return build_base(read_files(Path(data_dir)))[0]


def build_base(files: Files) -> tuple[FactBase, Owners]:
    """The base from files already read, with the word owners the index reuses."""
    with collector_paused():
        return _load_base(files)


def _load_base(files: Files) -> tuple[FactBase, Owners]:
    root = files.root
    problems: list[Problem] = list(files.problems)
    vocab_path, vocab_name, vocab_raw = files.vocabulary
    vocab = load_vocabulary(vocab_raw, vocab_name, problems)

    sources: dict[str, Source] = {}
    facts: dict[str, Fact] = {}
    seen: dict[str, str] = {}  # id -> "file:line" of its first definition
    refs: list[tuple] = []
    for _, name, raw in files.sources:
        refs.extend(load_source_file(name, raw, seen, sources, facts, problems))

    if files.people is not None:
        _, people_name, people_raw = files.people
        refs.extend(load_people(people_raw, people_name, facts, seen, problems))
    owners = Owners({}, ())
    if vocab is not None:
        check_refs(refs, vocab, sources, facts, problems)
        people = [f for f in facts.values() if isinstance(f, PersonFact)]
        owners = variant_owners(vocab, people)
        for owner, variant, message in owners.clashes:
            problems.append(
                Problem(
                    owner_file(owner, vocab_path, root, facts),
                    None,
                    owner,
                    f"{variant!r} {message}",
                )
            )
    link_sources_and_history(facts, sources, problems)
    if not problems:
        problems.extend(check_base(facts, sources))
    if problems or vocab is None:  # a vocabulary that did not load is among the problems
        raise BaseError(problems)
    base = FactBase(
        sources=sources,
        facts=facts,
        vocabulary=vocab,
        files=tuple(name for _, name, _ in files.all),
    )
    return base, owners
