"""Every threshold the engine decides by, each with the measurement behind it.

`python -m benchmarks.calibrate` (about 1.5 minutes on 2 CPUs) sweeps them: ANSWER_AT x
CLEAR_MARGIN and the typo cutoff over the shared set plus tests/questions_paraphrases.yaml
(137 questions; the README's table is this sweep on the one-article base), and each of the others alone over every question set
(843: shared 42, paraphrases 95, casual 287, dispute 255, dispute_ko 96, ko 68). A wrong
answer is the worst outcome, so a value is meant to have the fewest wrong answers, then
the most right, without losing the shared set (gate: 95%, none wrong).

The modules that use a cutoff import its name (`from engine.thresholds import ANSWER_AT`);
the sweep sets it on that module (`decide.ANSWER_AT`), which is the name it reads.

Figures marked "today" are right/wrong counts from the run of 2026-11-30 on the shipped
base (115 sources), the values unchanged since; where today's sweep favours another value,
the comment says so: the values here are the calibrated ones, moved only with a new sweep.
"""

from __future__ import annotations

# --- Deciding (engine/decide.py) ---------------------------------------------------

# Coverage x fit the best fact needs to answer. Sweep at CLEAR_MARGIN 0.1, shared set plus
# paraphrases (right/wrong): on the one-article base 0.4: 127/2, 0.5: 129/0, 0.6: 127/0
# (README, "How it works"), 0.5 the best; today 0.3: 122/11, 0.4 to 0.7: 123/10.
ANSWER_AT = 0.5

# The lead the best fact needs over the best fact of another group. Same sweep at
# ANSWER_AT 0.5: on the one-article base 0 / 0.05 / 0.1: 129/0, 0.15 / 0.2: 127/0; today
# 0: 122/15, 0.05: 124/11, 0.1: 123/10, 0.15: 121/10, 0.2: 120/10. 0.1 is the smallest
# margin with the fewest wrong.
CLEAR_MARGIN = 0.1

# Above this a close runner-up does not block the answer, and an everyday word the base
# does not know ("decide", "passenger") does not stop it. Set on the one-article base.
# Today, all 843 questions: 0.7: 490/151, 0.75: 484/145, 0.8: 474/137, 0.85: 473/130
# (shared 42/0 throughout), 0.9: 427/66 but the shared set falls to 37/42. 0.85 trades
# one right answer for seven fewer wrong (casual, dispute): worth a look.
SURE_AT = 0.8

# Below this nothing is close enough to suggest ("did you mean"). Suggestions are not
# answers, so right/wrong does not move (474/137 from 0.15 to 0.35, with DECISIVE_AT moved
# alike); declines that carry a suggestion today: 0.15: 265, 0.2: 263, 0.25: 257, 0.3:
# 253, 0.35: 246. Each suggestion is also checked to answer (answering/orchestrator).
SUGGEST_AT = 0.25

# Facts of the top fact's group scoring at least this share of its score answer with it
# (one measure's rates, one speaker's words that day). Set on the one-article base; today
# no question in any set changes from 0.5 to 0.9 (474/137 each), so it is unmeasured here;
# tests/test_mutation_kills.py pins the grouping it gives.
GROUP_KEEP = 0.7

# Close candidates of one kind answer with the newest report only when each covers this
# share of the best one's coverage ("when will lawmakers vote?" -> passed March 12, 2026,
# earlier: planned for February). Today, all sets: 0.85: 478/138, 0.9: 475/137, 0.95:
# 474/137, 0.99: 475/135 (casual and dispute one wrong fewer each): 0.99 now gives one
# more right answer and two fewer wrong.
NEWEST_COVERAGE = 0.95

# --- Ranking (engine/match.py) -----------------------------------------------------

# Once a candidate scores this, rank() skips facts that cannot reach it: decide() never
# uses a candidate below SUGGEST_AT when one reaches it (answering needs ANSWER_AT >=
# DECISIVE_AT + CLEAR_MARGIN; a group keeps GROUP_KEEP x ANSWER_AT >= DECISIVE_AT).
# Not tuned but derived: it equals SUGGEST_AT, and tests/test_bench_generate.py checks
# these relations and that pruning decides as scoring every fact does. Pruning is part of
# what took 10,000 facts from p50 21 ms to 0.58 ms a question (README, "Performance").
DECISIVE_AT = 0.25

# --- Typos (engine/parse.py, engine/lexicon_ko.py) ---------------------------------

# rapidfuzz fuzz.ratio cutoff for a word left over to match a vocabulary word. Sweep of
# 15 typos and 30 real words against today's vocabulary (the README cites the same
# choice): 75 catches all 15 and wrongly matches 9 real words, 80 catches 15 and matches 4
# ("price", "export", "case", "ministry"; the English dictionary guard keeps these), 85
# misses one typo, 90 misses three.
FUZZY_CUTOFF = 80
# A four-letter word must be closer: 88 refuses one changed letter in four (ratio 75:
# "meat" and "meet", "case" and "cash") and accepts one letter left out of a five-letter
# word (ratio 89: "stel" for "steel").
FUZZY_CUTOFF_SHORT = 88

# The same, on Korean words of three syllables or more spelled out letter by letter
# (jamo). Today, all sets: 70 and 75: 472/137 (a right answer lost in ko and in
# dispute_ko each), 80 and 85: 474/137, 90: 473/136 (ko 61/5). 80, the English cutoff, is
# the lowest with the most right.
FUZZY_CUTOFF_KO = 80

# --- Unknown words (engine/spelling.py) --------------------------------------------

# Zipf frequency (log10 per billion words, from wordfreq) at which an English word is
# everyday vocabulary: "decide" 4.8, "passenger" 4.4, "phase" 4.6, "lol" 5.1 pass; names
# and niche goods do not: "kimchi" 2.8, "musk" 3.5, "ramen" 3.4, "meds" 3.6. Measured on
# tests/questions_casual.yaml and questions_dispute.yaml (README, "Casual questions"):
# 3.5 lets "elon"/"musk" through, 4.5 blocks "passenger" and "imported". Today, all sets:
# 3.5: 481/146, 3.75: 477/141, 4.0: 474/137, 4.25: 472/124, 4.5: 467/106 (shared 42/0
# throughout; paraphrases 84/7 at 4.5): a higher cutoff now trades few right answers for
# many fewer wrong, worth a look with the casual set's floor in mind.
COMMON_ZIPF = 4.0

# --- Autocomplete (answering/orchestrator.py: Discord's question list) -------------

# rapidfuzz fuzz.WRatio score a known question needs to be offered for what has been
# typed (Engine.suggestions_for; frontends/discord_bot/autocomplete.py scores its
# shortlist with it too). Today, of 295 known questions typed from their first 4 / 8 / 16
# letters, 20 to 60 offer the question 97 / 232 / 293 times, 70 only 26 / 225 / 293; for
# text about nothing in the base ("bitcoin price", "best pizza", "lol") 40 offers the full
# 25 each, 60 offers 0 to 1 for three of five. 60 would be as good and quieter.
AUTOCOMPLETE_CUTOFF = 40
