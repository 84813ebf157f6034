"""The add-a-stream recipe of docs/architectuur.md holds: a throwaway stream (a parameter, a rule module,
catalogue entries, nothing else) shows in the overview, the JSON, the PDF, the recalculating Excel annex,
the worked calculation with its provenance, and the comparison sentences."""
import json
import subprocess
import sys
from pathlib import Path

import formulas
import openpyxl
import pytest

from model.berekening import bereken
from model.invoer import voorbeeldgemeente

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def proef(tmp_path_factory):
    pad = tmp_path_factory.mktemp("proef") / "proef.xlsx"
    script = Path(__file__).parent / "recept" / "proefstroom.py"
    uit = subprocess.run([sys.executable, str(script), str(pad)], capture_output=True, text=True, timeout=300)
    assert uit.returncode == 0, uit.stderr
    return json.loads(uit.stdout.strip().splitlines()[-1]), pad


def test_overal_zichtbaar(proef):
    uit, _ = proef
    r = bereken(voorbeeldgemeente(), van=2026, tot=2029)
    # proefplekken = gerealiseerd beschut werk (14, 16, 17, 17) × € 1.000
    assert uit["json"] == [14_000.0, 16_000.0, 17_000.0, 17_000.0]
    assert uit["overzicht"] == ["iu_proef"]
    assert uit["baten_totaal_2027"] == pytest.approx(r.waarde("baten_totaal", 2027) + 16_000, abs=1e-6)
    assert uit["uitwerking"] == "Proefplekken 2027 × Proefbedrag per plek 2027"
    assert "proef_bedrag" in uit["herkomst"]
    assert uit["pdf"]
    assert any("de rijksbijdrage proefstroom" in z for z in uit["zinnen"])


def test_excel_rekent_de_nieuwe_stroom_na(proef):
    _, pad = proef
    wb = openpyxl.load_workbook(pad)
    assert "Proefstroom" in wb.sheetnames
    oplossing = formulas.ExcelModel().loads(str(pad)).finish().calculate()
    ws = wb["Overzicht"]
    rij = next(r for r in range(1, ws.max_row + 1) if ws.cell(row=r, column=7).value == "iu_proef")
    cel = f"'[{pad.name}]OVERZICHT'!D{rij}"
    w = oplossing[cel].value
    assert float(w[0][0] if hasattr(w, "__len__") else w) == pytest.approx(16_000, abs=0.005)
