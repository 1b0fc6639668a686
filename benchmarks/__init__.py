"""Speed and scale benchmark (`python bot.py bench`) and its synthetic fact-base generator."""
