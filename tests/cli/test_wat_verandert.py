"""``infraraming wat-verandert``: files in, the JSON contract, the summary, the PDF, Dutch errors."""
from __future__ import annotations

import io
import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from cli import main
from model.regels import SLEUTELS
from model.scenario import BASIS, PARAMETER, Override, Scenario
from tests.io.bouw import kopie, schrijf, voorbeeld_grid, zet_gegeven

WORTEL = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bestanden(tmp_path_factory):
    map_ = tmp_path_factory.mktemp("wv")
    oud = voorbeeld_grid()
    nieuw = kopie(oud)
    nieuw["Circulaire"].append([2026, "septembercirculaire 2026", 250_000.0, 139_300.0, 472_500.0, 3_350_000.0])
    next(r for r in nieuw["Meerjarig"] if r and r[0] == 2027)[2] = 18
    zet_gegeven(nieuw, "Begeleidingskosten per plek", 8500)
    return schrijf(oud, map_ / "versie1.xlsx"), schrijf(nieuw, map_ / "versie2.ods"), map_


def draai(capsys, *args):
    code = main([str(a) for a in args])
    uit = capsys.readouterr()
    return code, uit.out, uit.err


def test_json_naar_stdout(capsys, bestanden):
    oud, nieuw, _ = bestanden
    code, uit, fout = draai(capsys, "wat-verandert", oud, nieuw, "--van", 2025, "--tot", 2035, "--json", "-")
    assert code == 0, fout
    data = json.loads(uit)
    assert set(data) == {"jaren", "oud", "nieuw", "stappen"}
    assert data["jaren"] == list(range(2025, 2036))
    assert list(data["oud"]["regels"]) == list(SLEUTELS) == list(data["nieuw"]["regels"])
    assert [s["naam"] for s in data["stappen"]] == [
        "Landelijke parameters", "Circulaire: bedragen en edities", "Aantallen van de gemeente",
        "Kosten en overige invoer", "Scenario-aanpassingen"]
    assert [s["velden"] for s in data["stappen"]] == [
        [], ["Rijksbijdrage beschut werk 2026", "Editie 2026"], ["Gerealiseerd beschut werk 2027"],
        ["Begeleidingskosten per plek"], []]
    for sleutel in SLEUTELS:
        for i in range(len(data["jaren"])):
            som = sum(s["regels"][sleutel][i] for s in data["stappen"])
            assert abs(som - (data["nieuw"]["regels"][sleutel][i] - data["oud"]["regels"][sleutel][i])) < 0.005


def test_zelfde_werkboek_per_editie_en_samenvatting(capsys, bestanden):
    _, nieuw, _ = bestanden
    code, uit, fout = draai(capsys, "wat-verandert", nieuw, nieuw, "--editie-oud", "mei 2026")
    assert code == 0, fout
    assert uit.startswith("Wat verandert er: versie2.ods, stand meicirculaire 2026 → versie2.ods (2026–2029)")
    assert "2. Circulaire: bedragen en edities: Rijksbijdrage beschut werk 2026, Editie 2026" in uit
    assert ("Door de septembercirculaire 2026 (circulairebedrag beschut werk 2026: € 242.500 → € 250.000) "
            "stijgt de rijksbijdrage beschut werk met € 7.500.") in uit
    assert "3. Aantallen van de gemeente: geen wijzigingen" in uit


def test_editie_die_het_werkboek_niet_noemt(capsys, bestanden):
    oud, _, _ = bestanden
    code, _, fout = draai(capsys, "wat-verandert", oud, oud, "--editie-oud", "december 2025", "--json", "-")
    assert code == 0
    assert ("versie1.xlsx noemt de decembercirculaire 2025 niet (wel: septembercirculaire 2025, meicirculaire "
            "2026); de stand is die van de laatste editie ervoor.") in fout


def test_project_met_basisaanpassing(capsys, bestanden):
    from model.io.invoerbestand import lees_invoerbestand
    from model.io.project import schrijf_project
    from model.project import Project, begintoestand
    oud, _, map_ = bestanden
    invoer, _ = lees_invoerbestand(oud)
    t = begintoestand(invoer)
    basis = Scenario(BASIS, overrides=(Override(PARAMETER, "lpo", 0.03),))
    t = replace(t, scenarios=(basis,) + t.scenarios[1:])
    pad = map_ / "aangepast.infraraming"
    schrijf_project(pad, Project(t))
    code, uit, fout = draai(capsys, "wat-verandert", oud, pad, "--json", "-")
    assert code == 0, fout
    stappen = json.loads(uit)["stappen"]
    assert [s["velden"] for s in stappen] == [[], [], [], [], ["Loon- en prijsbijstelling kosten gemeente"]]


def test_pdf(capsys, bestanden, tmp_path):
    oud, nieuw, _ = bestanden
    pdf = tmp_path / "wat verandert.pdf"
    code, uit, fout = draai(capsys, "wat-verandert", oud, nieuw, "--pdf", pdf)
    assert code == 0 and uit == "", fout
    tekst = " ".join(pagina.extract_text() for pagina in PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    tekst = " ".join(tekst.split())
    assert "Wat verandert er voor Voorbeeldgemeente?" in tekst
    assert "Door de hogere realisatie in 2027 (16 → 18 personen) stijgen de lasten loonkostensubsidie met € 32.188." \
        in tekst
    assert "Oud, nieuw en verschil per jaar" in tekst and "+32.188" in tekst
    # the same comparison gives the same bytes
    tweede = tmp_path / "nog een keer.pdf"
    assert draai(capsys, "wat-verandert", oud, nieuw, "--pdf", tweede)[0] == 0
    assert tweede.read_bytes() == pdf.read_bytes()


@pytest.mark.parametrize("args, zin", [
    (["--editie-oud", "maart 2026"], "--editie-oud 'maart 2026' is geen circulaire-editie"),
    (["--tot", "2041"], "Het eindjaar 2041 ligt buiten de jaren die het model berekent (2025–2040)."),
])
def test_fouten_in_het_nederlands(capsys, bestanden, args, zin):
    oud, nieuw, _ = bestanden
    code, _, fout = draai(capsys, "wat-verandert", oud, nieuw, *args)
    assert code == 2 and zin in fout


def test_bestand_bestaat_niet_zonder_traceback():
    uit = subprocess.run([sys.executable, "main.py", "wat-verandert", "weg.xlsx", "ook-weg.json"], cwd=WORTEL,
                         capture_output=True, text=True)
    assert uit.returncode == 2
    assert "Het bestand weg.xlsx bestaat niet." in uit.stderr and "Traceback" not in uit.stderr
