"""Files through the real window: save/reopen, bad workbooks, recovery after a crash, close, export."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QUrl, QMimeData, QPoint, Qt
from PySide6.QtGui import QDropEvent

from model.io.project import lees_project
from model.io.sjabloon import schrijf_sjabloon
from model.invoer import voorbeeldgemeente
from model.io.invoerbestand import schrijf_json


def _zet_startjaar(venster, jaar):
    m = venster.aannames.parameters
    assert m.setData(m.index(m.sleutels.index("lks_forfait_startjaar"), 2), float(jaar))


def test_save_close_reopen_identical_results(maak_venster, tmp_path, antwoorden):
    venster = maak_venster()
    venster.scenarios.nieuw("Later forfait")
    _zet_startjaar(venster, 2029)
    venster.acties["horizon_lang"].trigger()
    regels = dict(venster.resultaat.regels)
    pad = tmp_path / "raming.infraraming"
    assert venster.bestanden.opslaan_als(str(pad))
    assert not venster.gewijzigd and pad.exists()
    assert venster.instellingen.recent()[0] == str(pad.resolve())
    venster.close()
    assert antwoorden.vragen == []                  # nothing unsaved: no question
    opnieuw = maak_venster()                        # opens the last project
    assert opnieuw.project.pad == str(pad.resolve())
    assert opnieuw.project.toestand.actief == "Later forfait"
    assert opnieuw.horizon == "lang"
    assert dict(opnieuw.resultaat.regels) == regels
    assert opnieuw.overzicht.tabelmodel.tekst("iu_beschut_lks_overbrugging", 2028) != "0"


def test_open_project_by_menu_path_and_damaged_project(venster, tmp_path, antwoorden):
    kapot = tmp_path / "kapot.infraraming"
    kapot.write_text("{ dit is geen project", encoding="utf-8")
    assert not venster.bestanden.open_project(str(kapot))
    assert "beschadigd" in antwoorden.meldingen[-1][1]
    assert venster.project.invoer.naam == "Voorbeeldgemeente"
    nieuwer = tmp_path / "nieuwer.infraraming"
    nieuwer.write_text(json.dumps({"schema": "infraraming-project", "versie": 7}), encoding="utf-8")
    assert not venster.bestanden.open_project(str(nieuwer))
    assert "nieuwere versie" in antwoorden.meldingen[-1][1]


def test_open_broken_workbook_shows_findings_and_keeps_project(venster, qtbot, tmp_path):
    """A failed load leaves the open project's findings untouched; the file's own findings appear apart,
    under its name (issue 11.4)."""
    from model.bevindingen import WAARSCHUWING, Bevinding
    _zet_startjaar(venster, 2029)
    eigen = [Bevinding(WAARSCHUWING, "Plekken sociale infrastructuur 2027 is leeg.", "Beschut werk", "C9")]
    venster.toon_bevindingen(eigen)             # the open project's findings, as its load left them
    voor = venster.project.toestand
    pad = tmp_path / "kapot.xlsx"
    schrijf_sjabloon(pad)                       # the empty sjabloon: no basisjaar, no taakstelling
    werker = venster.bestanden.open_invoer(str(pad))
    qtbot.waitUntil(lambda: venster.tabs.currentWidget() is venster.bevindingenview, timeout=20000)
    assert venster.project.toestand is voor
    assert venster.bevindingen == eigen         # untouched: nothing of the failed file mixed in
    view = venster.bevindingenview
    assert [view.invoer.model_.rijen[i].gegeven for i in range(view.invoer.model_.rowCount())] == eigen
    naam, mislukt = venster.mislukt
    assert naam == "kapot.xlsx" and any(b.ernst == "fout" for b in mislukt) and any(b.blad for b in mislukt)
    assert not view.mislukt.isHidden()
    assert view.kopjes[view.mislukt].text().startswith("Niet ingelezen: kapot.xlsx (")
    assert [view.mislukt.model_.rijen[i].gegeven for i in range(view.mislukt.model_.rowCount())] == \
        sorted(mislukt, key=lambda b: 0 if b.is_fout else 1)
    assert all(b not in mislukt for b in eigen)
    assert "Bevindingen (" in venster.tabs.tabText(venster.tabs.indexOf(venster.bevindingenview)).replace("&", "")
    assert venster.overzicht.tabelmodel.tekst("iu_beschut_lks_overbrugging", 2028) != "0"
    assert werker is not None
    # a file read afterwards replaces the project's findings and ends the failed file's section
    goed = tmp_path / "goed.xlsx"
    schrijf_sjabloon(goed, voorbeeldgemeente())
    venster.bestanden.open_invoer(str(goed))
    qtbot.waitUntil(lambda: venster.project.toestand is not voor, timeout=20000)
    assert venster.mislukt is None and view.mislukt.isHidden() and venster.bevindingen == []
    venster.undo.undo()
    # another project starts without either
    venster.vervang_project(venster.project.__class__.voorbeeld())
    assert venster.bevindingen == [] and venster.mislukt is None and view.mislukt.isHidden()


def test_open_good_workbook_replaces_input_as_undo_step(venster, qtbot, tmp_path):
    pad = tmp_path / "voorbeeld.xlsx"
    invoer = voorbeeldgemeente().met(naam="Testgemeente", begeleiding_per_plek=9000.0)
    schrijf_sjabloon(pad, invoer)
    venster.bestanden.open_invoer(str(pad))
    qtbot.waitUntil(lambda: venster.project.invoer.naam == "Testgemeente", timeout=20000)
    assert venster.project.toestand.bron.bestandsnaam == "voorbeeld.xlsx"
    assert venster.project.toestand.bron.inhoud == pad.read_bytes()
    assert venster.overzicht.tabelmodel.tekst("iu_beschut_werk", 2026) == "198.632"
    venster.undo.undo()
    assert venster.project.invoer.naam == "Voorbeeldgemeente"


def test_drop_a_json_input(venster, qtbot, tmp_path):
    pad = tmp_path / "invoer.json"
    schrijf_json(voorbeeldgemeente().met(naam="Sleepgemeente"), pad)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(pad))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    venster.dropEvent(event)
    qtbot.waitUntil(lambda: venster.project.invoer.naam == "Sleepgemeente", timeout=20000)


def test_crash_after_edits_offers_restore(maak_venster, tmp_path, antwoorden):
    data = tmp_path / "appdata"
    venster = maak_venster(datamap=data)
    venster.scenarios.nieuw("Onbewaard")
    _zet_startjaar(venster, 2029)
    regels = dict(venster.resultaat.regels)
    venster.journaal.wacht()          # the journal is written in the background within milliseconds
    assert venster.journaal.pad.exists()
    # "crash": the window is dropped without closing, so the journal stays
    antwoorden.herstel = "ja"
    nieuw = maak_venster(datamap=data)
    assert antwoorden.vragen and antwoorden.vragen[-1][0] == "herstel"
    assert nieuw.project.toestand.actief == "Onbewaard"
    assert dict(nieuw.resultaat.regels) == regels
    assert nieuw.gewijzigd
    assert venster is not nieuw


def test_declining_restore_starts_clean(maak_venster, tmp_path, antwoorden):
    data = tmp_path / "appdata"
    venster = maak_venster(datamap=data)
    _zet_startjaar(venster, 2030)
    venster.journaal.wacht()
    antwoorden.herstel = "nee"
    nieuw = maak_venster(datamap=data)
    assert not nieuw.project.parameter_aangepast("lks_forfait_startjaar")
    assert not nieuw.journaal.pad.exists()
    assert venster.project.parameter_aangepast("lks_forfait_startjaar")


def test_undo_back_to_clean_removes_journal(venster):
    _zet_startjaar(venster, 2029)
    assert venster.journaal.aanwezig()
    venster.undo.undo()
    assert not venster.journaal.aanwezig()


@pytest.mark.parametrize("antwoord, gesloten", [("annuleren", False), ("niet", True)])
def test_close_with_unsaved_changes_asks(venster, antwoorden, antwoord, gesloten):
    venster.show()
    _zet_startjaar(venster, 2029)
    antwoorden.sluiten = antwoord
    assert venster.close() is gesloten
    assert antwoorden.vragen[-1][0] == "sluiten"
    assert venster.journaal.aanwezig() is not gesloten


def test_close_and_save_writes_project(venster, antwoorden, tmp_path):
    venster.show()
    _zet_startjaar(venster, 2029)
    pad = tmp_path / "bij-sluiten.infraraming"
    venster.bestanden.kies_pad = lambda soort, voorstel="", opslaan=False: str(pad)
    antwoorden.sluiten = "opslaan"
    assert venster.close()
    assert lees_project(pad).parameterwaarde("lks_forfait_startjaar", 2028) == 2029


def test_export_pdf_and_excel_in_background(venster, qtbot, tmp_path):
    for soort, naam in (("pdf", "bijlage.pdf"), ("excel", "bijlage.xlsx")):
        pad = tmp_path / naam
        werker = venster.bestanden.exporteren(soort, str(pad))
        assert werker is not None
        qtbot.waitUntil(lambda: pad.exists() and pad.stat().st_size > 0, timeout=60000)
    assert (tmp_path / "bijlage.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "bijlage.xlsx").read_bytes().startswith(b"PK")


def test_new_sjabloon(venster, tmp_path):
    pad = tmp_path / "leeg.xlsx"
    assert venster.bestanden.nieuw_sjabloon(str(pad))
    assert pad.read_bytes().startswith(b"PK")


def test_menu_actions_use_the_file_chooser_and_recent_files(venster, tmp_path, antwoorden):
    pad = tmp_path / "menu.infraraming"
    gevraagd = []

    def kies(soort, voorstel="", opslaan=False):
        gevraagd.append((soort, opslaan))
        return str(pad)

    venster.bestanden.kies_pad = kies
    _zet_startjaar(venster, 2029)
    venster.acties["opslaan"].trigger()              # no path yet: asks where
    assert gevraagd[-1] == ("project", True) and pad.exists()
    venster.undo.undo()                              # now differs from the saved file
    antwoorden.sluiten = "niet"
    venster.acties["project"].trigger()
    assert gevraagd[-1] == ("project", False)
    assert antwoorden.vragen[-1][0] == "sluiten"
    assert venster.project.parameterwaarde("lks_forfait_startjaar", 2028) == 2029
    recent = [a.toolTip() for a in venster.acties.recentmenu.actions()]
    assert recent[0] == str(pad.resolve())


def test_restored_project_keeps_its_file_and_view(maak_venster, tmp_path, antwoorden):
    data = tmp_path / "appdata"
    venster = maak_venster(datamap=data)
    pad = tmp_path / "bewaard.infraraming"
    venster.tabs.setCurrentWidget(venster.aannames)
    venster.acties["horizon_lang"].trigger()
    assert venster.bestanden.opslaan_als(str(pad))
    _zet_startjaar(venster, 2029)                    # unsaved edit, then a crash
    venster.journaal.wacht()
    antwoorden.herstel = "ja"
    nieuw = maak_venster(datamap=data)
    assert nieuw.project.pad == str(pad)
    assert nieuw.horizon == "lang" and nieuw.tabs.currentWidget() is nieuw.aannames
    assert nieuw.project.parameter_aangepast("lks_forfait_startjaar")
    assert nieuw.bestanden.opslaan()                           # saves to the original file, no dialog
    assert lees_project(pad).parameterwaarde("lks_forfait_startjaar", 2028) == 2029
    assert not nieuw.gewijzigd and not nieuw.journaal.aanwezig()


@pytest.mark.parametrize("hoe", ["afbreken", "venster sluit"])
def test_export_afbreken_schrijft_niets(venster, wacht_op, tmp_path, antwoorden, hoe):
    """The export has Afbreken, and closing the window stops it; no file, no error message."""
    pad = tmp_path / "bijlage.pdf"
    werker = venster.bestanden.exporteren("pdf", str(pad), open_map=False)
    if hoe == "afbreken":
        venster.bestanden._export_annuleren.set()   # what the dialog's Afbreken button does
    else:
        venster.bestanden.annuleer_lezen()            # what closing the window does
    wacht_op(werker)
    assert not pad.exists() and not list(tmp_path.glob(".bijlage.pdf.*"))
    assert antwoorden.meldingen == []
    assert "afgebroken" in venster.statusBar().currentMessage()


@pytest.mark.parametrize("hoe", ["afbreken", "venster sluit"])
def test_project_openen_buiten_de_gui_draad_met_afbreken(venster, tmp_path, monkeypatch, antwoorden, hoe):
    """A project is read off the GUI thread; Afbreken (or closing the window) leaves the open project as it was."""
    import threading

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QProgressDialog

    from model.project import Project
    from ui import bestanden
    vrij, gelezen = threading.Event(), []

    def traag(pad):
        gelezen.append(threading.current_thread() is threading.main_thread())
        vrij.wait(10)
        return Project.voorbeeld()
    monkeypatch.setattr(bestanden, "lees_project", traag)

    def stop():
        if hoe == "venster sluit":
            venster.bestanden.annuleer_lezen()
        else:
            venster.findChild(QProgressDialog).canceled.emit()   # what its Afbreken button sends
    QTimer.singleShot(100, stop)
    voor = venster.project
    assert venster.bestanden.open_project(str(tmp_path / "traag.infraraming")) is False
    vrij.set()
    assert gelezen == [False]   # read in the worker thread, not the GUI thread
    assert venster.project is voor and antwoorden.meldingen == []
    assert "afgebroken" in venster.statusBar().currentMessage()


def test_de_statusregel_telt_wat_bevindingen_toont(qtbot, venster, tmp_path):
    """A member workbook without input findings but with four warnings about the outcome: the status bar counts
    what the Bevindingen tab lists, not "0 bevindingen"."""
    from tests.regiobouw import lid_werkboek
    pad = lid_werkboek(tmp_path / "lid.xlsx")
    venster.bestanden.open_invoer(str(pad))
    qtbot.waitUntil(lambda: venster.project.invoer.naam == "Oosthoek", timeout=20000)
    view = venster.bevindingenview
    view.toon(venster.bevindingen, venster.resultaat, venster.mislukt)
    assert view.kopjes[view.model].text() == "Waarschuwingen bij de uitkomst (4)"
    assert venster.statusBar().currentMessage() == \
        "lid.xlsx ingelezen: geen bevindingen bij de invoer, 4 waarschuwingen bij de uitkomst (zie Bevindingen)."
