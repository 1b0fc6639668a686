"""Autocomplete for /ask, answered from a list of known questions built once per engine.

Why not `engine.suggestions_for` on every keystroke: it rebuilds the known-question list
(about 0.6 s at 10,000 facts) and scores every question with WRatio (about 24 ms), while
the event loop waits. Here the list, its folded forms and a word index are built once,
when an engine is first asked (`index_for`, a cache keyed by the Engine object, so a
reloaded engine gets its own list and the old one goes with the old engine). A keystroke
then costs a shortlist from the word index (words that start with what was typed, or
close to it for a typo) and WRatio on that shortlist only: well under 5 ms at 10,000
facts (`python bot.py bench` prints the figure).

The same index resolves a "did you mean" button's key back to its question, so buttons
carry a short key, not the question, and still work after a restart.
"""

from __future__ import annotations

import hashlib
import weakref
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable

from rapidfuzz import fuzz, process
from rapidfuzz.utils import default_process

from answering.orchestrator import Engine
from engine.lexicon_ko import HANGUL
from engine.thresholds import AUTOCOMPLETE_CUTOFF

MAX_TYPED = 200  # characters of the box considered
MAX_TOKENS = 8  # typed words considered (the last ones)
SHORTLIST = 120  # questions WRatio scores per keystroke
COMMON = 0.05  # a word in more than this share of questions does not narrow
PREFIX_WORDS = 300  # a prefix matching more words than this does not narrow
TYPO_CUTOFF = 75  # fuzz.ratio for a typed word to stand for a known word
SCORE_CUTOFF = AUTOCOMPLETE_CUTOFF  # as engine.suggestions_for
FALLBACK_CHARS = 60  # of the query, for the whole-list ratio (its cost grows with length)
MAX_WORD = 24  # longer "words" are not looked up as typos (nobody's word is)


def question_key(question: str) -> str:
    """12 hex digits naming a question in a button's custom id (ids are at most 100
    characters; questions can be longer)."""
    return hashlib.sha256(question.encode("utf-8", "surrogatepass")).hexdigest()[:12]


class QuestionIndex:
    """Known questions of one language, searchable per keystroke."""

    def __init__(self, questions: Iterable[str]):
        self.questions: list[str] = list(dict.fromkeys(questions))
        self._folded = [default_process(q) for q in self.questions]
        postings: dict[str, list[int]] = {}
        for number, text in enumerate(self._folded):
            for word in set(text.split()):
                postings.setdefault(word, []).append(number)
        self._postings = postings
        self._words = sorted(postings)
        self._common = max(SHORTLIST, int(len(self.questions) * COMMON))

    def __len__(self) -> int:
        return len(self.questions)

    def search(self, typed: str, limit: int = 25) -> list[str]:
        query = default_process(typed[:MAX_TYPED])
        if not query:
            return self.questions[:limit]
        counts: Counter[int] = Counter()
        for token in dict.fromkeys(query.split()[-MAX_TOKENS:]):
            ids = self._matching(token)
            if ids is not None:
                counts.update(ids)
        shortlist = [number for number, _ in counts.most_common(SHORTLIST)]
        if len(shortlist) < limit:
            # Nothing typed narrows it (only common words, or no word known): the cheap
            # whole-string ratio over all questions finds the rest of the shortlist.
            hits = process.extract(
                query[-FALLBACK_CHARS:],
                self._folded,
                scorer=fuzz.ratio,
                processor=None,
                limit=SHORTLIST,
            )
            seen = set(shortlist)
            shortlist += [hit[2] for hit in hits if hit[2] not in seen]
        scored = []
        for number in shortlist:
            score = fuzz.WRatio(query, self._folded[number], processor=None)
            if score >= SCORE_CUTOFF:
                scored.append((-score, number))
        scored.sort()
        return [self.questions[number] for _, number in scored[:limit]]

    def _matching(self, token: str) -> set[int] | None:
        """Questions with a word starting with `token` (or, for a typo, a word close to
        it); None when the token narrows nothing."""
        if len(token) < 2:
            return None
        words = self._words
        start = bisect_left(words, token)
        found: set[int] = set()
        for position in range(start, min(len(words), start + PREFIX_WORDS + 1)):
            word = words[position]
            if not word.startswith(token):
                break
            if position - start >= PREFIX_WORDS:
                return None
            posting = self._postings[word]
            if len(posting) > self._common:  # "the", "what": decided before copying
                return None
            found.update(posting)
            if len(found) > self._common:
                return None
        if not found and 4 <= len(token) <= MAX_WORD:
            for word, _, _ in process.extract(
                token, words, scorer=fuzz.ratio, limit=3, score_cutoff=TYPO_CUTOFF
            ):
                found.update(self._postings[word])
        if not found or len(found) > self._common:
            return None
        return found


class Autocomplete:
    """Both languages' indexes for one engine, and the key -> question map for buttons."""

    def __init__(self, engine: Engine):
        self.by_lang = {lang: QuestionIndex(engine.known_questions(lang)) for lang in ("en", "ko")}
        self.by_key = {
            question_key(q): q for index in self.by_lang.values() for q in index.questions
        }

    def search(self, typed: str, limit: int = 25) -> list[str]:
        lang = "ko" if HANGUL.search(typed) else "en"
        return self.by_lang[lang].search(typed, limit)

    def question(self, key: str) -> str | None:
        return self.by_key.get(key)


_INDEXES: weakref.WeakKeyDictionary[Engine, Autocomplete] = weakref.WeakKeyDictionary()


def index_for(engine: Engine) -> Autocomplete:
    """The engine's autocomplete, built on first use and kept as long as the engine is."""
    index = _INDEXES.get(engine)
    if index is None:
        index = _INDEXES[engine] = Autocomplete(engine)
    return index
