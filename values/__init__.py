"""Value types every layer shares: days, money and rates, folded text.

The bottom of the house: these modules import nothing from the project, so the fact
base, the engine, the handlers and the front ends can all use them without a loop."""
