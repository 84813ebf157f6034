"""A parameter set (.toml) a user names (``bereken --parameterset``), read as untrusted input.

The file passes the one gate for untrusted files (:mod:`model.io.onvertrouwd`: a regular file,
at most :data:`MAX_PARAMETERSET` bytes, UTF-8); the parser then bounds the nesting and the years
(:func:`model.parameters.lees_parameterset_tekst`). Every refusal is a :class:`ParameterFout`
with one Dutch sentence.
"""
from __future__ import annotations

from pathlib import Path

from model.io.grenzen import Weigering
from model.io.onvertrouwd import lees_tekst
from model.parameters import ParameterFout, ParameterSet, lees_parameterset_tekst

#: The shipped parameter set is 15 kB.
MAX_PARAMETERSET = 1024 * 1024


def lees_parameterbestand(pad: Path | str) -> ParameterSet:
    pad = Path(pad)
    try:
        tekst = lees_tekst(pad, MAX_PARAMETERSET, "een parameterset")
    except Weigering as fout:
        raise ParameterFout(f"Parameterset: {fout.zin}") from None
    try:
        return lees_parameterset_tekst(tekst, pad.name)
    except ParameterFout:
        raise
    except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError, RecursionError):
        # a value of the wrong kind where the parser expects a table or a number
        raise ParameterFout(f"Parameterset {pad.name} is ongeldig: een waarde heeft niet de verwachte soort "
                            "(bijvoorbeeld een getal waar een tabel met waarden per jaar hoort).") from None
