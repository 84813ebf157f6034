"""What the reader refuses and how: the limits on an input file and :class:`Weigering`.

The limits add up over a whole file (all sheets, all XML), never per part only, because
the parser loads every sheet of an .ods and an .xls at once.
"""
from __future__ import annotations

MAX_BESTAND = 200 * 1024 * 1024       # bytes on disk
MAX_UITGEPAKT = 200 * 1024 * 1024     # bytes, all zip members together
MAX_VERHOUDING = 100                  # uncompressed / compressed
MAX_LEDEN = 10_000                    # members in one zip
MAX_CELLEN = 2_000_000                # used area of one sheet (rows x columns)
MAX_CELLEN_TOTAAL = 4_000_000         # used area of every sheet the parser loads, together
MAX_XML_DIEPTE = 64                   # nesting of XML elements (a sheet needs about 6)
MAX_BEVINDINGEN = 200                 # findings listed one by one; the rest is counted

#: The child process that parses a workbook (model.io.afgeschermd).
MAX_GEHEUGEN_KIND = 1536 * 1024 * 1024   # bytes of address space (Linux) or committed memory (Windows)
MAX_LEESTIJD = 20.0                      # seconds of wall-clock time for one file


class Weigering(Exception):
    """The file is refused; ``zin`` (also ``str()``) is one complete Dutch sentence."""

    def __init__(self, zin: str):
        super().__init__(zin)
        self.zin = zin
