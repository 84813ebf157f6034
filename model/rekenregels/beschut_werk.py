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
from model.rekenregels.kern import grootheid
from model.term import Lezer


@grootheid("aandeel_nieuw_verdeelmodel")
def aandeel_nieuw_verdeelmodel(k: Lezer, jaar: int) -> float:
    return k.p("bw_aandeel_nieuw_verdeelmodel", jaar)


@grootheid("peiljaar_verdeelmodel")
def peiljaar_verdeelmodel(k: Lezer, jaar: int):
    return jaar - k.geheel(k.p("bw_verdeel_vertraging", jaar))


@grootheid("aandeel_nieuw")
def aandeel_nieuw(k: Lezer, jaar: int):
    """The gemeente's share under the new verdeelmodel: realisatie and positief advies in the peiljaar.

    Only needed (and only defined) in the years the new verdeelmodel weighs in. The peiljaar is
    computed from the lag, so the share is looked up by a computed year.
    """
    def nieuw():
        laag, hoog = k.bereik("bw_verdeel_vertraging")
        return k.op_jaar(lambda t: (
            k.p("bw_gewicht_realisatie", jaar) * k.get("real", t) / k.p("bw_realisatie_landelijk", t)
            + k.p("bw_gewicht_advies", jaar) * k.get("adv", t) / k.p("bw_positief_advies_landelijk", t)),
            k.get("peiljaar_verdeelmodel", jaar), range(jaar - int(hoog), jaar - int(laag) + 1))
    return k.als(k.get("aandeel_nieuw_verdeelmodel", jaar) == 0, lambda: None, nieuw)


@grootheid("plekken_bekostigd_beschut")
def plekken_bekostigd_beschut(k: Lezer, jaar: int):
    a = k.get("aandeel_nieuw_verdeelmodel", jaar)
    oud = (1 - a) * k.get("taak", jaar)
    return k.als(a == 0, lambda: oud,
                 lambda: oud + a * k.get("aandeel_nieuw", jaar) * k.p("bw_taakstelling_landelijk", jaar))


@grootheid("overbrugging_per_plek")
def overbrugging_per_plek(k: Lezer, jaar: int) -> float:
    """The ophoging per bekostigde plek: the macro amount over the national taakstelling (0 from the forfait)."""
    return k.p("bw_ophoging_macro", jaar) / k.p("bw_taakstelling_landelijk", jaar)


@grootheid("iu_beschut_lks_overbrugging")
def iu_beschut_lks_overbrugging(k: Lezer, jaar: int) -> float:
    return k.get("plekken_bekostigd_beschut", jaar) * k.get("overbrugging_per_plek", jaar)


@grootheid("iu_beschut_werk_model")
def iu_beschut_werk_model(k: Lezer, jaar: int) -> float:
    """The modelled rijksbijdrage (without circulaire), also used for the reconciliation."""
    return k.get("plekken_bekostigd_beschut", jaar) * k.p("bw_bedrag_per_plek", jaar)


@grootheid("iu_beschut_werk")
def iu_beschut_werk(k: Lezer, jaar: int) -> float:
    circulaire = k.circulaire("circ_beschut", jaar)
    if circulaire is None:
        return k.get("iu_beschut_werk_model", jaar)
    if bevat_ophoging(k.editie(jaar)):
        return circulaire - k.get("iu_beschut_lks_overbrugging", jaar)
    return circulaire
