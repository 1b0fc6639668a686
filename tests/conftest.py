"""Shared fixtures: one engine on the shipped base, paths to the shared eval set."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

from answering.orchestrator import Engine  # noqa: E402


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine.load()


@pytest.fixture(scope="session")
def ask(engine):
    """ask(question) -> Answer, on the shipped base."""
    return engine.ask
