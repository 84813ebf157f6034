"""Wsw: rijksbijdrage (IU Participatie, 0.7) and net cost at the SOB (6.4) (REKENREGELS §4.6; 002).

The Wsw closed to new entrants in 2015; the volume falls each year. The gemeente's SE follow
the national prognosis (or a fixed outflow percentage in a scenario). The rijksbijdrage is
moved from the latest circulaire amount along the MvT volume, the price per SE and (v2) the
loon- en prijsbijstelling of the rijksbijdragen.

v3: a gemeente whose Wsw a gemeenschappelijke regeling carries out pays the GR's bijdrage as adopted in the GR's
begroting instead of SE x netto kosten per SE; a year without it is the nearest given year before it (else the
first) indexed with ``lpo``. Without any bijdrage the SE rule applies (with a warning). The rijksbijdrage is
unchanged: the gemeente receives it and pays the GR.
"""
from __future__ import annotations

from model.parameters import groeifactor
from model.rekenregels.aandeel import circulairejaar
from model.rekenregels.invoerreeksen import ankerjaar
from model.rekenregels.kern import grootheid
from model.term import Lezer


@grootheid("se")
def se(k: Lezer, jaar: int) -> float:
    basis, basisjaar = k.veld("wsw_se_basis"), k.keuze(k.veld("basisjaar"))
    uitstroom = k.veld("wsw_uitstroom_pct")
    if uitstroom is not None:
        return basis * (1 - uitstroom) ** (jaar - basisjaar)
    return basis * k.p("wsw_volume_actueel", jaar) / k.p("wsw_volume_actueel", basisjaar)


def _doorgetrokken(k: Lezer, jaar: int, c: int, bedrag: float) -> float:
    """The amount of year c moved to ``jaar``: MvT volume, price per SE (constant prices) and, v2,
    the loon- en prijsbijstelling of the rijksbijdragen for every year after c (002)."""
    return (bedrag * k.p("wsw_volume_mvt", jaar) / k.p("wsw_volume_mvt", c)
            * k.p("wsw_per_se", jaar) / k.p("wsw_per_se", c) * groeifactor(k.p, "lpo_rijk", c, jaar))


def _rijksbijdrage_zonder(k: Lezer, jaar: int, behalve: int | None) -> float | None:
    c = circulairejaar(k, "circ_wsw", jaar, lambda j: k.keuze(k.p("wsw_volume_mvt", j) != 0), behalve)
    if c is not None:
        return _doorgetrokken(k, jaar, c, k.circulairewaarde("circ_wsw", c))
    basisbedrag = k.veld("wsw_rijksbijdrage_basis")
    if basisbedrag is None:
        return None
    return _doorgetrokken(k, jaar, k.keuze(k.veld("basisjaar")), basisbedrag)


@grootheid("iu_wsw")
def iu_wsw(k: Lezer, jaar: int) -> float:
    circulaire = k.circulaire("circ_wsw", jaar)
    if circulaire is not None:
        return circulaire
    bedrag = _rijksbijdrage_zonder(k, jaar, None)
    return 0.0 if bedrag is None else bedrag


@grootheid("iu_wsw_model")
def iu_wsw_model(k: Lezer, jaar: int) -> float | None:
    return _rijksbijdrage_zonder(k, jaar, jaar)


@grootheid("bijdrage_gr_wsw")
def bijdrage_gr_wsw(k: Lezer, jaar: int) -> float:
    """The GR's bijdrage for the Wsw (v3): as given, else the nearest given year before (else the first) x lpo."""
    gegeven = k.gegeven("bijdrage_gr_wsw")
    if not gegeven:
        return 0.0
    if jaar in gegeven:
        return gegeven[jaar]
    anker = ankerjaar(gegeven, jaar)
    return gegeven[anker] * groeifactor(k.p, "lpo", anker, jaar)


@grootheid("lasten_wsw")
def lasten_wsw(k: Lezer, jaar: int) -> float:
    def netto_kosten():
        return k.get("se", jaar) * k.veld("wsw_netto_kosten_per_se") * k.get("idx", jaar)
    def via_gr():   # without any bijdrage the SE rule applies (a warning says so)
        return k.get("bijdrage_gr_wsw", jaar) if k.gegeven("bijdrage_gr_wsw") else netto_kosten()
    return k.als(k.veld("wsw_via_gr"), via_gr, netto_kosten)
