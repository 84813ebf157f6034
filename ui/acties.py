"""Menus, toolbar and shortcuts of the main window (Dutch, with mnemonics).

:class:`Acties` owns every QAction, the menus, the toolbar with the scenario picker and the
recent-files menu. It only calls the window (``zet_horizon``, ``kies_scenario``, the tabs,
``close``) and its file handling (:class:`ui.bestanden.Bestandsbeheer`); it sets nothing on them.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLabel, QToolBar, QToolButton

from model.paden import resource_pad
from model.project import KORT, LANG
from ui.help import TekstVenster, aan_de_slag_html, bronnen_html, over_html, rekenregels_html
from ui.kopieren import kopieer
from ui.views.watverandert import vergelijk_met

S = QKeySequence.StandardKey


class Acties(QObject):
    """The window's actions by key (``acties["opslaan"]``), its menus and its toolbar."""

    def __init__(self, venster, bestanden):
        super().__init__(venster)
        self.venster, self.bestanden = venster, bestanden
        self._acties: dict[str, QAction] = {}
        icoon = resource_pad("icons", "infraraming.png")
        if icoon.exists():
            venster.setWindowIcon(QIcon(str(icoon)))
        self._menus()
        self._werkbalk()
        bestanden.recentGewijzigd.connect(self.werk_recent_bij)
        self.werk_recent_bij()

    def __getitem__(self, sleutel: str) -> QAction:
        return self._acties[sleutel]

    def _actie(self, sleutel: str, tekst: str, functie, sneltoets=None, tip: str = "") -> QAction:
        actie = QAction(tekst, self.venster)
        if sneltoets is not None:
            actie.setShortcut(QKeySequence(sneltoets) if isinstance(sneltoets, str) else sneltoets)
        if tip:
            actie.setStatusTip(tip)
            actie.setToolTip(tip)
        actie.triggered.connect(lambda _=False: functie())
        self._acties[sleutel] = actie
        return actie

    # -- menus ---------------------------------------------------------------------------
    def _menus(self) -> None:
        v, b, a = self.venster, self.bestanden, self._actie
        bar = v.menuBar()

        bestand = bar.addMenu("&Bestand")
        bestand.addAction(a("sjabloon", "&Nieuw invoerbestand (sjabloon)…", b.nieuw_sjabloon, S.New,
                            "Een leeg invoerwerkboek maken om in te vullen"))
        bestand.addAction(a("sjabloon_voorbeeld", "Invoerbestand met de &Voorbeeldgemeente…",
                            lambda: b.nieuw_sjabloon(voorbeeld=True), None, "Een ingevuld voorbeeldwerkboek maken"))
        bestand.addAction(a("sjabloon_project", "Invoerbestand &met de invoercorrecties…",
                            lambda: b.nieuw_sjabloon(project=True), None,
                            "Een invoerwerkboek met de invoer van dit project, uw invoercorrecties verwerkt"))
        bestand.addAction(a("voorbeeld", "Voorbeeldgemeente opnieu&w beginnen", b.nieuw_voorbeeld, None,
                            "Begin opnieuw met de meegeleverde Voorbeeldgemeente"))
        bestand.addAction(a("invoer", "&Invoer openen…", b.open_invoer, "Ctrl+I",
                            "Een invoerwerkboek (xlsx, xls, ods) of invoer (json) inlezen"))
        bestand.addAction(a("opnieuw_inlezen", "Opnieuw in&lezen", b.opnieuw_inlezen, "F5",
                            "Het werkboek van het project opnieuw inlezen nadat u het hebt hersteld; scenario's en "
                            "aanpassingen blijven, en u ziet wat er verandert"))
        bestand.addAction(a("project", "&Project openen…", b.open_project, S.Open))
        bestand.addAction(a("vergelijken", "&Vergelijken met…", lambda: vergelijk_met(v), None,
                            "Wat verandert er: het open project naast een ander bestand of een eerdere circulaire"))
        bestand.addAction(a("regio", "Re&gio-overzicht…", b.regio_overzicht, None,
                            "Het samenwerkingsverband in één overzicht: alle werkboeken en projecten in een map, met "
                            "controles, regionale som en verdeling van het impulsbudget"))
        self.recentmenu = bestand.addMenu("&Recente bestanden")
        bestand.addSeparator()
        bestand.addAction(a("opslaan", "&Opslaan", b.opslaan, S.Save))
        bestand.addAction(a("opslaan_als", "Opslaan &als…", b.opslaan_als, S.SaveAs))
        bestand.addSeparator()
        export = bestand.addMenu("&Exporteren")
        export.addAction(a("export_pdf", "Als &PDF (begrotingsbijlage)…", lambda: b.exporteren("pdf"), "Ctrl+Shift+E"))
        export.addAction(a("export_excel", "Als &Excel (begrotingsbijlage)…", lambda: b.exporteren("excel"),
                           "Ctrl+E"))
        export.addSeparator()
        export.addAction(a("bijlage_instellingen", "&Bijlage-instellingen (titel, logo, onderdelen)…",
                           b.bijlage_instellingen))
        open_map = a("open_map", "&Map openen na exporteren",
                     lambda: setattr(b, "open_map_na_export", self["open_map"].isChecked()))
        open_map.setCheckable(True)
        open_map.setChecked(b.open_map_na_export)
        export.addAction(open_map)
        bestand.addAction(a("afdrukken", "Af&drukken…", b.afdrukken, S.Print,
                            "De begroting afdrukken, met afdrukvoorbeeld"))
        bestand.addSeparator()
        bestand.addAction(a("afsluiten", "A&fsluiten", v.close, S.Quit))

        bewerken = bar.addMenu("Be&werken")
        ongedaan = v.undo.createUndoAction(v, "&Ongedaan maken")
        ongedaan.setShortcut(S.Undo)
        opnieuw = v.undo.createRedoAction(v, "Opnie&uw")
        opnieuw.setShortcuts([QKeySequence(S.Redo), QKeySequence("Ctrl+Y")])   # Ctrl+Y as in Office
        ongedaan.setIconText("Ongedaan maken")   # the menu shows what; the toolbar stays short
        opnieuw.setIconText("Opnieuw")
        self._acties["ongedaan"], self._acties["opnieuw"] = ongedaan, opnieuw
        bewerken.addAction(ongedaan)
        bewerken.addAction(opnieuw)
        bewerken.addSeparator()
        bewerken.addAction(a("basis_terugzetten", "&Basis terugzetten", v.scenarios.basis_terugzetten, None,
                             "Alle eigen aanpassingen aan Basis ongedaan maken; elk scenario volgt"))
        bewerken.addSeparator()
        bewerken.addAction(a("kopieren", "&Kopiëren", self._kopieer, S.Copy,
                             "De gekozen cellen van een tabel kopiëren (plakken in Excel geeft getallen)"))

        beeld = bar.addMenu("Bee&ld")
        groep = QActionGroup(self)
        for sleutel, horizon, toets in (("horizon_kort", KORT, "Ctrl+1"), ("horizon_lang", LANG, "Ctrl+2")):
            actie = a(sleutel, "", lambda h=horizon: v.zet_horizon(h), toets)   # texts: toon_jaren
            actie.setCheckable(True)
            groep.addAction(actie)
            beeld.addAction(actie)
        self["horizon_kort"].setChecked(True)
        beeld.addSeparator()
        self._acties["uitleg"] = v.overzicht.uitleg_actie
        beeld.addAction(v.overzicht.uitleg_actie)
        beeld.addSeparator()
        for i in range(v.tabs.count()):
            toets = f"Alt+{(i + 1) % 10}" if i < 10 else None
            beeld.addAction(a(f"tab{i}", v.tabs.tabText(i), lambda i=i: v.tabs.setCurrentIndex(i), toets))

        # Vergelijken met… as a button too: beside the menus, where it fits at any window width
        self.vergelijkknop = QToolButton()
        self.vergelijkknop.setDefaultAction(self["vergelijken"])
        self.vergelijkknop.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self["vergelijken"].setIconText("Vergelijken met…")   # a tool button drops the ellipsis otherwise
        bar.setCornerWidget(self.vergelijkknop, Qt.Corner.TopRightCorner)

        hulp = bar.addMenu("&Help")
        hulp.addAction(a("aan_de_slag", "&Aan de slag",
                         lambda: TekstVenster("Aan de slag", aan_de_slag_html(), v).exec(), None,
                         "Hoe u van een leeg invoerbestand tot een begrotingsbijlage komt"))
        hulp.addAction(a("rekenregels", "&Rekenregels",
                         lambda: TekstVenster("Rekenregels", rekenregels_html(), v).exec(), S.HelpContents))
        hulp.addAction(a("bronnen", "&Bronnen", lambda: TekstVenster("Bronnen", bronnen_html(), v).exec()))
        hulp.addAction(a("over", "&Over Infraraming", lambda: TekstVenster("Over Infraraming", over_html(), v).exec()))

    def _werkbalk(self) -> None:
        v = self.venster
        werkbalk = QToolBar("Werkbalk")
        werkbalk.setObjectName("werkbalk")
        v.addToolBar(werkbalk)
        for sleutel in ("invoer", "project", "opslaan"):
            werkbalk.addAction(self[sleutel])
        werkbalk.addSeparator()
        werkbalk.addAction(self["ongedaan"])
        werkbalk.addAction(self["opnieuw"])
        werkbalk.addSeparator()
        werkbalk.addAction(self["horizon_kort"])
        werkbalk.addAction(self["horizon_lang"])
        werkbalk.addSeparator()
        label = QLabel(" S&cenario: ")
        self.scenariokeuze = QComboBox()
        self.scenariokeuze.setAccessibleName("Actief scenario")
        self.scenariokeuze.setMinimumContentsLength(14)   # long names show in full in the open list
        self.scenariokeuze.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        label.setBuddy(self.scenariokeuze)
        self.scenariokeuze.currentIndexChanged.connect(lambda i: v.kies_scenario(self.scenariokeuze.itemData(i)))
        werkbalk.addWidget(label)
        werkbalk.addWidget(self.scenariokeuze)
        werkbalk.addSeparator()
        werkbalk.addAction(self["export_pdf"])
        werkbalk.addAction(self["export_excel"])
        self["export_pdf"].setIconText("PDF")
        self["export_excel"].setIconText("Excel")
        self.werkbalk = werkbalk

    @staticmethod
    def _kopieer() -> None:
        """Bewerken › Kopiëren: the focused table's selection (Ctrl+C in a table does the same)."""
        widget = QApplication.focusWidget()
        if isinstance(widget, QAbstractItemView):
            kopieer(widget)

    # -- following the window's state ------------------------------------------------------
    def werk_recent_bij(self) -> None:
        menu = self.recentmenu
        menu.clear()
        recent = self.bestanden.instellingen.recent()
        for i, pad in enumerate(recent):
            actie = menu.addAction(f"&{i + 1} {Path(pad).name}")
            actie.setToolTip(pad)
            actie.triggered.connect(lambda _=False, p=pad: self.bestanden.open_pad(p))
        menu.setEnabled(bool(recent))

    def toon_jaren(self, kort: tuple[int, int], lang: tuple[int, int]) -> None:
        """Name the years each horizon shows (they follow the basisjaar and the parameter set)."""
        self["horizon_kort"].setText(f"&Begrotingsjaren ({kort[0]}–{kort[1]})")
        self["horizon_lang"].setText(f"&Lange termijn ({lang[0]}–{lang[1]})")
        self["horizon_kort"].setIconText("Begroting")   # the toolbar stays short
        self["horizon_lang"].setIconText(f"Tot {lang[1]}")

    def toon_horizon(self, horizon: str) -> None:
        self["horizon_lang" if horizon == LANG else "horizon_kort"].setChecked(True)

    def toon_scenarios(self, scenarios, actief: str, basis_aangepast: bool) -> None:
        """The scenario picker lists the project's scenarios ("Basis (aangepast)" once Basis is edited)
        with the active one chosen (no signal); "Basis terugzetten" is possible only after an edit."""
        kies = self.scenariokeuze
        lijst = [(s.weergavenaam, s.naam) for s in scenarios]
        kies.blockSignals(True)
        if lijst != [(kies.itemText(i), kies.itemData(i)) for i in range(kies.count())]:
            kies.clear()   # rebuilt only when the scenarios changed: most edits leave the list as it is
            for tekst, naam in lijst:
                kies.addItem(tekst, naam)
        kies.setCurrentIndex(kies.findData(actief))
        kies.blockSignals(False)
        self["basis_terugzetten"].setEnabled(basis_aangepast)
