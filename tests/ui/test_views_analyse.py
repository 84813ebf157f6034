"""Scenario comparison, sensitivity (tornado) and findings views."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from model.analyse import gevoeligheid, vergelijk
from model.berekening import bereken
from model.bevindingen import FOUT, WAARSCHUWING, Bevinding
from model.controles import circulairenaam
from model.invoer import voorbeeldgemeente
from model.regels import REGEL
from model.scenario import BASIS, Scenario, preset
from ui.views.bevindingen import BevindingenView
from ui.views.gevoeligheid import GevoeligheidView
from ui.views.tabellen import NEGATIEF
from ui.views.vergelijking import VergelijkingView

LATER = "Wetswijziging forfaitaire LKS een jaar later"


@pytest.fixture(scope="module")
def vergelijking():
    return vergelijk(voorbeeldgemeente(), [Scenario(BASIS), preset(LATER)], van=2025, tot=2035)


@pytest.fixture(scope="module")
def gevoeligheden():
    return gevoeligheid(voorbeeldgemeente(), van=2025, tot=2035)


def test_vergelijking_basis_en_lks_later(qtbot, vergelijking):
    view = VergelijkingView()
    qtbot.addWidget(view)
    view.toon(vergelijking)
    assert view.gekozen_regel() == "saldo"
    tabel = view.tabel
    assert tabel.tekst(0, 0) == BASIS and tabel.tekst(1, 0) == LATER
    kolom = tabel.kolom("2028")
    assert tabel.tekst(0, kolom) == "€ 133.317"            # INVOER §5, Basis saldo 2028
    assert tabel.tekst(0, tabel.kolom("2026")) == "€ -38.502"
    index = tabel.model().index(0, tabel.kolom("2026"))
    assert index.data(Qt.ForegroundRole) == NEGATIEF
    variant = vergelijking.varianten[0]
    verschil_2028 = variant.waarde("saldo", 2028) - vergelijking.basis.waarde("saldo", 2028)
    assert abs(verschil_2028) > 1      # the forfait starts a year later: 2028 differs
    from model.opmaak import euro
    assert tabel.tekst(2, kolom).strip() == euro(verschil_2028)
    assert "verschil" in tabel.tekst(2, 0)
    assert tabel.tekst(2, tabel.kolom("2027")) == "€ 0"   # before 2028 nothing changes
    # cumulated difference: in 2028 equal to the 2028 difference (earlier years are 0)
    assert tabel.tekst(3, kolom) == euro(verschil_2028)
    assert tabel.tekst(3, tabel.kolom("2035")) == euro(sum(vergelijking.verschil(variant, "saldo")))
    assert REGEL["iu_beschut_lks_overbrugging"].label in view.samenvatting.text()
    assert LATER in view.samenvatting.text()


def test_vergelijking_andere_regel_kiezen(qtbot, vergelijking):
    view = VergelijkingView()
    qtbot.addWidget(view)
    view.toon(vergelijking)
    view.kies_regel("iu_beschut_lks_overbrugging")
    tabel = view.tabel
    assert tabel.tekst(0, tabel.kolom("2027")) == "€ 44.125"     # INVOER §5
    assert tabel.tekst(0, tabel.kolom("2028")) == "€ 0"
    assert tabel.tekst(1, tabel.kolom("2028")) != "€ 0"           # the overbrugging runs on in 2028
    assert view.grafiek.accessibleName().endswith(REGEL["iu_beschut_lks_overbrugging"].label)


def test_tornado_een_balk_per_gevoeligheid_in_volgorde(qtbot, gevoeligheden):
    view = GevoeligheidView()
    qtbot.addWidget(view)
    omgekeerd = list(reversed(gevoeligheden))        # the chart keeps the order it is given
    view.toon(omgekeerd)
    tornado = view.tornado
    tornado.resize(1000, 800)
    tornado.grab()
    labels = [g.variatie.label for g in omgekeerd]
    assert tornado.balken() == labels
    # one row per Gevoeligheid, each with a low and a high bar, in the given order
    assert len(tornado.onderdelen) == 2 * len(omgekeerd)
    for i, g in enumerate(omgekeerd):
        laag, hoog = tornado.onderdelen[2 * i], tornado.onderdelen[2 * i + 1]
        assert laag.tekst.startswith(g.variatie.label) and hoog.tekst.startswith(g.variatie.label)
        assert g.variatie.laag_tekst in laag.tekst and g.variatie.hoog_tekst in hoog.tekst
        assert laag.rect.top() < hoog.rect.top()
        if i:
            assert tornado.onderdelen[2 * i - 2].rect.top() < laag.rect.top()
    # the table lists the same rows with Dutch-formatted effects
    from model.opmaak import euro
    eerste = omgekeerd[0]
    assert view.tabel.tekst(0, 0) == eerste.variatie.label
    assert view.tabel.tekst(0, 3) == euro(eerste.effect_laag)
    assert view.tabel.tekst(0, 4) == euro(eerste.effect_hoog)


def test_tornado_waarden_bij_nul_links_en_rechts(qtbot, gevoeligheden):
    view = GevoeligheidView()
    qtbot.addWidget(view)
    view.toon(gevoeligheden)
    view.tornado.resize(1000, 800)
    view.tornado.grab()
    # Wsw netto kosten per SE: lower costs improve the saldo (right of zero), higher ones worsen it
    i = next(i for i, g in enumerate(gevoeligheden) if g.variatie.sleutel == "wsw_netto_kosten_per_se")
    laag, hoog = view.tornado.onderdelen[2 * i], view.tornado.onderdelen[2 * i + 1]
    assert gevoeligheden[i].effect_laag > 0 > gevoeligheden[i].effect_hoog
    assert laag.rect.left() >= hoog.rect.right() - 1


def bevindingen():
    return [
        Bevinding(WAARSCHUWING, "Het doelgroepenregister samenwerkingsverband wijkt af van de som van de gemeenten.",
                  "Gemeente", "B8", "Doelgroepenregister samenwerkingsverband", veld="dgr_samenwerkingsverband"),
        Bevinding(FOUT, "De taakstelling 2027 is geen getal.", "Meerjarig", "B4", "Taakstelling", "veel", "een getal",
                  "taakstelling", 2027),
    ]


def test_bevindingen_toont_blad_en_cel_en_meldt_keuze(qtbot):
    view = BevindingenView()
    qtbot.addWidget(view)
    resultaat = bereken(voorbeeldgemeente(), van=2025, tot=2035)
    view.toon(bevindingen(), resultaat)
    tabel = view.invoer
    # errors first
    kolommen = [tabel.kolom(k) for k in ("Ernst", "Blad", "Cel", "Label")]
    assert [tabel.tekst(0, k) for k in kolommen] == ["Fout", "Meerjarig", "B4", "Taakstelling"]
    assert [tabel.tekst(1, k) for k in kolommen[:3]] == ["Waarschuwing", "Gemeente", "B8"]
    assert tabel.tekst(0, tabel.kolom("Melding")) == "De taakstelling 2027 is geen getal."
    assert tabel.model().index(0, 0).data(Qt.DecorationRole) is not None
    assert "1 fout, 1 waarschuwing" in view.kopjes[tabel].text()
    view.show()
    tabel.setFocus()
    tabel.setCurrentIndex(tabel.model().index(0, 1))
    with qtbot.waitSignal(view.bevinding_gekozen, timeout=1000) as signaal:
        qtbot.keyClick(tabel, Qt.Key_Return)
    assert signaal.args[0].cel == "B4" and signaal.args[0].veld == "taakstelling"


def test_bevindingen_waarschuwingen_en_aansluiting(qtbot):
    view = BevindingenView()
    qtbot.addWidget(view)
    resultaat = bereken(voorbeeldgemeente(), van=2025, tot=2035)
    view.toon([], resultaat)
    assert view.invoer.isHidden() and not view.invoer_leeg.isHidden()
    waarschuwingen = [w for w in resultaat.waarschuwingen if w.ernst != "info"]
    info = [w for w in resultaat.waarschuwingen if w.ernst == "info"]
    assert waarschuwingen and info
    assert view.model.model().rowCount() == len(waarschuwingen)
    melding = view.model.kolom("Melding")
    assert any("453.000" in view.model.tekst(i, melding) for i in range(view.model.model().rowCount()))
    assert not any(w.tekst == view.model.tekst(i, melding) for w in info for i in range(len(waarschuwingen)))
    # one row per run of years, written as a run
    realisatie = next(i for i, w in enumerate(waarschuwingen) if w.code == "realisatie")
    assert view.model.tekst(realisatie, view.model.kolom("Jaren")) == "2025–2035"
    # the info findings: one quiet group, collapsed until opened
    assert view.aanvulling_knop.text() == f"Aangevulde en standaardwaarden ({len(info)})"
    assert view.aanvulling.isHidden() and not view.aanvulling_knop.isChecked()
    view.klap_aanvullingen_uit()
    assert not view.aanvulling.isHidden()
    assert [view.aanvulling.model_.rijen[i].gegeven for i in range(view.aanvulling.model().rowCount())] == info
    assert view.aanvulling.tekst(0, 2) == "2029–2035"
    view.aanvulling_knop.click()
    assert view.aanvulling.isHidden()
    tabel = view.aansluiting
    # the Wsw circulaire 2026 (3.350.000, INVOER §5) next to the model's own estimate
    rij = next(i for i in range(tabel.model().rowCount())
               if tabel.tekst(i, 0) == circulairenaam("iu_wsw") and tabel.tekst(i, 1) == "2026")
    assert tabel.tekst(rij, 2) == "€ 3.350.000"
    a = next(a for a in resultaat.aansluiting if a.regel == "iu_wsw" and a.jaar == 2026)
    from model.opmaak import euro, procent
    assert tabel.tekst(rij, 3) == euro(a.model)
    assert tabel.tekst(rij, 4) == euro(a.verschil)
    assert tabel.tekst(rij, 5) == procent(a.verschil_pct, 1)


def test_jaren_als_reeksen():
    from model.opmaak import jarentekst
    assert jarentekst(()) == ""
    assert jarentekst((2029,)) == "2029"
    assert jarentekst((2026, 2027, 2028, 2030, 2032, 2033)) == "2026–2028, 2030 en 2032–2033"


def test_bevindingen_zonder_resultaat(qtbot):
    view = BevindingenView()
    qtbot.addWidget(view)
    view.toon(bevindingen(), None)
    assert view.invoer.model().rowCount() == 2
    assert view.model_leeg.text() == "Er is nog niet gerekend."


def test_lege_invoer_geeft_geen_fout(qtbot):
    gevoelig = GevoeligheidView()
    qtbot.addWidget(gevoelig)
    gevoelig.toon([])
    gevoelig.tornado.resize(400, 300)
    gevoelig.tornado.grab()
    assert gevoelig.tabel.model().rowCount() == 0 and gevoelig.tornado.onderdelen == []
    alleen_basis = VergelijkingView()
    qtbot.addWidget(alleen_basis)
    alleen_basis.toon(vergelijk(voorbeeldgemeente(), [Scenario(BASIS)]))
    assert alleen_basis.tabel.model().rowCount() == 1
    assert alleen_basis.tabel.tekst(0, alleen_basis.tabel.kolom("2026")) == "€ -38.502"
    assert "alleen het basisscenario" in alleen_basis.samenvatting.text()



def test_geen_cumulatief_verschil_voor_een_voorraad(qtbot, vergelijking):
    """The reserve is a stock: its difference per year is shown, a running total is not."""
    view = VergelijkingView()
    qtbot.addWidget(view)
    view.toon(vergelijking)
    aantal = view.tabel.model().rowCount()
    assert any("cumulatief" in view.tabel.tekst(r, 0) for r in range(aantal))
    view.kies_regel("reserve_impulsbudget")
    aantal = view.tabel.model().rowCount()
    assert aantal == 1 + 2 * len(vergelijking.varianten)
    assert not any("cumulatief" in view.tabel.tekst(r, 0) for r in range(aantal))
