"""Writing the annexes: atomic, reproducible on disk, clear Dutch failures; and the CLI options."""
from __future__ import annotations

import errno
import os
import stat

import pytest

from cli import main
from model.export import ExportOpties, SchrijfFout, schrijf_excel, schrijf_pdf
from tests.export.hulp import DATUM

SCHRIJVERS = pytest.mark.parametrize("schrijf, naam", [(schrijf_pdf, "bijlage.pdf"), pytest.param(
    schrijf_excel, "bijlage.xlsx", marks=pytest.mark.xfail(
        reason="Excel formulas generated from the rules: merged separately", strict=False))])


@SCHRIJVERS
def test_twee_keer_schrijven_geeft_dezelfde_bytes(tmp_path, resultaat, schrijf, naam):
    opties = ExportOpties(datum=DATUM)
    a, b = schrijf(tmp_path / f"a-{naam}", resultaat, opties), schrijf(tmp_path / f"b-{naam}", resultaat, opties)
    assert a.read_bytes() == b.read_bytes() and a.stat().st_size > 5000


@SCHRIJVERS
def test_alleen_lezen_map_geeft_nederlandse_fout_en_geen_bestand(tmp_path, resultaat, schrijf, naam):
    map_ = tmp_path / "alleen-lezen"
    map_.mkdir()
    map_.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(SchrijfFout) as fout:
            schrijf(map_ / naam, resultaat, ExportOpties(datum=DATUM))
        assert str(fout.value).startswith(f"Kan {naam} niet opslaan: geen schrijfrechten")
        assert list(map_.iterdir()) == []
    finally:
        map_.chmod(stat.S_IRWXU)


@SCHRIJVERS
def test_bestaand_alleen_lezen_bestand_blijft_onaangeroerd(tmp_path, resultaat, schrijf, naam):
    doel = tmp_path / naam
    doel.write_bytes(b"oude inhoud")
    doel.chmod(stat.S_IRUSR)
    with pytest.raises(SchrijfFout, match="alleen-lezen"):
        schrijf(doel, resultaat, ExportOpties(datum=DATUM))
    assert doel.read_bytes() == b"oude inhoud"
    assert sorted(p.name for p in tmp_path.iterdir()) == [naam]


@SCHRIJVERS
def test_volle_schijf_laat_geen_half_bestand_achter(tmp_path, resultaat, schrijf, naam, monkeypatch):
    doel = tmp_path / naam
    doel.write_bytes(b"vorige versie")

    def vol(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(os, "fsync", vol)
    with pytest.raises(SchrijfFout) as fout:
        schrijf(doel, resultaat, ExportOpties(datum=DATUM))
    assert str(fout.value) == f"Kan {naam} niet opslaan: de schijf is vol."
    assert doel.read_bytes() == b"vorige versie"
    assert sorted(p.name for p in tmp_path.iterdir()) == [naam]


@pytest.mark.xfail(reason="Excel formulas generated from the rules: merged separately", strict=False)
def test_cli_schrijft_pdf_en_excel_reproduceerbaar(tmp_path, capsys):
    argv = ["bereken", "--van", "2026", "--tot", "2029", "--datum", "2026-11-23",
            "--vergelijk", "Wsw-uitstroom sneller", "--gevoeligheid"]
    assert main([*argv, "--pdf", str(tmp_path / "a.pdf"), "--xlsx", str(tmp_path / "a.xlsx")]) == 0
    assert main([*argv, "--pdf", str(tmp_path / "b.pdf"), "--xlsx", str(tmp_path / "b.xlsx")]) == 0
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()
    assert (tmp_path / "a.xlsx").read_bytes() == (tmp_path / "b.xlsx").read_bytes()
    uit = capsys.readouterr()
    assert "opgeslagen" in uit.err and "Rijksbijdrage" not in uit.out  # no table when exporting

    import io

    from pypdf import PdfReader
    tekst = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO((tmp_path / "a.pdf").read_bytes())).pages)
                     .split())
    for deel in ("Scenariovergelijking", "Wsw-uitstroom sneller ten opzichte van Basis", "Gevoeligheidsanalyse",
                 "23 november 2026", "-38.502", "3.495.750"):
        assert deel in tekst


def test_cli_alleen_lezen_map_exit_2(tmp_path, capsys):
    map_ = tmp_path / "ro"
    map_.mkdir()
    map_.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        assert main(["bereken", "--pdf", str(map_ / "x.pdf")]) == 2
        fout = capsys.readouterr().err.strip()
        assert fout.startswith("Kan x.pdf niet opslaan") and "Traceback" not in fout and "Errno" not in fout
        assert list(map_.iterdir()) == []
    finally:
        map_.chmod(stat.S_IRWXU)


@pytest.mark.parametrize("argv, melding", [
    (["--datum", "23-11-2026"], "geen datum"),
    (["--vergelijk", "Onbestaand scenario"], "onbekend scenario"),
])
def test_cli_fouten_van_de_gebruiker_exit_2(tmp_path, capsys, argv, melding):
    assert main(["bereken", "--pdf", str(tmp_path / "x.pdf"), *argv]) == 2
    assert melding in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.xfail(reason="Excel formulas generated from the rules: merged separately", strict=False)
def test_byte_gelijk_over_processen_met_andere_hashseed(tmp_path):
    import subprocess
    import sys
    from pathlib import Path
    wortel = Path(__file__).resolve().parents[2]
    for seed in ("1", "2"):
        omgeving = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, str(wortel / "main.py"), "bereken", "--van", "2025", "--tot", "2035",
                        "--datum", "2026-11-23", "--vergelijk", "Wsw-uitstroom sneller", "--gevoeligheid",
                        "--pdf", str(tmp_path / f"{seed}.pdf"), "--xlsx", str(tmp_path / f"{seed}.xlsx")],
                       check=True, capture_output=True, env=omgeving, cwd=tmp_path)
    assert (tmp_path / "1.pdf").read_bytes() == (tmp_path / "2.pdf").read_bytes()
    assert (tmp_path / "1.xlsx").read_bytes() == (tmp_path / "2.xlsx").read_bytes()


def test_de_hele_modelperiode_past_in_de_pdf(tmp_path, capsys):
    """All 16 model years (2025–2040) print: the description column keeps its room, the figures shrink."""
    from pypdf import PdfReader
    pad = tmp_path / "lang.pdf"
    assert main(["bereken", "--van", "2025", "--tot", "2040", "--pdf", str(pad), "--datum", "2026-11-23"]) == 0
    tekst = " ".join(PdfReader(pad).pages[1].extract_text().split())
    assert "2040" in tekst and "Rijksbijdrage" in tekst


def test_te_lange_bestandsnaam_is_een_nederlandse_zin(tmp_path, capsys):
    pad = tmp_path / ("a" * 300 + ".pdf")
    assert main(["bereken", "--pdf", str(pad)]) == 2
    fout = capsys.readouterr().err
    assert "bestandsnaam is te lang" in fout and "OSError" not in fout
