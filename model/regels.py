"""The output lines of REKENREGELS §5: stable keys, Dutch labels, default taakveld, and the rule text.

These keys are the contract between model, UI, exports and tests. The ``uitleg`` is what the
app shows when a user asks where a figure comes from.
"""
from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType

BATEN, LASTEN, TOTAAL, SALDO, MEMO = "baten", "lasten", "totaal", "saldo", "memo"
NIET_CUMULEERBAAR = frozenset({"reserve_impulsbudget", "saldo_beschut_per_plek"})
EUR, AANTAL, FRACTIE = "EUR", "aantal", "fractie"


@dataclass(frozen=True)
class Regel:
    sleutel: str
    label: str
    taakveld: str          # default Iv3 taakveld; the user may map differently
    groep: str
    eenheid: str
    uitleg: str
    stroom: str            # which funding stream (for the per-stream views and sheets)
    bron: str = ""

    @property
    def cumuleerbaar(self) -> bool:
        """Whether adding the line over years means something: flows in euros, not stocks or per-place amounts."""
        return self.eenheid == EUR and self.sleutel not in NIET_CUMULEERBAAR


REGELS: tuple[Regel, ...] = (
    Regel("iu_beschut_werk", "Rijksbijdrage beschut werk (IU Participatie)", "0.7", BATEN, EUR,
          "Bekostigde plekken × bedrag per plek. Staat er voor het jaar een bedrag in de circulaire, dan: "
          "circulairebedrag − tijdelijke ophoging.", "beschut_werk", "000 §5.11; 003"),
    Regel("iu_beschut_lks_overbrugging", "Tijdelijke ophoging LKS beschut werk", "0.7", BATEN, EUR,
          "Bekostigde plekken × ophoging per plek, in de jaren vóór het startjaar van de forfaitaire LKS.",
          "beschut_werk", "000 §5.1, §5.3"),
    Regel("iu_sociale_infrastructuur", "Rijksbijdrage sociale infrastructuur", "0.7", BATEN, EUR,
          "Circulairebedrag van het jaar; anders aandeel × macrobudget. Het aandeel komt uit de laatste circulaire "
          "(bedrag / macrobudget van dat jaar) of uit doelgroepenregister gemeente / landelijk.",
          "sociale_infrastructuur", "000 §3.1"),
    Regel("iu_wsw", "Rijksbijdrage Wsw", "0.7", BATEN, EUR,
          "Circulairebedrag van het jaar; anders het laatste circulairebedrag (of de rijksbijdrage in het basisjaar) "
          "× ontwikkeling Wsw-volume (MvT) × ontwikkeling bedrag per SE.", "wsw", "002 Wsw-tabel"),
    Regel("du_impulsbudget", "Impulsbudget sociale infrastructuur (DU)", "0.7", BATEN, EUR,
          "Ontvangende gemeente: het regionale bedrag (circulaire, anders aandeel regio × macrobudget). "
          "Andere gemeente: de doorbetaling.", "impulsbudget", "000 §4.1; 001"),
    Regel("buig_lks_beschut", "BUIG-dekking loonkostensubsidie beschut werk", "6.3", BATEN, EUR,
          "Loonkostensubsidie beschut werk × dekking uit de BUIG.", "beschut_werk", "000 §1.1; 002"),
    Regel("baten_totaal", "Totaal baten", "", TOTAAL, EUR, "Som van de baten.", "totaal"),
    Regel("lasten_lks_beschut", "Loonkostensubsidie beschut werk", "6.3", LASTEN, EUR,
          "Gerealiseerd beschut werk × LKS-percentage × jaarloon WML × (1 + werkgeverslasten LKS). Vanaf het startjaar "
          "is het percentage het forfait van 68 %; daarvóór het percentage van de gemeente.",
          "beschut_werk", "000 §5.1; 004"),
    Regel("lasten_beschut_aanvullend", "Aanvullende bijdrage beschut werk (SOB)", "6.4", LASTEN, EUR,
          "Gerealiseerd beschut werk × netto kosten per persoon (loon + werkgeverslasten SOB + (begeleiding + "
          "overhead − netto toegevoegde waarde) × index) − loonkostensubsidie.", "beschut_werk"),
    Regel("lasten_sociale_infrastructuur", "Plekken sociale infrastructuur", "6.5", LASTEN, EUR,
          "Plekken sociale infrastructuur × kosten per plek × index.", "sociale_infrastructuur"),
    Regel("lasten_wsw", "Wsw (netto kosten)", "6.4", LASTEN, EUR,
          "SE (basisjaar × ontwikkeling actueel Wsw-volume, of × (1 − uitstroom) per jaar) × netto kosten per SE × index.",
          "wsw", "002"),
    Regel("lasten_impulsbudget", "Besteding impulsbudget", "6.4", LASTEN, EUR,
          "Som van de bestedingen in het bestedingsplan van het jaar.", "impulsbudget", "001"),
    Regel("lasten_totaal", "Totaal lasten", "", TOTAAL, EUR, "Som van de lasten.", "totaal"),
    Regel("saldo", "Saldo (+ = overschot)", "", SALDO, EUR, "Totaal baten − totaal lasten.", "totaal"),
    Regel("reserve_impulsbudget", "Stand bestemmingsreserve impulsbudget (eind jaar)", "memo", MEMO, EUR,
          "Stand vorig jaar (vóór 2025: beginstand) + impulsbudget − besteding.", "impulsbudget"),
    Regel("impulsbudget_toegerekend", "Toegerekend aandeel impulsbudget", "memo", MEMO, EUR,
          "Aandeel regio × macrobudget × doelgroepenregister gemeente / samenwerkingsverband.", "impulsbudget", "001"),
    Regel("plekken_bekostigd_beschut", "Bekostigde plekken beschut werk (aantal)", "memo", MEMO, AANTAL,
          "(1 − a) × taakstelling + a × aandeel nieuw verdeelmodel × landelijke taakstelling; a volgt het ingroeipad "
          "(2027: 1/3, 2028: 2/3, vanaf 2029: 1). Het aandeel weegt realisatie en positief advies.",
          "beschut_werk", "003"),
    Regel("saldo_beschut_per_plek", "Saldo beschut werk per plek", "memo", MEMO, EUR,
          "(Rijksbijdrage + ophoging + BUIG-dekking − LKS − aanvullende bijdrage) / gerealiseerd beschut werk "
          "(0 als er niemand werkt).", "beschut_werk"),
    Regel("realisatiegraad", "Realisatie t.o.v. taakstelling", "memo", MEMO, FRACTIE,
          "Gerealiseerd beschut werk / taakstelling.", "beschut_werk", "003"),
    Regel("maatschappelijke_baten", "Maatschappelijke baten (midden)", "memo", MEMO, EUR,
          "(Gerealiseerd beschut werk + plekken sociale infrastructuur) × brede baten per persoon (midden).",
          "maatschappelijke_baten", "003"),
    Regel("maatschappelijke_baten_gemeente", "Waarvan bij de gemeente", "memo", MEMO, EUR,
          "Maatschappelijke baten × aandeel dat bij de gemeente neerslaat.", "maatschappelijke_baten", "002; 003"),
)

REGEL = MappingProxyType({r.sleutel: r for r in REGELS})
SLEUTELS = tuple(r.sleutel for r in REGELS)

STROMEN = MappingProxyType({
    "beschut_werk": "Beschut werk",
    "sociale_infrastructuur": "Sociale infrastructuur",
    "impulsbudget": "Impulsbudget",
    "wsw": "Wsw",
    "maatschappelijke_baten": "Maatschappelijke baten",
})
