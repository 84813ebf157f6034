"""The typed input: validation findings in Dutch, JSON round trip, defaults."""
from __future__ import annotations

import json

from model.invoer import Lid, lees_json, maak_invoer, naar_dict, uit_dict, valideer


def _codes(bevindingen):
    return [(b.ernst, b.veld) for b in bevindingen]


def test_voorbeeldgemeente_is_geldig_en_volledig(voorbeeld):
    assert valideer(voorbeeld) == []
    assert voorbeeld.basisjaar == 2026 and voorbeeld.ontvangt_impulsbudget
    assert voorbeeld.wsw_se_basis == 118.5 and voorbeeld.lks_percentage == 0.57
    assert [l.gemeente for l in voorbeeld.samenwerkingsverband] == ["Voorbeeldgemeente", "Noordrand", "Oosthoek",
                                                                    "Zuiderveld"]
    assert dict(voorbeeld.reeks("duurzame_werkplekken"))[2033] == 350_000


def test_json_heen_en_terug(voorbeeld, tmp_path):
    from model.io.invoerbestand import schrijf_json
    pad = tmp_path / "invoer.json"
    schrijf_json(voorbeeld, pad)
    terug, bevindingen = lees_json(pad)
    assert bevindingen == [] and terug == voorbeeld


def test_bereiken_en_verplichte_velden():
    inv = maak_invoer({"taakstelling": {2026: 5.0, 2027: -1.0}}, naam=" ", basisjaar=2040, cbs_code="0200",
                      contracturen=60.0, lks_percentage=1.5, arbeidsmarktregio="Atlantis")
    b = valideer(inv)
    assert ("fout", "naam") in _codes(b)
    assert ("fout", "basisjaar") in _codes(b)
    assert ("fout", "cbs_code") in _codes(b)
    assert ("fout", "contracturen") in _codes(b)
    assert ("fout", "lks_percentage") in _codes(b)
    assert ("waarschuwing", "arbeidsmarktregio") in _codes(b)
    negatief = next(x for x in b if x.veld == "taakstelling")
    assert negatief.jaar == 2027 and negatief.blad == "Meerjarig" and "negatief" in negatief.melding
    basisjaar = next(x for x in b if x.veld == "basisjaar")
    assert basisjaar.blad == "Gemeente" and basisjaar.label == "Basisjaar" and "2025" in basisjaar.verwacht


def test_lege_kosten_geven_een_waarschuwing():
    inv = maak_invoer({"taakstelling": {2026: 5.0}}, naam="X", basisjaar=2026)
    b = valideer(inv)
    assert ("waarschuwing", "begeleiding_per_plek") in _codes(b)
    assert ("waarschuwing", "overhead_per_plek") in _codes(b)
    assert not any(x.is_fout for x in b)


def test_ledensom_moet_kloppen():
    inv = maak_invoer({"taakstelling": {2026: 5.0}}, naam="X", basisjaar=2026, dgr_gemeente=10,
                      dgr_samenwerkingsverband=100, samenwerkingsverband=(Lid("X", 10), Lid("Y", 80)))
    [fout] = [x for x in valideer(inv) if x.veld == "samenwerkingsverband"]
    assert fout.is_fout and "90" in fout.melding and "100" in fout.melding and fout.blad == "Samenwerkingsverband"


def test_json_met_fouten_meldt_alles_tegelijk():
    data = {"gemeente": {"naam": 12, "basisjaar": "2026", "inwoners": 5},
            "reeksen": {"taakstelling": {"2026": "veel"}, "onzin": {}}}
    invoer, b = uit_dict(data, "test.json")
    assert invoer is None
    meldingen = " ".join(x.melding for x in b)
    assert "Naam gemeente" in meldingen and "Basisjaar" in meldingen
    assert "Onbekend gegeven 'inwoners'" in meldingen and "Onbekende reeks 'onzin'" in meldingen
    assert "veel" in meldingen


def test_geen_json(tmp_path):
    pad = tmp_path / "x.json"
    pad.write_bytes(b"\x00\xff")
    invoer, [b] = lees_json(pad)
    assert invoer is None and "geen geldig JSON" in b.melding


def test_naar_dict_is_json(voorbeeld):
    assert json.loads(json.dumps(naar_dict(voorbeeld)))["gemeente"]["naam"] == "Voorbeeldgemeente"
