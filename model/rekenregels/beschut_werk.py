"""Rijksbijdrage beschut werk in the IU Participatie, taakveld 0.7 (REKENREGELS §4.1; 000 §5, 003).

From 2027 the new verdeelmodel phases in (1/3, 2/3, then 1): the gemeente's share of the
national budget follows its share of realised places and of inhabitants with a positive
advice, instead of the old taakstelling key. Until the forfaitaire LKS starts, a temporary
ophoging per bekostigde plek is added (the overbrugging).
"""
from __future__ import annotations

from model.rekenregels.kern import Rekenkern, grootheid


@grootheid("aandeel_nieuw_verdeelmodel")
def aandeel_nieuw_verdeelmodel(k: Rekenkern, jaar: int) -> float:
    return k.p("bw_aandeel_nieuw_verdeelmodel", jaar)


@grootheid("aandeel_nieuw")
def aandeel_nieuw(k: Rekenkern, jaar: int) -> float:
    """The gemeente's share under the new verdeelmodel (realisatie and positief advies)."""
    return (k.p("bw_gewicht_realisatie", jaar) * k.get("real", jaar) / k.p("bw_realisatie_landelijk", jaar)
            + k.p("bw_gewicht_advies", jaar) * k.get("adv", jaar) / k.p("bw_positief_advies_landelijk", jaar))


@grootheid("plekken_bekostigd_beschut")
def plekken_bekostigd_beschut(k: Rekenkern, jaar: int) -> float:
    a = k.get("aandeel_nieuw_verdeelmodel", jaar)
    oud = (1 - a) * k.get("taak", jaar)
    if a == 0:
        return oud
    return oud + a * k.get("aandeel_nieuw", jaar) * k.p("bw_taakstelling_landelijk", jaar)


@grootheid("overbrugging_per_plek")
def overbrugging_per_plek(k: Rekenkern, jaar: int) -> float:
    """The temporary ophoging applies in every year before the forfaitaire LKS starts."""
    if jaar >= k.p("lks_forfait_startjaar", jaar):
        return 0.0
    return k.p("bw_lks_overbrugging_per_plek", jaar)


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
    if circulaire is not None:
        return circulaire - k.get("iu_beschut_lks_overbrugging", jaar)
    return k.get("iu_beschut_werk_model", jaar)
