"""The command line never writes over its own inputs, nor two outputs to one file.

Every file a command reads (the input, a project, a logo, a scenario or parameter-set file, the
old side of a comparison) and every file it writes (``--json``, ``--pdf``, ``--xlsx``) is named
with its option; an output that is an input, or two outputs on one path, end the command before
anything is read or written, with one Dutch sentence (exit status 2).
"""
from __future__ import annotations

import os
from pathlib import Path

from cli.fouten import Invoerfout


def _zelfde(a: str, b: str) -> bool:
    try:
        if os.path.exists(a) and os.path.exists(b):
            return os.path.samefile(a, b)
    except (OSError, ValueError):
        pass
    try:
        return os.path.normcase(os.path.realpath(a)) == os.path.normcase(os.path.realpath(b))
    except (OSError, ValueError):
        return os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b))


def controleer_paden(invoer: list[tuple[str, str | None]], uitvoer: list[tuple[str, str | None]]) -> None:
    """``invoer`` and ``uitvoer`` are (option, path) pairs; None and ``-`` (standard output) are skipped."""
    gelezen = [(optie, pad) for optie, pad in invoer if pad and pad != "-"]
    geschreven = [(optie, pad) for optie, pad in uitvoer if pad and pad != "-"]
    for optie, pad in geschreven:
        for bron, invoerpad in gelezen:
            if _zelfde(pad, invoerpad):
                raise Invoerfout(f"{optie} {Path(pad).name} zou {bron} overschrijven; kies een andere naam voor "
                                 "de uitvoer. Er is niets geschreven.")
    for i, (optie, pad) in enumerate(geschreven):
        for ander, ander_pad in geschreven[i + 1:]:
            if _zelfde(pad, ander_pad):
                raise Invoerfout(f"{optie} en {ander} wijzen naar hetzelfde bestand ({Path(pad).name}); kies twee "
                                 "verschillende namen. Er is niets geschreven.")


def schrijf_json(data, pad: str) -> None:
    """The command's JSON to standard output (``-``) or atomically to ``pad``; a write error is a Dutch Invoerfout.
    Never NaN or infinity (``allow_nan=False``): the model refuses them before, this is the second check."""
    import json
    import sys
    tekst = json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
    if pad == "-":
        sys.stdout.write(tekst)
        return
    from model.io.atomair import SchrijfFout, schrijf_atomair
    try:
        schrijf_atomair(Path(pad), tekst.encode("utf-8"))
    except SchrijfFout as fout:
        raise Invoerfout(str(fout)) from None
