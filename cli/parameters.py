"""``parameters``: every key ``--zet`` accepts, with its Dutch label, unit, status, range and the value in use.

The national parameters of the set come first, then the gemeente's input values a scenario (or
``--zet``) may change. ``--json`` gives the same as data, with the value in every year of the set.
"""
from __future__ import annotations

import difflib
import json
import math
import sys

from cli.argumenten import jaar as jaar_type


def registreer(sub) -> None:
    p = sub.add_parser("parameters", help="toon alle parameters (sleutel, omschrijving, eenheid, status, bereik, waarde)",
                       description="Toon elke sleutel die --zet kent: de landelijke parameters met hun omschrijving, "
                                   "eenheid, status, toegestane bereik en de waarde die het model gebruikt, en de "
                                   "invoerwaarden van de gemeente die een scenario kan aanpassen.")
    p.add_argument("--jaar", type=jaar_type, metavar="JAAR",
                   help="het jaar waarvan de waarde en de status worden getoond (standaard het eerste rekenjaar)")
    p.add_argument("--json", action="store_true", help="schrijf de lijst als JSON naar de standaarduitvoer")
    p.set_defaults(uitvoeren=uitvoeren)


def sleutels(parameterset) -> tuple[str, ...]:
    """Every key ``--zet`` accepts: the set's parameters, then the input values a scenario may change."""
    return tuple(parameterset.parameters) + invoersleutels()


def invoersleutels() -> tuple[str, ...]:
    from model.invoer import VELDEN
    return tuple(v.sleutel for v in VELDEN if v.soort in ("percentage", "getal", "euro", "geheel")
                 and v.sleutel != "basisjaar")


def naaste(sleutel: str, kandidaten) -> list[str]:
    """The keys a mistyped key most likely means: a key it starts or ends with (``lpo_gemeente`` -> ``lpo``),
    else the closest spellings (``contrauren`` -> ``contracturen``); at most three."""
    kandidaten = list(kandidaten)
    delen = [k for k in kandidaten if sleutel.startswith(k + "_") or sleutel.endswith("_" + k)
             or k.startswith(sleutel + "_")]
    delen.sort(key=lambda k: -len(k))
    if delen:
        return delen[:3]
    return difflib.get_close_matches(sleutel, kandidaten, n=3, cutoff=0.6)


def bedoelt_u(namen: list[str]) -> str:
    """``bedoelt u 'lpo'?`` / ``bedoelt u 'a', 'b' of 'c'?``"""
    genoemd = [f"'{n}'" for n in namen]
    lijst = genoemd[0] if len(genoemd) == 1 else ", ".join(genoemd[:-1]) + f" of {genoemd[-1]}"
    return f"bedoelt u {lijst}?"


def _grens(x: float) -> float | None:
    return None if math.isinf(x) else x


def lijst(parameterset, jaar: int) -> dict:
    """The parameters and input values as data (the JSON of ``parameters --json``)."""
    from model.invoer import VELD
    from model.scenario import bereik_tekst
    parameters = []
    for sleutel, p in parameterset.parameters.items():
        laag, hoog = p.bereik
        parameters.append({
            "sleutel": sleutel, "label": p.label, "eenheid": p.eenheid, "status": p.status_in(jaar),
            "bereik": [_grens(laag), _grens(hoog)],
            "bereik_tekst": bereik_tekst(laag, hoog, p.eenheid) if not (math.isinf(laag) and math.isinf(hoog)) else "",
            "waarde": parameterset.value(sleutel, jaar),
            "waarden": {str(j): parameterset.value(sleutel, j) for j in parameterset.jaren},
            "bron": p.bron,
        })
    invoer = []
    for sleutel in invoersleutels():
        v = VELD[sleutel]
        laag = v.minimum if v.minimum is not None else -math.inf
        hoog = v.maximum if v.maximum is not None else math.inf
        invoer.append({"sleutel": sleutel, "label": v.label, "eenheid": v.soort,
                       "bereik": [_grens(laag), _grens(hoog)],
                       "bereik_tekst": bereik_tekst(laag, hoog, v.soort) if not (math.isinf(laag) and math.isinf(hoog))
                       else ""})
    return {"parameterset": parameterset.id, "jaar": jaar, "parameters": parameters, "invoer": invoer}


def uitvoeren(args) -> int:
    from cli.fouten import Invoerfout
    from model.eenheden import waarde_tekst
    from model.parameters import standaard_parameterset
    from model.rekenregels.jaren import EERSTE_MODELJAAR
    parameterset = standaard_parameterset()
    jaar = args.jaar or max(EERSTE_MODELJAAR, parameterset.eerste_jaar)
    if jaar not in parameterset.jaren:
        raise Invoerfout(f"--jaar {jaar} ligt buiten de jaren van de parameterset "
                         f"({parameterset.eerste_jaar}–{parameterset.laatste_jaar}).")
    data = lijst(parameterset, jaar)
    if args.json:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n")
        return 0
    print(f"Parameters van parameterset {parameterset.id}, waarde en status in {jaar} "
          "(aanpassen met bereken --zet SLEUTEL=WAARDE of SLEUTEL@JAAR=WAARDE):")
    for p in data["parameters"]:
        waarde = waarde_tekst(p["waarde"], p["eenheid"])
        bereik = f"; bereik {p['bereik_tekst']}" if p["bereik_tekst"] else ""
        print(f"  {p['sleutel']}\n      {p['label']} ({p['eenheid']}): {waarde}, {p['status']}{bereik}")
    print("\nInvoerwaarden van de gemeente die een scenario kan aanpassen (bereken --zet SLEUTEL=WAARDE):")
    for v in data["invoer"]:
        bereik = f"; bereik {v['bereik_tekst']}" if v["bereik_tekst"] else ""
        print(f"  {v['sleutel']}\n      {v['label']} ({v['eenheid']}){bereik}")
    return 0
