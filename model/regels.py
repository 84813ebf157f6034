"""The one catalogue of quantities: the output lines of REKENREGELS §5 and the intermediate ones.

Every quantity the calculation computes has exactly one entry here: its stable key, Dutch
label, unit, stroom, group (baten, lasten, totaal, saldo, bestemming, structureel, memo, or
``tussen`` for an intermediate quantity), default Iv3 taakveld, whether it is incidental
(BBV art. 19), a short explanation and its source. The overview tables, the per-stream detail
lists, the totals, the exports, the CLI and the app's labels all derive from it; a code-health
test keeps it and the formulas in :mod:`model.rekenregels` one-to-one.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from model.eenheden import AANDEEL, AANTAL, EUR, FRACTIE, GETAL, INDEX, JAAR, Eenheid  # noqa: F401

# groups
BATEN, LASTEN, TOTAAL, SALDO, BESTEMMING, STRUCTUREEL, MEMO, TUSSEN = (
    "baten", "lasten", "totaal", "saldo", "bestemming", "structureel", "memo", "tussen")
#: Heading of each group of output lines, in the order a begroting shows them (totals and
#: saldi stand under the group before them, without a heading of their own).
GROEPKOPPEN = MappingProxyType({
    BATEN: "Baten", LASTEN: "Lasten", BESTEMMING: "Mutaties reserves",
    STRUCTUREEL: "Incidenteel en structureel (BBV art. 19)", MEMO: "Memoposten (niet in het saldo)",
})
#: How one line of each group is called in a sentence ("— baten, taakveld 0.7").
GROEPNAMEN = MappingProxyType({
    BATEN: "baten", LASTEN: "lasten", TOTAAL: "totaal", SALDO: "saldo", BESTEMMING: "mutatie reserve",
    STRUCTUREEL: "incidenteel/structureel", MEMO: "memopost", TUSSEN: "tussenuitkomst",
})
# units (EUR, AANTAL, FRACTIE, GETAL, INDEX, AANDEEL) are the one unit type of model/eenheden.py, which carries
# their text, decimals and Excel format; they are imported above and used by the catalogue's users from here too
#: Stocks: adding them over years means nothing (a ratio line, with a ``noemer``, neither).
_NIET_CUMULEERBAAR = frozenset({"reserve_impulsbudget", "reserve_impulsbudget_begin", "reserve_impulsbudget_leden"})

STROMEN = MappingProxyType({
    "beschut_werk": "Beschut werk",
    "sociale_infrastructuur": "Sociale infrastructuur",
    "impulsbudget": "Impulsbudget",
    "wsw": "Wsw",
    "maatschappelijke_baten": "Maatschappelijke baten",
})
#: Label of ``du_impulsbudget`` for a gemeente that does not receive the impulsbudget itself, and its subject
#: in a sentence.
LABEL_DOORBETALING = "Doorbetaling impulsbudget"
ONDERWERP_DOORBETALING = "de doorbetaling impulsbudget"
#: Label of ``lasten_wsw`` for a gemeente that carries out the Wsw through a gemeenschappelijke regeling (v3).
LABEL_BIJDRAGE_GR_WSW = "Bijdrage GR Wsw"
#: Taakveld of ``du_impulsbudget`` for a gemeente that does not receive the impulsbudget itself: money from another
#: gemeente is not a gemeentefonds uitkering (REKENREGELS §0 v3 item 4).
TAAKVELD_DOORBETALING = "6.4"


@dataclass(frozen=True)
class Regel:
    sleutel: str
    label: str
    taakveld: str          # default Iv3 taakveld; the user may map differently
    groep: str
    eenheid: Eenheid
    uitleg: str
    stroom: str            # which funding stream (for the per-stream views and sheets)
    bron: str = ""
    incidenteel: bool = False  # BBV art. 19: part of the overzicht incidentele baten en lasten
    detail: bool = False       # an intermediate quantity shown in the stream's detail list
    elders: str = ""           # where the line also appears in the gemeente's begroting
    onderwerp: str = ""        # the line as the subject of a comparison sentence ("de rijksbijdrage Wsw");
                               # a line without one gets no sentence of its own (totals, memo lines)
    meervoud: bool = False     # the subject is plural ("de netto kosten Wsw stijgen")
    onderdeel_van: str = ""    # a part of another line (the spending categories of lasten_impulsbudget, v3)
    # A ratio (a percentage, an amount per plek): ``teller / noemer`` of other quantities of the result, so a sum
    # over gemeenten is recomputed from the summed parts, never added. ``teller`` lists signed keys ("-x"
    # subtracts); empty: the numerator is this line × ``noemer`` (it is not a quantity of its own).
    noemer: str = ""
    teller: tuple[str, ...] = ()

    @property
    def cumuleerbaar(self) -> bool:
        """Whether adding the line over years means something: flows in euros, not stocks or per-place amounts."""
        return self.eenheid == EUR and not self.noemer and self.sleutel not in _NIET_CUMULEERBAAR

    @property
    def optelbaar(self) -> bool:
        """Whether the line of several gemeenten adds up to the line of all of them together: amounts and counts
        do; a ratio (``noemer``) is recomputed from its parts; any other unit (a percentage, a share, an index)
        neither adds nor averages."""
        return self.eenheid in (EUR, AANTAL) and not self.noemer

    @property
    def is_uitvoer(self) -> bool:
        """An output line of REKENREGELS §5 (not an intermediate quantity)."""
        return self.groep != TUSSEN

    def label_voor(self, ontvangt_impulsbudget: bool = True, wsw_via_gr: bool = False) -> str:
        """The label as this gemeente sees it (a non-receiving gemeente gets a doorbetaling; a gemeente whose
        Wsw a GR carries out pays the GR's bijdrage)."""
        if self.sleutel == "du_impulsbudget" and not ontvangt_impulsbudget:
            return LABEL_DOORBETALING
        if self.sleutel == "lasten_wsw" and wsw_via_gr:
            return LABEL_BIJDRAGE_GR_WSW
        return self.label

    def onderwerp_voor(self, ontvangt_impulsbudget: bool = True) -> tuple[str, bool]:
        """The subject of a sentence about the line and whether it is plural, as this gemeente sees it."""
        if self.sleutel == "du_impulsbudget" and not ontvangt_impulsbudget:
            return ONDERWERP_DOORBETALING, False
        return self.onderwerp, self.meervoud


def _t(sleutel, label, eenheid, stroom, uitleg="", bron="", detail=False) -> Regel:
    """An intermediate quantity."""
    return Regel(sleutel, label, "", TUSSEN, eenheid, uitleg, stroom, bron, detail=detail)


CATALOGUS: tuple[Regel, ...] = (
    # ---- output lines, in the order of REKENREGELS §5
    Regel("iu_beschut_werk", "Rijksbijdrage beschut werk (IU Participatie)", "0.7", BATEN, EUR,
          "Bekostigde plekken × bedrag per plek. Met een circulairebedrag van de septembercirculaire 2025 of later "
          "(of zonder editie): circulairebedrag − tijdelijke ophoging; van een eerdere editie: het circulairebedrag.",
          "beschut_werk", "000 §5.11; 003",
          onderwerp="de rijksbijdrage beschut werk"),
    Regel("iu_beschut_lks_overbrugging", "Tijdelijke ophoging LKS beschut werk", "0.7", BATEN, EUR,
          "Macrobedrag van de ophoging × bekostigde plekken / landelijke taakstelling, in de jaren vóór het "
          "startjaar van de forfaitaire LKS.", "beschut_werk", "000 §5.1, §5.3; 003", incidenteel=True,
          onderwerp="de tijdelijke ophoging LKS beschut werk"),
    Regel("iu_sociale_infrastructuur", "Rijksbijdrage sociale infrastructuur", "0.7", BATEN, EUR,
          "Circulairebedrag van het jaar; anders aandeel × macrobudget. Het aandeel komt uit de laatste circulaire "
          "(bedrag / macrobudget van dat jaar) of uit doelgroepenregister gemeente / landelijk.",
          "sociale_infrastructuur", "000 §3.1",
          onderwerp="de rijksbijdrage sociale infrastructuur"),
    Regel("iu_wsw", "Rijksbijdrage Wsw", "0.7", BATEN, EUR,
          "Circulairebedrag van het jaar; anders het laatste circulairebedrag (of de rijksbijdrage in het basisjaar) "
          "× ontwikkeling Wsw-volume (MvT) × ontwikkeling bedrag per SE × loon- en prijsbijstelling rijksbijdragen.",
          "wsw", "002 Wsw-tabel", elders="De Wsw staat mogelijk ook in de begroting van de gemeenschappelijke "
          "regeling of het SOB; niet dubbel tellen.",
          onderwerp="de rijksbijdrage Wsw"),
    Regel("du_impulsbudget", "Impulsbudget sociale infrastructuur (DU)", "0.7", BATEN, EUR,
          "Ontvangende gemeente: het regionale bedrag (circulaire, anders aandeel regio × macrobudget). "
          "Andere gemeente: de doorbetaling door de ontvangende gemeente.", "impulsbudget", "000 §4.1; 001",
          incidenteel=True,
          onderwerp="het impulsbudget"),
    Regel("buig_lks_beschut", "BUIG-dekking loonkostensubsidie beschut werk", "6.3", BATEN, EUR,
          "Gerealiseerd beschut werk × LKS-percentage dat de BUIG dekt (loonwaarde; vanaf het forfait 68 %) × "
          "loonkosten WML × dekking uit de BUIG.", "beschut_werk", "000 §1.1, §5.4; 002",
          elders="Onderdeel van het BUIG-budget van de gemeente; niet dubbel ramen.",
          onderwerp="de BUIG-dekking van de loonkostensubsidie"),
    Regel("baten_totaal", "Totaal baten", "", TOTAAL, EUR, "Som van de baten.", "totaal"),
    Regel("lasten_lks_beschut", "Loonkostensubsidie beschut werk", "6.3", LASTEN, EUR,
          "Gerealiseerd beschut werk × LKS-percentage dat de gemeente betaalt × jaarloon WML × (1 + werkgeverslasten "
          "LKS). Vanaf het startjaar is het percentage het forfait van 68 %; daarvóór het percentage van de gemeente.",
          "beschut_werk", "000 §5.1; 004", elders="Betaald uit het BUIG-budget van de gemeente.",
          onderwerp="de lasten loonkostensubsidie", meervoud=True),
    Regel("lasten_beschut_aanvullend", "Aanvullende bijdrage beschut werk (SOB)", "6.4", LASTEN, EUR,
          "Gerealiseerd beschut werk × netto kosten per persoon (loon + werkgeverslasten SOB + (begeleiding + "
          "overhead − netto toegevoegde waarde) × index) − loonkostensubsidie.", "beschut_werk",
          onderwerp="de aanvullende bijdrage beschut werk aan het SOB"),
    Regel("lasten_sociale_infrastructuur", "Plekken sociale infrastructuur", "6.5", LASTEN, EUR,
          "Plekken sociale infrastructuur × kosten per plek × index.", "sociale_infrastructuur",
          onderwerp="de lasten plekken sociale infrastructuur", meervoud=True),
    Regel("lasten_wsw", "Wsw (netto kosten)", "6.4", LASTEN, EUR,
          "SE (basisjaar × ontwikkeling actueel Wsw-volume, of × (1 − uitstroom) per jaar) × netto kosten per SE × "
          "index. Via een gemeenschappelijke regeling: de bijdrage aan de GR uit haar begroting (een jaar zonder "
          "bijdrage: het vorige gegeven jaar, geïndexeerd).", "wsw", "002", elders="De Wsw staat mogelijk ook in de begroting van de gemeenschappelijke "
          "regeling of het SOB; niet dubbel tellen.", onderwerp="de netto kosten Wsw", meervoud=True),
    Regel("lasten_impulsbudget", "Besteding impulsbudget", "", LASTEN, EUR,
          "Som van de bestedingen per categorie (de vijf regels hieronder); het taakveld staat per categorie.",
          "impulsbudget", "001",
          onderwerp="de besteding van het impulsbudget"),
    *(Regel(f"besteding_{c}", f"Besteding impulsbudget: {naam}", tv, LASTEN, EUR,
            "Het bedrag uit het bestedingsplan van het jaar. Een structurele categorie loopt na het laatste geplande "
            "jaar door, geïndexeerd met de loon- en prijsbijstelling; anders is een jaar zonder plan 0. Alleen de "
            "niet-structurele bestedingen zijn incidenteel.", "impulsbudget", "001", onderdeel_van="lasten_impulsbudget",
            onderwerp=f"de besteding aan {naam}")
      for c, naam, tv in (("organisatiestructuur", "organisatiestructuur", "6.4"),
                          ("doorstroom", "doorstroom naar regulier werk", "6.5"),
                          ("operationeel_resultaat", "operationeel resultaat", "6.4"),
                          ("duurzame_werkplekken", "duurzame werkplekken", "6.4"),
                          ("overig", "overig", "6.4"))),
    Regel("doorbetaling_aan_leden", "Doorbetaling impulsbudget aan deelnemende gemeenten", "6.4", LASTEN, EUR,
          "Ontvangende gemeente die doorbetaalt: regionaal impulsbudget × (1 − eigen verdeelsleutel); anders 0.",
          "impulsbudget", "000 §4.5; 001", incidenteel=True,
          onderwerp="de doorbetaling aan de deelnemende gemeenten"),
    Regel("lasten_totaal", "Totaal lasten", "", TOTAAL, EUR, "Som van de lasten.", "totaal"),
    Regel("saldo", "Saldo van baten en lasten", "", SALDO, EUR,
          "Totaal baten − totaal lasten, vóór bestemming.", "totaal", "BBV art. 17"),
    Regel("toevoeging_reserve_impulsbudget", "Toevoeging bestemmingsreserve impulsbudget", "0.10", BESTEMMING, EUR,
          "Het deel van het impulsbudget dat in het jaar niet wordt besteed of doorbetaald (impulsbudget − besteding − "
          "doorbetaling aan leden, als dat positief is), wanneer de gemeente een bestemmingsreserve vormt.", "impulsbudget", "BBV art. 17",
          incidenteel=True, onderwerp="de toevoeging aan de bestemmingsreserve impulsbudget"),
    Regel("onttrekking_reserve_impulsbudget", "Onttrekking bestemmingsreserve impulsbudget", "0.10", BESTEMMING, EUR,
          "De besteding die hoger is dan het impulsbudget van het jaar, gedekt uit de bestemmingsreserve: ten hoogste "
          "de stand aan het begin van het jaar (de reserve wordt nooit negatief).", "impulsbudget", "BBV art. 17", incidenteel=True,
          onderwerp="de onttrekking aan de bestemmingsreserve impulsbudget"),
    Regel("saldo_na_bestemming", "Geraamd resultaat (+ = voordelig)", "", SALDO, EUR,
          "Saldo van baten en lasten − toevoeging + onttrekking bestemmingsreserve.", "totaal", "BBV art. 17",
          onderwerp="het geraamde resultaat"),
    Regel("incidentele_baten", "Waarvan incidentele baten", "", STRUCTUREEL, EUR,
          "Tijdelijke ophoging + impulsbudget + onttrekking bestemmingsreserve.", "totaal", "BBV art. 19"),
    Regel("incidentele_lasten", "Waarvan incidentele lasten", "", STRUCTUREEL, EUR,
          "Besteding impulsbudget in de niet-structurele categorieën + doorbetaling aan leden + toevoeging "
          "bestemmingsreserve.", "totaal", "BBV art. 19"),
    Regel("structureel_saldo", "Structureel saldo", "", SALDO, EUR,
          "Geraamd resultaat − incidentele baten + incidentele lasten: wat overblijft zonder het tijdelijke geld "
          "(ophoging 2025–2027, impulsbudget 2025–2034) en de reservemutaties.", "totaal", "BBV art. 19"),
    Regel("reserve_impulsbudget_begin", "Stand bestemmingsreserve impulsbudget (begin jaar)", "memo", MEMO, EUR,
          "De stand aan het eind van het vorige jaar (2025: de beginstand).", "impulsbudget"),
    Regel("reserve_impulsbudget", "Stand bestemmingsreserve impulsbudget (eind jaar)", "memo", MEMO, EUR,
          "Stand begin jaar + toevoeging − onttrekking; nooit negatief.", "impulsbudget"),
    Regel("besteding_zonder_dekking", "Besteding impulsbudget zonder dekking (in het resultaat)", "memo", MEMO, EUR,
          "Het deel van de besteding dat het impulsbudget van het jaar en de bestemmingsreserve niet dekken; het "
          "staat al in het geraamde resultaat.", "impulsbudget"),
    Regel("reserve_impulsbudget_leden", "Waarvan voor de deelnemende gemeenten", "memo", MEMO, EUR,
          "Ontvangende gemeente die niet doorbetaalt: stand bestemmingsreserve × (1 − eigen verdeelsleutel); "
          "anders 0.", "impulsbudget"),
    Regel("impulsbudget_toegerekend", "Toegerekend aandeel impulsbudget", "memo", MEMO, EUR,
          "Regionaal impulsbudget × eigen verdeelsleutel (afgesproken, anders doelgroepenregister gemeente / "
          "samenwerkingsverband).", "impulsbudget", "001"),
    Regel("plekken_bekostigd_beschut", "Bekostigde plekken beschut werk (aantal)", "memo", MEMO, AANTAL,
          "(1 − a) × taakstelling + a × aandeel nieuw verdeelmodel × landelijke taakstelling; a volgt het ingroeipad "
          "(2027: 1/3, 2028: 2/3, vanaf 2029: 1). Het aandeel weegt realisatie en positief advies in het peiljaar "
          "(begrotingsjaar − vertraging).", "beschut_werk", "003"),
    Regel("saldo_beschut_per_plek", "Saldo beschut werk per plek", "memo", MEMO, EUR,
          "(Rijksbijdrage + ophoging + BUIG-dekking − LKS − aanvullende bijdrage) / gerealiseerd beschut werk "
          "(0 als er niemand werkt).", "beschut_werk",
          teller=("saldo_beschut_werk",), noemer="real"),
    Regel("realisatiegraad", "Realisatie t.o.v. taakstelling (personen)", "memo", MEMO, FRACTIE,
          "Gerealiseerd beschut werk (personen, zoals het UWV telt) / taakstelling.", "beschut_werk", "003",
          teller=("real",), noemer="taak"),
    Regel("realisatiegraad_fte", "Realisatie t.o.v. taakstelling (plekken van 31 uur)", "memo", MEMO, FRACTIE,
          "Gerealiseerd beschut werk × contracturen / uren per plek / taakstelling: de taakstelling telt plekken "
          "van 31 uur per week.", "beschut_werk", "004 voetnoot 1", noemer="taak"),
    Regel("maatschappelijke_baten", "Maatschappelijke baten (midden)", "memo", MEMO, EUR,
          "(Gerealiseerd beschut werk + plekken sociale infrastructuur) × brede baten per persoon (midden).",
          "maatschappelijke_baten", "003"),
    Regel("maatschappelijke_baten_gemeente", "Waarvan bij de gemeente", "memo", MEMO, EUR,
          "Maatschappelijke baten × aandeel dat bij de gemeente neerslaat.", "maatschappelijke_baten", "002; 003"),

    # ---- intermediate quantities: the gemeente's series (REKENREGELS §3)
    _t("taak", "Taakstelling beschut werk", GETAL, "beschut_werk",
       "De taakstelling van het jaar; een ontbrekend jaar volgt het landelijke pad vanaf het vorige gegeven jaar.",
       detail=True),
    _t("real", "Gerealiseerd beschut werk", GETAL, "beschut_werk",
       "Werkzame personen; een ontbrekend jaar neemt het laatst gegeven jaar over.", detail=True),
    _t("saldo_beschut_werk", "Saldo beschut werk", EUR, "beschut_werk",
       "Rijksbijdrage + ophoging + BUIG-dekking − LKS − aanvullende bijdrage: wat beschut werk de gemeente per jaar "
       "oplevert of kost (de teller van het saldo per plek)."),
    _t("adv", "Positief advies beschut werk", GETAL, "beschut_werk",
       "Inwoners met positief advies; nooit gegeven: realisatie × landelijk advies / landelijke realisatie.",
       detail=True),
    _t("si_plekken", "Aantal plekken sociale infrastructuur", GETAL, "sociale_infrastructuur",
       "Een ontbrekend jaar neemt het laatst gegeven jaar over.", detail=True),
    _t("doorbetaling", "Doorbetaling ontvangen", EUR, "impulsbudget",
       "Van de ontvangende gemeente; een ontbrekend jaar volgt het landelijke pad van het impulsbudget vanaf het vorige "
       "ingevulde jaar; zonder enig ingevuld jaar het toegerekende aandeel.", detail=True),
    _t("idx", "Index prijzen basisjaar", INDEX, "totaal",
       "(1 + loon- en prijsbijstelling kosten gemeente) per jaar sinds het basisjaar."),
    # beschut werk
    _t("aandeel_nieuw_verdeelmodel", "Ingroei nieuw verdeelmodel", FRACTIE, "beschut_werk",
       "Het ingroeipad: 2027 1/3, 2028 2/3, vanaf 2029 1.", "003", detail=True),
    _t("peiljaar_verdeelmodel", "Peiljaar nieuw verdeelmodel", JAAR, "beschut_werk",
       "Begrotingsjaar − vertraging van het verdeelmodel.", "Significant APE (2021); 003"),
    _t("aandeel_nieuw", "Aandeel nieuw verdeelmodel", AANDEEL, "beschut_werk",
       "Gewicht realisatie × realisatie / landelijke realisatie + gewicht advies × advies / landelijk advies, "
       "in het peiljaar.", "003"),
    _t("overbrugging_per_plek", "Tijdelijke ophoging per bekostigde plek", EUR, "beschut_werk",
       "Macrobedrag van de ophoging / landelijke taakstelling.", "000 §5.3; 003", detail=True),
    _t("iu_beschut_werk_model", "Rijksbijdrage volgens model (zonder circulaire)", EUR, "beschut_werk",
       "Bekostigde plekken × bedrag per plek.", "000 §5.11", detail=True),
    # loonkostensubsidie and SOB
    _t("lks_pct", "LKS-percentage (betaald)", FRACTIE, "beschut_werk",
       "Vanaf het startjaar het forfait; daarvóór het percentage van de gemeente (leeg: landelijk gemiddelde).",
       "000 §5.1", detail=True),
    _t("lks_pct_buig", "LKS-percentage (gedekt door de BUIG)", FRACTIE, "beschut_werk",
       "Vanaf het startjaar het forfait; daarvóór het percentage uit de loonwaardemetingen.", "000 §5.4",
       detail=True),
    _t("jaarloon_wml", "Jaarloon WML (contracturen)", EUR, "beschut_werk",
       "WML per uur × contracturen × weken per jaar × (1 + vakantiebijslag).", detail=True),
    _t("lks_grondslag", "Loonkosten WML per persoon (incl. werkgeverslasten)", EUR, "beschut_werk",
       "Jaarloon WML × (1 + werkgeverslasten LKS).", "Regeling loonkostensubsidie Participatiewet"),
    _t("lks_per_persoon", "Loonkostensubsidie per persoon", EUR, "beschut_werk",
       "LKS-percentage (betaald) × loonkosten WML.", detail=True),
    _t("loon_per_persoon", "Loonkosten SOB per persoon", EUR, "beschut_werk",
       "Jaarloon WML × (1 + werkgeverslasten SOB)."),
    _t("netto_kosten_per_persoon", "Netto kosten SOB per persoon", EUR, "beschut_werk",
       "Loonkosten + (begeleiding + overhead − netto toegevoegde waarde) × index.", detail=True),
    # sociale infrastructuur
    _t("si_aandeel", "Aandeel in het macrobudget", AANDEEL, "sociale_infrastructuur",
       "Circulairebedrag / macrobudget van het laatste circulairejaar; anders doelgroepenregister gemeente / "
       "landelijk.", "000 §3.1", detail=True),
    _t("iu_sociale_infrastructuur_model", "Rijksbijdrage volgens model (zonder circulaire)", EUR,
       "sociale_infrastructuur", "Aandeel × macrobudget, zonder het circulairebedrag van het jaar.", detail=True),
    _t("si_plekken_gefinancierd", "Plekken die het aandeel financiert", GETAL, "sociale_infrastructuur",
       "Aandeel × landelijk aantal plekken sociale infrastructuur (ter vergelijking met de eigen plekken).",
       "000 §3.1", detail=True),
    # impulsbudget
    _t("ib_aandeel_regio", "Aandeel regio in het macrobudget", AANDEEL, "impulsbudget",
       "Circulairebedrag / macrobudget van het laatste circulairejaar; anders doelgroepenregister "
       "samenwerkingsverband / landelijk.", "001", detail=True),
    _t("ib_regio", "Impulsbudget van de regio", EUR, "impulsbudget",
       "Circulairebedrag van het jaar; anders aandeel regio × macrobudget.", "001", detail=True),
    _t("ib_regio_model", "Impulsbudget volgens model (zonder circulaire)", EUR, "impulsbudget",
       "Aandeel regio × macrobudget, zonder het circulairebedrag van het jaar.", detail=True),
    _t("ib_sleutel", "Verdeelsleutel eigen gemeente", AANDEEL, "impulsbudget",
       "De afgesproken verdeelsleutel; anders doelgroepenregister gemeente / samenwerkingsverband.", "000 §4.5",
       detail=True),
    _t("besteding_incidenteel", "Besteding impulsbudget in niet-structurele categorieën", EUR, "impulsbudget",
       "Som van de bestedingen van de categorieën die niet structureel zijn.", detail=True),
    _t("mutatie_reserve_impulsbudget", "Mutatie bestemmingsreserve impulsbudget", EUR, "impulsbudget",
       "Impulsbudget − besteding − doorbetaling aan leden, als de gemeente een bestemmingsreserve vormt; anders 0."),
    # wsw
    _t("se", "Wsw standaardeenheden (SE)", GETAL, "wsw",
       "SE basisjaar × actueel Wsw-volume / dat van het basisjaar (of × (1 − uitstroom) per jaar).", "002",
       detail=True),
    _t("bijdrage_gr_wsw", "Bijdrage GR Wsw (begroting GR)", EUR, "wsw",
       "De bijdrage uit de begroting van de gemeenschappelijke regeling; een jaar zonder bijdrage: het vorige gegeven "
       "jaar (anders het eerste) × loon- en prijsbijstelling.", "002", detail=True),
    _t("iu_wsw_model", "Rijksbijdrage volgens model (zonder circulaire)", EUR, "wsw",
       "Het vorige circulairebedrag doorgetrokken, zonder het circulairebedrag van het jaar.", "002", detail=True),
    # maatschappelijke baten
    _t("maatschappelijke_baten_laag", "Maatschappelijke baten (laag)", EUR, "maatschappelijke_baten",
       "(Gerealiseerd beschut werk + plekken sociale infrastructuur) × brede baten (laag).", "003", detail=True),
    _t("maatschappelijke_baten_hoog", "Maatschappelijke baten (hoog)", EUR, "maatschappelijke_baten",
       "(Gerealiseerd beschut werk + plekken sociale infrastructuur) × brede baten (hoog).", "003", detail=True),
)

GROOTHEID = MappingProxyType({r.sleutel: r for r in CATALOGUS})
REGELS: tuple[Regel, ...] = tuple(r for r in CATALOGUS if r.is_uitvoer)
REGEL = MappingProxyType({r.sleutel: r for r in REGELS})
SLEUTELS = tuple(r.sleutel for r in REGELS)
#: Intermediate quantities kept in every result (the per-stream views, exports and explanations).
TUSSENSLEUTELS = tuple(r.sleutel for r in CATALOGUS if not r.is_uitvoer)


def regels_van(groep: str) -> tuple[Regel, ...]:
    return tuple(r for r in REGELS if r.groep == groep)


def stroomregels(stroom: str) -> tuple[Regel, ...]:
    """The lines of one stream: baten, lasten and reserve mutations first, then its memo lines."""
    volgorde = {BATEN: 0, LASTEN: 1, BESTEMMING: 2, MEMO: 3}
    eigen = [r for r in REGELS if r.stroom == stroom and r.groep in volgorde]
    return tuple(sorted(eigen, key=lambda r: volgorde[r.groep]))


def stroomdetails(stroom: str) -> tuple[Regel, ...]:
    """The intermediate quantities a stream's detail list shows, in catalogue order."""
    return tuple(r for r in CATALOGUS if r.detail and r.stroom == stroom)


#: Headings of a stream's parts after its baten, lasten and reserve mutations (the app's view and the annex).
MEMOKOP, KERNKOP = "Memoposten", "Kerngegevens"


#: Key figures that exist only for a member of a samenwerkingsverband: a receiving gemeente receives no doorbetaling
#: (its value there would be its own toegerekend aandeel, a memo line already).
ALLEEN_VOOR_LEDEN = frozenset({"doorbetaling"})


def stroomindeling(stroom: str, ontvangt_impulsbudget: bool | None = None) -> tuple[tuple[str, tuple[Regel, ...]], ...]:
    """A stream's table in parts: (heading, entries) — its lines without a heading, then its memo lines and its
    key figures (intermediate quantities marked ``detail``); empty parts left out. For a receiving gemeente
    (``ontvangt_impulsbudget``) the key figures of a member only are left out."""
    eigen = stroomregels(stroom)
    details = tuple(r for r in stroomdetails(stroom) if not (ontvangt_impulsbudget and r.sleutel in ALLEEN_VOOR_LEDEN))
    delen = (("", tuple(r for r in eigen if r.groep != MEMO)), (MEMOKOP, tuple(r for r in eigen if r.groep == MEMO)),
             (KERNKOP, details))
    return tuple((kop, regels) for kop, regels in delen if regels)


#: What each stream is, in a few sentences (the stream's view in the app). ``{sleutel}`` is the taakveld a line is
#: booked on in this begroting (:func:`stroomuitleg`), so a gemeente's own choice is what the text says.
STROOMUITLEG = MappingProxyType({
    "beschut_werk": (
        "Beschut werk: plekken voor mensen die alleen in een beschutte omgeving kunnen werken. De rijksbijdrage "
        "komt via de integratie-uitkering Participatie (taakveld {iu_beschut_werk}); de loonkostensubsidie "
        "loopt via de BUIG en staat op taakveld {lasten_lks_beschut}, de aanvullende bijdrage aan het "
        "sociaal ontwikkelbedrijf op taakveld {lasten_beschut_aanvullend}. Vanaf het startjaar van de "
        "forfaitaire LKS rekent het model met het forfait in plaats van het LKS-percentage van de gemeente."),
    "sociale_infrastructuur": (
        "Sociale infrastructuur: plekken voor mensen uit het doelgroepenregister die (nog) niet bij een reguliere "
        "werkgever terechtkunnen. De rijksbijdrage komt via de integratie-uitkering Participatie (taakveld "
        "{iu_sociale_infrastructuur}) naar het aandeel van de gemeente in het macrobudget; de lasten "
        "van de plekken staan op taakveld {lasten_sociale_infrastructuur}."),
    "impulsbudget": (
        "Impulsbudget sociale infrastructuur: een tijdelijke decentralisatie-uitkering (DU) voor het "
        "samenwerkingsverband, betaald aan de grootste gemeente; in deze begroting op taakveld {du_impulsbudget}. "
        "De besteding volgens het bestedingsplan staat per categorie op een taakveld (de kolom Taakveld); wat niet "
        "is besteed, gaat naar de bestemmingsreserve impulsbudget."),
    "wsw": (
        "Wet sociale werkvoorziening (Wsw): de zittende Wsw-medewerkers, uitgedrukt in standaardeenheden (SE). "
        "De rijksbijdrage komt via de integratie-uitkering Participatie (taakveld {iu_wsw}); de "
        "netto kosten staan op taakveld {lasten_wsw}. Het aantal SE daalt doordat de Wsw sinds 2015 "
        "geen nieuwe instroom heeft."),
    "maatschappelijke_baten": (
        "Maatschappelijke baten: de brede opbrengst van werk voor mensen in beschut werk en op plekken sociale "
        "infrastructuur (minder uitkering, zorg en ondersteuning, meer welzijn), met een bandbreedte laag–midden–"
        "hoog. Dit is een memopost: de baten staan niet in de begroting en tellen niet mee in het saldo. Een deel "
        "ervan slaat neer bij de gemeente."),
})


def stroomuitleg(stroom: str, taakvelden_in_gebruik: Mapping[str, str] | None = None) -> str:
    """The stream's explanation with the taakvelden as booked (default: a receiving gemeente's defaults)."""
    return STROOMUITLEG.get(stroom, "").format_map(dict(taakvelden_in_gebruik or taakvelden(True)))


BATEN_REGELS = regels_van(BATEN)
#: The lasten lines that make up the total (the spending categories are parts of lasten_impulsbudget).
LASTEN_REGELS = tuple(r for r in regels_van(LASTEN) if not r.onderdeel_van)
#: The spending categories of the impulsbudget (v3), each under its own taakveld.
BESTEDING_REGELS = tuple(r for r in regels_van(LASTEN) if r.onderdeel_van == "lasten_impulsbudget")
BESTEMMING_REGELS = regels_van(BESTEMMING)
MEMO_REGELS = regels_van(MEMO)
INCIDENTELE_BATEN = tuple(r.sleutel for r in REGELS if r.incidenteel and r.groep in (BATEN,))
INCIDENTELE_LASTEN = tuple(r.sleutel for r in LASTEN_REGELS if r.incidenteel)
#: Lines the sheet Vorige cijfers may give (INVOER §2, v3): the BBV overview's baten, lasten, totals, saldi and
#: reserve mutations; the annex prints them in two columns before the years.
VORIGE_REGELS = tuple(r.sleutel for r in REGELS if r.groep in (BATEN, LASTEN, TOTAAL, SALDO, BESTEMMING))
#: Lines that carry a taakveld (baten, lasten, spending categories, reserve mutations): the taakvelden table (v3).
TAAKVELDREGELS = MappingProxyType({r.sleutel: r for r in REGELS if r.taakveld and r.taakveld != "memo"})
#: Lines whose taakveld is that of each of their parts (REKENREGELS §5: Besteding impulsbudget, "per category"):
#: they have none of their own to choose.
TAAKVELD_PER_ONDERDEEL = frozenset(r.onderdeel_van for r in REGELS if r.onderdeel_van)


def is_taakveldcode(code: str) -> bool:
    """An Iv3 taakveld code: ``<digit>.<digits>`` (text, so ``6.10`` is not ``6.1``)."""
    import re
    return isinstance(code, str) and re.fullmatch(r"\d\.\d+", code.strip()) is not None


def taakveldfout(sleutel: str, code) -> str | None:
    """Why ``code`` cannot be the taakveld of line ``sleutel`` (a short Dutch clause), or None: the one check of a
    choice made in the app, with ``--taakveld`` and in a project file (the code exactly, without spaces)."""
    if sleutel not in TAAKVELDREGELS:
        return f"'{str(sleutel)[:40]}' is geen regel met een taakveld"
    if not isinstance(code, str) or code != code.strip() or not is_taakveldcode(code):
        getoond = code if isinstance(code, str) else repr(code)
        return f"'{getoond[:40]}{'…' if len(getoond) > 40 else ''}' is geen taakveldcode; schrijf bijvoorbeeld 6.4 of 0.10"
    return None


def taakvelden(ontvangt_impulsbudget: bool = True, eigen: dict | None = None) -> dict[str, str]:
    """The taakveld of every line that has one, as used: the catalogue's default, a member's doorbetaling on 6.4,
    then the gemeente's own choices (sheet Classificatie, the app, ``--taakveld``)."""
    uit = {s: r.taakveld for s, r in TAAKVELDREGELS.items()}
    if not ontvangt_impulsbudget:
        uit["du_impulsbudget"] = TAAKVELD_DOORBETALING
    for sleutel, code in (eigen or {}).items():
        if sleutel in uit:
            uit[sleutel] = code
    return uit


#: How a part of another line (a spending category of the impulsbudget, under its total) is set in from it in
#: a table, so nobody adds the parts to their total: the app's tables, the PDF and the Excel annex alike.
INSPRONG = "   "


def rijlabel(regel: Regel, label: str) -> str:
    """A line's label as a table row: a part of another line set in."""
    return INSPRONG + label if regel.onderdeel_van else label


def overzicht() -> tuple[tuple[str, Regel | None], ...]:
    """The overview's rows: a heading (label, None) before each group, then its lines (label, regel).

    One layout for the app's table, the CLI table and the exports.
    """
    rijen: list[tuple[str, Regel | None]] = []
    vorige = None
    for regel in REGELS:
        if regel.groep in GROEPKOPPEN and regel.groep != vorige:
            rijen.append((GROEPKOPPEN[regel.groep], None))
            vorige = regel.groep
        rijen.append((regel.label, regel))
    return tuple(rijen)
