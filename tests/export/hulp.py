"""Shared constants and helpers for the export tests (INVOER §5 figures, PDF text rows)."""
from __future__ import annotations

import re
from datetime import date

from tests.invoer5 import VERWACHT  # noqa: F401  (INVOER §5, re-exported for the export tests)

DATUM = date(2026, 11, 23)


def nl(bedrag: int) -> str:
    """Dutch thousands separators, written independently of model.opmaak: -38502 -> '-38.502'."""
    return f"{bedrag:,}".replace(",", ".")


_GETAL = re.compile(r"^-?\d{1,3}(\.\d{3})*(,\d+)?( %)?$")


def rij_waarden(tekst: str, label: str, aantal: int) -> list[str]:
    """The ``aantal`` figures that follow ``label`` in extracted PDF text (taakveld skipped)."""
    woorden = " ".join(tekst.split())
    start = woorden.find(label + " ")
    assert start >= 0, f"regel {label!r} niet gevonden"
    rest = woorden[start + len(label):].split(" ")
    uit = []
    for woord in rest:
        if re.fullmatch(r"\d\.\d+", woord) or (woord == "*" and not uit):   # the taakveld column, the elders mark
            continue
        if _GETAL.match(woord) or woord == "–":
            uit.append(woord)
            if len(uit) == aantal:
                break
        elif uit:
            break
    return uit


def maak_png(breedte: int = 4, hoogte: int = 2, kleur: int = 2, beeld: bytes | None = None) -> bytes:
    """A PNG written with the standard library (colour type 2: RGB, 6: RGBA); ``beeld`` replaces the
    filtered rows (to make the image data too short or too long)."""
    import struct
    import zlib

    def blok(soort: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + soort + data + struct.pack(">I", zlib.crc32(soort + data))
    kanalen = {2: 3, 6: 4}[kleur]
    rijen = beeld if beeld is not None else b"".join(
        b"\x00" + b"\x1f\x3b\x57\xff"[:kanalen] * breedte for _ in range(hoogte))
    return (b"\x89PNG\r\n\x1a\n" + blok(b"IHDR", struct.pack(">IIBBBBB", breedte, hoogte, 8, kleur, 0, 0, 0))
            + blok(b"IDAT", zlib.compress(rijen)) + blok(b"IEND", b""))
