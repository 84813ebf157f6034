"""The import graph of model/, cli/, ui/ and weergave/: no cycles (imports inside functions count), nothing
upward from io, model/ never imports the presentation layers."""
from __future__ import annotations

import ast
from pathlib import Path

WORTEL = Path(__file__).resolve().parents[2]
MODEL = WORTEL / "model"
PAKKETTEN = ("model", "cli", "ui", "weergave")


def _modulenaam(pad: Path) -> str:
    delen = list(pad.relative_to(WORTEL).with_suffix("").parts)
    if delen[-1] == "__init__":
        delen.pop()
    return ".".join(delen)


def importgraaf(pakketten: tuple[str, ...] = ("model",)) -> dict[str, set[str]]:
    """module -> the modules of ``pakketten`` it imports anywhere in its source (``from model.io import x`` is
    model.io.x). Relative imports are not used in these packages (checked below)."""
    modules = {_modulenaam(p): p for pakket in pakketten for p in (WORTEL / pakket).rglob("*.py")}
    graaf: dict[str, set[str]] = {}
    for naam, pad in modules.items():
        doelen: set[str] = set()
        for knoop in ast.walk(ast.parse(pad.read_text(encoding="utf-8"))):
            if isinstance(knoop, ast.Import):
                doelen |= {a.name for a in knoop.names}
            elif isinstance(knoop, ast.ImportFrom) and knoop.module and knoop.level == 0:
                for a in knoop.names:  # a submodule by name, else a name defined in the module itself
                    sub = f"{knoop.module}.{a.name}"
                    doelen.add(sub if sub in modules else knoop.module)
        graaf[naam] = {d for d in doelen if d in modules and d != naam}
    return graaf


def kringen(graaf: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index, laag, op_stapel, stapel, uit = {}, {}, set(), [], []
    teller = 0
    for begin in graaf:
        if begin in index:
            continue
        werk = [(begin, iter(sorted(graaf[begin])))]
        index[begin] = laag[begin] = teller
        teller += 1
        stapel.append(begin)
        op_stapel.add(begin)
        while werk:
            knoop, buren = werk[-1]
            for buur in buren:
                if buur not in index:
                    index[buur] = laag[buur] = teller
                    teller += 1
                    stapel.append(buur)
                    op_stapel.add(buur)
                    werk.append((buur, iter(sorted(graaf[buur]))))
                    break
                if buur in op_stapel:
                    laag[knoop] = min(laag[knoop], index[buur])
            else:
                werk.pop()
                if werk:
                    laag[werk[-1][0]] = min(laag[werk[-1][0]], laag[knoop])
                if laag[knoop] == index[knoop]:
                    groep = []
                    while True:
                        m = stapel.pop()
                        op_stapel.discard(m)
                        groep.append(m)
                        if m == knoop:
                            break
                    if len(groep) > 1:
                        uit.append(sorted(groep))
    return uit


def test_kringdetectie_werkt():
    assert kringen({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert kringen({"a": {"b"}, "b": set()}) == []


def test_geen_kringen_in_model():
    assert kringen(importgraaf()) == []


def test_geen_kringen_in_cli_ui_en_tussen_de_pakketten():
    """cli/ and ui/ have no circles either, nor does any circle run through two packages."""
    assert kringen(importgraaf(PAKKETTEN)) == []


def test_kring_in_cli_wordt_gevonden():
    """The graph sees a package's own names: a subcommand importing an exception from cli/__init__, which
    imports the subcommand, is the circle cli/fouten.py removed."""
    graaf = importgraaf(PAKKETTEN)
    assert "cli.laden" in graaf["cli.bereken"] and "cli.fouten" in graaf["cli.laden"]
    graaf["cli.bereken"] = graaf["cli.bereken"] | {"cli"}
    assert ["cli", "cli.bereken"] in kringen(graaf)


def test_geen_relatieve_importen():
    """The graph reads absolute imports only, so every import must be absolute."""
    import ast as _ast
    relatief = [str(p.relative_to(WORTEL)) for pakket in PAKKETTEN for p in (WORTEL / pakket).rglob("*.py")
                if any(isinstance(k, _ast.ImportFrom) and k.level for k in _ast.walk(_ast.parse(p.read_text("utf-8"))))]
    assert relatief == []


def test_model_importeert_geen_presentatielagen():
    """model/ never imports cli/ or ui/ (weergave/ only from the exports, the model's own presentation layer)."""
    graaf = importgraaf(PAKKETTEN)
    fout = {m: sorted(d for d in doelen if d.split(".")[0] in ("cli", "ui")
                      or (d.startswith("weergave") and not m.startswith("model.export")))
            for m, doelen in graaf.items() if m.startswith("model")}
    assert {m: d for m, d in fout.items() if d} == {}


def test_model_importeert_niet_omhoog_uit_io():
    """model.io reads and writes the model's data; the model itself never imports model.io."""
    graaf = importgraaf()
    omhoog = {m: sorted(d for d in doelen if d.startswith("model.io"))
              for m, doelen in graaf.items() if not m.startswith(("model.io", "model.export"))}
    assert {m: d for m, d in omhoog.items() if d} == {}
