"""The tab Risico's (RISICO §4): the register (editable), the risicosimulatie, the ratio
weerstandsvermogen with its class, the cumulative distribution and the bandbreedte as a fan.

Every edit and setting recalculates. The calculation (model risks' gevolgen, 10,000 draws and the
bandbreedte's 2,000 draws through the model) takes longer than a frame, so it runs in the thread
pool; a result that arrives after a newer edit is dropped. The user's rows and settings are kept
in the project (``project.ui["risico"]``, a JSON text) and saved with it.
"""
from __future__ import annotations

import json
from dataclasses import asdict

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QHBoxLayout, QHeaderView, QLineEdit,
                               QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QWidget)

from model.getallen import GeenGetal, lees_getal, lees_percentage
from model.opmaak import euro, getal, procent
from model.risico.register import BEGROTINGSJAAR, MEERJARIG, UNIFORM, VAST, Registerrij
from model.risico.simulatie import NORMGRENZEN, NORMTABEL, ZEKERHEDEN
from ui.grafieken.risico import VerdelingGrafiek, WaaierGrafiek
from ui.views.paneel import ONBEPERKT, Paneel, tekstregel
from ui.views.tabellen import EUR, Rij, Tabel, cel

KOPPEN = ("Risico", "Soort", "Kans", "Gevolg", "Verdeling", "Verwachte waarde", "Scenario of toelichting")
K_NAAM, K_SOORT, K_KANS, K_GEVOLG, K_VERDELING, K_VERWACHT, K_SCENARIO = range(7)
UI_SLEUTEL = "risico"
NEDERLANDS = QLocale(QLocale.Dutch, QLocale.Netherlands)


class RisicoView(Paneel):
    gewijzigd = Signal()     # a user edit to keep in the project
    berekend = Signal()      # a new analysis is shown

    def __init__(self, parent: QWidget | None = None):
        super().__init__("Risico's", (
            "Risico's en weerstandsvermogen. De risico's van deze financiering met hun kans en hun grootste financiële "
            "gevolg; bij een modelrisico rekent Infraraming het gevolg zelf uit: het nadeel voor het geraamde "
            "resultaat over de risicoperiode als het scenario van het risico uitkomt. De risicosimulatie trekt "
            "10.000 keer welke risico's optreden en bepaalt zo hoeveel weerstandscapaciteit nodig is. Kans, gevolg "
            "en verdeling zijn aan te passen; een getypt gevolg vervangt het berekende."), parent)
        self.project = None
        self.jaren: tuple[int, int] | None = None
        self.analyse = None
        self._generatie = 0
        self._bladrijen: dict = {}        # workbook bytes id -> rows read from its sheet Risico's
        self.rijen: dict[str, Registerrij] = {}
        self._vullen = False

        instellingen = QWidget()
        vorm = QFormLayout(instellingen)
        self.zekerheid = QSpinBox()
        self.zekerheid.setRange(50, 99)
        self.zekerheid.setValue(90)
        self.zekerheid.setSuffix(" %")
        self.trekkingen = QSpinBox()
        self.trekkingen.setRange(1_000, 100_000)
        self.trekkingen.setSingleStep(1_000)
        self.trekkingen.setValue(10_000)
        self.trekkingen.setGroupSeparatorShown(True)
        self.zaad = QSpinBox()
        self.zaad.setRange(0, 999_999)
        self.zaad.setValue(1)
        self.periode = QComboBox()
        self.periode.addItem("Begrotingsperiode (basisjaar t/m basisjaar + 3)", MEERJARIG)
        self.periode.addItem("Alleen het begrotingsjaar", BEGROTINGSJAAR)
        self.beschikbaar = QLineEdit()
        self.beschikbaar.setPlaceholderText("bijvoorbeeld € 1.500.000")
        for label, widget in (("&Zekerheid", self.zekerheid), ("&Trekkingen", self.trekkingen), ("Zaa&d", self.zaad),
                              ("&Risicoperiode", self.periode), ("Beschi&kbare weerstandscapaciteit", self.beschikbaar)):
            widget.setAccessibleName(label.replace("&", ""))
            widget.setLocale(NEDERLANDS)   # 10.000, not 10,000
            widget.setMaximumWidth(self.fontMetrics().height() * 16 if widget is not self.periode else ONBEPERKT)
            vorm.addRow(label, widget)
        self.sectie("Instellingen", instellingen)

        self.register = QTableWidget(0, len(KOPPEN))
        self.register.setAccessibleName("Risicoregister")
        self.register.setHorizontalHeaderLabels(KOPPEN)
        self.register.verticalHeader().hide()
        self.register.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.register.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.register.horizontalHeader().setSectionResizeMode(K_SCENARIO, QHeaderView.Interactive)
        self.register.horizontalHeader().setStretchLastSection(False)
        self.register.setTextElideMode(Qt.ElideRight)
        self.register.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)   # as high as its rows: the page scrolls
        self.register.itemChanged.connect(self._cel_gewijzigd)
        self.sectie("Risicoregister", self.register)
        knoppen = QWidget()
        rij = QHBoxLayout(knoppen)
        rij.setContentsMargins(0, 0, 0, 0)
        self.toevoegen = QPushButton("Eigen risico toevoege&n")
        self.herstel = QPushButton("M&eegeleverde waarden herstellen")
        rij.addWidget(self.toevoegen)
        rij.addWidget(self.herstel)
        rij.addStretch(1)
        self.indeling.addWidget(knoppen)
        self.toevoegen.clicked.connect(self._voeg_toe)
        self.herstel.clicked.connect(self._herstel)

        self.tabel = self.sectie("Benodigde weerstandscapaciteit", Tabel("Tabel benodigde weerstandscapaciteit"))
        self.ratio = tekstregel("", "Ratio weerstandsvermogen")
        self.indeling.addWidget(self.ratio)
        self.normtabel = self.sectie("Normtabel ratio weerstandsvermogen", Tabel("Normtabel"))
        self.normtabel.zet(("Klasse", "Ratio", "Waardering"),
                           [Rij((cel(k), cel(NORMGRENZEN[k]), cel(w))) for _, k, w in NORMTABEL])
        self.toptekst = tekstregel("", "Grootste risico's")
        self.indeling.addWidget(self.toptekst)
        self.bandtabel = self.sectie("Bandbreedte geraamd resultaat", Tabel("Tabel bandbreedte"))
        self.status = tekstregel("", "Status berekening")
        self.indeling.addWidget(self.status)
        self.verdeling = self.sectie("Verdeling van de risico's", VerdelingGrafiek(), 1)
        self.waaier = self.sectie("Bandbreedte geraamd resultaat per jaar", WaaierGrafiek(), 1)

        self.zekerheid.valueChanged.connect(self._instelling)
        self.trekkingen.valueChanged.connect(self._instelling)
        self.zaad.valueChanged.connect(self._instelling)
        self.periode.currentIndexChanged.connect(self._instelling)
        self.beschikbaar.editingFinished.connect(self._instelling)

    # -- input ---------------------------------------------------------------------------
    def toon(self, project, jaren: tuple[int, int]) -> None:
        """Show the risks of ``project`` over the years in view (the bandbreedte's horizon)."""
        if project is not self.project:
            self.project = project
            self._laad_ui()
        self.jaren = jaren
        self.herbereken()

    def _laad_ui(self) -> None:
        self._vullen = True
        try:
            data = json.loads(self.project.ui.get(UI_SLEUTEL) or "{}")
        except (ValueError, TypeError):
            data = {}
        self.rijen = _rijen_uit_ui(self.project.ui)
        self.zekerheid.setValue(int(data.get("zekerheid", 90)))
        self.trekkingen.setValue(int(data.get("trekkingen", 10_000)))
        self.zaad.setValue(int(data.get("zaad", 1)))
        self.periode.setCurrentIndex(max(0, self.periode.findData(data.get("periode", MEERJARIG))))
        beschikbaar = data.get("beschikbaar")
        self.beschikbaar.setText("" if beschikbaar is None else getal(beschikbaar))
        self._vullen = False

    def _bewaar_ui(self) -> None:
        if self.project is None:
            return
        self.project.ui[UI_SLEUTEL] = json.dumps({
            "rijen": [asdict(r) for r in self.rijen.values()], "zekerheid": self.zekerheid.value(),
            "trekkingen": self.trekkingen.value(), "zaad": self.zaad.value(), "periode": self.periode.currentData(),
            "beschikbaar": self._beschikbaar()}, ensure_ascii=False)
        self.gewijzigd.emit()

    def _beschikbaar(self) -> float | None:
        """The typed beschikbare weerstandscapaciteit; None when empty or not a usable amount."""
        return self._lees_beschikbaar()[0]

    def _lees_beschikbaar(self) -> tuple[float | None, str | None]:
        tekst = self.beschikbaar.text().strip()
        if not tekst:
            return None, None
        try:
            waarde = lees_getal(tekst)
        except GeenGetal as fout:
            return None, f"Beschikbare weerstandscapaciteit: {fout}."
        if waarde < 0:
            return None, "Beschikbare weerstandscapaciteit: het bedrag kan niet negatief zijn."
        return waarde, None

    def _instelling(self, *_):
        if self._vullen:
            return
        fout = self._lees_beschikbaar()[1]
        if fout:
            self.status.setText(fout)   # nothing changes until the amount can be read
            return
        self._bewaar_ui()
        self.herbereken()

    def _cel_gewijzigd(self, item: QTableWidgetItem) -> None:
        if self._vullen or self.analyse is None:
            return
        naam = self.register.item(item.row(), K_NAAM).text()
        oud = self.rijen.get(naam, Registerrij(naam))
        tekst = item.text().strip()
        try:
            if item.column() == K_KANS:
                kans = lees_percentage(tekst)[0]
                if not 0 <= kans <= 1:
                    raise GeenGetal("een kans ligt tussen 0 % en 100 %")
                nieuw = Registerrij(**{**asdict(oud), "kans": kans})
            elif item.column() == K_GEVOLG:
                gevolg = lees_getal(tekst)
                if gevolg < 0:
                    raise GeenGetal("het gevolg kan niet negatief zijn")
                nieuw = Registerrij(**{**asdict(oud), "gevolg": gevolg})
            elif item.column() == K_VERDELING:
                if tekst.lower() not in (UNIFORM, VAST):
                    raise GeenGetal("kies uniform of vast")
                nieuw = Registerrij(**{**asdict(oud), "verdeling": tekst.lower()})
            else:
                return
        except GeenGetal as fout:
            self.status.setText(f"{naam}: '{tekst}' kan niet: {fout}.")
            self._toon_register(self.analyse)   # back to the value in use
            return
        self.rijen[naam] = nieuw
        self._bewaar_ui()
        self.herbereken()

    def _voeg_toe(self) -> None:
        namen = {self.register.item(r, K_NAAM).text() for r in range(self.register.rowCount())}
        n = 1
        while f"Eigen risico {n}" in namen:
            n += 1
        self.rijen[f"Eigen risico {n}"] = Registerrij(f"Eigen risico {n}", kans=0.1, gevolg=0.0, verdeling=UNIFORM)
        self._bewaar_ui()
        self.herbereken()

    def _herstel(self) -> None:
        self.rijen = {}
        self._bewaar_ui()
        self.herbereken()

    # -- calculation ---------------------------------------------------------------------
    def rekenfunctie(self, project, jaren: tuple[int, int]):
        """A function of no GUI state that computes the analysis as the tab shows it (for a worker thread):
        the project's scenario in view, the workbook's sheet Risico's, the user's rows and settings."""
        if project is not self.project:   # the tab was not shown yet: the project's own rows and settings
            self.project = project
            self._laad_ui()
        van, tot = jaren
        invoer, parameterset, scenario = project.invoer, project.parameterset, project.toestand.effectief()
        bron = project.toestand.bron
        eigen = list(self.rijen.values())
        instellingen = dict(zekerheid=self.zekerheid.value(), trekkingen=self.trekkingen.value(),
                            zaad=self.zaad.value(), periode=self.periode.currentData())
        beschikbaar = self._beschikbaar()
        bladrijen = self._bladrijen

        def reken(_voortgang=None):
            from model.risico.analyse import analyseer
            from model.io.risicoblad import beschikbaar_uit_invoer
            blad = _lees_blad(bron, bladrijen)
            uit_invoer = beschikbaar_uit_invoer(invoer)
            analyse = analyseer(invoer, parameterset, scenario, rijen=[*blad.rijen, *eigen], met_bandbreedte=True,
                                bandbreedte_jaren=(van, tot),
                                beschikbaar=beschikbaar if beschikbaar is not None else
                                uit_invoer, **instellingen)
            return analyse, [b.tekst() for b in blad.fouten]
        return reken

    def herbereken(self) -> None:
        if self.project is None or self.jaren is None:
            return
        from ui.werkers import Werker, start
        self._generatie += 1
        generatie = self._generatie
        self.status.setText("Bezig met rekenen …")
        werker = Werker(self.rekenfunctie(self.project, self.jaren))
        werker.signalen.klaar.connect(lambda uit: self._klaar(generatie, *uit))
        werker.signalen.mislukt.connect(lambda tekst: self._mislukt(generatie, tekst))
        start(werker)

    def _mislukt(self, generatie: int, tekst: str) -> None:
        if generatie == self._generatie:
            self.status.setText(f"De risico's kunnen niet worden berekend: {tekst}")

    def _klaar(self, generatie: int, analyse, bladfouten=()) -> None:
        if generatie != self._generatie:
            return   # a newer edit is on its way
        self.analyse = analyse
        self._toon_register(analyse)
        s = analyse.simulatie
        self.tabel.zet(("Zekerheid", "Benodigde weerstandscapaciteit"),
                       [Rij((cel(f"{getal(p)} %"), cel(s.benodigd[p], EUR)), nadruk=p == s.zekerheid)
                        for p in sorted(set(ZEKERHEDEN) | {s.zekerheid})])
        self.ratio.setText(s.zekerheid_tekst() + "\n" + s.ratio_tekst())
        top = [t for t in s.top if t.verwachte_waarde > 0][:5]
        self.toptekst.setText(
            "Grootste risico's naar verwachte waarde: " + "; ".join(
                f"{t.naam} ({euro(t.verwachte_waarde)}, {procent(t.aandeel)})" for t in top) + "."
            if top else "Geen van de risico's heeft een gevolg.")
        self.verdeling.toon(s.totalen, s.zekerheid, s.benodigd_bij_zekerheid)
        b = analyse.bandbreedte
        from model.berekening import reeksen
        berekend = reeksen(self.project.invoer, ("saldo_na_bestemming",), self.project.parameterset,
                           self.project.toestand.effectief(), b.jaren[0], b.jaren[-1])["saldo_na_bestemming"]
        self.waaier.toon(b.jaren, b.percentielen["saldo_na_bestemming"], berekend)
        koppen = ("Percentiel", *(str(j) for j in b.jaren), "Totaal")
        self.bandtabel.zet(koppen, [Rij((cel(f"{p} %"), *(cel(x, EUR) for x in b.percentielen["saldo_na_bestemming"][p]),
                                         cel(b.som["saldo_na_bestemming"][p], EUR))) for p in (5, 25, 50, 75, 95)])
        van, tot = analyse.periode
        self.status.setText(
            f"Risicoperiode {van}{'' if van == tot else f'–{tot}'}; {getal(s.trekkingen)} trekkingen, zaad {s.zaad}. "
            f"Bandbreedte {b.jaren[0]}–{b.jaren[-1]} over {getal(b.trekkingen)} trekkingen van de onzekere aannames: "
            f"kans dat het geraamde resultaat over deze jaren samen negatief is: {procent(b.kans_tekort_cumulatief, 1)}."
            + ("".join(f"\nHet blad Risico's van het werkboek is niet gebruikt: {t}" for t in bladfouten)))
        self.berekend.emit()

    def _toon_register(self, analyse) -> None:
        self._vullen = True
        try:
            self.register.setColumnWidth(K_SCENARIO, self.fontMetrics().height() * 24)
            self.register.setRowCount(len(analyse.register))
            for i, r in enumerate(analyse.register):
                tekst = r.scenario_tekst() if r.is_model else (r.toelichting or r.omschrijving)
                waarden = (r.naam, "model" if r.is_model else "eigen", procent(r.kans), getal(r.gevolg), r.verdeling,
                           getal(r.verwachte_waarde), tekst)
                for k, w in enumerate(waarden):
                    item = QTableWidgetItem(w)
                    vlaggen = Qt.ItemIsEnabled | Qt.ItemIsSelectable
                    if k in (K_KANS, K_GEVOLG, K_VERDELING):
                        vlaggen |= Qt.ItemIsEditable
                    item.setFlags(vlaggen)
                    if k in (K_KANS, K_GEVOLG, K_VERWACHT):
                        item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                    if k == K_GEVOLG and r.is_model:
                        item.setToolTip("Berekend met het model; een getypt bedrag vervangt de berekening.")
                    elif k == K_SCENARIO:
                        item.setToolTip(f"{tekst}\n{r.omschrijving}" if tekst else r.omschrijving)
                    self.register.setItem(i, k, item)
        finally:
            self._vullen = False
        self._pas_register_aan()

    def _pas_register_aan(self) -> None:
        """The register as high as its rows (no scrolling inside it); its width decides where the charts go."""
        r = self.register
        hoogte = r.horizontalHeader().height() + 2 * r.frameWidth() + r.verticalHeader().length()
        if r.horizontalHeader().length() > r.viewport().width():
            hoogte += r.horizontalScrollBar().sizeHint().height()
        r.setMinimumHeight(max(hoogte, self.fontMetrics().height() * 6))
        self.schik()

    def tabelbreedte(self) -> int:
        """The tables column is as wide as the register needs, so every column of it shows; the charts go below
        the tables when there is no room left beside them."""
        r = self.register
        nodig = r.horizontalHeader().length() + 2 * r.frameWidth()
        return max(super().tabelbreedte(), nodig)


def _rijen_uit_ui(ui) -> dict[str, Registerrij]:
    """The user's register rows kept in the project (damaged: none)."""
    try:
        data = json.loads(ui.get(UI_SLEUTEL) or "{}")
        return {r["naam"]: Registerrij(**r) for r in data.get("rijen", [])}
    except (ValueError, TypeError, KeyError, AttributeError):
        return {}


def _lees_blad(bron, cache: dict):
    """The workbook's sheet Risico's and beschikbare capaciteit, read once per loaded workbook."""
    from model.io.afgeschermd import lees_risico_afgeschermd
    from model.io.risicoblad import Risicoinvoer
    if bron is None or not bron.inhoud:
        return Risicoinvoer()
    sleutel = (bron.bestandsnaam, hash(bron.inhoud))
    if sleutel not in cache:
        import tempfile
        from pathlib import Path
        from model.io.invoerbestand import WERKBOEKEN
        achtervoegsel = Path(bron.bestandsnaam).suffix.lower()
        if achtervoegsel not in WERKBOEKEN:
            cache[sleutel] = Risicoinvoer()
        else:
            with tempfile.TemporaryDirectory() as map_:
                pad = Path(map_) / f"werkboek{achtervoegsel}"
                pad.write_bytes(bron.inhoud)
                cache[sleutel] = lees_risico_afgeschermd(pad)
    return cache[sleutel]
