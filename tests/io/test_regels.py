"""INVOER §1–3 rule by rule, each with a real workbook file written in the test."""
from __future__ import annotations

import pytest

from model.invoer import naar_dict
from model.io.werkboek import lees_werkboek
from tests.io.bouw import Fout, kopie, schrijf, voorbeeld_grid, zet, zet_gegeven, zoek

FORMATEN = (".xlsx", ".ods", ".xls")


@pytest.fixture(scope="module")
def basis():
    return voorbeeld_grid()


@pytest.fixture
def lees(tmp_path):
    teller = iter(range(1000))

    def _lees(grid, ext=".xlsx", samengevoegd=None):
        pad = schrijf(grid, tmp_path / f"invoer{next(teller)}{ext}", samengevoegd)
        return lees_werkboek(pad)
    return _lees


def fouten(bevindingen):
    return [b for b in bevindingen if b.is_fout]


def cel_van(grid, blad, label, kolom_offset=1):
    r, c = zoek(grid, blad, label)
    return f"{chr(65 + c + kolom_offset)}{r + 1}"


def meerjarig_cel(grid, jaar, kolomlabel):
    kr, kc = zoek(grid, "Meerjarig", kolomlabel)
    for r, rij in enumerate(grid["Meerjarig"]):
        if rij and rij[0] == jaar:
            return r, kc
    raise KeyError(jaar)


@pytest.mark.parametrize("ext", FORMATEN)
def test_nederlandse_getaltekst_in_het_werkboek(basis, lees, ext):
    g = kopie(basis)
    zet_gegeven(g, "Begeleidingskosten per plek", "€ 8.000")
    zet_gegeven(g, "Overheadkosten per plek", "5.000")
    zet_gegeven(g, "Kosten per plek sociale infrastructuur", "3.634,00")
    zet_gegeven(g, "Wsw SE basisjaar", "118,5")
    zet_gegeven(g, "Stand bestemmingsreserve impulsbudget", "€\u00a040.000")
    zet_gegeven(g, "Doelgroepenregister samenwerkingsverband", "1.650")
    r, c = zoek(g, "Circulaire", "Rijksbijdrage Wsw")
    zet(g, "Circulaire", r + 2, c, "3.350.000")
    invoer, b = lees(g, ext)
    assert fouten(b) == []
    assert invoer.begeleiding_per_plek == 8000 and invoer.overhead_per_plek == 5000
    assert invoer.si_kosten_per_plek == 3634 and invoer.wsw_se_basis == 118.5
    assert invoer.reserve_impulsbudget_start == 40000 and invoer.dgr_samenwerkingsverband == 1650
    assert invoer.reeks("circ_wsw")[2026] == 3_350_000


@pytest.mark.parametrize("tekst, waarde", [("1.500", 1500.0), ("1.5", 1.5), ("1,5", 1.5), ("1.500,5", 1500.5)])
def test_punt_duizendtal_of_decimaal(basis, lees, tekst, waarde):
    g = kopie(basis)
    zet_gegeven(g, "Wsw SE basisjaar", tekst)
    invoer, b = lees(g)
    assert fouten(b) == [] and invoer.wsw_se_basis == waarde


@pytest.mark.parametrize("ext", FORMATEN)
@pytest.mark.parametrize("waarde, fractie, notitie", [
    (0.6, 0.6, False), ("60%", 0.6, False), ("60 %", 0.6, False), ("0,6", 0.6, False), (60, 0.6, True),
])
def test_percentagevormen(basis, lees, ext, waarde, fractie, notitie):
    g = kopie(basis)
    cel = zet_gegeven(g, "LKS-percentage beschut werk", waarde)
    invoer, b = lees(g, ext)
    assert fouten(b) == []
    assert invoer.lks_percentage == pytest.approx(fractie)
    notities = [x for x in b if x.cel == cel]
    assert bool(notities) == notitie
    if notitie:
        assert notities[0].ernst == "waarschuwing" and "60 %" in notities[0].melding


@pytest.mark.parametrize("waarde", [150, -0.2, "abc %"])
def test_onmogelijk_percentage(basis, lees, waarde):
    g = kopie(basis)
    cel = zet_gegeven(g, "Werkgeverslasten SOB", waarde)
    invoer, b = lees(g)
    assert invoer is None
    assert [(x.blad, x.cel) for x in fouten(b)] == [("Gemeente", cel)]


@pytest.mark.parametrize("waarde, verwacht", [("ja", True), ("Nee", False), ("j", True), ("onwaar", False),
                                              (True, True), (0, False)])
def test_janee(basis, lees, waarde, verwacht):
    g = kopie(basis)
    zet_gegeven(g, "Ontvangt impulsbudget", waarde)
    invoer, b = lees(g)
    assert fouten(b) == [] and invoer.ontvangt_impulsbudget is verwacht


@pytest.mark.parametrize("ext", FORMATEN)
def test_foutwaarden_noemen_de_cel(basis, lees, ext):
    g = kopie(basis)
    r, c = meerjarig_cel(g, 2026, "Taakstelling beschut werk")
    zet(g, "Meerjarig", r, c, Fout("#N/A"))
    zet_gegeven(g, "Contracturen per week beschut werk", "#DEEL/0!")  # pasted as text (Dutch Excel)
    invoer, b = lees(g, ext)
    assert invoer is None
    plaatsen = {(x.blad, x.cel) for x in fouten(b)}
    assert plaatsen == {("Meerjarig", f"B{r + 1}"), ("Gemeente", cel_van(g, "Gemeente", "Contracturen per week beschut werk"))}
    assert all("foutwaarde" in x.melding for x in fouten(b))


def test_jaartallen(basis, lees):
    g = kopie(basis)
    r, _ = meerjarig_cel(g, 2027, "Jaar")
    zet(g, "Meerjarig", r, 0, "2027.0")
    r2, _ = meerjarig_cel(g, 2028, "Jaar")
    zet(g, "Meerjarig", r2, 0, "2028,5")
    invoer, b = lees(g)
    assert invoer is None
    assert [(x.blad, x.cel, x.gevonden) for x in fouten(b)] == [("Meerjarig", f"A{r2 + 1}", "2028,5")]


@pytest.mark.parametrize("ext", FORMATEN)
def test_samengevoegde_cellen_lezen_de_linkerbovencel(basis, lees, ext):
    g = kopie(basis)
    naam = cel_van(g, "Gemeente", "Naam gemeente")
    rij = int(naam[1:])
    r, c = meerjarig_cel(g, 2025, "Plekken sociale infrastructuur")
    zet(g, "Meerjarig", r + 1, c, None)
    kol = chr(65 + c)
    invoer, b = lees(g, ext, {"Gemeente": [f"B{rij}:C{rij}"], "Meerjarig": [f"{kol}{r + 1}:{kol}{r + 2}"]})
    assert fouten(b) == []
    assert invoer.naam == "Voorbeeldgemeente"
    assert invoer.reeks("plekken_si")[2026] == invoer.reeks("plekken_si")[2025] == 0


@pytest.mark.parametrize("ext", FORMATEN)
def test_tien_titelrijen_mogen(basis, lees, ext, voorbeeld):
    g = {naam: [["Gemeente Voorbeeld — begroting"]] + [[None]] * 9 + rijen[2:] for naam, rijen in basis.items()}
    invoer, b = lees(g, ext)
    assert fouten(b) == []
    assert naar_dict(invoer) == naar_dict(voorbeeld)


def test_elf_titelrijen_zijn_te_veel(basis, lees):
    g = kopie(basis)
    g["Gemeente"] = [["titel"]] * 11 + g["Gemeente"][2:]
    invoer, b = lees(g)
    assert invoer is None
    assert any(x.blad == "Gemeente" and "kopregel" in x.melding for x in fouten(b))


@pytest.mark.parametrize("ext", FORMATEN)
def test_kolommen_bladen_en_labels_in_andere_vorm(basis, lees, ext, voorbeeld):
    g = {}
    for naam in reversed(list(basis)):  # sheet order reversed
        rijen = [list(reversed(rij)) for rij in basis[naam]]  # columns reversed
        nieuwe_naam = {"Gemeente": "GEMEENTE ", "Meerjarig": "meerjarig", "Samenwerkingsverband": "SAMENWERKINGSVERBAND"}
        g[nieuwe_naam.get(naam, naam)] = rijen
    r, c = zoek(g, "GEMEENTE ", "Naam gemeente")
    g["GEMEENTE "][r][c] = "NAAM  GEMEENTE:"
    r, c = zoek(g, "meerjarig", "Taakstelling beschut werk")
    g["meerjarig"][r][c] = "taakstelling (beschut werk)"
    invoer, b = lees(g, ext)
    assert fouten(b) == []
    assert naar_dict(invoer) == naar_dict(voorbeeld)


def test_verplichte_waarde_ontbreekt(basis, lees):
    g = kopie(basis)
    naam = zet_gegeven(g, "Naam gemeente", None)
    r, _ = zoek(g, "Gemeente", "Basisjaar")
    del g["Gemeente"][r]
    invoer, b = lees(g)
    assert invoer is None
    f = fouten(b)
    assert [(x.veld, x.cel) for x in f] == [("naam", naam), ("basisjaar", None)]
    assert all(x.blad == "Gemeente" for x in f)
    assert "Basisjaar ontbreekt" in f[1].melding


def test_dubbele_jaren(basis, lees):
    g = kopie(basis)
    r25, _ = meerjarig_cel(g, 2025, "Jaar")
    r27, _ = meerjarig_cel(g, 2027, "Jaar")
    zet(g, "Meerjarig", r27, 0, 2025)
    invoer, b = lees(g)
    assert invoer is None
    f = fouten(b)
    assert [(x.blad, x.cel, x.jaar) for x in f] == [("Meerjarig", f"A{r27 + 1}", 2025)]
    assert f"A{r25 + 1}" in f[0].melding


@pytest.mark.parametrize("ext", FORMATEN)
def test_negatieve_aantallen(basis, lees, ext):
    g = kopie(basis)
    r, c = meerjarig_cel(g, 2027, "Gerealiseerd beschut werk")
    zet(g, "Meerjarig", r, c, -3)
    invoer, b = lees(g, ext)
    assert invoer is None
    assert [(x.blad, x.cel, x.veld, x.jaar) for x in fouten(b)] == [
        ("Meerjarig", f"{chr(65 + c)}{r + 1}", "gerealiseerd", 2027)]


@pytest.mark.parametrize("ext", FORMATEN)
def test_som_van_de_leden(basis, lees, ext):
    g = kopie(basis)
    r, c = zoek(g, "Samenwerkingsverband", "Noordrand")
    zet(g, "Samenwerkingsverband", r, c + 1, 451)
    invoer, b = lees(g, ext)
    assert invoer is None
    f = fouten(b)
    assert len(f) == 1 and f[0].blad == "Samenwerkingsverband"
    assert "1.651" in f[0].melding and "1.650" in f[0].melding


def test_onbekend_gegeven_is_een_waarschuwing(basis, lees, voorbeeld):
    g = kopie(basis)
    g["Gemeente"].insert(6, ["Inwonertal", 45000, None])
    invoer, b = lees(g)
    assert invoer is not None and naar_dict(invoer) == naar_dict(voorbeeld)
    assert [(x.ernst, x.blad, x.cel) for x in b] == [("waarschuwing", "Gemeente", "A7")]
    assert b[0].melding == "Onbekend gegeven 'Inwonertal' in blad Gemeente, cel A7 — genegeerd."


def test_onbekende_kolom_en_extra_blad_worden_genegeerd(basis, lees, voorbeeld):
    g = kopie(basis)
    r, _ = zoek(g, "Circulaire", "Jaar")
    g["Circulaire"][r].append("Opmerking")
    g["Notities"] = [["vrij blad", 1, 2]]
    invoer, b = lees(g)
    assert invoer is not None and naar_dict(invoer) == naar_dict(voorbeeld)
    assert [(x.ernst, x.blad) for x in b] == [("waarschuwing", "Circulaire")]


def test_ontbrekend_verplicht_blad(basis, lees):
    g = kopie(basis)
    del g["Meerjarig"]
    invoer, b = lees(g)
    assert invoer is None
    assert [(x.blad, x.cel) for x in fouten(b)] == [("Meerjarig", None)]
    assert "ontbreekt" in fouten(b)[0].melding


def test_alle_problemen_tegelijk_en_validatie_op_de_cel(basis, lees):
    g = kopie(basis)
    c_uren = zet_gegeven(g, "Contracturen per week beschut werk", 50)        # model validation: 1–40
    c_cbs = zet_gegeven(g, "CBS-code", "0200")                                # model validation: GM + 4 digits
    c_basis = zet_gegeven(g, "Basisjaar", "2026,5")                          # reading error
    r, c = meerjarig_cel(g, 2026, "Positief advies beschut werk")
    zet(g, "Meerjarig", r, c, "veel")                                         # reading error
    invoer, b = lees(g)
    assert invoer is None
    assert {(x.blad, x.cel) for x in fouten(b)} == {
        ("Gemeente", c_uren), ("Gemeente", c_cbs), ("Gemeente", c_basis), ("Meerjarig", f"{chr(65 + c)}{r + 1}")}
    assert all(x.gevonden for x in fouten(b))


def test_circulaire_leeg_is_niet_gepubliceerd_en_nul_is_nul(basis, lees):
    g = kopie(basis)
    r, c = zoek(g, "Circulaire", "Rijksbijdrage sociale infrastructuur")
    zet(g, "Circulaire", r + 1, c, None)
    zet(g, "Circulaire", r + 2, c, 0)
    invoer, b = lees(g)
    assert fouten(b) == []
    assert 2025 not in invoer.reeks("circ_si") and invoer.reeks("circ_si")[2026] == 0


def test_ods_foutcel_zoals_libreoffice_die_schrijft(basis, tmp_path):
    """LibreOffice keeps a cached 0 next to the error marker; that 0 must not slip through."""
    import zipfile
    pad = schrijf(basis, tmp_path / "bron.ods")
    with zipfile.ZipFile(pad) as zf:
        leden = {n: zf.read(n) for n in zf.namelist()}
    inhoud = leden["content.xml"].decode()
    inhoud = inhoud.replace("<office:document-content ", '<office:document-content xmlns:calcext='
                            '"urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" ', 1)
    oud = '<table:table-cell office:value-type="float" office:value="14.2"><text:p>14.2</text:p></table:table-cell>'
    assert oud in inhoud
    inhoud = inhoud.replace(oud, '<table:table-cell table:formula="of:=1/0" office:value-type="float" office:value="0" '
                                 'calcext:value-type="error"><text:p>#DEEL/0!</text:p></table:table-cell>')
    leden["content.xml"] = inhoud.encode()
    doel = tmp_path / "libreoffice.ods"
    with zipfile.ZipFile(doel, "w") as zf:
        zf.writestr("mimetype", leden.pop("mimetype"), compress_type=zipfile.ZIP_STORED)
        for naam, data in leden.items():
            zf.writestr(naam, data, compress_type=zipfile.ZIP_DEFLATED)
    invoer, b = lees_werkboek(doel)
    assert invoer is None
    r, c = meerjarig_cel(basis, 2025, "Taakstelling beschut werk")
    assert [(x.blad, x.cel, x.gevonden) for x in fouten(b)] == [("Meerjarig", f"B{r + 1}", "#DEEL/0!")]


def test_gegevens_in_een_kolom_zonder_kop_worden_gemeld(basis, lees):
    g = kopie(basis)
    r, _ = meerjarig_cel(g, 2026, "Jaar")
    zet(g, "Meerjarig", r, 8, 99)
    zet(g, "Meerjarig", r + 1, 8, 98)
    invoer, b = lees(g)
    assert invoer is not None
    assert [(x.ernst, x.blad, x.cel) for x in b] == [("waarschuwing", "Meerjarig", f"I{r + 1}")]
