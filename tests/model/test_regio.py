"""The regional overview (SAMENWERKING §2) of a test region of four gemeenten plus a corrupt file."""
from __future__ import annotations

import io
import json
import shutil

import pytest

from model.regels import BATEN_REGELS, LASTEN_REGELS, REGEL, SLEUTELS
from model.io.regiomap import lees_regio
from model.regio import ONDERLING
from tests.regiobouw import LEDEN, bouw_regio, lid, ontvanger, schrijf

AFWIJKING = 5_000.0


@pytest.fixture(scope="module")
def regiomap(tmp_path_factory):
    map_ = tmp_path_factory.mktemp("regio")
    bouw_regio(map_, afwijking=AFWIJKING)
    return map_


@pytest.fixture(scope="module")
def regio(regiomap):
    return lees_regio(regiomap)


def _kopie(regiomap, tmp_path, zonder=("kapot.xlsx",)):
    doel = tmp_path / "map"
    shutil.copytree(regiomap, doel)
    for naam in zonder:
        (doel / naam).unlink()
    return doel


def test_de_vier_gemeenten_ingelezen_en_het_kapotte_bestand_genoemd(regio):
    assert sorted(g.naam for g in regio.gemeenten) == sorted(n for n, _, _ in LEDEN)
    assert [n.bestand for n in regio.niet_ingelezen] == ["kapot.xlsx"]
    assert "geen echt werkboek" in regio.niet_ingelezen[0].bevindingen[0]
    assert any(b.ernst == "fout" and "kapot.xlsx is niet ingelezen" in b.tekst for b in regio.bevindingen)
    assert regio.jaren == (2026, 2027, 2028, 2029)


def test_de_regels_per_gemeente_zijn_die_van_een_losse_berekening(regio, regiomap):
    from model.berekening import bereken
    from model.io.invoerbestand import lees_invoerbestand
    for g in regio.gemeenten:
        invoer, _ = lees_invoerbestand(regiomap / g.bestand)
        los = bereken(invoer, van=2026, tot=2029)
        for s in SLEUTELS:
            assert g.reeks(s) == los.regels[s], (g.naam, s)


def test_de_regionale_som_zonder_de_betalingen_tussen_de_gemeenten(regio):
    ontvanger_ = next(g for g in regio.gemeenten if g.ontvangt)
    leden = [g for g in regio.gemeenten if not g.ontvangt]
    for i, _ in enumerate(regio.jaren):
        doorbetaald = ontvanger_.reeks("doorbetaling_aan_leden")[i]
        ontvangen = sum(g.reeks("du_impulsbudget")[i] for g in leden)
        assert doorbetaald == pytest.approx(ontvanger_.reeks("ib_regio")[i] * 0.60)   # 30 + 20 + 10 %
        assert regio.onderling_lasten[i] == doorbetaald and regio.onderling_baten[i] == ontvangen
        # the impulsbudget counts once: the regional amount of the receiving gemeente
        assert regio.regels["du_impulsbudget"][i] == pytest.approx(ontvanger_.reeks("ib_regio")[i])
        assert regio.regels["doorbetaling_aan_leden"][i] == pytest.approx(0)
        som = {s: sum(g.reeks(s)[i] for g in regio.gemeenten) for s in SLEUTELS}
        assert regio.regels["saldo"][i] == pytest.approx(som["saldo"] - ontvangen + doorbetaald)
        assert regio.regels["baten_totaal"][i] == pytest.approx(som["baten_totaal"] - ontvangen)
        assert regio.regels["lasten_totaal"][i] == pytest.approx(som["lasten_totaal"] - doorbetaald)
        assert regio.regels["structureel_saldo"][i] == pytest.approx(som["structureel_saldo"])
        for s in SLEUTELS:
            if s not in ONDERLING and REGEL[s].optelbaar:   # a ratio is recomputed from its parts (test below)
                assert regio.regels[s][i] == pytest.approx(som[s])


def test_de_regionale_som_houdt_de_totalen_van_de_rekenregels(regio):
    """ONDERLING follows the totals of REKENREGELS §4.7: the regional totals are the totals of the regional lines."""
    r = regio.regels
    for i, _ in enumerate(regio.jaren):
        assert r["baten_totaal"][i] == pytest.approx(sum(r[x.sleutel][i] for x in BATEN_REGELS))
        assert r["lasten_totaal"][i] == pytest.approx(sum(r[x.sleutel][i] for x in LASTEN_REGELS))
        assert r["saldo"][i] == pytest.approx(r["baten_totaal"][i] - r["lasten_totaal"][i])
        assert r["saldo_na_bestemming"][i] == pytest.approx(r["saldo"][i] - r["toevoeging_reserve_impulsbudget"][i]
                                                            + r["onttrekking_reserve_impulsbudget"][i])
        assert r["structureel_saldo"][i] == pytest.approx(r["saldo_na_bestemming"][i] - r["incidentele_baten"][i]
                                                          + r["incidentele_lasten"][i])


def test_de_verdeling_telt_op_tot_het_regionale_bedrag_op_de_cent(regio):
    v = regio.verdeling
    assert v is not None and v.ontvangt and v.afgesproken
    ontvanger_ = next(g for g in regio.gemeenten if g.ontvangt)
    for i, j in enumerate(v.jaren):
        assert abs(sum(a.bedragen[i] for a in v.leden) - v.regionaal[i]) < 0.005
        if j in regio.jaren:
            assert v.regionaal[i] == ontvanger_.reeks("ib_regio")[regio.jaren.index(j)]


def test_een_afwijkende_doorbetaling_wordt_genoemd_met_het_verschil(regio):
    teksten = [b.tekst for b in regio.bevindingen if "doorbetaling" in b.tekst]
    assert len(teksten) == 1
    assert "Zuiderveld (zuiderveld.xlsx)" in teksten[0] and "10,00 %" in teksten[0]
    assert "geraamd is 2026: € 5.000 meer dan toegerekend" in teksten[0]
    assert not any("tellen niet op" in b.tekst for b in regio.bevindingen)


def test_json_heeft_precies_de_sleutels(regio):
    d = json.loads(json.dumps(regio.naar_json()))
    assert set(d) == {"gemeenten", "jaren", "regio", "verdeling", "bevindingen", "niet_ingelezen"}
    assert set(d["gemeenten"][0]) == {"naam", "bestand", "ontvangt", "regels"}
    assert set(d["regio"]) == {"regels"}
    assert set(d["verdeling"][0]) == {"naam", "sleutel", "bedragen"}
    assert set(d["bevindingen"][0]) == {"ernst", "tekst"}
    assert d["niet_ingelezen"] == [{"bestand": "kapot.xlsx", "bevindingen": list(regio.niet_ingelezen[0].bevindingen)}]


def test_cli_schrijft_het_overzicht_en_eindigt_met_2(regiomap, tmp_path, capsys):
    from pypdf import PdfReader
    from cli import main
    uit = tmp_path / "uit"
    uit.mkdir()
    code = main(["regio", str(regiomap), "--json", str(uit / "regio.json"), "--pdf", str(uit / "regio.pdf"),
                 "--xlsx", str(uit / "regio.xlsx"), "--per-gemeente", str(uit / "per")])
    fout = capsys.readouterr().err
    assert code == 2
    assert "Niet ingelezen: kapot.xlsx" in fout
    data = json.loads((uit / "regio.json").read_text(encoding="utf-8"))
    assert [n["bestand"] for n in data["niet_ingelezen"]] == ["kapot.xlsx"]
    tekst = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO((uit / "regio.pdf").read_bytes())).pages)
    for kop in ("Regionale som", "Per gemeente in 2026", "Verdeling impulsbudget samenwerkingsverband",
                "Geraamd resultaat per gemeente", "Bevindingen", "kapot.xlsx"):
        assert kop in tekst
    import openpyxl
    wb = openpyxl.load_workbook(uit / "regio.xlsx")
    assert wb.sheetnames == ["Regio", "Per gemeente", "Geraamd resultaat", "Verdeling", "Bevindingen"]
    assert sorted(p.name for p in (uit / "per").iterdir()) == sorted(
        f"Begrotingsbijlage {n}.{s}" for n, _, _ in LEDEN for s in ("pdf", "xlsx"))


def test_cli_zonder_kapot_bestand_eindigt_met_0(regiomap, tmp_path, capsys):
    from cli import main
    map_ = _kopie(regiomap, tmp_path)
    assert main(["regio", str(map_), "--json", "-"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["niet_ingelezen"] == [] and len(data["gemeenten"]) == 4


def test_ontbrekende_leden_in_de_map(regiomap, tmp_path):
    regio = lees_regio(_kopie(regiomap, tmp_path, ("kapot.xlsx", "oosthoek.xlsx", "zuiderveld.xlsx")))
    tekst = next(b.tekst for b in regio.bevindingen if b.tekst.startswith("Niet in de map"))
    assert "Oosthoek, Zuiderveld" in tekst and "Voorbeeldgemeente (voorbeeldgemeente.xlsx)" in tekst


def test_een_tweede_ontvangende_gemeente(regiomap, tmp_path):
    map_ = _kopie(regiomap, tmp_path)
    schrijf(lid("Noordrand", 450, 0.30, 1).met(ontvangt_impulsbudget=True), map_ / "noordrand.xlsx")
    regio = lees_regio(map_)
    tekst = next(b.tekst for b in regio.bevindingen if b.tekst.startswith("Meer dan één ontvangende gemeente"))
    assert "Noordrand (noordrand.xlsx)" in tekst and "Voorbeeldgemeente (voorbeeldgemeente.xlsx)" in tekst


def test_verschillende_ledenlijsten_en_een_gemeente_buiten_de_lijst(regiomap, tmp_path):
    map_ = _kopie(regiomap, tmp_path)
    anders = LEDEN[:3] + (("Westerkwartier", 180, 0.10),)
    schrijf(lid("Westerkwartier", 180, 0.10, 3, leden=anders), map_ / "westerkwartier.xlsx")
    regio = lees_regio(map_)
    teksten = [b.tekst for b in regio.bevindingen]
    verschil = next(t for t in teksten if t.startswith("De ledenlijsten (blad Samenwerkingsverband) verschillen"))
    assert "Westerkwartier (westerkwartier.xlsx)" in verschil
    assert any(t.startswith("Westerkwartier (westerkwartier.xlsx) staat niet in de ledenlijst") for t in teksten)


def test_verschillende_sleutels_tussen_de_bestanden(regiomap, tmp_path):
    map_ = _kopie(regiomap, tmp_path)
    anders = (("Voorbeeldgemeente", 720, 0.40), ("Noordrand", 450, 0.25), ("Oosthoek", 300, 0.25),
              ("Zuiderveld", 180, 0.10))
    schrijf(lid("Oosthoek", 300, 0.25, 2, leden=anders), map_ / "oosthoek.xlsx")
    regio = lees_regio(map_)
    teksten = [b.tekst for b in regio.bevindingen if b.tekst.startswith("De verdeelsleutel van")]
    noordrand = next(t for t in teksten if "Noordrand" in t.split(" verschilt")[0])
    assert "25,00 % in Oosthoek (oosthoek.xlsx)" in noordrand and "30,00 %" in noordrand
    assert any(t.startswith("De verdeelsleutel van Oosthoek") for t in teksten)


def test_geen_ontvangende_gemeente(regiomap, tmp_path):
    map_ = _kopie(regiomap, tmp_path, ("kapot.xlsx", "voorbeeldgemeente.xlsx"))
    regio = lees_regio(map_)
    assert any(b.tekst.startswith("Geen van de ingelezen gemeenten is de ontvangende gemeente")
               for b in regio.bevindingen)


def test_een_map_zonder_werkboeken_is_een_nederlandse_zin(tmp_path, capsys):
    from cli import main
    assert main(["regio", str(tmp_path)]) == 2
    assert "geen werkboeken" in capsys.readouterr().err


def test_een_project_in_de_map_rekent_met_zijn_eigen_scenario(regiomap, tmp_path):
    from model.io.project import schrijf_project
    from model.project import Project
    map_ = _kopie(regiomap, tmp_path, ("kapot.xlsx", "voorbeeldgemeente.xlsx"))
    schrijf_project(map_ / "voorbeeldgemeente.infraraming", Project.nieuw(ontvanger()))
    regio = lees_regio(map_)
    g = next(g for g in regio.gemeenten if g.ontvangt)
    assert g.bestand == "voorbeeldgemeente.infraraming" and g.project is not None
    assert regio.niet_ingelezen == ()


def test_een_ander_doelgroepenregister_samenwerkingsverband(regiomap, tmp_path):
    map_ = _kopie(regiomap, tmp_path)
    anders = lid("Oosthoek", 300, 0.20, 2).met(samenwerkingsverband=(), dgr_samenwerkingsverband=1_700, verdeelsleutel=None)
    schrijf(anders, map_ / "oosthoek.xlsx")
    regio = lees_regio(map_)
    tekst = next(b.tekst for b in regio.bevindingen
                 if b.tekst.startswith("De bestanden geven een verschillend Doelgroepenregister samenwerkingsverband"))
    assert "1.650 in Noordrand (noordrand.xlsx)" in tekst and "1.700 in Oosthoek (oosthoek.xlsx)" in tekst


def test_jaren_buiten_het_model_worden_vooraf_geweigerd(regiomap, capsys):
    from cli import main
    assert main(["regio", str(regiomap), "--tot", "2045"]) == 2
    assert capsys.readouterr().err.strip() == "Het model rekent tot en met 2040; 2045 is te laat."


# ---- a controller's own folder: the shipped example (receiving, Doorbetalen aan leden = nee) and member Oosthoek,
# both workbooks edited from resources/voorbeeldgemeente.xlsx

@pytest.fixture(scope="module")
def lidregio(tmp_path_factory):
    from tests.regiobouw import lid_werkboek, voorbeeld_werkboek
    map_ = tmp_path_factory.mktemp("lidregio")
    voorbeeld_werkboek(map_ / "vb.xlsx")
    lid_werkboek(map_ / "oosthoek.xlsx")
    return lees_regio(map_)


def test_een_verhouding_wordt_voor_de_regio_uit_haar_delen_berekend_niet_opgeteld(lidregio):
    """Realisatie t.o.v. taakstelling 2026: (14 + 5) / (15,3 + 5,5) = 91,3 %, not 91,5 % + 90,9 % = 182,4 %."""
    r, i = lidregio.regels, 0
    assert lidregio.jaren[i] == 2026
    assert r["realisatiegraad"][i] == pytest.approx(19 / 20.8)
    real = [g.reeks("real")[i] for g in lidregio.gemeenten]
    taak = [g.reeks("taak")[i] for g in lidregio.gemeenten]
    assert sorted(real) == [5, 14] and sorted(taak) == pytest.approx([5.5, 15.3])
    # in 31-hour plekken: each gemeente's own hours, over the summed taakstelling
    fte = sum(g.reeks("realisatiegraad_fte")[i] * g.reeks("taak")[i] for g in lidregio.gemeenten)
    assert r["realisatiegraad_fte"][i] == pytest.approx(fte / 20.8)
    assert 0.79 < r["realisatiegraad_fte"][i] < 0.80
    # the saldo per plek: the summed saldo of beschut werk over the summed realisation (-2.980 and -2.858 per plek)
    saldo = sum(g.reeks("saldo_beschut_per_plek")[i] * g.reeks("real")[i] for g in lidregio.gemeenten)
    assert r["saldo_beschut_per_plek"][i] == pytest.approx(saldo / 19)
    assert -2_980 < r["saldo_beschut_per_plek"][i] < -2_858
    # amounts and counts still add up
    assert r["plekken_bekostigd_beschut"][i] == pytest.approx(
        sum(g.reeks("plekken_bekostigd_beschut")[i] for g in lidregio.gemeenten))


def test_elke_regel_optelbaar_of_een_verhouding_uit_de_catalogus():
    """One rule from the catalogue: amounts and counts add; every other output line is a ratio with its parts in the
    result, and the parts give the line of one gemeente."""
    from model.berekening import bereken
    from model.invoer import voorbeeldgemeente
    from model.regels import REGELS
    from model.eenheden import AANTAL, EUR
    r = bereken(voorbeeldgemeente())
    for regel in REGELS:
        if regel.eenheid not in (EUR, AANTAL):
            assert regel.noemer, regel.sleutel
        if regel.teller:
            for j, w in enumerate(r.reeks(regel.sleutel)):
                teller = sum(-r.reeks(k[1:])[j] if k.startswith("-") else r.reeks(k)[j] for k in regel.teller)
                assert w == pytest.approx(teller / r.reeks(regel.noemer)[j]), regel.sleutel
    from model.regels import REGEL
    assert not REGEL["saldo_beschut_per_plek"].cumuleerbaar and not REGEL["saldo_beschut_per_plek"].optelbaar


def test_de_regio_uitvoer_toont_de_herberekende_verhouding(lidregio, tmp_path, capsys):
    from pypdf import PdfReader
    import openpyxl
    from cli import main
    from model.export.regio import bouw_regio_excel, bouw_regio_pdf
    from model.regio import VERHOUDINGEN_NOOT
    assert main(["regio", lidregio.map]) == 0
    uit = capsys.readouterr().out
    regel = next(l for l in uit.splitlines() if l.startswith("Realisatie t.o.v. taakstelling (personen)"))
    assert regel[58:].split()[:2] == ["91,3", "%"] and "182,4" not in uit
    assert VERHOUDINGEN_NOOT in uit
    wb = openpyxl.load_workbook(io.BytesIO(bouw_regio_excel(lidregio)))
    for blad, kolom in (("Regio", 1), ("Per gemeente", 3)):
        rij = next(r for r in wb[blad].iter_rows(values_only=True) if r[0] == "Realisatie t.o.v. taakstelling (personen)")
        assert rij[kolom] == pytest.approx(19 / 20.8), blad
    tekst = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(bouw_regio_pdf(lidregio))).pages)
    assert "Realisatie t.o.v. taakstelling (personen) 91,3 %" in tekst and "182,4" not in tekst


def test_een_doorbetaling_die_de_ontvanger_niet_betaalt_verklaart_het_verschil_in_het_resultaat(lidregio):
    """Oosthoek budgets € 90.000 doorbetaling a year; Voorbeeldgemeente does not pass the shares on: the region's
    geraamd resultaat is € 90.000 below the sum of the two, and a finding says why."""
    i = 0
    som = sum(g.reeks("saldo_na_bestemming")[i] for g in lidregio.gemeenten)
    assert lidregio.regels["saldo_na_bestemming"][i] == pytest.approx(som - 90_000)
    tekst = next(b.tekst for b in lidregio.bevindingen if "Doorbetalen aan leden" in b.tekst)
    assert tekst.startswith("Voorbeeldgemeente (vb.xlsx) betaalt de aandelen niet door (‘Doorbetalen aan leden’ = "
                            "nee), maar Oosthoek (oosthoek.xlsx) raamt een doorbetaling impulsbudget als baat")
    assert "2026: € 90.000 lager" in tekst and "geraamde resultaat van de regio" in tekst


def test_doorbetalingen_die_aansluiten_geven_geen_bevinding_over_het_resultaat(regio):
    assert not any("Doorbetalen aan leden" in b.tekst for b in regio.bevindingen)


def test_een_onbekend_aandeel_telt_niet_als_nul_mee(lidregio):
    """Oosthoek's workbook has no regional amount: its toegerekend aandeel is unknown, so the region's is too (not
    € 206.182, the receiving gemeente's alone), and no finding compares that partial sum with the regional amount."""
    oosthoek = next(g for g in lidregio.gemeenten if not g.ontvangt)
    assert oosthoek.getoond("impulsbudget_toegerekend") == (None,) * 4
    assert lidregio.regels["impulsbudget_toegerekend"] == (None,) * 4
    teksten = [b.tekst for b in lidregio.bevindingen]
    assert not any("tellen niet op" in t for t in teksten)
    assert any(t.startswith("Oosthoek (oosthoek.xlsx) kan het eigen toegerekende aandeel niet berekenen") for t in teksten)
    d = json.loads(json.dumps(lidregio.naar_json()))
    assert d["regio"]["regels"]["impulsbudget_toegerekend"] == [None] * 4
