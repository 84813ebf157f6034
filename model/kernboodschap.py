"""The kernboodschap: three or four sentences at the front of the annex, for the raadsvoorstel (issue 21).

Generated from the result (never a new figure): the cumulated geraamd resultaat over the horizon, the
structural saldo in the last year and why, the largest change against the previous begroting when the
sheet ``Vorige cijfers`` gave one, and the largest risk when the risk paragraph was built. The user may
replace them with her own text (stored with the annex settings in the project; CLI ``--kernboodschap``).
"""
from __future__ import annotations

from model.invoer import STRUCTUREEL_VELD
from model.opmaak import euro, procent

#: The kernboodschap the user typed is a paragraph or two, not a document.
MAX_KERNBOODSCHAP = 2000


def _bedrag(waarde: float) -> str:
    """``€ 123.456 voordelig`` / ``€ 45.000 nadelig`` (+ = voordelig); a rounded zero is neither."""
    if round(waarde) == 0:
        return "€ 0"
    return f"{euro(abs(waarde))} {'voordelig' if waarde > 0 else 'nadelig'}"


def _klein(label: str) -> str:
    """A label inside a sentence: "Loonkostensubsidie …" -> "loonkostensubsidie …", "BUIG-dekking …" stays."""
    return label[:1].lower() + label[1:] if label[1:2].islower() else label


def _horizon(jaren) -> str:
    return f"{jaren[0]}–{jaren[-1]}" if len(jaren) > 1 else str(jaren[0])


def _waarden(resultaat, sleutel: str, jaren) -> list[float]:
    alle = dict(zip(resultaat.jaren, resultaat.reeks(sleutel)))
    return [alle[j] for j in jaren]


def resultaatzin(resultaat, jaren) -> str:
    totaal = sum(_waarden(resultaat, "saldo_na_bestemming", jaren))
    return f"Het geraamde resultaat over {_horizon(jaren)} is samen {_bedrag(totaal)}."


def structureelzin(resultaat, jaren) -> str:
    """The structural saldo in the last year and why it differs from the geraamd resultaat."""
    jaar = jaren[-1]
    structureel = _waarden(resultaat, "structureel_saldo", (jaar,))[0]
    baten = _waarden(resultaat, "incidentele_baten", (jaar,))[0]
    if round(structureel) >= 0:
        return (f"Structureel is het saldo in {jaar} {_bedrag(structureel)}: de structurele lasten zijn gedekt "
                "door structurele baten.")
    zin = f"Structureel is het saldo in {jaar} {_bedrag(structureel)}"
    structureel = {c: _waarden(resultaat, f"besteding_{c}", (jaar,))[0]
                   for c, veld in STRUCTUREEL_VELD.items() if getattr(resultaat.invoer, veld)}
    structureel = {c: w for c, w in structureel.items() if round(w) > 0}
    if structureel:
        from model.regels import GROOTHEID
        namen = [GROOTHEID[f"besteding_{c}"].label.split(": ", 1)[-1] for c in structureel]
        wat = namen[0] if len(namen) == 1 else ", ".join(namen[:-1]) + " en " + namen[-1]
        return (zin + f": de structurele besteding van {euro(sum(structureel.values()))} ({wat}) wordt betaald uit "
                      "het impulsbudget, dat tijdelijk geld is.")
    if round(baten) > 0:
        return (zin + f": het geraamde resultaat steunt op {euro(baten)} aan tijdelijk geld (tijdelijke ophoging, "
                      "impulsbudget en onttrekking aan de reserve) dat niet blijft.")
    return zin + ": de structurele lasten zijn hoger dan de structurele baten."


def risicozin(risico) -> str | None:
    """The largest risk of the risk paragraph by expected value (None when it has none)."""
    top = [t for t in risico.simulatie.top if t.verwachte_waarde > 0]
    if not top:
        return None
    t = top[0]
    return (f"Het grootste risico is {t.naam}: verwacht {euro(t.verwachte_waarde)}, "
            f"{procent(t.aandeel)} van de verwachte risico's samen.")


def vorigezin(resultaat, jaren) -> str | None:
    """The largest change of a baat, last or reserve mutation in the first year shown against the previous
    begroting na wijziging (sheet Vorige cijfers); None when the sheet gives no begroting amount for such a line."""
    from model.regels import BATEN, BESTEMMING, LASTEN, REGEL
    jaar = jaren[0]
    b = resultaat.invoer.basisjaar
    kandidaten = [(nu - oud, sleutel, nu, oud) for sleutel, (_, oud) in resultaat.invoer.vorige_cijfers.items()
                  if oud is not None and REGEL[sleutel].groep in (BATEN, LASTEN, BESTEMMING)
                  for nu in _waarden(resultaat, sleutel, (jaar,))]
    if not kandidaten:
        return None
    verschil, sleutel, nu, oud = max(kandidaten, key=lambda k: abs(k[0]))
    richting = "hoger" if verschil > 0 else "lager"
    return (f"De grootste verandering ten opzichte van de begroting {b - 1} na wijziging is "
            f"{_klein(resultaat.label(sleutel))}: {euro(nu)} in {jaar} tegen {euro(oud)}, {euro(abs(verschil))} "
            f"{richting}.")


def zinnen(resultaat, jaren, risico=None) -> tuple[str, ...]:
    """The generated kernboodschap for the annex's years."""
    uit = [resultaatzin(resultaat, jaren), structureelzin(resultaat, jaren)]
    zin = vorigezin(resultaat, jaren)
    if zin:
        uit.append(zin)
    if risico is not None:
        zin = risicozin(risico)
        if zin:
            uit.append(zin)
    return tuple(uit)
