"""What a desktop user expects: Ctrl+C to Excel, printing with a preview, Help › Aan de slag."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence

from ui.kopieren import celtekst


@pytest.mark.parametrize("getoond, geplakt", [
    ("3.350.000", "3350000"), ("-38.502", "-38502"), ("€ 197.044", "197044"), ("€ -2.858", "-2858"),
    ("15,3", "15,3"), ("91,5 %", "91,5%"), ("57 %", "57%"), ("1.234.567,89", "1234567,89"), ("\u22123,0", "-3,0"),
    ("0", "0"), ("2028", "2028"),
    ("0.7", "0.7"), ("Realisatie t.o.v. taakstelling", "Realisatie t.o.v. taakstelling"), ("", ""),
    ("per jaar", "per jaar"), ("12.34", "12.34"),
])
def test_cells_become_spreadsheet_numbers(getoond, geplakt):
    assert celtekst(getoond) == geplakt


def _kies_rij(tabel, rij, van_kolom, tot_kolom):
    m = tabel.model()
    tabel.selectionModel().select(QItemSelection(m.index(rij, van_kolom), m.index(rij, tot_kolom)),
                                  QItemSelectionModel.SelectionFlag.ClearAndSelect)


def test_ctrl_c_in_the_overzicht_copies_the_selection_as_tab_separated_numbers(venster, qtbot):
    venster.show()
    qtbot.waitExposed(venster)
    tabel = venster.overzicht.tabel
    m = venster.overzicht.tabelmodel
    tabel.setFocus()
    _kies_rij(tabel, m.rij_van("saldo"), 0, m.columnCount() - 1)
    qtbot.keyClick(tabel, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "Saldo van baten en lasten\t\t-38502\t107717\t133317\t203202"
    rij_wsw, rij_ib = m.rij_van("iu_wsw"), m.rij_van("du_impulsbudget")
    tabel.selectionModel().select(QItemSelection(m.index(rij_wsw, m.kolom_van(2026)), m.index(rij_ib, m.kolom_van(2027))),
                                  QItemSelectionModel.SelectionFlag.ClearAndSelect)
    qtbot.keyClick(tabel, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "3350000\t3285325\n472500\t472500"


def test_ctrl_c_in_a_stream_table_drops_euro_signs_and_keeps_decimal_commas(venster, qtbot):
    venster.show()
    view = venster.stroomviews[0]
    venster.tabs.setCurrentWidget(view)
    qtbot.waitExposed(view)
    for tabel, label, verwacht in (
            (view.tabel, "Realisatie t.o.v. taakstelling (personen)",
             "Realisatie t.o.v. taakstelling (personen)\t91,5%\t98,8%\t98,8%\t93,0%"),
            (view.tabel, "Rijksbijdrage beschut werk (IU Participatie)",
             "Rijksbijdrage beschut werk (IU Participatie)\t198632\t201869\t215861\t240025")):
        tabel.setFocus()
        tabel.clearSelection()
        tabel.selectRow(tabel.rij_met(label))
        qtbot.keyClick(tabel, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
        assert QGuiApplication.clipboard().text() == verwacht


def test_ctrl_p_opens_the_print_preview_and_never_writes_a_pdf(venster, qtbot, tmp_path, monkeypatch):
    werkmap = tmp_path / "werkmap"
    werkmap.mkdir()
    monkeypatch.chdir(werkmap)
    getoond = []
    venster.bestanden.toon_afdrukvoorbeeld = lambda ouder, doc: getoond.append(doc.toPlainText())
    venster.bestanden.exporteren = lambda *a, **k: pytest.fail("Ctrl+P mag niet exporteren")
    assert venster.acties["afdrukken"].shortcut().matches(QKeySequence(QKeySequence.StandardKey.Print)) == \
        QKeySequence.SequenceMatch.ExactMatch
    assert venster.acties["afdrukken"].shortcut().toString() == "Ctrl+P"
    from PySide6.QtGui import QAction
    met_ctrl_p = [a for a in venster.findChildren(QAction) if a.shortcut().toString() == "Ctrl+P"]
    assert met_ctrl_p == [venster.acties["afdrukken"]]       # no other action (the PDF export) shares it
    venster.acties["afdrukken"].trigger()
    assert len(getoond) == 1
    assert "Begroting sociale infrastructuur — Voorbeeldgemeente" in getoond[0]
    assert "-38.502" in getoond[0] and "Waarvan bij de gemeente" in getoond[0]
    assert not list(werkmap.iterdir()) and not list(tmp_path.rglob("*.pdf"))


def test_the_long_printout_fits_one_landscape_page(venster, tmp_path):
    from PySide6.QtPrintSupport import QPrinter
    from ui.afdrukken import document, druk_af, printer
    p = printer()
    p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)      # only here, to look at what a printer gets
    p.setOutputFileName(str(tmp_path / "afdruk.pdf"))
    venster.acties["horizon_lang"].trigger()
    doc = document(venster.resultaat, "Voorbeeldgemeente", "Basis")
    druk_af(doc, p)
    from pypdf import PdfReader
    pdf = PdfReader(tmp_path / "afdruk.pdf")
    assert len(pdf.pages) == 1                               # ten years and every line on one A4 page
    tekst = " ".join(pdf.pages[0].extract_text().split())   # pypdf separates words with tabs
    assert "2035" in tekst and "Waarvan bij de gemeente" in tekst
    assert "3.466.333" in tekst                              # totaal baten 2035, not wrapped


def test_the_print_preview_opens_and_draws_the_begroting(venster, qtbot):
    from ui.afdrukken import afdrukvoorbeeld, document
    doc = document(venster.resultaat, "Voorbeeldgemeente", "Basis")
    getekend = []
    voorbeeld = afdrukvoorbeeld(venster, doc)
    voorbeeld.paintRequested.connect(lambda printer: getekend.append(printer.pageLayout().orientation()))
    qtbot.addWidget(voorbeeld)
    voorbeeld.show()                 # the real dialog (not modal here), drawn from the printer it owns
    qtbot.waitUntil(lambda: bool(getekend))
    from PySide6.QtGui import QPageLayout
    assert getekend[0] == QPageLayout.Orientation.Landscape
    voorbeeld.close()


def test_help_aan_de_slag_explains_the_steps(venster):
    from ui.help import aan_de_slag_html
    html = aan_de_slag_html()
    for stap in ("Sjabloon maken en invullen", "Openen", "Aannames en scenario's", "Exporteren", "Voorbeeldgemeente"):
        assert stap in html
    assert venster.acties["aan_de_slag"].text() == "&Aan de slag"
