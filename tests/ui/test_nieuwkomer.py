"""The newcomer's path from her own workbook to a fixed finding (issue 23): finding -> field, open the
workbook, refused edits, re-reading the fixed workbook, the window on a small screen."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl

from tests.io.bouw import kopie, schrijf, voorbeeld_grid, zet_gegeven


def _wacht(qtbot, werker):
    with qtbot.waitSignals([werker.signalen.klaar], timeout=30000, raising=True):
        pass


def _werkboek(tmp_path, naam="mijn.xlsx", **gegevens) -> tuple[Path, dict[str, str]]:
    g = kopie(voorbeeld_grid())
    cellen = {label: zet_gegeven(g, label, waarde) for label, waarde in gegevens.items()}
    return schrijf(g, tmp_path / naam), cellen


def _lees(venster, qtbot, pad):
    werker = venster.bestanden.open_invoer(str(pad))
    _wacht(qtbot, werker)
    qtbot.waitUntil(lambda: not venster.bestanden.bezig.isVisible(), timeout=30000)


def _rijen(tabel):
    return [tabel.model_.rijen[i].gegeven for i in range(tabel.model_.rowCount())]


# -- 1. a finding leads to its field; Werkboek openen opens the workbook --------------------------

def test_enter_op_een_bevinding_kiest_het_veld_in_aannames(venster, qtbot, tmp_path, monkeypatch):
    pad, cellen = _werkboek(tmp_path, **{"Arbeidsmarktregio": "Twnete"})
    venster.show()
    _lees(venster, qtbot, pad)
    view = venster.bevindingenview
    venster.tabs.setCurrentWidget(view)
    rij = next(i for i, b in enumerate(_rijen(view.invoer)) if b.veld == "arbeidsmarktregio")
    bevinding = _rijen(view.invoer)[rij]
    assert bevinding.cel == cellen["Arbeidsmarktregio"] and bevinding.blad == "Gemeente"
    assert view.invoer.model_.index(rij, 3).data() == cellen["Arbeidsmarktregio"]   # the Cel column names it
    view.invoer.setFocus()
    view.invoer.setCurrentIndex(view.invoer.model_.index(rij, 1))
    qtbot.keyClick(view.invoer, Qt.Key.Key_Return)
    assert venster.tabs.currentWidget() is venster.aannames
    tabel = venster.aannames.tabellen[1]
    assert venster.aannames.tabs.currentWidget() is tabel
    index = tabel.currentIndex()
    assert index.siblingAtColumn(0).data() == "Arbeidsmarktregio" and index.column() == 2

    # Werkboek openen: the workbook that was read, at the cell the finding names
    geopend = []
    monkeypatch.setattr("ui.hoofdvenster.QDesktopServices.openUrl", lambda url: geopend.append(url) or True)
    venster.tabs.setCurrentWidget(view)
    view.invoer.setCurrentIndex(view.invoer.model_.index(rij, 1))
    assert view.werkboek_knop.isEnabled()
    view.werkboek_knop.click()
    assert geopend == [QUrl.fromLocalFile(str(pad.resolve()))]
    assert f"cel {cellen['Arbeidsmarktregio']}" in venster.statusBar().currentMessage()


def test_dubbelklik_op_een_modelwaarschuwing_kiest_de_regel_in_het_overzicht(venster, qtbot):
    from model.resultaat import Waarschuwing
    venster.show()
    jaar = venster.resultaat.jaren[1]
    venster.ga_naar_waarschuwing(Waarschuwing("x", "Saldo negatief", "saldo", (jaar,)))
    assert venster.tabs.currentWidget() is venster.overzicht
    index = venster.overzicht.tabel.currentIndex()
    m = venster.overzicht.tabelmodel
    assert index.row() == m.rij_van("saldo") and index.column() == m.kolom_van(jaar)


def test_werkboek_openen_zonder_werkboek_zegt_waarom(venster, antwoorden, monkeypatch):
    geopend = []
    monkeypatch.setattr("ui.hoofdvenster.QDesktopServices.openUrl", lambda url: geopend.append(url) or True)
    assert not venster.bevindingenview.werkboek_knop.isEnabled()   # the Voorbeeldgemeente has no workbook
    assert not venster.open_werkboek(None)
    assert geopend == [] and antwoorden.meldingen[-1][0] == "Werkboek openen"


def test_een_niet_ingelezen_werkboek_staat_in_recente_bestanden_en_opent(venster, qtbot, tmp_path, monkeypatch):
    pad, cellen = _werkboek(tmp_path, "fout.xlsx", **{"Contracturen per week beschut werk": 45})
    _lees(venster, qtbot, pad)
    assert venster.mislukt is not None
    assert venster.instellingen.recent()[0] == str(pad.resolve())
    assert venster.acties.recentmenu.actions()[0].text().endswith("fout.xlsx")
    geopend = []
    monkeypatch.setattr("ui.hoofdvenster.QDesktopServices.openUrl", lambda url: geopend.append(url) or True)
    view = venster.bevindingenview
    rij = next(i for i, b in enumerate(_rijen(view.mislukt)) if b.cel == cellen["Contracturen per week beschut werk"])
    view.mislukt.setCurrentIndex(view.mislukt.model_.index(rij, 1))
    view.mislukt.activated.emit(view.mislukt.currentIndex())   # the failed file has no fields to go to
    assert venster.tabs.currentWidget() is view
    assert "Werkboek openen" in venster.statusBar().currentMessage()
    view.werkboek_knop.click()
    assert geopend == [QUrl.fromLocalFile(str(pad.resolve()))]
