"""Shared fixtures: the Voorbeeldgemeente and the default parameter set."""
from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Property tests draw new examples on every developer run; CI (HYPOTHESIS_PROFILE=ci) draws the same
# examples every time, so a change lands or not on its own merits. benchmarks/fuzz_werkboek.py explores
# thousands of fresh damaged workbooks.
from hypothesis import settings  # noqa: E402

settings.register_profile("ci", derandomize=True, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(scope="session")
def parameterset():
    from model.parameters import standaard_parameterset
    return standaard_parameterset()


@pytest.fixture(scope="session")
def voorbeeld():
    from model.invoer import voorbeeldgemeente
    return voorbeeldgemeente()
