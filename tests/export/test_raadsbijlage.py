"""A begrotingsbijlage the raad gets as is (issue 21): raad-ready sections by default, the rest opt-in."""
from __future__ import annotations

import io

from pypdf import PdfReader

from model.bevindingen import WAARSCHUWING, Bevinding
from model.export import SECTIES, STANDAARD_SECTIES, EigenBijlage, bouw_excel, bouw_pdf, stel_samen
from model.export.bijlage import SECTIESLEUTEL, secties_uit_project
from tests.export.hulp import DATUM

EIGEN_FOUT = Bevinding(WAARSCHUWING, "Arbeidsmarktregio 'Rivierland' is onbekend", blad="Gemeente", cel="B4")
OPT_IN = ("vergelijking", "gevoeligheid", "aansluiting", "bevindingen", "herkomst", "rekenregels", "wat_verandert")


def _woorden(inhoud: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(inhoud)).pages).split())


def test_standaard_en_opt_in():
    assert STANDAARD_SECTIES[:2] == ("kernboodschap", "samenvatting")
    for sectie in ("stromen", "reserve", "verdeling", "risicos", "aannames", "bronnen"):
        assert sectie in STANDAARD_SECTIES
    for sectie in OPT_IN:
        assert sectie in SECTIES and sectie not in STANDAARD_SECTIES, sectie
    assert secties_uit_project({}) == STANDAARD_SECTIES
    assert secties_uit_project({SECTIESLEUTEL: ["bevindingen", "onbekend"]}) == ("bevindingen",)


def test_eigen_invoerfouten_alleen_als_gekozen(invoer):
    """The user's own typing mistakes are not printed in a raad document unless the section is chosen."""
    standaard = stel_samen(invoer, eigen=EigenBijlage(datum=DATUM), bevindingen=(EIGEN_FOUT,))
    tekst = _woorden(bouw_pdf(standaard.resultaat, standaard.opties))
    assert "Rivierland" not in tekst and "Bevindingen en waarschuwingen" not in tekst
    assert "Aansluiting met de circulaire" not in tekst and "Rekenregels en uitgangspunten" not in tekst
    assert standaard.opties.gevoeligheid is None            # not chosen: not even calculated
    import openpyxl
    namen = openpyxl.load_workbook(io.BytesIO(bouw_excel(standaard.resultaat, standaard.opties))).sheetnames
    assert "Bevindingen" not in namen and "Herkomst" not in namen
    gekozen = stel_samen(invoer, eigen=EigenBijlage(datum=DATUM), bevindingen=(EIGEN_FOUT,),
                         secties=STANDAARD_SECTIES + ("bevindingen",))
    assert "Arbeidsmarktregio 'Rivierland' is onbekend" in _woorden(bouw_pdf(gekozen.resultaat, gekozen.opties))


def test_verdeling_standaard_met_een_ledenlijst_en_nooit_allemaal_nul(invoer):
    """SAMENWERKING §1: with a member list the PDF and the Excel show the verdeling, by default."""
    import openpyxl
    kop = "Verdeling impulsbudget samenwerkingsverband"
    assert invoer.samenwerkingsverband
    standaard = stel_samen(invoer, eigen=EigenBijlage(datum=DATUM))
    assert kop in _woorden(bouw_pdf(standaard.resultaat, standaard.opties))
    assert "Verdeling" in openpyxl.load_workbook(io.BytesIO(bouw_excel(standaard.resultaat, standaard.opties))).sheetnames
    # the verdeling covers the impulsbudget's years 2025–2034 (SAMENWERKING §1), whatever the annex's years; a
    # gemeente without a member list or regional amount gets no section at all, never an all-zero table
    zonder = stel_samen(invoer.met(samenwerkingsverband=()), eigen=EigenBijlage(datum=DATUM))
    assert zonder.opties.verdeling is None
    assert kop not in _woorden(bouw_pdf(zonder.resultaat, zonder.opties))


def test_cli_standaardbijlage_is_die_van_de_app(tmp_path):
    """The command line's default annex has the default sections the app's has: the verdeling (a member list) and
    Risico's en weerstandsvermogen without --risicos."""
    import openpyxl
    from cli import main
    pdf, xlsx = tmp_path / "b.pdf", tmp_path / "b.xlsx"
    assert main(["bereken", "--pdf", str(pdf), "--xlsx", str(xlsx), "--datum", "2026-11-23"]) == 0
    tekst = _woorden(pdf.read_bytes())
    assert "Verdeling impulsbudget samenwerkingsverband" in tekst and "Risico's en weerstandsvermogen" in tekst
    assert {"Verdeling", "Risico's"} <= set(openpyxl.load_workbook(xlsx).sheetnames)
    # --onderdelen chooses: without risicos no risk paragraph, --risicos adds it
    assert main(["bereken", "--pdf", str(pdf), "--onderdelen", "samenvatting", "--datum", "2026-11-23"]) == 0
    assert "Risico's en weerstandsvermogen" not in _woorden(pdf.read_bytes())
    assert main(["bereken", "--pdf", str(pdf), "--onderdelen", "samenvatting", "--risicos",
                 "--datum", "2026-11-23"]) == 0
    assert "Risico's en weerstandsvermogen" in _woorden(pdf.read_bytes())


def test_een_lid_zonder_regionaal_bedrag_krijgt_de_standaardbijlage_zonder_verdeling(tmp_path):
    from cli import main
    from tests.regiobouw import lid_werkboek
    pdf = tmp_path / "lid.pdf"
    assert main(["bereken", str(lid_werkboek(tmp_path / "lid.xlsx")), "--pdf", str(pdf), "--datum", "2026-11-23"]) == 0
    assert "Verdeling impulsbudget samenwerkingsverband" not in _woorden(pdf.read_bytes())


def test_cli_standaard_met_en_vlaggen(tmp_path, capsys):
    from cli import main
    pdf = tmp_path / "b.pdf"
    assert main(["bereken", "--pdf", str(pdf), "--datum", "2026-11-23"]) == 0
    tekst = _woorden(pdf.read_bytes())
    assert "Aansluiting met de circulaire" not in tekst and "Gevoeligheidsanalyse" not in tekst
    assert main(["bereken", "--pdf", str(pdf), "--datum", "2026-11-23", "--met", "aansluiting",
                 "--gevoeligheid"]) == 0
    tekst = _woorden(pdf.read_bytes())
    assert "Aansluiting met de circulaire" in tekst and "Gevoeligheidsanalyse" in tekst
    assert main(["bereken", "--pdf", str(pdf), "--met", "inhoudsopgave"]) == 2
    assert "Onbekend onderdeel" in capsys.readouterr().err


def test_kernboodschap_vooraan_met_het_gecumuleerde_resultaat(invoer):
    from model.opmaak import euro
    b = stel_samen(invoer, eigen=EigenBijlage(datum=DATUM))
    r = b.resultaat
    jaren = (2026, 2027, 2028, 2029)
    assert r.jaren[-1] == 2029 and b.opties.van == 2026
    totaal = sum(r.waarde("saldo_na_bestemming", j) for j in jaren)
    structureel = r.waarde("structureel_saldo", 2029)
    assert totaal > 0 and structureel < 0      # the Voorbeeldgemeente: voordelig over the horizon, structurally not
    paginas = [p.extract_text() for p in PdfReader(io.BytesIO(bouw_pdf(r, b.opties))).pages]
    tweede = " ".join(paginas[1].split())
    assert tweede.startswith("Kernboodschap")
    assert f"Het geraamde resultaat over 2026–2029 is samen {euro(totaal)} voordelig." in tweede
    assert f"Structureel is het saldo in 2029 {euro(-structureel)} nadelig" in tweede
    assert "(duurzame werkplekken) wordt betaald uit het impulsbudget" in tweede   # structural spending, temporary money
    assert "1. Overzicht van baten en lasten" in tweede                          # the overview follows on the page


def test_eigen_kernboodschap_vervangt_de_zinnen_en_blijft_in_het_project(invoer, tmp_path, capsys):
    from cli import main
    from model.export.bijlage import eigen_naar_project, eigen_uit_project
    eigen = EigenBijlage(datum=DATUM, kernboodschap="Het college stelt voor de reserve te verlengen.")
    assert eigen_uit_project(eigen_naar_project({}, eigen)).kernboodschap == eigen.kernboodschap
    b = stel_samen(invoer, eigen=eigen)
    tekst = _woorden(bouw_pdf(b.resultaat, b.opties))
    assert "Kernboodschap Het college stelt voor de reserve te verlengen." in tekst
    assert "Het geraamde resultaat over" not in tekst
    pdf = tmp_path / "k.pdf"
    assert main(["bereken", "--pdf", str(pdf), "--kernboodschap", "Eigen woorden van de controller."]) == 0
    assert "Kernboodschap Eigen woorden van de controller." in _woorden(pdf.read_bytes())
    assert main(["bereken", "--pdf", str(pdf), "--kernboodschap", "x" * 2001]) == 2
    assert "--kernboodschap is te lang" in capsys.readouterr().err


def test_kernboodschap_noemt_het_grootste_risico(invoer):
    from model.opmaak import euro
    from model.risico.analyse import analyseer
    risico = analyseer(invoer, van=2026, tot=2029)
    top = [t for t in risico.simulatie.top if t.verwachte_waarde > 0][0]
    b = stel_samen(invoer, eigen=EigenBijlage(datum=DATUM), risico=risico)
    tekst = _woorden(bouw_pdf(b.resultaat, b.opties))
    assert f"Het grootste risico is {top.naam}: verwacht {euro(top.verwachte_waarde)}" in tekst
    zonder = stel_samen(invoer, eigen=EigenBijlage(datum=DATUM))
    assert "Het grootste risico" not in _woorden(bouw_pdf(zonder.resultaat, zonder.opties))


def test_staat_van_de_reserve_grondslagen_en_bbv_woorden(invoer):
    from model.opmaak import getal
    b = stel_samen(invoer, eigen=EigenBijlage(datum=DATUM))
    r = b.resultaat
    tekst = _woorden(bouw_pdf(r, b.opties))
    # the 0.7 lines as algemene dekkingsmiddelen, with the one sentence on the thematic picture
    assert "Taakveld 0.7 Algemene dekkingsmiddelen (gemeentefonds, niet geoormerkt)" in tekst
    assert tekst.count("dit overzicht is een thematisch financieel beeld naast de programmabegroting") == 1
    assert "Geraamd resultaat (+ = voordelig)" in tekst and "overschot)" not in tekst
    # the staat van de reserve: begin, toevoeging, onttrekking, eind — begin(y) = eind(y − 1)
    begin = [r.waarde("reserve_impulsbudget_begin", j) for j in range(2026, 2030)]
    eind = [r.waarde("reserve_impulsbudget", j) for j in range(2025, 2030)]
    assert begin == eind[:-1]
    assert "Staat van de reserve" in tekst
    assert ("Stand bestemmingsreserve impulsbudget (begin jaar) " + " ".join(getal(w) for w in begin)) in tekst
    assert "Doel en looptijd. Doel: het impulsbudget sociale infrastructuur besteden" in tekst
    assert "Looptijd: tot en met 2034" in tekst
    eigen = stel_samen(invoer, eigen=EigenBijlage(datum=DATUM, reservedoel="Tot en met 2030, dan valt het vrij."))
    assert "Doel en looptijd. Tot en met 2030, dan valt het vrij." in _woorden(bouw_pdf(eigen.resultaat, eigen.opties))
    # grondslagen voor de ramingen: classification choices, taakvelden in force, invoercorrecties
    assert "Grondslagen voor de ramingen" in tekst
    assert "Structurele bestedingen van het impulsbudget: Besteding impulsbudget: duurzame werkplekken" in tekst
    assert "Taakvelden (Iv3) zoals gebruikt: 0.7 Algemene dekkingsmiddelen" in tekst
    assert "6.5 Arbeidsparticipatie: Plekken sociale infrastructuur; Besteding impulsbudget: doorstroom" in tekst
    assert "Invoercorrecties: geen" in tekst
    # a year parameter in a 2026–2029 annex: no second year in brackets
    assert "Startjaar forfaitaire LKS beschut werk: 2028." in tekst and "2028 (2025)" not in tekst


def test_invoercorrecties_in_de_grondslagen(invoer):
    from model.scenario import INVOER, Override
    correctie = Override(INVOER, "contracturen", 30.0)
    b = stel_samen(invoer.met(contracturen=30.0), eigen=EigenBijlage(datum=DATUM), correcties=(correctie,))
    tekst = _woorden(bouw_pdf(b.resultaat, b.opties))
    assert f"Invoercorrecties: {correctie.omschrijving()}." in tekst


def test_taakveld_gekozen_in_de_app_in_de_grondslagen(invoer):
    """(v3) A taakveld chosen in the app: listed among the invoercorrecties and in force in the taakvelden."""
    from model.project import Project
    p = Project.nieuw(invoer)
    p.toestand = p.met_taakveld("lasten_wsw", "6.71")
    b = stel_samen(p.invoer, eigen=EigenBijlage(datum=DATUM), correcties=p.toestand.correcties)
    tekst = _woorden(bouw_pdf(b.resultaat, b.opties))
    assert "Invoercorrecties: Taakveld Wsw (netto kosten) = 6.71." in tekst
    assert "6.71: Wsw (netto kosten) (eigen indeling)." in tekst
    assert "6.4 Wsw en beschut werk: Aanvullende bijdrage beschut werk (SOB); Besteding" in tekst


def test_geen_pagina_met_een_enkele_tabelrij():
    """A table split never leaves one or two rows alone on the next page; the rest then starts on a new page."""
    from reportlab.platypus import PageBreak

    from model.export.pdf_tabellen import lijsttabel
    t = lijsttabel(["Regel", "Bedrag"], [[f"regel {i}", str(i)] for i in range(30)], [200, 100])
    t.wrap(300, 10_000)
    hoogte = sum(t._rowHeights[:30]) + 1     # room for the header and 29 rows: one row would be left
    delen = t.split(300, hoogte)
    assert len(delen) == 3 and isinstance(delen[1], PageBreak)
    assert len(delen[2]._cellvalues) - 1 >= 3 and len(delen[0]._cellvalues) + len(delen[2]._cellvalues) - 1 == 31
    ruim = t.split(300, sum(t._rowHeights[:20]) + 1)   # an ordinary split stays as it is
    assert len(ruim) == 2
