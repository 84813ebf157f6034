"""Impulsbudget sociale infrastructuur, taakveld 0.7; spending on 6.4; reserve mutations on 0.10
(REKENREGELS §4.5; 000 §4.1, 001: € 289,7 mln over 2025–2034).

000 and 004 call it a decentralisatie-uitkering, 001 an integratie-uitkering. The regional
amount is paid to the largest gemeente of the samenwerkingsverband, by its doelgroepenregister
share (t-2). A member that does not receive it gets a doorbetaling. Under the BBV the unspent
amount is not an overschot: it is added to a bestemmingsreserve (v2), from which later
spending above the year's budget is withdrawn; the reserve series starts in 2025.
"""
from __future__ import annotations

from model.invoer import BESTEDINGSCATEGORIEEN
from model.rekenregels.aandeel import aandeel, bedrag, bedrag_zonder_circulaire
from model.rekenregels.jaren import EERSTE_MODELJAAR
from model.rekenregels.kern import grootheid
from model.term import Lezer


@grootheid("ib_aandeel_regio")
def ib_aandeel_regio(k: Lezer, jaar: int) -> float | None:
    return aandeel(k, "circ_impulsbudget", "ib_macro", "dgr_samenwerkingsverband", jaar)


@grootheid("ib_regio")
def ib_regio(k: Lezer, jaar: int) -> float:
    """The regional amount: the circulaire amount of the year, else share x macro budget."""
    return bedrag(k, "circ_impulsbudget", "ib_macro", "ib_aandeel_regio", jaar)


@grootheid("ib_regio_model")
def ib_regio_model(k: Lezer, jaar: int) -> float | None:
    return bedrag_zonder_circulaire(k, "circ_impulsbudget", "ib_macro", "dgr_samenwerkingsverband", jaar)


@grootheid("du_impulsbudget")
def du_impulsbudget(k: Lezer, jaar: int) -> float:
    return k.als(k.veld("ontvangt_impulsbudget"), lambda: k.get("ib_regio", jaar), lambda: k.get("doorbetaling", jaar))


@grootheid("impulsbudget_toegerekend")
def impulsbudget_toegerekend(k: Lezer, jaar: int) -> float:
    """Memo: the part of the regional amount that belongs to this gemeente (needs both counts; a
    finding names the missing one, REKENREGELS §4.5)."""
    eigen, regio = k.veld("dgr_gemeente"), k.veld("dgr_samenwerkingsverband")
    if eigen is None or regio is None:
        return 0.0
    return k.deel(k.get("ib_regio", jaar) * eigen, regio)


@grootheid("lasten_impulsbudget")
def lasten_impulsbudget(k: Lezer, jaar: int) -> float:
    return sum(k.get(f"besteding_{c}", jaar) for c in BESTEDINGSCATEGORIEEN)


@grootheid("mutatie_reserve_impulsbudget")
def mutatie_reserve_impulsbudget(k: Lezer, jaar: int) -> float:
    return k.als(k.veld("reserveren_impulsbudget"),
                 lambda: k.get("du_impulsbudget", jaar) - k.get("lasten_impulsbudget", jaar), lambda: 0.0)


@grootheid("toevoeging_reserve_impulsbudget")
def toevoeging_reserve_impulsbudget(k: Lezer, jaar: int) -> float:
    return k.maximum(k.get("mutatie_reserve_impulsbudget", jaar), 0.0)


@grootheid("onttrekking_reserve_impulsbudget")
def onttrekking_reserve_impulsbudget(k: Lezer, jaar: int) -> float:
    return k.maximum(-k.get("mutatie_reserve_impulsbudget", jaar), 0.0)


@grootheid("reserve_impulsbudget")
def reserve_impulsbudget(k: Lezer, jaar: int) -> float:
    vorig = (k.veld("reserve_impulsbudget_start") if jaar == EERSTE_MODELJAAR
             else k.get("reserve_impulsbudget", jaar - 1))
    return vorig + k.get("mutatie_reserve_impulsbudget", jaar)
