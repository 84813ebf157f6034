"""Start the desktop app: ``python main.py`` without arguments calls :func:`start`.

``INFRARAMING_STOP_NA_TEKENEN=1`` quits right after the main window is first painted and
prints ``geschilderd <seconds since start()>`` (used by benchmarks/gui.py for cold start).
"""
from __future__ import annotations

import os
import sys
import time
import traceback

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

_VERTALERS: list[QTranslator] = []


def laad_vertalingen(app: QApplication) -> bool:
    """Dutch texts for Qt's own dialogs and buttons, if Qt ships the translation."""
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    map_ = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    gelukt = False
    for naam in ("qtbase_nl", "qt_nl"):
        vertaler = QTranslator(app)
        if vertaler.load(naam, map_):
            app.installTranslator(vertaler)
            _VERTALERS.append(vertaler)
            gelukt = True
            break
    return gelukt


def maak_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Infraraming")
    app.setOrganizationName("Infraraming")
    app.setApplicationDisplayName("Infraraming")
    laad_vertalingen(app)
    return app


def meld_onverwacht(soort, fout, tb, ouder=None) -> None:
    """Safety net for an error nobody caught: a Dutch sentence, never a traceback in the user's face.

    The details go to stderr for support; the work is kept by the recovery journal.
    """
    traceback.print_exception(soort, fout, tb, file=sys.stderr)
    if QApplication.instance() is None:
        return
    QMessageBox.critical(ouder, "Onverwachte fout",
                         "Er ging iets onverwacht mis. Uw werk is bewaard in het herstelbestand; sla uw project op "
                         f"en start Infraraming opnieuw als er iets niet klopt.\n\n({type(fout).__name__}: {fout})")


class _NaEersteTekening(QObject):
    def __init__(self, begin: float):
        super().__init__()
        self.begin = begin

    def eventFilter(self, obj, event):  # noqa: N802
        if event.type() == QEvent.Type.Paint and self.begin is not None:
            obj.removeEventFilter(self)
            print(f"geschilderd {time.perf_counter() - self.begin:.3f}", flush=True)
            self.begin = None
            QTimer.singleShot(0, QApplication.instance().quit)
        return False


#: Milliseconds after the window is shown before the contained reader starts.
WARM_NA_MS = 500


def start(argv: list[str] | None = None) -> int:
    begin = time.perf_counter()
    from ui.systeem import controleer_scherm
    melding = controleer_scherm()   # Linux without Qt's X11 libraries: say which packages, not Qt's abort
    if melding:
        print(melding, file=sys.stderr)
        return 1
    app = maak_app(argv)
    from ui.hoofdvenster import Hoofdvenster
    from ui.instellingen import Instellingen
    instellingen = Instellingen(os.environ.get("INFRARAMING_INSTELLINGEN") or None,
                                os.environ.get("INFRARAMING_DATAMAP") or None)
    venster = Hoofdvenster(instellingen)
    sys.excepthook = lambda soort, fout, tb: meld_onverwacht(soort, fout, tb, venster)
    bestand = (argv or [])[1:2]
    if bestand:  # a project or input file given on the command line (file association)
        venster.bestanden.open_pad(bestand[0])
    geometrie = instellingen.get("venster")
    if geometrie:
        venster.herstel_geometrie(geometrie)
    if os.environ.get("INFRARAMING_STOP_NA_TEKENEN"):
        filter_ = _NaEersteTekening(begin)
        venster.installEventFilter(filter_)
        venster.tabs.currentWidget().installEventFilter(filter_)
    venster.show()
    from PySide6.QtCore import QTimer

    from model.io.afgeschermd import warm
    # the contained workbook reader starts once the window is painted, so the first Invoer openen is quick
    # without the child's start competing with the window's
    QTimer.singleShot(WARM_NA_MS, warm)
    return app.exec()
