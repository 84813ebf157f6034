"""Checks and warnings (REKENREGELS §7): realisatie, reserve, missing data, circulaire reconciliation."""
from __future__ import annotations

from model.invoer import GemeenteInvoer
from model.opmaak import euro, getal, procent
from model.regios import bron as regiobron, landelijk, zoek_regio
from model.rekenregels.jaren import EERSTE_MODELJAAR
from model.resultaat import Aansluiting, Regiovergelijking, Waarschuwing

EINDE_IMPULSBUDGET = 2034

#: circulaire series -> (output line, quantity that estimates it without that year's amount)
CIRCULAIREREGELS = (
    ("circ_beschut", "iu_beschut_werk", ("iu_beschut_werk_model", "iu_beschut_lks_overbrugging")),
    ("circ_si", "iu_sociale_infrastructuur", ("iu_sociale_infrastructuur_model",)),
    ("circ_impulsbudget", "du_impulsbudget", ("ib_regio_model",)),
    ("circ_wsw", "iu_wsw", ("iu_wsw_model",)),
)


def _jaren_tekst(jaren) -> str:
    jaren = list(jaren)
    return ", ".join(map(str, jaren[:-1])) + (" en " if len(jaren) > 1 else "") + str(jaren[-1])


def _laatste_gedekte_jaar(kern, gewenst: int) -> int:
    return min(gewenst, kern.parameters.set.laatste_jaar)


def waarschuwingen(kern, jaren: tuple[int, ...]) -> list[Waarschuwing]:
    w: list[Waarschuwing] = []
    invoer: GemeenteInvoer = kern.invoer
    for jaar in jaren:
        taak, real = kern.get("taak", jaar), kern.get("real", jaar)
        if taak > 0 and real < taak:
            w.append(Waarschuwing(
                "realisatie", f"{jaar}: gerealiseerd beschut werk ({getal(real, 1)}) ligt onder de taakstelling "
                              f"({getal(taak, 1)}); realisatiegraad {procent(real / taak, 1)}.",
                "realisatiegraad", (jaar,)))
    reservejaren = range(EERSTE_MODELJAAR, _laatste_gedekte_jaar(kern, max(jaren[-1], EINDE_IMPULSBUDGET + 1)) + 1)
    reserve = {j: kern.get("reserve_impulsbudget", j) for j in reservejaren}
    negatief = [j for j, r in reserve.items() if r < -0.5]
    if negatief:
        w.append(Waarschuwing(
            "reserve_negatief", f"De bestemmingsreserve impulsbudget is negatief in {_jaren_tekst(negatief)} "
                                f"(laagste stand {euro(min(reserve[j] for j in negatief))}): de bestedingen zijn hoger "
                                "dan het ontvangen impulsbudget.", "reserve_impulsbudget", tuple(negatief)))
    na_einde = [j for j, r in reserve.items() if j > EINDE_IMPULSBUDGET and r > 0.5]
    if na_einde:
        j = na_einde[0]
        w.append(Waarschuwing(
            "reserve_over", f"Na afloop van het impulsbudget ({EINDE_IMPULSBUDGET}) staat er nog {euro(reserve[j])} "
                            f"in de bestemmingsreserve (eind {j}): plan de besteding of de vrijval.",
            "reserve_impulsbudget", (j,)))
    if kern.get("si_aandeel", jaren[0]) is None and not invoer.reeks("circ_si"):
        w.append(Waarschuwing(
            "si_geen_gegevens", "De rijksbijdrage sociale infrastructuur staat op 0: vul op blad Circulaire de "
                                "rijksbijdrage sociale infrastructuur in, of op blad Gemeente het doelgroepenregister "
                                "gemeente én landelijk.", "iu_sociale_infrastructuur"))
    if invoer.ontvangt_impulsbudget and kern.get("ib_aandeel_regio", jaren[0]) is None \
            and not invoer.reeks("circ_impulsbudget"):
        w.append(Waarschuwing(
            "ib_geen_gegevens", "Het impulsbudget staat op 0: vul op blad Circulaire het impulsbudget in, of op blad "
                                "Gemeente het doelgroepenregister samenwerkingsverband én landelijk.", "du_impulsbudget"))
    if invoer.wsw_se_basis > 0 and not invoer.reeks("circ_wsw") and invoer.wsw_rijksbijdrage_basis is None:
        w.append(Waarschuwing(
            "wsw_geen_rijksbijdrage", "De rijksbijdrage Wsw staat op 0: vul op blad Circulaire de rijksbijdrage Wsw "
                                      "in, of op blad Gemeente de Wsw rijksbijdrage basisjaar.", "iu_wsw"))
    if any(kern.get("real", j) > 0 for j in jaren):
        for veld, label in (("begeleiding_per_plek", "Begeleidingskosten per plek"),
                            ("overhead_per_plek", "Overheadkosten per plek")):
            if getattr(invoer, veld) is None:
                w.append(Waarschuwing(
                    f"{veld}_leeg", f"{label} is niet ingevuld; de aanvullende bijdrage beschut werk rekent met € 0.",
                    "lasten_beschut_aanvullend"))
    return w


def aansluiting(kern, jaren: tuple[int, ...]) -> list[Aansluiting]:
    """For every circulaire amount in the model years: the model's own estimate next to it."""
    uit: list[Aansluiting] = []
    laatste = jaren[-1]
    for reeks, regel, schatters in CIRCULAIREREGELS:
        for jaar, bedrag in sorted(kern.invoer.reeks(reeks).items()):
            if not (EERSTE_MODELJAAR <= jaar <= laatste):
                continue
            delen = [kern.get(s, jaar) for s in schatters]
            if any(d is None for d in delen):
                continue
            uit.append(Aansluiting(regel, jaar, bedrag, sum(delen)))
    return uit


def regiovergelijking(invoer: GemeenteInvoer) -> Regiovergelijking | None:
    if not invoer.arbeidsmarktregio:
        return None
    regio = zoek_regio(invoer.arbeidsmarktregio)
    return None if regio is None else Regiovergelijking(regio, landelijk(), regiobron())
