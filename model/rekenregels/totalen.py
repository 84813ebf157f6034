"""Totals, saldo, BBV lines and memo lines (REKENREGELS §4.7). Memo lines are never part of any saldo.

Which lines are baten, lasten or incidental is a property of the line in the catalogue
(:mod:`model.regels`); the totals here add whatever the catalogue says.
"""
from __future__ import annotations

from model.regels import BATEN_REGELS, INCIDENTELE_BATEN, INCIDENTELE_LASTEN, LASTEN_REGELS
from model.rekenregels.kern import grootheid
from model.term import Lezer

BATEN = tuple(r.sleutel for r in BATEN_REGELS)
LASTEN = tuple(r.sleutel for r in LASTEN_REGELS)


@grootheid("baten_totaal")
def baten_totaal(k: Lezer, jaar: int) -> float:
    return sum(k.get(r, jaar) for r in BATEN)


@grootheid("lasten_totaal")
def lasten_totaal(k: Lezer, jaar: int) -> float:
    return sum(k.get(r, jaar) for r in LASTEN)


@grootheid("saldo")
def saldo(k: Lezer, jaar: int) -> float:
    return k.get("baten_totaal", jaar) - k.get("lasten_totaal", jaar)


@grootheid("saldo_na_bestemming")
def saldo_na_bestemming(k: Lezer, jaar: int) -> float:
    return (k.get("saldo", jaar) - k.get("toevoeging_reserve_impulsbudget", jaar)
            + k.get("onttrekking_reserve_impulsbudget", jaar))


@grootheid("incidentele_baten")
def incidentele_baten(k: Lezer, jaar: int) -> float:
    return sum(k.get(r, jaar) for r in INCIDENTELE_BATEN) + k.get("onttrekking_reserve_impulsbudget", jaar)


@grootheid("incidentele_lasten")
def incidentele_lasten(k: Lezer, jaar: int) -> float:
    """v3: only the spending of the categories that are not structural is incidental."""
    return (k.get("besteding_incidenteel", jaar) + sum(k.get(r, jaar) for r in INCIDENTELE_LASTEN)
            + k.get("toevoeging_reserve_impulsbudget", jaar))


@grootheid("structureel_saldo")
def structureel_saldo(k: Lezer, jaar: int) -> float:
    return (k.get("saldo_na_bestemming", jaar) - k.get("incidentele_baten", jaar)
            + k.get("incidentele_lasten", jaar))


@grootheid("saldo_beschut_werk")
def saldo_beschut_werk(k: Lezer, jaar: int) -> float:
    return k.get("iu_beschut_werk", jaar) + k.get("iu_beschut_lks_overbrugging", jaar) \
        + k.get("buig_lks_beschut", jaar) - k.get("lasten_lks_beschut", jaar) - k.get("lasten_beschut_aanvullend", jaar)


@grootheid("saldo_beschut_per_plek")
def saldo_beschut_per_plek(k: Lezer, jaar: int) -> float:
    return k.deel(k.get("saldo_beschut_werk", jaar), k.get("real", jaar))


def _brede_baten(niveau: str):
    def f(k: Lezer, jaar: int) -> float:
        return (k.get("real", jaar) + k.get("si_plekken", jaar)) * k.p(f"brede_baten_{niveau}", jaar)
    return f


grootheid("maatschappelijke_baten")(_brede_baten("midden"))
grootheid("maatschappelijke_baten_laag")(_brede_baten("laag"))
grootheid("maatschappelijke_baten_hoog")(_brede_baten("hoog"))


@grootheid("maatschappelijke_baten_gemeente")
def maatschappelijke_baten_gemeente(k: Lezer, jaar: int) -> float:
    return k.get("maatschappelijke_baten", jaar) * k.p("brede_baten_aandeel_gemeente", jaar)


@grootheid("realisatiegraad")
def realisatiegraad(k: Lezer, jaar: int) -> float:
    return k.deel(k.get("real", jaar), k.get("taak", jaar))


@grootheid("realisatiegraad_fte")
def realisatiegraad_fte(k: Lezer, jaar: int) -> float:
    """The realisation in 31-hour plekken, as the taakstelling counts (004 fn. 1)."""
    return k.deel(k.get("real", jaar) * k.veld("contracturen") / k.p("uren_per_plek", jaar), k.get("taak", jaar))
