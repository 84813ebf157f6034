"""*Vergelijken met…* in the real window: another workbook, an earlier circulaire, a broken file."""
from __future__ import annotations

import json
import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from cli import main
from model.circulaire import lees_editie
from model.invoer import stand_per, voorbeeldgemeente
from model.io.invoerbestand import lees_invoerbestand
from model.regels import SLEUTELS
from model.vergelijken import Berekening, vergelijk
from tests.io.bouw import kopie, schrijf, voorbeeld_grid, zet_gegeven
from ui.views import watverandert


@pytest.fixture(scope="module")
def werkboek(tmp_path_factory):
    """The Voorbeeldgemeente with realisatie 2027 = 18 (instead of 16) and begeleidingskosten € 8.500."""
    grid = kopie(voorbeeld_grid())
    next(r for r in grid["Meerjarig"] if r and r[0] == 2027)[2] = 18
    zet_gegeven(grid, "Begeleidingskosten per plek", 8500)
    return schrijf(grid, tmp_path_factory.mktemp("wv") / "versie2.xlsx")


def _open_met_bestand(venster, qtbot, pad):
    assert watverandert.vergelijk_met_bestand(venster, str(pad)) is not None   # read in the background
    qtbot.waitUntil(lambda: venster.watverandert is not None and venster.watverandert.isVisible(), timeout=20000)
    return venster.watverandert


def _rij(tabel, sleutel, wat):
    model = tabel.model_
    return next(i for i, r in enumerate(model.rijen) if r.gegeven == (sleutel, wat))


def test_vergelijken_met_een_werkboek(venster, qtbot, werkboek, tmp_path, capsys):
    wv = _open_met_bestand(venster, qtbot, werkboek)
    v = wv.view.vergelijking
    assert (v.oud_naam, v.nieuw_naam) == ("Voorbeeldgemeente", "versie2.xlsx")
    van, tot = venster.project.jaren(venster.horizon)
    assert v.jaren == tuple(range(van, tot + 1))
    # the same figures as the model and the CLI on the same inputs
    nieuw, _ = lees_invoerbestand(werkboek)
    verwacht = vergelijk(Berekening(voorbeeldgemeente(), naam="Voorbeeldgemeente"),
                         Berekening(nieuw, naam="versie2.xlsx"), van, tot)
    assert v.naar_json() == verwacht.naar_json()
    voorbeeld = schrijf(voorbeeld_grid(), tmp_path / "voorbeeld.xlsx")
    assert main(["wat-verandert", str(voorbeeld), str(werkboek), "--van", str(van), "--tot", str(tot),
                 "--json", "-"]) == 0
    assert json.loads(capsys.readouterr().out) == json.loads(json.dumps(v.naar_json()))
    assert [s.velden for s in v.stappen] == [(), (), ("Gerealiseerd beschut werk 2027",),
                                             ("Begeleidingskosten per plek",), ()]
    i = v.jaren.index(2027)
    assert round(v.stap("aantallen").regels["saldo_na_bestemming"][i]) == -41368
    assert round(v.stap("overige_invoer").regels["saldo_na_bestemming"][i]) == -9225
    for sleutel in SLEUTELS:
        for k in range(len(v.jaren)):
            assert abs(sum(s.regels[sleutel][k] for s in v.stappen) - v.verschil(sleutel)[k]) < 0.005

    # the waterfall for 2027: old, five steps, new — as drawn
    wv.view.kies_jaar(2027)
    teksten = wv.view.grafiek.teksten()
    assert teksten[3] == "Aantallen van de gemeente: − € 41.368"
    assert teksten[4] == "Kosten en overige invoer: − € 9.225"
    assert teksten[1] == "Landelijke parameters: € 0"
    assert teksten[0] == "Oud (Voorbeeldgemeente): € 10.217" and teksten[6] == "Nieuw (versie2.xlsx): € -40.376"
    wv.view.kies_jaar(None)   # cumulated over the horizon
    assert wv.view.grafiek.balken == v.waterval()

    # the table: old, new, difference; Ctrl+C copies spreadsheet numbers
    tabel = wv.view.tabel
    kolom = tabel.kolom("2027")
    assert tabel.tekst(_rij(tabel, "saldo_na_bestemming", "verschil"), kolom) == "€ -50.593"
    tabel.selectRow(_rij(tabel, "saldo_na_bestemming", "verschil"))
    tabel.setFocus()
    qtbot.keyClick(tabel, Qt.Key_C, Qt.ControlModifier)
    assert "\t-50593\t" in QGuiApplication.clipboard().text()

    # each step's fields and sentences
    tekst = wv.view.stappen.text()
    assert "3. Aantallen van de gemeente</b><br>Gewijzigd: Gerealiseerd beschut werk 2027." in tekst
    assert ("Door de hogere realisatie in 2027 (16 → 18 personen) stijgen de lasten loonkostensubsidie met "
            "€ 32.188.") in tekst

    # Escape closes the window; the open project was never touched
    qtbot.keyClick(wv, Qt.Key_Escape)
    assert not wv.isVisible()
    assert venster.project.invoer == voorbeeldgemeente() and not venster.gewijzigd


def test_horizon_en_omwisselen(venster, qtbot, werkboek):
    wv = _open_met_bestand(venster, qtbot, werkboek)
    venster.acties["horizon_lang"].trigger()
    assert wv.view.vergelijking.jaren[-1] == venster.project.jaren(venster.horizon)[1] == 2035
    voor = wv.view.vergelijking.verschil("saldo_na_bestemming")
    wv.omwisselen.click()
    v = wv.view.vergelijking
    assert (v.oud_naam, v.nieuw_naam) == ("versie2.xlsx", "Voorbeeldgemeente")
    assert v.verschil("saldo_na_bestemming") == pytest.approx([-d for d in voor])
    wv.sluiten.click()
    assert not wv.isVisible()


def test_vergelijken_met_een_eerdere_circulaire(venster, qtbot):
    keuze = watverandert.KeuzeVenster(venster)
    assert [keuze.edities.itemText(i) for i in range(keuze.edities.count())] == ["stand septembercirculaire 2025"]
    assert keuze.keuze() == lees_editie("september 2025")
    wv = watverandert.vergelijk_met_editie(venster, keuze.keuze())
    v = wv.view.vergelijking
    assert v.oud_naam == "Voorbeeldgemeente, stand septembercirculaire 2025"
    oud = stand_per(voorbeeldgemeente(), lees_editie("september 2025"))
    verwacht = vergelijk(Berekening(oud), Berekening(voorbeeldgemeente()), v.jaren[0], v.jaren[-1])
    assert v.stap("circulaire").regels == verwacht.stap("circulaire").regels
    assert v.stap("circulaire").velden and not any(s.velden for s in v.stappen if s.sleutel != "circulaire")
    assert "2. Circulaire: bedragen en edities</b><br>Gewijzigd:" in wv.view.stappen.text()
    # both sides follow an edit of the open project (it is Basis in both): the steps stay the circulaire's
    voor = v.nieuw.regels["lasten_beschut_aanvullend"]
    assert venster.bewerk("Begeleiding", venster.project.met_invoerveld("begeleiding_per_plek", 8500.0))
    na = wv.view.vergelijking
    assert na.nieuw.regels["lasten_beschut_aanvullend"] != voor
    assert na.oud.regels["lasten_beschut_aanvullend"] != v.oud.regels["lasten_beschut_aanvullend"]
    assert [s.velden for s in na.stappen] == [s.velden for s in v.stappen]
    wv.close()


def test_kapot_bestand_toont_bevindingen_en_laat_het_project(venster, qtbot, tmp_path):
    kapot = tmp_path / "kapot.xlsx"
    kapot.write_bytes(b"dit is geen werkboek")
    project = venster.project.toestand
    assert watverandert.vergelijk_met_bestand(venster, str(kapot)) is not None
    qtbot.waitUntil(lambda: venster.mislukt is not None, timeout=20000)
    assert venster.watverandert is None
    assert venster.project.toestand is project and not venster.gewijzigd
    naam, bevindingen = venster.mislukt
    assert naam == "kapot.xlsx" and any(b.is_fout for b in bevindingen)
    assert venster.tabs.currentWidget() is venster.bevindingenview
    assert "niet ingelezen" in venster.statusBar().currentMessage()
    # a damaged project file: its Dutch sentence as a finding
    project_kapot = tmp_path / "kapot.infraraming"
    project_kapot.write_text("{ geen project", encoding="utf-8")
    watverandert.vergelijk_met_bestand(venster, str(project_kapot))
    qtbot.waitUntil(lambda: venster.mislukt[0] == "kapot.infraraming", timeout=20000)
    naam, bevindingen = venster.mislukt
    assert naam == "kapot.infraraming" and "beschadigd" in bevindingen[0].melding
    assert venster.watverandert is None and venster.project.toestand is project


def test_menu_en_knop(venster, qtbot):
    actie = venster.acties["vergelijken"]
    assert actie.text() == "&Vergelijken met…"
    bestand = next(a.menu() for a in venster.menuBar().actions() if a.text() == "&Bestand")
    assert actie in bestand.actions()
    venster.resize(1024, 700)
    venster.show()
    qtbot.waitExposed(venster)
    knop = venster.acties.vergelijkknop
    assert knop.defaultAction() is actie and knop.isVisible()
    assert knop.mapTo(venster, knop.rect().topRight()).x() <= venster.width()


@pytest.mark.parametrize("breedte, hoogte", [(1400, 900), (1024, 700)])
def test_schermafbeelding(venster, qtbot, werkboek, breedte, hoogte):
    wv = _open_met_bestand(venster, qtbot, werkboek)
    wv.resize(breedte, hoogte)
    wv.view.kies_jaar(2027)
    qtbot.wait(50)
    beeld = wv.grab()
    assert beeld.width() == breedte and beeld.height() == hoogte
    map_ = os.environ.get("INFRARAMING_SCHERMAFBEELDINGEN")
    if map_:
        beeld.save(os.path.join(map_, f"watverandert-{breedte}x{hoogte}.png"))
        wv.view.scroll.verticalScrollBar().setValue(wv.view.scroll.verticalScrollBar().maximum())
        wv.grab().save(os.path.join(map_, f"watverandert-{breedte}x{hoogte}-onder.png"))
    wv.close()


def test_de_actie_vraagt_wat_en_vergelijkt(venster, qtbot, monkeypatch, werkboek):
    from PySide6.QtWidgets import QDialog
    monkeypatch.setattr(watverandert.KeuzeVenster, "exec", lambda self: QDialog.Accepted)
    venster.acties["vergelijken"].trigger()   # the earlier edition is proposed first
    assert venster.watverandert.view.vergelijking.oud_naam == "Voorbeeldgemeente, stand septembercirculaire 2025"
    venster.watverandert.close()
    monkeypatch.setattr(watverandert.KeuzeVenster, "keuze", lambda self: None)
    monkeypatch.setattr(watverandert, "kies_bestand", lambda _venster: str(werkboek))
    eerst = venster.watverandert
    venster.acties["vergelijken"].trigger()
    qtbot.waitUntil(lambda: venster.watverandert is not eerst and venster.watverandert.isVisible(), timeout=20000)
    assert venster.watverandert.view.vergelijking.nieuw_naam == "versie2.xlsx"
    venster.watverandert.close()


def _pdfwoorden(pad) -> str:
    from pypdf import PdfReader
    return " ".join(" ".join(p.extract_text() for p in PdfReader(str(pad)).pages).split())


def test_vergelijking_als_pdf_en_in_de_bijlage_als_aangevinkt(venster, qtbot, tmp_path):
    """(issue 21) The comparison window exports a PDF; the annex's tick Wat verandert er is honoured by the app."""
    from model.export.bijlage import SECTIESLEUTEL
    from model.export.opties import STANDAARD_SECTIES
    wv = watverandert.vergelijk_met_editie(venster, lees_editie("september 2025"))
    assert wv.pdf.isEnabled()
    pad = tmp_path / "wat verandert er.pdf"
    venster.bestanden.kies_pad = lambda soort, voorstel="", opslaan=False: str(pad)
    wv.pdf.click()
    tekst = _pdfwoorden(pad)
    assert "Wat verandert er" in tekst and "stand septembercirculaire 2025" in tekst
    # the annex without the tick: no section; with it: the section, from the open comparison
    bijlage = tmp_path / "bijlage.pdf"
    venster.bestanden.exporteren("pdf", str(bijlage), open_map=False)
    qtbot.waitUntil(lambda: bijlage.exists() and bijlage.stat().st_size > 0, timeout=60000)
    assert "Wat verandert er" not in _pdfwoorden(bijlage)
    bijlage.unlink()
    venster.project.ui = {**venster.project.ui, SECTIESLEUTEL: [*STANDAARD_SECTIES, "wat_verandert"]}
    venster.bestanden.exporteren("pdf", str(bijlage), open_map=False)
    qtbot.waitUntil(lambda: bijlage.exists() and bijlage.stat().st_size > 0, timeout=60000)
    tekst = _pdfwoorden(bijlage)
    assert "Wat verandert er" in tekst and "stand septembercirculaire 2025" in tekst
    wv.close()


def test_aangevinkt_zonder_vergelijking_zegt_de_statusbalk_hoe(venster, qtbot, tmp_path):
    from model.export.bijlage import SECTIESLEUTEL
    venster.project.ui = {**venster.project.ui, SECTIESLEUTEL: ["samenvatting", "wat_verandert"]}
    bijlage = tmp_path / "b.pdf"
    venster.bestanden.exporteren("pdf", str(bijlage), open_map=False)
    assert "open eerst Bestand › Vergelijken met…" in venster.statusBar().currentMessage()
    qtbot.waitUntil(lambda: bijlage.exists() and bijlage.stat().st_size > 0, timeout=60000)
    assert "Wat verandert er" not in _pdfwoorden(bijlage)
