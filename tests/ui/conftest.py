"""The real main window, with settings and data folder in tmp_path and scripted dialog answers."""
from __future__ import annotations

import pytest


class Antwoorden:
    """Scripted answers for the window's questions; records every question and message."""

    def __init__(self):
        self.herstel = "ja"
        self.sluiten = "niet"
        self.twijfel = "nee"
        self.vragen: list[tuple[str, str]] = []
        self.meldingen: list[tuple[str, str]] = []

    def vraag(self, soort, tekst):
        self.vragen.append((soort, tekst))
        return getattr(self, soort)

    def meld(self, titel, tekst):
        self.meldingen.append((titel, tekst))


@pytest.fixture
def antwoorden():
    return Antwoorden()


@pytest.fixture
def maak_venster(qtbot, tmp_path, antwoorden):
    from ui.hoofdvenster import Hoofdvenster
    from ui.instellingen import Instellingen

    def maak(datamap=None, **kw):
        instellingen = Instellingen(tmp_path / "instellingen.ini", datamap or tmp_path / "data")
        venster = Hoofdvenster(instellingen, vraag=antwoorden.vraag, meld=antwoorden.meld, **kw)
        qtbot.addWidget(venster)
        return venster

    return maak


@pytest.fixture
def venster(maak_venster):
    return maak_venster()


@pytest.fixture
def wacht_op(qtbot):
    """Wait until a started worker has reported back. Race-free: the app connects its own handlers before the start,
    whereas a signal connection made afterwards (qtbot.waitSignal) misses a report the worker has already sent."""
    from ui.werkers import loopt

    def wacht(werker, timeout: int = 60000) -> None:
        assert werker is not None
        qtbot.waitUntil(lambda: not loopt(werker), timeout=timeout)
    return wacht
