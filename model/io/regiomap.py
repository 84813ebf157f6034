"""Reading a folder of gemeenten for the regional overview (SAMENWERKING §2): every workbook and project in it, each
through the contained reader; a file that cannot be read is listed as *niet ingelezen* and the others go on. The region
itself (sum, verdeling, findings) is :mod:`model.regio`."""
from __future__ import annotations

import threading
from pathlib import Path
from typing import Callable

from model.io.invoerbestand import WERKBOEKEN
from model.io.project import EXTENSIE as PROJECT
from model.regio import NietIngelezen, Regio, RegioFout, RegioGemeente, stel_samen


def bestanden(map_: Path) -> list[Path]:
    """The workbooks and projects in the folder (not in subfolders), sorted by name."""
    return sorted((p for p in map_.iterdir() if p.suffix.lower() in WERKBOEKEN + (PROJECT,)
                   and not p.name.startswith(("~$", ".~lock"))), key=lambda p: p.name.lower())


def _lees(pad: Path, annuleer: threading.Event | None):
    """(input, parameter set, scenario, project) or a list of Dutch findings."""
    if pad.suffix.lower() == PROJECT:
        from model.io.project import ProjectbestandFout, lees_project
        try:
            project = lees_project(pad)
        except ProjectbestandFout as fout:
            return [str(fout)]
        return project.invoer, project.parameterset, project.toestand.effectief(), project
    from model.io.invoerbestand import lees_invoerbestand
    invoer, gevonden = lees_invoerbestand(pad, annuleer)
    if invoer is None:
        fouten = [b for b in gevonden if b.is_fout] or list(gevonden)
        return [b.tekst().removeprefix(f"{b.ernst.capitalize()}: ") for b in fouten] or \
            [f"{pad.name} kon niet worden ingelezen."]
    return invoer, None, None, None


def lees_regio(map_: Path | str, van: int | None = None, tot: int | None = None,
               annuleer: threading.Event | None = None,
               voortgang: Callable[[float, str], None] | None = None) -> Regio:
    """Read and calculate every gemeente in the folder, check them against each other and sum the region."""
    from model.berekening import BerekeningFout, bereken
    from model.parameters import ParameterFout
    from model.rekenregels.jaren import EERSTE_MODELJAAR, LAATSTE_MODELJAAR
    map_ = Path(map_)
    if van is not None and van < EERSTE_MODELJAAR:
        raise RegioFout(f"Het model rekent vanaf {EERSTE_MODELJAAR}; {van} is te vroeg.")
    if tot is not None and tot > LAATSTE_MODELJAAR:
        raise RegioFout(f"Het model rekent tot en met {LAATSTE_MODELJAAR}; {tot} is te laat.")
    if van is not None and tot is not None and van > tot:
        raise RegioFout(f"Het beginjaar {van} ligt na het eindjaar {tot}.")
    if not map_.is_dir():
        raise RegioFout(f"{map_} is geen map: kies de map met de werkboeken of projecten van de gemeenten.")
    paden = bestanden(map_)
    if not paden:
        raise RegioFout(f"In {map_} staan geen werkboeken (.xlsx, .xlsm, .xls, .ods) of projecten (.infraraming).")
    gelezen, niet = [], []
    for i, pad in enumerate(paden):
        if annuleer is not None and annuleer.is_set():
            break
        if voortgang:
            voortgang(0.8 * i / len(paden), f"{pad.name} inlezen")
        uit = _lees(pad, annuleer)
        if isinstance(uit, list):
            niet.append(NietIngelezen(pad.name, tuple(uit)))
        else:
            gelezen.append((pad.name, *uit))
    afgebroken = annuleer is not None and annuleer.is_set()
    if not gelezen:
        jaren_ = ()
    else:
        van = min(i.basisjaar for _, i, *_ in gelezen) if van is None else van
        tot = van + 3 if tot is None else tot
        jaren_ = tuple(range(van, tot + 1))
    gemeenten = []
    for j, (naam, invoer, ps, scenario, project) in enumerate(gelezen):
        if voortgang:
            voortgang(0.8 + 0.15 * j / len(gelezen), f"{invoer.naam} berekenen")
        try:
            r = bereken(invoer, ps, scenario, van, tot)
        except (BerekeningFout, ParameterFout) as fout:
            niet.append(NietIngelezen(naam, (f"Niet te berekenen: {fout}",)))
            continue
        gemeenten.append(RegioGemeente(naam, invoer, r, ps, scenario, project))
    return stel_samen(str(map_), jaren_, tuple(gemeenten), tuple(niet), afgebroken)


