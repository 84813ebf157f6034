"""The calculation rules, one module per funding stream (REKENREGELS §3–4).

Importing this package registers every quantity with :mod:`model.rekenregels.kern`.
"""
from model.rekenregels import (  # noqa: F401  (registration side effect)
    beschut_werk, impulsbudget, invoerreeksen, loonkostensubsidie, sob, sociale_infrastructuur,
    totalen, wsw,
)
from model.rekenregels.kern import GROOTHEDEN, Rekenkern

__all__ = ["GROOTHEDEN", "Rekenkern"]
