"""The main window driven like a user would: demo figures, edits, undo/redo, scenarios."""
from __future__ import annotations

from PySide6.QtCore import Qt

from model.berekening import bereken
from model.opmaak import getal
from model.scenario import preset


def test_starts_with_voorbeeldgemeente_and_shows_invoer_table(venster):
    assert venster.project.invoer.naam == "Voorbeeldgemeente"
    m = venster.overzicht.tabelmodel
    assert m.jaren == (2026, 2027, 2028, 2029)
    assert m.tekst("saldo", 2026) == "-38.502"
    assert m.tekst("saldo", 2027) == "107.717"
    assert m.tekst("iu_beschut_werk", 2026) == "198.632"
    assert m.tekst("iu_wsw", 2027) == "3.285.325"
    assert m.tekst("lasten_wsw", 2028) == "3.194.025"
    assert m.tekst("reserve_impulsbudget", 2028) == "607.500"
    neg = m.index(m.rij_van("saldo"), m.kolom_van(2026))
    assert neg.data(Qt.ItemDataRole.ForegroundRole).color().red() > 150
    assert m.index(m.rij_van("saldo"), m.kolom_van(2027)).data(Qt.ItemDataRole.ForegroundRole) is None
    # grouped with headings and a taakveld column
    koppen = [m.index(r, 0).data() for r in range(m.rowCount()) if m.regel(r) is None]
    assert koppen == ["Baten", "Lasten", "Mutaties reserves", "Incidenteel en structureel (BBV art. 19)",
                      "Memoposten (niet in het saldo)"]
    assert m.headerData(1, Qt.Orientation.Horizontal) == "Taakveld"
    assert m.index(m.rij_van("iu_beschut_werk"), 1).data() == "0.7"
    # (v3) the spending categories under their own taakveld; a gemeente's own choice is shown as used
    assert m.index(m.rij_van("besteding_doorstroom"), 1).data() == "6.5"
    assert m.tekst("besteding_duurzame_werkplekken", 2029) == "400.000"
    eigen = venster.resultaat.invoer.met(taakvelden={"lasten_wsw": "6.71"})
    m.toon(bereken(eigen, van=2026, tot=2029))
    assert m.index(m.rij_van("lasten_wsw"), 1).data() == "6.71"


def test_long_horizon_shows_2031_and_2034(venster):
    venster.acties["horizon_lang"].trigger()
    m = venster.overzicht.tabelmodel
    assert m.jaren[0] == 2026 and m.jaren[-1] == 2035
    assert m.tekst("saldo", 2031) == "251.318"
    assert m.tekst("saldo", 2034) == "243.053"
    assert m.tekst("impulsbudget_toegerekend", 2034) == "129.600"
    venster.acties["horizon_kort"].trigger()
    assert m.jaren[-1] == 2029


def test_horizon_labels_name_the_years_of_the_project(venster, voorbeeld):
    a = venster.acties
    assert a["horizon_kort"].text() == "&Begrotingsjaren (2026–2029)"
    assert a["horizon_lang"].text() == "&Lange termijn (2026–2035)"
    assert a["horizon_lang"].iconText() == "Tot 2035"
    assert venster.bewerk("ander basisjaar", venster.project.met_invoer(voorbeeld.met(basisjaar=2027)))
    assert a["horizon_kort"].text() == "&Begrotingsjaren (2027–2030)"
    assert a["horizon_lang"].text() == "&Lange termijn (2027–2035)"
    assert venster.overzicht.tabelmodel.jaren == (2027, 2028, 2029, 2030)


def test_selecting_a_figure_explains_it(venster):
    venster.overzicht.kies_cel("iu_beschut_werk", 2026)
    html = venster.overzicht.uitleg.toHtml()
    assert "Rijksbijdrage beschut werk (IU Participatie)" in html
    assert "circulaire" in html.lower()
    assert "Bekostigde plekken" in html           # the rule text
    assert "vastgesteld" in html or "aanname" in html
    venster.overzicht.kies_cel("lasten_lks_beschut", 2027)
    assert "Gerealiseerd beschut werk" in venster.overzicht.uitleg.toPlainText()


def _parametercel(venster, sleutel, jaar=None):
    m = venster.aannames.parameters
    rij = m.sleutels.index(sleutel)
    kolom = 2 if jaar is None else 3 + m.jaren.index(jaar)
    return m.index(rij, kolom)


def test_edit_assumption_recalculates_undo_redo_exact(venster, voorbeeld):
    m = venster.overzicht.tabelmodel
    voor = dict(venster.resultaat.regels)
    assert m.tekst("iu_beschut_lks_overbrugging", 2028) == "0"
    index = _parametercel(venster, "lks_forfait_startjaar")
    assert index.data() == "2028"
    assert venster.aannames.parameters.setData(index, 2029.0)
    verwacht = bereken(voorbeeld, scenario=preset("Wetswijziging forfaitaire LKS een jaar later"))
    assert dict(venster.resultaat.regels) == dict(verwacht.regels)
    assert round(verwacht.waarde("iu_beschut_lks_overbrugging", 2028)) > 0
    assert m.tekst("iu_beschut_lks_overbrugging", 2028) == getal(verwacht.waarde("iu_beschut_lks_overbrugging", 2028))
    assert index.data(Qt.ItemDataRole.FontRole).bold()          # marked as changed
    assert "aangepast in dit scenario" in _parametercel(venster, "lks_forfait_startjaar", 2028).data(
        Qt.ItemDataRole.ToolTipRole)
    assert venster.gewijzigd and venster.isWindowModified()
    na = dict(venster.resultaat.regels)
    venster.acties["ongedaan"].trigger()
    assert dict(venster.resultaat.regels) == voor
    assert m.tekst("iu_beschut_lks_overbrugging", 2028) == "0"
    assert not venster.gewijzigd
    venster.acties["opnieuw"].trigger()
    assert dict(venster.resultaat.regels) == na
    # reset through the editor is one more undo step
    venster.aannames.parameters.terugzetten(index)
    assert dict(venster.resultaat.regels) == voor
    assert venster.undo.count() == 2


def _typ_in_cel(qtbot, tabel, index, tekst):
    from ui.getalinvoer import GetalInvoer
    tabel.setFocus()
    tabel.setCurrentIndex(index)
    tabel.edit(index)
    editor = tabel.findChild(GetalInvoer)
    assert editor is not None
    editor.lineEdit().selectAll()
    qtbot.keyClicks(editor, tekst)
    qtbot.keyClick(editor, Qt.Key.Key_Return)   # the view commits queued
    qtbot.waitUntil(lambda: tabel.findChild(GetalInvoer) is None)


def test_typed_dutch_text_goes_through_the_editor(venster, qtbot):
    venster.show()
    qtbot.waitExposed(venster)
    venster.tabs.setCurrentWidget(venster.aannames)
    tabel = venster.aannames.tabellen[0]
    index = _parametercel(venster, "lks_forfait_pct")
    _typ_in_cel(qtbot, tabel, index, "70 %")
    assert venster.project.parameterwaarde("lks_forfait_pct", 2029) == 0.70
    assert index.data() == "70 %"
    _typ_in_cel(qtbot, tabel, index, "0,72")
    assert venster.project.parameterwaarde("lks_forfait_pct", 2029) == 0.72
    assert venster.undo.count() == 2


def test_input_edit_is_an_invoercorrectie_with_undo(venster, voorbeeld):
    """Issue 23: the gemeente's data corrected in Aannames is an invoercorrectie, not a scenario adjustment."""
    m = venster.aannames.invoer
    rij = [v.sleutel for v in m.VELDEN].index("begeleiding_per_plek")
    index = m.index(rij, 2)
    assert index.data() == "8.000"
    voor = venster.overzicht.tabelmodel.tekst("lasten_beschut_aanvullend", 2027)
    assert m.setData(index, 9000.0)
    assert venster.overzicht.tabelmodel.tekst("lasten_beschut_aanvullend", 2027) != voor
    assert venster.project.ingelezen == voorbeeld and venster.project.invoer.begeleiding_per_plek == 9000.0
    assert venster.scenarios.aanpassingen.count() == 0
    assert venster.scenarios.omschrijving.text() == \
        "Geen aanpassingen: de parameterset, en de invoer met de invoercorrecties hieronder."
    assert venster.scenarios.correcties.text() == \
        "Invoercorrecties (gelden voor elk scenario): Begeleidingskosten per plek = € 9.000."
    venster.undo.undo()
    assert venster.overzicht.tabelmodel.tekst("lasten_beschut_aanvullend", 2027) == voor


def test_create_activate_and_compare_scenarios(venster):
    paneel = venster.scenarios
    paneel.nieuw("Eigen raming")
    assert venster.project.toestand.actief == "Eigen raming"
    assert venster.aannames.parameters.setData(_parametercel(venster, "lks_forfait_startjaar"), 2030.0)
    assert paneel.aanpassingen.item(0).text() == "Startjaar forfaitaire LKS beschut werk = 2030 (alle jaren)"
    paneel.kopieer("Kopie")
    assert venster.project.toestand.actief == "Kopie"
    paneel.hernoem("Later forfait")
    assert "Later forfait" in venster.project.toestand.namen()
    venster.kies_scenario("Basis")
    assert venster.overzicht.tabelmodel.tekst("saldo", 2026) == "-38.502"
    vergelijking = venster.maak_vergelijking()
    namen = [r.scenario for r in vergelijking.varianten]
    assert vergelijking.basis.scenario == "Basis"
    assert "Eigen raming" in namen and "Later forfait" in namen
    eigen = next(r for r in vergelijking.varianten if r.scenario == "Eigen raming")
    assert vergelijking.verschil(eigen, "iu_beschut_lks_overbrugging")[2] > 0      # 2028
    # unchecking removes a scenario from the comparison
    item = next(paneel.lijst.item(i) for i in range(paneel.lijst.count())
                if paneel.lijst.item(i).text().startswith("Later forfait"))
    item.setCheckState(Qt.CheckState.Unchecked)
    assert "Later forfait" not in [r.scenario for r in venster.maak_vergelijking().varianten]
    venster.kies_scenario("Later forfait")
    paneel.verwijder()
    assert "Later forfait" not in venster.project.toestand.namen()
    venster.undo.undo()
    assert "Later forfait" in venster.project.toestand.namen()


def test_duplicate_scenario_name_is_a_dutch_message(venster, antwoorden):
    venster.scenarios.nieuw("Basis")   # becomes "Basis (2)"
    assert venster.project.toestand.actief == "Basis (2)"
    venster.scenarios.hernoem("Wsw-uitstroom sneller")
    assert antwoorden.meldingen[-1][1] == "Er is al een scenario 'Wsw-uitstroom sneller'."


def test_out_of_range_input_is_refused_with_dutch_message(venster, antwoorden):
    m = venster.aannames.invoer
    rij = [v.sleutel for v in m.VELDEN].index("werkgeverslasten_sob")
    assert not m.setData(m.index(rij, 2), 1.5)
    melding = venster.aannames.melding
    assert not melding.isHidden()
    assert melding.text() == "Werkgeverslasten SOB moet tussen 0 % en 100 % liggen; 150 % kan niet."
    assert venster.statusBar().currentMessage() == melding.text()
    from model.invoer import REEKSEN
    rij = len(m.VELDEN) + [r.sleutel for r in REEKSEN].index("gerealiseerd")
    assert not m.setData(m.index(rij, 3 + m.jaren.index(2027)), -2.0)
    assert "moet tussen 0 en 1.000.000 liggen" in melding.text()
    assert venster.undo.count() == 0 and antwoorden.meldingen == []   # in the editor, not in dialogs


def test_edit_the_model_cannot_calculate_is_refused(venster, antwoorden):
    from model.project import Toestand
    huidig = venster.project.toestand
    from model.scenario import INVOER, Override
    # the project refuses such an edit itself; build the broken state directly to test the window's last line
    from dataclasses import replace
    scenario = venster.project.actief_scenario.met_override(Override(INVOER, "onbekend_veld", 1.0))
    kapot = replace(huidig, scenarios=tuple(scenario if s.naam == huidig.actief else s for s in huidig.scenarios))
    assert isinstance(kapot, Toestand)
    assert not venster.bewerk("kapot", kapot)
    assert antwoorden.meldingen[-1][0] == "Aanpassing niet mogelijk"
    assert venster.project.toestand is huidig and venster.undo.count() == 0


def test_yes_no_input_is_a_checkbox(venster):
    m = venster.aannames.invoer
    rij = [v.sleutel for v in m.VELDEN].index("ontvangt_impulsbudget")
    index = m.index(rij, 2)
    assert index.data() == "ja" and index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert venster.overzicht.tabelmodel.tekst("du_impulsbudget", 2026) == "472.500"
    assert m.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert index.data() == "nee"
    assert venster.overzicht.tabelmodel.tekst("du_impulsbudget", 2026) != "472.500"
    venster.undo.undo()
    assert venster.overzicht.tabelmodel.tekst("du_impulsbudget", 2026) == "472.500"


def test_explanation_names_the_sources_and_circulaire_use(venster):
    venster.overzicht.kies_cel("iu_wsw", 2026)             # 2026 has a circulaire amount for the Wsw
    tekst = venster.overzicht.uitleg.toPlainText()
    assert "rechtstreeks uit de circulaire" in tekst
    venster.overzicht.kies_cel("iu_beschut_werk", 2027)
    tekst = venster.overzicht.uitleg.toPlainText()
    assert "000 = Divosa" in tekst
    assert "Rijksbijdrage beschut werk per plek (2027): € 13.117" in tekst


def test_views_are_fed_when_their_tab_is_shown(venster, monkeypatch):
    gekregen = []
    monkeypatch.setattr(venster.vergelijking, "toon", lambda v, *_aannames: gekregen.append(v))
    venster.scenarios.nieuw("Eigen")
    assert gekregen == []                               # not visible: not computed
    venster.tabs.setCurrentWidget(venster.scenariotab)
    assert [r.scenario for r in gekregen[-1].varianten][-1] == "Eigen"
    assert gekregen[-1].basis.scenario == "Basis"
    stroom = venster.stroomviews[0]
    monkeypatch.setattr(stroom, "toon", lambda r: gekregen.append(r))
    venster.tabs.setCurrentWidget(stroom)
    assert gekregen[-1] is venster.resultaat


def test_delete_key_resets_a_changed_value(venster, qtbot):
    venster.show()
    qtbot.waitExposed(venster)
    venster.tabs.setCurrentWidget(venster.aannames)
    tabel = venster.aannames.tabellen[0]
    index = _parametercel(venster, "lks_forfait_startjaar")
    venster.aannames.parameters.setData(index, 2029.0)
    tabel.setFocus()
    tabel.setCurrentIndex(index)
    qtbot.keyClick(tabel, Qt.Key.Key_Delete)
    assert not venster.project.parameter_aangepast("lks_forfait_startjaar")
    assert venster.undo.count() == 2


def test_arbeidsmarktregio_is_chosen_from_the_list(venster, qtbot):
    from model.regios import ARBEIDSMARKTREGIOS
    from PySide6.QtWidgets import QComboBox
    m = venster.aannames.invoer
    index = m.index([v.sleutel for v in m.VELDEN].index("arbeidsmarktregio"), 2)
    assert index.data() == "Achterhoek"
    andere = next(r for r in ARBEIDSMARKTREGIOS if r != "Achterhoek")
    venster.show()
    venster.tabs.setCurrentWidget(venster.aannames)
    venster.aannames.tabs.setCurrentIndex(1)
    tabel = venster.aannames.tabellen[1]
    tabel.setCurrentIndex(index)
    tabel.edit(index)
    keuze = tabel.findChild(QComboBox)
    assert keuze is not None and keuze.count() == len(ARBEIDSMARKTREGIOS) == 35
    keuze.setCurrentText(andere)
    tabel.commitData(keuze)
    assert venster.resultaat.regiovergelijking.regio.regio == andere
    assert not m.setData(index, "Atlantis")


def test_uitleg_toont_de_ingevulde_berekening_en_volgt_een_getal(venster, qtbot):
    """Issue: the worked calculation of iu_beschut_werk 2027, each value clickable, Kopiëren to the clipboard."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QGuiApplication
    paneel = venster.overzicht.uitleg
    venster.overzicht.kies_cel("iu_beschut_werk", 2027)
    tekst = paneel.toPlainText()
    assert "Rijksbijdrage volgens model (zonder circulaire) 2027" in tekst and "€ 201.868,77" in tekst
    paneel.anchorClicked.emit(QUrl("grootheid:iu_beschut_werk_model:2027"))
    assert "15,389796 × € 13.117,05" in paneel.toPlainText()
    paneel.anchorClicked.emit(QUrl("kopieer:"))
    geplakt = QGuiApplication.clipboard().text()
    assert geplakt.startswith("Rijksbijdrage volgens model (zonder circulaire) 2027 = € 201.868,77")
    assert round(15.389796 * 13117.05) == 201_869
    paneel.anchorClicked.emit(QUrl("parameter:bw_bedrag_per_plek:2027"))
    assert "aanname" in paneel.toPlainText() and "€ 13.117,05" in paneel.toPlainText()
    paneel.anchorClicked.emit(QUrl("terug:"))
    assert "15,389796 × € 13.117,05" in paneel.toPlainText()
    paneel.anchorClicked.emit(QUrl("grootheid:real:2025"))                # a year before the horizon (the lag)
    assert "Gerealiseerd beschut werk — 2025" in paneel.toPlainText()


def test_uitleg_zonder_uitwerking_als_die_niet_lukt(venster, monkeypatch):
    """Should the worked calculation ever fail, the pane still explains the figure (rule, parameters)."""
    import ui.uitleg

    def stuk(*_):
        raise AssertionError("geeft een ander bedrag")
    monkeypatch.setattr(ui.uitleg, "uitwerking", stuk)
    venster.overzicht.kies_cel("iu_wsw", 2027)
    tekst = venster.overzicht.uitleg.toPlainText()
    assert "Rekenregel" in tekst and "Berekening" not in tekst


def test_bestedingscategorieen_staan_ingesprongen_onder_hun_totaal(venster):
    """The categories are parts of 'Besteding impulsbudget': set in, so nobody adds them to it (as in the annex)."""
    from model.regels import BESTEDING_REGELS, INSPRONG
    m = venster.overzicht.tabelmodel
    totaal = m.rij_van("lasten_impulsbudget")
    assert not m.index(totaal, 0).data().startswith(" ")
    for i, regel in enumerate(BESTEDING_REGELS, start=1):
        assert m.rij_van(regel.sleutel) == totaal + i
        assert m.index(totaal + i, 0).data() == INSPRONG + regel.label
        assert m.index(totaal + i, 0).data(Qt.ItemDataRole.AccessibleTextRole) == regel.label
