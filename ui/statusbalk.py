"""The status bar's note that the shown figures include filled-in or defaulted values (REKENREGELS §3, §7).

The note is a flat button: its tooltip lists the values concerned, a click opens them in
the Bevindingen tab. It is hidden when the result has no such info findings.
"""
from __future__ import annotations

from PySide6.QtWidgets import QToolButton

INFO = "info"
TEKST = "Bevat aangevulde waarden — zie Bevindingen"
MAX_IN_TIP = 12


def aangevuld(resultaat) -> tuple:
    """The result's info findings: values the model filled in or defaulted."""
    return tuple(w for w in (resultaat.waarschuwingen if resultaat is not None else ()) if w.ernst == INFO)


class AanvullingNotitie(QToolButton):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setText(TEKST)
        self.setAutoRaise(True)
        self.setAccessibleName("Bevat aangevulde waarden; openen in Bevindingen")
        self.hide()

    def toon(self, resultaat) -> None:
        info = aangevuld(resultaat)
        self.setVisible(bool(info))
        regels = [f"• {w.tekst}" for w in info[:MAX_IN_TIP]]
        if len(info) > MAX_IN_TIP:
            regels.append(f"… en nog {len(info) - MAX_IN_TIP}")
        self.setToolTip("De getoonde bedragen rekenen met waarden die het model heeft aangevuld of met een "
                        "standaardwaarde heeft ingevuld:\n" + "\n".join(regels) + "\n\nKlik om ze in Bevindingen te zien.")
