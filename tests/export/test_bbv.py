"""The annex the raad accepts as is: BBV structure, the gemeente's own annex, fixes seen on the pages."""
from __future__ import annotations

import io
from dataclasses import replace

import pytest
from pypdf import PdfReader

from model.export import EigenBijlage, ExportOpties, Logo, bouw_pdf, stel_samen
from model.regels import REGEL
from tests.export.hulp import DATUM, VERWACHT, nl, rij_waarden
from tests.invoer5 import VERWACHT_V3

JAREN = tuple(range(2025, 2036))
def _png() -> bytes:
    """A 4 × 2 pixel PNG, written with the standard library."""
    import struct
    import zlib

    def blok(soort: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + soort + data + struct.pack(">I", zlib.crc32(soort + data))
    rijen = b"".join(b"\x00" + b"\x1f\x3b\x57" * 4 for _ in range(2))
    return (b"\x89PNG\r\n\x1a\n" + blok(b"IHDR", struct.pack(">IIBBBBB", 4, 2, 8, 2, 0, 0, 0))
            + blok(b"IDAT", zlib.compress(rijen)) + blok(b"IEND", b""))


def _woorden(paginas) -> str:
    return " ".join("\n".join(paginas).split())


def _paginas(inhoud: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(inhoud)).pages]


def test_bbv_koppen_en_invoer_5_in_de_juiste_jaarkolom(pdf_paginas):
    """Baten and lasten per taakveld, saldo, reserve mutations on 0.10, saldo na bestemming, the overview of
    incidental lines and the structureel saldo, with the INVOER §5 figures under their years."""
    begin = next(i for i, t in enumerate(pdf_paginas) if "1. Overzicht van baten en lasten" in t.split("\n")[:4])
    eind = next(i for i, t in enumerate(pdf_paginas) if "2. Financieringsstromen" in t.split("\n")[:6])
    overzicht = _woorden(pdf_paginas[begin:eind])
    for kop in ("Taakveld 0.7 Algemene dekkingsmiddelen (gemeentefonds, niet geoormerkt)", "Taakveld 6.3 Inkomensregelingen", "Taakveld 6.4 Wsw en beschut werk",
                "Taakveld 6.5 Arbeidsparticipatie", "Saldo van baten en lasten", "Mutaties reserves (taakveld 0.10)",
                "Geraamd resultaat (+ = voordelig)", "Overzicht incidentele baten en lasten (BBV art. 19)", "Incidentele baten",
                "Incidentele lasten", "Totaal incidentele baten", "Totaal incidentele lasten", "Structureel saldo",
                "Memoposten", "Toelichting per regel"):
        assert kop in overzicht, kop
    assert overzicht.index("Taakveld 0.7") < overzicht.index("Saldo van baten en lasten") \
        < overzicht.index("Mutaties reserves") < overzicht.index("Geraamd resultaat") \
        < overzicht.index("Overzicht incidentele baten en lasten") < overzicht.index("Structureel saldo")
    for sleutel in ("toevoeging_reserve_impulsbudget", "saldo_na_bestemming"):
        waarden = dict(zip(JAREN, rij_waarden(overzicht, REGEL[sleutel].label, len(JAREN))))
        for jaar, bedrag in VERWACHT[sleutel].items():
            assert waarden[jaar] == nl(bedrag), (sleutel, jaar)
    for sleutel in ("structureel_saldo", "besteding_duurzame_werkplekken", "reserve_impulsbudget_begin"):  # (v3)
        waarden = dict(zip(JAREN, rij_waarden(overzicht, REGEL[sleutel].label, len(JAREN))))
        for jaar, bedrag in VERWACHT_V3[sleutel].items():
            if jaar in waarden:
                assert waarden[jaar] == nl(bedrag), (sleutel, jaar)
    # (v3) the spending categories stand under their own taakveld: doorstroom on 6.5
    tv65 = overzicht[overzicht.index("Taakveld 6.5"):overzicht.index("Totaal lasten")]
    assert REGEL["besteding_doorstroom"].label in tv65 and REGEL["besteding_overig"].label not in tv65
    # the structureel saldo is derived in the overview: saldo na bestemming − incidentele baten + incidentele lasten
    incidenteel = overzicht[overzicht.index("Overzicht incidentele baten en lasten"):]
    assert rij_waarden(incidenteel, "Tijdelijke ophoging LKS beschut werk", 3)[1:] == ["43.868", "44.125"]


def test_regels_die_elders_staan_zijn_gemarkeerd_en_toegelicht(pdf_paginas):
    woorden = _woorden(pdf_paginas)
    for sleutel in ("buig_lks_beschut", "iu_wsw", "lasten_wsw", "lasten_lks_beschut"):
        assert f"{REGEL[sleutel].label} *" in woorden, sleutel
    assert f"{REGEL['saldo'].label} *" not in woorden
    toelichting = woorden[woorden.index("Toelichting per regel"):]
    assert "Onderdeel van het BUIG-budget van de gemeente; niet dubbel ramen." in toelichting
    assert REGEL["besteding_duurzame_werkplekken"].uitleg in toelichting


def test_eigen_bijlage_titel_inleiding_logo_concept_en_datum(invoer):
    eigen = EigenBijlage(titel="Bijlage 7 bij de begroting 2027", inleiding="Deze bijlage licht de ramingen toe.",
                         logo=Logo(_png()), concept=True, datum=DATUM)
    bijlage = stel_samen(invoer, eigen=eigen, gevoeligheid=False, secties=("samenvatting",))
    inhoud = bouw_pdf(bijlage.resultaat, bijlage.opties)
    paginas = _paginas(inhoud)
    assert "Bijlage 7 bij de begroting 2027" in paginas[0] and "Deze bijlage licht de ramingen toe." in paginas[0]
    assert b"/Subtype /Image" in inhoud                                    # the logo
    assert all("CONCEPT" in t for t in paginas)
    meta = PdfReader(io.BytesIO(inhoud)).metadata
    assert meta["/CreationDate"].startswith("D:20261123") and meta["/ModDate"].startswith("D:20261123")
    assert bouw_pdf(bijlage.resultaat, bijlage.opties) == inhoud          # still byte-identical
    zonder = bouw_pdf(bijlage.resultaat, replace(bijlage.opties, concept=False, logo=Logo(b"\x89PNG\r\n\x1a\nkapot")))
    assert all("CONCEPT" not in t for t in _paginas(zonder))              # a damaged logo does not stop the annex


def test_niet_ontvangende_gemeente_spreekt_van_doorbetaling(invoer):
    niet = invoer.met(ontvangt_impulsbudget=False)
    tekst = _woorden(_paginas(bouw_pdf(stel_samen(niet, gevoeligheid=False).resultaat, ExportOpties(datum=DATUM))))
    assert "Doorbetaling impulsbudget" in tekst and "Impulsbudget sociale infrastructuur (DU)" not in tekst
    assert "ontvangt het impulsbudget niet zelf" in tekst
    assert "Toegerekend aandeel impulsbudget" in tekst
    zonder_aantal = niet.met(dgr_samenwerkingsverband=None)
    tekst = _woorden(_paginas(bouw_pdf(stel_samen(zonder_aantal, gevoeligheid=False).resultaat,
                                       ExportOpties(datum=DATUM))))
    # the model's own warning, the one reason everywhere (REKENREGELS §4.5)
    assert "Het toegerekende aandeel impulsbudget kan niet worden berekend: vul op blad Gemeente Doelgroepenregister " \
           "samenwerkingsverband in" in tekst
    assert "Doorbetaling ontvangen" in tekst and "Impulsbudget ontvangen" not in tekst


def test_tornado_in_de_kleuren_van_het_programma():
    pytest.importorskip("PySide6")
    from model.export.pdf_stijl import TORNADO_HOOG, TORNADO_LAAG
    from ui.grafieken.tornado import HOOG_KLEUR, LAAG_KLEUR
    assert TORNADO_LAAG.hexval()[2:].upper() == LAAG_KLEUR.lstrip("#").upper()
    assert TORNADO_HOOG.hexval()[2:].upper() == HOOG_KLEUR.lstrip("#").upper()


def test_een_kleine_bijlage_heeft_weinig_paginas(invoer):
    """(issue 21) The raad-ready default annex over the begroting horizon (four years) has at most 12 pages."""
    bijlage = stel_samen(invoer, eigen=EigenBijlage(datum=DATUM))
    assert (bijlage.opties.van, bijlage.opties.tot) == (2026, 2029)
    assert len(_paginas(bouw_pdf(bijlage.resultaat, bijlage.opties))) <= 12
    lid = stel_samen(invoer.met(ontvangt_impulsbudget=False), eigen=EigenBijlage(datum=DATUM))
    assert len(_paginas(bouw_pdf(lid.resultaat, lid.opties))) <= 12
    alleen = stel_samen(invoer, eigen=EigenBijlage(datum=DATUM), gevoeligheid=False, secties=("samenvatting",))
    assert len(_paginas(bouw_pdf(alleen.resultaat, alleen.opties))) <= 4


def test_eigen_taakveld_staat_in_het_overzicht_en_de_toelichting(invoer):
    """(v3) A category booked on another taakveld stands under that taakveld, marked in the toelichting."""
    eigen = invoer.met(taakvelden={"besteding_overig": "6.71"})
    woorden = _woorden(_paginas(bouw_pdf(stel_samen(eigen, gevoeligheid=False).resultaat, ExportOpties(datum=DATUM))))
    blok = woorden[woorden.index("Taakveld 6.71"):woorden.index("Totaal lasten")]
    assert REGEL["besteding_overig"].label in blok
    assert "taakveld 6.71 (eigen indeling)" in woorden
