"""What the annex's parts show, derived from the one catalogue (:mod:`model.regels`).

The per-stream parts follow :func:`model.regels.stroomindeling`, the same parts the app's stream views show.
"""
from __future__ import annotations

from model.regels import BATEN_REGELS, BESTEMMING_REGELS, LASTEN_REGELS, MEMO_REGELS, stroomregels

__all__ = ["stroomregels", "BATEN_REGELS", "LASTEN_REGELS", "BESTEMMING_REGELS", "MEMO_REGELS"]
