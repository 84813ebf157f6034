"""Text normalisation for matching labels, headers and names (INVOER §3)."""
from __future__ import annotations

import re
import unicodedata

_NIET_ALFANUMERIEK = re.compile(r"[^a-z0-9]+")


def normaliseer(tekst: object) -> str:
    """Lower case, accents removed, anything but letters and digits -> one space, trimmed."""
    s = unicodedata.normalize("NFKD", str(tekst)).encode("ascii", "ignore").decode("ascii").lower()
    return _NIET_ALFANUMERIEK.sub(" ", s).strip()
