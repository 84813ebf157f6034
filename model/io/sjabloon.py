"""Write the input workbook ("sjabloon", INVOER §4): empty, or filled with a gemeente's input.

All five sheets with the labels and headers the reader expects, a Toelichting column (from
:data:`model.invoer.VELDEN` / :data:`REEKSEN`), euro and percent number formats, data
validation for ja/nee and years, frozen header rows. The output is byte-for-byte
deterministic: fixed document properties and fixed zip timestamps.

The empty sjabloon leaves Naam gemeente and Basisjaar empty and pre-fills the years
2025–2035 on the year sheets (v3: a user who fills the begroting years gets no "aangevuld" notes),
with an empty taakstelling on Meerjarig, so reading it back unchanged gives one clear error per
empty required value. Sheet Classificatie (v3) lists every spending category and line with its
taakveld as used and, for a category, whether it is structural.
"""
from __future__ import annotations

import datetime as _dt
import io
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.writer.excel import ExcelWriter

from model.invoer import (BLAD_CIRCULAIRE, BLAD_CLASSIFICATIE, BLAD_GEMEENTE, BLAD_IMPULSBUDGET, BLAD_MEERJARIG,
                          BLAD_SWV, BLAD_VORIGE, MAX_JAAR, MIN_JAAR, REEKSEN, STRUCTUREEL_VELD, VELDEN, GemeenteInvoer)
from model.circulaire import MAANDEN, Editie
from model.io.atomair import schrijf_atomair

VAST_MOMENT = _dt.datetime(2026, 1, 1, 0, 0, 0)
MAKER = "Infraraming"
KOPRIJ = 3                      # title in row 1, header in row 3, data from row 4
def lege_jaren(blad: str) -> range:
    """The year rows of an empty sjabloon (INVOER §4, v3): 2025 to the end of the long view (2035), at least the
    first begroting horizon."""
    from model.rekenregels.jaren import EERSTE_MODELJAAR, lange_termijn
    van, tot = lange_termijn(EERSTE_MODELJAAR)
    return range(van, tot + 1)
VALIDATIE_RIJEN = 200

FORMAAT = {
    "euro": '"€" #,##0;"€" -#,##0',
    "percentage": "0%",
    "geheel": "#,##0",
    "getal": "#,##0.0#",
    "jaar": "0",
}
_KOP = Font(bold=True)
_TITEL = Font(bold=True, size=14)
_KOPVULLING = PatternFill("solid", fgColor="DDE7F0")
_TITELS = {
    BLAD_GEMEENTE: "Gegevens van de gemeente",
    BLAD_MEERJARIG: "Meerjarige gegevens beschut werk en sociale infrastructuur (één rij per jaar)",
    BLAD_CIRCULAIRE: "Bedragen uit de circulaire gemeentefonds (leeg = niet gepubliceerd, 0 = nul)",
    BLAD_IMPULSBUDGET: "Bestedingsplan impulsbudget (bedragen per jaar)",
    BLAD_SWV: "Gemeenten in het samenwerkingsverband met hun doelgroepenregister",
    BLAD_CLASSIFICATIE: "Taakveld per regel en bestedingscategorie; structureel of incidenteel per categorie",
    BLAD_VORIGE: "Vorige cijfers: jaarrekening (basisjaar − 2) en begroting na wijziging (basisjaar − 1), optioneel",
    "Risico's": "Eigen risico's van de gemeente (kans, gevolg); een rij met de naam van een meegeleverd risico past het aan",
}


def _toelichting(veld) -> str:
    delen = [veld.toelichting]
    if getattr(veld, "verplicht", False):
        delen.append("Verplicht.")
    return " ".join(d for d in delen if d)


def _kop(ws, koppen: list[str]) -> None:
    ws.cell(row=1, column=1, value=_TITELS[ws.title]).font = _TITEL
    for c, tekst in enumerate(koppen, start=1):
        cel = ws.cell(row=KOPRIJ, column=c, value=tekst)
        cel.font, cel.fill = _KOP, _KOPVULLING
    ws.freeze_panes = ws.cell(row=KOPRIJ + 1, column=1)


def _jaarvalidatie(ws, kolom: str = "A") -> None:
    dv = DataValidation(type="whole", operator="between", formula1=str(MIN_JAAR), formula2=str(MAX_JAAR),
                        allow_blank=True, showErrorMessage=True, errorTitle="Jaar",
                        error=f"Vul een jaartal in van {MIN_JAAR} tot en met {MAX_JAAR}.")
    dv.add(f"{kolom}{KOPRIJ + 1}:{kolom}{KOPRIJ + VALIDATIE_RIJEN}")
    ws.add_data_validation(dv)


#: The unit shown next to each kind of value on sheet Gemeente (INVOER §4, v2).
EENHEDEN = {"euro": "euro", "percentage": "%", "jaar": "jaar", "janee": "ja/nee", "geheel": "aantal",
            "getal": "aantal", "regio": "naam", "cbs": "code", "tekst": "tekst"}
KEUZELIJSTEN = "Keuzelijsten"


def _keuzelijsten(wb) -> None:
    """A hidden last sheet with the 35 arbeidsmarktregio's (too many for an inline list)."""
    from model.regios import ARBEIDSMARKTREGIOS
    ws = wb.create_sheet(KEUZELIJSTEN)
    ws.sheet_state = "hidden"
    ws.cell(row=1, column=1, value="Arbeidsmarktregio")
    for i, regio in enumerate(ARBEIDSMARKTREGIOS, start=2):
        ws.cell(row=i, column=1, value=regio)


def _regiolijst() -> str:
    from model.regios import ARBEIDSMARKTREGIOS
    return f"{KEUZELIJSTEN}!$A$2:$A${len(ARBEIDSMARKTREGIOS) + 1}"


def _blad_gemeente(ws, invoer: GemeenteInvoer | None, regiolijst: str) -> None:
    _kop(ws, ["Gegeven", "Waarde", "Eenheid", "Toelichting"])
    velden = [v for v in VELDEN if v.blad == BLAD_GEMEENTE]
    for i, veld in enumerate(velden):
        r = KOPRIJ + 1 + i
        ws.cell(row=r, column=1, value=veld.label)
        waarde = getattr(invoer, veld.sleutel) if invoer is not None else None
        if veld.soort == "janee" and waarde is not None:
            waarde = "ja" if waarde else "nee"
        cel = ws.cell(row=r, column=2, value=waarde)
        if veld.soort in FORMAAT:
            cel.number_format = FORMAAT[veld.soort]
        ws.cell(row=r, column=3, value=EENHEDEN.get(veld.soort, ""))
        ws.cell(row=r, column=4, value=_toelichting(veld)).alignment = Alignment(wrap_text=True, vertical="top")
        if veld.soort == "regio":
            dv = DataValidation(type="list", formula1=regiolijst, allow_blank=True, showErrorMessage=True,
                                errorTitle=veld.label, error="Kies een van de 35 arbeidsmarktregio's.")
            dv.add(cel.coordinate)
            ws.add_data_validation(dv)
        elif veld.soort == "janee":
            dv = DataValidation(type="list", formula1='"ja,nee"', allow_blank=True, showErrorMessage=True,
                                errorTitle=veld.label, error="Kies ja of nee.")
            dv.add(cel.coordinate)
            ws.add_data_validation(dv)
        elif veld.soort == "jaar":
            dv = DataValidation(type="whole", operator="between", formula1=str(int(veld.minimum)),
                                formula2=str(int(veld.maximum)), allow_blank=True, showErrorMessage=True,
                                errorTitle=veld.label,
                                error=f"Vul een jaar in van {int(veld.minimum)} tot en met {int(veld.maximum)}.")
            dv.add(cel.coordinate)
            ws.add_data_validation(dv)
    ws.column_dimensions["A"].width = 44
    ws.column_dimensions["B"].width = 22
    ws.column_dimensions["C"].width = 9
    ws.column_dimensions["D"].width = 90


def _editiekolom(ws, invoer: GemeenteInvoer | None, jaren: list[int]) -> None:
    """Column B of sheet Circulaire: the edition of each row's amounts, with a drop-down of editions."""
    ws.cell(row=KOPRIJ, column=2).comment = Comment(
        "De circulaire waaruit de bedragen van de rij komen, bijvoorbeeld 'meicirculaire 2026' of 'sept. 2025'. "
        "Vanaf de septembercirculaire 2025 bevat de rijksbijdrage beschut werk de tijdelijke ophoging.",
        MAKER, width=300, height=120)
    ws.column_dimensions["B"].width = 26
    for i, jaar in enumerate(jaren):
        if invoer is not None and jaar in invoer.edities:
            ws.cell(row=KOPRIJ + 1 + i, column=2, value=invoer.edities[jaar])
    keuzes = ",".join(Editie(j, m).tekst for j in range(2025, 2028) for m in sorted(MAANDEN.values()) if m != 6)
    dv = DataValidation(type="list", formula1=f'"{keuzes}"', allow_blank=True, showErrorMessage=False)
    dv.add(f"B{KOPRIJ + 1}:B{KOPRIJ + VALIDATIE_RIJEN}")
    ws.add_data_validation(dv)


def _jaarblad(ws, invoer: GemeenteInvoer | None) -> None:
    reeksen = [r for r in REEKSEN if r.blad == ws.title]
    editie = ws.title == BLAD_CIRCULAIRE
    eerste = 3 if editie else 2
    _kop(ws, ["Jaar"] + (["Editie"] if editie else []) + [r.label for r in reeksen])
    for c, reeks in enumerate(reeksen, start=eerste):
        ws.cell(row=KOPRIJ, column=c).comment = Comment(_toelichting(reeks), MAKER, width=300, height=120)
        ws.column_dimensions[ws.cell(row=KOPRIJ, column=c).column_letter].width = max(18, len(reeks.label) + 4)
    ws.column_dimensions["A"].width = 10
    if invoer is None:
        jaren = list(lege_jaren(ws.title))
    else:
        jaren = sorted({j for r in reeksen for j in invoer.reeks(r.sleutel)})
    if editie:
        _editiekolom(ws, invoer, jaren)
    for i, jaar in enumerate(jaren):
        rij = KOPRIJ + 1 + i
        ws.cell(row=rij, column=1, value=jaar).number_format = FORMAAT["jaar"]
        for c, reeks in enumerate(reeksen, start=eerste):
            waarde = invoer.reeks(reeks.sleutel).get(jaar) if invoer is not None else None
            cel = ws.cell(row=rij, column=c, value=waarde)
            cel.number_format = FORMAAT["euro"] if reeks.soort == "euro" else "General"
    _jaarvalidatie(ws)


def _blad_swv(ws, invoer: GemeenteInvoer | None) -> None:
    _kop(ws, ["Gemeente", "Doelgroepenregister", "Verdeelsleutel"])
    ws.cell(row=KOPRIJ, column=2).comment = Comment(
        "Personen in de gemeentelijke doelgroep van het doelgroepenregister (UWV, circulaire t-2). De som moet "
        "gelijk zijn aan 'Doelgroepenregister samenwerkingsverband' op blad Gemeente.", MAKER, width=300, height=120)
    ws.cell(row=KOPRIJ, column=3).comment = Comment(
        "Optioneel: de afgesproken verdeelsleutel per gemeente (percentage). Vul hem voor alle gemeenten in of voor "
        "geen enkele; samen 100 %. Leeg: de verdeling volgt het doelgroepenregister.", MAKER, width=300, height=120)
    for i, lid in enumerate(invoer.samenwerkingsverband if invoer is not None else ()):
        ws.cell(row=KOPRIJ + 1 + i, column=1, value=lid.gemeente)
        ws.cell(row=KOPRIJ + 1 + i, column=2, value=lid.doelgroepenregister).number_format = FORMAAT["geheel"]
        if lid.verdeelsleutel is not None:
            ws.cell(row=KOPRIJ + 1 + i, column=3, value=lid.verdeelsleutel).number_format = "0.00%"
    ws.column_dimensions["C"].width = 16
    dv = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0", allow_blank=True,
                        showErrorMessage=True, errorTitle="Doelgroepenregister", error="Vul een aantal personen in (0 of meer).")
    dv.add(f"B{KOPRIJ + 1}:B{KOPRIJ + VALIDATIE_RIJEN}")
    ws.add_data_validation(dv)
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 22


def _blad_classificatie(ws, invoer: GemeenteInvoer | None) -> None:
    """Every spending category, then every other line with a taakveld: the taakveld as used (text, so 6.10 stays
    6.10) and, for a category, structureel ja/nee. A line whose default depends on whether the gemeente receives
    the impulsbudget itself stays empty unless the gemeente chose its own taakveld."""
    from model.regels import TAAKVELDREGELS, taakvelden
    _kop(ws, ["Onderdeel", "Taakveld", "Structureel", "Toelichting"])
    ontvangt = True if invoer is None else invoer.ontvangt_impulsbudget
    eigen = {} if invoer is None else dict(invoer.taakvelden)
    gebruikt = taakvelden(ontvangt, eigen)
    # a line whose default follows "Ontvangt impulsbudget" (the DU line: 0.7 received, 6.4 passed on by a
    # member) is left empty unless the gemeente chose its own: a default written here would read back as a choice
    # once the gemeente sets that field
    als_ontvanger, als_lid = taakvelden(True), taakvelden(False)
    volgt_ontvangst = {k for k in als_ontvanger if als_ontvanger[k] != als_lid[k]}
    rijen = [(r.label, f"besteding_{r.sleutel}", r.sleutel) for r in REEKSEN if r.blad == BLAD_IMPULSBUDGET]
    rijen += [(invoer_label, sleutel, None) for sleutel, regel in TAAKVELDREGELS.items() if not regel.onderdeel_van
              for invoer_label in (regel.label_voor(ontvangt),)]
    janee = DataValidation(type="list", formula1='"ja,nee"', allow_blank=True, showErrorMessage=True,
                           errorTitle="Structureel", error="Kies ja of nee.")
    for i, (label, sleutel, categorie) in enumerate(rijen):
        r = KOPRIJ + 1 + i
        ws.cell(row=r, column=1, value=label)
        leeg = sleutel in volgt_ontvangst and sleutel not in eigen
        cel = ws.cell(row=r, column=2, value=None if leeg else gebruikt[sleutel])
        cel.number_format = "@"
        if categorie is not None:
            structureel = invoer is not None and getattr(invoer, STRUCTUREEL_VELD[categorie])
            ws.cell(row=r, column=3, value="ja" if structureel else "nee")
            janee.add(ws.cell(row=r, column=3).coordinate)
            uitleg = "Bestedingscategorie: ja = loopt na het laatste geplande jaar door (structureel)."
        else:
            uitleg = "Regel van het overzicht."
        if leeg:
            uitleg = (f"Leeg: taakveld {als_ontvanger[sleutel]} als de gemeente het impulsbudget zelf ontvangt, "
                      f"{als_lid[sleutel]} als deelnemende gemeente (doorbetaling). Vul alleen in voor een andere keuze.")
        ws.cell(row=r, column=4, value=uitleg)
    ws.add_data_validation(janee)
    ws.column_dimensions["A"].width = 52
    ws.column_dimensions["B"].width = 10
    ws.column_dimensions["C"].width = 12
    ws.column_dimensions["D"].width = 70


def _blad_vorige(ws, invoer: GemeenteInvoer | None) -> None:
    """Sheet Vorige cijfers (v3): every line of the overview, the jaarrekening of basisjaar − 2 and the begroting of
    basisjaar − 1 na wijziging (the years in the headers; "JJJJ" until the basisjaar is known). Left without amounts
    it is not read."""
    from model.regels import REGEL, VORIGE_REGELS
    b = invoer.basisjaar if invoer is not None else None
    _kop(ws, ["Onderdeel", f"Rekening {b - 2 if b else 'JJJJ'}", f"Begroting {b - 1 if b else 'JJJJ'} na wijziging",
              "Toelichting"])
    ontvangt = True if invoer is None else invoer.ontvangt_impulsbudget
    for i, sleutel in enumerate(VORIGE_REGELS):
        r = KOPRIJ + 1 + i
        ws.cell(row=r, column=1, value=REGEL[sleutel].label_voor(ontvangt))
        for c in (2, 3):
            ws.cell(row=r, column=c).number_format = FORMAAT["euro"]
    ws.cell(row=KOPRIJ + 1, column=4, value="Vul de bedragen in die u naast de ramingen wilt tonen; een lege cel blijft "
                                          "leeg in de bijlage. Zet het jaar in de koppen: basisjaar − 2 en − 1.")
    ws.column_dimensions["A"].width = 52
    ws.column_dimensions["B"].width = 18
    ws.column_dimensions["C"].width = 26
    ws.column_dimensions["D"].width = 70


def _blad_risicos(ws) -> None:
    """Sheet Risico's (RISICO.md): the gemeente's own risks; a row named as a shipped risk overrides it."""
    _kop(ws, ["Risico", "Kans", "Gevolg", "Verdeling", "Toelichting", "Beheersmaatregel"])
    verdeling = DataValidation(type="list", formula1='"uniform,vast"', allow_blank=True, showErrorMessage=True,
                               errorTitle="Verdeling", error="Kies uniform of vast.")
    verdeling.add(f"D{KOPRIJ + 1}:D{KOPRIJ + VALIDATIE_RIJEN}")
    ws.add_data_validation(verdeling)
    for c, breedte in zip("ABCDEF", (44, 10, 16, 12, 50, 40)):
        ws.column_dimensions[c].width = breedte


def _blad_toelichting(ws) -> None:
    ws.cell(row=1, column=1, value="Toelichting per kolom van de jaarbladen").font = _TITEL
    for c, tekst in enumerate(["Blad", "Kolom", "Toelichting"], start=1):
        ws.cell(row=KOPRIJ, column=c, value=tekst).font = _KOP
    for i, reeks in enumerate(REEKSEN):
        ws.cell(row=KOPRIJ + 1 + i, column=1, value=reeks.blad)
        ws.cell(row=KOPRIJ + 1 + i, column=2, value=reeks.label)
        ws.cell(row=KOPRIJ + 1 + i, column=3, value=_toelichting(reeks))
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 40
    ws.column_dimensions["C"].width = 90
    ws.freeze_panes = ws.cell(row=KOPRIJ + 1, column=1)


def maak_sjabloon(invoer: GemeenteInvoer | None = None) -> Workbook:
    """The openpyxl workbook: empty when ``invoer`` is None, else filled with that input."""
    wb = Workbook()
    wb.active.title = BLAD_GEMEENTE
    _blad_gemeente(wb.active, invoer, _regiolijst())
    for titel in (BLAD_MEERJARIG, BLAD_CIRCULAIRE, BLAD_IMPULSBUDGET):
        _jaarblad(wb.create_sheet(titel), invoer)
    _blad_swv(wb.create_sheet(BLAD_SWV), invoer)
    _blad_classificatie(wb.create_sheet(BLAD_CLASSIFICATIE), invoer)
    _blad_vorige(wb.create_sheet(BLAD_VORIGE), invoer)
    _blad_risicos(wb.create_sheet("Risico's"))
    _blad_toelichting(wb.create_sheet("Toelichting"))
    _keuzelijsten(wb)
    p = wb.properties
    p.creator = p.lastModifiedBy = MAKER
    p.created = p.modified = VAST_MOMENT
    p.title = "Invoerbestand Infraraming" + (f" — {invoer.naam}" if invoer is not None else "")
    return wb


def sjabloon_bytes(invoer: GemeenteInvoer | None = None) -> bytes:
    """The .xlsx file as bytes, identical for identical input (fixed metadata and zip timestamps)."""
    wb = maak_sjabloon(invoer)
    ruw = io.BytesIO()
    with zipfile.ZipFile(ruw, "w", zipfile.ZIP_DEFLATED) as archief:
        ExcelWriter(wb, archief).write_data()  # not save_workbook(): that stamps "modified" with now
    uit = io.BytesIO()
    with zipfile.ZipFile(ruw) as bron, zipfile.ZipFile(uit, "w", zipfile.ZIP_DEFLATED) as doel:
        for lid in bron.infolist():
            info = zipfile.ZipInfo(lid.filename, date_time=VAST_MOMENT.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            doel.writestr(info, bron.read(lid.filename))
    return uit.getvalue()


def schrijf_sjabloon(pad: Path | str, invoer: GemeenteInvoer | None = None) -> None:
    """Write the sjabloon atomically; raises :class:`model.io.atomair.SchrijfFout` (Dutch) on failure."""
    schrijf_atomair(Path(pad), sjabloon_bytes(invoer))
