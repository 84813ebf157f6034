"""The circulaire history in the input (INVOER §2, v2): newest edition per year in use, older rows kept."""
from __future__ import annotations

import json

from model.circulaire import CirculaireRij, Editie, nieuwste_per_jaar
from model.invoer import met_circulairerijen, naar_dict, stand_per, uit_dict, valideer, voorbeeldgemeente

MEI_2025 = CirculaireRij(2025, "meicirculaire 2025", (("circ_beschut", 200_000.0), ("circ_wsw", 3_400_000.0)))


def met_historie():
    v = voorbeeldgemeente()
    return met_circulairerijen(v, v.circulairerijen() + (MEI_2025,))


def test_nieuwste_per_jaar_op_editievolgorde():
    dec = CirculaireRij(2026, "decembercirculaire 2025", ())
    mei = CirculaireRij(2026, "meicirculaire 2026", ())
    sept = CirculaireRij(2026, "septembercirculaire 2025", ())
    nieuwste, ouder = nieuwste_per_jaar([mei, sept, dec])
    assert nieuwste == (mei,)
    assert ouder == (sept, dec)


def test_geschiedenis_rondgang_en_zonder_geschiedenis_gelijk():
    v = voorbeeldgemeente()
    assert met_circulairerijen(v, v.circulairerijen()) == v
    h = met_historie()
    assert h.eerdere_circulaires == (MEI_2025,)
    assert h.reeks("circ_beschut") == v.reeks("circ_beschut") and h.edities == v.edities
    assert h.circulairerijen()[0] == MEI_2025
    assert valideer(h) == valideer(v)


def test_json_met_en_zonder_geschiedenis():
    v = voorbeeldgemeente()
    assert "eerdere_circulaires" not in naar_dict(v)        # files without history look as before
    h = met_historie()
    data = json.loads(json.dumps(naar_dict(h)))
    assert data["eerdere_circulaires"] == [
        {"jaar": 2025, "editie": "meicirculaire 2025", "bedragen": {"circ_beschut": 200000.0, "circ_wsw": 3400000.0}}]
    terug, bevindingen = uit_dict(data)
    assert terug == h, bevindingen


def test_json_ongeldige_geschiedenis_is_een_fout():
    data = naar_dict(voorbeeldgemeente())
    data["eerdere_circulaires"] = [{"jaar": 2025, "editie": "maart 2025", "bedragen": {}}]
    invoer, bevindingen = uit_dict(data, "x.json")
    assert invoer is None
    assert any(b.melding.startswith("Ongeldige eerdere circulaire-rij in x.json") for b in bevindingen)


def test_eerdere_rij_niet_ouder_dan_de_gebruikte_is_een_fout():
    data = naar_dict(voorbeeldgemeente())
    data["eerdere_circulaires"] = [{"jaar": 2026, "editie": "decembercirculaire 2026", "bedragen": {}}]
    invoer, bevindingen = uit_dict(data)
    assert invoer is None
    [fout] = [b for b in bevindingen if b.is_fout]
    assert fout.melding == ("Circulaire 2026: een eerdere rij (decembercirculaire 2026) past niet bij de gebruikte "
                            "editie (meicirculaire 2026); per jaar komt elke editie één keer voor, een jaar zonder "
                            "editie maar één keer.")


def test_stand_per():
    h = met_historie()
    mei = stand_per(h, Editie(2025, 5))
    assert dict(mei.reeks("circ_beschut")) == {2025: 200_000.0}
    assert dict(mei.reeks("circ_si")) == {}                    # not in the meicirculaire 2025 row
    assert dict(mei.edities) == {2025: "meicirculaire 2025"}
    assert stand_per(h, Editie(2024, 12)).circulairerijen() == ()
    assert stand_per(h, Editie(2026, 5)) == h
    # everything but the circulaire stays as it was
    assert mei.reeks("gerealiseerd") == h.reeks("gerealiseerd") and mei.begeleiding_per_plek == h.begeleiding_per_plek


def test_rij_zonder_editie_staat_in_elke_stand():
    v = voorbeeldgemeente()
    zonder = met_circulairerijen(v, [CirculaireRij(2026, None, (("circ_beschut", 1.0),))])
    assert dict(stand_per(zonder, Editie(2024, 5)).reeks("circ_beschut")) == {2026: 1.0}
