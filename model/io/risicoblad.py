"""The workbook's risk register (INVOER §2): the optional sheet ``Risico's``. The field *Beschikbare
weerstandscapaciteit* on sheet Gemeente is the input reader's (``GemeenteInvoer.weerstandscapaciteit``).

Read with the same sheet access, cell readers and safety checks as the input reader
(:mod:`model.io.werkboek`), in the contained reader's child process like the input itself
(:func:`model.io.afgeschermd.lees_risico_afgeschermd`), strictly: every problem is a Dutch finding naming sheet and cell, and
any error means nothing of the sheet is used. The main input reader reads the other sheets; this
one only what the risk paragraph needs, so the two stay independent.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from model.bevindingen import FOUT, WAARSCHUWING, Bevinding
from model.risico.register import UNIFORM, VAST, Registerrij, meegeleverd_register
from model.tekst import normaliseer

BLAD_RISICOS = "Risico's"
VELD_BESCHIKBAAR = "weerstandscapaciteit"
KOPPEN = ("risico", "kans", "gevolg", "verdeling", "toelichting", "beheersmaatregel")
MAX_TITELRIJEN = 10
MAX_RISICOS = 500


@dataclass
class Risicoinvoer:
    rijen: list[Registerrij] = field(default_factory=list)
    bevindingen: list[Bevinding] = field(default_factory=list)

    @property
    def fouten(self) -> list[Bevinding]:
        return [b for b in self.bevindingen if b.is_fout]


def beschikbaar_uit_invoer(invoer) -> float | None:
    """The field on the input object, once the input reader carries it (REKENREGELS v3)."""
    return getattr(invoer, VELD_BESCHIKBAAR, None)


def lees_risicoinvoer(pad: Path | str) -> Risicoinvoer:
    """The sheet ``Risico's`` rows and the beschikbare weerstandscapaciteit of a workbook. Never raises."""
    from model.io.bladen import Werkboek
    from model.io.grenzen import Weigering
    from model.io.veilig import controleer
    uit = Risicoinvoer()
    pad = Path(pad)
    werkboek = None
    try:
        soort, foutcellen = controleer(pad)
        werkboek = Werkboek(pad, soort, foutcellen)
        namen = {normaliseer(n): n for n in reversed(werkboek.namen)}
        if normaliseer(BLAD_RISICOS) in namen:
            from model.io.bladen import formules_zonder_uitkomst
            blad = werkboek.blad(namen[normaliseer(BLAD_RISICOS)])
            _lees_risicos(blad, uit)
            uit.bevindingen.extend(formules_zonder_uitkomst(blad, {(b.blad, b.cel) for b in uit.bevindingen}))
    except Weigering as w:
        uit.bevindingen.append(Bevinding(FOUT, w.zin))
    except Exception as fout:   # a damaged file: the input reader says the same in its own words
        uit.bevindingen.append(Bevinding(FOUT, f"De risico's in {pad.name} kunnen niet worden gelezen ({type(fout).__name__})."))
    finally:
        if werkboek is not None:
            werkboek.sluit()
    if uit.fouten:
        uit.rijen = []
    return uit


def _fout(uit: Risicoinvoer, blad, r: int, c: int, label: str, tekst: str, ernst: str = FOUT) -> None:
    from model.io.cellen import celnaam
    cel = celnaam(r, c)
    uit.bevindingen.append(Bevinding(ernst, f"{label} in blad {blad.naam}, cel {cel}: {tekst}.", blad=blad.naam,
                                     cel=cel, label=label))


def _celfout(uit: Risicoinvoer, blad, r: int, c: int, label: str, f) -> None:
    from model.io.cellen import FormuleZonderUitkomst, celnaam, zonder_uitkomst_melding
    if isinstance(f, FormuleZonderUitkomst):
        cel = celnaam(r, c)
        uit.bevindingen.append(Bevinding(FOUT, zonder_uitkomst_melding(blad.naam, cel, label), blad=blad.naam, cel=cel,
                                         label=label))
        return
    tekst = f"{f.uitleg}; verwacht {f.verwacht}" if f.uitleg else f"'{f.gevonden}' is geen {f.verwacht}"
    _fout(uit, blad, r, c, label, tekst)


def _kopregel(blad, nodig: tuple[str, ...]):
    """The first row within the title rows holding all ``nodig`` headers: row, {normalised: column}."""
    from model.io.cellen import is_leeg
    for r in range(min(MAX_TITELRIJEN + 1, blad.hoogte)):
        koppen: dict[str, int] = {}
        for c, w in enumerate(blad.rijen[r]):
            if isinstance(w, str) and not is_leeg(w):
                koppen.setdefault(normaliseer(w), c)
        if all(n in koppen for n in nodig):
            return r, koppen
    return None


def _lees_risicos(blad, uit: Risicoinvoer) -> None:
    from model.io.cellen import CelFout, ZonderUitkomst, is_leeg, lees_getal, lees_percentage, lees_tekst, toon
    kop = _kopregel(blad, ("risico",))
    if kop is None:
        if blad.hoogte:
            uit.bevindingen.append(Bevinding(FOUT, f"Op blad {blad.naam} staat in de eerste {MAX_TITELRIJEN + 1} rijen "
                                                   "geen kopregel met 'Risico'.", blad=blad.naam))
        return
    rij_kop, koppen = kop
    kolom = {k: koppen.get(k) for k in KOPPEN}
    if kolom["kans"] is None and kolom["gevolg"] is None:
        uit.bevindingen.append(Bevinding(FOUT, f"Blad {blad.naam} heeft naast 'Risico' geen kolom 'Kans' of 'Gevolg'.",
                                         blad=blad.naam))
        return
    gezien: dict[str, int] = {}
    bekend = {normaliseer(r.naam) for r in meegeleverd_register()}
    from model.io.cellen import celnaam
    for r in range(rij_kop + 1, blad.hoogte):
        def cel(k):
            return None if kolom[k] is None else blad.cel(r, kolom[k])
        waarden = {k: cel(k) for k in KOPPEN}
        if all(is_leeg(w) for w in waarden.values()):
            continue
        if is_leeg(waarden["risico"]):
            _fout(uit, blad, r, kolom["risico"], "Risico", "een rij met gegevens heeft geen naam van het risico")
            continue
        if len(uit.rijen) >= MAX_RISICOS:
            _fout(uit, blad, r, kolom["risico"], "Risico", f"meer dan {MAX_RISICOS} risico's")
            return
        try:
            naam = lees_tekst(waarden["risico"])
        except CelFout as f:
            _celfout(uit, blad, r, kolom["risico"], "Risico", f)
            continue
        sleutel = normaliseer(naam)
        if sleutel in gezien:
            _fout(uit, blad, r, kolom["risico"], "Risico",
                  f"'{naam}' staat ook in cel {celnaam(gezien[sleutel], kolom['risico'])}; laat één regel staan")
            continue
        gezien[sleutel] = r
        kans = gevolg = verdeling = None
        goed = True
        if kolom["kans"] is not None:
            try:
                kans, punten = lees_percentage(waarden["kans"])
                if kans is not None and not 0 <= kans <= 1:
                    _fout(uit, blad, r, kolom["kans"], "Kans", "een kans ligt tussen 0 % en 100 %")
                    goed = False
                elif punten:
                    _fout(uit, blad, r, kolom["kans"], "Kans",
                          f"{toon(waarden['kans'])} is gelezen als {round(kans * 100, 4):g} %", WAARSCHUWING)
            except CelFout as f:
                _celfout(uit, blad, r, kolom["kans"], "Kans", f)
                goed = False
        if kolom["gevolg"] is not None:
            try:
                gevolg = lees_getal(waarden["gevolg"], "bedrag in euro")
                if gevolg is not None and gevolg < 0:
                    _fout(uit, blad, r, kolom["gevolg"], "Gevolg",
                          "het gevolg is het grootste nadelige bedrag en kan niet negatief zijn")
                    goed = False
            except CelFout as f:
                _celfout(uit, blad, r, kolom["gevolg"], "Gevolg", f)
                goed = False
        if not is_leeg(waarden["verdeling"]) and not isinstance(waarden["verdeling"], ZonderUitkomst):
            verdeling = normaliseer(str(waarden["verdeling"]))
            if verdeling not in (UNIFORM, VAST):
                _fout(uit, blad, r, kolom["verdeling"], "Verdeling",
                      f"'{toon(waarden['verdeling'])}' is geen verdeling; kies uniform of vast")
                goed = False
        teksten = {}
        for k in ("toelichting", "beheersmaatregel"):
            w = waarden[k]
            teksten[k] = None if is_leeg(w) else str(w).strip()
        if goed and sleutel not in bekend:   # an added risk needs both numbers
            for k, label in (("kans", "Kans"), ("gevolg", "Gevolg")):
                if (kans if k == "kans" else gevolg) is None:
                    _fout(uit, blad, r, kolom[k] if kolom[k] is not None else kolom["risico"], label,
                          f"'{naam}' is geen meegeleverd risico en heeft dus een {k} nodig")
                    goed = False
        if goed:
            uit.rijen.append(Registerrij(naam=naam, kans=kans, gevolg=gevolg, verdeling=verdeling, **teksten))
