"""Every adjustment in force, named and argued (REKENREGELS §6; the annex's scenario text).

A scenario in view is Basis (with the user's own edits) plus the scenario's own overrides. The
annex, the app and the CLI describe it from those overrides — each with its Dutch label, its value
in Dutch notation, the shipped value (or the value in the workbook) next to it, and the
motivering the user gave — so the raad reads every assumption that differs from the sources. Only a
scenario without any adjustment is described as "Geen aanpassingen".
"""
from __future__ import annotations

from dataclasses import dataclass

from model.invoer import REEKS, VELD
from model.scenario import INVOER, PARAMETER, Override, Scenario

GEEN_AANPASSINGEN = "Geen aanpassingen: de parameterset en de invoer zoals ze zijn."
#: Adjustments named one by one in the scenario text (a project may hold thousands; Bijlage A lists them all).
MAX_GENOEMD = 40


@dataclass(frozen=True)
class Aanpassing:
    """One adjustment in words."""

    sleutel: str
    jaar: int | None
    label: str
    waarde: str           # the value in force, Dutch notation
    oorspronkelijk: str   # "meegeleverd 2,5 %" / "in het werkboek € 8.000" ('' when there is nothing to compare)
    motivering: str
    herkomst: str         # "Basis" (the user's own edit to Basis) or the scenario's name

    @property
    def zin(self) -> str:
        """"Loon- en prijsbijstelling kosten gemeente: 3,5 % (meegeleverd 2,5 %) — CAO-akkoord gemeenten 2026"."""
        jaar = f" {self.jaar}" if self.jaar is not None else ""
        naast = f" ({self.oorspronkelijk})" if self.oorspronkelijk else ""
        reden = f" — {self.motivering}" if self.motivering else ""
        return f"{self.label}{jaar}: {self.waarde}{naast}{reden}"


def _parameter(o: Override, parameterset) -> tuple[str, str, str]:
    from model.rekenregels.jaren import EERSTE_MODELJAAR
    from model.vergelijken import toon_waarde
    if o.sleutel not in parameterset:
        return o.sleutel, str(o.waarde), ""
    p = parameterset.parameter(o.sleutel)
    jaar = o.jaar or max(EERSTE_MODELJAAR, parameterset.eerste_jaar)
    meegeleverd = parameterset.value(o.sleutel, jaar)
    if o.factor is not None:
        from model.opmaak import getal
        return p.label, f"× {getal(o.factor, 2)}", f"meegeleverd {toon_waarde(meegeleverd, p.eenheid)}"
    waarde = toon_waarde(o.waarde, p.eenheid)
    naast = toon_waarde(meegeleverd, p.eenheid)
    constant = len({parameterset.value(o.sleutel, j) for j in parameterset.jaren}) == 1
    wanneer = "" if o.jaar or constant else f" in {jaar}"
    return p.label, waarde, f"meegeleverd {naast}{wanneer}" if naast != waarde else ""


def _invoer(o: Override, invoer) -> tuple[str, str, str]:
    from model.vergelijken import toon_waarde
    veld = VELD.get(o.sleutel)
    if veld is None:
        return o.sleutel, str(o.waarde), ""
    eenheid = {"percentage": "fractie", "euro": "EUR", "janee": "janee"}.get(veld.soort, veld.soort)
    waarde = toon_waarde(o.waarde, eenheid)
    oud = None if invoer is None else getattr(invoer, o.sleutel, None)
    naast = toon_waarde(oud, eenheid, leeg="niet ingevuld")
    return veld.label, waarde, f"in het werkboek {naast}" if naast != waarde else ""


def _reeks(o: Override) -> tuple[str, str, str]:
    from model.opmaak import getal
    reeks = REEKS.get(o.sleutel)
    naam = reeks.label if reeks else o.sleutel
    if o.gelijk_aan:
        ander = REEKS.get(o.gelijk_aan)
        return naam, f"gelijk aan {(ander.label if ander else o.gelijk_aan).lower()} (elk jaar)", ""
    jaren = ", ".join(f"{j}: {getal(w, 2).rstrip('0').rstrip(',')}" for j, w in sorted((o.waarden or {}).items()))
    return naam, jaren, ""


def beschrijf(o: Override, parameterset, invoer=None, herkomst: str = "") -> Aanpassing:
    """One override in words, with the value it replaces."""
    if o.soort == PARAMETER:
        label, waarde, naast = _parameter(o, parameterset)
    elif o.soort == INVOER:
        label, waarde, naast = _invoer(o, invoer)
    else:
        label, waarde, naast = _reeks(o)
    return Aanpassing(o.sleutel, o.jaar, label, waarde, naast, (o.motivering or "").strip(), herkomst)


def aanpassingen(scenario: Scenario, parameterset, invoer=None, basis: Scenario | None = None) -> tuple[Aanpassing, ...]:
    """Every adjustment in force for ``scenario`` on top of ``basis``: Basis's own edits first, then the
    scenario's own (which win where they set the same value)."""
    from model.scenario import BASIS
    basis = scenario if scenario.is_basis else basis if basis is not None else Scenario(BASIS)
    eigen = () if scenario.is_basis else scenario.overrides
    doelen = {(o.soort, o.sleutel, o.jaar) for o in eigen}
    uit = [beschrijf(o, parameterset, invoer, "Basis") for o in basis.overrides
           if (o.soort, o.sleutel, o.jaar) not in doelen]
    uit += [beschrijf(o, parameterset, invoer, scenario.naam) for o in eigen]
    return tuple(uit)


def omschrijving(scenario: Scenario, parameterset, invoer=None, basis: Scenario | None = None) -> str:
    """The scenario's text for the annex: its own description (a preset's), then every adjustment in force;
    "Geen aanpassingen" only when there is none."""
    lijst = aanpassingen(scenario, parameterset, invoer, basis)
    if not lijst:
        return GEEN_AANPASSINGEN
    eigen = scenario.omschrijving if not scenario.is_basis and scenario.omschrijving else ""
    genoemd = [a.zin for a in lijst[:MAX_GENOEMD]]
    if len(lijst) > MAX_GENOEMD:   # the full list is the annex's Bijlage A
        genoemd.append(f"en nog {len(lijst) - MAX_GENOEMD:,} aanpassingen (zie de bijlage Aanpassingen en "
                       "aannames)".replace(",", "."))
    delen = ([eigen.rstrip(".") + "."] if eigen else []) + ["Aanpassingen: " + "; ".join(genoemd) + "."]
    return " ".join(delen)
