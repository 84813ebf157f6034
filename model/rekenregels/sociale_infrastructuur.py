"""Rijksbijdrage sociale infrastructuur, IU Participatie, taakveld 0.7; lasten on 6.5
(REKENREGELS §4.4; 000 §3.1: € 3.634 per plek, 5.000 -> 10.000 plekken).

The gemeente's share of the macro budget follows the maatstaf doelgroepenregister
(gemeentelijke doelgroep): taken from a circulaire amount when there is one, otherwise from
the counts. Without either the line is 0 and a warning says what to fill in.
"""
from __future__ import annotations

from model.rekenregels.aandeel import aandeel_uit_aantallen, aandeel_uit_circulaire
from model.rekenregels.kern import Rekenkern, grootheid


@grootheid("si_aandeel")
def si_aandeel(k: Rekenkern, jaar: int) -> float | None:
    aandeel = aandeel_uit_circulaire(k, "circ_si", "si_macro", jaar)
    return aandeel if aandeel is not None else aandeel_uit_aantallen(k, "dgr_gemeente")


@grootheid("iu_sociale_infrastructuur")
def iu_sociale_infrastructuur(k: Rekenkern, jaar: int) -> float:
    circulaire = k.circulaire("circ_si", jaar)
    if circulaire is not None:
        return circulaire
    aandeel = k.get("si_aandeel", jaar)
    return 0.0 if aandeel is None else aandeel * k.p("si_macro", jaar)


@grootheid("iu_sociale_infrastructuur_model")
def iu_sociale_infrastructuur_model(k: Rekenkern, jaar: int) -> float | None:
    """What the model would estimate for ``jaar`` without that year's circulaire amount."""
    aandeel = aandeel_uit_circulaire(k, "circ_si", "si_macro", jaar, behalve=jaar)
    if aandeel is None:
        aandeel = aandeel_uit_aantallen(k, "dgr_gemeente")
    return None if aandeel is None else aandeel * k.p("si_macro", jaar)


@grootheid("lasten_sociale_infrastructuur")
def lasten_sociale_infrastructuur(k: Rekenkern, jaar: int) -> float:
    return k.get("si_plekken", jaar) * k.veld("si_kosten_per_plek") * k.get("idx", jaar)
