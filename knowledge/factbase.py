"""The loaded fact base: sources, facts and vocabulary, plus the lookups answers need.

Immutable once built, so the Discord front end can swap a whole new base in on
/reload and keep the old one if the new one is broken.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from decimal import Decimal
from typing import Any, ClassVar, Literal, TypeVar, overload

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
    """One sourced statement: what every kind has. Each kind is a subclass below with its
    own named, typed fields (knowledge/schema.py KIND_FIELDS declares them for the files;
    a test holds the two in step), built by the loader: `fact.rate`, never a string key."""

    kind: ClassVar[str] = ""
    id: str
    source: Source
    file: str
    line: int
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
    lines: dict = field(default_factory=dict)  # field name -> its line, for problems

    @property
    def sources(self) -> tuple:
        """Every source of the claim: its own first, then the others that report it. Kept
        on the fact while its source and `also` stay the same objects: a source is hashed
        field by field, and every answer reads the sources of each fact it cites."""
        held = self.__dict__.get("_sources")
        if held is None or held[0] is not self.source or held[1] is not self.also:
            own = (self.source,) if self.source is not None else ()
            held = (self.source, self.also, tuple(dict.fromkeys(own + tuple(self.also))))
            self.__dict__["_sources"] = held
        return held[2]

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
        return ()

    def details(self) -> dict:
        """The kind's own fields by name (what a reload diff compares beyond the text)."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name not in _COMMON}


@dataclass(eq=False)
class RateFact(Fact):
    """A US tariff rate on one product: `rate`, or `old_rate` -> `new_rate`."""

    kind: ClassVar[str] = "rate"
    product: str = ""
    rate: Decimal | None = None
    old_rate: Decimal | None = None
    new_rate: Decimal | None = None
    basis: str | None = None  # a key of schema.BASES
    effective: Day | None = None
    ends: Day | None = None
    by: str | None = None  # person id
    measure: str | None = None  # the fact id of the measure that set it

    @property
    def people(self) -> tuple:
        return (self.by,) if self.by else ()

    def reported_rate(self) -> Decimal:
        """`rate`, or for a change the rate after it: the loader requires `rate`, or both
        `old_rate` and `new_rate`."""
        rate = self.rate if self.rate is not None else self.new_rate
        if rate is None:
            raise ValueError(f"rate fact {self.id} has neither rate nor new_rate")
        return rate

    def change(self) -> tuple[Decimal, Decimal]:
        """(old_rate, new_rate) of a fact that reports a change of rate."""
        if self.old_rate is None or self.new_rate is None:
            raise ValueError(f"rate fact {self.id} reports no change of rate")
        return self.old_rate, self.new_rate


@dataclass(eq=False)
class PledgeFact(Fact):
    """The investment pledge, or a part or term of it (a term has no amount)."""

    kind: ClassVar[str] = "pledge"
    amount: Decimal | None = None
    part_of: str | None = None  # the fact id of the whole pledge
    cap_per_year: Decimal | None = None
    over_years: Decimal | None = None  # the amount is spread over this many years
    people: tuple = ()  # person ids
    # a project's profits, each country's percent: until Korea's investment is recovered,
    # and after ({"US": Decimal(90), "KR": Decimal(10)})
    profits_before_recovery: dict | None = None
    profits_after_recovery: dict | None = None


@dataclass(eq=False)
class EventFact(Fact):
    """Something that happened or is planned: a meeting, a deal, a ruling."""

    kind: ClassVar[str] = "event"
    place: str | None = None
    people: tuple = ()  # person ids
    outcome: dict = field(default_factory=dict)  # language -> sentence
    names: tuple = ()  # what people call it: "the Supreme Court ruling"


@dataclass(eq=False)
class QuoteFact(Fact):
    """Someone's own words, verbatim in `text`."""

    kind: ClassVar[str] = "quote"
    speaker: str = ""  # person id
    context: dict = field(default_factory=dict)  # language -> sentence

    @property
    def people(self) -> tuple:
        return (self.speaker,)


@dataclass(eq=False)
class PersonFact(Fact):
    """A person from people.yaml; `role` is their latest office, `roles` all of them."""

    kind: ClassVar[str] = "person"
    name: str = ""
    role: str = ""
    country: str = ""
    aliases: tuple = ()
    name_ko: str | None = None
    role_ko: str | None = None
    aliases_ko: tuple = ()
    roles: tuple = ()  # Role, oldest first as written

    @property
    def people(self) -> tuple:
        return (self.id,)


F = TypeVar("F", bound=Fact)
FACT_KINDS: dict[str, type[Fact]] = {
    cls.kind: cls for cls in (RateFact, PledgeFact, EventFact, QuoteFact, PersonFact)
}
_COMMON = frozenset(f.name for f in fields(Fact))


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
            and not (isinstance(f, RateFact) and f.measure)
        ]
        return sorted(dated, key=lambda f: f.date.sort_key)

    def fact(self, fact_id: str) -> Fact:
        return self.facts[fact_id]

    def newest(self, fact: F) -> F:
        """Follow `superseded_by` to the fact in force now (of the same kind: the loader
        refuses a fact superseding another kind)."""
        while fact.superseded_by:
            fact = self.facts[fact.superseded_by]
        return fact

    def history(self, fact: F) -> list[F]:
        """The facts this one replaced, newest first (of the same kind)."""
        older = []
        while fact.supersedes:
            fact = self.facts[fact.supersedes]
            older.append(fact)
        return older

    @overload
    def of_kind(self, kind: Literal["rate"]) -> list[RateFact]: ...
    @overload
    def of_kind(self, kind: Literal["pledge"]) -> list[PledgeFact]: ...
    @overload
    def of_kind(self, kind: Literal["event"]) -> list[EventFact]: ...
    @overload
    def of_kind(self, kind: Literal["quote"]) -> list[QuoteFact]: ...
    @overload
    def of_kind(self, kind: Literal["person"]) -> list[PersonFact]: ...
    @overload
    def of_kind(self, kind: str) -> list[Fact]: ...
    def of_kind(self, kind: str) -> list[Any]:
        """The current facts of one kind, typed by kind: of_kind("rate") -> [RateFact]."""
        return list(self._by_kind.get(kind, ()))

    def person_name(self, person_id: str, lang: str = "en") -> str:
        person = self.facts.get(person_id)
        if not isinstance(person, PersonFact):
            return person_id
        if lang == "ko" and person.name_ko:
            return person.name_ko
        return person.name

    def product_name(self, product_id: str) -> str:
        return self.vocabulary.products[product_id].name
