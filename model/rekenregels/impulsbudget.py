"""Impulsbudget sociale infrastructuur, a decentralisatie-uitkering, taakveld 0.7; spending on 6.4
(REKENREGELS §4.5; 000 §4.1, 001: € 289,7 mln over 2025–2034).

The regional amount is paid to the largest gemeente of the samenwerkingsverband, by its
doelgroepenregister share (t-2). A member that does not receive it gets a doorbetaling.
The unspent balance goes to a bestemmingsreserve that starts before 2025.
"""
from __future__ import annotations

from model.invoer import BESTEDINGSCATEGORIEEN
from model.rekenregels.aandeel import aandeel, bedrag, bedrag_zonder_circulaire
from model.rekenregels.jaren import EERSTE_MODELJAAR
from model.rekenregels.kern import Rekenkern, grootheid


@grootheid("ib_aandeel_regio")
def ib_aandeel_regio(k: Rekenkern, jaar: int) -> float | None:
    return aandeel(k, "circ_impulsbudget", "ib_macro", "dgr_samenwerkingsverband", jaar)


@grootheid("ib_regio")
def ib_regio(k: Rekenkern, jaar: int) -> float:
    """The regional amount: the circulaire amount of the year, else share x macro budget."""
    return bedrag(k, "circ_impulsbudget", "ib_macro", "ib_aandeel_regio", jaar)


@grootheid("ib_regio_model")
def ib_regio_model(k: Rekenkern, jaar: int) -> float | None:
    return bedrag_zonder_circulaire(k, "circ_impulsbudget", "ib_macro", "dgr_samenwerkingsverband", jaar)


@grootheid("du_impulsbudget")
def du_impulsbudget(k: Rekenkern, jaar: int) -> float:
    if k.veld("ontvangt_impulsbudget"):
        return k.get("ib_regio", jaar)
    return k.get("doorbetaling", jaar)


@grootheid("impulsbudget_toegerekend")
def impulsbudget_toegerekend(k: Rekenkern, jaar: int) -> float:
    """Memo: the part of the regional amount that belongs to this gemeente (needs both counts)."""
    eigen, regio = k.veld("dgr_gemeente"), k.veld("dgr_samenwerkingsverband")
    aandeel = k.get("ib_aandeel_regio", jaar)
    if eigen is None or not regio or aandeel is None:
        return 0.0
    return aandeel * k.p("ib_macro", jaar) * eigen / regio


@grootheid("lasten_impulsbudget")
def lasten_impulsbudget(k: Rekenkern, jaar: int) -> float:
    return sum(k.get(f"besteding_{c}", jaar) for c in BESTEDINGSCATEGORIEEN)


@grootheid("reserve_impulsbudget")
def reserve_impulsbudget(k: Rekenkern, jaar: int) -> float:
    vorig = (k.veld("reserve_impulsbudget_start") if jaar == EERSTE_MODELJAAR
             else k.get("reserve_impulsbudget", jaar - 1))
    return vorig + k.get("du_impulsbudget", jaar) - k.get("lasten_impulsbudget", jaar)
