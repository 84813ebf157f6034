"""Atomic writes: complete or nothing, ordinary permissions, Dutch errors."""
from __future__ import annotations

import os

import pytest

from model.io.atomair import SchrijfFout, schrijf_atomair


def test_nieuw_bestand_krijgt_gewone_rechten(tmp_path):
    pad = tmp_path / "uit.json"
    schrijf_atomair(pad, b"{}")
    umask = os.umask(0)
    os.umask(umask)
    assert pad.stat().st_mode & 0o777 == 0o666 & ~umask
    assert [p.name for p in tmp_path.iterdir()] == ["uit.json"]


def test_bestaand_bestand_houdt_zijn_rechten(tmp_path):
    pad = tmp_path / "uit.json"
    pad.write_bytes(b"oud")
    pad.chmod(0o640)
    schrijf_atomair(pad, b"nieuw")
    assert pad.read_bytes() == b"nieuw" and pad.stat().st_mode & 0o777 == 0o640


def test_ontbrekende_map_geeft_een_zin_en_geen_restanten(tmp_path):
    with pytest.raises(SchrijfFout) as fout:
        schrijf_atomair(tmp_path / "geen" / "uit.json", b"x")
    assert "bestaat niet" in str(fout.value)
    assert list(tmp_path.iterdir()) == []
