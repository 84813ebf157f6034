"""The recovery journal: one per running instance, a crash leftover is offered, a live one never is."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from model.project import Bron, Project
from model.io import herstel
from model.io.herstel import Journaal

WORTEL = Path(__file__).resolve().parents[2]
_INSTANTIE = r"""
import sys, time
sys.path.insert(0, {wortel!r})
from model.project import Project
from model.io.herstel import Journaal
j = Journaal({map!r})
p = Project.voorbeeld(); p.gewijzigd = True
j.schrijf(p); j.wacht()
print(j.pad, flush=True)
time.sleep(60)
"""


def _andere_instantie(map_: Path) -> tuple[subprocess.Popen, Path]:
    proces = subprocess.Popen([sys.executable, "-c", _INSTANTIE.format(wortel=str(WORTEL), map=str(map_))],
                              stdout=subprocess.PIPE, text=True)
    return proces, Path(proces.stdout.readline().strip())


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL")
def test_tweede_instantie_laat_het_levende_journaal_met_rust_en_herstelt_het_na_een_crash(tmp_path):
    proces, zijn = _andere_instantie(tmp_path)
    try:
        ik = Journaal(tmp_path)
        assert ik.pad != zijn and not ik.aanwezig()      # not offered as crash recovery
        ik.wis()
        assert zijn.exists()                              # nor deleted
        ik.sluit()
    finally:
        proces.send_signal(signal.SIGKILL)               # now it really crashes
        proces.wait()
    na_crash = Journaal(tmp_path)
    assert na_crash.pad == zijn and na_crash.aanwezig()
    hersteld = na_crash.lees()
    assert hersteld is not None and hersteld.gewijzigd and hersteld.invoer.naam == "Voorbeeldgemeente"
    na_crash.sluit()
    assert not zijn.exists()


def test_afgebroken_journaal_wordt_gemeld_en_bewaard(tmp_path):
    kapot = tmp_path / "herstel-1-dood.infraraming"
    tekst = json.dumps({"schema": "infraraming-project", "versie": 1})
    kapot.write_text(tekst[: len(tekst) // 2], encoding="utf-8")
    j = Journaal(tmp_path)
    assert j.aanwezig() and j.lees() is None
    assert j.melding and "onvolledig of beschadigd" in j.melding
    apart = list(tmp_path.glob("herstel-beschadigd-*.infraraming"))
    assert len(apart) == 1 and apart[0].read_text(encoding="utf-8") == tekst[: len(tekst) // 2]
    assert str(apart[0]) in j.melding


def test_journaal_van_een_oudere_versie_wordt_aangeboden(tmp_path):
    p = Project.voorbeeld()
    from model.io.project import naar_projectdict
    (tmp_path / "herstel.infraraming").write_text(json.dumps(naar_projectdict(p)), encoding="utf-8")
    j = Journaal(tmp_path)
    assert j.aanwezig() and j.lees() is not None


def test_schrijven_codeert_niet_in_de_aanroepende_draad(tmp_path, monkeypatch):
    """A 500 MB project froze every edit: the embedded workbook was encoded on the GUI thread."""
    draden = []
    echt = herstel.naar_projectdict

    def meet(project):
        draden.append(threading.current_thread())
        return echt(project)

    monkeypatch.setattr(herstel, "naar_projectdict", meet)
    j = Journaal(tmp_path)
    p = Project.voorbeeld()
    p.toestand = type(p.toestand)(p.toestand.invoer, p.toestand.scenarios, p.toestand.actief,
                                  Bron("groot.xlsx", bytes(5_000_000)))
    j.schrijf(p)
    j.wacht()
    assert draden and threading.main_thread() not in draden
    assert j.lees().toestand.bron.inhoud == bytes(5_000_000)
    j.sluit()


def test_ingesloten_werkboek_wordt_een_keer_gecodeerd():
    from model.io import project
    inhoud = os.urandom(1000)
    assert project._base64(inhoud) is project._base64(inhoud)
