"""Reading a JSON file a user chose (input ``.json``, project ``.infraraming``) as untrusted input.

Bounded size, UTF-8, no ``NaN``/``Infinity`` and no number that overflows to infinity,
bounded nesting; every refusal is one Dutch sentence (:class:`Weigering`). What the data
means is checked by the caller.
"""
from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from model.io.grenzen import Weigering
from model.io.onvertrouwd import lees_bytes

MAX_DIEPTE = 16   # the deepest legitimate structure (a project's scenario overrides) is 5
MAX_CIJFERS = 15  # digits of an integer; a larger one is no amount, count or year


def _eindig(tekst: str) -> float:
    getal = float(tekst)
    if not math.isfinite(getal):
        raise ValueError(tekst)
    return getal


def geen_constante(tekst: str):
    """For ``json.loads(parse_constant=…)``: NaN and Infinity are refused."""
    raise ValueError(f"{tekst} is geen eindig getal")


def diepte(data: Any) -> int:
    """How deeply lists and objects nest (0 for a scalar), without recursion; only containers are visited."""
    if not isinstance(data, (dict, list)):
        return 0
    hoogste, stapel = 0, [(data, 1)]
    while stapel:
        waarde, d = stapel.pop()
        if d > hoogste:
            hoogste = d
            if hoogste > MAX_DIEPTE:
                return hoogste
        for w in (waarde.values() if isinstance(waarde, dict) else waarde):
            if isinstance(w, (dict, list)):
                stapel.append((w, d + 1))
    return hoogste


def _geheel(tekst: str) -> int:
    """For ``json.loads(parse_int=…)``: no amount, count or year has more than 15 digits."""
    if len(tekst.lstrip("-")) > MAX_CIJFERS:
        raise ValueError(tekst)
    return int(tekst)


def laad_json(pad: Path, max_bytes: int, wat: str) -> Any:
    """The parsed JSON of ``pad``; ``wat`` names the kind of file in the messages ("een invoerbestand").

    The file passes the one gate for untrusted files first (:mod:`model.io.onvertrouwd`)."""
    return ontleed_json(lees_bytes(pad, max_bytes, wat), pad.name, wat)


def ontleed_json(inhoud: bytes, naam: str, wat: str) -> Any:
    """The parsed JSON of bytes already read, with the same bounds (numbers, nesting); :class:`Weigering`."""
    onleesbaar = f"{naam} is beschadigd of geen geldig JSON-bestand en kan niet als {wat} worden gelezen."
    try:
        data = json.loads(inhoud.decode("utf-8-sig"), parse_float=_eindig, parse_int=_geheel,
                          parse_constant=geen_constante)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise Weigering(onleesbaar) from None
    except ValueError:   # NaN, Infinity, 1e999, an integer of more than 15 digits
        raise Weigering(f"{naam} bevat een getal dat niet eindig of onredelijk groot is "
                        "(zoals NaN of Infinity) en kan niet worden gelezen.") from None
    except RecursionError:
        raise Weigering(f"{naam} is onredelijk diep genest en wordt uit voorzorg niet gelezen.") from None
    if diepte(data) > MAX_DIEPTE:
        raise Weigering(f"{naam} is onredelijk diep genest en wordt uit voorzorg niet gelezen.")
    return data


def invoer_uit_json(data: Any, bron: str):
    """:func:`model.invoer.uit_dict` for untrusted data: the shape is checked first, so a list
    where an object belongs gives a Dutch finding instead of a Python error text."""
    from model.bevindingen import FOUT, Bevinding
    from model.invoer import uit_dict
    vorm = isinstance(data, dict) and isinstance(data.get("gemeente"), dict) \
        and isinstance(data.get("reeksen") or {}, dict) \
        and all(isinstance(w, dict) for w in (data.get("reeksen") or {}).values()) \
        and isinstance(data.get("samenwerkingsverband") or [], list) \
        and all(isinstance(lid, dict) for lid in data.get("samenwerkingsverband") or [])
    if not vorm:
        return None, [Bevinding(FOUT, f"{bron} is geen geldige Infraraming-invoer: de opbouw klopt niet "
                                      "(verwacht 'gemeente', 'reeksen' en 'samenwerkingsverband').")]
    from model.getallen import MAX_GETAL
    getallen = [*data["gemeente"].values(), *(w for r in (data.get("reeksen") or {}).values() for w in r.values()),
                *(lid.get("doelgroepenregister") for lid in data.get("samenwerkingsverband") or [])]
    te_groot = [g for g in getallen if isinstance(g, (int, float)) and not isinstance(g, bool) and abs(g) > MAX_GETAL]
    if te_groot:
        return None, [Bevinding(FOUT, f"{bron} bevat een onwaarschijnlijk groot getal ({te_groot[0]:g}, meer dan "
                                      "duizend miljard); dat is geen bedrag of aantal van een gemeente.")]
    try:
        return uit_dict(data, bron)
    except (TypeError, ValueError, AttributeError, KeyError, OverflowError):
        return None, [Bevinding(FOUT, f"{bron} is geen geldige Infraraming-invoer: een waarde heeft niet de "
                                      "verwachte soort.")]


#: A scenario file is a name, a description and a list of overrides: a megabyte is plenty.
MAX_SCENARIOBESTAND = 1024 * 1024


def lees_scenario(pad: Path | str):
    """A scenario file (.json) a user chose, read as untrusted input like an input or project file;
    any refusal is a :class:`model.scenario.ScenarioFout` with one Dutch sentence."""
    from model.scenario import Scenario, ScenarioFout
    try:
        return Scenario.uit_dict(laad_json(Path(pad), MAX_SCENARIOBESTAND, "een scenariobestand"))
    except Weigering as fout:
        raise ScenarioFout(str(fout).rstrip(".")) from None
