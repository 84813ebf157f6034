"""Menus, toolbar and shortcuts of the main window (Dutch, with mnemonics)."""
from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QToolBar

from model.paden import resource_pad
from model.project import KORT, LANG
from ui.help import TekstVenster, bronnen_html, over_html, rekenregels_html

S = QKeySequence.StandardKey


def _actie(venster, sleutel: str, tekst: str, functie, sneltoets=None, tip: str = "") -> QAction:
    actie = QAction(tekst, venster)
    if sneltoets is not None:
        actie.setShortcut(QKeySequence(sneltoets) if isinstance(sneltoets, str) else sneltoets)
    if tip:
        actie.setStatusTip(tip)
        actie.setToolTip(tip)
    actie.triggered.connect(lambda _=False: functie())
    venster.acties[sleutel] = actie
    return actie


def maak_menus(v) -> None:
    v.acties = {}
    icoon = resource_pad("icons", "infraraming.png")
    if icoon.exists():
        v.setWindowIcon(QIcon(str(icoon)))
    bar = v.menuBar()

    bestand = bar.addMenu("&Bestand")
    bestand.addAction(_actie(v, "sjabloon", "&Nieuw invoerbestand (sjabloon)…", v.nieuw_sjabloon, S.New,
                             "Een leeg invoerwerkboek maken om in te vullen"))
    bestand.addAction(_actie(v, "sjabloon_voorbeeld", "Invoerbestand met de &Voorbeeldgemeente…",
                             lambda: v.nieuw_sjabloon(voorbeeld=True), None,
                             "Een ingevuld voorbeeldwerkboek maken"))
    bestand.addAction(_actie(v, "voorbeeld", "Voorbeeldgemeente opnieu&w beginnen", v.nieuw_voorbeeld, None,
                             "Begin opnieuw met de meegeleverde Voorbeeldgemeente"))
    bestand.addAction(_actie(v, "invoer", "&Invoer openen…", v.open_invoer, "Ctrl+I",
                             "Een invoerwerkboek (xlsx, xls, ods) of invoer (json) inlezen"))
    bestand.addAction(_actie(v, "project", "&Project openen…", v.open_project, S.Open))
    v.recentmenu = bestand.addMenu("&Recente bestanden")
    bestand.addSeparator()
    bestand.addAction(_actie(v, "opslaan", "&Opslaan", v.opslaan, S.Save))
    bestand.addAction(_actie(v, "opslaan_als", "Opslaan &als…", v.opslaan_als, S.SaveAs))
    bestand.addSeparator()
    export = bestand.addMenu("&Exporteren")
    export.addAction(_actie(v, "export_pdf", "Als &PDF (begrotingsbijlage)…", lambda: v.exporteren("pdf"), "Ctrl+P"))
    export.addAction(_actie(v, "export_excel", "Als &Excel (begrotingsbijlage)…", lambda: v.exporteren("excel"),
                            "Ctrl+E"))
    export.addSeparator()
    open_map = _actie(v, "open_map", "&Map openen na exporteren",
                      lambda: v.instellingen.set("open_map", v.acties["open_map"].isChecked()))
    open_map.setCheckable(True)
    open_map.setChecked(str(v.instellingen.get("open_map", "false")).lower() == "true")
    export.addAction(open_map)
    bestand.addSeparator()
    bestand.addAction(_actie(v, "afsluiten", "A&fsluiten", v.close, S.Quit))

    bewerken = bar.addMenu("Be&werken")
    ongedaan = v.undo.createUndoAction(v, "&Ongedaan maken")
    ongedaan.setShortcut(S.Undo)
    opnieuw = v.undo.createRedoAction(v, "Opnie&uw")
    opnieuw.setShortcut(S.Redo)
    ongedaan.setIconText("Ongedaan maken")   # the menu shows what; the toolbar stays short
    opnieuw.setIconText("Opnieuw")
    v.acties["ongedaan"], v.acties["opnieuw"] = ongedaan, opnieuw
    bewerken.addAction(ongedaan)
    bewerken.addAction(opnieuw)

    beeld = bar.addMenu("Bee&ld")
    groep = QActionGroup(v)
    for sleutel, tekst, horizon, toets in (
            ("horizon_kort", "&Begrotingsjaren (basisjaar tot en met +3)", KORT, "Ctrl+1"),
            ("horizon_lang", "&Lange termijn (tot en met 2035)", LANG, "Ctrl+2")):
        actie = _actie(v, sleutel, tekst, lambda h=horizon: v.zet_horizon(h), toets)
        actie.setCheckable(True)
        groep.addAction(actie)
        beeld.addAction(actie)
    v.acties["horizon_kort"].setChecked(True)
    beeld.addSeparator()
    for i in range(v.tabs.count()):
        naam = v.tabs.tabText(i)
        toets = f"Alt+{(i + 1) % 10}" if i < 10 else None
        actie = _actie(v, f"tab{i}", naam, lambda i=i: v.tabs.setCurrentIndex(i), toets)
        beeld.addAction(actie)

    hulp = bar.addMenu("&Help")
    hulp.addAction(_actie(v, "rekenregels", "&Rekenregels",
                          lambda: TekstVenster("Rekenregels", rekenregels_html(), v).exec(), S.HelpContents))
    hulp.addAction(_actie(v, "bronnen", "&Bronnen", lambda: TekstVenster("Bronnen", bronnen_html(), v).exec()))
    hulp.addAction(_actie(v, "over", "&Over Infraraming",
                          lambda: TekstVenster("Over Infraraming", over_html(), v).exec()))

    werkbalk = QToolBar("Werkbalk")
    werkbalk.setObjectName("werkbalk")
    v.addToolBar(werkbalk)
    for sleutel in ("invoer", "project", "opslaan"):
        werkbalk.addAction(v.acties[sleutel])
    werkbalk.addSeparator()
    werkbalk.addAction(ongedaan)
    werkbalk.addAction(opnieuw)
    werkbalk.addSeparator()
    werkbalk.addAction(v.acties["horizon_kort"])
    werkbalk.addAction(v.acties["horizon_lang"])
    v.acties["horizon_kort"].setIconText("Begroting")
    v.acties["horizon_lang"].setIconText("Tot 2035")
    werkbalk.addSeparator()
    label = QLabel(" S&cenario: ")
    v.scenariokeuze = QComboBox()
    v.scenariokeuze.setAccessibleName("Actief scenario")
    v.scenariokeuze.setMinimumContentsLength(24)
    v.scenariokeuze.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    label.setBuddy(v.scenariokeuze)
    v.scenariokeuze.currentTextChanged.connect(v.kies_scenario)
    werkbalk.addWidget(label)
    werkbalk.addWidget(v.scenariokeuze)
    werkbalk.addSeparator()
    werkbalk.addAction(v.acties["export_pdf"])
    werkbalk.addAction(v.acties["export_excel"])
    v.acties["export_pdf"].setIconText("PDF")
    v.acties["export_excel"].setIconText("Excel")
    v.werk_recent_bij()
