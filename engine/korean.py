"""Korean output helpers, kept importable from here for code written before the
phrasebook: they live in phrasebook/ko.py with the rest of the Korean wording."""

from __future__ import annotations

from phrasebook.ko import (  # noqa: F401
    WEEKDAYS_KO,
    date_ko,
    has_batchim,
    join_ko,
    josa,
    points_ko,
    product_ko,
    product_label_ko,
)
