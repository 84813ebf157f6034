"""A readable Dutch table of a result for the terminal (whole euros, ``1.234.567``)."""
from __future__ import annotations

from model.eenheden import Eenheid
from model.regels import REGELS, SALDO, TOTAAL, overzicht
from model.resultaat import Resultaat


#: a figure that cannot be computed (REKENREGELS §4.5; a warning below the table says why)
ONBEKEND = "onbekend"


def cel(waarde: float | None, eenheid: Eenheid) -> str:
    return ONBEKEND if waarde is None else eenheid.cijfer(waarde)


def tabel(resultaat: Resultaat) -> str:
    labelbreedte = max(len(r.label) for r in REGELS) + 2
    breedte = max(11, *(len(cel(v, r.eenheid)) + 2 for r in REGELS for v in resultaat.getoond(r.sleutel)))
    regels = [
        f"{resultaat.gemeente} — scenario {resultaat.scenario} — parameterset {resultaat.parameterset}",
        "Bedragen in euro's (afgerond), taakveld volgens Iv3.",
        "",
        "Tv".ljust(7) + "".ljust(labelbreedte) + "".join(str(j).rjust(breedte) for j in resultaat.jaren),
    ]
    gebruikt = resultaat.invoer.taakvelden_in_gebruik()
    for kop, r in overzicht():
        if r is None:
            regels += ["", kop]
            continue
        taakveld = gebruikt.get(r.sleutel, "")
        if r.onderdeel_van:   # a spending category: a part of the line above it
            taakveld = "  " + taakveld
        naam = resultaat.label(r.sleutel)
        naam = naam.upper() if r.groep in (TOTAAL, SALDO) else naam
        regels.append(taakveld.ljust(7) + naam.ljust(labelbreedte)
                      + "".join(cel(v, r.eenheid).rjust(breedte) for v in resultaat.getoond(r.sleutel)))
    waarschuwingen = [w for w in resultaat.waarschuwingen if w.ernst != "info"]
    if waarschuwingen:
        regels += ["", "Waarschuwingen:"] + [f"- {w.tekst}" for w in waarschuwingen]
    return "\n".join(regels)
