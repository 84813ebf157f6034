"""The newcomer's path from her own workbook to a fixed finding (issue 23): finding -> field, open the
workbook, refused edits, re-reading the fixed workbook, the window on a small screen."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl

from ui.werkers import loopt

from tests.io.bouw import kopie, schrijf, voorbeeld_grid, zet_gegeven


def _werkboek_grid(**gegevens):
    g = kopie(voorbeeld_grid())
    for label, waarde in gegevens.items():
        zet_gegeven(g, label, waarde)
    return g


def _werkboek(tmp_path, naam="mijn.xlsx", **gegevens) -> tuple[Path, dict[str, str]]:
    g = kopie(voorbeeld_grid())
    cellen = {label: zet_gegeven(g, label, waarde) for label, waarde in gegevens.items()}
    return schrijf(g, tmp_path / naam), cellen


def _lees(venster, qtbot, pad):
    werker = venster.bestanden.open_invoer(str(pad))
    qtbot.waitUntil(lambda: not loopt(werker), timeout=30000)   # race-free: see tests/ui/conftest.py wacht_op
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


# -- 2. every refused edit says why; an unchanged value is no edit ---------------------------------

def _cel(venster, sleutel, jaar=None):
    m = venster.aannames.parameters
    return m.index(m.sleutels.index(sleutel), 2 if jaar is None else 3 + m.jaren.index(jaar))


def _typ(qtbot, venster, index, tekst, tabel=0):
    from ui.getalinvoer import GetalInvoer
    tabel = venster.aannames.tabellen[tabel]
    venster.aannames.tabs.setCurrentWidget(tabel)
    tabel.setFocus()
    tabel.setCurrentIndex(index)
    tabel.edit(index)
    editor = tabel.findChild(GetalInvoer)
    assert editor is not None
    editor.lineEdit().selectAll()
    qtbot.keyClicks(editor.lineEdit(), tekst)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tabel.findChild(GetalInvoer) is None)


@pytest.fixture
def aannames(venster, qtbot):
    venster.show()
    qtbot.waitExposed(venster)
    venster.tabs.setCurrentWidget(venster.aannames)
    return venster


def test_680_procent_forfaitaire_lks_wordt_geweigerd_met_het_bereik(aannames, qtbot, antwoorden):
    """The reported bug: the spin box restored 68 % before the model saw 680, which became a fake edit."""
    v = aannames
    toestand = v.project.toestand
    index = _cel(v, "lks_forfait_pct")
    assert index.data() == "68 %"
    _typ(qtbot, v, index, "680")
    assert v.project.toestand is toestand and v.undo.count() == 0
    assert not v.project.parameter_aangepast("lks_forfait_pct")
    assert v.aannames.melding.text() == ("Forfaitaire loonkostensubsidie beschut werk moet tussen 0 % en 100 % "
                                         "liggen; 680 % kan niet.")
    assert v.statusBar().currentMessage() == v.aannames.melding.text()
    _typ(qtbot, v, index, "-5 %")
    assert v.project.toestand is toestand
    assert v.aannames.melding.text().endswith("liggen; −5 % kan niet.")
    _typ(qtbot, v, index, "6,8,0")       # not a number at all: the parser's reason, not a silent revert
    assert v.project.toestand is toestand and v.undo.count() == 0
    assert "meer dan één komma" in v.aannames.melding.text()
    assert antwoorden.meldingen == []


@pytest.mark.parametrize("tekst", ["68", "68 %", "0,68"])
def test_dezelfde_waarde_is_geen_aanpassing_en_geen_undostap(aannames, qtbot, tekst):
    v = aannames
    toestand = v.project.toestand
    _typ(qtbot, v, _cel(v, "lks_forfait_pct"), tekst)
    _typ(qtbot, v, _cel(v, "lpo", 2027), "2,5 %")
    assert v.project.toestand is toestand and v.undo.count() == 0
    assert not v.project.parameter_aangepast("lks_forfait_pct") and not v.gewijzigd
    # an input field and a series value the same way
    m = v.aannames.invoer
    rij = [f.sleutel for f in m.VELDEN].index("lks_percentage")
    _typ(qtbot, v, m.index(rij, 2), m.index(rij, 2).data(), tabel=1)
    reeks = m.index_van("taakstelling", 2027)
    _typ(qtbot, v, reeks, reeks.data(), tabel=1)
    assert v.project.toestand is toestand and v.undo.count() == 0
    # a real change is one step, and typing it again adds none
    _typ(qtbot, v, _cel(v, "lks_forfait_pct"), "70 %")
    _typ(qtbot, v, _cel(v, "lks_forfait_pct"), "70")
    assert v.undo.count() == 1 and v.undo.text(0) == "Forfaitaire loonkostensubsidie beschut werk = 70 %"


# -- 3. Opnieuw inlezen (F5) after fixing the workbook ---------------------------------------------

def test_f5_leest_het_herstelde_werkboek_en_houdt_de_aanpassingen(venster, qtbot, tmp_path):
    pad, _ = _werkboek(tmp_path, **{"Begeleidingskosten per plek": 8000})
    venster.show()
    _lees(venster, qtbot, pad)
    assert venster.project.invoer.begeleiding_per_plek == 8000
    venster.scenarios.nieuw("Later forfait")
    m = venster.aannames.parameters
    assert m.setData(m.index(m.sleutels.index("lks_forfait_startjaar"), 2), 2029.0)
    venster.project.ui["bijlage_titel"] = "Bijlage sociaal domein"
    toestand = venster.project.toestand
    # fixed in the spreadsheet program
    schrijf(_werkboek_grid(**{"Begeleidingskosten per plek": 8500}), pad)
    with qtbot.waitSignals([venster.undo.indexChanged], timeout=30000):
        qtbot.keyClick(venster, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: venster.watverandert is not None and venster.watverandert.isVisible(), timeout=30000)
    t = venster.project.toestand
    assert venster.project.invoer.begeleiding_per_plek == 8500
    assert t.scenarios == toestand.scenarios and t.actief == "Later forfait"
    assert venster.project.parameterwaarde("lks_forfait_startjaar", 2029) == 2029
    assert venster.project.ui["bijlage_titel"] == "Bijlage sociaal domein"
    assert venster.undo.text(venster.undo.index() - 1) == "Invoer mijn.xlsx opnieuw ingelezen"
    # what changed: the old input against the new one, under the same scenario
    v = venster.watverandert.view.vergelijking
    assert v.oud_naam == "mijn.xlsx (vorige inlezing)"
    stappen = {s.naam: s.velden for s in v.stappen}
    assert any("Begeleidingskosten per plek" in velden for velden in stappen.values())
    assert all(not s.velden for s in v.stappen if s.sleutel == "scenario")
    # undo brings the old input back, adjustments stay
    venster.undo.undo()
    assert venster.project.invoer.begeleiding_per_plek == 8000 and venster.project.toestand.actief == "Later forfait"


def test_f5_zonder_werkboek_zegt_waarom(venster, antwoorden):
    assert venster.bestanden.opnieuw_inlezen() is None
    assert antwoorden.meldingen[-1][0] == "Opnieuw inlezen"


def test_bestandsdialogen_beginnen_in_de_map_van_het_werkboek(venster, qtbot, tmp_path):
    map_ = tmp_path / "gemeente"
    map_.mkdir()
    pad, _ = _werkboek(map_)
    _lees(venster, qtbot, pad)
    gevraagd = []
    venster.bestanden.kies_pad = lambda soort, voorstel="", opslaan=False: gevraagd.append((soort, voorstel))
    venster.bestanden.open_invoer()
    venster.bestanden.opslaan_als()
    venster.bestanden.exporteren("pdf")
    assert [Path(v).parent if Path(v).suffix else Path(v) for _, v in gevraagd] == [map_.resolve()] * 3


# -- 4. the window fits the screen it opens on -----------------------------------------------------

def test_eerste_start_past_op_het_scherm(venster, qtbot):
    from PySide6.QtCore import QRect
    scherm = venster.screen().availableGeometry()
    assert venster.width() <= scherm.width() and venster.height() <= scherm.height()
    klein = QRect(0, 0, 1024, 768)
    venster.pas_op_scherm(klein)
    venster.show()
    qtbot.waitExposed(venster)
    assert klein.contains(QRect(venster.pos(), venster.size()))
    assert venster.width() <= 1024 - 16 and venster.height() <= 768 - 40


def test_een_venster_van_2560_bij_1440_past_op_1024_bij_768(maak_venster, qtbot):
    from PySide6.QtCore import QRect
    groot = maak_venster()
    groot.resize(2560, 1440)
    groot.move(1200, 600)
    geometrie = groot.saveGeometry()
    groot.close()
    venster = maak_venster()
    venster.restoreGeometry(geometrie)
    venster.resize(2560, 1440)    # as restored where the platform does not clamp (the test screen is 800 wide)
    venster.move(1200, 600)
    klein = QRect(0, 0, 1024, 768)
    venster.pas_op_scherm(klein, eerste_start=False)
    assert klein.contains(QRect(venster.pos(), venster.size()))
    assert venster.width() >= 1000 and venster.height() >= 720   # as large as fits, not smaller
    # and at that size every action is reachable: the toolbar does not overflow, the corner button and the
    # status bar are inside the window (the offscreen screen is smaller: the size is set again once shown)
    grootte = venster.size()
    venster.show()
    qtbot.waitExposed(venster)
    venster.resize(grootte)
    from PySide6.QtWidgets import QApplication, QToolButton
    QApplication.processEvents()
    assert venster.size() == grootte
    balk = venster.acties.werkbalk
    assert not any(k.isVisible() for k in balk.findChildren(QToolButton) if k.objectName() == "qt_toolbar_ext_button")
    knop = venster.acties.vergelijkknop
    assert knop.isVisible() and knop.mapTo(venster, knop.rect().bottomRight()).x() <= venster.width()
    assert venster.statusBar().isVisible() and venster.statusBar().geometry().bottom() < venster.height()
    assert venster.overzicht.uitlegpaneel.isVisible()
    assert venster.overzicht.uitlegpaneel.mapTo(venster, venster.overzicht.uitlegpaneel.rect().topRight()).x() \
        <= venster.width()


# -- 5. invoercorrecties apart from the assumptions ------------------------------------------------

def test_een_regiocorrectie_is_een_invoercorrectie(venster, qtbot, tmp_path):
    from PySide6.QtWidgets import QComboBox

    from model.export import stel_samen
    from model.io.project import lees_project
    pad, _ = _werkboek(tmp_path, **{"Arbeidsmarktregio": "Twnete"})
    venster.show()
    _lees(venster, qtbot, pad)
    assert venster.project.invoer.arbeidsmarktregio == "Twnete"
    venster.tabs.setCurrentWidget(venster.aannames)
    tabel = venster.aannames.tabellen[1]
    venster.aannames.tabs.setCurrentWidget(tabel)
    index = venster.aannames.invoer.index_van("arbeidsmarktregio")
    tabel.setCurrentIndex(index)
    tabel.edit(index)
    keuze = tabel.findChild(QComboBox)
    assert keuze.currentIndex() == -1                  # nothing preselected: Enter picks nothing silently
    assert keuze.itemText(0) == "Twente"               # the "bedoelt u" suggestion first
    qtbot.keyClick(keuze, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tabel.findChild(QComboBox) is None)
    assert venster.undo.count() == 1 and venster.project.invoer.arbeidsmarktregio == "Twnete"   # nothing chosen
    tabel.edit(index)
    keuze = tabel.findChild(QComboBox)
    keuze.setCurrentIndex(0)
    qtbot.keyClick(keuze, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tabel.findChild(QComboBox) is None)
    p = venster.project
    # a correction of the gemeente's data: before every scenario, not an adjustment of Basis
    assert p.invoer.arbeidsmarktregio == "Twente" and p.ingelezen.arbeidsmarktregio == "Twnete"
    assert [o.omschrijving() for o in p.toestand.correcties] == ["Arbeidsmarktregio = Twente"]
    assert not p.basis_aangepast and p.actief_scenario.weergavenaam == "Basis"
    assert venster.undo.text(venster.undo.count() - 1) == "Invoercorrectie: Arbeidsmarktregio = Twente"
    assert venster.acties.scenariokeuze.currentText() == "Basis"
    assert index.data(Qt.ItemDataRole.AccessibleTextRole).endswith("(gecorrigeerd)")
    assert "Invoercorrectie" in index.data(Qt.ItemDataRole.ToolTipRole)
    venster.kies_scenario("Wsw-uitstroom sneller")
    assert venster.project.effectieve_invoer().arbeidsmarktregio == "Twente"   # every scenario
    # not a scenario step when scenarios are compared
    v = venster.maak_vergelijking()
    assert v.basis.scenario == "Basis"
    # kept in the project file
    bestand = tmp_path / "mijn.infraraming"
    assert venster.bestanden.opslaan_als(str(bestand))
    terug = lees_project(bestand)
    assert terug.toestand.correcties == p.toestand.correcties and terug.invoer.arbeidsmarktregio == "Twente"
    # named in the annex
    bijlage = stel_samen(p.invoer, p.toestand.effectief(), p.toestand.basis, parameterset=p.parameterset,
                         gevoeligheid=False, correcties=p.toestand.correcties)
    assert bijlage.opties.invoercorrecties == ("Arbeidsmarktregio = Twente",)
    # Delete puts the workbook's value back
    venster.kies_scenario("Basis")
    tabel.setCurrentIndex(index)
    venster.aannames.terugzetten(tabel)
    assert venster.project.toestand.correcties == () and venster.project.invoer.arbeidsmarktregio == "Twnete"


# -- 6. comparing two inputs: the same scenario by default -----------------------------------------

def test_twee_werkboeken_vergelijken_zonder_scenariostap(venster, qtbot, tmp_path):
    from ui.views import watverandert
    pad, _ = _werkboek(tmp_path, "ander.xlsx", **{"Begeleidingskosten per plek": 8500})
    venster.kies_scenario("Zonder loon- en prijsontwikkeling")    # a scenario with its own adjustments
    assert watverandert.vergelijk_met_bestand(venster, str(pad)) is not None
    qtbot.waitUntil(lambda: venster.watverandert is not None and venster.watverandert.isVisible(), timeout=30000)
    wv = venster.watverandert
    v = wv.view.vergelijking
    scenario = v.stap("scenario")
    assert not scenario.velden and all(abs(x) < 0.005 for x in scenario.regels["saldo_na_bestemming"])
    assert v.stap("overige_invoer").velden == ("Begeleidingskosten per plek",)
    assert v.nieuw_naam == "ander.xlsx (scenario Zonder loon- en prijsontwikkeling)"
    assert wv.met_scenario.isVisible() and not wv.met_scenario.isChecked()
    # the option: the other file as it is (Basis), the open scenario's adjustments as an extra step
    wv.met_scenario.setChecked(True)
    v = wv.view.vergelijking
    assert v.stap("scenario").velden and any(abs(x) > 1 for x in v.stap("scenario").regels["saldo_na_bestemming"])


# -- 7. smaller points ---------------------------------------------------------------------------

def test_aannames_toont_de_decimalen_van_de_eenheid():
    from ui.getalinvoer import toon_getal
    assert toon_getal(21822250.000000004, "EUR") == "21.822.250"
    assert toon_getal(13117.053100000001, "EUR/plek") == "13.117,05"
    assert toon_getal(0.025000000000000001, "fractie per jaar") == "2,5 %"
    assert toon_getal(15.389796, "SE") == "15,3898"
    assert toon_getal(2029.0, "jaar") == "2029"


def test_aannames_afgeronde_waarde_zonder_typen_is_geen_aanpassing(aannames, qtbot):
    """A value shown rounded (€ 13.117,05) and committed without typing stays exactly what it was."""
    from ui.getalinvoer import GetalInvoer
    v = aannames
    m = v.aannames.parameters
    sleutel = next(s for s in m.sleutels if m.project.parameterset.parameter(s).eenheid.startswith("EUR")
                   and not float(m.project.parameterwaarde(s, 2027)).is_integer())
    index = _cel(v, sleutel, 2027)
    tabel = v.aannames.tabellen[0]
    tabel.setCurrentIndex(index)
    tabel.edit(index)
    editor = tabel.findChild(GetalInvoer)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tabel.findChild(GetalInvoer) is None)
    assert v.undo.count() == 0 and not v.project.parameter_aangepast(sleutel)


def test_ctrl_y_doet_opnieuw(venster):
    from PySide6.QtGui import QKeySequence
    assert QKeySequence("Ctrl+Y") in venster.acties["opnieuw"].shortcuts()
    m = venster.aannames.parameters
    assert m.setData(m.index(m.sleutels.index("lks_forfait_startjaar"), 2), 2029.0)
    venster.undo.undo()
    venster.acties["opnieuw"].trigger()
    assert venster.project.parameterwaarde("lks_forfait_startjaar", 2029) == 2029


def test_de_uitwerking_herhaalt_geen_bedrag():
    from model.project import Project
    from model.uitwerking import uitwerking
    from ui.uitleg import berekening_html
    r = Project.voorbeeld().bereken()
    html = berekening_html(uitwerking(r, "iu_wsw", r.jaren[0]))
    assert "€ 3.350.000<br>= <b>€ 3.350.000" not in html and html.count("3.350.000") == 1
    samengesteld = berekening_html(uitwerking(r, "lasten_lks_beschut", r.jaren[0]))
    assert samengesteld.count("<br>= ") == 2     # the rule, filled in, and the outcome


def test_bronnen_lezen_als_zinnen():
    from ui.uitleg import leesbare_bron
    assert leesbare_bron("000 §5.11; 003") == "Divosa §5.11 (bron 000); Ministerie van SZW (bron 003)"
    assert leesbare_bron("eigen aanname") == "eigen aanname"


def test_het_niet_ingelezen_bestand_staat_onder_de_waarschuwingen_van_het_project(venster, qtbot, tmp_path):
    pad, _ = _werkboek(tmp_path, "fout.xlsx", **{"Contracturen per week beschut werk": 45})
    venster.show()
    _lees(venster, qtbot, pad)
    view = venster.bevindingenview
    laag = view.indeling
    plek = {laag.itemAt(i).widget(): i for i in range(laag.count()) if laag.itemAt(i).widget() is not None}
    assert plek[view.kopjes[view.invoer]] < plek[view.kopjes[view.model]] < plek[view.kopjes[view.mislukt]]
    assert view.mislukt.isVisible()


def test_een_weigering_verdwijnt_uit_de_statusbalk_bij_een_ander_tabblad(aannames, qtbot):
    v = aannames
    _typ(qtbot, v, _cel(v, "lks_forfait_pct"), "680")
    assert v.statusBar().currentMessage() == v.aannames.melding.text()
    v.tabs.setCurrentWidget(v.overzicht)
    assert v.statusBar().currentMessage().startswith("Voorbeeldgemeente · scenario Basis")


def test_kopieren_geeft_getypte_cellen(venster, qtbot):
    from PySide6.QtGui import QGuiApplication
    from ui.kopieren import kopieer
    o = venster.overzicht
    m = o.tabelmodel
    rij = next(r for r in range(m.rowCount()) if any((m.index(r, k).data() or "") == "6.3"
                                                        for k in range(m.columnCount())))
    o.tabel.selectRow(rij)
    assert kopieer(o.tabel)
    gegevens = QGuiApplication.clipboard().mimeData()
    assert set(gegevens.formats()) == {"text/plain", "text/html"}
    assert "\t6.3\t" in gegevens.text() or gegevens.text().startswith("6.3\t") or "\t6.3" in gegevens.text()
    html = gegevens.html()
    assert "mso-number-format:\"\\@\"'>6.3</td>" in html     # the taakveld as text, not a date
    assert "x:num=" in html                                     # the amounts as numbers


def test_invoercorrecties_terugschrijven_in_een_nieuw_sjabloon(venster, tmp_path):
    from model.io.invoerbestand import lees_invoerbestand
    m = venster.aannames.invoer
    assert m.setData(m.index_van("begeleiding_per_plek"), 8750.0)
    pad = tmp_path / "gecorrigeerd.xlsx"
    venster.acties["sjabloon_project"]   # Bestand › Invoerbestand met de invoercorrecties…
    assert venster.bestanden.nieuw_sjabloon(str(pad), project=True)
    invoer, bevindingen = lees_invoerbestand(pad)
    assert invoer is not None and invoer.begeleiding_per_plek == 8750.0
    assert invoer.reeksen == venster.project.invoer.reeksen


def test_scenariotab_noemt_de_aannames_van_elk_scenario(venster):
    venster.tabs.setCurrentWidget(venster.scenariotab)
    tekst = venster.vergelijking.samenvatting.text()
    regel = next(r for r in tekst.splitlines() if r.startswith("Wetswijziging forfaitaire LKS een jaar later: "))
    assert regel.startswith("Wetswijziging forfaitaire LKS een jaar later: Startjaar forfaitaire LKS beschut werk "
                            "= 2029 (alle jaren). Verandert: ")
