"""``infraraming risico``: the JSON of RISICO §4 (keys exact), the Dutch table, the ratio from the workbook."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from model.risico.simulatie import klasse
from tests.io.risicowerkboek import werkboek

WORTEL = Path(__file__).resolve().parents[2]
SLEUTELS = {"gemeente", "scenario", "periode", "trekkingen", "zaad", "risicos", "verwachting", "maximaal",
            "benodigd", "zekerheid", "beschikbaar", "ratio", "klasse"}


def draai(*args):
    return subprocess.run([sys.executable, "main.py", "risico", *args], cwd=WORTEL, capture_output=True, text=True)


def test_json_heeft_precies_de_sleutels_van_risico_4():
    uit = draai("--json", "-", "--bandbreedte", "--trekkingen-bandbreedte", "200")
    assert uit.returncode == 0, uit.stderr
    data = json.loads(uit.stdout)
    assert set(data) == SLEUTELS | {"bandbreedte"}
    assert data["gemeente"] == "Voorbeeldgemeente" and data["scenario"] == "Basis"
    assert data["periode"] == [2026, 2029] and data["trekkingen"] == 10_000 and data["zaad"] == 1
    assert len(data["risicos"]) == 9
    for r in data["risicos"]:
        assert set(r) == {"naam", "soort", "kans", "gevolg", "verdeling", "verwachte_waarde"}
        assert 0 <= r["kans"] <= 1
    assert list(data["benodigd"]) == ["50", "70", "75", "80", "85", "90", "95", "99"]
    assert data["zekerheid"] == 90 and data["beschikbaar"] is None and data["ratio"] is None and data["klasse"] is None
    assert data["verwachting"] == pytest.approx(sum(r["verwachte_waarde"] for r in data["risicos"]), abs=0.05)
    band = data["bandbreedte"]
    assert set(band) == {"jaren", "trekkingen", "zaad", "saldo_na_bestemming", "structureel_saldo",
                         "kans_tekort_cumulatief"}
    assert band["jaren"] == [2026, 2027, 2028, 2029] and band["trekkingen"] == 200
    for sleutel in ("saldo_na_bestemming", "structureel_saldo"):
        assert list(band[sleutel]) == ["5", "25", "50", "75", "95"]
        assert all(len(v) == 4 for v in band[sleutel].values())
    assert 0 <= band["kans_tekort_cumulatief"] <= 1
    assert "bandbreedte" not in json.loads(draai("--json", "-", "--trekkingen", "100").stdout)


def test_zelfde_zaad_zelfde_uitvoer_en_ander_zaad_niet():
    a, b, c = draai("--json", "-"), draai("--json", "-"), draai("--json", "-", "--zaad", "2")
    assert a.stdout == b.stdout
    assert json.loads(a.stdout)["benodigd"] != json.loads(c.stdout)["benodigd"]


def test_beschikbaar_uit_het_werkboek_geeft_ratio_en_klasse(tmp_path):
    pad = werkboek(tmp_path, beschikbaar=1_500_000, rijen=[("Normering gemeentefonds", 0.3, 200_000, "uniform")])
    uit = draai(str(pad), "--json", "-")
    assert uit.returncode == 0, uit.stderr
    data = json.loads(uit.stdout)
    assert data["beschikbaar"] == 1_500_000
    assert data["ratio"] == pytest.approx(1_500_000 / data["benodigd"]["90"], abs=1e-4)
    assert data["klasse"] == klasse(data["ratio"])[0]
    normering = next(r for r in data["risicos"] if r["naam"] == "Normering gemeentefonds")
    assert (normering["gevolg"], normering["verwachte_waarde"]) == (200_000, 30_000)
    # --beschikbaar wins over the workbook; at 99 % zekerheid the ratio is taken there
    data = json.loads(draai(str(pad), "--json", "-", "--beschikbaar", "€ 500.000", "--zekerheid", "99").stdout)
    assert data["beschikbaar"] == 500_000 and data["zekerheid"] == 99
    assert data["ratio"] == pytest.approx(500_000 / data["benodigd"]["99"], abs=1e-4)


def test_tabel_zegt_in_woorden_wat_zekerheid_betekent():
    uit = draai("--trekkingen", "1000")
    assert uit.returncode == 0, uit.stderr
    assert "Benodigde weerstandscapaciteit" in uit.stdout and "90 % zekerheid" in uit.stdout
    assert "in 90 van de 100 gesimuleerde gevallen" in uit.stdout
    assert "Beschikbare weerstandscapaciteit" in uit.stdout   # what to fill in for the ratio


def test_begrotingsjaar(tmp_path):
    data = json.loads(draai("--periode", "begrotingsjaar", "--json", "-").stdout)
    assert data["periode"] == [2026, 2026]


@pytest.mark.parametrize("args, woord", [
    (("--zekerheid", "120"), "zekerheid"),
    (("--trekkingen", "0"), "1.000.000"),
    (("--periode", "jaarlijks"), "onbekende keuze"),
    (("--beschikbaar", "veel"), "bedrag"),
    (("--tot", "2041"), "2041"),
])
def test_fouten_in_het_nederlands(args, woord):
    uit = draai(*args)
    assert uit.returncode == 2 and "Traceback" not in uit.stderr
    assert woord in uit.stderr, uit.stderr


def test_fout_in_risicoblad_noemt_de_cel(tmp_path):
    uit = draai(str(werkboek(tmp_path, rijen=[("Rentestijging", "veel", 1000)])))
    assert uit.returncode == 2
    assert "blad Risico's, cel B3" in uit.stderr
