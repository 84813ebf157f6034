"""The contained reader: a child process with memory and time limits, cancellable, plain data back."""
from __future__ import annotations

import ctypes
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from model.invoer import naar_dict
from model.io import afgeschermd, windowstaak
from model.io.werkboek import lees_werkboek
from model.paden import resource_pad
from tests.io import vijandig_bouw as vb
from tests.io.bouw import schrijf, voorbeeld_grid

WORTEL = Path(__file__).resolve().parents[2]
MB = 1024 * 1024


@pytest.fixture(scope="module")
def groot_ods(tmp_path_factory) -> Path:
    """Within every pre-scan limit (1.99 million cells) but far more than 250 MB for the parser."""
    pad = tmp_path_factory.mktemp("afgeschermd") / "groot.ods"
    pad.write_bytes(vb.ods_waarde_zonder_type(rijen=1990, kolommen=1000))
    return pad


@pytest.mark.parametrize("ext", [".xlsx", ".ods", ".xls"])
def test_kind_leest_hetzelfde_als_het_proces_zelf(tmp_path, ext):
    pad = resource_pad("voorbeeldgemeente.xlsx") if ext == ".xlsx" else schrijf(voorbeeld_grid(), tmp_path / f"v{ext}")
    invoer, bevindingen = afgeschermd.lees_afgeschermd(pad)
    hier, hier_bevindingen = lees_werkboek(pad)
    assert invoer is not None and naar_dict(invoer) == naar_dict(hier)
    assert bevindingen == hier_bevindingen


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_AS is POSIX; Windows uses the job object")
def test_geheugengebrek_in_het_kind_wordt_een_zin_en_het_volgende_bestand_leest(groot_ods):
    afgeschermd.stop()
    invoer, bevindingen = afgeschermd.lees_afgeschermd(groot_ods, grens=250 * MB)
    assert invoer is None and len(bevindingen) == 1
    assert bevindingen[0].melding.startswith("Dit bestand kan niet veilig worden gelezen: groot.ods ")
    afgeschermd.stop()
    invoer, _ = afgeschermd.lees_afgeschermd(resource_pad("voorbeeldgemeente.xlsx"))
    assert invoer is not None


def test_tijdslimiet(groot_ods):
    afgeschermd.lees_afgeschermd(resource_pad("voorbeeldgemeente.xlsx"))  # warm: the start does not count
    invoer, bevindingen = afgeschermd.lees_afgeschermd(groot_ods, tijdslimiet=0.001)
    assert invoer is None and len(bevindingen) == 1
    assert "kan niet veilig worden gelezen" in bevindingen[0].melding and "seconden" in bevindingen[0].melding
    invoer, _ = afgeschermd.lees_afgeschermd(resource_pad("voorbeeldgemeente.xlsx"))
    assert invoer is not None


def test_annuleren_stopt_het_lezen(groot_ods):
    afgeschermd.lees_afgeschermd(resource_pad("voorbeeldgemeente.xlsx"))
    annuleer = threading.Event()
    threading.Timer(0.02, annuleer.set).start()
    begin = time.monotonic()
    invoer, bevindingen = afgeschermd.lees_afgeschermd(groot_ods, annuleer=annuleer)
    assert invoer is None and "afgebroken" in bevindingen[0].melding
    assert time.monotonic() - begin < 5


def test_dood_kind_tussen_twee_keer_lezen_wordt_vervangen():
    afgeschermd.lees_afgeschermd(resource_pad("voorbeeldgemeente.xlsx"))
    afgeschermd._kind_nu.proces.kill()
    afgeschermd._kind_nu.proces.wait()
    invoer, _ = afgeschermd.lees_afgeschermd(resource_pad("voorbeeldgemeente.xlsx"))
    assert invoer is not None


@pytest.mark.parametrize("antwoord", [
    b"niet eens json",
    json.dumps({"invoer": None, "bevindingen": []}).encode(),                        # no input and no error
    json.dumps({"invoer": None, "bevindingen": [{"ernst": "fout", "melding": 3}]}).encode(),
    b'{"invoer": {"gemeente": {"contracturen": NaN}}, "bevindingen": []}',
    json.dumps({"invoer": {"gemeente": {"naam": 5}}, "bevindingen": []}).encode(),
])
def test_antwoord_van_het_kind_wordt_gecontroleerd(antwoord):
    invoer, bevindingen = afgeschermd._uit_antwoord(antwoord, "x.xlsx")
    assert invoer is None and bevindingen and all(b.is_fout for b in bevindingen[:1])


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX watchdog; Windows ends the child with the job object")
def test_kind_stopt_als_de_ouder_verdwijnt():
    code = ("import os, sys; sys.path.insert(0, '.'); from model.io import afgeschermd as a; "
            "from model.paden import resource_pad; a.lees_afgeschermd(resource_pad('voorbeeldgemeente.xlsx')); "
            "print(a._kind_nu.proces.pid, flush=True); os._exit(0)")
    uit = subprocess.run([sys.executable, "-c", code], cwd=WORTEL, capture_output=True, text=True, timeout=60)
    kind = int(uit.stdout.split()[0])
    einde = time.monotonic() + 5
    while time.monotonic() < einde and Path(f"/proc/{kind}").exists():
        time.sleep(0.1)
    assert not Path(f"/proc/{kind}").exists() or "Z" in Path(f"/proc/{kind}/stat").read_text().split()[2]


def test_main_start_het_kind_zoals_de_bevroren_app_doet():
    """A frozen build starts itself with --lees-kind; main.py must hand that to the child's loop."""
    proces = subprocess.Popen([sys.executable, str(WORTEL / "main.py"), afgeschermd.KIND_ARGUMENT,
                               str(1536 * MB), str(os.getpid())], cwd=WORTEL, stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE)
    try:
        assert afgeschermd._lees_bericht(proces.stdout, 64) == b"klaar"
        verzoek = json.dumps({"pad": str(resource_pad("voorbeeldgemeente.xlsx"))}).encode()
        afgeschermd._schrijf_bericht(proces.stdin, verzoek)
        antwoord = json.loads(afgeschermd._lees_bericht(proces.stdout, afgeschermd.MAX_ANTWOORD))
        assert antwoord["invoer"]["gemeente"]["naam"] == "Voorbeeldgemeente"
    finally:
        proces.stdin.close()
        assert proces.wait(timeout=10) == 0


# ---------------------------------------------------------------- Windows job object (layout and calls)

def test_jobobject_structuren_hebben_de_windows_indeling():
    """Sizes as in the Windows SDK for 64-bit processes (JOBOBJECT_EXTENDED_LIMIT_INFORMATION is 144 bytes)."""
    if ctypes.sizeof(ctypes.c_void_p) != 8:
        pytest.skip("64-bit layout")
    assert ctypes.sizeof(windowstaak.JOBOBJECT_BASIC_LIMIT_INFORMATION) == 64
    assert ctypes.sizeof(windowstaak.IO_COUNTERS) == 48
    assert ctypes.sizeof(windowstaak.JOBOBJECT_EXTENDED_LIMIT_INFORMATION) == 144
    assert windowstaak.JOBOBJECT_EXTENDED_LIMIT_INFORMATION.ProcessMemoryLimit.offset == 112


class _NepKernel32:
    def __init__(self, weiger: str | None = None):
        self.aanroepen, self.weiger = [], weiger

    def CreateJobObjectW(self, *a):  # noqa: N802
        self.aanroepen.append(("CreateJobObjectW", a))
        return 0 if self.weiger == "CreateJobObjectW" else 77

    def SetInformationJobObject(self, taak, klasse, info, grootte):  # noqa: N802
        ruw = ctypes.string_at(ctypes.addressof(info._obj), grootte)
        self.aanroepen.append(("SetInformationJobObject", (taak, klasse, ruw, grootte)))
        return self.weiger != "SetInformationJobObject"

    def AssignProcessToJobObject(self, taak, proces):  # noqa: N802
        self.aanroepen.append(("AssignProcessToJobObject", (taak, proces)))
        return self.weiger != "AssignProcessToJobObject"

    def CloseHandle(self, h):  # noqa: N802
        self.aanroepen.append(("CloseHandle", (h,)))
        return True


def test_jobobject_krijgt_geheugengrens_en_sterft_met_de_ouder():
    k = _NepKernel32()
    taak = windowstaak.begrens_proces(1234, 1536 * MB, kernel32=k)
    namen = [n for n, _ in k.aanroepen]
    assert namen == ["CreateJobObjectW", "SetInformationJobObject", "AssignProcessToJobObject"]
    _, (handle, klasse, ruw, grootte) = k.aanroepen[1]
    assert handle == 77 and klasse == 9 and grootte == ctypes.sizeof(windowstaak.JOBOBJECT_EXTENDED_LIMIT_INFORMATION)
    info = windowstaak.JOBOBJECT_EXTENDED_LIMIT_INFORMATION.from_buffer_copy(ruw)
    vlaggen = info.BasicLimitInformation.LimitFlags
    assert vlaggen == 0x100 | 0x2000 | 0x400   # process memory, kill on job close, die on unhandled exception
    assert info.ProcessMemoryLimit == 1536 * MB
    assert k.aanroepen[2][1] == (77, 1234)
    taak.sluit()
    assert k.aanroepen[-1] == ("CloseHandle", (77,))


@pytest.mark.parametrize("weiger", ["CreateJobObjectW", "SetInformationJobObject", "AssignProcessToJobObject"])
def test_jobobject_dat_windows_weigert_geeft_oserror(weiger):
    with pytest.raises(OSError):
        windowstaak.begrens_proces(1234, MB, kernel32=_NepKernel32(weiger))


def _vang_uitkomst(venster) -> list:
    """What the window receives when a read ends (a fast read can end before a test could wait for the signal)."""
    gelezen = []
    echt = venster.bestanden._invoer_gelezen
    venster.bestanden._invoer_gelezen = lambda uitkomst: (gelezen.append(uitkomst), echt(uitkomst))
    return gelezen


@pytest.mark.parametrize("maak", [vb.ods_veel_bladen, vb.ods_waarde_zonder_type])
def test_het_venster_blijft_staan_en_het_project_ongewijzigd(qtbot, tmp_path, maak):
    """Invoer openen on a hostile file: the window stays up, shows the sentence, keeps its project."""
    from ui.hoofdvenster import Hoofdvenster
    from ui.instellingen import Instellingen
    venster = Hoofdvenster(Instellingen(tmp_path / "instellingen.ini", tmp_path / "data"),
                           vraag=lambda *a: "nee", meld=lambda *a: None)
    qtbot.addWidget(venster)
    voor = venster.project.toestand
    pad = tmp_path / "vijandig.ods"
    pad.write_bytes(maak())
    gelezen = _vang_uitkomst(venster)
    venster.bestanden.open_invoer(str(pad))
    qtbot.waitUntil(lambda: bool(gelezen), timeout=60000)
    assert venster.project.toestand is voor
    assert "niet ingelezen" in venster.statusBar().currentMessage()


def test_afbreken_in_het_voortgangsvenster(qtbot, tmp_path, groot_ods):
    from PySide6.QtWidgets import QProgressDialog

    from ui.hoofdvenster import Hoofdvenster
    from ui.instellingen import Instellingen
    venster = Hoofdvenster(Instellingen(tmp_path / "instellingen.ini", tmp_path / "data"),
                           vraag=lambda *a: "nee", meld=lambda *a: None)
    qtbot.addWidget(venster)
    voor = venster.project.toestand
    gelezen = _vang_uitkomst(venster)
    venster.bestanden.open_invoer(str(groot_ods))
    venster.findChildren(QProgressDialog)[-1].canceled.emit()   # what the Afbreken button sends
    qtbot.waitUntil(lambda: bool(gelezen), timeout=60000)
    _, invoer, bevindingen, _ = gelezen[0]
    assert invoer is None and "afgebroken" in bevindingen[0].melding
    assert venster.project.toestand is voor


def test_kind_gedood_zonder_wachten_wordt_niet_het_bestand_aangerekend():
    """Killed while idle and not yet reaped: the health check before the read notices, a new child reads."""
    afgeschermd.lees_afgeschermd(resource_pad("voorbeeldgemeente.xlsx"))
    afgeschermd._kind_nu.proces.kill()
    invoer, bevindingen = afgeschermd.lees_afgeschermd(resource_pad("voorbeeldgemeente.xlsx"))
    assert invoer is not None, [b.melding for b in bevindingen]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGSTOP is POSIX")
def test_bevroren_kind_wordt_vervangen_en_het_bestand_gelezen():
    import signal
    afgeschermd.lees_afgeschermd(resource_pad("voorbeeldgemeente.xlsx"))
    bevroren = afgeschermd._kind_nu.proces
    os.kill(bevroren.pid, signal.SIGSTOP)
    try:
        invoer, bevindingen = afgeschermd.lees_afgeschermd(resource_pad("voorbeeldgemeente.xlsx"))
        assert invoer is not None, [b.melding for b in bevindingen]
        assert afgeschermd._kind_nu.proces is not bevroren and bevroren.poll() is not None
    finally:
        if bevroren.poll() is None:
            bevroren.kill()


def test_te_groot_antwoord_wordt_zo_genoemd(monkeypatch):
    afgeschermd.stop()
    monkeypatch.setattr(afgeschermd, "MAX_ANTWOORD", 1000)   # the demo's answer is a few kB
    invoer, bevindingen = afgeschermd.lees_afgeschermd(resource_pad("voorbeeldgemeente.xlsx"))
    assert invoer is None and "groter dan Infraraming verwerkt" in bevindingen[0].melding
    assert "meer geheugen" not in bevindingen[0].melding and "niet veilig" not in bevindingen[0].melding
    monkeypatch.undo()
    afgeschermd.stop()
    invoer, _ = afgeschermd.lees_afgeschermd(resource_pad("voorbeeldgemeente.xlsx"))
    assert invoer is not None
