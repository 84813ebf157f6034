"""Impulsbudget sociale infrastructuur, taakveld 0.7; spending per category (6.4, doorstroom 6.5); reserve
mutations on 0.10
(REKENREGELS §4.5; 000 §4.1, 001: € 289,7 mln over 2025–2034).

000 and 004 call it a decentralisatie-uitkering, 001 an integratie-uitkering. The regional
amount is paid to the largest gemeente of the samenwerkingsverband, by its doelgroepenregister
share (t-2). A member that does not receive it gets a doorbetaling. Under the BBV the unspent
amount is not an overschot: it is added to a bestemmingsreserve (v2), from which later
spending above the year's budget is withdrawn; the reserve series starts in 2025.

v3: the reserve never goes below zero (a withdrawal is at most the balance at the start of the year; the rest
is ``besteding_zonder_dekking``, already in the geraamd resultaat); the receiving gemeente may pass the members'
shares on (``doorbetaling_aan_leden``); the key is the agreed Verdeelsleutel or the doelgroepenregister share.
"""
from __future__ import annotations

from model.invoer import BESTEDINGSCATEGORIEEN, STRUCTUREEL_VELD
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


@grootheid("ib_sleutel")
def ib_sleutel(k: Lezer, jaar: int) -> float | None:
    """The gemeente's key: the agreed Verdeelsleutel (v3), else its doelgroepenregister share of the region
    (None when neither is given; a finding names the missing input)."""
    afgesproken = k.veld("verdeelsleutel")
    if afgesproken is not None:
        return afgesproken
    eigen, regio = k.veld("dgr_gemeente"), k.veld("dgr_samenwerkingsverband")
    if eigen is None or regio is None:
        return None
    return k.deel(eigen, regio)


@grootheid("impulsbudget_toegerekend")
def impulsbudget_toegerekend(k: Lezer, jaar: int) -> float:
    """Memo: the part of the regional amount that belongs to this gemeente (REKENREGELS §4.5); without a key it
    cannot be computed and a finding names the missing input."""
    sleutel = k.get("ib_sleutel", jaar)
    if sleutel is None:
        return 0.0
    return k.get("ib_regio", jaar) * sleutel


@grootheid("doorbetaling_aan_leden")
def doorbetaling_aan_leden(k: Lezer, jaar: int) -> float:
    """The receiving gemeente's payments to the members (v3; lasten 6.4): the regional amount minus its own share."""
    sleutel = k.get("ib_sleutel", jaar)
    if sleutel is None:
        return 0.0
    return k.als(k.veld("ontvangt_impulsbudget"),
                 lambda: k.als(k.veld("doorbetalen_aan_leden"), lambda: k.get("ib_regio", jaar) * (1 - sleutel),
                               lambda: 0.0),
                 lambda: 0.0)


@grootheid("lasten_impulsbudget")
def lasten_impulsbudget(k: Lezer, jaar: int) -> float:
    return sum(k.get(f"besteding_{c}", jaar) for c in BESTEDINGSCATEGORIEEN)


@grootheid("besteding_incidenteel")
def besteding_incidenteel(k: Lezer, jaar: int) -> float:
    """The spending of the categories that are not structural: only that is incidental (v3)."""
    return sum(k.als(k.veld(STRUCTUREEL_VELD[c]), lambda: 0.0, lambda c=c: k.get(f"besteding_{c}", jaar))
               for c in BESTEDINGSCATEGORIEEN)


@grootheid("mutatie_reserve_impulsbudget")
def mutatie_reserve_impulsbudget(k: Lezer, jaar: int) -> float:
    return k.als(k.veld("reserveren_impulsbudget"),
                 lambda: (k.get("du_impulsbudget", jaar) - k.get("lasten_impulsbudget", jaar)
                          - k.get("doorbetaling_aan_leden", jaar)),
                 lambda: 0.0)


@grootheid("reserve_impulsbudget_begin")
def reserve_impulsbudget_begin(k: Lezer, jaar: int) -> float:
    """The balance at the start of the year; the series starts in 2025 with the input's balance."""
    if jaar == EERSTE_MODELJAAR:
        return k.veld("reserve_impulsbudget_start")
    return k.get("reserve_impulsbudget", jaar - 1)


@grootheid("toevoeging_reserve_impulsbudget")
def toevoeging_reserve_impulsbudget(k: Lezer, jaar: int) -> float:
    return k.maximum(k.get("mutatie_reserve_impulsbudget", jaar), 0.0)


@grootheid("onttrekking_reserve_impulsbudget")
def onttrekking_reserve_impulsbudget(k: Lezer, jaar: int) -> float:
    """At most what the reserve holds (v3): a reserve never goes below zero."""
    return k.minimum(k.maximum(-k.get("mutatie_reserve_impulsbudget", jaar), 0.0),
                     k.maximum(k.get("reserve_impulsbudget_begin", jaar), 0.0))


@grootheid("besteding_zonder_dekking")
def besteding_zonder_dekking(k: Lezer, jaar: int) -> float:
    """Memo (v3): spending that neither the year's impulsbudget nor the reserve covers (it is in the resultaat)."""
    return k.maximum(-k.get("mutatie_reserve_impulsbudget", jaar), 0.0) - k.get("onttrekking_reserve_impulsbudget", jaar)


@grootheid("reserve_impulsbudget")
def reserve_impulsbudget(k: Lezer, jaar: int) -> float:
    return (k.get("reserve_impulsbudget_begin", jaar) + k.get("toevoeging_reserve_impulsbudget", jaar)
            - k.get("onttrekking_reserve_impulsbudget", jaar))


@grootheid("reserve_impulsbudget_leden")
def reserve_impulsbudget_leden(k: Lezer, jaar: int) -> float:
    """Memo (v3): the members' part of the receiving gemeente's reserve when it does not pass the money on."""
    sleutel = k.get("ib_sleutel", jaar)
    if sleutel is None:
        return 0.0
    return k.als(k.veld("ontvangt_impulsbudget"),
                 lambda: k.als(k.veld("doorbetalen_aan_leden"), lambda: 0.0,
                               lambda: k.get("reserve_impulsbudget", jaar) * (1 - sleutel)),
                 lambda: 0.0)
