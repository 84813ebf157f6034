"""Shared fixtures: the Voorbeeldgemeente and the default parameter set."""
from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session")
def parameterset():
    from model.parameters import standaard_parameterset
    return standaard_parameterset()


@pytest.fixture(scope="session")
def voorbeeld():
    from model.invoer import voorbeeldgemeente
    return voorbeeldgemeente()
