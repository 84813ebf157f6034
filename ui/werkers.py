"""Work off the GUI thread: reading a workbook, writing an export. Results come back as signals."""
from __future__ import annotations

import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class WerkerSignalen(QObject):
    voortgang = Signal(int, str)      # percentage, Dutch text
    klaar = Signal(object)            # the function's return value
    mislukt = Signal(str)             # Dutch message


class Werker(QRunnable):
    """Runs ``functie(voortgang)`` in the thread pool; ``voortgang(pct, tekst)`` may be called from it."""

    def __init__(self, functie: Callable[[Callable[[int, str], None]], Any]):
        super().__init__()
        self.functie = functie
        self.signalen = WerkerSignalen()
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            uitkomst = self.functie(lambda pct, tekst="": self.signalen.voortgang.emit(int(pct), str(tekst)))
        except Exception as fout:  # shown as a Dutch message, never a traceback dialog
            traceback.print_exc()
            self.signalen.mislukt.emit(str(fout) or type(fout).__name__)
            return
        self.signalen.klaar.emit(uitkomst)


_LOPEND: set[Werker] = set()


def start(werker: Werker) -> Werker:
    """Start in the global pool; the werker is kept alive until it reports back."""
    _LOPEND.add(werker)
    werker.signalen.klaar.connect(lambda *_: _LOPEND.discard(werker))
    werker.signalen.mislukt.connect(lambda *_: _LOPEND.discard(werker))
    QThreadPool.globalInstance().start(werker)
    return werker


def loopt(werker: Werker) -> bool:
    """Whether the worker has not reported back yet (its signal not yet handled on the GUI thread)."""
    return werker in _LOPEND
