"""``bereken --zet``: parameter overrides from the command line, checked like edits in the app (REKENREGELS §6)."""
from __future__ import annotations

import json

from cli import main
from model.regels import SLEUTELS

RIJKSBIJDRAGEN = ("iu_beschut_werk", "iu_sociale_infrastructuur", "iu_wsw")
CIRCULAIREJAREN = (2025, 2026)  # the Voorbeeldgemeente's circulaire amounts


def _json(capsys, *args):
    assert main(["bereken", *args, "--van", "2025", "--tot", "2035", "--json", "-"]) == 0
    return json.loads(capsys.readouterr().out)


def test_lpo_rijk_beweegt_precies_de_rijksbijdragen_na_de_circulairejaren(tmp_path, capsys):
    from model.io.sjabloon import schrijf_sjabloon
    from model.invoer import voorbeeldgemeente
    werkboek = tmp_path / "werkboek.xlsx"
    schrijf_sjabloon(werkboek, voorbeeldgemeente())
    basis = _json(capsys, str(werkboek))
    hoger = _json(capsys, str(werkboek), "--zet", "lpo_rijk=0.03")
    assert set(hoger["regels"]) == set(SLEUTELS)
    jaren = basis["jaren"]
    for sleutel in RIJKSBIJDRAGEN:
        for i, jaar in enumerate(jaren):
            if jaar in CIRCULAIREJAREN:
                assert hoger["regels"][sleutel][i] == basis["regels"][sleutel][i], (sleutel, jaar)
            else:
                assert hoger["regels"][sleutel][i] > basis["regels"][sleutel][i], (sleutel, jaar)
    # lines that lpo_rijk does not drive stay exactly the same
    for sleutel in ("du_impulsbudget", "iu_beschut_lks_overbrugging", "buig_lks_beschut", "lasten_lks_beschut",
                    "lasten_beschut_aanvullend", "lasten_sociale_infrastructuur", "lasten_wsw",
                    "lasten_impulsbudget", "reserve_impulsbudget", "plekken_bekostigd_beschut",
                    "maatschappelijke_baten", "realisatiegraad", "realisatiegraad_fte"):
        assert hoger["regels"][sleutel] == basis["regels"][sleutel], sleutel


def test_een_jaar_en_een_invoerwaarde(capsys):
    basis = _json(capsys)
    een = _json(capsys, "--zet", "bw_bedrag_per_plek@2030=20.000", "--zet", "contracturen=30")
    i = basis["jaren"].index(2030)
    assert een["regels"]["iu_beschut_werk"][i] != basis["regels"]["iu_beschut_werk"][i]
    assert een["regels"]["iu_beschut_werk"][i - 1] == basis["regels"]["iu_beschut_werk"][i - 1]
    assert een["regels"]["lasten_lks_beschut"][i - 1] > basis["regels"]["lasten_lks_beschut"][i - 1]  # 30 > 27 h


def test_buiten_het_bereik_wordt_geweigerd(capsys):
    assert main(["bereken", "--zet", "lpo=1"]) == 2
    fout = capsys.readouterr().err
    assert "tussen −5 % en 15 %" in fout and "Traceback" not in fout
    for verkeerd, deel in (("bestaat_niet=1", "geen parameter"), ("lpo", "SLEUTEL=WAARDE"),
                           ("lpo=1e3", "e-notatie"), ("contracturen@2030=30", "per jaar")):
        assert main(["bereken", "--zet", verkeerd]) == 2
        assert deel in capsys.readouterr().err, verkeerd


def test_een_project_als_invoer(tmp_path, capsys):
    """A saved project is calculated headless with its own Basis edits and active scenario."""
    from model.invoer import voorbeeldgemeente
    from model.io.project import schrijf_project
    from model.project import Project
    project = Project.nieuw(voorbeeldgemeente())
    project.toestand = project.met_parameter("lpo_rijk", 0.03)          # a Basis edit
    project.toestand = project.met_actief("Wsw-uitstroom sneller")
    schrijf_project(tmp_path / "p.infraraming", project)
    uit = _json(capsys, str(tmp_path / "p.infraraming"))
    verwacht = _json(capsys, "--scenario", "Wsw-uitstroom sneller", "--zet", "lpo_rijk=0,03")
    assert uit["regels"] == verwacht["regels"] and uit["scenario"] == "Wsw-uitstroom sneller"


def test_een_scenariobestand_is_invoer_als_elk_ander(tmp_path, capsys):
    """A scenario file is untrusted too: deep nesting or NaN is one Dutch sentence, exit 2, no traceback."""
    diep = tmp_path / "diep.json"
    diep.write_text("[" * 5000 + "]" * 5000)
    nan = tmp_path / "nan.json"
    nan.write_text('{"naam": "x", "overrides": [{"soort": "parameter", "sleutel": "lpo", "waarde": NaN}]}')
    for pad, deel in ((diep, "diep genest"), (nan, "niet eindig")):
        assert main(["bereken", "--scenario", str(pad)]) == 2
        fout = capsys.readouterr().err
        assert deel in fout and "Traceback" not in fout and "Onverwachte" not in fout


def test_invoer_zet_en_scenario_worden_een_keer_gelezen(tmp_path, capsys, monkeypatch):
    """``bereken`` with an annex reads the workbook, each --zet and each scenario once (cli/laden.py), and the
    annex's Basis carries the --zet edit."""
    import model.export
    from cli import laden
    from model.io import invoerbestand
    from model.io.sjabloon import schrijf_sjabloon
    from model.invoer import voorbeeldgemeente
    werkboek = tmp_path / "werkboek.xlsx"
    schrijf_sjabloon(werkboek, voorbeeldgemeente())
    tellingen = {"invoer": 0, "zet": 0, "scenario": 0}

    def tel(naam, echt):
        def functie(*a, **kw):
            tellingen[naam] += 1
            return echt(*a, **kw)
        return functie
    monkeypatch.setattr(invoerbestand, "lees_invoerbestand", tel("invoer", invoerbestand.lees_invoerbestand))
    monkeypatch.setattr(laden, "lees_zet", tel("zet", laden.lees_zet))
    monkeypatch.setattr(laden, "laad_scenario", tel("scenario", laden.laad_scenario))
    gezien = {}
    echt_samen = model.export.stel_samen

    def stel_samen(invoer, scenario, basis, **kw):
        gezien["basis"] = basis
        return echt_samen(invoer, scenario, basis, **kw)
    monkeypatch.setattr(model.export, "stel_samen", stel_samen)
    pdf = tmp_path / "bijlage.pdf"
    assert main(["bereken", str(werkboek), "--zet", "lpo=0,03", "--vergelijk", "Wsw-uitstroom sneller",
                 "--pdf", str(pdf), "--onderdelen", "samenvatting"]) == 0
    assert tellingen == {"invoer": 1, "zet": 1, "scenario": 2}   # --scenario (none) and the one --vergelijk
    assert [(o.sleutel, o.waarde) for o in gezien["basis"].overrides] == [("lpo", 0.03)]
    assert pdf.read_bytes().startswith(b"%PDF-")


def test_een_onbekende_sleutel_noemt_de_naaste(capsys):
    """Issue 23: `lpo_gemeente` said only "geen parameter"."""
    assert main(["bereken", "--zet", "lpo_gemeente=0,03"]) == 2
    fout = capsys.readouterr().err
    assert "'lpo_gemeente' is geen parameter en geen invoerwaarde; bedoelt u 'lpo'?" in fout
    assert "infraraming parameters" in fout
    assert main(["bereken", "--zet", "contrauren=30"]) == 2
    assert "bedoelt u 'contracturen'?" in capsys.readouterr().err


def test_parameters_json_noemt_elke_sleutel_van_de_set(capsys):
    from model.parameters import standaard_parameterset
    from model.scenario import bereik_tekst
    assert main(["parameters", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    ps = standaard_parameterset()
    assert [p["sleutel"] for p in data["parameters"]] == list(ps.parameters)
    lpo = next(p for p in data["parameters"] if p["sleutel"] == "lpo")
    assert lpo["label"] == ps.parameter("lpo").label and lpo["eenheid"] == "fractie per jaar"
    assert lpo["bereik"] == [-0.05, 0.15] and lpo["bereik_tekst"] == bereik_tekst(-0.05, 0.15, "fractie per jaar")
    assert lpo["waarde"] == ps.value("lpo", data["jaar"]) and lpo["status"] == ps.parameter("lpo").status_in(data["jaar"])
    assert lpo["waarden"]["2030"] == ps.value("lpo", 2030)
    assert "contracturen" in [v["sleutel"] for v in data["invoer"]]
    # the text form: one entry per key, in Dutch
    assert main(["parameters", "--jaar", "2027"]) == 0
    tekst = capsys.readouterr().out
    assert all(f"  {s}\n" in tekst for s in ps.parameters)
    assert "Loon- en prijsbijstelling kosten gemeente (fractie per jaar): 2,50 %" in tekst


def _pdftekst(pad) -> str:
    from pypdf import PdfReader
    return " ".join(" ".join(pg.extract_text() for pg in PdfReader(str(pad)).pages).split())


def test_motivering_staat_bij_de_aanpassing_in_de_bijlage(tmp_path, capsys):
    """(issue 21) ``--zet lpo=0.035 --motivering "lpo=…"``: the annex names 3,5 %, the shipped 2,5 % and the
    motivering, and never says "Geen aanpassingen"."""
    pdf = tmp_path / "bijlage.pdf"
    assert main(["bereken", "--zet", "lpo=0.035", "--motivering", "lpo=CAO-akkoord gemeenten 2026",
                 "--pdf", str(pdf)]) == 0, capsys.readouterr().err
    tekst = _pdftekst(pdf)
    assert "Loon- en prijsbijstelling kosten gemeente: 3,5 % (meegeleverd 2,5 %) — CAO-akkoord gemeenten 2026" in tekst
    assert "Geen aanpassingen" not in tekst
    assert "(geen motivering gegeven)" not in tekst


def test_motivering_zonder_zet_of_zonder_tekst_wordt_geweigerd(capsys):
    for args, deel in ((["--motivering", "lpo=Omdat"], "er is geen --zet lpo"),
                       (["--zet", "lpo=0.03", "--motivering", "lpo"], "SLEUTEL=TEKST"),
                       (["--zet", "lpo=0.03", "--motivering", "lpo=  "], "SLEUTEL=TEKST"),
                       (["--zet", "lpo=0.03", "--motivering", "lpo=" + "x" * 501], "hoogstens 500 tekens")):
        assert main(["bereken", *args]) == 2, args
        fout = capsys.readouterr().err
        assert deel in fout and "Traceback" not in fout, (args, fout)


def test_motivering_per_jaar_hoort_bij_elke_aanpassing_van_de_sleutel():
    from cli.laden import met_motivering
    from model.scenario import PARAMETER, Override
    zet = (Override(PARAMETER, "wml_uur", 16.5, 2030), Override(PARAMETER, "wml_uur", 17.0, 2031),
           Override(PARAMETER, "lpo", 0.03))
    uit = met_motivering(zet, ["wml_uur=Prognose CPB"])
    assert [o.motivering for o in uit] == ["Prognose CPB", "Prognose CPB", None]
