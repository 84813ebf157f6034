"""Rijksbijdrage beschut werk in the IU Participatie, taakveld 0.7 (REKENREGELS §4.1; 000 §5, 003).

From 2027 the new verdeelmodel phases in (1/3, 2/3, then 1): the gemeente's share of the
national budget follows its share of realised places and of inhabitants with a positive
advice in an earlier peiljaar (the lag, v2), instead of the old taakstelling key. Until the
forfaitaire LKS starts, the published macro amount of the tijdelijke ophoging is distributed
by the gemeente's share of the bekostigde plekken (v2). A circulaire amount from the
septembercirculaire 2025 on contains the ophoging; one from an earlier edition does not.
"""
from __future__ import annotations

from model.circulaire import bevat_ophoging
from model.rekenregels.kern import Rekenkern, grootheid


@grootheid("aandeel_nieuw_verdeelmodel")
def aandeel_nieuw_verdeelmodel(k: Rekenkern, jaar: int) -> float:
    return k.p("bw_aandeel_nieuw_verdeelmodel", jaar)


@grootheid("peiljaar_verdeelmodel")
def peiljaar_verdeelmodel(k: Rekenkern, jaar: int) -> float:
    return jaar - round(k.p("bw_verdeel_vertraging", jaar))


@grootheid("aandeel_nieuw")
def aandeel_nieuw(k: Rekenkern, jaar: int) -> float | None:
    """The gemeente's share under the new verdeelmodel: realisatie and positief advies in the peiljaar.

    Only needed (and only defined) in the years the new verdeelmodel weighs in.
    """
    if k.get("aandeel_nieuw_verdeelmodel", jaar) == 0:
        return None
    t = int(k.get("peiljaar_verdeelmodel", jaar))
    return (k.p("bw_gewicht_realisatie", jaar) * k.get("real", t) / k.p("bw_realisatie_landelijk", t)
            + k.p("bw_gewicht_advies", jaar) * k.get("adv", t) / k.p("bw_positief_advies_landelijk", t))


@grootheid("plekken_bekostigd_beschut")
def plekken_bekostigd_beschut(k: Rekenkern, jaar: int) -> float:
    a = k.get("aandeel_nieuw_verdeelmodel", jaar)
    oud = (1 - a) * k.get("taak", jaar)
    if a == 0:
        return oud
    return oud + a * k.get("aandeel_nieuw", jaar) * k.p("bw_taakstelling_landelijk", jaar)


@grootheid("overbrugging_per_plek")
def overbrugging_per_plek(k: Rekenkern, jaar: int) -> float:
    """The ophoging per bekostigde plek: the macro amount over the national taakstelling (0 from the forfait)."""
    return k.p("bw_ophoging_macro", jaar) / k.p("bw_taakstelling_landelijk", jaar)


@grootheid("iu_beschut_lks_overbrugging")
def iu_beschut_lks_overbrugging(k: Rekenkern, jaar: int) -> float:
    return k.get("plekken_bekostigd_beschut", jaar) * k.get("overbrugging_per_plek", jaar)


@grootheid("iu_beschut_werk_model")
def iu_beschut_werk_model(k: Rekenkern, jaar: int) -> float:
    """The modelled rijksbijdrage (without circulaire), also used for the reconciliation."""
    return k.get("plekken_bekostigd_beschut", jaar) * k.p("bw_bedrag_per_plek", jaar)


@grootheid("iu_beschut_werk")
def iu_beschut_werk(k: Rekenkern, jaar: int) -> float:
    circulaire = k.circulaire("circ_beschut", jaar)
    if circulaire is None:
        return k.get("iu_beschut_werk_model", jaar)
    if bevat_ophoging(k.editie(jaar)):
        return circulaire - k.get("iu_beschut_lks_overbrugging", jaar)
    return circulaire
