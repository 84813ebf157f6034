"""What the per-stream parts of the annex show, derived from the one catalogue (:mod:`model.regels`).

Both the PDF and the Excel annex read this, so they show the same rows with the same labels.
"""
from __future__ import annotations

from types import MappingProxyType

from model.regels import (AANDEEL, BATEN_REGELS, BESTEMMING_REGELS, GETAL, INDEX, LASTEN_REGELS, MEMO_REGELS, STROMEN,
                          Regel, stroomdetails, stroomregels)

#: stroom -> the intermediate quantities its detail list shows
STROOMDETAILS: MappingProxyType[str, tuple[Regel, ...]] = MappingProxyType(
    {stroom: stroomdetails(stroom) for stroom in STROMEN})

__all__ = ["STROOMDETAILS", "stroomregels", "BATEN_REGELS", "LASTEN_REGELS", "BESTEMMING_REGELS", "MEMO_REGELS",
           "GETAL", "INDEX", "AANDEEL"]
