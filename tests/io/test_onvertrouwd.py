"""The one gate for untrusted files: regular files only, size before content, bounded decoding and
nesting, honest reasons. Every hostile file is generated here; none may block or take memory."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from model.io.grenzen import Weigering
from model.io.onvertrouwd import lees_bytes, lees_tekst

fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="geen FIFO op dit platform")


@fifo
def test_fifo_wordt_meteen_geweigerd_zonder_te_blokkeren(tmp_path):
    pijp = tmp_path / "p.json"
    os.mkfifo(pijp)   # nobody writes: an open() for reading would wait forever
    with pytest.raises(Weigering, match="geen gewoon bestand"):
        lees_bytes(pijp, 1000, "een scenariobestand")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="geen /dev/zero")
def test_apparaat_wordt_geweigerd():
    with pytest.raises(Weigering, match="geen gewoon bestand"):
        lees_bytes(Path("/dev/zero"), 1000, "een parameterset")


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="geen /proc")
def test_bestand_van_het_besturingssysteem_wordt_geweigerd():
    with pytest.raises(Weigering, match="besturingssysteem"):
        lees_bytes(Path("/proc/self/status"), 1000, "een parameterset")


def test_grootte_voor_inhoud(tmp_path):
    pad = tmp_path / "groot.json"
    with open(pad, "wb") as f:
        f.truncate(50 * 1024 * 1024)   # sparse: takes no disk and is never read
    with pytest.raises(Weigering, match=r"te groot \(50 MB\).*hoogstens 1 MB"):
        lees_bytes(pad, 1024 * 1024, "een scenariobestand")


def test_geen_utf8(tmp_path):
    pad = tmp_path / "set.toml"
    pad.write_bytes(b"[set]\nid = \"\xff\xfe\"\n")
    with pytest.raises(Weigering, match="geen UTF-8"):
        lees_tekst(pad, 1000, "een parameterset")


@pytest.mark.skipif(os.name == "nt", reason="symbolische koppelingen vragen rechten op Windows")
def test_kring_van_koppelingen_wordt_genoemd(tmp_path):
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    a.symlink_to(b)
    b.symlink_to(a)
    with pytest.raises(Weigering, match="kring"):
        lees_bytes(a, 1000, "een invoerbestand")


def test_te_lang_pad_noemt_de_echte_lengte(tmp_path):
    naam = "x" * 5000 + ".json"
    with pytest.raises(Weigering) as fout:
        lees_bytes(tmp_path / naam, 1000, "een invoerbestand")
    assert "5005 tekens" in str(fout.value)
    diep = tmp_path.joinpath(*["d" * 200] * 30, "p.json")   # every part fits, the whole path does not
    with pytest.raises(Weigering) as fout:
        lees_bytes(diep, 1000, "een invoerbestand")
    assert f"({len(str(diep))} tekens)" in str(fout.value)


def test_vierduizend_cijfers_in_json(tmp_path):
    from model.io.jsonbestand import laad_json
    pad = tmp_path / "p.json"
    pad.write_text('{"a": ' + "9" * 4000 + "}")
    with pytest.raises(Weigering, match="onredelijk groot"):
        laad_json(pad, 1024 * 1024, "een project")
    pad.write_text('{"a": ' + "9" * 15 + "}")
    assert laad_json(pad, 1024 * 1024, "een project") == {"a": 999_999_999_999_999}


# ---------------------------------------------------------------- parameter sets

def _set(tmp_path, tekst: str) -> Path:
    pad = tmp_path / "set.toml"
    pad.write_text(tekst, encoding="utf-8")
    return pad


@pytest.mark.parametrize("inhoud, woord", [
    ('[set]\nid = "x"\neerste_jaar = -1000000000\nlaatste_jaar = 1000000000\n', "buiten 2000–2100"),
    ("a = " + "[" * 100_000 + "]" * 100_000 + "\n", "diep genest"),
    ("[set]\nid = 'x'\neerste_jaar = " + "9" * 4000 + "\n", "eerste_jaar"),
])
def test_vijandige_parameterset(tmp_path, inhoud, woord):
    from model.io.parameterbestand import lees_parameterbestand
    from model.parameters import ParameterFout
    with pytest.raises(ParameterFout, match=woord):
        lees_parameterbestand(_set(tmp_path, inhoud))


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="geen /dev/zero")
def test_parameterset_dev_zero():
    from model.io.parameterbestand import lees_parameterbestand
    from model.parameters import ParameterFout
    with pytest.raises(ParameterFout, match="geen gewoon bestand"):
        lees_parameterbestand("/dev/zero")


def test_meegeleverde_parameterset_gaat_door_de_poort(tmp_path):
    from model.io.parameterbestand import lees_parameterbestand
    from model.paden import resource_pad
    from model.parameters import STANDAARD_SET
    pad = resource_pad("parametersets", f"{STANDAARD_SET}.toml")
    assert lees_parameterbestand(pad).id == STANDAARD_SET


# ---------------------------------------------------------------- logos

def test_logo_afgebroken_of_te_groot(tmp_path):
    from model.export import ExportFout
    from model.export.bijlage import lees_logo
    from tests.export.hulp import maak_png
    goed = maak_png(40, 20)
    (tmp_path / "goed.png").write_bytes(goed)
    assert lees_logo(tmp_path / "goed.png").inhoud == goed
    (tmp_path / "kapot.png").write_bytes(goed[:-20])
    with pytest.raises(ExportFout, match="afgebroken"):
        lees_logo(tmp_path / "kapot.png")
    (tmp_path / "kort.png").write_bytes(maak_png(40, 20, beeld=b"\x00" * 10))
    with pytest.raises(ExportFout, match="onvolledig"):
        lees_logo(tmp_path / "kort.png")
    # 13000 × 13000 RGBA announced in the header: refused before anything is inflated
    (tmp_path / "groot.png").write_bytes(maak_png(13000, 13000, kleur=6, beeld=b""))
    with pytest.raises(ExportFout, match="13000 × 13000"):
        lees_logo(tmp_path / "groot.png")
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pijp.png")
        with pytest.raises(ExportFout, match="geen gewoon bestand"):
            lees_logo(tmp_path / "pijp.png")
