"""Bestand › Regio-overzicht…: a folder read off the GUI thread, the overview in a dialog, exported from it."""
from __future__ import annotations

import pytest

from tests.regiobouw import bouw_regio


@pytest.fixture
def regiomap(tmp_path):
    map_ = tmp_path / "regio"
    bouw_regio(map_, afwijking=5_000.0)
    return map_


def _open(qtbot, venster, map_):
    assert venster.bestanden.regio_overzicht(str(map_)) is not None
    qtbot.waitUntil(lambda: getattr(venster.bestanden, "regiodialoog", None) is not None, timeout=60000)
    return venster.bestanden.regiodialoog


def test_het_menu_heeft_het_regio_overzicht(venster):
    assert venster.acties["regio"].text() == "Re&gio-overzicht…"


def test_het_overzicht_toont_som_per_gemeente_verdeling_en_bevindingen(qtbot, venster, regiomap, tmp_path):
    d = _open(qtbot, venster, regiomap)
    assert [d.tabs.tabText(i) for i in range(d.tabs.count())] == \
        ["Regionale som", "Per gemeente", "Verdeling", "Bevindingen (2)"]
    # the regional sum: the impulsbudget once (the receiving gemeente's € 472.500 in 2026)
    labels = [d.som.item(r, 0).text() for r in range(d.som.rowCount())]
    rij = labels.index("Impulsbudget sociale infrastructuur (DU)")
    assert d.som.item(rij, 1).text() == "472.500"
    # per gemeente: the columns of the chosen year, the regional total last
    koppen = [d.per_gemeente.horizontalHeaderItem(k).text() for k in range(d.per_gemeente.columnCount())]
    assert koppen == ["2026 (€)", "Noordrand", "Oosthoek", "Voorbeeldgemeente", "Zuiderveld", "Regio"]
    d.jaar.setCurrentIndex(1)
    assert d.per_gemeente.horizontalHeaderItem(0).text() == "2027 (€)"
    # the verdeling adds up: the total row holds the regional amount
    laatste = d.verdeling.rowCount() - 1
    assert d.verdeling.item(laatste, 0).text() == "Totaal samenwerkingsverband"
    assert d.verdeling.item(laatste, 3).text() == "525.000"
    assert d.verdeling.item(0, 0).text() == "Voorbeeldgemeente (ontvangend)"
    teksten = [d.bevindingen.item(i).text() for i in range(d.bevindingen.count())]
    assert any("kapot.xlsx is niet ingelezen" in t for t in teksten)
    assert any("Zuiderveld (zuiderveld.xlsx)" in t and "geraamd is 2026: € 5.000 meer dan toegerekend" in t for t in teksten)
    # export from the dialog, off the GUI thread
    for soort, naam in (("pdf", "regio.pdf"), ("excel", "regio.xlsx")):
        assert d.exporteer(soort, str(tmp_path / naam)) is not None
        qtbot.waitUntil(lambda: d.melding.text().startswith("Opgeslagen"), timeout=60000)
        assert (tmp_path / naam).stat().st_size > 1000
    assert (tmp_path / "regio.pdf").read_bytes().startswith(b"%PDF")


def test_exporteren_naar_de_map_van_de_gemeenten_wordt_geweigerd(qtbot, venster, regiomap):
    d = _open(qtbot, venster, regiomap)
    assert d.exporteer("pdf", str(regiomap / "regio.pdf")) is None
    assert "andere map" in d.melding.text() and not (regiomap / "regio.pdf").exists()


def test_afbreken_toont_geen_overzicht(qtbot, venster, regiomap, monkeypatch):
    from ui import regiodialoog
    gestart = []
    echte = regiodialoog.start_regio

    def start(v, map_, toon=None):
        werker, annuleer = echte(v, map_, toon)
        annuleer.set()        # Afbreken, pressed at once
        gestart.append(werker)
        return werker, annuleer

    monkeypatch.setattr(regiodialoog, "start_regio", start)
    venster.bestanden.regio_overzicht(str(regiomap))
    qtbot.waitUntil(lambda: "afgebroken" in venster.statusBar().currentMessage(), timeout=60000)
    assert getattr(venster.bestanden, "regiodialoog", None) is None


def test_een_lege_map_is_een_melding(qtbot, venster, tmp_path, antwoorden):
    leeg = tmp_path / "leeg"
    leeg.mkdir()
    venster.bestanden.regio_overzicht(str(leeg))
    qtbot.waitUntil(lambda: bool(antwoorden.meldingen), timeout=60000)
    assert antwoorden.meldingen and "geen werkboeken" in antwoorden.meldingen[-1][1]


def test_het_overzicht_noemt_de_bijdrage_gr_wsw(qtbot):
    """SAMENWERKING §3: a member whose Wsw a GR carries out sees the GR's bijdrage next to the rijksbijdrage."""
    from model.berekening import bereken
    from model.invoer import voorbeeldgemeente
    from model.regels import LABEL_BIJDRAGE_GR_WSW
    from ui.tabelmodel import BegrotingModel
    model = BegrotingModel()
    model.toon(bereken(voorbeeldgemeente().met(wsw_via_gr=True).met_reeks("bijdrage_gr_wsw", {2026: 3_500_000.0})))
    assert model.data(model.index(model.rij_van("lasten_wsw"), 0)) == LABEL_BIJDRAGE_GR_WSW
    model.toon(bereken(voorbeeldgemeente()))
    assert model.data(model.index(model.rij_van("lasten_wsw"), 0)) == "Wsw (netto kosten)"


def test_de_dialoog_telt_geen_percentages_op(qtbot, tmp_path):
    """The example and member Oosthoek: Realisatie t.o.v. taakstelling 2026 is (14 + 5) / (15,3 + 5,5) = 91,3 % for
    the region, in the regional sum and in the column Regio (not 91,5 % + 90,9 %)."""
    from model.io.regiomap import lees_regio
    from model.regio import VERHOUDINGEN_NOOT
    from tests.regiobouw import lid_werkboek, voorbeeld_werkboek
    from ui.regiodialoog import RegioDialoog
    voorbeeld_werkboek(tmp_path / "vb.xlsx")
    lid_werkboek(tmp_path / "oosthoek.xlsx")
    d = RegioDialoog(lees_regio(tmp_path))
    qtbot.addWidget(d)
    label = "Realisatie t.o.v. taakstelling (personen)"
    rij = next(r for r in range(d.som.rowCount()) if d.som.item(r, 0).text() == label)
    assert d.som.item(rij, 1).text() == "91,3 %"
    t = d.per_gemeente
    rij = next(r for r in range(t.rowCount()) if t.item(r, 0).text() == label)
    assert [t.item(rij, k).text() for k in range(1, t.columnCount())] == ["90,9 %", "91,5 %", "91,3 %"]
    assert d.som_noot.text() == VERHOUDINGEN_NOOT
