"""Totals, saldo and memo lines (REKENREGELS §4.7). Memo lines are never part of the saldo."""
from __future__ import annotations

from model.rekenregels.kern import Rekenkern, grootheid

BATEN = ("iu_beschut_werk", "iu_beschut_lks_overbrugging", "iu_sociale_infrastructuur",
         "iu_wsw", "du_impulsbudget", "buig_lks_beschut")
LASTEN = ("lasten_lks_beschut", "lasten_beschut_aanvullend", "lasten_sociale_infrastructuur",
          "lasten_wsw", "lasten_impulsbudget")


@grootheid("baten_totaal")
def baten_totaal(k: Rekenkern, jaar: int) -> float:
    return sum(k.get(r, jaar) for r in BATEN)


@grootheid("lasten_totaal")
def lasten_totaal(k: Rekenkern, jaar: int) -> float:
    return sum(k.get(r, jaar) for r in LASTEN)


@grootheid("saldo")
def saldo(k: Rekenkern, jaar: int) -> float:
    return k.get("baten_totaal", jaar) - k.get("lasten_totaal", jaar)


@grootheid("saldo_beschut_per_plek")
def saldo_beschut_per_plek(k: Rekenkern, jaar: int) -> float:
    real = k.get("real", jaar)
    if real == 0:
        return 0.0
    return (k.get("iu_beschut_werk", jaar) + k.get("iu_beschut_lks_overbrugging", jaar)
            + k.get("buig_lks_beschut", jaar) - k.get("lasten_lks_beschut", jaar)
            - k.get("lasten_beschut_aanvullend", jaar)) / real


def _brede_baten(niveau: str):
    def f(k: Rekenkern, jaar: int) -> float:
        return (k.get("real", jaar) + k.get("si_plekken", jaar)) * k.p(f"brede_baten_{niveau}", jaar)
    return f


grootheid("maatschappelijke_baten")(_brede_baten("midden"))
grootheid("maatschappelijke_baten_laag")(_brede_baten("laag"))
grootheid("maatschappelijke_baten_hoog")(_brede_baten("hoog"))


@grootheid("maatschappelijke_baten_gemeente")
def maatschappelijke_baten_gemeente(k: Rekenkern, jaar: int) -> float:
    return k.get("maatschappelijke_baten", jaar) * k.p("brede_baten_aandeel_gemeente", jaar)


@grootheid("realisatiegraad")
def realisatiegraad(k: Rekenkern, jaar: int) -> float:
    taak = k.get("taak", jaar)
    return k.get("real", jaar) / taak if taak else 0.0
