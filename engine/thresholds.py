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
base (132 sources), the values unchanged since; where today's sweep favours another value,
the comment says so: the values here are the calibrated ones, moved only with a new sweep.
"""

from __future__ import annotations

# --- Deciding (engine/decide.py) ---------------------------------------------------

# Coverage x fit the best fact needs to answer. Sweep at CLEAR_MARGIN 0.1, shared set plus
# paraphrases (right/wrong): on the one-article base 0.4: 127/2, 0.5: 129/0, 0.6: 127/0
# (README, "How it works"), 0.5 the best; today 0.3: 123/10, 0.4 to 0.7: 124/9.
ANSWER_AT = 0.5

# The lead the best fact needs over the best fact of another group. Same sweep at
# ANSWER_AT 0.5: on the one-article base 0 / 0.05 / 0.1: 129/0, 0.15 / 0.2: 127/0; today
# 0: 125/12, 0.05: 125/10, 0.1: 124/9, 0.15: 122/9, 0.2: 121/9. 0.1 is the smallest
# margin with the fewest wrong.
CLEAR_MARGIN = 0.1

# Above this a close runner-up does not block the answer, and an everyday word the base
# does not know ("decide", "passenger") does not stop it. Set on the one-article base.
# Today, all 843 questions: 0.7: 533/136, 0.75: 524/127, 0.8: 512/117, 0.85: 510/109
# (shared 42/0 throughout), 0.9: 453/55 but the shared set falls to 37/42. 0.85 trades
# two right answers (dispute, ko) for eight fewer wrong (casual, dispute): worth a look.
SURE_AT = 0.8

# Below this nothing is close enough to suggest ("did you mean"). Suggestions are not
# answers, so right/wrong does not move (512/117 from 0.15 to 0.35, with DECISIVE_AT moved
# alike); declines that carry a suggestion today: 0.15: 256, 0.2: 254, 0.25: 249, 0.3:
# 241, 0.35: 233. Each suggestion is also checked to answer (answering/orchestrator).
SUGGEST_AT = 0.25

# Facts of the top fact's group scoring at least this share of its score answer with it
# (one measure's rates, one speaker's words that day). Set on the one-article base; today
# no question in any set changes from 0.5 to 0.9 (512/117 each), so it is unmeasured here;
# tests/test_mutation_kills.py pins the grouping it gives.
GROUP_KEEP = 0.7

# Close candidates of one kind answer with the newest report only when each covers this
# share of the best one's coverage ("when will lawmakers vote?" -> passed March 12, 2026,
# earlier: planned for February). Today, all sets: 0.85: 516/119, 0.9: 514/118, 0.95:
# 512/117, 0.99: 512/115 (casual and dispute one wrong fewer each): 0.99 now gives as many
# right answers and two fewer wrong; 0.85 four more right and two more wrong.
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
# choice): 75 catches all 15 and wrongly matches 10 real words, 80 catches 15 and matches 4
# ("price", "export", "case", "ministry"; the English dictionary guard keeps these), 85
# misses one typo, 90 misses three.
FUZZY_CUTOFF = 80
# A four-letter word must be closer: 88 refuses one changed letter in four (ratio 75:
# "meat" and "meet", "case" and "cash") and accepts one letter left out of a five-letter
# word (ratio 89: "stel" for "steel").
FUZZY_CUTOFF_SHORT = 88

# The same, on Korean words of three syllables or more spelled out letter by letter
# (jamo). Today, all sets: 70 and 75: 510/117 (a right answer lost in ko and in
# dispute_ko each), 80 and 85: 512/117, 90: 511/116 (ko 63/3). 80, the English cutoff, is
# the lowest with the most right.
FUZZY_CUTOFF_KO = 80

# --- Unknown words (engine/spelling.py) --------------------------------------------

# Zipf frequency (log10 per billion words, from wordfreq) at which an English word is
# everyday vocabulary: "decide" 4.8, "passenger" 4.4, "phase" 4.6, "lol" 5.1 pass; names
# and niche goods do not: "kimchi" 2.8, "musk" 3.5, "ramen" 3.4, "meds" 3.6. Measured on
# tests/questions_casual.yaml and questions_dispute.yaml when it was set (commit d5b042c):
# 3.5 lets "elon"/"musk" through, 4.5 blocks "passenger" and "imported". Today, all sets:
# 3.5: 518/123, 3.75: 515/119, 4.0: 512/117, 4.25: 508/106, 4.5: 500/91 (shared 42/0
# throughout; paraphrases 85/6 at 4.5): a higher cutoff now trades few right answers for
# many fewer wrong, worth a look with the casual and dispute floors in mind.
COMMON_ZIPF = 4.0

# --- Autocomplete (answering/orchestrator.py: Discord's question list) -------------

# rapidfuzz fuzz.WRatio score a known question needs to be offered for what has been
# typed (Engine.suggestions_for; frontends/discord_bot/autocomplete.py scores its
# shortlist with it too). Today, of 312 known questions typed from their first 4 / 8 / 16
# letters, 20 to 60 offer the question 98 / 242 / 310 times, 70 only 26 / 235 / 310; for
# text about nothing in the base ("bitcoin price", "best pizza", "lol") 40 offers the full
# 25 each, 60 offers 0 to 1 for three of five. 60 would be as good and quieter.
AUTOCOMPLETE_CUTOFF = 40
