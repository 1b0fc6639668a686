"""The lookups the matcher needs, built once per loaded base.

Every vocabulary variant, product alias and person alias is folded to a tuple of word
stems and mapped to one concept key ("term:tariff", "product:autos",
"person:kim-jung-kwan", ...). Each fact gets the set of concepts it is about, from its
keywords, its fields and the words of its own text, with an IDF weight per concept so
that "korea" (in every fact) counts for little and "shipbuilding" for a lot.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from knowledge.factbase import EventFact, Fact, FactBase, PersonFact, RateFact
from knowledge.gcpause import collector_paused
from knowledge.owners import Owners, variant_owners
from values.text import asked_key, stems

# Concepts a fact of each kind is about even when its text does not say so.
KIND_CONCEPTS = {
    "rate": ("term:tariff", "term:rate", "term:product", "term:in effect"),
    "pledge": ("term:pledge", "term:invest", "term:breakdown"),
    "quote": ("term:say",),
    "person": ("term:people", "term:role"),
}
NEUTRAL = ("country:",)  # every fact is about South Korea and the US
FUZZY_MIN_LEN = 4


@dataclass
class Lexicon:
    phrases: dict  # stems tuple -> concept key
    longest: int
    fuzzy_words: list  # single stems open to typo-tolerant matching
    fuzzy_keys: list  # their concept keys, same order
    fact_concepts: dict  # fact id -> {concept: weight}
    idf: dict  # concept -> weight
    postings: dict  # concept -> [fact ids]
    # Precomputed for the matcher's inner loop (engine/match.py rank):
    own: dict = field(default_factory=dict)  # fact id -> sum of idf x weight
    people: dict = field(default_factory=dict)  # fact id -> frozenset of person ids
    # Each current fact's own questions (asked_key -> fact id, the first fact wins):
    # built here so the cache serves them instead of every process folding them again.
    own_questions: dict = field(default_factory=dict)


def concepts_in(word_stems: tuple, phrases: dict, longest: int) -> list[tuple[str, int, int]]:
    """(concept, start, end) for the longest known phrases in a run of stems."""
    starting = _sizes_by_first(phrases)
    found, i, count = [], 0, len(word_stems)
    while i < count:
        # only the sizes of the phrases starting with this stem are looked up, longest
        # first (none: the stem is passed over without a lookup)
        sizes = starting.get(word_stems[i])
        if sizes:
            room = min(longest, count - i)
            for size in sizes:
                if size <= room:
                    key = phrases.get(word_stems[i : i + size])
                    if key:
                        found.append((key, i, i + size))
                        i += size
                        break
            else:
                i += 1
        else:
            i += 1
    return found


_BY_FIRST: dict = {}


def _sizes_by_first(phrases: dict) -> dict:
    """First stem -> the sizes of the phrases starting with it, longest first, once per
    phrases dict (a question's words are looked up for every parse; most start no
    phrase at all, and most that do start phrases of one or two sizes)."""
    cached = _BY_FIRST.get(id(phrases))
    if cached is None or cached[0] is not phrases:
        sizes: dict = {}
        for key in phrases:
            if key:
                sizes.setdefault(key[0], set()).add(len(key))
        cached = (phrases, {first: tuple(sorted(s, reverse=True)) for first, s in sizes.items()})
        _BY_FIRST.clear()
        _BY_FIRST[id(phrases)] = cached
    return cached[1]


def build_lexicon(base: FactBase, owners: Owners | None = None) -> Lexicon:
    """The lookups for base; owners when the loader has them already (open_base)."""
    with collector_paused():
        return _build_lexicon(base, owners)


def _build_lexicon(base: FactBase, given: Owners | None) -> Lexicon:
    if given is None:
        given = variant_owners(
            base.vocabulary, [f for f in base.facts.values() if isinstance(f, PersonFact)]
        )
    owners = given.phrases
    longest = max((len(k) for k in owners), default=1)
    single = sorted(
        (k[0], v)
        for k, v in owners.items()
        if len(k) == 1 and len(k[0]) >= FUZZY_MIN_LEN and not v.startswith("foreign:")
    )
    # A quote's context (where it was said) lets a question find it, but is not what the
    # quote is about: it counts in neither the IDF weights nor the fact's own weight.
    core = {f.id: _concepts_of(f, base, owners, longest) for f in base.current}
    fact_concepts = {f.id: _with_context(f, core[f.id], owners, longest) for f in base.current}
    df: dict[str, int] = {}
    postings: dict[str, list] = {}
    for concepts in core.values():
        for concept in concepts:
            df[concept] = df.get(concept, 0) + 1
    for fid, concepts in fact_concepts.items():
        for concept in concepts:
            postings.setdefault(concept, []).append(fid)
    total = max(len(fact_concepts), 1)
    idf = {c: math.log(1 + total / n) for c, n in df.items()}
    top = max(idf.values(), default=1.0)
    for c in postings:
        idf.setdefault(c, top)  # a concept only a context names: as rare as the rarest
    own = {fid: sum(idf[c] * w for c, w in concepts.items()) for fid, concepts in core.items()}
    people_of = {f.id: frozenset(f.people) for f in base.current}
    own_questions: dict[str, str] = {}
    for fact in base.current:
        for asked in fact.question.values():
            own_questions.setdefault(asked_key(asked), fact.id)
    return Lexicon(
        owners,
        longest,
        [w for w, _ in single],
        [k for _, k in single],
        fact_concepts,
        idf,
        postings,
        own,
        people_of,
        own_questions,
    )


TITLE_WEIGHT = 0.8  # an office a person held, for "who was acting president in January?"
CONTEXT_WEIGHT = 0.4  # where a quote was said: below its own words (0.6)


def _with_context(fact: Fact, concepts: dict, owners: dict, longest: int) -> dict:
    """A quote's concepts with those of its context, where it was said ("in his address
    to a joint session of Congress", "in a post on Truth Social"): what tells one quote of
    a person from another."""
    context = getattr(fact, "context", None)
    if not context:
        return concepts
    weights = dict(concepts)
    for lang_text in context.values():
        for key, _, _ in concepts_in(stems(lang_text), owners, longest):
            if key and not key.startswith(NEUTRAL + ("foreign:",)):
                weights[key] = max(weights.get(key, 0.0), CONTEXT_WEIGHT)
    return weights


def _concepts_of(fact: Fact, base: FactBase, owners: dict, longest: int) -> dict:
    weights: dict[str, float] = {}

    def add(key, weight):
        if key and not key.startswith(NEUTRAL + ("foreign:",)):
            weights[key] = max(weights.get(key, 0.0), weight)

    for lang_text in fact.text.values():
        for key, _, _ in concepts_in(stems(lang_text), owners, longest):
            add(key, 0.6)
    for key in KIND_CONCEPTS.get(fact.kind, ()):
        add(key, 1.0)
    for keyword in fact.keywords:
        add(f"term:{keyword}", 1.0)
    for person in fact.people:
        add(f"person:{person}", 1.0)
    if isinstance(fact, RateFact) and fact.product:
        add(f"product:{fact.product}", 1.0)
    if isinstance(fact, EventFact) and fact.place:
        add(f"place:{fact.place}", 1.0)
    if isinstance(fact, RateFact) and fact.new_rate is not None:
        add("term:hike", 1.0)
    if fact.status in ("announced", "threatened"):
        add("term:announce", 1.0)
    if isinstance(fact, PersonFact):
        # Every office they held, not only the latest: "acting president in January 2025"
        # is Choi Sang-mok, though he is reported as finance minister since.
        titles = [fact.role, *(r.title for r in fact.roles if r.title != fact.role)]
        for title in titles:
            for key, _, _ in concepts_in(stems(title), owners, longest):
                add(key, 0.6)
            # The office itself, not what the parentheses tell of it ("(wrote the majority
            # in the IEEPA ruling)"): what the person is, as a fact's keywords are.
            for key, _, _ in concepts_in(stems(re.sub(r"\([^)]*\)", " ", title)), owners, longest):
                add(key, TITLE_WEIGHT)
    return weights
