"""The tab Risico's in the main window: register with computed gevolgen, edits recalculate, ratio and class."""
from __future__ import annotations

import json
import os

import pytest

from model.opmaak import euro, getal
from model.risico.register import bereken_gevolgen, meegeleverd_register
from model.risico.simulatie import klasse
from ui.views.risicos import K_GEVOLG, K_KANS, K_NAAM, K_VERWACHT


def _tab(venster, qtbot):
    view = venster.risicos
    venster.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.analyse is not None, timeout=20_000)
    return view


def _rij(view, naam):
    return next(r for r in range(view.register.rowCount()) if view.register.item(r, K_NAAM).text() == naam)


def _wacht_op_nieuwe(view, qtbot, actie):
    with qtbot.waitSignal(view.berekend, timeout=20_000):
        actie()


def test_register_met_berekende_gevolgen(venster, qtbot):
    view = _tab(venster, qtbot)
    assert view.register.rowCount() == 9
    verwacht = {r.naam: r for r in bereken_gevolgen(meegeleverd_register(), venster.project.invoer)}
    for naam, r in verwacht.items():
        assert view.register.item(_rij(view, naam), K_GEVOLG).text() == getal(r.gevolg), naam
    s = view.analyse.simulatie
    assert s.trekkingen == 10_000 and s.zaad == 1 and s.zekerheid == 90
    assert "in 90 van de 100 gesimuleerde gevallen" in view.ratio.text()
    assert euro(s.benodigd[90]) in view.ratio.text()
    assert "Beschikbare weerstandscapaciteit" in view.ratio.text()   # what to fill in
    assert view.tabel.model_.rowCount() == 8
    assert view.analyse.bandbreedte.jaren == venster.resultaat.jaren
    if os.environ.get("INFRARAMING_SCHERMAFDRUK"):
        venster.resize(1600, 1000)
        qtbot.wait(200)
        venster.grab().save(os.environ["INFRARAMING_SCHERMAFDRUK"])
        view.inhoud.grab().save(os.environ["INFRARAMING_SCHERMAFDRUK"].replace(".png", "_inhoud.png"))


def test_bewerking_rekent_opnieuw_en_blijft_in_het_project(venster, qtbot):
    view = _tab(venster, qtbot)
    rij = _rij(view, "Normering gemeentefonds")
    _wacht_op_nieuwe(view, qtbot, lambda: view.register.item(rij, K_KANS).setText("40 %"))
    _wacht_op_nieuwe(view, qtbot, lambda: view.register.item(_rij(view, "Normering gemeentefonds"), K_GEVOLG)
                     .setText("200.000"))
    rij = _rij(view, "Normering gemeentefonds")
    assert view.register.item(rij, K_VERWACHT).text() == getal(0.4 * 100_000)   # uniform: half the gevolg
    assert view.analyse.simulatie.verwachting == pytest.approx(
        sum(r.verwachte_waarde for r in view.analyse.register))
    bewaard = json.loads(venster.project.ui["risico"])
    assert bewaard["rijen"] == [{"naam": "Normering gemeentefonds", "kans": 0.4, "gevolg": 200_000.0,
                                 "verdeling": None, "toelichting": None, "beheersmaatregel": None}]
    assert venster.gewijzigd

    # the beschikbare capaciteit gives the ratio and its class
    view.beschikbaar.setText("€ 1.500.000")
    _wacht_op_nieuwe(view, qtbot, view.beschikbaar.editingFinished.emit)
    s = view.analyse.simulatie
    assert s.ratio == pytest.approx(1_500_000 / s.benodigd[90])
    assert f"klasse {klasse(s.ratio)[0]}" in view.ratio.text()

    # a wrong value is refused in words and the value in use comes back
    rij = _rij(view, "Normering gemeentefonds")
    view.register.item(rij, K_KANS).setText("veel")
    assert "'veel' kan niet" in view.status.text()
    assert view.register.item(_rij(view, "Normering gemeentefonds"), K_KANS).text() == "40 %"


def test_zekerheid_en_eigen_risico(venster, qtbot):
    view = _tab(venster, qtbot)
    _wacht_op_nieuwe(view, qtbot, lambda: view.zekerheid.setValue(95))
    assert view.analyse.simulatie.zekerheid == 95 and "in 95 van de 100" in view.ratio.text()
    _wacht_op_nieuwe(view, qtbot, view.toevoegen.click)
    assert view.register.rowCount() == 10
    assert view.register.item(9, K_NAAM).text() == "Eigen risico 1"
    _wacht_op_nieuwe(view, qtbot, view.herstel.click)
    assert view.register.rowCount() == 9


def test_bijlage_uit_de_app_bevat_de_risicos(venster, qtbot, tmp_path):
    """The annex exported from the app carries the tab's register and settings (here: a typed gevolg)."""
    view = _tab(venster, qtbot)
    _wacht_op_nieuwe(view, qtbot, lambda: view.register.item(_rij(view, "Normering gemeentefonds"), K_GEVOLG)
                     .setText("300.000"))
    pad = tmp_path / "bijlage.xlsx"
    assert venster.bestanden.exporteren("excel", str(pad), open_map=False) is not None
    qtbot.waitUntil(lambda: pad.exists() and pad.stat().st_size > 0, timeout=60_000)
    from openpyxl import load_workbook
    ws = load_workbook(pad)["Risico's"]
    normering = next(r for r in ws.iter_rows(values_only=True) if r[0] == "Normering gemeentefonds")
    assert normering[3] == 300_000


def test_onleesbaar_bedrag_wordt_gemeld(venster, qtbot):
    view = _tab(venster, qtbot)
    view.beschikbaar.setText("veel geld")
    view.beschikbaar.editingFinished.emit()
    assert "Beschikbare weerstandscapaciteit" in view.status.text()
    assert view.analyse.simulatie.beschikbaar is None
