"""What the app writes, it reads back: every edit the Aannames table accepts at its range limits, many
scenarios with long names, and the annex settings survive a save and a reopen identically; what the
reader would refuse is refused as an edit, with the sentence in the editor."""
from __future__ import annotations

import pytest

from model.io.project import lees_project
from model.parameters import standaard_parameterset


def _heropend(venster, tmp_path, naam="p.infraraming"):
    pad = tmp_path / naam
    assert venster.bestanden.opslaan_als(str(pad)), venster.aannames.melding.text()
    return lees_project(pad)


def _grenzen_van_invoervelden(m):
    """(row, value) at each numeric field's own limits; the samenwerkingsverband counts both ways."""
    for rij, veld in enumerate(m.VELDEN):
        if veld.soort in ("janee", "regio"):
            continue
        for waarde in (veld.minimum, veld.maximum):
            if waarde is not None:
                yield rij, veld, waarde


def test_invoervelden_op_hun_grenzen_worden_geweigerd_of_heropend(venster, tmp_path, antwoorden):
    m = venster.aannames.invoer
    geaccepteerd, geweigerd = 0, 0
    antwoorden.twijfel = "ja"
    for rij, veld, waarde in _grenzen_van_invoervelden(m):
        voor = venster.project.toestand
        if m.setData(m.index(rij, 2), waarde):
            geaccepteerd += 1
            heropend = _heropend(venster, tmp_path)
            assert heropend.toestand.scenarios == venster.project.toestand.scenarios, veld.sleutel
        else:
            geweigerd += 1
            assert venster.project.toestand is voor
            assert venster.aannames.melding.text(), veld.sleutel
    assert geaccepteerd   # the limits of most fields are plain edits


@pytest.mark.parametrize("sleutel, waarde", [("dgr_samenwerkingsverband", 2000), ("dgr_samenwerkingsverband", 0),
                                             ("dgr_gemeente", 5000)])
def test_doelgroepenregister_dat_niet_meer_past_wordt_als_aanpassing_geweigerd(venster, tmp_path, sleutel, waarde):
    """The reported cases: accepted by the table, saved, then refused on open ('ongeldige waarde')."""
    m = venster.aannames.invoer
    rij = [v.sleutel for v in m.VELDEN].index(sleutel)
    voor = venster.project.toestand
    assert not m.setData(m.index(rij, 2), waarde)
    assert venster.project.toestand is voor and venster.undo.count() == 0
    assert "oelgroepenregister" in venster.aannames.melding.text()
    assert _heropend(venster, tmp_path).toestand.scenarios == voor.scenarios


def test_parameters_op_hun_grenzen_heropenen_identiek(venster, tmp_path, antwoorden):
    antwoorden.twijfel = "ja"
    m = venster.aannames.parameters
    ps = standaard_parameterset()
    for rij, sleutel in enumerate(m.sleutels):
        laag, hoog = ps.parameter(sleutel).bereik
        for waarde in (laag, hoog):
            m.setData(m.index(rij, 2), waarde)
    assert venster.project.actief_scenario.overrides
    heropend = _heropend(venster, tmp_path)
    assert heropend.toestand.scenarios == venster.project.toestand.scenarios


def test_250_scenarios_met_lange_namen_heropenen_identiek(venster, tmp_path):
    from model.scenario import MAX_NAAM
    project = venster.project
    t = project.toestand
    for i in range(250):
        project.toestand = project.met_nieuw_scenario(f"{i:03d} " + "x" * (MAX_NAAM - 4))
    assert len(project.toestand.scenarios) == 256
    assert _heropend(venster, tmp_path).toestand.scenarios == project.toestand.scenarios
    from model.project import ProjectFout
    with pytest.raises(ProjectFout, match="hoogstens 200 tekens"):
        project.met_hernoemd(project.toestand.actief, "y" * (MAX_NAAM + 1))
    # a copy of a scenario with a name at the limit gets a name that still fits
    kopie = project.met_nieuw_scenario(kopie_van=project.toestand.actief)
    assert len(kopie.actief) <= MAX_NAAM
    project.toestand = t


def test_bijlage_instellingen_overleven_opslaan_en_openen(venster, tmp_path):
    from datetime import date

    from model.export import EigenBijlage, Logo
    from model.export.bijlage import eigen_naar_project, eigen_uit_project, secties_uit_project
    from tests.export.hulp import maak_png
    eigen = EigenBijlage("Bijlage 4 bij de begroting 2027", "Eerste alinea.\n\nTweede alinea.", Logo(maak_png(8, 4)),
                         True, date(2026, 11, 23))
    ui = eigen_naar_project(venster.project.ui, eigen)
    ui["bijlage_onderdelen"] = ["samenvatting", "bevindingen"]
    venster.project.ui = ui
    heropend = _heropend(venster, tmp_path)
    assert eigen_uit_project(heropend.ui) == eigen
    assert secties_uit_project(heropend.ui) == ("samenvatting", "bevindingen")
    # and the next save keeps them (they were erased before)
    venster.vervang_project(heropend)
    assert eigen_uit_project(_heropend(venster, tmp_path, "q.infraraming").ui) == eigen


def test_beschadigd_logo_in_een_project_valt_weg_met_een_melding(venster, tmp_path):
    import base64
    import json

    from model.export.bijlage import eigen_uit_project
    from tests.export.hulp import maak_png
    pad = tmp_path / "p.infraraming"
    assert venster.bestanden.opslaan_als(str(pad))
    data = json.loads(pad.read_text(encoding="utf-8"))
    data["ui"]["bijlage"] = {"titel": "T", "logo": base64.b64encode(maak_png()[:-20]).decode(), "logo_soort": "png"}
    pad.write_text(json.dumps(data), encoding="utf-8")
    project = lees_project(pad)
    assert eigen_uit_project(project.ui).titel == "T" and eigen_uit_project(project.ui).logo is None
    assert any("zonder logo" in m for m in project.meldingen)


def test_schrijver_schrijft_niet_wat_de_lezer_weigert(venster, tmp_path, antwoorden):
    from dataclasses import replace

    from model.scenario import INVOER, Override
    pad = tmp_path / "p.infraraming"
    assert venster.bestanden.opslaan_als(str(pad))
    inhoud = pad.read_bytes()
    t = venster.project.toestand
    kapot = t.basis.met_override(Override(INVOER, "ontvangt_impulsbudget", "nee"))   # never made by the app
    venster.project.toestand = replace(t, scenarios=tuple(kapot if s.is_basis else s for s in t.scenarios))
    assert not venster.bestanden.opslaan()
    titel, tekst = antwoorden.meldingen[-1]
    assert titel == "Opslaan" and "niet meer kunnen openen" in tekst and "ja of nee" in tekst
    assert pad.read_bytes() == inhoud
    venster.project.toestand = t
