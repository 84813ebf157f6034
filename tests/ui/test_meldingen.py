"""Nothing hidden (issue 11.4/11.6) and old projects (issue 9.11): the status-bar note on filled-in
values, the info findings in Bevindingen, and the notice of a project recalculated with newer rules."""
from __future__ import annotations

import json

from model.invoer import naar_dict, voorbeeldgemeente
from model.project import Project


def _volledig():
    """The Voorbeeldgemeente with nothing left for the model to fill in or default."""
    v = voorbeeldgemeente().met(lks_pct_loonwaarde=0.52)
    for sleutel in ("taakstelling", "gerealiseerd", "positief_advies", "plekken_si"):
        reeks = dict(v.reeks(sleutel))
        reeks[2029] = reeks[2028]
        v = v.met_reeks(sleutel, reeks)
    return v


def test_statusbalk_meldt_aangevulde_waarden_en_opent_ze(venster):
    notitie = venster.aanvulling
    info = [w for w in venster.resultaat.waarschuwingen if w.ernst == "info"]
    assert info and not notitie.isHidden()
    assert notitie.text() == "Bevat aangevulde waarden — zie Bevindingen"
    assert "Taakstelling beschut werk 2029 niet ingevuld" in notitie.toolTip()
    assert all(w.tekst in notitie.toolTip() for w in info)
    assert venster.bevindingenview.aanvulling.isHidden()       # quiet until asked for
    notitie.click()
    assert venster.tabs.currentWidget() is venster.bevindingenview
    view = venster.bevindingenview
    assert view.aanvulling_knop.isChecked() and not view.aanvulling.isHidden()
    assert view.aanvulling.model().rowCount() == len(info)
    # the warnings table holds no info rows
    assert view.model.model().rowCount() == len(venster.resultaat.waarschuwingen) - len(info)


def test_geen_notitie_als_niets_is_aangevuld(maak_venster):
    venster = maak_venster(project=Project.nieuw(_volledig()))
    assert not [w for w in venster.resultaat.waarschuwingen if w.ernst == "info"]
    assert venster.aanvulling.isHidden()
    venster.tabs.setCurrentWidget(venster.bevindingenview)
    assert venster.bevindingenview.aanvulling_knop.isHidden()
    # an edit that leaves a value to the model brings the note back
    m = venster.aannames.invoer
    rij = [f.sleutel for f in m.VELDEN].index("lks_pct_loonwaarde")
    assert venster.bewerk("leeg", venster.project.met_invoerveld("lks_pct_loonwaarde", None))
    assert not venster.aanvulling.isHidden() and "LKS-percentage loonwaarde" in venster.aanvulling.toolTip()
    assert m.index(rij, 2).data() == ""


def _v1_project(pad):
    """A project file as rules version 1 wrote it (parameter set landelijk-2026-11)."""
    data = {
        "schema": "infraraming-project", "versie": 1, "parameterset": "landelijk-2026-11",
        "invoer": naar_dict(voorbeeldgemeente().met(naam="Oudgemeente")),
        "scenarios": [{"naam": "Basis", "overrides": []},
                      {"naam": "Eigen", "omschrijving": "mijn scenario", "overrides": [
                          {"soort": "parameter", "sleutel": "lpo", "waarde": 0.03},
                          {"soort": "parameter", "sleutel": "bw_lks_overbrugging_per_plek", "waarde": 3000}]}],
        "actief": "Eigen",
    }
    pad.write_text(json.dumps(data), encoding="utf-8")
    return pad


def test_oud_project_openen_toont_de_melding_eenmaal(venster, tmp_path, antwoorden):
    pad = _v1_project(tmp_path / "oud.infraraming")
    assert venster.meldingbalk.isHidden()
    assert venster.bestanden.open_project(str(pad))
    assert venster.project.invoer.naam == "Oudgemeente" and venster.project.toestand.actief == "Eigen"
    balk = venster.meldingbalk
    assert not balk.isHidden()
    tekst = balk.tekst.text()
    assert "oud.infraraming is gemaakt met rekenregels versie 1 (parameterset landelijk-2026-11)" in tekst
    assert "rekenregels versie 3 (parameterset landelijk-2027-01)" in tekst
    assert "bw_lks_overbrugging_per_plek is vervallen" in tekst
    assert antwoorden.meldingen == [] and antwoorden.vragen == []       # nothing modal
    assert venster.project.meldingen == []                             # shown once
    assert venster.gewijzigd and venster.isWindowModified()             # saving keeps the new version
    balk.sluiten.click()
    assert balk.isHidden()
    venster.herbereken()
    assert balk.isHidden()
    # saved in the new version, it opens without a notice
    assert venster.bestanden.opslaan()
    assert venster.bestanden.open_project(str(pad))
    assert venster.meldingbalk.isHidden()


def test_oud_project_bij_het_starten_blokkeert_niet(maak_venster, tmp_path, antwoorden):
    from ui.instellingen import Instellingen
    pad = _v1_project(tmp_path / "laatste.infraraming")
    Instellingen(tmp_path / "instellingen.ini", tmp_path / "data").laatste_project = str(pad)
    venster = maak_venster()
    assert venster.project.invoer.naam == "Oudgemeente"
    assert not venster.meldingbalk.isHidden()
    assert "rekenregels versie 1" in venster.meldingbalk.tekst.text()
    assert antwoorden.meldingen == [] and antwoorden.vragen == []
    assert venster.gewijzigd
    # a project without notices hides the bar again
    venster.vervang_project(Project.voorbeeld())
    assert venster.meldingbalk.isHidden()
