"""Where the bot's facts come from, and as of when."""

from __future__ import annotations

import phrasebook
from handlers.common import answer
from knowledge.factbase import FactBase


def handle(q, base: FactBase):
    sources = sorted(base.sources.values(), key=lambda s: s.published.sort_key, reverse=True)
    cited = "; ".join(s.citation() for s in sources)
    text = phrasebook.of(q.lang).sources_intro(len(sources), cited, base.as_of)
    ans = answer(q, base, [], text, [], 1.0)
    ans.sources = sources
    return ans
