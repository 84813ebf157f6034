"""The self-test run from source: a missing component is a failed check, never a skip."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

WORTEL = Path(__file__).resolve().parents[2]


def test_ontbrekend_werkboek_is_een_fout(monkeypatch, tmp_path, capsys):
    from cli import zelftest
    import model.paden
    monkeypatch.setattr(model.paden, "resources_map", lambda: tmp_path)
    code = zelftest.zelftest()
    uit = capsys.readouterr().out.splitlines()
    assert code == 1
    assert any(r.startswith("FOUT voorbeeldwerkboek: het voorbeeldwerkboek ontbreekt") for r in uit), uit
    assert uit[-1].startswith("Zelftest mislukt:")


def test_verkeerd_bekend_antwoord_is_een_fout(monkeypatch, capsys):
    from cli import zelftest
    monkeypatch.setattr(zelftest, "SALDO_VOORBEELD", {2026: -38_503})
    monkeypatch.setattr(zelftest, "CONTROLES", tuple(c for c in zelftest.CONTROLES if c[0] == "bekend antwoord"))
    assert zelftest.zelftest() == 1
    uit = capsys.readouterr().out
    assert "FOUT bekend antwoord: geraamd resultaat Voorbeeldgemeente wijkt af van INVOER §5 — 2026:" in uit


def test_een_regel_per_controle_en_de_vlag_in_main():
    from cli.zelftest import CONTROLES
    uit = subprocess.run([sys.executable, "main.py", "--zelftest"], cwd=WORTEL, capture_output=True, text=True,
                         timeout=300)
    regels = uit.stdout.splitlines()
    controles = [r for r in regels if r.startswith(("OK ", "FOUT "))]
    assert len(controles) == len(CONTROLES), uit.stdout + uit.stderr
    assert "Traceback" not in uit.stderr
    assert uit.returncode == (0 if all(r.startswith("OK ") for r in controles) else 1)
    assert any(r.startswith("OK   geraamd resultaat Voorbeeldgemeente klopt met INVOER §5") for r in controles), uit.stdout
    assert any(r.startswith("OK   6 scenario's doorgerekend") for r in controles), uit.stdout
