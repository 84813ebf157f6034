"""The app always starts: a last project that cannot be opened leaves the window up with the
Voorbeeldgemeente and one notice naming the file and the reason; opened from the menu the same
files give a Dutch message and never reach the crash handler. Every hostile file is generated here."""
from __future__ import annotations

import json
import os
import sys

import pytest

from model.io.project import naar_projectdict
from model.project import Project


def _projectdict() -> dict:
    return json.loads(json.dumps(naar_projectdict(Project.voorbeeld())))


def _vierduizend_cijfers(pad):
    tekst = json.dumps(_projectdict()).replace('"contracturen": 27.0', '"contracturen": ' + "9" * 4000)
    assert "9" * 4000 in tekst
    pad.write_text(tekst, encoding="utf-8")


def _tekst_waar_een_getal_hoort(pad):
    d = _projectdict()
    d["scenarios"][0]["overrides"] = [{"soort": "parameter", "sleutel": "lpo", "waarde": 0.02, "waarden": "abc"}]
    pad.write_text(json.dumps(d), encoding="utf-8")


def _nee_als_tekst(pad):
    d = _projectdict()
    d["scenarios"][0]["overrides"] = [{"soort": "invoer", "sleutel": "ontvangt_impulsbudget", "waarde": "nee"}]
    pad.write_text(json.dumps(d), encoding="utf-8")


def _fifo(pad):
    os.mkfifo(pad)


VIJANDIG = {
    "vierduizend-cijfers": (_vierduizend_cijfers, "onredelijk groot"),
    "waarden-abc": (_tekst_waar_een_getal_hoort, "hoort niet bij"),
    "nee-als-tekst": (_nee_als_tekst, "ja of nee"),
    "fifo": (_fifo, "geen gewoon bestand"),
}


def _maak(tmp_path, geval):
    if geval == "fifo" and not hasattr(os, "mkfifo"):
        pytest.skip("geen FIFO op dit platform")
    pad = tmp_path / f"{geval}.infraraming"
    VIJANDIG[geval][0](pad)
    return pad


@pytest.mark.parametrize("geval", sorted(VIJANDIG))
def test_start_met_vijandig_laatste_project(maak_venster, tmp_path, antwoorden, qtbot, geval):
    from ui.instellingen import Instellingen
    pad = _maak(tmp_path, geval)
    Instellingen(tmp_path / "instellingen.ini", tmp_path / "data").laatste_project = str(pad)
    venster = maak_venster()
    venster.show()
    qtbot.waitExposed(venster)
    assert venster.project.invoer.naam == "Voorbeeldgemeente"
    assert venster.isVisible() and not venster.meldingbalk.isHidden()
    tekst = venster.meldingbalk.tekst.text()
    assert tekst.count("niet geopend") == 1
    assert pad.name in tekst and VIJANDIG[geval][1] in tekst, tekst
    assert "Error" not in tekst and "Traceback" not in tekst
    assert antwoorden.vragen == [] and antwoorden.meldingen == []
    venster.journaal.sluit()


@pytest.mark.parametrize("geval", sorted(VIJANDIG))
def test_openen_uit_het_menu_geeft_een_nederlandse_melding(venster, tmp_path, antwoorden, monkeypatch, geval):
    pad = _maak(tmp_path, geval)
    gevangen = []
    monkeypatch.setattr(sys, "excepthook", lambda *a: gevangen.append(a))
    assert venster.bestanden.open_project(str(pad)) is False
    assert venster.project.invoer.naam == "Voorbeeldgemeente"
    (titel, tekst), = antwoorden.meldingen
    assert titel == "Project openen" and VIJANDIG[geval][1] in tekst and "Error" not in tekst, tekst
    assert gevangen == []


def test_onverwachte_fout_bij_het_starten_laat_het_venster_staan(maak_venster, tmp_path, monkeypatch):
    """Whatever the reader raises, the start goes on (here a reader that fails in a way nobody foresaw)."""
    from model.io import project as projectmodule
    from ui.instellingen import Instellingen
    pad = tmp_path / "p.infraraming"
    pad.write_text(json.dumps(_projectdict()), encoding="utf-8")
    Instellingen(tmp_path / "instellingen.ini", tmp_path / "data").laatste_project = str(pad)

    def kapot(_):
        raise RuntimeError("onvoorzien")
    monkeypatch.setattr(projectmodule, "lees_project", kapot)
    venster = maak_venster()
    assert venster.project.invoer.naam == "Voorbeeldgemeente"
    assert "onverwachte fout" in venster.meldingbalk.tekst.text()
    venster.journaal.sluit()


def test_tijdelijke_bestanden_van_een_afgebroken_opslag_worden_opgeruimd(maak_venster, tmp_path):
    from ui.instellingen import Instellingen
    pad = tmp_path / "p.infraraming"
    pad.write_text(json.dumps(_projectdict()), encoding="utf-8")
    oud, vers, ander = (tmp_path / ".p.infraraming.abcd1234.tmp", tmp_path / ".p.infraraming.efgh5678.tmp",
                        tmp_path / ".q.infraraming.abcd1234.tmp")
    for f in (oud, vers, ander):
        f.write_bytes(b"{")
    os.utime(oud, (0, 0))        # left by a save that was killed long ago
    os.utime(ander, (0, 0))      # another project's: not ours to clean
    Instellingen(tmp_path / "instellingen.ini", tmp_path / "data").laatste_project = str(pad)
    venster = maak_venster()
    assert venster.project.pad == str(pad)
    assert not oud.exists() and vers.exists() and ander.exists()   # a save in progress is left alone
    venster.journaal.sluit()


def test_herstelbestand_dat_niet_laadt_wordt_gemeld_met_de_reden(maak_venster, tmp_path, antwoorden):
    data = tmp_path / "data"
    data.mkdir()
    tekst = json.dumps(_projectdict())
    (data / "herstel-1-abcdef12.infraraming").write_text(tekst[: len(tekst) // 2], encoding="utf-8")   # cut off
    venster = maak_venster(datamap=data)
    assert venster.project.invoer.naam == "Voorbeeldgemeente"
    melding = venster.meldingbalk.tekst.text()
    assert not venster.meldingbalk.isHidden() and "herstelbestand" in melding and "beschadigd" in melding
    assert "herstel-beschadigd-" in melding   # where it is kept: never silently set aside
    assert list(data.glob("herstel-beschadigd-*.infraraming"))
    venster.journaal.sluit()
