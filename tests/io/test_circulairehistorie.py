"""Circulaire history on sheet Circulaire (INVOER §2, v2): several rows per year with different editions."""
from __future__ import annotations

import pytest

from model.berekening import bereken
from model.circulaire import Editie
from model.invoer import stand_per, voorbeeldgemeente
from model.io.werkboek import lees_werkboek
from tests.io.bouw import kopie, schrijf, voorbeeld_grid

MEI_2025_RIJ = [2025, "meicirculaire 2025", 200_000.0, 120_000.0, 525_000.0, 3_400_000.0]


@pytest.fixture(scope="module")
def basis():
    return voorbeeld_grid()


@pytest.fixture
def lees(tmp_path):
    teller = iter(range(1000))

    def _lees(grid, ext=".xlsx"):
        return lees_werkboek(schrijf(grid, tmp_path / f"historie{next(teller)}{ext}"))
    return _lees


def met_rijen(grid, *rijen):
    g = kopie(grid)
    g["Circulaire"].extend(list(r) for r in rijen)
    return g


@pytest.mark.parametrize("ext", [".xlsx", ".ods"])
def test_oudere_editie_is_historie_en_de_nieuwste_telt(basis, lees, ext):
    # the older meicirculaire 2025 row stands *below* the septembercirculaire: order on the sheet does not matter
    invoer, bevindingen = lees(met_rijen(basis, MEI_2025_RIJ), ext)
    assert invoer is not None, [b.melding for b in bevindingen]
    voorbeeld = voorbeeldgemeente()
    # the calculation's view is unchanged: newest edition per year
    assert invoer.reeks("circ_beschut") == voorbeeld.reeks("circ_beschut")
    assert invoer.edities == voorbeeld.edities
    [eerder] = invoer.eerdere_circulaires
    assert (eerder.jaar, eerder.editie, eerder.bedrag("circ_beschut")) == (2025, "meicirculaire 2025", 200_000.0)
    assert bereken(invoer).regels == bereken(voorbeeld).regels
    assert [e.tekst for e in invoer.circulaire_edities()] == [
        "meicirculaire 2025", "septembercirculaire 2025", "meicirculaire 2026"]


def test_stand_per_editie_houdt_alleen_oudere_rijen(basis, lees):
    invoer, _ = lees(met_rijen(basis, MEI_2025_RIJ))
    mei = stand_per(invoer, Editie(2025, 5))
    # as of the meicirculaire 2025: 2025 from that edition, 2026 not yet published
    assert dict(mei.reeks("circ_beschut")) == {2025: 200_000.0}
    assert dict(mei.edities) == {2025: "meicirculaire 2025"}
    assert mei.eerdere_circulaires == ()
    sept = stand_per(invoer, Editie(2025, 9))
    assert dict(sept.reeks("circ_beschut")) == {2025: 218_900.0}
    assert [r.editie for r in sept.eerdere_circulaires] == ["meicirculaire 2025"]
    # as of the newest edition: the input itself
    assert stand_per(invoer, Editie(2026, 12)) == invoer


def test_zelfde_jaar_en_editie_twee_keer_noemt_beide_rijen(basis, lees):
    rij = [2026, "mei 2026", 1.0, None, None, None]   # another spelling of the same edition
    invoer, bevindingen = lees(met_rijen(basis, rij))
    assert invoer is None
    [fout] = [b for b in bevindingen if b.is_fout]
    assert fout.melding == ("Jaar 2026 met editie meicirculaire 2026 staat twee keer in blad Circulaire, in cel A5 en "
                            "cel A6; laat één rij per jaar en editie staan.")
    assert fout.cel == "A6"


def test_jaar_zonder_editie_mag_maar_een_keer(basis, lees):
    invoer, bevindingen = lees(met_rijen(basis, [2026, None, 1.0, None, None, None]))
    assert invoer is None
    [fout] = [b for b in bevindingen if b.is_fout]
    assert fout.melding == ("Jaar 2026 staat twee keer in blad Circulaire, in cel A5 en cel A6, en niet elke rij noemt "
                            "de editie; vul bij elke rij van dit jaar de editie in of laat één rij staan.")
    # the same the other way round: an undated row first, then a dated one
    g = kopie(basis)
    g["Circulaire"][4][1] = None
    invoer, bevindingen = lees(met_rijen(g, [2026, "septembercirculaire 2026", 1.0, None, None, None]))
    assert invoer is None
    assert "in cel A5 en cel A6, en niet elke rij noemt de editie" in [b for b in bevindingen if b.is_fout][0].melding


def test_jaar_zonder_editie_een_keer_blijft_gewoon(basis, lees):
    g = kopie(basis)
    g["Circulaire"][4][1] = None
    invoer, bevindingen = lees(g)
    assert invoer is not None
    assert dict(invoer.edities) == {2025: "septembercirculaire 2025"}
    assert invoer.reeks("circ_beschut")[2026] == 242_500.0


def test_andere_jaarbladen_houden_een_rij_per_jaar(basis, lees):
    g = kopie(basis)
    g["Meerjarig"].append(list(g["Meerjarig"][3]))
    invoer, bevindingen = lees(g)
    assert invoer is None
    assert any("staat twee keer in blad Meerjarig" in b.melding and "laat één rij per jaar staan" in b.melding
               for b in bevindingen if b.is_fout)


def test_nieuwste_rij_telt_als_geheel(basis, lees):
    # the septembercirculaire 2026 gives only the beschut-werk amount for 2026: the other 2026 amounts are
    # "not published" in that edition, even though the meicirculaire 2026 gave them (whole rows compete)
    invoer, _ = lees(met_rijen(basis, [2026, "sept. 2026", 250_000.0, None, None, None]))
    assert invoer.reeks("circ_beschut")[2026] == 250_000.0
    assert 2026 not in invoer.reeks("circ_si")
    assert invoer.edities[2026] == "septembercirculaire 2026"
