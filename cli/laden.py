"""Everything the command line reads, read once: an input (workbook, JSON or project), a parameter set,
a scenario (shipped name or file), the ``--zet`` edits and, for ``wat-verandert``, one side "as of" a
circulaire edition.

:func:`laad` turns the arguments of ``bereken`` into one :class:`Geladen`; the export options use that
same object (the reader's findings, the Basis with the ``--zet`` edits), so nothing is parsed twice.
Every problem becomes an :class:`~cli.fouten.Invoerfout` with one Dutch sentence.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cli.fouten import Invoerfout
from model.invoer import GemeenteInvoer
from model.parameters import ParameterFout
from model.scenario import BASIS, Override, Scenario, ScenarioFout, controleer_scenario


@dataclass(frozen=True)
class Geladen:
    """What ``bereken`` (and its export options) work with."""
    invoer: GemeenteInvoer
    project: Any                      # a model.project.Project when INVOER is a .infraraming file, else None
    bevindingen: tuple | None         # the reader's findings, for the annex (None for the Voorbeeldgemeente)
    parameterset: Any
    zet: tuple[Override, ...]         # the --zet edits, checked against the parameter set
    scenario: Scenario | None         # the scenario to calculate, --zet on top (None: the parameter set as is)
    basis: Scenario                   # the reference of a comparison: the project's Basis or Basis, --zet on top
    vergelijk: tuple[Scenario, ...]   # --vergelijk: the scenarios a comparison in the annex shows


def laad(args) -> Geladen:
    """Read INVOER, --parameterset, --scenario, --zet and --vergelijk of ``bereken``, each once."""
    project = laad_project(args.invoer)
    gevonden: list = []
    invoer = project.invoer if project else laad_invoer(args.invoer, gevonden)
    invoer = met_taakvelden(invoer, getattr(args, "taakveld", None) or [])
    scenario = laad_scenario(args.scenario)
    if project is not None:   # the project's own scenario (or the one asked for) on top of its Basis
        scenario = (scenario or project.actief_scenario).op_basis(project.toestand.basis)
    try:
        from model.io.parameterbestand import lees_parameterbestand
        from model.parameters import standaard_parameterset
        parameterset = (lees_parameterbestand(args.parameterset) if args.parameterset
                        else project.parameterset if project else standaard_parameterset())
    except ParameterFout as fout:
        raise Invoerfout(str(fout)) from None
    zet = met_motivering(tuple(lees_zet(t, parameterset) for t in getattr(args, "zet", ())),
                         getattr(args, "motivering", None) or ())
    basis = project.toestand.basis if project is not None else Scenario(BASIS)
    try:
        scenario, basis = met_zet(scenario, zet), met_zet(basis, zet)
        if scenario is not None:   # a scenario file is checked by the rules of an edit and a project file
            controleer_scenario(scenario, invoer, parameterset)
    except ScenarioFout as fout:
        naam = _kort(scenario.naam) if scenario else ""
        raise Invoerfout(f"Scenario '{naam}': {str(fout).rstrip('.')}.") from None
    return Geladen(invoer=invoer, project=project, bevindingen=tuple(gevonden) if args.invoer else None,
                   parameterset=parameterset, zet=zet, scenario=scenario, basis=basis,
                   vergelijk=tuple(laad_scenario(naam) for naam in (getattr(args, "vergelijk", None) or ())))


def lees_taakveld(tekst: str) -> tuple[str, str]:
    """``SLEUTEL=CODE`` -> (line key, taakveld code); the key may also be a line's or category's Dutch name."""
    from model.io.werkboek import onderdelen
    from model.regels import TAAKVELDREGELS, taakveldfout
    from model.tekst import normaliseer
    doel, is_, code = tekst.partition("=")
    if not is_ or not doel.strip():
        raise Invoerfout(f"--taakveld {tekst}: schrijf SLEUTEL=CODE, bijvoorbeeld besteding_doorstroom=6.5.")
    sleutel = doel.strip() if doel.strip() in TAAKVELDREGELS else onderdelen().get(normaliseer(doel), (None,))[0]
    if sleutel is None:
        raise Invoerfout(f"--taakveld {tekst}: '{doel.strip()}' is geen regel met een taakveld; kies uit "
                         f"{', '.join(TAAKVELDREGELS)}.")
    reden = taakveldfout(sleutel, code.strip())
    if reden:
        raise Invoerfout(f"--taakveld {tekst}: {reden}.")
    return sleutel, code.strip()


def met_taakvelden(invoer: GemeenteInvoer, teksten: list[str]) -> GemeenteInvoer:
    """The input with the --taakveld choices on top of its own (sheet Classificatie)."""
    if not teksten:
        return invoer
    return invoer.met(taakvelden={**invoer.taakvelden, **dict(lees_taakveld(t) for t in teksten)})


def laad_invoer(pad: str | None, gevonden: list | None = None) -> GemeenteInvoer:
    """The input named on the command line, or the Voorbeeldgemeente; errors -> Invoerfout.
    The reader's findings are added to ``gevonden`` (for the annex)."""
    if pad is None:
        from model.invoer import voorbeeldgemeente
        return voorbeeldgemeente()
    from model.io.invoerbestand import lees_invoerbestand
    invoer, bevindingen = lees_invoerbestand(pad)
    if gevonden is not None:
        gevonden.extend(bevindingen)
    return gebruik(pad, invoer, bevindingen)


def gebruik(pad: str, gelezen, bevindingen) -> Any:
    """What was read from ``pad``: its warnings to stderr, and an Invoerfout naming its errors when nothing was read."""
    for b in bevindingen:
        if not b.is_fout:
            print(b.tekst(), file=sys.stderr)
    if gelezen is None:
        fouten = [b.tekst() for b in bevindingen if b.is_fout]
        raise Invoerfout(f"{Path(pad).name} kan niet worden gebruikt:\n" + "\n".join(f"- {f}" for f in fouten))
    return gelezen


def laad_project(pad: str | None):
    """A saved project (.infraraming) named as INVOER, so it can be calculated and exported headless; else None."""
    from model.io.project import EXTENSIE, ProjectbestandFout, lees_project
    if pad is None or Path(pad).suffix.lower() != EXTENSIE:
        return None
    try:
        project = lees_project(pad)
    except ProjectbestandFout as fout:
        raise Invoerfout(str(fout)) from None
    for melding in project.meldingen:
        print(melding, file=sys.stderr)
    return project


def laad_scenario(waarde: str | None) -> Scenario | None:
    """A shipped scenario by name, or a scenario file (.json); None when none is named."""
    if waarde is None:
        return None
    from model.io.jsonbestand import lees_scenario
    from model.scenario import preset
    try:
        if waarde.lower().endswith(".json") or Path(waarde).is_file():
            return lees_scenario(waarde)
        return preset(waarde)
    except ScenarioFout as fout:
        raise Invoerfout(f"Scenario: {fout}.") from None


def lees_zet(tekst: str, parameterset) -> Override:
    """``SLEUTEL=WAARDE`` or ``SLEUTEL@JAAR=WAARDE`` -> a checked override (Invoerfout in Dutch otherwise)."""
    from model.getallen import GeenGetal, lees_getal, lees_percentage
    from model.invoer import VELD
    from model.scenario import INVOER, PARAMETER, controleer
    doel, is_, waarde_tekst = tekst.partition("=")
    sleutel, _, jaar_tekst = doel.strip().partition("@")
    if not is_ or not sleutel:
        raise Invoerfout(f"--zet {tekst}: schrijf SLEUTEL=WAARDE of SLEUTEL@JAAR=WAARDE, bijvoorbeeld lpo_rijk=0,03.")
    if sleutel in parameterset:
        soort = PARAMETER
    elif sleutel in VELD:
        soort = INVOER
    else:
        from cli.parameters import bedoelt_u, naaste, sleutels
        naast = naaste(sleutel, sleutels(parameterset))
        raise Invoerfout(f"--zet {_kort(tekst)}: '{sleutel}' is geen parameter en geen invoerwaarde"
                         + (f"; {bedoelt_u(naast)}" if naast else ".")
                         + " De lijst van alle sleutels: infraraming parameters.")
    jaar = None
    if jaar_tekst:
        if soort != PARAMETER or not jaar_tekst.strip().isdigit():
            raise Invoerfout(f"--zet {tekst}: alleen een parameter kan per jaar worden aangepast (SLEUTEL@JAAR=WAARDE).")
        jaar = int(jaar_tekst)
    veld = VELD.get(sleutel) if soort == INVOER else None
    if veld is not None and veld.soort in ("tekst", "cbs", "regio"):
        waarde = waarde_tekst.strip()   # a text field is set from text (the check refuses what is no region or code)
        if not waarde or _is_getaltekst(waarde):
            raise Invoerfout(f"--zet {_kort(tekst)}: {veld.label} is tekst en wordt niet op een getal gezet.")
    elif veld is not None and veld.soort == "janee":
        antwoord = waarde_tekst.strip().lower()
        if antwoord not in ("ja", "nee"):
            raise Invoerfout(f"--zet {_kort(tekst)}: {veld.label} is ja of nee.")
        waarde = antwoord == "ja"
    else:
        try:
            waarde = lees_percentage(waarde_tekst)[0] if "%" in waarde_tekst else lees_getal(waarde_tekst)
        except GeenGetal as fout:
            raise Invoerfout(f"--zet {_kort(tekst)}: {fout}.") from None
    override = Override(soort, sleutel, waarde, jaar)
    try:
        controleer(override, parameterset)
    except ScenarioFout as fout:
        raise Invoerfout(f"--zet {tekst}: {fout}") from None
    return override


def met_motivering(zet: tuple[Override, ...], teksten) -> tuple[Override, ...]:
    """The --zet edits with each ``--motivering SLEUTEL=TEKST`` attached to the edit(s) of that key."""
    from dataclasses import replace
    from model.scenario import MAX_MOTIVERING
    redenen: dict[str, str] = {}
    for tekst in teksten:
        sleutel, is_, reden = tekst.partition("=")
        sleutel, reden = sleutel.strip(), reden.strip()
        if not is_ or not sleutel or not reden:
            raise Invoerfout(f"--motivering {_kort(tekst)}: schrijf SLEUTEL=TEKST, bijvoorbeeld "
                             "--motivering \"lpo=CAO-akkoord gemeenten 2026\".")
        if not any(o.sleutel == sleutel for o in zet):
            raise Invoerfout(f"--motivering {_kort(tekst)}: er is geen --zet {_kort(sleutel)}; een motivering "
                             "hoort bij een aanpassing met --zet van dezelfde sleutel.")
        if len(reden) > MAX_MOTIVERING:
            raise Invoerfout(f"--motivering {_kort(tekst)}: een motivering is hoogstens {MAX_MOTIVERING} tekens.")
        redenen[sleutel] = reden
    return tuple(replace(o, motivering=redenen[o.sleutel]) if o.sleutel in redenen else o for o in zet)


def _is_getaltekst(tekst: str) -> bool:
    from model.getallen import GeenGetal, lees_getal
    try:
        lees_getal(tekst)
        return True
    except GeenGetal:
        return False


def _kort(tekst: str) -> str:
    return tekst if len(tekst) <= 80 else tekst[:80] + "…"


def met_zet(scenario: Scenario | None, overrides: tuple[Override, ...]) -> Scenario | None:
    """The chosen scenario with the --zet overrides on top (they win over the scenario's own)."""
    if not overrides:
        return scenario
    scenario = scenario or Scenario(BASIS)
    for o in overrides:
        scenario = scenario.met_override(o)
    return scenario


def laad_berekening(pad: str, editie_tekst: str | None, optie: str):
    """One side of a comparison: the file read (a project with its parameter set and active scenario on its
    Basis, or a workbook or JSON), taken "as of" a circulaire edition when asked (``optie`` names the flag)."""
    from model.circulaire import VOORBEELDEN, lees_editie
    from model.io.berekeningbestand import lees_berekening, per_editie
    berekening = gebruik(pad, *lees_berekening(pad))
    if editie_tekst is None:
        return berekening
    editie = lees_editie(editie_tekst)
    if editie is None:
        raise Invoerfout(f"{optie} '{editie_tekst}' is geen circulaire-editie; schrijf de circulaire, {VOORBEELDEN}.")
    gevonden = berekening.invoer.circulaire_edities()
    if editie not in gevonden:
        lijst = ", ".join(e.tekst for e in gevonden) or "geen"
        print(f"{berekening.naam} noemt de {editie.tekst} niet (wel: {lijst}); de stand is die van de laatste "
              "editie ervoor.", file=sys.stderr)
    return per_editie(berekening, editie)
