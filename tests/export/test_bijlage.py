"""One assembly of the annex (model.export.stel_samen), used by the app and the CLI alike."""
from __future__ import annotations

import pytest

from datetime import date

from model.export import EigenBijlage, Logo, stel_samen
from model.export.bijlage import eigen_naar_project, eigen_uit_project
from model.scenario import BASIS, PARAMETER, Override, Scenario, preset
from tests.export.hulp import maak_png

PNG = maak_png()


def test_vergelijkt_altijd_met_basis_met_de_eigen_aanpassingen(invoer):
    basis = Scenario(BASIS, overrides=(Override(PARAMETER, "lpo_rijk", 0.03),))
    wsw = preset("Wsw-uitstroom sneller")
    bijlage = stel_samen(invoer, wsw, basis, van=2025, tot=2029, vergelijk_met=[preset("Basis")],
                         gevoeligheid=False)
    v = bijlage.opties.vergelijking
    assert v.basis.scenario == "Basis (aangepast)"   # an edited Basis says so, in the exports too
    # the reference carries the user's own edit; the exported scenario is Basis + its own overrides
    assert v.basis.parameter("lpo_rijk", 2029) == 0.03
    assert bijlage.resultaat.parameter("lpo_rijk", 2029) == 0.03
    assert [r.scenario for r in v.varianten] == [wsw.naam]
    assert bijlage.resultaat.regels == v.varianten[0].regels
    # the scenario's own description, then every adjustment in force: Basis's edit and the scenario's own
    assert bijlage.opties.scenario_omschrijving.startswith(wsw.omschrijving.rstrip(".") + ". Aanpassingen: ")
    assert "Loon- en prijsbijstelling rijksbijdragen: 3 % (meegeleverd 2,5 %)" in bijlage.opties.scenario_omschrijving
    assert bijlage.opties.gevoeligheid is None


def test_eigen_scenario_beschrijft_zijn_aanpassingen_en_de_bevindingen_komen_mee(invoer):
    eigen = Scenario("Mijn scenario", overrides=(Override(PARAMETER, "lpo", 0.03),))
    bijlage = stel_samen(invoer, eigen, van=2025, tot=2028, gevoeligheid=True, bevindingen=(),
                         secties=("samenvatting", "gevoeligheid"))
    assert bijlage.opties.scenario_omschrijving == \
        "Aanpassingen: Loon- en prijsbijstelling kosten gemeente: 3 % (meegeleverd 2,5 %)."
    assert bijlage.opties.gevoeligheid
    # the input findings are what the caller read (here none)
    assert bijlage.opties.bevindingen == ()


def test_eigen_bijlage_wordt_in_het_project_bewaard():
    eigen = EigenBijlage("Bijlage 4 bij de begroting", "Deze bijlage licht toe …", Logo(PNG, "png"), True,
                         date(2026, 11, 23))
    ui = eigen_naar_project({"tab": 2}, eigen)
    assert ui["tab"] == 2
    import json
    assert eigen_uit_project(json.loads(json.dumps(ui))) == eigen
    assert eigen_uit_project({}) == EigenBijlage()
    assert eigen_uit_project({"bijlage": {"logo": "@@@", "logo_soort": "png", "datum": "gisteren"}}) == EigenBijlage()


def test_logo_wordt_herkend():
    assert Logo.herken(PNG).soort == "png"
    assert Logo.herken(b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>') is None
    assert Logo.herken(b"GIF89a") is None


def test_cli_leest_het_werkboek_een_keer(tmp_path, monkeypatch):
    from cli import main
    from model.invoer import voorbeeldgemeente
    from model.io import invoerbestand
    from model.io.sjabloon import schrijf_sjabloon
    werkboek = tmp_path / "werkboek.xlsx"
    schrijf_sjabloon(werkboek, voorbeeldgemeente())
    gelezen = []
    echt = invoerbestand.lees_invoerbestand

    def tel(pad):
        gelezen.append(pad)
        return echt(pad)

    monkeypatch.setattr(invoerbestand, "lees_invoerbestand", tel)
    pdf = tmp_path / "b.pdf"
    assert main(["bereken", str(werkboek), "--van", "2026", "--tot", "2027", "--pdf", str(pdf),
                 "--onderdelen", "samenvatting", "bevindingen", "--titel", "Bijlage 4", "--concept",
                 "--datum", "2026-11-23"]) == 0
    assert len(gelezen) == 1
    assert pdf.read_bytes().startswith(b"%PDF")


def test_cli_eigen_bijlage_en_fout_logo(tmp_path, capsys):
    from cli import main
    logo = tmp_path / "logo.gif"
    logo.write_bytes(b"GIF89a")
    assert main(["bereken", "--pdf", str(tmp_path / "b.pdf"), "--logo", str(logo)]) == 2
    assert "geen PNG-bestand" in capsys.readouterr().err
    assert main(["bereken", "--pdf", str(tmp_path / "b.pdf"), "--onderdelen", "inhoudsopgave"]) == 2
    assert "Onbekend onderdeel" in capsys.readouterr().err
    png = tmp_path / "logo.png"
    png.write_bytes(PNG)
    xlsx = tmp_path / "b.xlsx"
    assert main(["bereken", "--xlsx", str(xlsx), "--titel", "Bijlage 7", "--inleiding", "Toelichting.",
                 "--concept", "--logo", str(png), "--datum", "2026-11-23"]) == 0
    import io

    import openpyxl
    ws = openpyxl.load_workbook(io.BytesIO(xlsx.read_bytes()))["Overzicht"]
    assert ws["A1"].value == "Bijlage 7" and ws["A3"].value == "Toelichting."
    assert "CONCEPT" in ws.oddHeader.center.text


def test_invoercorrecties_staan_op_de_titelpagina(tmp_path):
    """Issue 23: the gemeente's data corrected in the app is named in the annex, apart from the scenario."""
    import io

    from pypdf import PdfReader

    from model.export import schrijf_pdf, stel_samen
    from model.project import Project
    p = Project.voorbeeld()
    p.toestand = p.met_invoerveld("arbeidsmarktregio", "Twente")
    p.toestand = p.met_invoerveld("begeleiding_per_plek", 8500.0)
    bijlage = stel_samen(p.invoer, p.toestand.effectief(), p.toestand.basis, parameterset=p.parameterset,
                         gevoeligheid=False, correcties=p.toestand.correcties)
    assert bijlage.opties.invoercorrecties == ("Arbeidsmarktregio = Twente", "Begeleidingskosten per plek = 8.500")
    assert bijlage.opties.scenario_omschrijving == p.toestand.basis.omschrijving   # not in the scenario's text
    pad = schrijf_pdf(tmp_path / "bijlage.pdf", bijlage.resultaat, bijlage.opties)
    titel = PdfReader(io.BytesIO(pad.read_bytes())).pages[0].extract_text()
    assert "Invoercorrecties" in titel and "Arbeidsmarktregio = Twente" in titel
