"""Sanity checks on a legacy .xls (an OLE/CFB container holding a BIFF8 ``Workbook`` stream).

calamine trusts the sizes written in the file: a damaged header or a damaged DIMENSIONS or
SST record makes it ask for a terabyte of memory and the process aborts, which no Python
``except`` can catch. The parse runs in a contained child (:mod:`model.io.afgeschermd`), so
that no longer takes the app down; this module stays because it gives the precise Dutch
reason and because calamine reads .xls error cells as empty: the walk collects them.

It reads the container (header, FAT, directory, the workbook stream) with every size checked
against the file, refuses a file with more than one stream that may be read as "Workbook"
(readers resolve such decoys differently), and walks the BIFF records checking the numbers
calamine allocates by, the used areas of all sheets together included. (olefile was
measured as a replacement: it resolves decoy entries the same way, so it would not close
that gap, accepts more damaged containers and raises five kinds of exceptions; see
benchmarks/biff_olefile.py.)
"""
from __future__ import annotations

import struct

from model.io.grenzen import MAX_CELLEN, MAX_CELLEN_TOTAAL, Weigering
from model.opmaak import getal

_EINDE_KETEN = 0xFFFFFFFE
_VRIJ = 0xFFFFFFFF
MAX_CELLEN_XLS = 65536 * 256


def _fout(naam: str) -> Weigering:
    return Weigering(f"{naam} is beschadigd (de opbouw van het .xls-bestand klopt niet) en kan niet worden gelezen.")


class _Container:
    def __init__(self, data: bytes, naam: str):
        self.data, self.naam = data, naam
        if len(data) < 512:
            raise _fout(naam)
        kop = data[:512]
        sector_shift, mini_shift = struct.unpack_from("<HH", kop, 0x1E)
        if sector_shift not in (9, 12) or mini_shift != 6:
            raise _fout(naam)
        self.grootte = 1 << sector_shift
        self.sectoren = -(-(len(data) - self.grootte) // self.grootte)  # a short last sector is tolerated
        (n_fat, self.eerste_map, _, self.afkap, self.eerste_minifat, n_minifat, eerste_difat,
         n_difat) = struct.unpack_from("<IIIIIIII", kop, 0x2C)
        if n_fat > self.sectoren or n_minifat > self.sectoren or n_difat > self.sectoren:
            raise _fout(naam)
        fat_sectoren = [s for s in struct.unpack_from("<109I", kop, 0x4C) if s not in (_VRIJ, _EINDE_KETEN)]
        s, gezien = eerste_difat, set()
        while s not in (_VRIJ, _EINDE_KETEN) and len(fat_sectoren) < n_fat:
            if s in gezien or s >= self.sectoren:
                raise _fout(naam)
            gezien.add(s)
            waarden = struct.unpack_from(f"<{self.grootte // 4}I", self.sector(s))
            fat_sectoren += [w for w in waarden[:-1] if w not in (_VRIJ, _EINDE_KETEN)]
            s = waarden[-1]
        if any(f >= self.sectoren for f in fat_sectoren):
            raise _fout(naam)
        self.fat = b"".join(self.sector(f) for f in fat_sectoren[:n_fat])

    def sector(self, n: int) -> bytes:
        begin = (n + 1) * self.grootte
        if n >= self.sectoren:
            raise _fout(self.naam)
        return self.data[begin:begin + self.grootte]

    def keten(self, start: int, tabel: bytes) -> list[int]:
        keten, s = [], start
        maximum = len(tabel) // 4
        while s != _EINDE_KETEN:
            if s >= maximum or len(keten) > maximum:
                raise _fout(self.naam)
            keten.append(s)
            (s,) = struct.unpack_from("<I", tabel, 4 * s)
        return keten

    def stroom(self, start: int, grootte: int | None, mini: bytes | None = None, minifat: bytes = b"") -> bytes:
        if grootte is None:
            return b"".join(self.sector(s) for s in self.keten(start, self.fat))
        if grootte > len(self.data):
            raise _fout(self.naam)
        if mini is None:
            data = b"".join(self.sector(s) for s in self.keten(start, self.fat))
        else:
            data = b"".join(mini[64 * s:64 * s + 64] for s in self.keten(start, minifat))
        if len(data) < grootte:
            raise _fout(self.naam)
        return data[:grootte]

    def items(self) -> list[tuple[set[str], int, int]]:
        """Every directory entry: the names it may be read as, its start sector and its size.

        A name is read both by its length field and up to its first NUL: readers differ here, and
        a decoy entry with a broken length field must not hide a second stream of the same name.
        """
        mapdata = self.stroom(self.eerste_map, None)
        uit = []
        for i in range(0, len(mapdata) - 127, 128):
            item = mapdata[i:i + 128]
            lengte = struct.unpack_from("<H", item, 0x40)[0]
            namen = {item[:64].decode("utf-16-le", "replace").split("\0", 1)[0]}
            if 2 <= lengte <= 64:
                namen.add(item[:lengte - 2].decode("utf-16-le", "replace"))
            start, grootte = struct.unpack_from("<IQ", item, 0x74)
            uit.append((namen, start, grootte & 0xFFFFFFFF if self.grootte == 512 else grootte))
        return uit

    def werkboekstroom(self) -> bytes:
        items = self.items()
        if not items:
            raise _fout(self.naam)
        for stroomnaam in ("Workbook", "Book"):   # the parser's order
            kandidaten = [(start, grootte) for namen, start, grootte in items[1:] if stroomnaam in namen]
            if len(kandidaten) > 1:
                raise Weigering(f"{self.naam} bevat meer dan één werkboek in hetzelfde bestand (beschadigd of "
                                "gemaakt om te misleiden) en wordt uit voorzorg niet gelezen.")
            if kandidaten:
                break
        else:
            raise Weigering(f"{self.naam} is een Office-bestand maar geen werkboek.")
        start, grootte = kandidaten[0]
        if grootte >= self.afkap:
            return self.stroom(start, grootte)
        _, wortel_start, wortel_grootte = items[0]
        mini = self.stroom(wortel_start, wortel_grootte)
        minifat = b"".join(self.sector(s) for s in self.keten(self.eerste_minifat, self.fat)) \
            if self.eerste_minifat not in (_VRIJ, _EINDE_KETEN) else b""
        return self.stroom(start, grootte, mini, minifat)


def stroomnamen(data: bytes, naam: str) -> set[str]:
    """The names of every stream in the container (to recognise an encrypted OOXML file); or :class:`Weigering`."""
    try:
        return set().union(*(namen for namen, _, _ in _Container(data, naam).items()[1:]))
    except struct.error:
        raise _fout(naam) from None


# Records holding a value at (row, column): NUMBER, RK, LABELSST, LABEL, BOOLERR, FORMULA, RSTRING, MULRK.
_CELRECORDS = frozenset({0x0203, 0x027E, 0x00FD, 0x0204, 0x0205, 0x0006, 0x00D6, 0x00BD})


class _Gebied:
    """The used area of the sheets, from their cell and DIMENSIONS records.

    The parser allocates rows x columns of every sheet when it opens the file, so the areas of
    all sheets together are limited too, not only each sheet's.
    """

    def __init__(self, naam: str):
        self.naam = naam
        self.eerdere_bladen = 0
        self.rijen: tuple[int, int] | None = None
        self.kolommen = (0, 0)

    def nieuw_blad(self) -> None:
        self.eerdere_bladen += self.cellen
        self.rijen, self.kolommen = None, (0, 0)

    @property
    def cellen(self) -> int:
        if self.rijen is None:
            return 0
        return (self.rijen[1] - self.rijen[0] + 1) * (self.kolommen[1] - self.kolommen[0] + 1)

    def gebruik(self, rij: int, kolom: int, laatste: int) -> None:
        if laatste < kolom or laatste > 255 or rij > 65535:
            raise _fout(self.naam)
        if self.rijen is None:
            self.rijen, self.kolommen = (rij, rij), (kolom, laatste)
        else:
            self.rijen = (min(self.rijen[0], rij), max(self.rijen[1], rij))
            self.kolommen = (min(self.kolommen[0], kolom), max(self.kolommen[1], laatste))
        if self.cellen > MAX_CELLEN:
            raise Weigering(f"{self.naam} bevat een blad dat een onredelijk groot gebied beslaat (of is beschadigd) "
                            "en wordt uit voorzorg niet gelezen.")
        if self.eerdere_bladen + self.cellen > MAX_CELLEN_TOTAAL:
            raise Weigering(f"{self.naam} bevat bladen die samen een onredelijk groot gebied beslaan "
                            f"(meer dan {getal(MAX_CELLEN_TOTAAL)} cellen) en wordt uit voorzorg niet gelezen.")


_FOUTCODES = {0x00: "#NULL!", 0x07: "#DIV/0!", 0x0F: "#VALUE!", 0x17: "#REF!", 0x1D: "#NAME?", 0x24: "#NUM!",
               0x2A: "#N/A", 0x2B: "#GETTING_DATA"}


def _foutwaarde(soort: int, inhoud: bytes) -> str | None:
    """The error value of a BOOLERR record, or of a FORMULA record's cached result; else None."""
    if soort == 0x0205 and len(inhoud) >= 8 and inhoud[7] == 1:
        return _FOUTCODES.get(inhoud[6], "#N/A")
    if soort == 0x0006 and len(inhoud) >= 14 and inhoud[6] == 0x02 and inhoud[12:14] == b"\xff\xff":
        return _FOUTCODES.get(inhoud[8], "#N/A")
    return None


def _bladnaam(inhoud: bytes) -> tuple[int, str] | None:
    """BOUNDSHEET: the stream position of the sheet's BOF and its name."""
    if len(inhoud) < 8:
        return None
    positie, lengte, breed = struct.unpack_from("<I", inhoud)[0], inhoud[6], inhoud[7] & 1
    tekens = inhoud[8:8 + lengte * (2 if breed else 1)]
    return positie, tekens.decode("utf-16-le" if breed else "latin-1", "replace")


def controleer_xls(data: bytes, naam: str) -> dict[str, dict[tuple[int, int], str]]:
    """Raise :class:`Weigering` unless the container and the BIFF sizes calamine relies on are sane.

    Returns the error cells per sheet name ({(row, column): '#DIV/0!'}), which calamine reads as empty.
    """
    try:
        stroom = _Container(data, naam).werkboekstroom()
    except struct.error:
        raise _fout(naam) from None
    pos = 0
    gebied = _Gebied(naam)
    bladen: dict[int, str] = {}
    fouten: dict[str, dict[tuple[int, int], str]] = {}
    huidig: dict[tuple[int, int], str] = {}
    while pos + 4 <= len(stroom):
        soort, lengte = struct.unpack_from("<HH", stroom, pos)
        inhoud = stroom[pos + 4:pos + 4 + lengte]
        if lengte > 8224 or len(inhoud) < lengte:
            raise _fout(naam)
        if soort == 0x0809:      # BOF: a new sheet (or the workbook globals) begins
            gebied.nieuw_blad()
            huidig = fouten.setdefault(bladen.get(pos, ""), {})
        elif soort == 0x0085:    # BOUNDSHEET: name and position of a sheet
            blad = _bladnaam(inhoud)
            if blad is not None:
                bladen[blad[0]] = blad[1]
        elif soort in _CELRECORDS and lengte >= 4:
            rij, kolom = struct.unpack_from("<HH", inhoud)
            laatste = struct.unpack_from("<H", inhoud, lengte - 2)[0] if soort == 0x00BD and lengte >= 6 else kolom
            gebied.gebruik(rij, kolom, laatste)
            foutwaarde = _foutwaarde(soort, inhoud)
            if foutwaarde is not None:
                huidig[(rij, kolom)] = foutwaarde
        if soort == 0x0200:      # DIMENSIONS: first row, last row + 1, first column, last column + 1
            if lengte >= 12:
                rij_min, rij_max, kol_min, kol_max = struct.unpack_from("<IIHH", inhoud)
            elif lengte >= 8:    # the older 10-byte form (BIFF5 and some writers)
                rij_min, rij_max, kol_min, kol_max = struct.unpack_from("<HHHH", inhoud)
            else:
                raise _fout(naam)
            if not (rij_min <= rij_max <= 65536 and kol_min <= kol_max <= 256):
                raise _fout(naam)
            if rij_max > rij_min and kol_max > kol_min:   # the parser allocates this area
                gebied.gebruik(rij_min, kol_min, kol_max - 1)
                gebied.gebruik(rij_max - 1, kol_min, kol_max - 1)
        elif soort == 0x00FC and lengte >= 8:  # SST: number of unique strings
            _, uniek = struct.unpack_from("<II", inhoud)
            if uniek > len(stroom) // 3:
                raise _fout(naam)
        pos += 4 + lengte
    return fouten
