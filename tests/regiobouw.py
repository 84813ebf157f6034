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
