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

from model.regels import MEMO, SALDO, TOTAAL
from ui.tabelmodel import BegrotingModel, opgemaakt


def afdruk_html(resultaat, gemeente: str, scenario: str, vandaag: date | None = None) -> str:
    """The begroting as an HTML table (what the printout shows)."""
    jaren = resultaat.jaren
    kop = "".join(f"<th align='right'>{j}</th>" for j in jaren)
    rijen = []
    for label, regel in BegrotingModel.RIJEN:
        if regel is None:
            rijen.append(f"<tr><td colspan='{len(jaren) + 2}' class='groep'>{escape(label)}</td></tr>")
            continue
        vet = regel.groep in (TOTAAL, SALDO)
        cellen = "".join(
            f"<td align='right'{' class=neg' if opgemaakt(regel, w).startswith('-') else ''}>"
            f"{escape(opgemaakt(regel, w))}</td>" for w in resultaat.reeks(regel.sleutel))
        taakveld = regel.taakveld if regel.groep != MEMO and regel.taakveld != "memo" else ""
        rijen.append(f"<tr{' class=vet' if vet else ''}><td nowrap>{escape(label)}</td><td>{escape(taakveld)}</td>"
                     f"{cellen}</tr>")
    datum = (vandaag or date.today()).strftime("%d-%m-%Y")
    return (
        "<html><head><style>"
        "body { font-family: sans-serif; font-size: 9pt; } h2 { margin-bottom: 2px; }"
        "table { border-collapse: collapse; } th, td { padding: 2px 6px; border-bottom: 1px solid #ccc; }"
        "td.groep { font-weight: bold; background: #e8ecf2; } tr.vet td { font-weight: bold; }"
        "td.neg { color: #b00020; }"
        "</style></head><body>"
        f"<h2>Begroting sociale infrastructuur — {escape(gemeente)}</h2>"
        f"<p>Scenario {escape(scenario)} · {jaren[0]}–{jaren[-1]} · bedragen in hele euro's · "
        f"afgedrukt {datum} met Infraraming</p>"
        f"<table width='100%'><tr><th align='left'>Omschrijving</th><th align='left'>Taakveld</th>{kop}</tr>"
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


def toon_afdrukvoorbeeld(ouder, doc: QTextDocument) -> int:
    """The preview with the system's print dialog behind its print button (modal)."""
    voorbeeld = QPrintPreviewDialog(printer(), ouder)
    voorbeeld.setWindowTitle("Afdrukvoorbeeld — begroting")
    voorbeeld.paintRequested.connect(lambda p: druk_af(doc, p))
    return voorbeeld.exec()
