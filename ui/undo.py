"""Undo: every edit swaps one immutable project Toestand for another, so undo/redo are exact."""
from __future__ import annotations

from typing import Callable

from PySide6.QtGui import QUndoCommand

from model.project import Toestand


class ToestandCommando(QUndoCommand):
    """One user edit. ``zet`` applies a Toestand to the window (recalculates and redraws)."""

    def __init__(self, tekst: str, oud: Toestand, nieuw: Toestand, zet: Callable[[Toestand], None]):
        super().__init__(tekst)
        self.oud, self.nieuw, self._zet = oud, nieuw, zet

    def redo(self) -> None:
        self._zet(self.nieuw)

    def undo(self) -> None:
        self._zet(self.oud)
