"""The PDF begrotingsbijlage: INVOER §5 figures in Dutch format, sections, escaping, reproducibility."""
from __future__ import annotations

import io
import shutil
import subprocess
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader

from model.export import SECTIES, ExportFout, ExportOpties, bouw_pdf
from model.invoer import Lid
from model.regels import REGEL
from tests.export.hulp import DATUM, VERWACHT, nl, rij_waarden

JAREN = tuple(range(2025, 2036))


def _tekst(inhoud: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(inhoud)).pages]


def _pagina_met(paginas: list[str], kop: str) -> str:
    """The first page after the title page (which lists the contents) that contains ``kop``."""
    for tekst in paginas[1:]:
        if kop in tekst:
            return tekst
    raise AssertionError(f"geen pagina met {kop!r}")


@pytest.mark.parametrize("sleutel", ["iu_beschut_werk", "iu_beschut_lks_overbrugging", "iu_sociale_infrastructuur",
                                     "iu_wsw", "du_impulsbudget", "lasten_lks_beschut", "lasten_beschut_aanvullend",
                                     "lasten_wsw", "saldo", "reserve_impulsbudget", "impulsbudget_toegerekend"])
def test_samenvatting_toont_de_bedragen_van_invoer_5_in_de_juiste_kolom(pdf_paginas, sleutel):
    begin = pdf_paginas.index(_pagina_met(pdf_paginas, "1. Overzicht van baten en lasten"))
    eind = pdf_paginas.index(_pagina_met(pdf_paginas[begin:], "Memoposten"), begin)
    samenvatting = "".join(pdf_paginas[begin:eind + 1])   # the overview runs over more than one page
    waarden = dict(zip(JAREN, rij_waarden(samenvatting, REGEL[sleutel].label, len(JAREN))))
    for jaar, bedrag in VERWACHT[sleutel].items():
        assert waarden[jaar] == nl(bedrag), (sleutel, jaar)


def test_saldo_en_wsw_in_nederlandse_notatie(pdf_paginas):
    alles = "\n".join(pdf_paginas)
    for tekst in ("-38.502", "107.717", "3.495.750", "133.317", "-61.002", "-104.870"):
        assert tekst in alles
    assert "-38,502" not in alles and "3,495,750" not in alles


def test_titelpagina_en_kop_en_voet(pdf_paginas):
    titel = pdf_paginas[0]
    for tekst in ("Begrotingsbijlage", "Voorbeeldgemeente", "Basis", "landelijk-2027-01", "23 november 2026",
                  "Infraraming 0.1.0", "2025 – 2035"):
        assert tekst in titel
    totaal = len(pdf_paginas)
    for nummer, tekst in enumerate(pdf_paginas[1:], start=2):
        assert f"pagina {nummer} van {totaal}" in tekst
        assert "Begrotingsbijlage Voorbeeldgemeente" in tekst and "Scenario: Basis" in tekst


def test_alle_secties_aanwezig(pdf_paginas, resultaat):
    alles = "\n".join(pdf_paginas)
    for kop in ("Overzicht van baten en lasten", "Overzicht incidentele baten en lasten (BBV art. 19)",
                "Toelichting per regel", "Financieringsstromen", "Beschut werk", "Sociale infrastructuur", "Impulsbudget",
                "Wsw", "Maatschappelijke baten", "Bestemmingsreserve impulsbudget", "Scenariovergelijking",
                "Wsw-uitstroom sneller ten opzichte van Basis", "Gevoeligheidsanalyse", "Aansluiting met de circulaire",
                "Bevindingen en waarschuwingen", "Bijlage A. Aanpassingen en aannames", "Bijlage B. Bronnen"):
        assert kop in alles, kop
    for w in resultaat.waarschuwingen:
        assert w.tekst[:40] in " ".join(alles.split())
    assert "Bijlage C. Rekenregels en uitgangspunten" in alles and "bw_bedrag_per_plek" not in alles
    assert "REKENREGELS §" not in alles


def test_aansluiting_met_circulaire(pdf_paginas):
    tekst = _pagina_met(pdf_paginas, "Aansluiting met de circulaire")
    # Wsw 2026: circulaire 3.350.000; the model estimate without it and the difference come from the result
    woorden = " ".join(tekst.split())
    assert "Rijksbijdrage Wsw (circulaire) 2026 3.350.000" in woorden


def test_aansluiting_noemt_het_circulairebedrag_bij_zijn_eigen_naam(pdf_paginas, resultaat):
    """(issue 21) One name per line: the circulaire amount of beschut werk holds the ophoging, so it is not
    printed under the model line's label; the model column is the sum of the lines it covers."""
    begin = pdf_paginas.index(_pagina_met(pdf_paginas, "Aansluiting met de circulaire"))
    woorden = " ".join(" ".join(pdf_paginas[begin:begin + 2]).split())
    a = next(a for a in resultaat.aansluiting if a.regel == "iu_beschut_werk" and a.jaar == 2026)
    assert a.model == pytest.approx(resultaat.grootheidswaarde("iu_beschut_werk_model", 2026)
                                    + resultaat.grootheidswaarde("iu_beschut_lks_overbrugging", 2026))
    from model.opmaak import getal
    assert (f"Rijksbijdrage beschut werk incl. tijdelijke ophoging (circulaire) 2026 {getal(a.circulaire)} "
            f"{getal(a.model)}") in woorden
    assert "Beschut werk: Rijksbijdrage volgens model (zonder circulaire) + Tijdelijke ophoging LKS beschut werk" \
        in woorden
    assert "Rijksbijdrage beschut werk (IU Participatie) 2026" not in woorden


def test_bijlage_aannames_en_bronnen(pdf_paginas, resultaat):
    begin = next(i for i, t in enumerate(pdf_paginas) if "Bijlage A. Aanpassingen en aannames" in t.split("\n")[:4])
    bijlage = " ".join("\n".join(pdf_paginas[begin:]).split())
    for gebruik, _ in resultaat.aannames():
        assert gebruik.label[:25] in bijlage, gebruik.sleutel
    assert "000 Divosa, Financiën inrichting werkontwikkelbedrijven in vraag en antwoord" in bijlage
    for code in ("001 VNG", "002 SZW", "003 Ministerie van SZW", "004 Ministerie van SZW"):
        assert code in bijlage


def test_tweemaal_gebouwd_is_byte_gelijk(resultaat, volledige_opties, pdf_bytes):
    assert bouw_pdf(resultaat, volledige_opties) == pdf_bytes


def test_datum_is_een_optie(resultaat):
    andere = _tekst(bouw_pdf(resultaat, ExportOpties(datum=date(2027, 3, 1), secties=("samenvatting",))))
    assert "1 maart 2027" in andere[0]


def test_secties_en_horizon_zijn_opties(resultaat):
    inhoud = bouw_pdf(resultaat, ExportOpties(van=2026, tot=2029, datum=DATUM, secties=("samenvatting", "bronnen")))
    alles = "\n".join(_tekst(inhoud))
    assert "Financieringsstromen" not in alles and "Gevoeligheidsanalyse" not in alles
    assert "Bijlage A. Bronnen" in alles
    woorden = " ".join(alles.split())
    assert rij_waarden(woorden, "Saldo van baten en lasten", 4) == ["-38.502", "107.717", "133.317", "203.202"]
    assert rij_waarden(woorden, "Geraamd resultaat (+ = voordelig)", 4)[:3] == ["-61.002", "10.217", "60.817"]
    # (v3) INVOER §5 v3; 2028: the v2 60.817 less the werkplekken of 200.000, now structural
    assert rij_waarden(woorden, "Structureel saldo", 4)[:3] == ["-104.870", "-183.909", "-139.183"]
    assert "Regel Taakveld 2026 2027 2028 2029 Baten" in woorden
    assert "2025" not in woorden.split("Regel Taakveld", 1)[1][:40]


def test_horizon_buiten_de_berekening_is_een_nederlandse_fout(resultaat):
    with pytest.raises(ExportFout, match="valt daarbuiten"):
        bouw_pdf(resultaat, ExportOpties(van=2024, tot=2030))
    with pytest.raises(ExportFout, match="Onbekend onderdeel"):
        bouw_pdf(resultaat, ExportOpties(secties=("inhoudsopgave",)))


def test_vergelijking_over_andere_jaren_is_een_nederlandse_fout(resultaat, invoer):
    from model.analyse import vergelijk_presets
    from model.export import bouw_excel
    kort = ExportOpties(vergelijking=vergelijk_presets(invoer, van=2026, tot=2029), secties=SECTIES)
    for bouw in (bouw_pdf, bouw_excel):
        with pytest.raises(ExportFout, match="berekend voor 2026–2029; de export toont 2025–2035"):
            bouw(resultaat, kort)
    assert bouw_pdf(resultaat, replace(kort, van=2027, tot=2028, secties=("vergelijking",)))[:4] == b"%PDF"


def test_opmaaktekens_in_namen_worden_letterlijk_getoond(invoer):
    from model.berekening import bereken
    leden = tuple(Lid(n, l.doelgroepenregister) for n, l in
                  zip(("A&B <Noord>", "=HYPERLINK(\"x\")", "+31 & co", "Zuid</para>"), invoer.samenwerkingsverband))
    vreemd = invoer.met(naam="Gemeente <Oost> & West", samenwerkingsverband=leden)
    r = bereken(vreemd)
    from model.bevindingen import WAARSCHUWING, Bevinding
    bevinding = Bevinding(WAARSCHUWING, "Cel <B5> bevat 'A & B'", blad="Gemeente & co", cel="B5")
    from model.verdeling import verdeling
    paginas = _tekst(bouw_pdf(r, ExportOpties(datum=DATUM, bevindingen=(bevinding,), secties=SECTIES,
                                              verdeling=verdeling(vreemd))))
    alles = " ".join("\n".join(paginas).split())
    assert "Cel <B5> bevat 'A & B'" in alles and "blad Gemeente & co, cel B5" in alles
    assert "Gemeente <Oost> & West" in paginas[0]  # title page
    assert "Begrotingsbijlage Gemeente <Oost> & West" in paginas[1]  # running header
    assert "&lt;" not in alles and "&amp;" not in alles
    for naam in ("A&B <Noord>", "=HYPERLINK(\"x\")", "+31 & co", "Zuid</para>"):
        assert naam in alles


def test_voortgang_loopt_op_tot_klaar(resultaat, volledige_opties):
    stappen = []
    bouw_pdf(resultaat, volledige_opties, voortgang=lambda f, t: stappen.append((f, t)))
    fracties = [f for f, _ in stappen]
    assert fracties == sorted(fracties) and fracties[-1] == 1.0 and len(stappen) >= 5
    assert all(isinstance(t, str) and t for _, t in stappen)


def test_metadata_vast_en_beschrijvend(pdf_bytes):
    meta = PdfReader(io.BytesIO(pdf_bytes)).metadata
    assert meta["/Title"] == "Begrotingsbijlage Voorbeeldgemeente"
    assert "Basis" in meta["/Subject"]


def test_alle_secties_bekend():
    assert {"samenvatting", "stromen", "vergelijking", "gevoeligheid", "aansluiting", "bevindingen", "aannames",
            "bronnen"} <= set(SECTIES)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils niet geïnstalleerd")
def test_alle_paginas_renderen(tmp_path, pdf_bytes):
    pad = tmp_path / "bijlage.pdf"
    pad.write_bytes(pdf_bytes)
    subprocess.run(["pdftoppm", "-r", "30", "-png", str(pad), str(tmp_path / "p")], check=True, capture_output=True)
    assert len(list(tmp_path.glob("p-*.png"))) == len(PdfReader(io.BytesIO(pdf_bytes)).pages)


def test_lange_tabel_herhaalt_de_kopregel_op_elke_pagina():
    from reportlab.platypus import PageBreak

    from model.export.pdf_stijl import STAAND, Bijlagedocument, framebreedte, maak_canvas
    from model.export.pdf_tabellen import Rij, jaartabel
    rijen = [Rij(f"Een heel lange omschrijving van regel {i} die in de cel moet afbreken in plaats van "
                 f"afgesneden te worden", [i * 1000.5, -i * 10.0]) for i in range(120)]
    buffer = io.BytesIO()
    doc = Bijlagedocument(buffer)
    doc.build([PageBreak(), jaartabel(rijen, (2026, 2027), framebreedte(STAAND))],
              canvasmaker=maak_canvas("kop", "rechts", "voet"))
    paginas = _tekst(buffer.getvalue())[1:]
    assert len(paginas) >= 3
    for tekst in paginas:
        assert "Regel" in tekst and "2026" in tekst and "2027" in tekst
    alles = " ".join("\n".join(paginas).split())
    assert "afgesneden te worden" in alles and "119.060" in alles and "-1.190" in alles


def test_inhoudsopgave_wijst_naar_de_juiste_paginas(pdf_paginas):
    regels = pdf_paginas[0].split("Inhoud", 1)[1].split("\n")
    regels = [r.strip() for r in regels if r.strip()]
    paren = list(zip(regels[0::2], regels[1::2]))
    assert [t for t, _ in paren][:3] == ["Kernboodschap", "1. Overzicht van baten en lasten", "2. Financieringsstromen"]
    assert [t for t, _ in paren][-2:] == ["Bijlage B. Bronnen", "Bijlage C. Rekenregels en uitgangspunten"]
    assert len(paren) == 11
    for titel, pagina in paren:
        tekst = pdf_paginas[int(pagina) - 1]
        assert titel in tekst.split("\n")[:4] or tekst.split("\n").count(titel), (titel, pagina)
        assert all(titel not in p.split("\n") for p in pdf_paginas[1:int(pagina) - 1]), titel


def test_brede_jaartabellen_op_liggende_paginas(pdf_bytes, resultaat):
    lang = PdfReader(io.BytesIO(pdf_bytes)).pages
    assert lang[0].mediabox.width < lang[0].mediabox.height          # title page portrait
    assert lang[1].mediabox.width > lang[1].mediabox.height          # 11 years: landscape
    assert lang[-1].mediabox.width < lang[-1].mediabox.height        # appendix portrait
    kort = PdfReader(io.BytesIO(bouw_pdf(resultaat, ExportOpties(van=2026, tot=2029, datum=DATUM)))).pages
    assert all(p.mediabox.width < p.mediabox.height for p in kort)   # 4 years fit portrait


def test_lege_gemeente_en_een_enkel_jaar():
    from model.analyse import gevoeligheid, vergelijk_presets
    from model.berekening import bereken
    from model.export import bouw_excel
    from model.invoer import maak_invoer
    leeg = maak_invoer(naam="Leeg", basisjaar=2026, reeksen={"taakstelling": {2026: 0}})
    opties = ExportOpties(datum=DATUM, vergelijking=vergelijk_presets(leeg), gevoeligheid=gevoeligheid(leeg),
                          secties=SECTIES)
    alles = " ".join("\n".join(_tekst(bouw_pdf(bereken(leeg), opties))).split())
    assert "Geen baten of lasten om in een grafiek te tonen." in alles
    assert "Geen van de aannames verandert het geraamde resultaat" in alles
    assert "Geen verschillen." in alles
    een = bereken(leeg, van=2030, tot=2030)
    assert "2030" in _tekst(bouw_pdf(een, ExportOpties(datum=DATUM)))[1]
    assert bouw_excel(een, ExportOpties(datum=DATUM))[:2] == b"PK"


@pytest.mark.parametrize("jaren", [tuple(range(2025, 2036)), (2026, 2027, 2028, 2029)])
def test_grote_bedragen_passen_in_hun_kolom(jaren):
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from model.export.pdf_stijl import LIGGEND, STAAND, framebreedte
    from model.export.pdf_tabellen import TOTAAL, Rij, jaartabel
    breedte = framebreedte(LIGGEND if len(jaren) > 6 else STAAND)
    rijen = [Rij("Wsw (netto kosten) van een grote stad", [-987_654_321.4] * len(jaren)),
             Rij("Totaal lasten", [1_234_567_890.0] * len(jaren), soort=TOTAAL)]
    tabel = jaartabel(rijen, jaren, breedte)
    assert sum(tabel._colWidths) <= breedte + 0.01
    for r in (1, 2):
        for k in range(2, 2 + len(jaren)):
            stijl = tabel._cellStyles[r][k]
            tekst = tabel._cellvalues[r][k]
            assert tekst in ("-987.654.321", "1.234.567.890")
            nodig = stringWidth(tekst, stijl.fontname, stijl.fontsize) + stijl.leftPadding + stijl.rightPadding
            assert nodig <= tabel._colWidths[k] + 0.01, (tekst, nodig, tabel._colWidths[k])


def test_aanpassing_met_motivering_in_bijlage_a(invoer):
    """(issue: every change named and argued) lpo 3,5 % on Basis: the cover names it, Bijlage A lists it with
    the shipped 2,5 % and the motivering; 'Geen aanpassingen' appears nowhere."""
    import io

    from pypdf import PdfReader

    from model.export import bouw_pdf
    from model.export.bijlage import stel_samen
    from model.scenario import BASIS, PARAMETER, Override, Scenario
    basis = Scenario(BASIS, overrides=(Override(PARAMETER, "lpo", 0.035, motivering="CAO-akkoord gemeenten 2026"),))
    b = stel_samen(invoer, basis=basis, gevoeligheid=False, bevindingen=())
    tekst = " ".join(" ".join(pg.extract_text() for pg in PdfReader(io.BytesIO(bouw_pdf(b.resultaat, b.opties))).pages).split())
    assert "Geen aanpassingen" not in tekst
    assert "Loon- en prijsbijstelling kosten gemeente: 3,5 % (meegeleverd 2,5 %) — CAO-akkoord gemeenten 2026" in tekst
    assert "aangepast" in tekst
