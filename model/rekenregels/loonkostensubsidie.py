"""Loonkostensubsidie beschut werk, paid from the BUIG, taakveld 6.3 (REKENREGELS §4.2; 000 §5.1).

Before ``lks_forfait_startjaar`` the subsidy follows the gemeente's average LKS percentage
(loonwaardemeting); from that year it is the forfait of 68 % of the minimum wage.
"""
from __future__ import annotations

from model.rekenregels.kern import Rekenkern, grootheid


@grootheid("lks_pct")
def lks_pct(k: Rekenkern, jaar: int) -> float:
    if jaar >= k.p("lks_forfait_startjaar", jaar):
        return k.p("lks_forfait_pct", jaar)
    eigen = k.veld("lks_percentage")
    return eigen if eigen is not None else k.p("lks_gemiddeld_pct", jaar)


@grootheid("jaarloon_wml")
def jaarloon_wml(k: Rekenkern, jaar: int) -> float:
    return (k.p("wml_uur", jaar) * k.veld("contracturen") * k.p("weken_per_jaar", jaar)
            * (1 + k.p("vakantiebijslag", jaar)))


@grootheid("lks_per_persoon")
def lks_per_persoon(k: Rekenkern, jaar: int) -> float:
    return k.get("lks_pct", jaar) * k.get("jaarloon_wml", jaar) * (1 + k.p("werkgeverslasten_lks", jaar))


@grootheid("lasten_lks_beschut")
def lasten_lks_beschut(k: Rekenkern, jaar: int) -> float:
    return k.get("real", jaar) * k.get("lks_per_persoon", jaar)


@grootheid("buig_lks_beschut")
def buig_lks_beschut(k: Rekenkern, jaar: int) -> float:
    return k.get("lasten_lks_beschut", jaar) * k.p("buig_lks_dekking", jaar)
