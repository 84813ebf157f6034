"""Bestand › Afdrukken: the begroting of the open project through the system print dialog.

PySide6-Essentials has no QtPdf, so the PDF annex cannot be rendered to a printer here; the
printout is the Overzicht — every line of the begroting per year, grouped, with taakveld —
laid out as a document (QTextDocument) with the gemeente, scenario and years on top. The
preview dialog is the user's choice of printer; nothing is ever written to a file unless the
user picks "print to file" there.
"""
from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

from model.regels import SALDO, TOTAAL
from ui.tabelmodel import BegrotingModel, opgemaakt


def afdruk_html(resultaat, gemeente: str, scenario: str, vandaag: date | None = None) -> str:
    """The begroting as an HTML table (what the printout shows)."""
    jaren = resultaat.jaren
    # a row must fit across A4 landscape: with many years the text is smaller and the table spans
    # the page with fixed shares; with a few years every column is as wide as its figures
    veel = len(jaren) > 6
    punt = 7 if veel else 9
    getal = 72 // len(jaren)

    def breedte(procent: int) -> str:
        return f" width='{procent}%'" if veel else ""

    kop = "".join(f"<th align='right'{breedte(getal)}>{j}</th>" for j in jaren)
    rijen = []
    gebruikt = resultaat.invoer.taakvelden_in_gebruik()   # as used (v3)
    for label, regel in BegrotingModel.RIJEN:
        if regel is None:
            rijen.append(f"<tr><td colspan='{len(jaren) + 2}' class='groep'>{escape(label)}</td></tr>")
            continue
        vet = regel.groep in (TOTAAL, SALDO)
        cellen = "".join(
            f"<td align='right' class='{'neg' if opgemaakt(regel, w).startswith('-') else 'getal'}'>"
            f"{escape(opgemaakt(regel, w))}</td>" for w in resultaat.getoond(regel.sleutel))
        taakveld = gebruikt.get(regel.sleutel, "")
        rijen.append(f"<tr{' class=vet' if vet else ''}><td class='label'>{escape(resultaat.label(regel.sleutel))}</td>"
                     f"<td>{escape(taakveld)}</td>{cellen}</tr>")
    datum = (vandaag or date.today()).strftime("%d-%m-%Y")
    return (
        "<html><head><style>"
        f"body {{ font-family: sans-serif; font-size: {punt}pt; }} h2 {{ margin-bottom: 2px; }}"
        "table { border-collapse: collapse; } th, td { padding: 0px 3px; border-bottom: 1px solid #ccc; }"
        "td.groep { font-weight: bold; background: #e8ecf2; } tr.vet td { font-weight: bold; }"
        "th, td.label, td.getal, td.neg { white-space: nowrap; } td.neg { color: #b00020; }"
        "</style></head><body>"
        f"<h2>Begroting sociale infrastructuur — {escape(gemeente)}</h2>"
        f"<p>Scenario {escape(scenario)} · {jaren[0]}–{jaren[-1]} · bedragen in hele euro's · "
        f"afgedrukt {datum} met Infraraming</p>"
        f"<table{breedte(100)}><tr><th align='left'{breedte(95 - getal * len(jaren))}>Omschrijving</th>"
        f"<th align='left'{breedte(5)}>Taakveld</th>{kop}</tr>"
        + "".join(rijen) + "</table>"
        "<p><small>Saldo = totaal baten − totaal lasten. Memoposten tellen niet "
        "mee in het saldo. De volledige begrotingsbijlage met toelichting, herkomst en scenario's staat in "
        "de PDF- en Excel-export (Bestand › Exporteren).</small></p></body></html>")


def document(resultaat, gemeente: str, scenario: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setHtml(afdruk_html(resultaat, gemeente, scenario))
    return doc


def druk_af(doc: QTextDocument, printer: QPrinter) -> None:
    """Lay the document out on the printer's pages (also what the preview draws)."""
    doc.print_(printer)


def printer() -> QPrinter:
    """A printer set up for the begroting: A4 landscape, so ten years fit across."""
    p = QPrinter(QPrinter.PrinterMode.HighResolution)
    p.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    p.setPageOrientation(QPageLayout.Orientation.Landscape)
    p.setDocName("Begroting sociale infrastructuur")
    return p


def afdrukvoorbeeld(ouder, doc: QTextDocument) -> QPrintPreviewDialog:
    """The preview dialog, with the system's print dialog behind its print button."""
    drukker = printer()
    voorbeeld = QPrintPreviewDialog(drukker, ouder)
    voorbeeld.drukker = drukker   # the dialog only points at the printer: it must live as long as the dialog
    voorbeeld.setWindowTitle("Afdrukvoorbeeld — begroting")
    voorbeeld.paintRequested.connect(lambda p: druk_af(doc, p))
    return voorbeeld


def toon_afdrukvoorbeeld(ouder, doc: QTextDocument) -> int:
    """Show the preview (modal) until the user prints or closes it."""
    return afdrukvoorbeeld(ouder, doc).exec()
