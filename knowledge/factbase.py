"""The loaded fact base: sources, facts and vocabulary, plus the lookups answers need.

Immutable once built, so the Discord front end can swap a whole new base in on
/reload and keep the old one if the new one is broken.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from knowledge.schema import NOT_IN_EFFECT
from values.dates import Day


@dataclass(frozen=True)
class Source:
    id: str
    publisher: str
    title: str
    published: Day
    cites: str | None = None
    url: str | None = None
    file: str | None = None
    language: str | None = None

    def short(self) -> str:
        """'Korea Herald, February 21, 2026': for "reports differ" lines."""
        return f"{self.publisher}, {self.published.text(weekday=False)}"

    def citation(self) -> str:
        """Anadolu Agency, "S. Korea, US fail ...", January 30, 2026 (citing Yonhap News)."""
        text = f'{self.publisher}, "{self.title}", {self.published.text(weekday=False)}'
        return text + (f" (citing {self.cites})" if self.cites else "")

    def as_json(self) -> dict:
        return {
            "publisher": self.publisher,
            "title": self.title,
            "date": self.published.iso(),
            "url": self.url,
            "cites": self.cites,
        }


@dataclass(frozen=True)
class Variant:
    """Another version of a claim (reports differ), with the sources that give it.
    `sources` holds ids until the loader links them to Source records."""

    text: dict  # language -> sentence
    sources: tuple

    def says(self, lang: str = "en") -> str:
        return self.text.get(lang) or self.text.get("en") or ""


@dataclass(frozen=True)
class Role:
    """An office a person held, from when to when, and who reports it."""

    title: str
    title_ko: str | None
    start: Day | None
    end: Day | None
    sources: tuple
    seen: Day | None = None  # no start known: reported in office on this day

    def held_on(self, day: Day) -> bool:
        starts = self.start is None or self.start.sort_key <= day.sort_key
        return starts and (self.end is None or day.sort_key < self.end.sort_key)


@dataclass(eq=False)
class Fact:
    """One sourced statement. Kind-specific fields (rates, names, amounts) live in `data`."""

    id: str
    kind: str
    source: Source
    file: str
    line: int
    data: dict
    text: dict = field(default_factory=dict)  # language -> sentence
    question: dict = field(default_factory=dict)  # language -> a question it answers
    keywords: tuple = ()
    status: str | None = None
    date: Day | None = None
    date_text: str | None = None
    as_of: Day | None = None
    supersedes: str | None = None
    superseded_by: str | None = None
    also: tuple = ()  # other sources reporting the same claim
    differ: tuple = ()  # Variant: other versions, when reports disagree

    @property
    def sources(self) -> tuple:
        """Every source of the claim: its own first, then the others that report it."""
        own = (self.source,) if self.source is not None else ()
        return tuple(dict.fromkeys(own + tuple(self.also)))

    def get(self, name: str, default=None):
        return self.data.get(name, default)

    def says(self, lang: str = "en") -> str:
        """The fact's sentence in lang, else in English; "" when it has none (a person)."""
        return self.text.get(lang) or self.text.get("en") or ""

    def asks(self, lang: str = "en") -> str | None:
        return self.question.get(lang) or self.question.get("en")

    @property
    def in_effect(self) -> bool:
        return self.status not in NOT_IN_EFFECT

    @property
    def people(self) -> tuple:
        """Every person the fact involves, for matching names in a question."""
        found = list(self.data.get("people", ()))
        for key in ("by", "speaker"):
            if self.data.get(key):
                found.append(self.data[key])
        if self.kind == "person":
            found.append(self.id)
        return tuple(dict.fromkeys(found))


@dataclass(frozen=True)
class Product:
    id: str
    name: str
    aliases: tuple
    name_ko: str | None = None  # the Korean name answers in Korean use


@dataclass
class Vocabulary:
    terms: dict  # concept -> variants
    products: dict  # id -> Product
    places: dict  # id -> variants
    countries: dict  # code -> variants
    foreign: dict  # country name -> variants; the sources say nothing about them
    lines: dict = field(default_factory=dict)  # (section, name) -> line, for errors


@dataclass
class FactBase:
    sources: dict  # id -> Source
    facts: dict  # id -> Fact, superseded ones included (the history)
    vocabulary: Vocabulary
    files: tuple = ()

    def __post_init__(self) -> None:
        self.current = [f for f in self.facts.values() if not f.superseded_by]
        self._by_kind: dict[str, list[Fact]] = {}  # handlers ask per question
        for fact in self.current:
            self._by_kind.setdefault(fact.kind, []).append(fact)
        # The newest source's day: every answer's "as of". A base always has a source
        # (load_base refuses a folder without source files and a file without its record).
        if not self.sources:
            raise ValueError("a fact base needs at least one source")
        self.as_of: Day = max(
            (s.published for s in self.sources.values()), key=lambda d: d.sort_key
        )

    def timeline(self) -> list[Fact]:
        """Every dated event and rate report, oldest first; a rate set by a measure is left
        to the measure's own event, which tells it once. Console and Discord list these."""
        dated = [
            f
            for f in self.current
            if f.date is not None
            and f.kind in ("event", "rate")
            and not (f.kind == "rate" and f.get("measure"))
        ]
        return sorted(dated, key=lambda f: f.date.sort_key)

    def fact(self, fact_id: str) -> Fact:
        return self.facts[fact_id]

    def newest(self, fact: Fact) -> Fact:
        """Follow `superseded_by` to the fact in force now."""
        while fact.superseded_by:
            fact = self.facts[fact.superseded_by]
        return fact

    def history(self, fact: Fact) -> list[Fact]:
        """The facts this one replaced, newest first."""
        older = []
        while fact.supersedes:
            fact = self.facts[fact.supersedes]
            older.append(fact)
        return older

    def of_kind(self, kind: str) -> list[Fact]:
        return list(self._by_kind.get(kind, ()))

    def person_name(self, person_id: str, lang: str = "en") -> str:
        person = self.facts.get(person_id)
        if person is None:
            return person_id
        if lang == "ko" and person.get("name_ko"):
            return person.get("name_ko")
        return person.get("name")

    def product_name(self, product_id: str) -> str:
        return self.vocabulary.products[product_id].name

    def money(self, fact: Fact, name: str) -> Decimal | None:
        return fact.get(name)
