"""CLI: ``sjabloon`` and ``controleer``, and ``bereken`` on a workbook."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from cli import main
from model.paden import resource_pad
from tests.io.bouw import kopie, schrijf, voorbeeld_grid, zet, zet_gegeven, zoek

WORTEL = Path(__file__).resolve().parents[2]


def test_sjabloon_voorbeeld_is_het_meegeleverde_bestand(tmp_path, capsys):
    pad = tmp_path / "voorbeeld.xlsx"
    assert main(["sjabloon", str(pad), "--voorbeeld"]) == 0
    assert pad.read_bytes() == resource_pad("voorbeeldgemeente.xlsx").read_bytes()
    assert "geschreven" in capsys.readouterr().out


def test_controleer_leeg_sjabloon(tmp_path, capsys):
    pad = tmp_path / "leeg.xlsx"
    assert main(["sjabloon", str(pad)]) == 0
    capsys.readouterr()
    assert main(["controleer", str(pad)]) == 2
    uit = capsys.readouterr()
    regels = uit.out.splitlines()
    assert regels[0] == "- Fout: Naam gemeente ontbreekt in blad Gemeente, cel B4; dit gegeven is verplicht."
    assert regels[1] == "- Fout: Basisjaar ontbreekt in blad Gemeente, cel B7; dit gegeven is verplicht."
    assert "13 fouten, 2 waarschuwingen" in uit.err   # naam, basisjaar, and 2025–2035 without taakstelling


def test_controleer_goed_bestand_met_waarschuwing(tmp_path, capsys):
    g = kopie(voorbeeld_grid())
    g["Gemeente"].insert(6, ["Inwonertal", 45000, None])
    pad = schrijf(g, tmp_path / "goed.ods")
    assert main(["controleer", str(pad)]) == 0
    uit = capsys.readouterr().out
    assert "- Waarschuwing: Onbekend gegeven 'Inwonertal' in blad Gemeente, cel A7 — genegeerd." in uit
    # (v3) the model's own warnings and, under their own heading, one info per filled field with its years
    assert "goed.ods is in orde (Voorbeeldgemeente, basisjaar 2026): 4 waarschuwingen, 5 aangevulde waarden." in uit
    regels = uit.splitlines()
    kop = regels.index("Aangevuld of standaardwaarde (info):")
    assert all(r.startswith("- Waarschuwing: ") for r in regels[:kop])
    infos = regels[kop + 1:-1]
    assert "- Taakstelling beschut werk 2029–2035 niet ingevuld: volgt het landelijke pad vanaf 2028." in infos
    assert len([r for r in infos if r.startswith("- Gerealiseerd beschut werk")]) == 1


def test_controleer_een_info_per_veld_met_zijn_reeksen_jaren(tmp_path, capsys):
    """Gaps in two places give one finding for the field, naming each run's rule; only infos: exit 0."""
    g = kopie(voorbeeld_grid())
    r, c = zoek(g, "Meerjarig", 2026)
    zet(g, "Meerjarig", r, c + 2, None)          # Gerealiseerd 2026 left empty
    pad = schrijf(g, tmp_path / "gaten.xlsx")
    assert main(["controleer", str(pad)]) == 0
    infos = [r for r in capsys.readouterr().out.splitlines() if r.startswith("- Gerealiseerd beschut werk")]
    assert infos == ["- Gerealiseerd beschut werk 2026 en 2029–2035 niet ingevuld: 2026 de waarde van 2025 (12) "
                     "loopt door; 2029–2035 de waarde van 2028 (17) loopt door."]


def test_controleer_vijandig_bestand(tmp_path, capsys):
    pad = tmp_path / "leeg.xls"
    pad.write_bytes(b"")
    assert main(["controleer", str(pad)]) == 2
    assert "leeg.xls is leeg (0 bytes)" in capsys.readouterr().out


def test_bereken_op_een_werkboek(tmp_path, capsys):
    g = kopie(voorbeeld_grid())
    zet_gegeven(g, "Begeleidingskosten per plek", "€ 8.000")
    pad = schrijf(g, tmp_path / "voorbeeld.xls")
    assert main(["bereken", str(pad)]) == 0
    uit = capsys.readouterr().out
    saldo = next(r for r in uit.splitlines() if "SALDO" in r)
    assert "-38.502" in saldo and "107.717" in saldo and "133.317" in saldo  # INVOER §5 (v2)


def test_bereken_weigert_werkboek_met_fouten(tmp_path, capsys):
    g = kopie(voorbeeld_grid())
    zet_gegeven(g, "Basisjaar", "volgend jaar")
    pad = schrijf(g, tmp_path / "fout.xlsx")
    assert main(["bereken", str(pad)]) == 2
    assert "Basisjaar" in capsys.readouterr().err


def test_sjabloon_fouten_zijn_zinnen(tmp_path, capsys):
    assert main(["sjabloon", str(tmp_path / "x.ods")]) == 2
    assert ".xlsx" in capsys.readouterr().err
    assert main(["sjabloon", str(tmp_path / "bestaat-niet" / "x.xlsx")]) == 2
    assert "bestaat niet" in capsys.readouterr().err


def test_opdrachten_via_main_py(tmp_path):
    pad = tmp_path / "s.xlsx"
    uit = subprocess.run([sys.executable, "main.py", "sjabloon", str(pad)], cwd=WORTEL, capture_output=True, text=True)
    assert uit.returncode == 0 and pad.exists()
    uit = subprocess.run([sys.executable, "main.py", "controleer", str(pad)], cwd=WORTEL, capture_output=True, text=True)
    assert uit.returncode == 2 and "Naam gemeente ontbreekt" in uit.stdout and "Traceback" not in uit.stderr
