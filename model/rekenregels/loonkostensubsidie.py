"""Loonkostensubsidie beschut werk, paid from the BUIG, taakveld 6.3 (REKENREGELS §4.2; 000 §5.1, §5.4).

Before ``lks_forfait_startjaar`` the gemeente pays its own average LKS percentage, while the
BUIG covers the LKS that follows from the loonwaardemetingen (v2: the two may differ; a
gemeente that already pays more pays the difference itself). From that year both are the
forfait of 68 % of the minimum wage.
"""
from __future__ import annotations

from model.rekenregels.kern import grootheid
from model.term import Lezer


def _forfait(k: Lezer, jaar: int, anders):
    """The forfait of 68 % from its start year (a live comparison: the start year may move), else ``anders``."""
    return k.als(jaar >= k.p("lks_forfait_startjaar", jaar), lambda: k.p("lks_forfait_pct", jaar), anders)


@grootheid("lks_pct")
def lks_pct(k: Lezer, jaar: int):
    """The percentage the gemeente pays: its own before the forfait (default the national average)."""
    eigen = k.veld("lks_percentage")
    return _forfait(k, jaar, (lambda: eigen) if eigen is not None else (lambda: k.p("lks_gemiddeld_pct", jaar)))


@grootheid("lks_pct_buig")
def lks_pct_buig(k: Lezer, jaar: int):
    """The percentage the BUIG covers: the loonwaarde before the forfait (default: what the gemeente pays)."""
    loonwaarde = k.veld("lks_pct_loonwaarde")
    return _forfait(k, jaar, (lambda: loonwaarde) if loonwaarde is not None else (lambda: k.get("lks_pct", jaar)))


@grootheid("jaarloon_wml")
def jaarloon_wml(k: Lezer, jaar: int) -> float:
    return (k.p("wml_uur", jaar) * k.veld("contracturen") * k.p("weken_per_jaar", jaar)
            * (1 + k.p("vakantiebijslag", jaar)))


@grootheid("lks_grondslag")
def lks_grondslag(k: Lezer, jaar: int) -> float:
    """L(y): the wage cost at the minimum wage, the base of every LKS percentage."""
    return k.get("jaarloon_wml", jaar) * (1 + k.p("werkgeverslasten_lks", jaar))


@grootheid("lks_per_persoon")
def lks_per_persoon(k: Lezer, jaar: int) -> float:
    return k.get("lks_pct", jaar) * k.get("lks_grondslag", jaar)


@grootheid("lasten_lks_beschut")
def lasten_lks_beschut(k: Lezer, jaar: int) -> float:
    return k.get("real", jaar) * k.get("lks_per_persoon", jaar)


@grootheid("buig_lks_beschut")
def buig_lks_beschut(k: Lezer, jaar: int) -> float:
    return (k.get("real", jaar) * k.get("lks_pct_buig", jaar) * k.get("lks_grondslag", jaar)
            * k.p("buig_lks_dekking", jaar))
