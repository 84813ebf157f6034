"""Rijksbijdrage sociale infrastructuur, IU Participatie, taakveld 0.7; lasten on 6.5
(REKENREGELS §4.4; 000 §3.1: € 3.634 per plek, 5.000 -> 10.000 plekken).

The gemeente's share of the macro budget follows the maatstaf doelgroepenregister
(gemeentelijke doelgroep): taken from a circulaire amount when there is one, otherwise from
the counts. Without either the line is 0 and a warning says what to fill in.
"""
from __future__ import annotations

from model.rekenregels.aandeel import aandeel, bedrag, bedrag_zonder_circulaire
from model.rekenregels.kern import grootheid
from model.term import Lezer


@grootheid("si_aandeel")
def si_aandeel(k: Lezer, jaar: int) -> float | None:
    return aandeel(k, "circ_si", "si_macro", "dgr_gemeente", jaar)


@grootheid("iu_sociale_infrastructuur")
def iu_sociale_infrastructuur(k: Lezer, jaar: int) -> float:
    return bedrag(k, "circ_si", "si_macro", "si_aandeel", jaar)


@grootheid("iu_sociale_infrastructuur_model")
def iu_sociale_infrastructuur_model(k: Lezer, jaar: int) -> float | None:
    return bedrag_zonder_circulaire(k, "circ_si", "si_macro", "dgr_gemeente", jaar)


@grootheid("lasten_sociale_infrastructuur")
def lasten_sociale_infrastructuur(k: Lezer, jaar: int) -> float:
    return k.get("si_plekken", jaar) * k.veld("si_kosten_per_plek") * k.get("idx", jaar)


@grootheid("si_plekken_gefinancierd")
def si_plekken_gefinancierd(k: Lezer, jaar: int) -> float | None:
    """Memo for the explanation: the plekken the gemeente's share finances nationally (000 §3.1)."""
    gedeeld = k.get("si_aandeel", jaar)
    return None if gedeeld is None else gedeeld * k.p("si_plekken_landelijk", jaar)
