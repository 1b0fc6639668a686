"""Where the bot's facts come from, and as of when: a summary in the text (how many
sources, over which dates, the publishers cited most), every source in the source list,
so the reply never repeats its own source line."""

from __future__ import annotations

from collections import Counter

import phrasebook
from handlers.common import answer
from handlers.rate_state import age_text
from knowledge.factbase import FactBase

MOST_CITED = 4  # publishers named in the text; the source list has them all
MOST_RELAYED = 3  # news agencies named in the text


def handle(q, base: FactBase):
    sources = sorted(base.sources.values(), key=lambda s: s.published.sort_key, reverse=True)
    publishers = Counter(s.publisher for s in sources)
    agencies = Counter(s.cites for s in sources if s.cites)
    named = publishers.most_common(MOST_CITED)
    text = phrasebook.of(q.lang).sources_intro(
        len(sources),
        sources[-1].published if sources else base.as_of,
        base.as_of,
        named,
        len(publishers) - len(named),
        agencies.most_common(MOST_RELAYED),
        sum(agencies.values()),
        age_text(base.as_of, q.lang),
    )
    ans = answer(q, base, [], text, [], 1.0)
    ans.sources = sources
    return ans
