"""Which concept owns each word or phrase: the loader needs it to refuse a synonym
claimed twice, the index to map a question's words to concepts. Computed from the
vocabulary and the people alone, so neither of those two modules imports the other."""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.factbase import PersonFact, Vocabulary
from values.text import stems


@dataclass(frozen=True)
class Owners:
    phrases: dict  # stems tuple -> concept key ("term:tariff", "person:lee-jae-myung")
    clashes: tuple  # (owner, variant, problem): a variant two concepts claim, or no letters


def variant_owners(vocab: Vocabulary, people: list[PersonFact]) -> Owners:
    """Every variant's stems -> the one concept that owns it; clashes are problems."""
    owners: dict[tuple, str] = {}
    clashes = []

    def own(variants, owner):
        for variant in variants:
            key = stems(variant)
            if not key:
                clashes.append((owner, variant, "has no letters or digits"))
                continue
            if owners.get(key, owner) != owner:
                clashes.append((owner, variant, f"already means {owners[key]}"))
            owners[key] = owner

    for concept, variants in vocab.terms.items():
        own(variants, f"term:{concept}")
    for pid, product in vocab.products.items():
        own(product.aliases + (product.name,), f"product:{pid}")
    for place, variants in vocab.places.items():
        own(variants, f"place:{place}")
    for code, variants in vocab.countries.items():
        own(variants, f"country:{code}")
    for name, variants in vocab.foreign.items():
        own(variants, f"foreign:{name}")
    for person in people:
        names = (
            (person.name,)
            + person.aliases
            + tuple(filter(None, [person.name_ko]))
            + person.aliases_ko
        )
        own(names, f"person:{person.id}")
    return Owners(owners, tuple(clashes))
