"""The per-stream views show the Voorbeeldgemeente figures of INVOER §5, formatted in Dutch."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from model.berekening import bereken
from model.invoer import voorbeeldgemeente
from model.regels import GROOTHEID, REGEL, rijlabel
from ui.views.stromen import (BeschutWerkView, ImpulsbudgetView, MaatschappelijkeBatenView, SocialeInfrastructuurView,
                              WswView)
from ui.views.tabellen import NEGATIEF


@pytest.fixture(scope="module")
def resultaat():
    return bereken(voorbeeldgemeente(), van=2025, tot=2035)


def cel(tabel, label: str, jaar: int) -> str:
    return tabel.tekst(tabel.rij_met(label), tabel.kolom(str(jaar)))


def label(sleutel: str) -> str:
    """Every row of a stream's table is labelled by the catalogue (line or intermediate quantity); a spending
    category is set in under its total."""
    return rijlabel(REGEL[sleutel], REGEL[sleutel].label) if sleutel in REGEL else GROOTHEID[sleutel].label


def maak(qtbot, klasse, resultaat):
    view = klasse()
    qtbot.addWidget(view)
    view.toon(resultaat)
    view.resize(1000, 650)
    view.show()
    from ui.grafieken.basis import Grafiek
    for grafiek in view.findChildren(Grafiek):
        grafiek.grab()   # paints the chart once, registering its bars and markers
    return view


def test_impulsbudget_reserve_en_budget(qtbot, resultaat):
    view = maak(qtbot, ImpulsbudgetView, resultaat)
    reserve = REGEL["reserve_impulsbudget"].label
    assert cel(view.tabel, reserve, 2026) == "€ 437.500"
    assert cel(view.tabel, reserve, 2028) == "€ 607.500"
    assert cel(view.tabel, reserve, 2034) == "€ 760.500"
    du = REGEL["du_impulsbudget"].label
    assert cel(view.tabel, du, 2031) == "€ 432.000"
    assert cel(view.tabel, REGEL["impulsbudget_toegerekend"].label, 2034) == "€ 129.600"
    # bestedingsplan 2026: organisatiestructuur 200.000, doorstroom 150.000, operationeel resultaat 100.000
    assert cel(view.tabel, label("besteding_organisatiestructuur"), 2026) == "€ 200.000"
    assert cel(view.tabel, label("besteding_doorstroom"), 2026) == "€ 150.000"
    assert cel(view.tabel, label("besteding_operationeel_resultaat"), 2026) == "€ 100.000"
    assert cel(view.tabel, label("lasten_impulsbudget"), 2026) == "€ 450.000"
    assert cel(view.tabel, label("besteding_duurzame_werkplekken"), 2033) == "€ 350.000"
    # the reserve chart holds one marker per year per series, with the exact value as tooltip
    teksten = [o.tekst for o in view.grafiek.onderdelen]
    assert "Stand bestemmingsreserve impulsbudget (eind jaar) 2026: € 437.500" in teksten


def test_impulsbudget_leden_totaal_is_regionaal_bedrag(qtbot, resultaat):
    view = maak(qtbot, ImpulsbudgetView, resultaat)
    tabel = view.leden
    assert [tabel.tekst(i, 0) for i in range(4)] == ["Voorbeeldgemeente (eigen gemeente)", "Noordrand", "Oosthoek",
                                                     "Zuiderveld"]
    assert tabel.tekst(1, tabel.kolom("Sleutel")) == "27,27 %"         # 450 / 1.650
    totaal = tabel.rij_met("Totaal samenwerkingsverband")
    assert tabel.tekst(totaal, tabel.kolom("Doelgroepenregister")) == "1.650"
    verwacht = {2026: "€ 472.500", 2027: "€ 472.500", 2028: "€ 472.500", 2031: "€ 432.000", 2034: "€ 297.000"}
    for jaar, tekst in verwacht.items():
        assert tabel.tekst(totaal, tabel.kolom(str(jaar))) == tekst
    for jaar, du in zip(resultaat.jaren, resultaat.reeks("du_impulsbudget")):
        assert tabel.model_.rijen[totaal].cellen[tabel.kolom(str(jaar))].waarde == pytest.approx(du)
    # Voorbeeldgemeente's own part is the toegerekend amount (720 / 1650 of the region)
    assert cel(tabel, "Voorbeeldgemeente (eigen gemeente)", 2026) == "€ 206.182"
    assert tabel.model_.rijen[totaal].nadruk
    assert "doelgroepenregister" in view.leden_tekst.text()


def test_impulsbudget_leden_met_afgesproken_sleutels(qtbot):
    from model.berekening import bereken
    from tests.regiobouw import lid
    view = maak(qtbot, ImpulsbudgetView, bereken(lid("Oosthoek", 300, 0.20, 2)))
    tabel = view.leden
    assert tabel.tekst(2, 0) == "Oosthoek (eigen gemeente)"
    assert tabel.tekst(2, tabel.kolom("Sleutel")) == "20,00 %"
    assert cel(tabel, "Noordrand", 2026) == "€ 141.750"                  # 472.500 × 30 %, not 450 / 1.650
    assert "afgesproken verdeelsleutel" in view.leden_tekst.text()


def test_wsw_view(qtbot, resultaat):
    view = maak(qtbot, WswView, resultaat)
    assert cel(view.tabel, REGEL["lasten_wsw"].label, 2026) == "€ 3.495.750"
    assert cel(view.tabel, REGEL["lasten_wsw"].label, 2034) == "€ 2.529.966"
    assert cel(view.tabel, REGEL["iu_wsw"].label, 2027) == "€ 3.285.325"
    assert cel(view.tabel, label("se"), 2026) == "118,5"   # Wsw SE basisjaar
    assert "IU" in view.uitleg.text() or "integratie-uitkering" in view.uitleg.text()
    assert view.se_grafiek.onderdelen and view.grafiek.onderdelen


def test_beschut_werk_view(qtbot, resultaat):
    view = maak(qtbot, BeschutWerkView, resultaat)
    assert cel(view.tabel, REGEL["iu_beschut_werk"].label, 2026) == "€ 198.632"
    assert cel(view.tabel, REGEL["iu_beschut_lks_overbrugging"].label, 2027) == "€ 44.125"
    assert cel(view.tabel, REGEL["iu_beschut_lks_overbrugging"].label, 2028) == "€ 0"
    assert cel(view.tabel, REGEL["lasten_lks_beschut"].label, 2028) == "€ 334.562"
    # a fraction has its unit's decimal, as in the annex
    assert cel(view.tabel, label("lks_pct"), 2027) == "57,0 %"        # the gemeente's percentage
    assert cel(view.tabel, label("lks_pct"), 2028) == "68,0 %"        # the forfait from the startjaar
    assert "2028" in view.lks_tekst.text() and "68 %" in view.lks_tekst.text()
    assert cel(view.tabel, label("taak"), 2026) == "15,3"
    assert cel(view.tabel, label("real"), 2027) == "16,0"
    assert cel(view.tabel, label("adv"), 2028) == "23,0"
    # the per-plek saldo is negative: red, with a minus sign
    per_plek = view.tabel.rij_met(REGEL["saldo_beschut_per_plek"].label)
    index = view.tabel.model().index(per_plek, view.tabel.kolom("2026"))
    assert index.data().startswith("€ -")
    assert index.data(Qt.ForegroundRole) == NEGATIEF
    assert index.data(Qt.TextAlignmentRole) & Qt.AlignRight


def test_beschut_werk_regiovergelijking(qtbot, resultaat):
    view = maak(qtbot, BeschutWerkView, resultaat)
    tabel = view.regio
    regio = tabel.rij_met("Arbeidsmarktregio Achterhoek")
    landelijk = tabel.rij_met("Nederland (landelijk)")
    assert tabel.tekst(landelijk, tabel.kolom("Realisatiegraad")) == "97,4 %"   # 11.586 / 11.900, 003 Bijlage 1
    assert tabel.tekst(landelijk, tabel.kolom("Streefcijfer t/m december 2025")) == "11.900"
    vergelijking = resultaat.regiovergelijking
    assert tabel.tekst(regio, tabel.kolom("Werkzaam t/m september 2025")) == str(vergelijking.regio.werkzaam)
    assert "003" in view.regio_bron.text()


def test_sociale_infrastructuur_view(qtbot, resultaat):
    view = maak(qtbot, SocialeInfrastructuurView, resultaat)
    rijksbijdrage = REGEL["iu_sociale_infrastructuur"].label
    assert cel(view.tabel, rijksbijdrage, 2026) == "€ 139.300"
    assert cel(view.tabel, rijksbijdrage, 2028) == "€ 166.837"
    assert cel(view.tabel, rijksbijdrage, 2034) == "€ 264.750"
    assert cel(view.tabel, label("si_plekken"), 2027) == "6,0"
    # lasten = plekken × kosten per plek (3.634, basisjaar 2026) × (1 + lpo) ** (jaar − 2026)
    assert cel(view.tabel, label("lasten_sociale_infrastructuur"), 2026) == "€ 14.536"     # 4 × 3.634
    assert cel(view.tabel, label("lasten_sociale_infrastructuur"), 2027) == "€ 22.349"     # 6 × 3.634 × 1,025
    assert cel(view.tabel, label("si_aandeel"), 2026).endswith(" %")


def test_maatschappelijke_baten_view(qtbot, resultaat):
    view = maak(qtbot, MaatschappelijkeBatenView, resultaat)
    for jaar in (2026, 2031):
        i = resultaat.jaren.index(jaar)
        laag, midden, hoog = (resultaat.reeks(s)[i] for s in
                              ("maatschappelijke_baten_laag", "maatschappelijke_baten", "maatschappelijke_baten_hoog"))
        assert laag < midden < hoog
        assert cel(view.tabel, REGEL["maatschappelijke_baten"].label, jaar) == f"€ {midden:,.0f}".replace(",", ".")
    assert "memopost" in view.uitleg.text()


@pytest.mark.parametrize("klasse", [BeschutWerkView, SocialeInfrastructuurView, ImpulsbudgetView, WswView,
                                    MaatschappelijkeBatenView])
def test_views_toegankelijk_en_met_toetsenbord(qtbot, resultaat, klasse):
    view = maak(qtbot, klasse, resultaat)
    assert view.accessibleName()
    from PySide6.QtWidgets import QTableView
    from ui.grafieken.basis import Grafiek
    onderdelen = view.findChildren(QTableView) + view.findChildren(Grafiek)
    assert onderdelen
    from ui.views.vastekolom import VasteKolom
    for w in onderdelen:
        assert w.accessibleName(), w
        if not isinstance(w, VasteKolom):      # the fixed first column is a copy; focus stays in its table
            assert w.focusPolicy() & Qt.TabFocus


def test_zonder_regio_en_zonder_samenwerkingsverband(qtbot):
    invoer = voorbeeldgemeente().met(arbeidsmarktregio=None, samenwerkingsverband=())
    r = bereken(invoer)
    assert r.regiovergelijking is None and r.leden == ()
    beschut = maak(qtbot, BeschutWerkView, r)
    assert beschut.regio.model().rowCount() == 0
    assert "arbeidsmarktregio" in beschut.regio_bron.text()
    impuls = maak(qtbot, ImpulsbudgetView, r)
    assert impuls.leden.model().rowCount() == 0
    assert "Samenwerkingsverband" in impuls.leden_tekst.text()


def test_standaardjaren_en_opnieuw_tonen(qtbot, resultaat):
    kort = bereken(voorbeeldgemeente())          # basisjaar 2026 … 2029
    view = maak(qtbot, WswView, resultaat)
    view.toon(kort)
    assert view.tabel.model().columnCount() == 1 + 4
    assert cel(view.tabel, REGEL["lasten_wsw"].label, 2026) == "€ 3.495.750"
    with pytest.raises(ValueError):
        view.tabel.kolom("2030")
    view.se_grafiek.grab()
    assert len(view.se_grafiek.onderdelen) == 4


def test_eerste_kolom_blijft_staan_bij_zijwaarts_scrollen(qtbot, resultaat):
    view = maak(qtbot, WswView, resultaat)
    view.resize(600, 500)
    qtbot.wait(10)
    tabel = view.tabel
    assert tabel.horizontalHeader().length() > tabel.viewport().width()     # eleven years do not fit
    assert tabel.vast.isVisible()
    tabel.horizontalScrollBar().setValue(tabel.horizontalScrollBar().maximum())
    assert tabel.vast.geometry().left() == tabel.frameWidth()
    assert tabel.vast.model().index(0, 0).data() == REGEL["iu_wsw"].label
    assert tabel.vast.columnWidth(0) == tabel.columnWidth(0)
    assert all(tabel.vast.isColumnHidden(k) for k in range(1, tabel.model().columnCount()))
    # four years fit: no fixed column needed
    view.toon(bereken(voorbeeldgemeente()))
    view.resize(1000, 650)
    qtbot.wait(10)
    assert not tabel.vast.isVisible()


def test_elke_stroom_toont_zijn_catalogus(qtbot, resultaat):
    """Each view's table is the catalogue's parts for its stream, in order, with the catalogue's labels, units and
    explanations; the same parts the annex shows (model.regels.stroomindeling)."""
    from model.regels import STROMEN, stroomindeling
    from ui.views.stromen import stroomviews
    views = stroomviews()
    assert [v.stroom for v in views] == list(STROMEN)
    for view in views:
        qtbot.addWidget(view)
        view.toon(resultaat)
        model = view.tabel.model()
        verwacht, regels = [], []
        for kop, deel in stroomindeling(view.stroom, resultaat.invoer.ontvangt_impulsbudget):
            verwacht += ([kop] if kop else []) + [rijlabel(r, resultaat.label(r.sleutel)) for r in deel]
            regels += ([None] if kop else []) + list(deel)
        assert [model.index(i, 0).data() for i in range(model.rowCount())] == verwacht, view.stroom
        for i, regel in enumerate(regels):
            if regel is not None:
                assert model.index(i, 0).data(Qt.ToolTipRole) == regel.uitleg or not regel.uitleg
                assert model.index(i, 1).data() == regel.eenheid.opgemaakt(resultaat.reeks(regel.sleutel)[0])


def test_een_nieuwe_stroom_krijgt_een_view_zonder_eigen_code(qtbot, resultaat, monkeypatch):
    """A stream the catalogue gains (here: its entries borrowed from Wsw) is shown by the generated view."""
    from types import MappingProxyType

    from model import regels
    from ui.views import stromen
    monkeypatch.setattr(stromen, "STROMEN", MappingProxyType({**regels.STROMEN, "proef": "Proefstroom"}))
    monkeypatch.setattr(stromen, "stroomindeling",
                        lambda s, *a: regels.stroomindeling("wsw" if s == "proef" else s, *a))
    views = stromen.stroomviews()
    proef = views[-1]
    qtbot.addWidget(proef)
    assert type(proef) is stromen.Stroomview and proef.stroom == "proef" and proef.accessibleName() == "Proefstroom"
    proef.toon(resultaat)
    assert cel(proef.tabel, REGEL["lasten_wsw"].label, 2026) == "€ 3.495.750"


def test_impulsbudget_leden_zonder_regionaal_bedrag_zijn_onbekend(qtbot, tmp_path):
    """A member without a regional amount: every member's amount and the total are empty, never € 0, and the text
    says why (REKENREGELS §4.5)."""
    from model.io.invoerbestand import lees_invoerbestand
    from tests.regiobouw import lid_werkboek
    invoer, _ = lees_invoerbestand(lid_werkboek(tmp_path / "lid.xlsx"))
    view = maak(qtbot, ImpulsbudgetView, bereken(invoer))
    tabel = view.leden
    for naam in ("Voorbeeldgemeente", "Oosthoek (eigen gemeente)", "Totaal samenwerkingsverband"):
        assert [cel(tabel, naam, j) for j in (2026, 2027, 2028, 2029)] == [""] * 4, naam
    assert "€ 0" not in " ".join(tabel.tekst(r, k) for r in range(tabel.model_.rowCount())
                                 for k in range(tabel.model_.columnCount()))
    tekst = view.leden_tekst.text()
    assert "Het regionale impulsbudget is onbekend in 2026–2029" in tekst and "het totaal is het regionale bedrag" \
        not in tekst
    assert cel(view.tabel, REGEL["impulsbudget_toegerekend"].label, 2026) == ""
    assert cel(view.tabel, GROOTHEID["ib_regio"].label, 2026) == ""


def test_de_begroting_toont_een_onbekend_aandeel_als_onbekend(qtbot, tmp_path):
    from model.io.invoerbestand import lees_invoerbestand
    from tests.regiobouw import lid_werkboek
    from ui.tabelmodel import BegrotingModel
    invoer, _ = lees_invoerbestand(lid_werkboek(tmp_path / "lid.xlsx"))
    model = BegrotingModel()
    model.toon(bereken(invoer))
    rij = next(i for i, (_, r) in enumerate(model.RIJEN) if r is not None and r.sleutel == "impulsbudget_toegerekend")
    assert [model.index(rij, k).data() for k in range(2, 6)] == ["onbekend"] * 4
    assert "het regionale bedrag ontbreekt" in model.index(rij, 2).data(Qt.ItemDataRole.ToolTipRole)


def test_een_ontvangende_gemeente_ziet_geen_ontvangen_doorbetaling(qtbot, resultaat):
    """'Doorbetaling ontvangen' is a member's key figure: the receiving Voorbeeldgemeente receives none (its own
    share is the memo line Toegerekend aandeel)."""
    view = maak(qtbot, ImpulsbudgetView, resultaat)
    teksten = [view.tabel.tekst(r, 0) for r in range(view.tabel.model().rowCount())]
    assert resultaat.invoer.ontvangt_impulsbudget
    assert label("doorbetaling") not in teksten and label("impulsbudget_toegerekend") in teksten
    lid = bereken(voorbeeldgemeente().met(ontvangt_impulsbudget=False), van=2026, tot=2029)
    view.toon(lid)
    assert label("doorbetaling") in [view.tabel.tekst(r, 0) for r in range(view.tabel.model().rowCount())]
