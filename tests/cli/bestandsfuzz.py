"""Structure-aware mutations of the files a user hands the command line besides a workbook: a project
(.infraraming), a scenario file (.json) and a parameter set (.toml). Deterministic for a given seed,
so CI runs a fixed sample and ``benchmarks/vijandig.py --fuzz N`` runs thousands."""
from __future__ import annotations

import json
import random
from pathlib import Path

_JSON_WAARDEN = (None, True, False, "nee", "ja", "abc", "", 0, -1, 1, 2.5, 1e300, -1e300, 10 ** 15, -(10 ** 15),
                 2020, 2019, 2061, 99999, 0.5, [], {}, [1, 2], {"x": 1}, "9" * 300, "x" * 10_000, "2027", "GM0200",
                 "Twente", "Basis", "parameter", "invoer", "reeks", "taakstelling", "lpo", "gerealiseerd")


def _paden(data, pad=()):
    """Every (path, value) in nested dicts and lists."""
    yield pad, data
    if isinstance(data, dict):
        for k, v in data.items():
            yield from _paden(v, pad + (k,))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            yield from _paden(v, pad + (i,))


def _diep(n: int):
    x: list = []
    for _ in range(n):
        x = [x]
    return x


def muteer_json(data, rnd: random.Random, keer: int | None = None):
    """A copy of ``data`` with 1-3 random structural changes (a value of another kind or extreme size, a key
    removed or renamed, a list element duplicated, deep nesting)."""
    data = json.loads(json.dumps(data))
    for _ in range(keer or rnd.randint(1, 3)):
        paden = [p for p, _ in _paden(data) if p]
        if not paden:
            break
        pad = rnd.choice(paden)
        ouder = data
        for stap in pad[:-1]:
            ouder = ouder[stap]
        sleutel = pad[-1]
        keuze = rnd.random()
        if keuze < 0.6:
            ouder[sleutel] = rnd.choice(_JSON_WAARDEN + (_diep(rnd.randint(2, 40)),))
        elif keuze < 0.75 and isinstance(ouder, dict):
            del ouder[sleutel]
        elif keuze < 0.85 and isinstance(ouder, dict):
            ouder[rnd.choice(("waarden", "factor", "jaar", "gelijk_aan", "waarde", "onbekend"))] = ouder.pop(sleutel)
        elif isinstance(ouder, list):
            ouder.extend([ouder[sleutel]] * rnd.randint(1, 3))
        elif isinstance(ouder[sleutel], (int, float)) and not isinstance(ouder[sleutel], bool):
            ouder[sleutel] = ouder[sleutel] * rnd.choice((-1, 10, 1000, 1e6, 0))
    return data


_TOML_WAARDEN = ("nan", "inf", "-inf", "1e300", "-1e300", '"abc"', "[]", "{}", "true", "99999999999999999999",
                 "[[[[1]]]]", '"' + "x" * 1000 + '"', "0", "-1", "2020", "1_000_000_000", "-1_000_000_000", "0.5")


def muteer_toml(tekst: str, rnd: random.Random) -> str:
    """A parameter set text with 1-3 line-level changes (a value replaced, a line dropped or doubled)."""
    regels = tekst.splitlines()
    for _ in range(rnd.randint(1, 3)):
        kandidaten = [i for i, r in enumerate(regels) if "=" in r and not r.lstrip().startswith("#")]
        if not kandidaten:
            break
        i = rnd.choice(kandidaten)
        keuze = rnd.random()
        if keuze < 0.7:
            sleutel = regels[i].split("=", 1)[0]
            regels[i] = f"{sleutel}= {rnd.choice(_TOML_WAARDEN)}"
        elif keuze < 0.85:
            del regels[i]
        else:
            regels.insert(i, regels[i])
    return "\n".join(regels) + "\n"


def gevallen(map_: Path, aantal: int, zaad: int = 1):
    """``aantal`` (name, command line) pairs, each with its generated file in ``map_``."""
    from model.io.project import naar_projectdict
    from model.paden import resource_pad
    from model.parameters import STANDAARD_SET
    from model.project import Project
    from model.scenario import INVOER, PARAMETER, REEKS_SOORT, Override, Scenario
    rnd = random.Random(zaad)
    project = naar_projectdict(Project.voorbeeld())
    project["scenarios"].append(Scenario("Eigen", "", (
        Override(PARAMETER, "lpo", 0.03, 2027), Override(INVOER, "ontvangt_impulsbudget", False),
        Override(REEKS_SOORT, "gerealiseerd", waarden={2027: 18.0, 2028: 19.0}),
        Override(PARAMETER, "lpo_rijk", factor=1.1))).naar_dict())
    scenario = project["scenarios"][-1]
    toml = resource_pad("parametersets", f"{STANDAARD_SET}.toml").read_text(encoding="utf-8")
    for i in range(aantal):
        soort = ("project", "scenario", "parameterset")[i % 3]
        if soort == "project":
            pad = map_ / f"fuzz{i}.infraraming"
            pad.write_text(json.dumps(muteer_json(project, rnd)), encoding="utf-8")
            yield f"project-{i}", ["bereken", str(pad), "--json", "-"]
        elif soort == "scenario":
            pad = map_ / f"fuzz{i}.json"
            pad.write_text(json.dumps(muteer_json(scenario, rnd)), encoding="utf-8")
            yield f"scenario-{i}", ["bereken", "--scenario", str(pad), "--json", "-"]
        else:
            pad = map_ / f"fuzz{i}.toml"
            pad.write_text(muteer_toml(toml, rnd), encoding="utf-8")
            yield f"parameterset-{i}", ["bereken", "--parameterset", str(pad), "--json", "-"]
