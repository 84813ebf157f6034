"""Tables for the PDF annex: year tables (lines × years) and plain list tables.

Labels are Paragraphs so long text wraps instead of being clipped; numbers are right-aligned
in Dutch format (model.opmaak); header rows repeat when a table spans pages.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Table, TableStyle

from model.eenheden import eenheid_van
from model.export.pdf_stijl import DONKER, FONT, LICHT, LIJN, VETFONT, ZEBRA, p
from model.regels import EUR, INSPRONG

REGEL, TOTAAL, SALDO, GROEP, MEMO = "regel", "totaal", "saldo", "groep", "memo"


@dataclass(frozen=True)
class Rij:
    label: str
    waarden: Sequence[float | None] = ()
    eenheid: str = EUR
    soort: str = REGEL
    taakveld: str = ""
    sleutel: str = ""                               # the catalogue line, when the row is one
    vooraf: Sequence[float | None] = ()             # the comparison columns before the years (empty: not given)


class Tabel(Table):
    """A table that never leaves fewer than :attr:`MIN_REST` rows alone on the next page (no page holding
    one table row): when a split would, it splits a few rows earlier."""

    MIN_REST = 3

    def split(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        delen = super().split(availWidth, availHeight)
        if len(delen) != 2 or len(self._cellvalues) - self.repeatRows <= 2 * self.MIN_REST:
            return delen
        hoogte, eerste_deling = availHeight, delen
        for _ in range(self.MIN_REST):
            rest = len(delen[1]._cellvalues) - self.repeatRows
            if rest >= self.MIN_REST:
                break
            eerste = len(delen[0]._cellvalues)
            hoogte -= self._rowHeights[eerste - 1] + 1   # one row fewer on this page
            korter = super().split(availWidth, hoogte)
            if len(korter) != 2:
                break
            delen = korter
        if delen is not eerste_deling:   # split earlier than the page allows: the rest starts on the next page
            from reportlab.platypus import PageBreak
            return [delen[0], PageBreak(), delen[1]]
        return delen


def cijfer(waarde: float | None, eenheid: str = EUR) -> str:
    """A table figure: whole euros without the € sign (the caption says so), units as they are."""
    return "–" if waarde is None else eenheid_van(eenheid).cijfer(waarde)


def _basisstijl(kopregels: int = 1) -> list:
    return [
        ("BACKGROUND", (0, 0), (-1, kopregels - 1), DONKER),
        ("TEXTCOLOR", (0, 0), (-1, kopregels - 1), "#FFFFFF"),
        ("FONTNAME", (0, 0), (-1, kopregels - 1), VETFONT),
        ("FONTNAME", (0, kopregels), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("LEADING", (0, 0), (-1, -1), 9.6),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, LIJN),
    ]


#: The narrowest description column of a year table, in points.
MIN_LABELBREEDTE = 110.0


def jaartabel(rijen: Sequence[Rij], jaren: Sequence[int], breedte: float, met_taakveld: bool = True,
              eerste_kop: str = "Regel", extra_kolom: str | None = None, vooraf: Sequence[str] = ()) -> Table:
    """Lines × years; group headings, totals (line above, bold) and the saldo (double rule). ``vooraf`` are the
    headers of comparison columns before the years (the rows' ``vooraf`` values; a missing amount stays empty)."""
    n = len(jaren) + len(vooraf) + (1 if extra_kolom else 0)
    tvbreedte = 46.0 if met_taakveld else 0.0
    extra = 14.0 if extra_kolom else 0.0
    jaarbreedte = max(44.0, min(66.0, (breedte - tvbreedte - extra - 190) / max(n, 1)))
    # large amounts (a big city's Wsw) must fit: widen the figure columns, then shrink the font
    breedste = max([stringWidth(cijfer(w, r.eenheid), VETFONT, 8) for r in rijen for w in (*r.waarden, *r.vooraf)
                    if w is not None] + [0.0])
    cijfergrootte = 8.0
    if breedste + 9 > jaarbreedte:
        jaarbreedte = min(breedste + 9, (breedte - tvbreedte - extra - 120) / max(n, 1))
        cijfergrootte = max(5.5, min(8.0, 8.0 * (jaarbreedte - 9) / breedste))
    # the full model range (16 years) must print too: the description keeps room, the figures shrink
    ruimte = (breedte - tvbreedte - extra - MIN_LABELBREEDTE) / max(n, 1)
    if jaarbreedte > ruimte:
        jaarbreedte = ruimte
        if breedste + 6 > jaarbreedte:
            cijfergrootte = max(4.5, min(cijfergrootte, 8.0 * (jaarbreedte - 6) / max(breedste, 1.0)))
    # a comparison column's header word ("Begroting") must not break
    voorbreedte = max(jaarbreedte, stringWidth("Begroting", VETFONT, 8) + 10) if vooraf else 0.0
    labelbreedte = breedte - tvbreedte - extra - (n - len(vooraf)) * jaarbreedte - len(vooraf) * voorbreedte
    kop = [p(eerste_kop, "celkop")] + ([p("Taakveld", "celkop")] if met_taakveld else []) \
        + [p(v, "celkoprechts") for v in vooraf] + [str(j) for j in jaren] + ([extra_kolom] if extra_kolom else [])
    data, stijl = [kop], _basisstijl()
    eerste_getal = 2 if met_taakveld else 1
    stijl.append(("ALIGN", (eerste_getal, 0), (-1, -1), "RIGHT"))
    if cijfergrootte < 8.0:
        stijl.append(("FONTSIZE", (eerste_getal, 1), (-1, -1), cijfergrootte))
    zebra = 0
    for i, rij in enumerate(rijen, start=1):
        if rij.soort == GROEP:
            data.append([p(rij.label, "celgroep")] + [""] * (len(kop) - 1))
            stijl += [("SPAN", (0, i), (-1, i)), ("TOPPADDING", (0, i), (-1, i), 6)]
            zebra = 0
            continue
        labelstijl = "celvet" if rij.soort in (TOTAAL, SALDO) else "cel"
        if rij.label.startswith(INSPRONG):   # a part of the line above it (a paragraph would drop the spaces)
            labelstijl = "celin"
        cellen = [p(rij.label.strip(), labelstijl)] + ([rij.taakveld] if met_taakveld else [])
        if vooraf:
            waarden = tuple(rij.vooraf) or (None,) * len(vooraf)
            cellen += ["" if w is None else cijfer(w, rij.eenheid) for w in waarden]
        cellen += [cijfer(w, rij.eenheid) for w in rij.waarden]
        data.append(cellen)
        if rij.soort in (TOTAAL, SALDO):
            stijl += [("FONTNAME", (0, i), (-1, i), VETFONT), ("BACKGROUND", (0, i), (-1, i), LICHT),
                      ("LINEABOVE", (0, i), (-1, i), 0.8, DONKER)]
            if rij.soort == SALDO:
                stijl.append(("LINEBELOW", (0, i), (-1, i), 1.6, DONKER))
        else:
            if zebra % 2:
                stijl.append(("BACKGROUND", (0, i), (-1, i), ZEBRA))
            zebra += 1
    breedtes = [labelbreedte] + ([tvbreedte] if met_taakveld else []) + [voorbreedte] * len(vooraf) \
        + [jaarbreedte] * len(jaren)
    if vooraf:   # the comparison columns stand apart from the years
        k = eerste_getal + len(vooraf)
        stijl += [("LINEBEFORE", (k, 0), (k, -1), 0.8, LIJN), ("TEXTCOLOR", (eerste_getal, 1), (k - 1, -1), "#444444")]
    if extra_kolom:
        breedtes.append(jaarbreedte + extra)
        stijl.append(("LINEBEFORE", (-1, 0), (-1, -1), 0.6, LIJN))
    tabel = Tabel(data, colWidths=breedtes, repeatRows=1, hAlign="LEFT")
    tabel.setStyle(TableStyle(stijl))
    return tabel


def lijsttabel(koppen: Sequence[str], rijen: Sequence[Sequence], breedtes: Sequence[float],
               rechts: Sequence[int] = (), vet_rijen: Sequence[int] = ()) -> Table:
    """A plain table; string cells become wrapping Paragraphs (escaped), numbers in ``rechts`` align right."""
    data = [[p(k, "celkoprechts" if i in rechts else "celkop") for i, k in enumerate(koppen)]]
    for r, rij in enumerate(rijen):
        vet = r in vet_rijen
        data.append([(p(c.strip(), "celin") if i == 0 and c.startswith(INSPRONG)   # a part, as in jaartabel
                      else p(c, "celrechts" if i in rechts else ("celvet" if vet else "cel"))) if isinstance(c, str)
                     else c for i, c in enumerate(rij)])
    stijl = _basisstijl()
    stijl.append(("VALIGN", (0, 1), (-1, -1), "TOP"))
    for r in range(1, len(data)):
        if r % 2 == 0:
            stijl.append(("BACKGROUND", (0, r), (-1, r), ZEBRA))
    tabel = Tabel(data, colWidths=list(breedtes), repeatRows=1, hAlign="LEFT")
    tabel.setStyle(TableStyle(stijl))
    return tabel


def gegevenstabel(paren: Sequence[tuple[str, str]], breedte: float) -> Table:
    """Two columns label : value, for the title page."""
    data = [[p(a, "gegeven"), p(b, "gegeven")] for a, b in paren]
    # a long value (a scenario description listing many changes) may run onto the next page
    tabel = Table(data, colWidths=[breedte * 0.32, breedte * 0.68], hAlign="LEFT", splitInRow=1)
    tabel.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, LIJN),
                               ("TEXTCOLOR", (0, 0), (0, -1), DONKER), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return tabel


__all__ = ["Rij", "jaartabel", "lijsttabel", "gegevenstabel", "cijfer", "REGEL", "TOTAAL", "SALDO",
           "GROEP", "MEMO"]
