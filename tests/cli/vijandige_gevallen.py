"""The hostile files and paths of issue 22, generated (no binary blobs), as command lines for
``benchmarks/vijandig.py``: each must exit 0 or 2 with a Dutch sentence, quickly and within memory.
The regression tests for each case are in tests/cli/test_vijandig.py, tests/io/test_onvertrouwd.py,
tests/io/test_begrensd.py and tests/export/test_begrensd.py."""
from __future__ import annotations

import json
import os
from pathlib import Path


def gevallen(map_: Path):
    """(name, command line) pairs; the files they name are written into ``map_``."""
    from model.invoer import voorbeeldgemeente
    from model.io.project import naar_projectdict
    from model.io.sjabloon import schrijf_sjabloon
    from model.project import Project
    from tests.export.hulp import maak_png
    from tests.io.bouw import kopie, schrijf, voorbeeld_grid, zet, zet_gegeven

    def bestand(naam: str, inhoud) -> str:
        pad = map_ / naam
        pad.write_bytes(inhoud if isinstance(inhoud, bytes) else inhoud.encode("utf-8"))
        return str(pad)

    project = json.loads(json.dumps(naar_projectdict(Project.voorbeeld())))

    def projectbestand(naam, wijzig) -> str:
        d = json.loads(json.dumps(project))
        wijzig(d)
        return bestand(naam, json.dumps(d))

    def overrides(*o):
        return lambda d: d["scenarios"][0].__setitem__("overrides", list(o))

    uit = str(map_ / "uit")
    # -- project, scenario and parameter-set files
    yield "project-4000-cijfers", ["bereken", projectbestand(
        "cijfers.infraraming", lambda d: d["invoer"]["gemeente"].__setitem__("contracturen", 10 ** 3999))]
    yield "project-waarden-abc", ["bereken", projectbestand(
        "abc.infraraming", overrides({"soort": "parameter", "sleutel": "lpo", "waarde": 0.02, "waarden": "abc"}))]
    yield "project-250-scenarios", ["bereken", projectbestand("veel.infraraming", lambda d: d["scenarios"].extend(
        {"naam": f"{i:03d} " + "x" * 196, "overrides": [{"soort": "parameter", "sleutel": "lpo", "waarde": 0.02}]}
        for i in range(250))), "--json", uit + "1.json"]
    yield "project-90k-aanpassingen", ["bereken", projectbestand("groot.infraraming", lambda d: d["scenarios"].extend(
        {"naam": f"S{i}", "overrides": [{"soort": "parameter", "sleutel": "lpo", "waarde": 0.02, "jaar": 2025 + j % 16}
                                         for j in range(10_000)]} for i in range(9))), "--json", uit + "2.json"]
    for naam, o in (("nee", {"soort": "invoer", "sleutel": "ontvangt_impulsbudget", "waarde": "nee"}),
                    ("1e300", {"soort": "reeks", "sleutel": "taakstelling", "waarden": {"2027": 1e300}}),
                    ("jaar-0", {"soort": "reeks", "sleutel": "taakstelling", "waarden": {"0": 5}}),
                    ("jaar-99999", {"soort": "reeks", "sleutel": "taakstelling", "waarden": {"99999": 5}})):
        yield f"scenario-{naam}", ["bereken", "--scenario", bestand(f"s-{naam}.json", json.dumps(
            {"naam": "Eigen", "overrides": [o]}))]
    yield "scenario-naam-1MB", ["bereken", "--scenario", bestand("lang.json", json.dumps({"naam": "x" * 1_000_000}))]
    yield "parameterset-jaren-1e9", ["bereken", "--parameterset", bestand(
        "jaren.toml", '[set]\nid = "x"\neerste_jaar = -1000000000\nlaatste_jaar = 1000000000\n')]
    yield "parameterset-diep", ["bereken", "--parameterset", bestand("diep.toml", "a = " + "[" * 100_000 + "]" * 100_000)]
    yield "parameterset-geen-utf8", ["bereken", "--parameterset", bestand("latin.toml", b"[set]\nid = \"\xe9\"\n")]
    if Path("/dev/zero").exists():
        yield "parameterset-dev-zero", ["bereken", "--parameterset", "/dev/zero"]
    if hasattr(os, "mkfifo"):
        for naam, argumenten in (("project", ["bereken", "{}"]), ("scenario", ["bereken", "--scenario", "{}"]),
                                 ("parameterset", ["bereken", "--parameterset", "{}"]),
                                 ("logo", ["bereken", "--pdf", uit + ".pdf", "--logo", "{}"]),
                                 ("controleer", ["controleer", "{}"]), ("wat-verandert", ["wat-verandert", "{}", "{}"])):
            pijp = map_ / f"pijp-{naam}.{'infraraming' if naam == 'project' else 'png' if naam == 'logo' else 'json'}"
            os.mkfifo(pijp)
            yield f"fifo-{naam}", [a.replace("{}", str(pijp)) for a in argumenten]
    # -- logos, dates, text fields
    png = maak_png(40, 20)
    yield "logo-afgebroken", ["bereken", "--pdf", uit + ".pdf", "--logo", bestand("kapot.png", png[:-20])]
    yield "logo-13000-kwadraat", ["bereken", "--pdf", uit + ".pdf", "--logo", bestand(
        "groot.png", maak_png(13000, 13000, kleur=6, beeld=b""))]
    yield "datum-2108", ["bereken", "--xlsx", uit + ".xlsx", "--datum", "2108-01-01"]
    yield "titel-100KB", ["bereken", "--pdf", uit + "3.pdf", "--titel", "Begrotingsbijlage " * 5600,
                          "--onderdelen", "samenvatting"]
    for zet_ in ("naam=1", "arbeidsmarktregio=1", "cbs_code=1"):
        yield f"zet-{zet_}", ["bereken", "--zet", zet_]
    # -- never over an input
    werkboek = map_ / "w.xlsx"
    schrijf_sjabloon(werkboek, voorbeeldgemeente())
    yield "xlsx-over-invoer", ["bereken", str(werkboek), "--xlsx", str(werkboek)]
    yield "pdf-en-xlsx-een-pad", ["bereken", "--pdf", uit, "--xlsx", uit]
    yield "sjabloon-bestaand", ["sjabloon", str(werkboek)]
    # -- workbooks with bounded values
    g = kopie(voorbeeld_grid())
    rij = len(g["Circulaire"])
    for kolom, waarde in enumerate((2041, "meicirculaire 2025", 1000.0)):
        zet(g, "Circulaire", rij, kolom, waarde)
    yield "circulaire-2041", ["controleer", str(schrijf(g, map_ / "circ.xlsx"))]
    g = kopie(voorbeeld_grid())
    zet(g, "Circulaire", 3, 2, 9.99e11)
    yield "bedrag-9,99e11", ["controleer", str(schrijf(g, map_ / "bedrag.xlsx"))]
    g = kopie(voorbeeld_grid())
    zet_gegeven(g, "Naam gemeente", "Gemeente " * 333)
    yield "naam-3000-tekens", ["controleer", str(schrijf(g, map_ / "naam.xlsx"))]
