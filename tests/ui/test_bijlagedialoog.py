"""Bestand › Exporteren › Bijlage-instellingen: the gemeente's own annex, chosen in the app, stored in the project."""
from __future__ import annotations

import struct
import zlib

from PySide6.QtWidgets import QDialog

from model.export.bijlage import eigen_uit_project
from ui.bijlagedialoog import BijlageDialoog, secties_uit_project


def _png(pad):
    """A 1x1 PNG."""
    def stuk(soort, data):
        return struct.pack(">I", len(data)) + soort + data + struct.pack(">I", zlib.crc32(soort + data))
    pad.write_bytes(b"\x89PNG\r\n\x1a\n" + stuk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
                    + stuk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + stuk(b"IEND", b""))
    return pad


def _vul_in(dialoog, tmp_path):
    dialoog.titel.setText("Bijlage 4 bij de begroting 2027")
    dialoog.inleiding.setPlainText("Deze bijlage licht de sociale infrastructuur toe.")
    dialoog.concept.setChecked(True)
    dialoog.kies_logopad = lambda: str(_png(tmp_path / "logo.png"))
    dialoog._kies_logo()
    for sectie, vak in dialoog.secties.items():
        vak.setChecked(sectie in ("samenvatting", "stromen"))


def test_instellingen_worden_in_het_project_bewaard_en_gebruikt(venster, qtbot, tmp_path, monkeypatch):
    gezien = {}

    def exec_(self):
        _vul_in(self, tmp_path)
        gezien["dialoog"] = self
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(BijlageDialoog, "exec", exec_)
    assert venster.bestanden.bijlage_instellingen()
    ui = venster.project.ui
    eigen = eigen_uit_project(ui)
    assert (eigen.titel, eigen.concept, eigen.logo.soort) == ("Bijlage 4 bij de begroting 2027", True, "png")
    assert secties_uit_project(ui) == ("samenvatting", "stromen")
    assert venster.gewijzigd and venster.isWindowModified()
    # the export uses them: a short annex with the gemeente's own title
    pad = tmp_path / "eigen.pdf"
    venster.bestanden.exporteren("pdf", str(pad))
    qtbot.waitUntil(lambda: pad.exists() and pad.stat().st_size > 0, timeout=60000)
    from pypdf import PdfReader
    pdf = PdfReader(pad)
    tekst = " ".join(" ".join(p.extract_text().split()) for p in pdf.pages)
    assert "Bijlage 4 bij de begroting 2027" in tekst and "CONCEPT" in tekst
    assert "Gevoeligheidsanalyse" not in tekst and len(pdf.pages) < 10


def test_een_png_alleen_en_ten_minste_een_onderdeel(qtbot, tmp_path):
    dialoog = BijlageDialoog({})
    qtbot.addWidget(dialoog)
    (tmp_path / "logo.svg").write_text("<svg/>")
    dialoog.kies_logopad = lambda: str(tmp_path / "logo.svg")
    dialoog._kies_logo()
    assert "geen PNG-bestand" in dialoog.melding.text() and dialoog._logo is None
    for vak in dialoog.secties.values():
        vak.setChecked(False)
    dialoog._akkoord()
    assert dialoog.result() != QDialog.DialogCode.Accepted and "ten minste één" in dialoog.melding.text()


def test_standaard_raadsklaar_en_eigen_kernboodschap(venster, qtbot, tmp_path, monkeypatch):
    """(issue 21) A new project's dialog ticks the raad-ready sections only; the kernboodschap typed here
    replaces the generated one in the app's export and is kept in the project."""
    from model.export import STANDAARD_SECTIES
    dialoog = BijlageDialoog(venster.project.ui)
    qtbot.addWidget(dialoog)
    assert tuple(s for s, v in dialoog.secties.items() if v.isChecked()) == STANDAARD_SECTIES
    assert not dialoog.secties["bevindingen"].isChecked()
    assert dialoog.secties["verdeling"].isChecked()   # SAMENWERKING §1: shown whenever there is a member list

    def exec_(self):
        self.kernboodschap.setPlainText("Het college stelt voor de reserve tot 2034 aan te houden.")
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(BijlageDialoog, "exec", exec_)
    assert venster.bestanden.bijlage_instellingen()
    assert eigen_uit_project(venster.project.ui).kernboodschap.startswith("Het college stelt voor")
    pad = tmp_path / "k.pdf"
    venster.bestanden.exporteren("pdf", str(pad), open_map=False)
    qtbot.waitUntil(lambda: pad.exists() and pad.stat().st_size > 0, timeout=60000)
    from pypdf import PdfReader
    tekst = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(pad).pages)
    assert "Kernboodschap Het college stelt voor de reserve tot 2034 aan te houden." in tekst
    assert "Bevindingen en waarschuwingen" not in tekst
