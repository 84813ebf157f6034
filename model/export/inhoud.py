"""What the per-stream views show: the lines of a stream and its key intermediate quantities.

Both the PDF and the Excel annex read this, so they show the same rows with the same labels.
"""
from __future__ import annotations

from dataclasses import dataclass

from model.regels import BATEN, EUR, FRACTIE, LASTEN, MEMO, REGELS, SALDO, TOTAAL, Regel

GETAL = "getal"     # a plain number with decimals (SE, places)
INDEX = "index"     # a factor such as 1,025
AANDEEL = "aandeel"  # a small fraction shown with three decimals (0,654 %)


@dataclass(frozen=True)
class Detail:
    sleutel: str
    label: str
    eenheid: str


STROOMDETAILS: dict[str, tuple[Detail, ...]] = {
    "beschut_werk": (
        Detail("taak", "Taakstelling beschut werk", GETAL),
        Detail("real", "Gerealiseerd beschut werk", GETAL),
        Detail("adv", "Positief advies beschut werk", GETAL),
        Detail("aandeel_nieuw_verdeelmodel", "Ingroei nieuw verdeelmodel", FRACTIE),
        Detail("overbrugging_per_plek", "Tijdelijke ophoging per plek", EUR),
        Detail("lks_pct", "LKS-percentage", FRACTIE),
        Detail("jaarloon_wml", "Jaarloon WML (contracturen)", EUR),
        Detail("lks_per_persoon", "Loonkostensubsidie per persoon", EUR),
        Detail("netto_kosten_per_persoon", "Netto kosten SOB per persoon", EUR),
        Detail("iu_beschut_werk_model", "Rijksbijdrage volgens model (zonder circulaire)", EUR),
    ),
    "sociale_infrastructuur": (
        Detail("si_plekken", "Aantal plekken sociale infrastructuur", GETAL),
        Detail("si_aandeel", "Aandeel in het macrobudget", AANDEEL),
        Detail("iu_sociale_infrastructuur_model", "Rijksbijdrage volgens model (zonder circulaire)", EUR),
        Detail("idx", "Index prijzen basisjaar", INDEX),
    ),
    "impulsbudget": (
        Detail("ib_aandeel_regio", "Aandeel regio in het macrobudget", AANDEEL),
        Detail("ib_regio", "Impulsbudget van de regio", EUR),
        Detail("ib_regio_model", "Impulsbudget volgens model (zonder circulaire)", EUR),
        Detail("doorbetaling", "Doorbetaling ontvangen", EUR),
        Detail("besteding_organisatiestructuur", "Besteding: organisatiestructuur", EUR),
        Detail("besteding_doorstroom", "Besteding: doorstroom naar regulier werk", EUR),
        Detail("besteding_operationeel_resultaat", "Besteding: operationeel resultaat", EUR),
        Detail("besteding_duurzame_werkplekken", "Besteding: duurzame werkplekken", EUR),
        Detail("besteding_overig", "Besteding: overig", EUR),
    ),
    "wsw": (
        Detail("se", "Wsw standaardeenheden (SE)", GETAL),
        Detail("iu_wsw_model", "Rijksbijdrage volgens model (zonder circulaire)", EUR),
        Detail("idx", "Index prijzen basisjaar", INDEX),
    ),
    "maatschappelijke_baten": (
        Detail("maatschappelijke_baten_laag", "Maatschappelijke baten (laag)", EUR),
        Detail("maatschappelijke_baten_hoog", "Maatschappelijke baten (hoog)", EUR),
    ),
}


def regels_van(groep: str) -> tuple[Regel, ...]:
    return tuple(r for r in REGELS if r.groep == groep)


def stroomregels(stroom: str) -> tuple[Regel, ...]:
    """The lines of one stream: baten and lasten first, then its memo lines."""
    volgorde = {BATEN: 0, LASTEN: 1, MEMO: 2}
    eigen = [r for r in REGELS if r.stroom == stroom and r.groep not in (TOTAAL, SALDO)]
    return tuple(sorted(eigen, key=lambda r: volgorde[r.groep]))


BATEN_REGELS = regels_van(BATEN)
LASTEN_REGELS = regels_van(LASTEN)
MEMO_REGELS = regels_van(MEMO)

__all__ = ["Detail", "STROOMDETAILS", "stroomregels", "BATEN_REGELS", "LASTEN_REGELS", "MEMO_REGELS",
           "GETAL", "INDEX", "AANDEEL"]
