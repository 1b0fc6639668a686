"""Synthetic fact bases for the benchmark: realistic in shape, never real facts.

`write_base(n, folder)` writes a data folder in the shipped format (vocabulary.yaml plus
one YAML file per source under sources/) holding about n facts: people (Korean and US
officials), tariff rates on many product groups, investment pledges to named programs,
meetings in cities around the world, and quotes. It returns a `World` with questions
generated from the facts (each tagged with the fact it must retrieve) and questions the
base cannot answer (products it has no rate for, people it does not know, countries it
does not cover).

Everything is deterministic for a given (n, seed). The folder must be outside
knowledge/data: these facts are invented and must never be shipped.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from values.text import stems

SHIPPED_VOCABULARY = (
    Path(__file__).resolve().parent.parent / "knowledge" / "data" / "vocabulary.yaml"
)
FACTS_PER_SOURCE = 25  # the loader reads at most 500 files; 10,000 facts -> 400

MATERIALS = """copper aluminum zinc nickel titanium tin cobalt lithium graphite silicon
bamboo rubber leather cotton wool silk linen nylon polyester ceramic glass marble granite
porcelain cement plastic vinyl carbon fiber paper cardboard cork walnut maple oak pine
cedar rattan wicker jute hemp wax resin epoxy enamel chrome brass bronze pewter tungsten
magnesium manganese vanadium platinum silver gold pearl ivory coral amber quartz slate
basalt clay gypsum asphalt foam gel crystal velvet denim canvas felt kelp seaweed ginseng
kimchi tofu soybean barley rice wheat corn oat sesame pepper garlic onion cabbage radish
pear apple citrus grape melon berry tuna squid shrimp oyster abalone salmon anchovy""".split()
FORMS = """wire pipes sheets rods bars tubes cables panels tiles blocks boards bolts nuts
screws springs valves pumps fittings filters bearings gears chains hooks hinges locks
containers bottles jars boxes bags sacks mats rugs curtains towels gloves helmets boots
toys tools kits parts modules sensors chips displays batteries motors engines turbines
fans heaters coolers lamps lenses mirrors frames furniture fabrics yarn thread rope
netting powder paste oil extract sauce snacks noodles flour syrup juice""".split()
KO_FAMILY = """Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn
Song Yoo Hong Jeon Ko Moon Yang Son Bae Baek Heo Nam Noh Ha Kwak Sung Cha Joo Woo Min
Ryu Na Jin Ji Eom Chae Won Cheon Bang Gong Hyun""".split()
KO_SYLLABLES = """min jun seo yeon ji hoon woo jin hye soo young eun kyung sung ho tae
dong hyun jae won sang chul hee na ra bin ha yun do gyu""".split()
US_FIRST = """James Mary Robert Patricia Michael Jennifer David Linda Richard Elizabeth
Joseph Barbara Thomas Susan Charles Jessica Daniel Sarah Matthew Karen Anthony Nancy
Mark Lisa Steven Betty Paul Margaret Andrew Sandra Joshua Ashley Kenneth Kimberly Kevin
Emily Brian Donna George Michelle Timothy Carol Ronald Amanda Jason Melissa Jeffrey
Deborah Ryan Stephanie Jacob Rebecca Gary Sharon Nicholas Laura Eric Cynthia Jonathan
Kathleen Larry Amy Justin Angela Scott Shirley Brandon Anna Benjamin Brenda Samuel
Pamela Gregory Emma Alexander Nicole Frank Helen Raymond Samantha""".split()
US_LAST = """Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez
Hernandez Lopez Gonzalez Wilson Anderson Taylor Thomas Moore Jackson Martin Thompson
White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Scott Torres
Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts
Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales
Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos
Cox Ward Richardson Watson Brooks Chavez Bennett Gray Mendoza Ruiz Hughes Price Alvarez
Castillo Sanders Patel Myers Ross Foster Jimenez""".split()
KO_ROLES = [
    "Trade Minister",
    "Deputy Trade Minister",
    "Finance Minister",
    "Vice Finance Minister",
    "chief trade negotiator",
    "presidential policy adviser",
    "Ambassador to the US",
    "Agriculture Minister",
    "Science Minister",
    "Deputy Industry Minister",
    "National Security Adviser",
    "Foreign Minister",
    "SMEs Minister",
]
US_ROLES = [
    "Trade Representative",
    "Deputy Trade Representative",
    "Treasury Secretary",
    "Deputy Commerce Secretary",
    "Agriculture Secretary",
    "Ambassador to South Korea",
    "Under Secretary for Trade",
    "senior trade adviser",
    "Senator",
    "Congresswoman",
    "Congressman",
    "Assistant Secretary of State",
    "National Economic Council director",
]
CITIES = """Geneva Singapore Jakarta Hanoi Bangkok Manila Sydney Melbourne Auckland Honolulu
Anchorage Seattle Portland Denver Chicago Detroit Atlanta Houston Dallas Phoenix Boston
Miami Nashville Austin Pittsburgh Busan Incheon Daegu Daejeon Gwangju Ulsan Suwon Changwon
Jeju Sejong Pohang Gumi London Paris Berlin Madrid Rome Vienna Zurich Oslo Stockholm
Helsinki Warsaw Prague Lisbon Dublin Istanbul Dubai Doha Riyadh Cairo Nairobi Lagos
Johannesburg Mumbai Delhi Bangalore Karachi Dhaka Colombo Santiago Lima Bogota Quito
Montevideo Caracas Havana Panama Kingston Reykjavik Tallinn Riga Vilnius Sofia Bucharest
Athens Budapest Brasilia Rio""".split()
PROGRAM_NOUNS = [
    "fund",
    "initiative",
    "program",
    "facility",
    "partnership",
    "corridor",
    "project",
    "venture",
]
PUBLISHERS = [
    "Harbor Wire",
    "Eastbridge Daily",
    "Pacific Ledger",
    "Trade Monitor Asia",
    "Capital Dispatch",
    "Seoul Economic Review",
    "Northwind News",
    "Meridian Times",
]
QUOTES = [
    "We will keep talking until both sides are satisfied.",
    "There is still a gap between our positions.",
    "The talks were constructive and we expect progress soon.",
    "Our industries need certainty about tariffs.",
    "We will respond calmly and firmly to any new tariffs.",
    "Nothing has been decided yet.",
    "We remain committed to the investment package.",
]
QUOTE_KEYWORDS = [
    ["talks", "continue"],
    ["talks"],
    ["talks", "outcome"],
    ["tariff"],
    ["tariff"],
    ["outcome"],
    ["invest", "pledge"],
]


class _NoAliases(yaml.SafeDumper):
    """The loader refuses anchors and aliases, so never write them."""

    def ignore_aliases(self, data):
        return True


def _dump(data) -> str:
    return yaml.dump(data, Dumper=_NoAliases, sort_keys=False, allow_unicode=True, width=100)


@dataclass
class World:
    folder: Path
    n_facts: int
    questions: list = field(default_factory=list)  # (question, fact id)
    out_of_base: list = field(default_factory=list)  # (question, category)


def _date(rng: random.Random) -> str:
    year = rng.choice((2025, 2026))
    month = rng.randint(3, 12) if year == 2025 else rng.randint(1, 6)
    return f"{year}-{month:02d}-{rng.randint(1, 28):02d}"


def _synthetic_words(rng: random.Random, n: int, taken: set) -> list[str]:
    """Pronounceable invented words (program names) that are not in the vocabulary."""
    onsets = "b br c d dr f g gr k l m n p pr r s st t tr v z".split()
    vowels = "a e i o u ae ia io".split()
    codas = "n r l s x th nd rn".split()
    out: list[str] = []
    while len(out) < n:
        word = "".join(rng.choice(onsets) + rng.choice(vowels) for _ in range(rng.randint(2, 3)))
        word += rng.choice(codas)
        if word not in taken and len(word) >= 6:
            taken.add(word)
            out.append(word.capitalize())
    return out


def _names(rng: random.Random, n: int, taken: set) -> list[tuple[str, str]]:
    """(full name, country) pairs with distinct word stems."""
    out: list[tuple[str, str]] = []
    while len(out) < n:
        if rng.random() < 0.5:
            a, b = rng.sample(KO_SYLLABLES, 2)
            name, country = f"{rng.choice(KO_FAMILY)} {a.capitalize()}-{b}", "KR"
        else:
            name, country = f"{rng.choice(US_FIRST)} {rng.choice(US_LAST)}", "US"
        key = stems(name)
        if key not in taken:
            taken.add(key)
            out.append((name, country))
    return out


def _slug(text: str) -> str:
    return "-".join(stems(text))


def write_base(n_facts: int, folder: Path | str, seed: int = 0) -> World:
    """Write a generated base of about n_facts facts into folder; the questions with it."""
    rng = random.Random(seed)
    folder = Path(folder)
    (folder / "sources").mkdir(parents=True, exist_ok=True)
    for old in (folder / "sources").glob("*.yaml"):
        old.unlink()
    shipped = yaml.safe_load(SHIPPED_VOCABULARY.read_text(encoding="utf-8"))
    taken_stems: set[tuple[str, ...]] = set()
    for section in ("terms", "places", "countries", "foreign_countries"):
        for variants in shipped[section].values():
            taken_stems.update(stems(str(v)) for v in variants)

    n_people = max(8, n_facts * 15 // 100)
    n_quotes = n_facts * 10 // 100
    n_meetings = n_facts * 25 // 100
    n_pledges = n_facts * 15 // 100
    n_rates = n_facts - n_people - n_quotes - n_meetings - n_pledges

    products = [f"{m} {f}" for m in MATERIALS for f in FORMS]
    rng.shuffle(products)
    n_held_out = max(5, n_rates // 10)
    products = [p for p in products if stems(p) not in taken_stems][: n_rates + n_held_out]
    if len(products) < n_rates + n_held_out:
        raise ValueError(f"{n_facts} facts need more product names than the generator has")
    rated, held_out = products[:n_rates], products[n_rates:]
    names = _names(rng, n_people + 40, taken_stems)
    people, unknown_people = names[:n_people], names[n_people:]
    programs = [
        f"{w} {rng.choice(PROGRAM_NOUNS)}"
        for w in _synthetic_words(rng, n_pledges, {s[0] for s in taken_stems if len(s) == 1})
    ]
    cities = [c for c in CITIES if stems(c) not in taken_stems]

    vocabulary = {
        "terms": dict(shipped["terms"]),
        "products": {_slug(p): {"name": p, "aliases": [p]} for p in products},
        "places": {_slug(c): [c.lower()] for c in cities},
        "countries": shipped["countries"],
        "foreign_countries": shipped["foreign_countries"],
    }
    world = World(folder, n_facts)
    facts: list[dict] = []
    registry: list[dict] = []  # people.yaml: each person once
    person_ids = []
    for name, country in people:
        pid = _slug(name)
        person_ids.append(pid)
        role = rng.choice(KO_ROLES if country == "KR" else US_ROLES)
        where = "South Korea's" if country == "KR" else "the US"
        registry.append(
            {
                "id": pid,
                "name": name,
                "country": country,
                "roles": [{"title": role, "sources": ["gen-0000"]}],
                "text": f"{name} is {where} {role}.",
                "question": f"Who is {name}?",
            }
        )
        world.questions.append(
            (rng.choice([f"Who is {name}?", f"who's {name}", f"Who is {name} exactly?"]), pid)
        )
    for product in rated:
        fid = f"rate-{_slug(product)}"
        fact: dict[str, object] = {
            "id": fid,
            "kind": "rate",
            "product": _slug(product),
            "date": _date(rng),
            "question": f"What is the US tariff on South Korean {product}?",
        }
        if rng.random() < 0.5:
            fact.update(rate=rng.choice([0, 2.5, 5, 8, 10, 15]), status="in_effect")
        else:
            old_rate = rng.choice([0, 5, 10, 15])
            fact.update(
                old_rate=old_rate,
                new_rate=old_rate + rng.choice([5, 10, 15, 25]),
                status=rng.choice(["announced", "threatened", "in_effect"]),
                by=rng.choice(person_ids),
            )
        facts.append(fact)
        world.questions.append(
            (
                rng.choice(
                    [
                        f"What is the tariff on Korean {product}?",
                        f"What's the US duty on South Korean {product}?",
                        f"tariff rate for korean {product}",
                        f"How high is the tariff on {product} from Korea?",
                    ]
                ),
                fid,
            )
        )
    for program in programs:
        key = _slug(program)
        vocabulary["terms"][key] = [program.lower(), program.split()[0].lower()]
        fid = f"pledge-{key}"
        amount = rng.choice([1, 2, 3, 5, 7, 10, 12, 15, 20, 25])
        facts.append(
            {
                "id": fid,
                "kind": "pledge",
                "amount": f"${amount} billion",
                "date": _date(rng),
                "keywords": ["invest", "pledge", key],
                "text": f"South Korea pledged ${amount} billion to the {program}, part of "
                f"its investment in the US in exchange for lower tariffs.",
                "question": f"How much did South Korea pledge to the {program}?",
            }
        )
        world.questions.append(
            (
                rng.choice(
                    [
                        f"How much did South Korea pledge to the {program}?",
                        f"How much money goes to the {program}?",
                        f"What is the size of the {program} pledge?",
                    ]
                ),
                fid,
            )
        )
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < n_meetings:
        a, b = rng.sample(range(len(person_ids)), 2)
        pairs.add((min(a, b), max(a, b)))
    for i, (a, b) in enumerate(sorted(pairs)):
        pa, pb = person_ids[a], person_ids[b]
        na, nb = people[a][0], people[b][0]
        city = rng.choice(cities)
        fid = f"meeting-{i}"
        day = _date(rng)
        facts.append(
            {
                "id": fid,
                "kind": "event",
                "date": day,
                "status": "happened",
                "place": _slug(city),
                "people": [pa, pb],
                "keywords": ["meet", "talks"],
                "text": f"{na} met {nb} in {city} on {day} for talks on tariffs.",
                "question": f"When did {na} meet {nb}?",
            }
        )
        world.questions.append(
            (
                rng.choice(
                    [
                        f"When did {na} meet {nb}?",
                        f"Where did {na} and {nb} meet?",
                        f"When did {na} and {nb} hold talks?",
                    ]
                ),
                fid,
            )
        )
    speakers = rng.sample(range(len(person_ids)), min(n_quotes, len(person_ids)))
    for i, s in enumerate(speakers):
        which = rng.randrange(len(QUOTES))
        fid = f"quote-{i}"
        facts.append(
            {
                "id": fid,
                "kind": "quote",
                "speaker": person_ids[s],
                "date": _date(rng),
                "context": "to reporters",
                "keywords": QUOTE_KEYWORDS[which],
                "text": QUOTES[which],
            }
        )
        world.questions.append(
            (
                rng.choice(
                    [f"What did {people[s][0]} say?", f"What did {people[s][0]} tell reporters?"]
                ),
                fid,
            )
        )

    order = list(range(len(facts)))
    rng.shuffle(order)
    for start in range(0, len(order), FACTS_PER_SOURCE):
        number = start // FACTS_PER_SOURCE
        source = {
            "id": f"gen-{number:04d}",
            "publisher": rng.choice(PUBLISHERS),
            "title": f"Synthetic report {number} on Korea-US tariff talks",
            "published": "2026-06-30",
        }
        chunk = [facts[i] for i in order[start : start + FACTS_PER_SOURCE]]
        text = "# GENERATED by benchmarks/generate.py: invented facts, never ship them.\n" + _dump(
            {"source": source, "facts": chunk}
        )
        (folder / "sources" / f"gen-{number:04d}.yaml").write_text(text, encoding="utf-8")
    (folder / "people.yaml").write_text(
        "# GENERATED by benchmarks/generate.py\n" + _dump({"people": registry}), encoding="utf-8"
    )
    (folder / "vocabulary.yaml").write_text(
        "# GENERATED by benchmarks/generate.py\n" + _dump(vocabulary), encoding="utf-8"
    )

    for product in held_out[:20]:
        world.out_of_base.append(
            (f"What is the tariff on Korean {product}?", "product with no rate")
        )
    for name, _ in unknown_people[:20]:
        world.out_of_base.append((f"Who is {name}?", "unknown person"))
    for product in rated[:20]:
        nation = rng.choice(["Japanese", "Chinese", "Canadian", "Mexican"])
        world.out_of_base.append((f"What is the tariff on {nation} {product}?", "foreign country"))
    for product in held_out[20:40] or held_out[:20]:
        world.out_of_base.append(
            (f"How much did Korea pledge for {product} bitcoin?", "unknown words")
        )
    return world
