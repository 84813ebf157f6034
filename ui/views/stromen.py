"""One view per funding stream: an explanation, compact tables and a chart.

Every figure is read from the ``Resultaat`` (lines, details, leden, regiovergelijking);
the views format, they never calculate (a total row of a displayed table is a plain sum).
"""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from model.opmaak import procent
from model.regels import REGEL
from ui.grafieken import LijnGrafiek
from ui.grafieken.jaargrafiek import STAAF
from ui.views.paneel import Paneel, tekstregel
from ui.views.tabellen import AANTAL, EUR, FRACTIE, Cel, Rij, Tabel, cel, jaarrij, somrij

OMSCHRIJVING = "Omschrijving"

#: Dutch labels for the intermediate series (details) the views show.
DETAIL_LABELS = {
    "taak": "Taakstelling beschut werk (aantal)",
    "real": "Gerealiseerd beschut werk (aantal)",
    "adv": "Positief advies beschut werk (aantal)",
    "lks_pct": "LKS-percentage",
    "jaarloon_wml": "Jaarloon wettelijk minimumloon",
    "lks_per_persoon": "Loonkostensubsidie per persoon",
    "si_plekken": "Plekken sociale infrastructuur (aantal)",
    "si_aandeel": "Aandeel gemeente in het macrobudget",
    "besteding_organisatiestructuur": "Organisatiestructuur",
    "besteding_doorstroom": "Doorstroom",
    "besteding_operationeel_resultaat": "Operationeel resultaat",
    "besteding_duurzame_werkplekken": "Duurzame werkplekken",
    "besteding_overig": "Overig",
    "se": "Wsw-SE (standaardeenheden)",
    "maatschappelijke_baten_laag": "Maatschappelijke baten (laag)",
    "maatschappelijke_baten_hoog": "Maatschappelijke baten (hoog)",
}


def _label(sleutel: str) -> str:
    return DETAIL_LABELS[sleutel] if sleutel in DETAIL_LABELS else REGEL[sleutel].label


def _jaartabel(naam: str) -> Tabel:
    """A table with a column per year; its first column stays in view when it scrolls sideways."""
    return Tabel(naam, vaste_kolom=True)


def _taakveld(sleutel: str) -> str:
    return REGEL[sleutel].taakveld


class Stroomview(Paneel):
    """A stream view; subclasses add sections and implement ``toon``."""

    def __init__(self, naam: str, uitleg: str, parent: QWidget | None = None):
        super().__init__(naam, uitleg, parent)
        self.resultaat = None

    def koppen(self, resultaat) -> list[str]:
        return [OMSCHRIJVING] + [str(j) for j in resultaat.jaren]

    def rij(self, resultaat, sleutel: str, eenheid: str = EUR, decimalen: int | None = None,
            nadruk: bool = False, label: str | None = None) -> Rij:
        return jaarrij(label or _label(sleutel), resultaat.reeks(sleutel), eenheid, decimalen, nadruk,
                       toelichting=REGEL[sleutel].uitleg if sleutel in REGEL else "")

    def vul(self, tabel: Tabel, resultaat, rijen: list[Rij]) -> None:
        tabel.zet(self.koppen(resultaat), rijen)


class BeschutWerkView(Stroomview):
    def __init__(self, parent: QWidget | None = None):
        super().__init__("Beschut werk", (
            "Beschut werk: plekken voor mensen die alleen in een beschutte omgeving kunnen werken. De rijksbijdrage "
            f"komt via de integratie-uitkering Participatie (taakveld {_taakveld('iu_beschut_werk')}); de "
            "loonkostensubsidie loopt via de BUIG en staat op taakveld "
            f"{_taakveld('lasten_lks_beschut')}, de aanvullende bijdrage aan het sociaal ontwikkelbedrijf op taakveld "
            f"{_taakveld('lasten_beschut_aanvullend')}. Vanaf het startjaar van de forfaitaire LKS rekent het model met "
            "het forfait in plaats van het LKS-percentage van de gemeente."), parent)
        self.plekken = self.sectie("Taakstelling, realisatie en bekostigde plekken",
                                   _jaartabel("Tabel plekken beschut werk"))
        self.geld = self.sectie("Baten en lasten beschut werk", _jaartabel("Tabel baten en lasten beschut werk"))
        self.lks_tekst = tekstregel(naam="Toelichting loonkostensubsidie")
        self.lks = self.sectie("Loonkostensubsidie vóór en na het forfait", _jaartabel("Tabel loonkostensubsidie"))
        self.indeling.addWidget(self.lks_tekst)
        self.regio = self.sectie("Arbeidsmarktregio vergeleken met Nederland", Tabel("Tabel regiovergelijking"))
        self.regio_bron = tekstregel(naam="Bron regiovergelijking")
        self.indeling.addWidget(self.regio_bron)
        self.grafiek = self.sectie("Taakstelling en realisatie per jaar",
                                   LijnGrafiek("Grafiek taakstelling en realisatie beschut werk"), 1)

    def toon(self, resultaat) -> None:
        self.resultaat = resultaat
        r = resultaat
        self.vul(self.plekken, r, [
            self.rij(r, "taak", AANTAL, 1), self.rij(r, "real", AANTAL, 1), self.rij(r, "adv", AANTAL, 1),
            self.rij(r, "plekken_bekostigd_beschut", AANTAL, 1), self.rij(r, "realisatiegraad", FRACTIE, 1)])
        self.vul(self.geld, r, [
            self.rij(r, "iu_beschut_werk"), self.rij(r, "iu_beschut_lks_overbrugging"), self.rij(r, "buig_lks_beschut"),
            self.rij(r, "lasten_lks_beschut"), self.rij(r, "lasten_beschut_aanvullend"),
            self.rij(r, "saldo_beschut_per_plek", nadruk=True)])
        self.vul(self.lks, r, [
            self.rij(r, "lks_pct", FRACTIE, 0), self.rij(r, "jaarloon_wml"), self.rij(r, "lks_per_persoon"),
            self.rij(r, "lasten_lks_beschut"), self.rij(r, "buig_lks_beschut")])
        self.lks_tekst.setText(self._lks_uitleg(r))
        self._toon_regio(r)
        self.grafiek.toon(r.jaren, [("Taakstelling", r.reeks("taak")), ("Gerealiseerd", r.reeks("real")),
                                    ("Positief advies", r.reeks("adv")),
                                    ("Bekostigde plekken", r.reeks("plekken_bekostigd_beschut"))], AANTAL)

    @staticmethod
    def _lks_uitleg(r) -> str:
        start = int(r.parameter("lks_forfait_startjaar", r.jaren[0]))
        pct = dict(zip(r.jaren, r.reeks("lks_pct")))
        voor = [j for j in r.jaren if j < start]
        na = [j for j in r.jaren if j >= start]
        delen = []
        if voor:
            delen.append(f"Tot en met {voor[-1]} rekent het model met het LKS-percentage van de gemeente "
                         f"({procent(pct[voor[-1]])} van het wettelijk minimumloon)")
        if na:
            delen.append(f"vanaf {na[0]} met het forfait van {procent(pct[na[0]])}")
        tekst = "; ".join(delen)
        if not tekst:
            return ""
        return tekst[0].upper() + tekst[1:] + f". Startjaar forfaitaire LKS in dit scenario: {start}."

    def _toon_regio(self, r) -> None:
        vergelijking = r.regiovergelijking
        koppen = ["Gebied", "Streefcijfer t/m december 2025", "Werkzaam t/m september 2025", "Realisatiegraad"]
        if vergelijking is None:
            self.regio.zet(koppen, [])
            self.regio_bron.setText("Er is geen (bekende) arbeidsmarktregio ingevuld op blad Gemeente; "
                                    "de regiovergelijking ontbreekt.")
            return
        rijen = [Rij((cel(f"Arbeidsmarktregio {g.regio}" if g is vergelijking.regio else "Nederland (landelijk)"),
                      cel(g.streefcijfer, AANTAL), cel(g.werkzaam, AANTAL), cel(g.realisatiegraad, FRACTIE, 1)))
                 for g in (vergelijking.regio, vergelijking.landelijk)]
        self.regio.zet(koppen, rijen)
        self.regio_bron.setText(f"Bron: {vergelijking.bron}.")


class SocialeInfrastructuurView(Stroomview):
    def __init__(self, parent: QWidget | None = None):
        super().__init__("Sociale infrastructuur", (
            "Sociale infrastructuur: plekken voor mensen uit het doelgroepenregister die (nog) niet bij een reguliere "
            "werkgever terechtkunnen. De rijksbijdrage komt via de integratie-uitkering Participatie (taakveld "
            f"{_taakveld('iu_sociale_infrastructuur')}) naar het aandeel van de gemeente in het macrobudget; de lasten "
            f"van de plekken staan op taakveld {_taakveld('lasten_sociale_infrastructuur')}."), parent)
        self.tabel = self.sectie("Rijksbijdrage, lasten en plekken", _jaartabel("Tabel sociale infrastructuur"))
        self.grafiek = self.sectie("Rijksbijdrage en lasten per jaar",
                                   LijnGrafiek("Grafiek rijksbijdrage en lasten sociale infrastructuur"), 1)

    def toon(self, resultaat) -> None:
        self.resultaat = r = resultaat
        self.vul(self.tabel, r, [
            self.rij(r, "iu_sociale_infrastructuur"),
            self.rij(r, "lasten_sociale_infrastructuur", label="Lasten plekken sociale infrastructuur"),
            self.rij(r, "si_plekken", AANTAL), self.rij(r, "si_aandeel", FRACTIE, 3)])
        self.grafiek.toon(r.jaren, [("Rijksbijdrage", r.reeks("iu_sociale_infrastructuur")),
                                    ("Lasten plekken", r.reeks("lasten_sociale_infrastructuur"))], EUR, STAAF)


BESTEDINGEN = ("besteding_organisatiestructuur", "besteding_doorstroom", "besteding_operationeel_resultaat",
               "besteding_duurzame_werkplekken", "besteding_overig")


class ImpulsbudgetView(Stroomview):
    def __init__(self, parent: QWidget | None = None):
        super().__init__("Impulsbudget", (
            "Impulsbudget sociale infrastructuur: een tijdelijke decentralisatie-uitkering (DU, taakveld "
            f"{_taakveld('du_impulsbudget')}) voor het samenwerkingsverband, betaald aan de grootste gemeente. "
            f"De besteding volgens het bestedingsplan staat op taakveld {_taakveld('lasten_impulsbudget')}; wat niet "
            "is besteed, gaat naar de bestemmingsreserve impulsbudget."), parent)
        self.plan = self.sectie("Bestedingsplan per categorie", _jaartabel("Tabel bestedingsplan impulsbudget"))
        self.budget = self.sectie("Impulsbudget en bestemmingsreserve", _jaartabel("Tabel impulsbudget en reserve"))
        self.leden = self.sectie("Verdeling over het samenwerkingsverband",
                                 _jaartabel("Tabel verdeling over de gemeenten"))
        self.leden_tekst = tekstregel(naam="Toelichting verdeling")
        self.indeling.addWidget(self.leden_tekst)
        self.grafiek = self.sectie("Bestemmingsreserve, impulsbudget en besteding per jaar",
                                   LijnGrafiek("Grafiek bestemmingsreserve impulsbudget"), 1)

    def toon(self, resultaat) -> None:
        self.resultaat = r = resultaat
        self.vul(self.plan, r, [self.rij(r, s) for s in BESTEDINGEN]
                 + [self.rij(r, "lasten_impulsbudget", nadruk=True, label="Totaal besteding")])
        self.vul(self.budget, r, [self.rij(r, "reserve_impulsbudget_begin"), self.rij(r, "du_impulsbudget"),
                                  self.rij(r, "lasten_impulsbudget"), self.rij(r, "doorbetaling_aan_leden"),
                                  self.rij(r, "reserve_impulsbudget", nadruk=True),
                                  self.rij(r, "besteding_zonder_dekking"),
                                  self.rij(r, "impulsbudget_toegerekend")])
        self._toon_leden(r)
        self.grafiek.toon(r.jaren, [("Stand bestemmingsreserve", r.reeks("reserve_impulsbudget")),
                                    ("Impulsbudget", r.reeks("du_impulsbudget")),
                                    ("Besteding", r.reeks("lasten_impulsbudget"))], EUR)

    def _toon_leden(self, r) -> None:
        koppen = ["Gemeente", "Doelgroepenregister"] + [str(j) for j in r.jaren]
        if not r.leden:
            self.leden.zet(koppen, [])
            self.leden_tekst.setText("Geen gemeenten van het samenwerkingsverband ingevuld (blad Samenwerkingsverband); "
                                     "de verdeling ontbreekt.")
            return
        aantallen = {lid.gemeente: lid.doelgroepenregister for lid in r.invoer.samenwerkingsverband}
        rijen = [Rij((cel(naam), cel(aantallen.get(naam), AANTAL)) + tuple(Cel(w, EUR) for w in waarden))
                 for naam, waarden in r.leden]
        self.leden.zet(koppen, rijen + [somrij("Totaal samenwerkingsverband", rijen)])
        self.leden_tekst.setText("Elke gemeente krijgt het regionale impulsbudget naar rato van haar "
                                 "doelgroepenregister toegerekend; het totaal is het regionale bedrag.")


class WswView(Stroomview):
    def __init__(self, parent: QWidget | None = None):
        super().__init__("Wsw", (
            "Wet sociale werkvoorziening (Wsw): de zittende Wsw-medewerkers, uitgedrukt in standaardeenheden (SE). "
            f"De rijksbijdrage komt via de integratie-uitkering Participatie (taakveld {_taakveld('iu_wsw')}); de "
            f"netto kosten staan op taakveld {_taakveld('lasten_wsw')}. Het aantal SE daalt doordat de Wsw sinds 2015 "
            "geen nieuwe instroom heeft."), parent)
        self.tabel = self.sectie("SE, rijksbijdrage en lasten", _jaartabel("Tabel Wsw"))
        self.grafiek = LijnGrafiek("Grafiek rijksbijdrage en lasten Wsw")
        self.se_grafiek = LijnGrafiek("Grafiek Wsw-SE per jaar")
        self.naast_elkaar(("Rijksbijdrage en lasten per jaar", self.grafiek), ("SE per jaar", self.se_grafiek))

    def toon(self, resultaat) -> None:
        self.resultaat = r = resultaat
        self.vul(self.tabel, r, [self.rij(r, "se", AANTAL, 1), self.rij(r, "iu_wsw"), self.rij(r, "lasten_wsw")])
        self.grafiek.toon(r.jaren, [("Rijksbijdrage", r.reeks("iu_wsw")), ("Netto kosten", r.reeks("lasten_wsw"))], EUR)
        self.se_grafiek.toon(r.jaren, [("Wsw-SE", r.reeks("se"))], AANTAL, STAAF)


class MaatschappelijkeBatenView(Stroomview):
    def __init__(self, parent: QWidget | None = None):
        super().__init__("Maatschappelijke baten", (
            "Maatschappelijke baten: de brede opbrengst van werk voor mensen in beschut werk en op plekken sociale "
            "infrastructuur (minder uitkering, zorg en ondersteuning, meer welzijn), met een bandbreedte laag–midden–"
            "hoog. Dit is een memopost: de baten staan niet in de begroting en tellen niet mee in het saldo. Een deel "
            "ervan slaat neer bij de gemeente."), parent)
        self.tabel = self.sectie("Bandbreedte per jaar", _jaartabel("Tabel maatschappelijke baten"))
        self.grafiek = self.sectie("Maatschappelijke baten laag, midden en hoog",
                                   LijnGrafiek("Grafiek maatschappelijke baten"), 1)

    def toon(self, resultaat) -> None:
        self.resultaat = r = resultaat
        self.vul(self.tabel, r, [self.rij(r, "maatschappelijke_baten_laag"), self.rij(r, "maatschappelijke_baten"),
                                 self.rij(r, "maatschappelijke_baten_hoog"),
                                 self.rij(r, "maatschappelijke_baten_gemeente")])
        self.grafiek.toon(r.jaren, [("Hoog", r.reeks("maatschappelijke_baten_hoog")),
                                    ("Midden", r.reeks("maatschappelijke_baten")),
                                    ("Laag", r.reeks("maatschappelijke_baten_laag")),
                                    ("Waarvan bij de gemeente (midden)", r.reeks("maatschappelijke_baten_gemeente"))],
                          EUR, band=("Laag", "Hoog"))
