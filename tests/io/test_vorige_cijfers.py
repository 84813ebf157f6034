"""Sheet Vorige cijfers (INVOER §2, v3): the comparison columns of the BBV overview, read strictly and never as 0."""
from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from model.io.invoerbestand import lees_invoerbestand
from tests.io.bouw import kopie, schrijf, voorbeeld_grid

KOP = ["Onderdeel", "Rekening 2024", "Begroting 2025 na wijziging"]   # the Voorbeeldgemeente's basisjaar is 2026


def _met_vorige(rijen, kop=KOP):
    g = kopie(voorbeeld_grid())
    g["Vorige cijfers"] = [["Vergelijkende cijfers"], kop, *rijen]
    return g


def _lees(grid, pad):
    return lees_invoerbestand(schrijf(grid, pad))


@pytest.mark.parametrize("ext", [".xlsx", ".ods"])
def test_bedragen_per_regel_en_leeg_blijft_leeg(tmp_path, ext):
    invoer, bevindingen = _lees(_met_vorige([
        ["Rijksbijdrage beschut werk (IU Participatie)", 180000, "190.500"],
        ["lasten_lks_beschut", None, 400000],                        # a key is a name too; an empty cell stays empty
        ["Geraamd resultaat (+ = voordelig)", "-12.000", 5000],
        ["Doorbetaling impulsbudget", None, None],                   # a row without amounts is no row
    ]), tmp_path / f"v{ext}")
    assert [b.tekst() for b in bevindingen if b.is_fout] == []
    assert dict(invoer.vorige_cijfers) == {"iu_beschut_werk": (180000.0, 190500.0),
                                           "lasten_lks_beschut": (None, 400000.0),
                                           "saldo_na_bestemming": (-12000.0, 5000.0)}


@pytest.mark.parametrize("kop, cel, deel", [
    (["Onderdeel", "Rekening 2023", "Begroting 2025 na wijziging"], "B2", "verwacht 'Rekening 2024'"),
    (["Onderdeel", "Rekening 2024", "Begroting 2026 na wijziging"], "C2", "verwacht 'Begroting 2025 na wijziging'"),
])
def test_kop_met_het_verkeerde_jaar_is_een_fout_met_de_cel(tmp_path, kop, cel, deel):
    invoer, bevindingen = _lees(_met_vorige([["Totaal baten", 1, 2]], kop), tmp_path / "v.xlsx")
    assert invoer is None
    fout = next(b for b in bevindingen if b.is_fout)
    assert fout.blad == "Vorige cijfers" and fout.cel == cel and deel in fout.tekst()


def test_ontbrekende_kolom_onbekende_regel_en_geen_getal(tmp_path):
    invoer, bevindingen = _lees(_met_vorige([["Totaal baten", 1, 2]], ["Onderdeel", "Rekening 2024"]),
                                tmp_path / "a.xlsx")
    assert invoer is None and any("ontbreekt de kolom 'Begroting 2025 na wijziging'" in b.tekst() for b in bevindingen)
    invoer, bevindingen = _lees(_met_vorige([["Rijksbijdrage onbekend", 1, 2], ["Totaal baten", "veel", 2]]),
                                tmp_path / "b.xlsx")
    assert invoer is None
    teksten = [b.tekst() for b in bevindingen if b.is_fout]
    assert any("Onbekend onderdeel 'Rijksbijdrage onbekend'" in t and "cel A3" in t for t in teksten)
    assert any("cel B4" in t for t in teksten)


def test_json_en_project_bewaren_de_vorige_cijfers(tmp_path):
    from model.invoer import naar_dict, uit_dict, voorbeeldgemeente
    invoer = voorbeeldgemeente().met(vorige_cijfers={"iu_wsw": (3_000_000.0, None)})
    terug, bevindingen = uit_dict(naar_dict(invoer))
    assert terug.vorige_cijfers == {"iu_wsw": (3_000_000.0, None)}
    data = naar_dict(invoer)
    data["vorige_cijfers"] = {"iu_wsw": [0, True]}
    assert uit_dict(data)[0] is None
    data["vorige_cijfers"] = {"bestaat_niet": [1, 2]}
    assert uit_dict(data)[0] is None


def test_vergelijkende_kolommen_in_het_overzicht(tmp_path):
    """Two columns left of the years: the given amounts, an absent line empty (never 0)."""
    from model.export import EigenBijlage, bouw_pdf, stel_samen
    from tests.export.hulp import DATUM
    invoer, _ = _lees(_met_vorige([["Rijksbijdrage beschut werk (IU Participatie)", 180000, 190500],
                                   ["Loonkostensubsidie beschut werk", None, 400000]]), tmp_path / "v.xlsx")
    b = stel_samen(invoer, eigen=EigenBijlage(datum=DATUM))
    overzicht = " ".join(PdfReader(io.BytesIO(bouw_pdf(b.resultaat, b.opties))).pages[1].extract_text().split())
    assert "Rekening 2024 Begroting 2025 na wijziging 2026 2027 2028 2029" in overzicht
    from model.opmaak import getal
    r = b.resultaat
    assert f"Rijksbijdrage beschut werk (IU Participatie) 0.7 180.000 190.500 {getal(r.waarde('iu_beschut_werk', 2026))}" \
        in overzicht
    assert f"Loonkostensubsidie beschut werk * 6.3 400.000 {getal(r.waarde('lasten_lks_beschut', 2026))}" in overzicht
    # an absent line: straight from its taakveld to the first year
    assert f"Tijdelijke ophoging LKS beschut werk 0.7 {getal(r.waarde('iu_beschut_lks_overbrugging', 2026))}" \
        in overzicht
    # the kernboodschap names the largest change against the begroting 2025 na wijziging
    verschil = r.waarde("lasten_lks_beschut", 2026) - 400000
    assert (f"De grootste verandering ten opzichte van de begroting 2025 na wijziging is loonkostensubsidie beschut "
            f"werk: € {getal(r.waarde('lasten_lks_beschut', 2026))} in 2026 tegen € 400.000, € {getal(-verschil)} "
            "lager.") in overzicht


def test_sjabloon_schrijft_vorige_cijfers_en_risicos_en_leest_ze_ongebruikt_terug(tmp_path):
    """(INVOER §4 v3) The sjabloon writes the optional sheets with their headers; left without amounts, Vorige cijfers
    is not input (no error for its JJJJ headers) and Risico's adds nothing; the example still reads back."""
    from openpyxl import load_workbook

    from model.invoer import voorbeeldgemeente
    from model.io.invoerbestand import lees_invoerbestand
    from model.io.risicoblad import lees_risicoinvoer
    from model.io.sjabloon import schrijf_sjabloon
    leeg, voorbeeld = tmp_path / "leeg.xlsx", tmp_path / "voorbeeld.xlsx"
    schrijf_sjabloon(leeg)
    schrijf_sjabloon(voorbeeld, voorbeeldgemeente())
    wb = load_workbook(leeg)
    assert {"Vorige cijfers", "Risico's"} <= set(wb.sheetnames)
    kop = [c.value for c in wb["Vorige cijfers"][next(r for r in range(1, 12) if wb["Vorige cijfers"].cell(r, 1).value == "Onderdeel")]]
    assert kop[:3] == ["Onderdeel", "Rekening JJJJ", "Begroting JJJJ na wijziging"]
    invoer, bevindingen = lees_invoerbestand(voorbeeld)
    assert invoer is not None and invoer.vorige_cijfers == {} and not any(b.blad == "Vorige cijfers" for b in bevindingen)
    assert lees_risicoinvoer(voorbeeld).rijen == [] and not lees_risicoinvoer(voorbeeld).fouten
    _, leeg_bevindingen = lees_invoerbestand(leeg)
    assert not any(b.blad == "Vorige cijfers" for b in leeg_bevindingen)
    kopw = load_workbook(voorbeeld)["Vorige cijfers"]
    teksten = {c.value for rij in kopw.iter_rows() for c in rij}
    assert "Rekening 2024" in teksten and "Begroting 2025 na wijziging" in teksten
