"""One view per funding stream, generated from the catalogue (model/regels.py) as the annex's streams are.

Every stream's view shows its explanation (``stroomuitleg``) and one year table in the parts of
:func:`model.regels.stroomindeling`: its baten, lasten and reserve mutations, its memo lines and its key
figures, each row labelled, formatted (its :class:`~model.eenheden.Eenheid`) and explained by its catalogue
entry. A stream added to the catalogue gets a view without an edit here. What is not a series of the
catalogue is bespoke: the members of the samenwerkingsverband (impulsbudget), the regional comparison and
the note on the loonkostensubsidie (beschut werk), and the charts.

Every figure is read from the ``Resultaat``; the views format, they never calculate (a total row of a
displayed table is a plain sum).
"""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from model.opmaak import jarentekst, procent
from model.regels import STROMEN, Regel, rijlabel, stroomindeling, stroomuitleg
from ui.grafieken import LijnGrafiek
from ui.grafieken.jaargrafiek import STAAF
from ui.views.paneel import Paneel, tekstregel
from ui.views.tabellen import AANTAL, EUR, FRACTIE, Cel, Rij, Tabel, cel, jaarrij, somrij

OMSCHRIJVING = "Omschrijving"
TABELKOP = "Baten, lasten en kerngegevens"


def _jaartabel(naam: str) -> Tabel:
    """A table with a column per year; its first column stays in view when it scrolls sideways."""
    return Tabel(naam, vaste_kolom=True)


def regelrij(resultaat, regel: Regel) -> Rij:
    """A catalogue entry as a row: its label (as this gemeente sees it), its series, unit and explanation."""
    return jaarrij(rijlabel(regel, resultaat.label(regel.sleutel)), resultaat.getoond(regel.sleutel), regel.eenheid,
                   regel.eenheid.decimalen, toelichting=regel.uitleg)


def stroomrijen(resultaat, stroom: str) -> list[Rij]:
    """The stream's table: its parts from the catalogue, each after a bold heading (none for the first)."""
    rijen: list[Rij] = []
    for kop, regels in stroomindeling(stroom, resultaat.invoer.ontvangt_impulsbudget):
        if kop:
            rijen.append(Rij((Cel(kop),), nadruk=True))
        rijen += [regelrij(resultaat, r) for r in regels]
    return rijen


class Stroomview(Paneel):
    """The view of one stream; a subclass adds bespoke sections in ``aanvullen`` and fills them in ``toon_extra``."""

    stroom = ""

    def __init__(self, stroom: str | None = None, parent: QWidget | None = None):
        self.stroom = stroom or self.stroom
        naam = STROMEN[self.stroom]
        super().__init__(naam, stroomuitleg(self.stroom), parent)
        self.resultaat = None
        self.tabel = self.sectie(TABELKOP, _jaartabel(f"Tabel {naam.lower()}"))
        self.aanvullen()

    def aanvullen(self) -> None:
        """Bespoke sections after the catalogue's table (none by default)."""

    def toon_extra(self, resultaat) -> None:
        """Fill the bespoke sections."""

    def koppen(self, resultaat) -> list[str]:
        return [OMSCHRIJVING] + [str(j) for j in resultaat.jaren]

    def toon(self, resultaat) -> None:
        self.resultaat = resultaat
        # the taakvelden as this begroting books them (a gemeente's own choice, a member's doorbetaling)
        self.uitleg.setText(stroomuitleg(self.stroom, resultaat.invoer.taakvelden_in_gebruik()))
        self.tabel.zet(self.koppen(resultaat), stroomrijen(resultaat, self.stroom))
        self.toon_extra(resultaat)


class BeschutWerkView(Stroomview):
    stroom = "beschut_werk"

    def aanvullen(self) -> None:
        self.lks_tekst = tekstregel(naam="Toelichting loonkostensubsidie")
        self.indeling.addWidget(self.lks_tekst)
        self.regio = self.sectie("Arbeidsmarktregio vergeleken met Nederland", Tabel("Tabel regiovergelijking"))
        self.regio_bron = tekstregel(naam="Bron regiovergelijking")
        self.indeling.addWidget(self.regio_bron)
        self.grafiek = self.sectie("Taakstelling en realisatie per jaar",
                                   LijnGrafiek("Grafiek taakstelling en realisatie beschut werk"), 1)

    def toon_extra(self, r) -> None:
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
    stroom = "sociale_infrastructuur"

    def aanvullen(self) -> None:
        self.grafiek = self.sectie("Rijksbijdrage en lasten per jaar",
                                   LijnGrafiek("Grafiek rijksbijdrage en lasten sociale infrastructuur"), 1)

    def toon_extra(self, r) -> None:
        self.grafiek.toon(r.jaren, [("Rijksbijdrage", r.reeks("iu_sociale_infrastructuur")),
                                    ("Lasten plekken", r.reeks("lasten_sociale_infrastructuur"))], EUR, STAAF)


class ImpulsbudgetView(Stroomview):
    stroom = "impulsbudget"

    def aanvullen(self) -> None:
        self.leden = self.sectie("Verdeling over het samenwerkingsverband",
                                 _jaartabel("Tabel verdeling over de gemeenten"))
        self.leden_tekst = tekstregel(naam="Toelichting verdeling")
        self.indeling.addWidget(self.leden_tekst)
        self.grafiek = self.sectie("Bestemmingsreserve, impulsbudget en besteding per jaar",
                                   LijnGrafiek("Grafiek bestemmingsreserve impulsbudget"), 1)

    def toon_extra(self, r) -> None:
        self._toon_leden(r)
        # the lines' own labels as this gemeente sees them (a member: its doorbetaling)
        self.grafiek.toon(r.jaren, [(r.label(s), r.reeks(s)) for s in
                                    ("reserve_impulsbudget", "du_impulsbudget", "lasten_impulsbudget")], EUR)

    def _toon_leden(self, r) -> None:
        from model.invoer import eigen_lid, verdeelsleutels
        koppen = ["Gemeente", "Doelgroepenregister", "Sleutel"] + [str(j) for j in r.jaren]
        if not r.leden:
            self.leden.zet(koppen, [])
            self.leden_tekst.setText("Geen gemeenten van het samenwerkingsverband ingevuld (blad Samenwerkingsverband); "
                                     "de verdeling ontbreekt.")
            return
        aantallen = {lid.gemeente: lid.doelgroepenregister for lid in r.invoer.samenwerkingsverband}
        sleutels = {naam: (s, afgesproken) for naam, s, afgesproken in verdeelsleutels(r.invoer)}
        eigen = eigen_lid(r.invoer.naam, r.invoer.samenwerkingsverband)
        rijen = [Rij((cel(naam + (" (eigen gemeente)" if eigen is not None and naam == eigen.gemeente else "")),
                      cel(aantallen.get(naam), AANTAL), Cel(sleutels[naam][0], FRACTIE, 2))
                     + tuple(Cel(w, EUR) for w in waarden))
                 for naam, waarden in r.leden]
        onbekend = [j for j, w in zip(r.jaren, r.leden[0][1]) if w is None]
        totaal = somrij("Totaal samenwerkingsverband", rijen)
        if onbekend:   # an unknown regional amount has no total either (never a partial sum, never € 0)
            cellen = list(totaal.cellen)
            for j in onbekend:
                k = 3 + r.jaren.index(j)
                cellen[k] = Cel(None, EUR)
            totaal = Rij(tuple(cellen), True)
        self.leden.zet(koppen, rijen + [totaal])
        afgesproken = all(a for _, a in sleutels.values())
        regel = ("Elke gemeente krijgt het regionale impulsbudget toegerekend naar "
                 + ("de afgesproken verdeelsleutel (blad Samenwerkingsverband)" if afgesproken
                    else "rato van haar doelgroepenregister"))
        if onbekend:
            self.leden_tekst.setText(
                f"{regel}. Het regionale impulsbudget is onbekend in {jarentekst(onbekend)}, dus ook de bedragen "
                f"per gemeente (lege cellen). {r.onbekend_tekst('impulsbudget_toegerekend')}".rstrip())
            return
        from model.export.opties import SECTIETITELS, VERDELING
        self.leden_tekst.setText(f"{regel}; het totaal is het regionale bedrag. De verdeling over 2025–2034 staat "
                                 f"standaard in de bijlage als onderdeel {SECTIETITELS[VERDELING]} (Bestand › "
                                 "Exporteren › Bijlage-instellingen).")


class WswView(Stroomview):
    stroom = "wsw"

    def aanvullen(self) -> None:
        self.grafiek = LijnGrafiek("Grafiek rijksbijdrage en lasten Wsw")
        self.se_grafiek = LijnGrafiek("Grafiek Wsw-SE per jaar")
        self.naast_elkaar(("Rijksbijdrage en lasten per jaar", self.grafiek), ("SE per jaar", self.se_grafiek))

    def toon_extra(self, r) -> None:
        # "Bijdrage GR Wsw" where a gemeenschappelijke regeling carries out the Wsw (REKENREGELS §4.6)
        self.grafiek.toon(r.jaren, [(r.label(s), r.reeks(s)) for s in ("iu_wsw", "lasten_wsw")], EUR)
        self.se_grafiek.toon(r.jaren, [("Wsw-SE", r.reeks("se"))], AANTAL, STAAF)


class MaatschappelijkeBatenView(Stroomview):
    stroom = "maatschappelijke_baten"

    def aanvullen(self) -> None:
        self.grafiek = self.sectie("Maatschappelijke baten laag, midden en hoog",
                                   LijnGrafiek("Grafiek maatschappelijke baten"), 1)

    def toon_extra(self, r) -> None:
        self.grafiek.toon(r.jaren, [("Hoog", r.reeks("maatschappelijke_baten_hoog")),
                                    ("Midden", r.reeks("maatschappelijke_baten")),
                                    ("Laag", r.reeks("maatschappelijke_baten_laag")),
                                    ("Waarvan bij de gemeente (midden)", r.reeks("maatschappelijke_baten_gemeente"))],
                          EUR, band=("Laag", "Hoog"))


#: The views with bespoke sections; any other stream of the catalogue gets the plain generated view.
EIGEN_VIEWS: dict[str, type[Stroomview]] = {
    k.stroom: k for k in (BeschutWerkView, SocialeInfrastructuurView, ImpulsbudgetView, WswView,
                          MaatschappelijkeBatenView)}


def stroomviews() -> list[Stroomview]:
    """One view per stream of the catalogue, in its order."""
    return [EIGEN_VIEWS[s]() if s in EIGEN_VIEWS else Stroomview(s) for s in STROMEN]
