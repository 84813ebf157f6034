"""A test region of gemeenten, written as real workbooks from the shipped example (tests and benchmarks).

Voorbeeldgemeente receives the impulsbudget and passes the members' shares on with agreed keys (40/30/20/10 %);
Noordrand, Oosthoek and Zuiderveld budget the doorbetaling its key gives them (2025–2028; later years follow the path), each with its own Wsw.
"""
from __future__ import annotations

from pathlib import Path

from model.invoer import GemeenteInvoer, Lid, voorbeeldgemeente

ONTVANGER = "Voorbeeldgemeente"
LEDEN = (("Voorbeeldgemeente", 720, 0.40), ("Noordrand", 450, 0.30), ("Oosthoek", 300, 0.20), ("Zuiderveld", 180, 0.10))


def ledenlijst(leden=LEDEN, sleutels: bool = True) -> tuple[Lid, ...]:
    return tuple(Lid(n, a, s if sleutels else None) for n, a, s in leden)


def ontvanger(leden=LEDEN) -> GemeenteInvoer:
    basis = voorbeeldgemeente()
    return basis.met(naam=ONTVANGER, ontvangt_impulsbudget=True, doorbetalen_aan_leden=True,
                     samenwerkingsverband=ledenlijst(leden), dgr_samenwerkingsverband=sum(a for _, a, _ in leden),
                     dgr_gemeente=leden[0][1], verdeelsleutel=leden[0][2])


def lid(naam: str, aantal: int, sleutel: float, nummer: int, leden=LEDEN, doorbetaling: dict | None = None
        ) -> GemeenteInvoer:
    """A member with the receiving gemeente's verdeling as its doorbetaling (or ``doorbetaling`` as given)."""
    from model.verdeling import verdeling
    basis = voorbeeldgemeente()
    if doorbetaling is None:
        v = verdeling(ontvanger(leden))
        # the years the workbook's sheet Meerjarig has; later years follow the impulsbudget path (REKENREGELS §4.5)
        doorbetaling = {j: w for j, w in zip(v.jaren, v.lid(naam).bedragen) if j in basis.reeks("taakstelling")}
    invoer = basis.met(naam=naam, ontvangt_impulsbudget=False, samenwerkingsverband=ledenlijst(leden),
                       dgr_samenwerkingsverband=sum(a for _, a, _ in leden), dgr_gemeente=aantal,
                       verdeelsleutel=sleutel, wsw_se_basis=basis.wsw_se_basis * (1 + nummer / 4),
                       reserve_impulsbudget_start=0.0)
    for r in ("organisatiestructuur", "doorstroom", "operationeel_resultaat", "duurzame_werkplekken", "overig"):
        invoer = invoer.met_reeks(r, {j: w * sleutel for j, w in basis.reeks(r).items()})
    return invoer.met_reeks("doorbetaling", doorbetaling)


def schrijf(invoer: GemeenteInvoer, pad: Path) -> Path:
    from model.io.sjabloon import maak_sjabloon
    maak_sjabloon(invoer).save(pad)
    return pad


def bouw_regio(map_: Path, kapot: bool = True, afwijking: float = 0.0) -> dict[str, Path]:
    """The four gemeenten as workbooks in ``map_`` (plus a corrupt one); Zuiderveld's 2026 doorbetaling is
    ``afwijking`` euro off its key."""
    map_.mkdir(parents=True, exist_ok=True)
    paden = {ONTVANGER: schrijf(ontvanger(), map_ / "voorbeeldgemeente.xlsx")}
    for nummer, (naam, aantal, sleutel) in enumerate(LEDEN[1:], start=1):
        invoer = lid(naam, aantal, sleutel, nummer)
        if naam == "Zuiderveld" and afwijking:
            reeks = dict(invoer.reeks("doorbetaling"))
            reeks[2026] += afwijking
            invoer = invoer.met_reeks("doorbetaling", reeks)
        paden[naam] = schrijf(invoer, map_ / f"{naam.lower()}.xlsx")
    if kapot:
        (map_ / "kapot.xlsx").write_bytes(b"dit is geen werkboek")
    return paden


# ---- workbooks as a controller makes them: the shipped example, edited cell by cell with openpyxl

#: Oosthoek as a member: its own Meerjarig (taakstelling, gerealiseerd, advies, plekken SI, doorbetaling, bijdrage GR)
OOSTHOEK_MEERJARIG = {2025: (5.1, 4, 6, 0, 0, 1_250_000), 2026: (5.5, 5, 7, 2, 90_000, 1_210_000),
                      2027: (5.8, 6, 8, 2, 90_000, 1_180_000), 2028: (6.2, 6, 8, 3, 90_000, 1_150_000)}


def voorbeeld_werkboek(pad: Path, gemeente: dict | None = None) -> Path:
    """The shipped example workbook, with Gemeente fields (label -> value) changed."""
    import openpyxl
    from model.paden import resource_pad
    wb = openpyxl.load_workbook(resource_pad("voorbeeldgemeente.xlsx"))
    _zet_gemeente(wb, gemeente or {})
    wb.save(pad)
    return pad


def _zet_gemeente(wb, velden: dict) -> None:
    g = wb["Gemeente"]
    gevonden = set()
    for r in range(4, g.max_row + 1):
        if g.cell(r, 1).value in velden:
            g.cell(r, 2).value = velden[g.cell(r, 1).value]
            gevonden.add(g.cell(r, 1).value)
    assert gevonden == set(velden), set(velden) - gevonden


def lid_werkboek(pad: Path, doorbetaling: bool = True, gr: bool = True, regionaal: bool = False) -> Path:
    """Oosthoek (300 in the doelgroepenregister, Ontvangt impulsbudget = nee) from the shipped example: the example's
    member list, its own Meerjarig, circulaire without the impulsbudget (``regionaal``: with the receiving gemeente's
    amounts), a plan of € 60.000 operationeel resultaat 2026–2034; ``doorbetaling``: € 90.000 a year 2026–2028
    entered; ``gr``: its Wsw through a gemeenschappelijke regeling."""
    import openpyxl
    from model.paden import resource_pad
    wb = openpyxl.load_workbook(resource_pad("voorbeeldgemeente.xlsx"))
    _zet_gemeente(wb, {"Naam gemeente": "Oosthoek", "CBS-code": "GM9998", "Ontvangt impulsbudget": "nee",
                       "Doelgroepenregister gemeente": 300, "Stand bestemmingsreserve impulsbudget": 0,
                       "Wsw SE basisjaar": 42, "Wsw via gemeenschappelijke regeling": "ja" if gr else "nee"})
    m = wb["Meerjarig"]
    for r in range(4, 8):
        rij = OOSTHOEK_MEERJARIG[m.cell(r, 1).value]
        for k, w in enumerate(rij[:4], start=2):
            m.cell(r, k).value = w
        m.cell(r, 6).value = rij[4] if doorbetaling else None
        m.cell(r, 7).value = rij[5] if gr else None
    c = wb["Circulaire"]
    for r, (bw, si, wsw) in zip((4, 5), ((78_000, 54_000, 1_200_000), (86_000, 58_000, 1_150_000))):
        c.cell(r, 3).value, c.cell(r, 4).value, c.cell(r, 6).value = bw, si, wsw
        if not regionaal:
            c.cell(r, 5).value = None
    ib = wb["Impulsbudget"]
    for r in range(4, ib.max_row + 1):
        for k in range(2, 7):
            ib.cell(r, k).value = None
        if ib.cell(r, 1).value and ib.cell(r, 1).value >= 2026:
            ib.cell(r, 4).value = 60_000
    wb.save(pad)
    return pad
